/**
 * One direction through the tunnel (sending gateway → receiving gateway) and the fate of
 * each packet along it: died in the sending gateway, lost in the underlay, died in the
 * receiving gateway, delivered — or unknown because a capture was not running when the
 * packet would have reached the next tap.
 */
import type { LinkedCapture, PairAnalysis } from "./pair.js";
import { RecKind } from "./records.js";

/** A packet is still "in flight" (not lost) for this long after the slowest one seen on the stage. */
const GRACE_FACTOR = 1.25;
const GRACE_FLOOR_US = 1000;
const GRACE_CAP_US = 5_000_000;

export interface Direction {
  readonly snd: LinkedCapture;
  readonly rcv: LinkedCapture;
  /** Subtract from a capture's timestamps to put them on A's clock. */
  readonly sndShift: number;
  readonly rcvShift: number;
  /** How long a packet may take on each stage before it counts as lost (µs). */
  readonly graceEnc: number;
  readonly graceUnderlay: number;
  readonly graceDec: number;
  readonly graceFwd: number;
  /** Smallest one-way underlay delay seen (µs, A's clock), 0 when none. */
  readonly minUnderlay: number;
  /**
   * Per SA id of the sender: 1 when at least one of its ESP packets was seen at the receiver.
   * An SA never seen there cannot be judged (the receiver may have captured elsewhere, or a
   * NAT rewrote it beyond recognition), so its packets are unknown, not lost.
   */
  readonly saSeen: Uint8Array;
}

export const Fate = {
  /** Not followed (no tunnel tap, or not carried by ESP we can see). */
  Untracked: 0,
  DiedSender: 1,
  LostUnderlay: 2,
  DiedReceiver: 3,
  /** Decrypted but never left towards the receiver's LAN. */
  DiedReceiverForward: 4,
  Delivered: 5,
  /** Reached the receiving gateway's tunnel tap; its LAN tap is missing. */
  DeliveredTunnel: 6,
  UnknownSender: 7,
  UnknownUnderlay: 8,
  UnknownReceiver: 9,
} as const;
export type Fate = (typeof Fate)[keyof typeof Fate];

/** Where each stage's packet was seen (record indices, -1 when not), and its fate. */
export interface Trajectory {
  fate: Fate;
  espOut: number;
  espIn: number;
  tunnelIn: number;
  lanOut: number;
}

function maxLinkDelay(
  from: LinkedCapture,
  stream: Int32Array,
  to: LinkedCapture,
  cross: boolean,
  shift: number,
): number {
  return linkDelayRange(from, stream, to, cross, shift)[1];
}

/** Smallest (floored at 0) and largest delay between linked records of a stage (µs). */
function linkDelayRange(
  from: LinkedCapture,
  stream: Int32Array,
  to: LinkedCapture,
  cross: boolean,
  shift: number,
): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let m = 0;
  for (let k = 0; k < stream.length; k++) {
    const i = stream[k] as number;
    const j = cross ? (from.peer[i] as number) : (from.next[i] as number);
    if (j < 0) continue;
    const d = (to.r.ts[j] as number) - shift - (from.r.ts[i] as number);
    if (d > m) m = d;
    if (d < lo) lo = d;
  }
  return [lo === Number.POSITIVE_INFINITY ? 0 : Math.max(0, lo), m];
}

function grace(maxDelay: number, extra = 0): number {
  return Math.min(GRACE_CAP_US, maxDelay * GRACE_FACTOR + GRACE_FLOOR_US + extra);
}

