import type { Report } from "@tunnelscope/analysis";
import { headline } from "./analyze-words.js";
import { pathDiagram } from "./html/diagram.js";
import { escapeHtml, inlineCode, isCommand, jsonForScript } from "./html/escape.js";
import { timelineCharts } from "./html/timeline-charts.js";

export { escapeHtml } from "./html/escape.js";

/** An evidence pcap written next to the report (`href` relative to the HTML file). */
export interface HtmlEvidenceLink {
  readonly href: string;
  readonly label: string;
  readonly description: string;
  readonly packets: number;
  /** The file's name once downloaded, for the `tshark -r` line (default: `href`). */
  readonly file?: string;
}

export interface HtmlOptions {
  readonly evidence?: readonly HtmlEvidenceLink[];
  /** Sentences on evidence captures left out (limits, unreadable files). */
  readonly evidenceNotes?: readonly string[];
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fff}
h1{font-size:1.35rem}h2{font-size:1.1rem;margin-top:1.8rem;border-bottom:1px solid #ddd}h3{font-size:1rem}
code{background:#f3f3f3;padding:0 .2em}pre{background:#f6f6f6;padding:.5rem .7rem;overflow-x:auto;border:1px solid #e2e2e2}
pre code{background:none;padding:0}
table{border-collapse:collapse;font-size:13px;margin:.4rem 0}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}
td:first-child,th:first-child,td.l,th.l{text-align:left}.muted{color:#595959}
.verdict{border-left:6px solid #c0392b;padding:.3rem .9rem;background:#fbf3f2}.verdict.healthy{border-color:#2e8b57;background:#f1f8f3}
.conf{font-weight:600}
svg{max-width:100%;height:auto;font:11px system-ui,sans-serif}svg text{fill:#333}
.diagram .edge{stroke:#9a9a9a;stroke-width:4}.diagram .gw{fill:#f4f6f9;stroke:#b8c2cc}.diagram .host{fill:#fff;stroke:#777;stroke-width:2}
.diagram .tap{fill:#1f5fa8}.diagram .fail{stroke:#c0392b;stroke-width:7}.diagram rect.fail{stroke-width:4;fill:#fbe3e0}
.chart{margin:1rem 0}.chart .axis{stroke:#555}.chart .grid{stroke:#e6e6e6}.chart .series{fill:none;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}
.chart .band{fill:#c0392b;opacity:.12}figcaption{font-size:13px}.key{margin-left:1rem;white-space:nowrap}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}`;

/**
 * The self-contained HTML report: no external resources, no executable script (the data is
 * in one `application/json` block and in the charts' `data-values`), every text escaped.
 */
export function renderAnalyzeHtml(
  r: Report,
  names: { readonly a: string; readonly b: string },
  options: HtmlOptions = {},
): string {
  const v = r.verdict;
  const flow = r.flows.find((f) => f.id === v.flow);
  const e = escapeHtml;
  const list = (items: readonly string[]) =>
    `<ul>${items.map((i) => `<li>${inlineCode(i)}</li>`).join("")}</ul>`;
  const ms = (us: number) => (us / 1000).toFixed(2);
  const th = (cols: readonly string[]) =>
    `<thead><tr>${cols.map((c) => `<th scope="col">${e(c)}</th>`).join("")}</tr></thead>`;
  const segRows = r.segments
    .map(
      (s) =>
        `<tr><td>${e(s.direction)}</td><td class="l">${e(s.segment)}</td><td class="l">${e(`${s.from} → ${s.to}`)}</td>` +
        `<td>${s.packetsIn}</td><td>${s.lost}</td><td>${s.unknown}</td>` +
        `<td>${ms(s.delay.p50Us)}</td><td>${ms(s.delay.p90Us)}</td><td>${ms(s.delay.maxUs)}</td></tr>`,
    )
    .join("");
  const saRows = r.sas
    .map(
      (s) =>
        `<tr><td><code>${e(s.spi)}</code></td><td class="l">${e(`${s.src} → ${s.dst}`)}</td><td class="l">${e(s.sender ?? "?")}</td>` +
        `<td>${s.sent}</td><td>${s.received}</td><td>${s.lostInUnderlay}</td><td>${s.unknown}</td>` +
        `<td>${ms(s.oneWayDelay.p50Us)}</td><td>${ms(s.oneWayDelay.p90Us)}</td></tr>`,
    )
    .join("");
  const gwRows = r.gateways
    .flatMap((g) =>
      (["encrypt", "decrypt"] as const).map((stage) => {
        const s = g[stage];
        return (
          `<tr><td>${e(g.gateway)}</td><td class="l">${stage}</td><td>${s.packetsIn}</td><td>${ms(s.transit.p50Us)}</td>` +
          `<td>${ms(s.transit.p90Us)}</td><td>${s.growing ? "yes" : "no"}</td><td>${s.died}</td><td>${s.unknown}</td></tr>`
        );
      }),
    )
    .join("");
  const capRows = r.captures
    .map((c) => {
      const h =
        c.health === null
          ? ""
          : Object.entries(c.health)
              .map(([k, x]) => `${k} ${String(x)}`)
              .join(", ");
      const secs = ((c.lastTs - c.firstTs) / 1e6).toFixed(2);
      return (
        `<tr><td>${e(c.gateway)}</td><td class="l">${e(c.source ?? "")}</td><td>${c.packets}</td><td>${secs}</td>` +
        `<td>${c.recordsKept}</td><td>${c.recordsDropped}</td><td class="l">${e(h)}</td></tr>`
      );
    })
    .join("");
  const recs = v.recommendations
    .map((x) => (isCommand(x) ? `<pre><code>${e(x)}</code></pre>` : `<p>${inlineCode(x)}</p>`))
    .join("\n");
  const filters = v.filters.map((f) => `<pre><code>${e(f)}</code></pre>`).join("\n");
  const evidence = options.evidence ?? [];
  const evidenceNotes = options.evidenceNotes ?? [];
  const evidenceLinks =
    evidence.length === 0 && evidenceNotes.length === 0
      ? ""
      : `<h3 id="evidence-captures">Evidence captures (headers only)</h3><ul>${evidence
          .map(
            (x) =>
              `<li><a href="${e(x.href)}" download>${e(x.label)}</a> — ${e(x.description)} (${x.packets} packets)` +
              `<pre><code>${e(`tshark -r ${x.file ?? x.href}`)}</code></pre></li>`,
          )
          .join("")}</ul>${evidenceNotes.map((n) => `<p class="muted">${e(n)}</p>`).join("")}`;
  const c = r.clock;
  const t = flow?.timeline ?? null;
  const sender = flow?.sender.gateway ?? "A";
  const receiver = flow?.receiver.gateway ?? "B";
  const confidencePct = Math.round(v.confidence * 100);
  const data = { flow: flow?.id ?? null, timeline: t };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>tunnelscope: ${e(v.cause)}</title>
<style>${STYLE}</style></head><body>
<header>
<h1 id="verdict">${e(headline(v, flow))}</h1>
<div class="verdict${v.cause === "healthy" ? " healthy" : ""}">
<p><span class="conf">Confidence ${confidencePct}%</span> · location <code>${e(v.location)}</code> · cause <code>${e(v.cause)}</code> · limited by <code>${e(v.limitedBy)}</code>${flow ? ` · flow ${e(flow.id)}` : ""}</p>
${v.evidence[0] === undefined ? "" : `<p>${inlineCode(v.evidence[0])}</p>`}
</div>
<p class="muted">A = ${e(names.a)}<br>B = ${e(names.b)}</p>
</header>
<main>
<h2>Where</h2>
${pathDiagram(v.location, sender, receiver)}
<h2>Evidence</h2>${list(v.evidence)}
<h2>Recommendations</h2>
${recs}
${filters === "" ? "" : `<h3>Wireshark display filters</h3>\n${filters}`}
${evidenceLinks}
<h2>Timeline</h2>
${
  t === null
    ? "<p>No timeline: no flow direction was followed.</p>"
    : `<p class="muted">On A's clock, ${t.points} intervals of ${t.intervalUs / 1000} ms from the start of the captures (at most ${t.maxPoints} points per series).</p>\n${timelineCharts(t)}`
}
<h2>Path, segment by segment</h2>
<table>${th(["dir", "segment", "from → to", "packets", "lost", "unknown", "p50 ms", "p90 ms", "max ms"])}<tbody>${segRows}</tbody></table>
<h2>Security associations</h2>
<table>${th(["SPI", "outer src → dst", "sender", "sent", "received", "lost (underlay)", "unknown", "one-way p50 ms", "p90 ms"])}<tbody>${saRows}</tbody></table>
<h2>Gateways</h2>
<table>${th(["gateway", "stage", "packets in", "transit p50 ms", "p90 ms", "growing", "died", "unknown"])}<tbody>${gwRows}</tbody></table>
<h2>Clock offset</h2><p>B − A = ${(c.offsetUs / 1e6).toFixed(6)} s${c.boundUs === null ? " (bound unknown)" : ` ± ${(c.boundUs / 1000).toFixed(3)} ms`}; ${e(c.method)}${c.inconsistent ? " (inconsistent samples)" : ""}.</p>
<h2>Capture health</h2>
<table>${th(["capture", "source", "packets", "seconds", "records kept", "dropped", "health"])}<tbody>${capRows}</tbody></table>
<h2>Why this verdict</h2>${list(v.why)}
${v.ruledOut.length > 0 ? `<h2>Ruled out</h2>${list(v.ruledOut)}` : ""}
${r.missing.length > 0 ? `<h2>Not measured</h2>${list(r.missing)}` : ""}
</main>
<footer><p class="muted">${e(r.schema)}</p></footer>
<script type="application/json" id="tunnelscope-timeline">${jsonForScript(data)}</script>
</body></html>
`;
}
