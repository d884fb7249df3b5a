/**
 * The path as a small inline SVG: sender host — S.inner — S.outer — underlay — R.outer —
 * R.inner — receiver host, with the verdict's location highlighted.
 */
import type { Location } from "@tunnelscope/analysis";
import { escapeHtml as e } from "./escape.js";

const W = 720;
const H = 130;
const Y = 62;
const XS = [50, 170, 290, 430, 550, 670] as const;

/** The path diagram; `sender`/`receiver` are gateway labels ("A"/"B"). */
export function pathDiagram(location: Location, sender: string, receiver: string): string {
  const cls = (loc: Location) => (loc === location ? "fail" : "ok");
  const edges: [Location, number, number, string][] = [
    ["sender-lan", 0, 1, "LAN"],
    ["sender-gateway", 1, 2, `gateway ${sender}`],
    ["underlay", 2, 3, "underlay"],
    ["receiver-gateway", 3, 4, `gateway ${receiver}`],
    ["receiver-lan", 4, 5, "LAN"],
  ];
  const parts: string[] = [];
  for (const [loc, a, b, label] of edges) {
    const x1 = XS[a] as number;
    const x2 = XS[b] as number;
    if (loc === "sender-gateway" || loc === "receiver-gateway")
      parts.push(
        `<rect class="gw ${cls(loc)}" x="${x1 - 30}" y="${Y - 30}" width="${x2 - x1 + 60}" height="60" rx="8"/>`,
      );
    parts.push(
      `<line class="edge ${cls(loc)}" x1="${x1}" y1="${Y}" x2="${x2}" y2="${Y}" data-location="${loc}"/>`,
      `<text x="${(x1 + x2) / 2}" y="${Y - 38}" text-anchor="middle">${e(label)}</text>`,
    );
  }
  const nodes: [Location | null, number, string][] = [
    ["sender-host", 0, "sender host"],
    [null, 1, `${sender}.inner`],
    [null, 2, `${sender}.outer`],
    [null, 3, `${receiver}.outer`],
    [null, 4, `${receiver}.inner`],
    ["receiver-host", 5, "receiver host"],
  ];
  for (const [loc, k, label] of nodes) {
    const x = XS[k] as number;
    if (loc !== null)
      parts.push(
        `<rect class="host ${cls(loc)}" x="${x - 26}" y="${Y - 16}" width="52" height="32" rx="4" data-location="${loc}"/>`,
      );
    else parts.push(`<circle class="tap" cx="${x}" cy="${Y}" r="7"><title>tap ${e(label)}</title></circle>`);
    parts.push(`<text x="${x}" y="${Y + 44}" text-anchor="middle">${e(label)}</text>`);
  }
  const where =
    location === "none" ? "nothing is highlighted: no segment fails" : `${location} is highlighted`;
  return `<svg class="diagram" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${e(
    `Path from the sender host through gateway ${sender}, the underlay and gateway ${receiver} to the receiver host, with the four capture taps; ${where}.`,
  )}" data-location="${e(location)}">
${parts.join("\n")}
</svg>`;
}
