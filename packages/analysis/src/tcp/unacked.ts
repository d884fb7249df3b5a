/**
 * Segments sent in one flow direction and not yet acknowledged: Wireshark's per-direction
 * `tcp_unacked_t` list (`tcp_analyze_seq_info->segments`), with the same rules for what an
 * ACK removes (segments ending at or before it), trims (a segment it falls inside starts at
 * it from then on) and matches (the oldest segment ending exactly at it gives the RTT), and
 * the same bytes-in-flight span (highest end minus lowest start, relative to the base).
 *
 * Hot path on purpose: one typed array grown by doubling (at most `MAX_UNACKED_SEGMENTS`
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

const EMPTY = new Float64Array(0);
const NEAR = 0x40000000;
// Each segment is three numbers in one array (one typed array per list, not three):
const SEQ = 0;
const NEXT = 1;
const TS = 2;

export class UnackedSegments {
  /** Number of segments held. */
  len = 0;
  /** Set by `ack()` when the ACK matched a segment's end exactly: that segment's time. */
  matchTs = 0;

  /** Capacity in segments. */
  private cap = 0;
  /** Index of the first segment; segments are at [head, head + len). */
  private head = 0;
  /** Segment i: start at [3i], end at [3i + 1], time sent at [3i + 2]. */
  private buf = EMPTY;
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
    const b = this.buf;
    let p = this.head + this.len;
    // Usually the newest segment ends last; a retransmission is inserted further back.
    if (this.len > 0 && ((b[3 * (p - 1) + NEXT]! - next) | 0) > 0) {
      const end = p;
      const lo = this.head;
      while (p > lo && ((b[3 * (p - 1) + NEXT]! - next) | 0) > 0) p--;
      b.copyWithin(3 * (p + 1), 3 * p, 3 * end);
    }
    b[3 * p + SEQ] = seq;
    b[3 * p + NEXT] = next;
    b[3 * p + TS] = ts;
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
    const b = this.buf;
    let i = this.head;
    const end = i + n;
    const firstNext = b[3 * i + NEXT]!;
    const lastNext = b[3 * (end - 1) + NEXT]!;
    const far = (ack - firstNext) | 0;
    if (far >= NEAR || far <= -NEAR || (lastNext - firstNext) >>> 0 >= NEAR) return this.ackSlow(ack);
    let matched = false;
    // How far after the ACK the first segment left ends (set when the prefix loop stops on one).
    let d = 0;
    // Prefix ending at or before the ACK.
    while (i < end) {
      const e = b[3 * i + NEXT]!;
      d = (e - ack) | 0;
      if (d > 0) break;
      if (e === ack && !matched) {
        matched = true;
        this.matchTs = b[3 * i + TS]!;
      }
      i++;
    }
    this.head = i;
    this.len = end - i;
    // Segments the ACK falls inside end less than maxLen after it. The usual ACK (at a segment
    // boundary, or of everything) has none, which `d` tells with operations every call makes
    // (a loop first entered after optimisation would deoptimise its caller).
    if (d < this.maxLen && d > 0) this.trim(i, end, ack);
    return matched;
  }

  /** Trims the segments from `i` that `ack` falls inside to start at it. */
  private trim(i: number, end: number, ack: number): void {
    const b = this.buf;
    const maxLen = this.maxLen;
    for (let j = i; j < end; j++) {
      if ((b[3 * j + NEXT]! - ack) >>> 0 >= maxLen) break;
      if (gtSeq(ack, b[3 * j + SEQ]!)) b[3 * j + SEQ] = ack;
    }
  }

  /** Wireshark's walk over every segment, in place (order kept). */
  private ackSlow(ack: number): boolean {
    const b = this.buf;
    const start = this.head;
    const end = start + this.len;
    let matched = false;
    let w = start;
    for (let r = start; r < end; r++) {
      let s = b[3 * r + SEQ]!;
      const e = b[3 * r + NEXT]!;
      if (e === ack) {
        if (!matched) {
          matched = true;
          this.matchTs = b[3 * r + TS]!;
        }
        continue;
      }
      if (gtSeq(ack, s) && leSeq(ack, e)) s = ack;
      else if (!gtSeq(e, ack)) continue;
      b[3 * w + TS] = b[3 * r + TS]!;
      b[3 * w + SEQ] = s;
      b[3 * w + NEXT] = e;
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
    const b = this.buf;
    const start = this.head;
    const end = start + this.len;
    const firstNext = b[3 * start + NEXT]!;
    const lastNext = b[3 * (end - 1) + NEXT]!;
    if ((lastNext - firstNext) >>> 0 < NEAR) {
      // The lowest start is among the segments ending within maxLen of the first end.
      let minSeq = b[3 * start + SEQ]!;
      let j = start + 1;
      while (j < end) {
        // Every operation before the exit test, so that each has type feedback from the first
        // segment on (a loop that always left at its first test deoptimised the first time it
        // went round).
        const s = b[3 * j + SEQ]!;
        const far = (b[3 * j + NEXT]! - firstNext) >>> 0 >= this.maxLen;
        const lower = ((s - minSeq) | 0) < 0;
        const next = j + 1;
        if (far) break;
        if (lower) minSeq = s;
        j = next;
      }
      const lo = (minSeq - base) >>> 0;
      const hi = (lastNext - base) >>> 0;
      if (lo <= hi && (lastNext - minSeq) >>> 0 < NEAR) return hi - lo;
    }
    // The span wraps around the base (or is huge): Wireshark's unsigned min and max.
    let lo = (b[3 * start + SEQ]! - base) >>> 0;
    let hi = (b[3 * start + NEXT]! - base) >>> 0;
    for (let j = start + 1; j < end; j++) {
      const s = (b[3 * j + SEQ]! - base) >>> 0;
      const e = (b[3 * j + NEXT]! - base) >>> 0;
      if (e > hi) hi = e;
      if (s < lo) lo = s;
    }
    return (hi - lo) >>> 0;
  }

  /** Space for one more segment at the end: move the segments to the front, or grow. */
  private makeRoom(): void {
    const n = this.len;
    const h = this.head;
    if (h > 0 && n <= this.cap >>> 1) {
      this.buf.copyWithin(0, 3 * h, 3 * (h + n));
      this.head = 0;
      return;
    }
    const cap = this.cap === 0 ? 4 : this.cap * 2;
    const buf = new Float64Array(3 * cap);
    buf.set(this.buf.subarray(3 * h, 3 * (h + n)));
    this.buf = buf;
    this.cap = cap;
    this.head = 0;
  }
}
