/**
 * Segments sent in one flow direction and not yet acknowledged: Wireshark's per-direction
 * `tcp_unacked_t` list (`tcp_analyze_seq_info->segments`), with the same rules for what an
 * ACK removes (segments ending at or before it), trims (a segment it falls inside starts at
 * it from then on) and matches (the oldest segment ending exactly at it gives the RTT), and
 * the same bytes-in-flight span (highest end minus lowest start, relative to the base).
 *
 * Hot path on purpose: typed arrays grown by doubling (at most `MAX_UNACKED_SEGMENTS`
 * entries), nothing allocated per packet. Wireshark walks the whole list on every ACK; here
 * the segments are kept sorted by their end (in sequence space), so an ACK removes a
 * prefix, and only segments ending within one maximum segment length of a point can start
 * before it, which bounds the other scans. Segments that end at the same point stay in the
 * order they were sent. An ACK or a span that sequence-space order cannot decide (more than
 * 2^30 away) takes Wireshark's full walk.
 */
import { gtSeq, leSeq } from "./seq.js";

/** Wireshark's `TCP_MAX_UNACKED_SEGMENTS`: segments beyond this are not tracked. */
export const MAX_UNACKED_SEGMENTS = 10000;

const EMPTY_U32 = new Uint32Array(0);
const EMPTY_F64 = new Float64Array(0);
const NEAR = 0x40000000;

export class UnackedSegments {
  /** Number of segments held. */
  len = 0;
  /** Set by `ack()` when the ACK matched a segment's end exactly: that segment's time. */
  matchTs = 0;

  private cap = 0;
  /** Index of the first segment; segments are at [head, head + len). */
  private head = 0;
  private seqs = EMPTY_U32;
  private nexts = EMPTY_U32;
  private times = EMPTY_F64;
  /** Longest segment held since the list was last empty. */
  private maxLen = 0;

  /** Adds a segment [seq, next) sent at `ts` (caller checks the cap). */
  push(seq: number, next: number, ts: number): void {
    const len = (next - seq) >>> 0;
    if (this.len === 0) {
      this.head = 0;
      this.maxLen = len;
    } else if (len > this.maxLen) this.maxLen = len;
    if (this.head + this.len === this.cap) this.makeRoom();
    const nexts = this.nexts;
    let p = this.head + this.len;
    // Usually the newest segment ends last; a retransmission is inserted further back.
    if (this.len > 0 && ((nexts[p - 1]! - next) | 0) > 0) {
      const lo = this.head;
      while (p > lo && ((nexts[p - 1]! - next) | 0) > 0) p--;
      const end = this.head + this.len;
      this.seqs.copyWithin(p + 1, p, end);
      nexts.copyWithin(p + 1, p, end);
      this.times.copyWithin(p + 1, p, end);
    }
    this.seqs[p] = seq;
    nexts[p] = next;
    this.times[p] = ts;
    this.len++;
  }

  /**
   * Applies an acknowledgement number: segments ending at or before it are removed, a
   * segment it falls inside is trimmed to start at it. Returns true when a segment ended
   * exactly at `ack` (the oldest such segment's time is in `matchTs`).
   */
  ack(ack: number): boolean {
    const n = this.len;
    if (n === 0) return false;
    const nexts = this.nexts;
    const seqs = this.seqs;
    let i = this.head;
    const end = i + n;
    const firstNext = nexts[i]!;
    const lastNext = nexts[end - 1]!;
    const far = (ack - firstNext) | 0;
    if (far >= NEAR || far <= -NEAR || (lastNext - firstNext) >>> 0 >= NEAR) return this.ackSlow(ack);
    let matched = false;
    // Prefix ending at or before the ACK.
    while (i < end) {
      const e = nexts[i]!;
      if (((e - ack) | 0) > 0) break;
      if (e === ack && !matched) {
        matched = true;
        this.matchTs = this.times[i]!;
      }
      i++;
    }
    this.head = i;
    this.len = end - i;
    // Segments the ACK falls inside: only those ending less than maxLen after it.
    const maxLen = this.maxLen;
    for (let j = i; j < end; j++) {
      if ((nexts[j]! - ack) >>> 0 >= maxLen) break;
      if (gtSeq(ack, seqs[j]!)) seqs[j] = ack;
    }
    return matched;
  }

  /** Wireshark's walk over every segment, in place (order kept). */
  private ackSlow(ack: number): boolean {
    const seqs = this.seqs;
    const nexts = this.nexts;
    const times = this.times;
    const start = this.head;
    const end = start + this.len;
    let matched = false;
    let w = start;
    for (let r = start; r < end; r++) {
      let s = seqs[r]!;
      const e = nexts[r]!;
      if (e === ack) {
        if (!matched) {
          matched = true;
          this.matchTs = times[r]!;
        }
        continue;
      }
      if (gtSeq(ack, s) && leSeq(ack, e)) s = ack;
      else if (!gtSeq(e, ack)) continue;
      seqs[w] = s;
      nexts[w] = e;
      times[w] = times[r]!;
      w++;
    }
    this.len = w - start;
    return matched;
  }

  /**
   * Wireshark's bytes in flight before SACK: the highest segment end minus the lowest segment
   * start, both taken relative to `base` as unsigned 32-bit numbers. Call only when `len > 0`.
   */
  span(base: number): number {
    const seqs = this.seqs;
    const nexts = this.nexts;
    const start = this.head;
    const end = start + this.len;
    const firstNext = nexts[start]!;
    const lastNext = nexts[end - 1]!;
    if ((lastNext - firstNext) >>> 0 < NEAR) {
      // The lowest start is among the segments ending within maxLen of the first end.
      let minSeq = seqs[start]!;
      for (let j = start + 1; j < end; j++) {
        if ((nexts[j]! - firstNext) >>> 0 >= this.maxLen) break;
        if (((seqs[j]! - minSeq) | 0) < 0) minSeq = seqs[j]!;
      }
      const lo = (minSeq - base) >>> 0;
      const hi = (lastNext - base) >>> 0;
      if (lo <= hi && (lastNext - minSeq) >>> 0 < NEAR) return hi - lo;
    }
    // The span wraps around the base (or is huge): Wireshark's unsigned min and max.
    let lo = (seqs[start]! - base) >>> 0;
    let hi = (nexts[start]! - base) >>> 0;
    for (let j = start + 1; j < end; j++) {
      const s = (seqs[j]! - base) >>> 0;
      const e = (nexts[j]! - base) >>> 0;
      if (e > hi) hi = e;
      if (s < lo) lo = s;
    }
    return (hi - lo) >>> 0;
  }

  /** Space for one more segment at the end: move the segments to the front, or grow. */
  private makeRoom(): void {
    const n = this.len;
    if (this.head > 0 && n <= this.cap >>> 1) {
      const h = this.head;
      this.seqs.copyWithin(0, h, h + n);
      this.nexts.copyWithin(0, h, h + n);
      this.times.copyWithin(0, h, h + n);
      this.head = 0;
      return;
    }
    const cap = this.cap === 0 ? 8 : this.cap * 2;
    const seqs = new Uint32Array(cap);
    const nexts = new Uint32Array(cap);
    const times = new Float64Array(cap);
    seqs.set(this.seqs.subarray(this.head, this.head + n));
    nexts.set(this.nexts.subarray(this.head, this.head + n));
    times.set(this.times.subarray(this.head, this.head + n));
    this.seqs = seqs;
    this.nexts = nexts;
    this.times = times;
    this.cap = cap;
    this.head = 0;
  }
}
