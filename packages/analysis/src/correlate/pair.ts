/**
 * Links every packet of two gateway captures to the same packet at the next tap:
 *
 *   A.lan(in) → A.tunnel(out) → A.outer(ESP out) ⇒ B.outer(ESP in) → B.tunnel(in) → B.lan(out)
 *
 * and the same the other way. Within a capture `next`/`prev` link a record to its partner at
 * the adjacent tap; `peer` links it to the same packet in the other capture. Then the two
 * clocks are aligned from the ESP pairs.
 */
import { type ClockEstimate, estimateClock, type TimePairs } from "./clock.js";
import { matchEsp, matchInner } from "./cross-match.js";
import type { GatewayCapture } from "./gateway-capture.js";
import type { RecordStore } from "./records.js";
import { buildStreams, type GatewayStreams } from "./streams.js";
import { alignTransit, type EspOverhead, estimateOverhead, SAME_CLOCK_TOLERANCE_US } from "./transit.js";

export interface LinkedCapture {
  readonly s: GatewayStreams;
  readonly r: RecordStore;
  /** Record → partner record at the next tap of the same capture (or -1). */
  readonly next: Int32Array;
  /** Record → partner record at the previous tap of the same capture (or -1). */
  readonly prev: Int32Array;
  /** Record → the same packet in the other capture (ESP out↔in, tunnel out↔in), or -1. */
  readonly peer: Int32Array;
  readonly overhead: EspOverhead | undefined;
  /** How decrypted packets were tied to their ESP packet. */
  decryptMethod: "identity" | "order" | "none";
}

export interface PairAnalysis {
  readonly a: LinkedCapture;
  readonly b: LinkedCapture;
  readonly clock: ClockEstimate;
}

function link(cap: GatewayCapture): LinkedCapture {
  const n = cap.records.length;
  return {
    s: buildStreams(cap),
    r: cap.records,
    next: new Int32Array(n).fill(-1),
    prev: new Int32Array(n).fill(-1),
    peer: new Int32Array(n).fill(-1),
    overhead: undefined,
    decryptMethod: "none",
  };
}

function setLinks(from: Int32Array, map: Int32Array, next: Int32Array, prev: Int32Array): void {
  for (let k = 0; k < from.length; k++) {
    const j = map[k] as number;
    if (j < 0) continue;
    next[from[k] as number] = j;
    prev[j] = from[k] as number;
  }
}

export function analyzePair(capA: GatewayCapture, capB: GatewayCapture): PairAnalysis {
  let a = link(capA);
  let b = link(capB);
  // ESP overhead: the same SAs (cipher, encapsulation) both ways; measure on encrypting sides.
  const ov =
    estimateOverhead(a.r, a.s.tunnelOut, a.s.espOut) ??
    estimateOverhead(b.r, b.s.tunnelOut, b.s.espOut) ??
    estimateOverhead(a.r, a.s.tunnelIn, a.s.espIn) ??
    estimateOverhead(b.r, b.s.tunnelIn, b.s.espIn);
  const overheadOf = (x: LinkedCapture): EspOverhead | undefined => {
    // Encrypting side, in order (FIFO); packets that die inside leave holes on the inner side.
    const enc = alignTransit(x.r, x.s.tunnelOut, x.s.espOut, ov, true);
    setLinks(x.s.tunnelOut, enc.inToOut, x.next, x.prev);
    return enc.overhead;
  };
  a = { ...a, overhead: overheadOf(a) };
  b = { ...b, overhead: overheadOf(b) };

  // Cross-capture: ESP by SA+sequence, cleartext by identity.
  const espAB = matchEsp(capA, a.s.espOut, capB, b.s.espIn);
  const espBA = matchEsp(capB, b.s.espOut, capA, a.s.espIn);
  crossLink(a.s.espOut, espAB, a.peer, b.peer);
  crossLink(b.s.espOut, espBA, b.peer, a.peer);
  crossLink(a.s.tunnelOut, matchInner(a.r, a.s.tunnelOut, b.r, b.s.tunnelIn), a.peer, b.peer);
  crossLink(b.s.tunnelOut, matchInner(b.r, b.s.tunnelOut, a.r, a.s.tunnelIn), b.peer, a.peer);

  decryptLinks(b, a, ov);
  decryptLinks(a, b, ov);

  // Forwarding inside each gateway: site LAN ↔ tunnel device, by identity (GRO/TSO
  // aggregates on the LAN side have no one-to-one partner and stay unlinked).
  for (const x of [a, b]) {
    setLinks(x.s.tunnelIn, matchInner(x.r, x.s.tunnelIn, x.r, x.s.lanOut), x.next, x.prev);
    setLinks(x.s.lanIn, matchInner(x.r, x.s.lanIn, x.r, x.s.tunnelOut), x.next, x.prev);
  }

  // ESP pairs give the tightest bounds; cleartext pairs (tunnel tap to tunnel tap, so they
  // include both gateways' transit) only add looser constraints, but keep the estimate alive
  // when ESP could not be matched in one direction.
  const clock = estimateClock(
    [pairs(a, b, a.s.espOut, "ESP"), pairs(a, b, a.s.tunnelOut, "cleartext")],
    [pairs(b, a, b.s.espOut, "ESP"), pairs(b, a, b.s.tunnelOut, "cleartext")],
  );
  return { a, b, clock };
}

