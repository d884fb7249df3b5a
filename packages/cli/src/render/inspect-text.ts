import type { InspectReport } from "@tunnelscope/analysis";
import { table } from "./table.js";

/** The human-readable form of an inspect report. */
export function renderInspect(file: string, r: InspectReport): string {
  const out: string[] = [];
  const h = r.health;
  out.push(
    `${file}: ${r.format ?? "unknown format"}, ${h.packets} packets, ${h.decoded} decoded` +
      (h.truncated + h.malformed + h.unknownLink + h.badRecords > 0
        ? ` (truncated ${h.truncated}, malformed ${h.malformed}, unknown link ${h.unknownLink}, bad records ${h.badRecords})`
        : "") +
      (h.truncatedFile ? "; the file ends inside a record" : ""),
    "",
    "Interfaces",
    table(
      ["id", "name", "link", "packets", "tcp", "esp"],
      r.interfaces.map((i) => [i.id, i.name ?? "-", i.linkType, i.packets, i.tcpPackets, i.espPackets]),
    ),
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
