/**
 * Compact per-packet records of one gateway capture, kept for cross-tap matching.
 *
 * Hot path on purpose: one record is a row across preallocated typed-array columns
 * (about 50 bytes); columns grow by doubling up to `maxRecords`, past which records are
 * counted in `dropped` and not stored (memory stays bounded on any capture size).
 * Nothing here allocates per packet.
 */

/** What a record describes (`RecordStore.kind`). */
export const RecKind = {
  /** An IP packet that is none of the below (UDP, ICMP echo, …): kept so tunnel order stays whole. */
  Ip: 0,
  Tcp: 1,
  Esp: 2,
  /** ICMP fragmentation-needed / ICMPv6 packet-too-big (MTU in `aux`). */
  TooBig: 3,
} as const;
export type RecKind = (typeof RecKind)[keyof typeof RecKind];

const INITIAL = 4096;

export class RecordStore {
  length = 0;
  /** Records not stored because `maxRecords` was reached. */
  dropped = 0;
  /** Capture timestamp, µs. */
  ts: Float64Array = new Float64Array(INITIAL);
  /** Frame number - 1 in the source capture. */
  frame: Int32Array = new Int32Array(INITIAL);
  /** Interface id (`PacketView.iface`). */
  iface: Int32Array = new Int32Array(INITIAL);
  /** SLL packet type (4 outgoing, 0 incoming, -1 unknown). */
  dir: Int8Array = new Int8Array(INITIAL);
  kind: Uint8Array = new Uint8Array(INITIAL);
  /** IP total length. */
  ipLen: Int32Array = new Int32Array(INITIAL);
  /** TCP: directional flow id; ESP: SA id; others: -1. */
  key: Int32Array = new Int32Array(INITIAL);
  /** TCP sequence / ESP sequence number. */
  seq: Uint32Array = new Uint32Array(INITIAL);
  /** TCP acknowledgement number. */
  ack: Uint32Array = new Uint32Array(INITIAL);
  ipId: Uint32Array = new Uint32Array(INITIAL);
  /** TCP payload length / ESP length (SPI to end) / quoted length for too-big. */
  payLen: Int32Array = new Int32Array(INITIAL);
  flags: Uint8Array = new Uint8Array(INITIAL);
  /** Raw (unscaled) TCP window. */
  win: Uint16Array = new Uint16Array(INITIAL);
  /** TCP SYN: (mss + 1) * 256 + (wscale + 1); too-big: next-hop MTU. */
  aux: Int32Array = new Int32Array(INITIAL);
  /** Hash of the fields that survive the path (inner packets), for cross-tap identity. */
  ident: Uint32Array = new Uint32Array(INITIAL);

  constructor(readonly maxRecords: number) {}

  /** Index of a new row, or -1 when full (counted in `dropped`). */
  alloc(): number {
    if (this.length === this.ts.length) {
      if (this.length >= this.maxRecords) {
        this.dropped++;
        return -1;
      }
      this.grow(Math.min(this.maxRecords, this.length * 2));
    }
    return this.length++;
  }

  private grow(cap: number): void {
    this.ts = growF64(this.ts, cap);
    this.frame = growI32(this.frame, cap);
    this.iface = growI32(this.iface, cap);
    const dir = new Int8Array(cap);
    dir.set(this.dir);
    this.dir = dir;
    this.kind = growU8(this.kind, cap);
    this.ipLen = growI32(this.ipLen, cap);
    this.key = growI32(this.key, cap);
    this.seq = growU32(this.seq, cap);
    this.ack = growU32(this.ack, cap);
    this.ipId = growU32(this.ipId, cap);
    this.payLen = growI32(this.payLen, cap);
    this.flags = growU8(this.flags, cap);
    const win = new Uint16Array(cap);
    win.set(this.win);
    this.win = win;
    this.aux = growI32(this.aux, cap);
    this.ident = growU32(this.ident, cap);
  }
}

function growF64(a: Float64Array, cap: number): Float64Array {
  const b = new Float64Array(cap);
  b.set(a);
  return b;
}
function growI32(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
function growU32(a: Uint32Array, cap: number): Uint32Array {
  const b = new Uint32Array(cap);
  b.set(a);
  return b;
}
function growU8(a: Uint8Array, cap: number): Uint8Array {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}

/** 32-bit mixing step (murmur3 finaliser style). */
export function mix32(h: number, v: number): number {
  let x = (h ^ v) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}