/** The direction from `snd` to `rcv` (either A→B or B→A). */
export function direction(p: PairAnalysis, sndIsA: boolean): Direction {
  const snd = sndIsA ? p.a : p.b;
  const rcv = sndIsA ? p.b : p.a;
  const theta = p.clock.offsetUs;
  const sndShift = sndIsA ? 0 : theta;
  const rcvShift = sndIsA ? theta : 0;
  // Shift so that (rcv.ts - rcvShift) - (snd.ts - sndShift) is the one-way delay.
  const bound = p.clock.boundUs ?? 0;
  const underlay = linkDelayRange(snd, snd.s.espOut, rcv, true, rcvShift - sndShift);
  const saSeen = new Uint8Array(snd.s.cap.sas.size);
  if (rcv.s.taps.outer !== undefined) {
    for (let k = 0; k < snd.s.espOut.length; k++) {
      const e = snd.s.espOut[k] as number;
      const sa = snd.r.key[e] as number;
      if (sa >= 0 && (snd.peer[e] as number) >= 0) saSeen[sa] = 1;
    }
  }
  return {
    saSeen,
    snd,
    rcv,
    sndShift,
    rcvShift,
    graceEnc: grace(maxLinkDelay(snd, snd.s.tunnelOut, snd, false, 0)),
    graceUnderlay: grace(underlay[1], 2 * bound),
    minUnderlay: underlay[0],
    graceDec: grace(maxLinkDelay(rcv, rcv.s.espIn, rcv, false, 0)),
    graceFwd: grace(maxLinkDelay(rcv, rcv.s.tunnelIn, rcv, false, 0)),
  };
}

/**
 * Follows a cleartext packet (record `i` on the sending gateway's tunnel tap) to the
 * receiver's LAN tap, filling `t`.
 */
export function follow(d: Direction, i: number, t: Trajectory): void {
  const { snd } = d;
  t.espOut = -1;
  t.espIn = -1;
  t.tunnelIn = -1;
  t.lanOut = -1;
  const ts = snd.r.ts[i] as number;
  const e = snd.next[i] as number;
  if (e < 0 || snd.r.kind[e] !== RecKind.Esp) {
    t.fate = ts + d.graceEnc > snd.s.cap.lastTs ? Fate.UnknownSender : Fate.DiedSender;
    return;
  }
  t.espOut = e;
  followEsp(d, e, t);
}

/** Same as `follow`, from an ESP record leaving the sending gateway. */
export function followEsp(d: Direction, e: number, t: Trajectory): void {
  const { snd, rcv } = d;
  t.espOut = e;
  t.espIn = -1;
  t.tunnelIn = -1;
  t.lanOut = -1;
  const te = (snd.r.ts[e] as number) - d.sndShift;
  const e2 = snd.peer[e] as number;
  if (e2 < 0) {
    const sa = snd.r.key[e] as number;
    if (sa < 0 || d.saSeen[sa] !== 1) {
      t.fate = Fate.UnknownUnderlay;
      return;
    }
    const rStart = rcv.s.cap.firstTs - d.rcvShift;
    const rEnd = rcv.s.cap.lastTs - d.rcvShift;
    // Unknown when the receiver's capture ended before the packet was due, or had not
    // started by the time even the fastest packet would have arrived.
    t.fate =
      te + d.graceUnderlay > rEnd || te + d.minUnderlay < rStart ? Fate.UnknownUnderlay : Fate.LostUnderlay;
    return;
  }
  t.espIn = e2;
  const j = rcv.next[e2] as number;
  if (j < 0) {
    if (rcv.decryptMethod === "none") {
      t.fate = Fate.Untracked;
      return;
    }
    t.fate =
      (rcv.r.ts[e2] as number) + d.graceDec > rcv.s.cap.lastTs ? Fate.UnknownReceiver : Fate.DiedReceiver;
    return;
  }
  t.tunnelIn = j;
  if (rcv.s.taps.lan === undefined || rcv.s.taps.innerOnOuter) {
    t.fate = Fate.DeliveredTunnel;
    return;
  }
  const l = rcv.next[j] as number;
  if (l < 0) {
    t.fate =
      (rcv.r.ts[j] as number) + d.graceFwd > rcv.s.cap.lastTs
        ? Fate.UnknownReceiver
        : Fate.DiedReceiverForward;
    return;
  }
  t.lanOut = l;
  t.fate = Fate.Delivered;
}

export function newTrajectory(): Trajectory {
  return { fate: Fate.Untracked, espOut: -1, espIn: -1, tunnelIn: -1, lanOut: -1 };
}
