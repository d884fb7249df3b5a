import type { InspectReport } from "@tunnelscope/analysis";
import { table } from "./table.js";

/** Flow directions listed at most (a flood would print tens of thousands of rows). */
const MAX_FLOW_ROWS = 200;

/** The human-readable form of an inspect report. */
export function renderInspect(file: string, r: InspectReport): string {
  const out: string[] = [];
  const h = r.health;
  out.push(
    `${file}: ${r.format ?? "unknown format"}, ${h.packets} packets, ${h.decoded} decoded` +
      (h.truncated + h.malformed + h.unknownLink + h.badRecords > 0
        ? ` (truncated ${h.truncated}, malformed ${h.malformed}, unknown link ${h.unknownLink}, bad records ${h.badRecords})`
        : "") +
      (h.truncatedFile ? "; the file ends inside a record" : "") +
      (r.tcp.evictions > 0
        ? `; flow table full: ${r.tcp.evictions} connections evicted (their packets are in the totals)`
        : ""),
    "",
    "Interfaces",
    table(
      ["id", "name", "link", "packets", "tcp", "esp"],
      r.interfaces.map((i) => [i.id, i.name ?? "-", i.linkType, i.packets, i.tcpPackets, i.espPackets]),
    ),
  );
  if (r.flows.length > 0) {
    const f = (n: number) => (n < 0 ? "-" : n);
    out.push(
      "",
      "TCP flow directions (windows scaled; '-' = not seen)",
      table(
        [
          "if",
          "src → dst",
          "packets",
          "payload",
          "retrans",
          "dup ack",
          "lost",
          "ooo",
          "zero win",
          "win min",
          "win max",
          "rtt ms",
        ],
        r.flows
          .slice(0, MAX_FLOW_ROWS)
          .map((d) => [
            d.iface,
            `${d.src}:${d.srcPort} → ${d.dst}:${d.dstPort}`,
            d.packets,
            d.payloadBytes,
            d.flags.retransmission + d.flags.fast_retransmission + d.flags.spurious_retransmission,
            d.flags.duplicate_ack,
            d.flags.lost_segment,
            d.flags.out_of_order,
            d.flags.zero_window,
            f(d.windowMin),
            f(d.windowMax),
            d.rtt.samples > 0 ? Math.round(d.rtt.meanUs / 10) / 100 : "-",
          ]),
      ),
    );
    if (r.flows.length > MAX_FLOW_ROWS)
      out.push(`… ${r.flows.length - MAX_FLOW_ROWS} more flow directions (--json lists them all)`);
  }
  const flagged = Object.entries(r.totals.analysis).filter(([, n]) => n > 0);
  out.push(
    "",
    `tcp.analysis totals: ${flagged.length === 0 ? "none" : flagged.map(([k, n]) => `${k} ${n}`).join(", ")}`,
  );
  if (r.sas.length > 0) {
    out.push(
      "",
      "ESP SAs",
      table(
        ["if", "spi", "src → dst", "packets", "gaps", "dup", "late", "max depth", "largest"],
        r.sas.map((s) => [
          s.iface,
          `0x${s.spi.toString(16).padStart(8, "0")}`,
          `${s.src} → ${s.dst}`,
          s.packets,
          s.gaps,
          s.duplicates,
          s.late,
          s.maxReorderDepth,
          s.largestIp,
        ]),
      ),
    );
  }
  return `${out.join("\n")}\n`;
}
