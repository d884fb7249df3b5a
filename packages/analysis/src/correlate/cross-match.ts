/**
 * Cross-gateway matching: the same packet seen in both captures.
 * - ESP by (SA, sequence number): exact, independent of the clocks.
 * - Cleartext packets by the hash of fields that survive the path (addresses, ports, seq,
 *   ack, IP ID, payload length, flags), consumed in order so repeats pair up one to one.
 */
import type { GatewayCapture } from "./gateway-capture.js";
import type { RecordStore } from "./records.js";

/**
 * For each position of `from` (ESP records of capture `a`), the record index in capture `b`
 * of the same SA and sequence number among `to`, or -1.
 */
export function matchEsp(a: GatewayCapture, from: Int32Array, b: GatewayCapture, to: Int32Array): Int32Array {
  const out = new Int32Array(from.length).fill(-1);
  // SA ids are per capture. Join them by SPI (chosen by the receiving peer, so unique per
  // tunnel in practice) and use the addresses only to break ties: with NAT-T the two ends
  // see different outer addresses for the same SA.
  const bBySpi = new Map<number, number[]>();
  for (let id = 0; id < b.sas.size; id++) {
    const spi = b.sas.a[id] as number;
    const list = bBySpi.get(spi);
    if (list === undefined) bBySpi.set(spi, [id]);
    else list.push(id);
  }
  const aToB = new Int32Array(a.sas.size).fill(-1);
  for (let id = 0; id < a.sas.size; id++) {
    const cands = bBySpi.get(a.sas.a[id] as number);
    if (cands === undefined) continue;
    const name = a.sas.name(id);
    aToB[id] = cands.find((c) => b.sas.name(c) === name) ?? (cands.length === 1 ? (cands[0] as number) : -1);
  }
  // Index `to` per SA by sequence number (dense arrays: ESP numbers are consecutive).
  const rb = b.records;
  const lo = new Float64Array(b.sas.size).fill(Number.POSITIVE_INFINITY);
  const hi = new Float64Array(b.sas.size).fill(Number.NEGATIVE_INFINITY);
  for (let k = 0; k < to.length; k++) {
    const i = to[k] as number;
    const sa = rb.key[i] as number;
    if (sa < 0) continue;
    const s = rb.seq[i] as number;
    if (s < (lo[sa] as number)) lo[sa] = s;
    if (s > (hi[sa] as number)) hi[sa] = s;
  }
  const dense: (Int32Array | Map<number, number> | undefined)[] = [];
  for (let sa = 0; sa < b.sas.size; sa++) {
    const span = (hi[sa] as number) - (lo[sa] as number) + 1;
    if (!(span > 0)) dense.push(undefined);
    else if (span <= Math.max(1024, to.length * 4)) dense.push(new Int32Array(span).fill(-1));
    else dense.push(new Map());
  }
  for (let k = 0; k < to.length; k++) {
    const i = to[k] as number;
    const sa = rb.key[i] as number;
    if (sa < 0) continue;
    const d = dense[sa];
    const s = rb.seq[i] as number;
    if (d instanceof Int32Array) {
      const at = s - (lo[sa] as number);
      if ((d[at] as number) < 0) d[at] = i;
    } else if (d !== undefined && !d.has(s)) d.set(s, i);
  }
  const ra = a.records;
  for (let k = 0; k < from.length; k++) {
    const i = from[k] as number;
    const saA = ra.key[i] as number;
    if (saA < 0) continue;
    const sa = aToB[saA] as number;
    if (sa < 0) continue;
    const d = dense[sa];
    const s = ra.seq[i] as number;
    if (d instanceof Int32Array) {
      const at = s - (lo[sa] as number);
      if (at >= 0 && at < d.length) out[k] = d[at] as number;
    } else if (d !== undefined) out[k] = d.get(s) ?? -1;
  }
  return out;
}

/** Open-addressing index of records by identity hash; `take` consumes matches in order. */
class IdentIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly used: Uint8Array;

  constructor(
    private readonly r: RecordStore,
    stream: Int32Array,
  ) {
    let size = 16;
    while (size < stream.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.used = new Uint8Array(r.length);
    for (let k = 0; k < stream.length; k++) {
      const i = stream[k] as number;
      let h = (r.ident[i] as number) & this.mask;
      while ((this.slots[h] as number) >= 0) h = (h + 1) & this.mask;
      this.slots[h] = i;
    }
  }

  /**
   * The first not-yet-taken record with this identity hash whose IP length and IP ID agree
   * with the query record, marked taken; -1 when none.
   */
  take(q: RecordStore, qi: number): number {
    const ident = q.ident[qi] as number;
    const len = q.ipLen[qi] as number;
    const id = q.ipId[qi] as number;
    let h = ident & this.mask;
    let best = -1;
    for (;;) {
      const i = this.slots[h] as number;
      if (i < 0) break;
      if (
        (this.r.ident[i] as number) === ident &&
        this.used[i] === 0 &&
        (this.r.ipLen[i] as number) === len &&
        (this.r.ipId[i] as number) === id &&
        (best < 0 || i < best)
      ) {
        best = i;
      }
      h = (h + 1) & this.mask;
    }
    if (best >= 0) this.used[best] = 1;
    return best;
  }
}

/**
 * For each position of `from` (cleartext records of capture `a`), the record index of the
 * same packet among `to` in capture `b` (or the same capture, another tap), or -1.
 */
export function matchInner(ra: RecordStore, from: Int32Array, rb: RecordStore, to: Int32Array): Int32Array {
  const index = new IdentIndex(rb, to);
  const out = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) out[k] = index.take(ra, from[k] as number);
  return out;
}
