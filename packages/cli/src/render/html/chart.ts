/**
 * Hand-written inline-SVG line charts for the HTML report (no library, no script). Each
 * series' points are also written into its path's `data-values` attribute (comma-separated,
 * empty for "no value"), so tests and readers can compare them with the report JSON.
 */
import { escapeHtml as e } from "./escape.js";

export interface ChartSeries {
  /** Name of the series in the report's timeline (e.g. "windowAtSender"). */
  readonly key: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  /** Formats a y value for the axis and the description. */
  readonly format: (v: number) => string;
  readonly intervalUs: number;
  readonly series: readonly ChartSeries[];
  /** Shaded spans, as [first, last] point indices, with a label. */
  readonly bands?: readonly { readonly from: number; readonly to: number; readonly label: string }[];
}

const W = 720;
const H = 190;
const LEFT = 72;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 30;
const COLORS = ["#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad"];

const fmtNum = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toFixed(3))));

function dataValues(values: readonly (number | null)[]): string {
  return values.map((v) => (v === null ? "" : fmtNum(v))).join(",");
}

/** One chart: a `<figure>` with the SVG, its legend and a caption. */
export function lineChart(c: ChartSpec): string {
  const n = Math.max(1, ...c.series.map((s) => s.values.length));
  let max = 0;
  for (const s of c.series) for (const v of s.values) if (v !== null && v > max) max = v;
  const top = max > 0 ? max * 1.05 : 1;
  const pw = W - LEFT - RIGHT;
  const ph = H - TOP - BOTTOM;
  const x = (i: number) => LEFT + ((i + 0.5) * pw) / n;
  const y = (v: number) => TOP + ph - (v / top) * ph;
  const titleId = `${c.id}-title`;
  const descId = `${c.id}-desc`;
  const parts: string[] = [];
  for (const b of c.bands ?? []) {
    const x0 = LEFT + (b.from * pw) / n;
    const x1 = LEFT + ((b.to + 1) * pw) / n;
    parts.push(
      `<rect class="band" x="${x0.toFixed(1)}" y="${TOP}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${ph}"><title>${e(b.label)}</title></rect>`,
    );
  }
  // Axes and ticks.
  parts.push(
    `<line class="axis" x1="${LEFT}" y1="${TOP + ph}" x2="${W - RIGHT}" y2="${TOP + ph}"/>`,
    `<line class="axis" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${TOP + ph}"/>`,
  );
  for (const f of [0, 0.5, 1]) {
    const v = max * f;
    parts.push(
      `<line class="grid" x1="${LEFT}" y1="${y(v).toFixed(1)}" x2="${W - RIGHT}" y2="${y(v).toFixed(1)}"/>`,
      `<text x="${LEFT - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${e(c.format(v))}</text>`,
    );
  }
  const secs = (n * c.intervalUs) / 1e6;
  for (let k = 0; k <= 4; k++) {
    const xi = LEFT + (k * pw) / 4;
    parts.push(
      `<text x="${xi.toFixed(1)}" y="${H - 10}" text-anchor="middle">${((k * secs) / 4).toFixed(1)} s</text>`,
    );
  }
  const legend: string[] = [];
  c.series.forEach((s, k) => {
    const color = COLORS[k % COLORS.length] as string;
    let d = "";
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
      pen = true;
    });
    parts.push(
      `<path class="series" d="${d === "" ? `M${LEFT} ${TOP + ph}` : d}" stroke="${color}" data-series="${e(s.key)}" data-values="${dataValues(s.values)}"/>`,
    );
    legend.push(
      `<span class="key"><span class="swatch" style="background:${color}"></span>${e(s.label)}</span>`,
    );
  });
  const peak = c.series
    .map((s) => {
      let m: number | null = null;
      for (const v of s.values) if (v !== null && (m === null || v > m)) m = v;
      return `${s.label}: ${m === null ? "no data" : `peak ${c.format(m)}`}`;
    })
    .join("; ");
  const desc = `${n} intervals of ${c.intervalUs / 1000} ms over ${secs.toFixed(1)} s. ${peak}.`;
  return `<figure class="chart" id="${e(c.id)}">
<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${titleId} ${descId}" data-chart="${e(c.id)}" data-interval-us="${c.intervalUs}">
<title id="${titleId}">${e(c.title)}</title><desc id="${descId}">${e(desc)}</desc>
${parts.join("\n")}
</svg>
<figcaption><strong>${e(c.title)}</strong> ${legend.join(" ")}</figcaption>
</figure>`;
}
