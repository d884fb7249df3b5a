import type { Report, SegmentRow } from "@tunnelscope/analysis";
import { CAUSE_WORDS, headline } from "./analyze-words.js";
import { table } from "./table.js";

function ms(us: number): string {
  return (us / 1000).toFixed(us < 10_000 ? 2 : 1);
}

function segmentTable(rows: readonly SegmentRow[]): string {
  return table(
    ["dir", "segment", "from → to", "packets", "lost", "unknown", "p50 ms", "p90 ms", "max ms"],
    rows.map((s) => [
      s.direction,
      s.segment,
      `${s.from} → ${s.to}`,
      s.packetsIn,
      s.lost,
      s.unknown,
      s.delay.count > 0 ? ms(s.delay.p50Us) : "-",
      s.delay.count > 0 ? ms(s.delay.p90Us) : "-",
      s.delay.count > 0 ? ms(s.delay.maxUs) : "-",
    ]),
  );
}

function bullets(lines: readonly string[]): string[] {
  return lines.map((l) => `  • ${l}`);
}

function signed(us: number): string {
  const s = (Math.abs(us) / 1e6).toFixed(6);
  return `${us < 0 ? "−" : "+"}${s} s`;
}

/** The human-readable summary of an analyze report: verdict first, then the proof. */
export function renderAnalyze(r: Report, names: { readonly a: string; readonly b: string }): string {
  const v = r.verdict;
  const flow = r.flows.find((f) => f.id === v.flow);
  const out: string[] = [headline(v, flow)];
  if (flow !== undefined) {
    out.push(
      `  Flow ${flow.id}: sender behind ${flow.sender.gateway}, receiver behind ${flow.receiver.gateway}; ` +
        `throughput limited by: ${v.limitedBy} (${flow.limitedByWhy}).`,
    );
  }
  out.push(`  A = ${names.a}`, `  B = ${names.b}`, "", "Evidence", ...bullets(v.evidence));
  out.push("", "Recommendations", ...bullets(v.recommendations));
  if (v.filters.length > 0) out.push("", "Wireshark display filters", ...bullets(v.filters));
  out.push("", "Why this verdict", ...bullets(v.why));
  if (v.ruledOut.length > 0) out.push("", "Ruled out", ...bullets(v.ruledOut));
  if (r.segments.length > 0) {
    out.push(
      "",
      `Path, segment by segment (flow ${v.flow}; one-way delays on A's clock)`,
      segmentTable(r.segments),
    );
  }
  const c = r.clock;
  out.push(
    "",
    `Clock: B − A = ${signed(c.offsetUs)}` +
      (c.boundUs === null ? " (bound unknown)" : ` ± ${(c.boundUs / 1000).toFixed(3)} ms`) +
      `${c.inconsistent ? " (inconsistent: clocks drift or packets were mismatched)" : ""}; ${c.method}.`,
  );
  for (const g of r.gateways) {
    const roles = g.taps
      .filter((t) => t.role !== "other")
      .map((t) => `${t.role} ${t.name ?? `if ${t.iface}`}`)
      .join(", ");
    out.push(
      `Gateway ${g.gateway}: ${roles || "no taps recognised"}; encrypt transit p50 ${ms(g.encrypt.transit.p50Us)} ms ` +
        `(${g.encrypt.died} died), decrypt transit p50 ${ms(g.decrypt.transit.p50Us)} ms (${g.decrypt.died} died, ${g.decrypt.diedLate} late).`,
    );
  }
  const others = r.flows.filter((f) => f.id !== v.flow);
  if (others.length > 0) {
    out.push("", "Other flow directions");
    for (const f of others) {
      out.push(
        `  ${f.id}: ${f.verdict.cause} at ${f.verdict.location} (${f.verdict.confidence.toFixed(2)}) — ${CAUSE_WORDS[f.verdict.cause]}`,
      );
    }
  }
  if (r.flowsNotJudged > 0) out.push(`  … and ${r.flowsNotJudged} smaller flow directions not judged.`);
  if (r.missing.length > 0) out.push("", "Not measured", ...bullets(r.missing));
  return `${out.join("\n")}\n`;
}