function crossLink(from: Int32Array, map: Int32Array, peerFrom: Int32Array, peerTo: Int32Array): void {
  for (let k = 0; k < from.length; k++) {
    const j = map[k] as number;
    if (j < 0) continue;
    peerFrom[from[k] as number] = j;
    peerTo[j] = from[k] as number;
  }
}

/**
 * Decrypting side of `x` (ESP in → tunnel in). Preferred: the identity chain through the
 * peer — ESP (SA, seq) → the peer's ESP → the cleartext packet the peer encrypted into it →
 * the same cleartext packet arriving here. That names exactly which ESP packets died, even in
 * runs of equal-size packets. Fallback (peer has no tunnel tap): greedy order alignment.
 */
function decryptLinks(x: LinkedCapture, peer: LinkedCapture, ov: EspOverhead | undefined): void {
  const espIn = x.s.espIn;
  let known = 0;
  for (let k = 0; k < espIn.length; k++) {
    const pe = x.peer[espIn[k] as number] as number;
    if (pe >= 0 && (peer.prev[pe] as number) >= 0) known++;
  }
  if (espIn.length > 0 && known >= espIn.length / 2) {
    const chain = new Int32Array(espIn.length).fill(-1);
    let linked = 0;
    let impossible = 0;
    for (let k = 0; k < espIn.length; k++) {
      const e = espIn[k] as number;
      const pe = x.peer[e] as number;
      if (pe < 0) continue;
      const pInner = peer.prev[pe] as number;
      if (pInner < 0) continue;
      const inner = peer.peer[pInner] as number;
      if (inner < 0) continue;
      chain[k] = inner;
      linked++;
      if ((x.r.ts[inner] as number) + SAME_CLOCK_TOLERANCE_US < (x.r.ts[e] as number)) impossible++;
    }
    // The chain rests on the peer's encryption alignment, which is by order: when packets of
    // equal size die in the peer before encryption, it can slip by one, and the chain then
    // ties ESP packets here to cleartext seen before they arrived. Then this gateway's own
    // order (decryption rarely drops) is the better witness.
    if (impossible <= linked * MAX_IMPOSSIBLE_SHARE) {
      x.decryptMethod = "identity";
      for (let k = 0; k < espIn.length; k++) {
        const inner = chain[k] as number;
        if (inner < 0) continue;
        const e = espIn[k] as number;
        x.next[e] = inner;
        x.prev[inner] = e;
      }
      return;
    }
  }
  const dec = alignTransit(x.r, espIn, x.s.tunnelIn, ov, false);
  if (dec.overhead !== undefined) x.decryptMethod = "order";
  setLinks(espIn, dec.inToOut, x.next, x.prev);
}

/** Share of identity-chain links that may break causality before the chain is not trusted. */
const MAX_IMPOSSIBLE_SHARE = 0.01;

function pairs(from: LinkedCapture, to: LinkedCapture, stream: Int32Array, what: string): TimePairs {
  const send = new Float64Array(stream.length);
  const recv = new Float64Array(stream.length);
  let n = 0;
  for (let k = 0; k < stream.length; k++) {
    const i = stream[k] as number;
    const j = from.peer[i] as number;
    if (j < 0) continue;
    send[n] = from.r.ts[i] as number;
    recv[n] = to.r.ts[j] as number;
    n++;
  }
  return { send, recv, length: n, what };
}
