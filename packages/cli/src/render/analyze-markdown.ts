import type { Report } from "@tunnelscope/analysis";
import { headline } from "./analyze-words.js";
import { isCommand } from "./html/escape.js";

/** Table cells: pipes and line breaks would break the row. */
const cell = (s: string) =>
  s
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ");

/** Code fence longer than any backtick run in `text`. */
function fence(text: string, lang = ""): string {
  let n = 3;
  for (const m of text.match(/`+/g) ?? []) n = Math.max(n, m.length + 1);
  const f = "`".repeat(n);
  return `${f}${lang}\n${text}\n${f}`;
}

/**
 * A Markdown summary for tickets and chat: the verdict, evidence, recommendations (commands
 * and Wireshark filters as code blocks) and the per-segment table.
 */
export function renderAnalyzeMarkdown(
  r: Report,
  names: { readonly a: string; readonly b: string },
  evidenceFiles: readonly string[] = [],
): string {
  const v = r.verdict;
  const flow = r.flows.find((f) => f.id === v.flow);
  const out: string[] = [];
  out.push(`## tunnelscope: ${headline(v, flow).replace(/[\r\n]+/g, " ")}`, "");
  out.push(
    `- **Verdict:** \`${v.cause}\` at \`${v.location}\` — confidence ${Math.round(v.confidence * 100)}% — limited by \`${v.limitedBy}\``,
  );
  if (flow) out.push(`- **Flow:** ${flow.id}`);
  out.push(`- **Captures:** A = ${names.a}, B = ${names.b}`, "");
  out.push("### Evidence", "", ...v.evidence.map((x) => `- ${x}`), "");
  out.push("### Recommendations", "");
  for (const x of v.recommendations) out.push(isCommand(x) ? fence(x, "sh") : `- ${x}`, "");
  if (v.filters.length > 0) {
    out.push("### Wireshark display filters", "");
    for (const f of v.filters) out.push(fence(f), "");
  }
  if (evidenceFiles.length > 0) {
    out.push("### Evidence captures", "", ...evidenceFiles.map((f) => `- \`${f}\``), "");
  }
  out.push("### Path, segment by segment", "");
  out.push("| dir | segment | from → to | packets | lost | unknown | p50 ms | p90 ms |");
  out.push("|---|---|---|--:|--:|--:|--:|--:|");
  for (const s of r.segments)
    out.push(
      `| ${s.direction} | ${cell(s.segment)} | ${cell(`${s.from} → ${s.to}`)} | ${s.packetsIn} | ${s.lost} | ${s.unknown} | ${(s.delay.p50Us / 1000).toFixed(2)} | ${(s.delay.p90Us / 1000).toFixed(2)} |`,
    );
  const c = r.clock;
  out.push(
    "",
    `Clock: B − A = ${(c.offsetUs / 1e6).toFixed(6)} s${c.boundUs === null ? "" : ` ± ${(c.boundUs / 1000).toFixed(3)} ms`}.`,
  );
  if (r.missing.length > 0) out.push("", "Not measured:", ...r.missing.map((m) => `- ${m}`));
  out.push("", `<sub>${r.schema}</sub>`, "");
  return out.join("\n");
}
