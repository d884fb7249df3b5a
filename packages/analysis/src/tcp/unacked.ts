/**
 * Segments sent in one flow direction and not yet acknowledged: Wireshark's per-direction
 * `tcp_unacked_t` list (`tcp_analyze_seq_info->segments`), with the same rules for what an
 * ACK removes, trims and matches (the RTT sample), and the same bytes-in-flight span.
 *
 * Hot path on purpose: a ring of typed arrays grown by doubling (at most
 * `MAX_UNACKED_SEGMENTS` entries), nothing allocated per packet. Wireshark walks the whole
 * list on every ACK; here, while every segment in the list was sent above all earlier ones
 * (the normal case), an ACK only looks at the oldest segments it covers, and the span is
 * read from the two ends. After a retransmission or reordering the list falls back to the
 * full walk until those segments are acknowledged.
 */
import { gtSeq, leSeq, ltSeq } from "./seq.js";

/** Wireshark's `TCP_MAX_UNACKED_SEGMENTS`: segments beyond this are not tracked. */
export const MAX_UNACKED_SEGMENTS = 10000;

const EMPTY_U32 = new Uint32Array(0);
const EMPTY_F64 = new Float64Array(0);
const EMPTY_U8 = new Uint8Array(0);
const HALF = 0x80000000;

export class UnackedSegments {
  /** Number of segments held. */
  len = 0;
  /** Set by `ack()` when the ACK matched a segment's end exactly: that segment's frame and time. */
  matchFrame = -1;
  matchTs = 0;

  private cap = 0;
  private mask = 0;
  private head = 0;
  private seqs = EMPTY_U32;
  private nexts = EMPTY_U32;
  private frames = EMPTY_F64;
  private times = EMPTY_F64;
  /** 1 for a segment that did not start at or above every segment sent before it. */
  private ooo = EMPTY_U8;
  private disorder = 0;
  private high = 0;
  private hasHigh = false;

  /** Appends a segment [seq, next) sent in frame `frame` at `ts` (caller checks the cap). */
  push(frame: number, seq: number, next: number, ts: number): void {
    if (this.len === this.cap) this.grow();
    const i = (this.head + this.len) & this.mask;
    this.seqs[i] = seq;
    this.nexts[i] = next;
    this.frames[i] = frame;
    this.times[i] = ts;
    let out = 0;
    if (this.hasHigh) {
      if (ltSeq(seq, this.high)) out = 1;
      if (gtSeq(next, this.high)) this.high = next;
    } else {
      this.high = next;
      this.hasHigh = true;
    }
    this.ooo[i] = out;
    this.disorder += out;
    this.len++;
  }

  /**
   * Applies an acknowledgement number: segments ending at or before it are removed, a
   * segment it falls inside is trimmed to start at it. Returns true when a segment ended
   * exactly at `ack` (the oldest such one is in `matchFrame`/`matchTs`).
   */
  ack(ack: number): boolean {
    this.matchFrame = -1;
    const len = this.len;
    if (len === 0) return false;
    const mask = this.mask;
    const head = this.head;
    const firstSeq = this.seqs[head]!;
    const lastNext = this.nexts[(head + len - 1) & mask]!;
    if (
      this.disorder === 0 &&
      ((ack - firstSeq) | 0) >= 0 &&
      ((lastNext - ack) | 0) >= 0 &&
      (lastNext - firstSeq) >>> 0 < HALF
    ) {
      // Ascending, disjoint segments and an ACK inside their span: only a prefix goes.
      let i = 0;
      let idx = head;
      while (i < len) {
        const n = this.nexts[idx]!;
        if (!leSeq(n, ack)) break;
        if (n === ack && this.matchFrame < 0) {
          this.matchFrame = this.frames[idx]!;
          this.matchTs = this.times[idx]!;
        }
        i++;
        idx = (idx + 1) & mask;
      }
      this.head = idx;
      this.len = len - i;
      if (this.len > 0 && gtSeq(ack, this.seqs[idx]!)) this.seqs[idx] = ack;
      return this.matchFrame >= 0;
    }
    return this.ackSlow(ack);
  }

  /** Wireshark's walk over every segment, in place. */
  private ackSlow(ack: number): boolean {
    const mask = this.mask;
    const head = this.head;
    let w = 0;
    for (let r = 0; r < this.len; r++) {
      const ri = (head + r) & mask;
      let s = this.seqs[ri]!;
      const n = this.nexts[ri]!;
      if (n === ack) {
        if (this.matchFrame < 0) {
          this.matchFrame = this.frames[ri]!;
          this.matchTs = this.times[ri]!;
        }
        this.disorder -= this.ooo[ri]!;
        continue;
      }
      if (gtSeq(ack, s) && leSeq(ack, n)) s = ack;
      else if (!gtSeq(n, ack)) {
        this.disorder -= this.ooo[ri]!;
        continue;
      }
      const wi = (head + w) & mask;
      this.seqs[wi] = s;
      this.nexts[wi] = n;
      this.frames[wi] = this.frames[ri]!;
      this.times[wi] = this.times[ri]!;
      this.ooo[wi] = this.ooo[ri]!;
      w++;
    }
    this.len = w;
    return this.matchFrame >= 0;
  }

  /**
   * Wireshark's bytes in flight before SACK: the highest segment end minus the lowest segment
   * start, both relative to `base` (unsigned 32-bit). Call only when `len > 0`.
   */
  span(base: number): number {
    const mask = this.mask;
    const head = this.head;
    if (this.disorder === 0) {
      const first = (this.seqs[head]! - base) >>> 0;
      const last = (this.nexts[(head + this.len - 1) & mask]! - base) >>> 0;
      if (first <= last) return last - first;
    }
    let first = (this.seqs[head]! - base) >>> 0;
    let last = (this.nexts[head]! - base) >>> 0;
    for (let r = 1; r < this.len; r++) {
      const i = (head + r) & mask;
      const s = (this.seqs[i]! - base) >>> 0;
      const n = (this.nexts[i]! - base) >>> 0;
      if (n > last) last = n;
      if (s < first) first = s;
    }
    return (last - first) >>> 0;
  }

  /** Empties the list (a new connection on the same ports). */
  clear(): void {
    this.len = 0;
    this.head = 0;
    this.disorder = 0;
    this.hasHigh = false;
  }

  private grow(): void {
    const cap = this.cap === 0 ? 8 : this.cap * 2;
    const seqs = new Uint32Array(cap);
    const nexts = new Uint32Array(cap);
    const frames = new Float64Array(cap);
    const times = new Float64Array(cap);
    const ooo = new Uint8Array(cap);
    for (let r = 0; r < this.len; r++) {
      const i = (this.head + r) & this.mask;
      seqs[r] = this.seqs[i]!;
      nexts[r] = this.nexts[i]!;
      frames[r] = this.frames[i]!;
      times[r] = this.times[i]!;
      ooo[r] = this.ooo[i]!;
    }
    this.seqs = seqs;
    this.nexts = nexts;
    this.frames = frames;
    this.times = times;
    this.ooo = ooo;
    this.cap = cap;
    this.mask = cap - 1;
    this.head = 0;
  }
}
