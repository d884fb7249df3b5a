/**
 * From two gateway captures to one evidence view per flow direction.
 */
import type { FlowEvidence } from "../verdict/evidence.js";
import { type Direction, direction } from "./direction.js";
import { type CaptureIndex, flowEvidence, indexCapture } from "./flow-evidence.js";
import type { GatewayCapture } from "./gateway-capture.js";
import { analyzePair, type LinkedCapture, type PairAnalysis } from "./pair.js";
import { RecKind } from "./records.js";
import { saEvidence } from "./sa-evidence.js";

export interface EvidenceOptions {
  /** At most this many flow directions get their own verdict (largest first); default 16. */
  readonly maxFlows?: number;
  /** Flow directions with fewer data packets are not judged; default 1. */
  readonly minDataPackets?: number;
}

export interface PairEvidence {
  readonly pair: PairAnalysis;
  readonly ab: Direction;
  readonly ba: Direction;
  readonly indexA: CaptureIndex;
  readonly indexB: CaptureIndex;
  readonly flows: readonly FlowEvidence[];
  /** Flow directions with data that were not judged (over `maxFlows`). */
  readonly flowsNotJudged: number;
}

interface Candidate {
  readonly sndIsA: boolean;
  readonly flow: number;
  readonly packets: number;
  readonly bytes: number;
}

/** Flow directions whose data enters the tunnel at this gateway (cleartext, towards the tunnel). */
function dataFlows(x: LinkedCapture, sndIsA: boolean): Candidate[] {
  const r = x.r;
  const stream = x.s.tunnelOut.length > 0 ? x.s.tunnelOut : x.s.lanIn;
  const packets = new Map<number, number>();
  const bytes = new Map<number, number>();
  for (let k = 0; k < stream.length; k++) {
    const i = stream[k] as number;
    if (r.kind[i] !== RecKind.Tcp || (r.payLen[i] as number) <= 0) continue;
    const f = r.key[i] as number;
    if (f < 0) continue;
    packets.set(f, (packets.get(f) ?? 0) + 1);
    bytes.set(f, (bytes.get(f) ?? 0) + (r.payLen[i] as number));
  }
  return [...packets].map(([flow, n]) => ({ sndIsA, flow, packets: n, bytes: bytes.get(flow) ?? 0 }));
}

/** SA ids the sending gateway of `d` sent on and the receiver saw. */
function espSas(d: Direction): number[] {
  const out: number[] = [];
  for (let sa = 0; sa < d.saSeen.length; sa++) if (d.saSeen[sa] === 1) out.push(sa);
  return out;
}

export function buildEvidence(
  a: GatewayCapture,
  b: GatewayCapture,
  options: EvidenceOptions = {},
): PairEvidence {
  const pair = analyzePair(a, b);
  const ab = direction(pair, true);
  const ba = direction(pair, false);
  const indexA = indexCapture(pair.a, "A");
  const indexB = indexCapture(pair.b, "B");
  const minPackets = options.minDataPackets ?? 1;
  const all = [...dataFlows(pair.a, true), ...dataFlows(pair.b, false)]
    .filter((c) => c.packets >= minPackets)
    .sort((x, y) => y.bytes - x.bytes || x.flow - y.flow);
  const max = options.maxFlows ?? 16;
  let flows = all
    .slice(0, max)
    .map((c) =>
      c.sndIsA ? flowEvidence(ab, ba, indexA, indexB, c.flow) : flowEvidence(ba, ab, indexB, indexA, c.flow),
    );
  // Nothing to follow in clear (outer-interface captures): judge each SA direction from ESP.
  if (flows.length === 0) {
    flows = [
      ...espSas(ab).map((sa) => saEvidence(ab, indexA, indexB, sa)),
      ...espSas(ba).map((sa) => saEvidence(ba, indexB, indexA, sa)),
    ].filter((e) => e.underlay.sent - e.underlay.unknown > 0);
  }
  return { pair, ab, ba, indexA, indexB, flows, flowsNotJudged: Math.max(0, all.length - max) };
}
