import type { Report } from "@tunnelscope/analysis";
import { headline } from "./analyze-words.js";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:1.6rem}code{background:#f3f3f3;padding:0 .2em}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}
td:nth-child(-n+3),th:nth-child(-n+3){text-align:left}.muted{color:#666}`;

/**
 * A minimal self-contained HTML report (no scripts, no external resources): verdict,
 * evidence, recommendations, segment table and clock. Every text is escaped.
 */
export function renderAnalyzeHtml(r: Report, names: { readonly a: string; readonly b: string }): string {
  const v = r.verdict;
  const flow = r.flows.find((f) => f.id === v.flow);
  const e = escapeHtml;
  const list = (items: readonly string[], code = false) =>
    `<ul>${items.map((i) => `<li>${code ? `<code>${e(i)}</code>` : e(i)}</li>`).join("")}</ul>`;
  const ms = (us: number) => (us / 1000).toFixed(2);
  const rows = r.segments
    .map(
      (s) =>
        `<tr><td>${e(s.direction)}</td><td>${e(s.segment)}</td><td>${e(`${s.from} → ${s.to}`)}</td>` +
        `<td>${s.packetsIn}</td><td>${s.lost}</td><td>${s.unknown}</td>` +
        `<td>${ms(s.delay.p50Us)}</td><td>${ms(s.delay.p90Us)}</td><td>${ms(s.delay.maxUs)}</td></tr>`,
    )
    .join("");
  const c = r.clock;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>tunnelscope: ${e(v.cause)}</title>
<style>${STYLE}</style></head><body>
<h1>${e(headline(v, flow))}</h1>
<p class="muted">location <code>${e(v.location)}</code> · cause <code>${e(v.cause)}</code> · confidence ${v.confidence.toFixed(2)} · limited by <code>${e(v.limitedBy)}</code>${flow ? ` · flow ${e(flow.id)}` : ""}</p>
<p class="muted">A = ${e(names.a)}<br>B = ${e(names.b)}</p>
<h2>Evidence</h2>${list(v.evidence)}
<h2>Recommendations</h2>${list(v.recommendations)}
${v.filters.length > 0 ? `<h2>Wireshark display filters</h2>${list(v.filters, true)}` : ""}
<h2>Why this verdict</h2>${list(v.why)}
${v.ruledOut.length > 0 ? `<h2>Ruled out</h2>${list(v.ruledOut)}` : ""}
<h2>Path, segment by segment</h2>
<table><thead><tr><th>dir</th><th>segment</th><th>from → to</th><th>packets</th><th>lost</th><th>unknown</th><th>p50 ms</th><th>p90 ms</th><th>max ms</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Clock</h2><p>B − A = ${(c.offsetUs / 1e6).toFixed(6)} s${c.boundUs === null ? " (bound unknown)" : ` ± ${(c.boundUs / 1000).toFixed(3)} ms`}; ${e(c.method)}.</p>
${r.missing.length > 0 ? `<h2>Not measured</h2>${list(r.missing)}` : ""}
<p class="muted">${e(r.schema)}</p>
</body></html>
`;
}
