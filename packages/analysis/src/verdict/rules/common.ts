/** Figures several rules derive from the evidence view the same way. */
import type { FlowEvidence } from "../evidence.js";

/** Packets judged (not unknown) and lost on the whole path of the data direction. */
export function pathLoss(e: FlowEvidence): { judged: number; lost: number; rate: number } {
  let judged = 0;
  let lost = 0;
  for (const s of e.segments) {
    if (s.segment === "receiver-side") continue;
    lost += s.lost;
  }
  const first = e.segments[0];
  if (first !== undefined) judged = first.packetsIn - first.unknown;
  if (judged <= 0) judged = e.underlay.sent - e.underlay.unknown;
  return { judged, lost, rate: judged > 0 ? lost / judged : 0 };
}

/** Share of the sender's data segments that filled the advertised window. */
export function windowFullShare(e: FlowEvidence): number {
  return e.sender.dataPackets > 0 ? e.sender.windowFull / e.sender.dataPackets : 0;
}

/** Wireshark filter selecting the flow (either direction). */
export function flowFilter(e: FlowEvidence): string {
  const ip = e.ipVersion === 6 ? "ipv6" : "ip";
  return `${ip}.addr == ${e.senderAddr} && ${ip}.addr == ${e.receiverAddr} && tcp.port == ${e.receiverPort} && tcp.port == ${e.senderPort}`;
}

/** Standing queue inside a gateway: median transit above its fastest transit (µs). */
export function queueUs(d: { readonly count: number; readonly p50: number; readonly min: number }): number {
  return d.count === 0 ? 0 : d.p50 - d.min;
}
