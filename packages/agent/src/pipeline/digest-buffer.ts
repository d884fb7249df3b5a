// HOT PATH on purpose: digests are kept in preallocated typed arrays (one column per
// field), written per packet without allocation; objects are built only for the batch.
/**
 * Packet digests waiting for a batch: a bounded list (sampled digests of the interval)
 * or a ring (the full-rate digests of the last N packets, sent around a collapse).
 */
import { DigestKind, int64FromBigInt, type PacketDigest } from "@tunnelscope/protocol";

export class DigestBuffer {
  private readonly ts: Float64Array;
  private readonly hi: Uint32Array;
  private readonly lo: Uint32Array;
  /** kind | tap << 4 */
  private readonly kindTap: Uint8Array;
  private readonly slot: Int32Array;
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;
  private readonly len: Uint32Array;
  private readonly flags: Uint8Array;
  private readonly win: Uint32Array;
  private readonly ipLen: Uint32Array;
  private readonly ipId: Uint32Array;
  private head = 0;
  private count = 0;
  /** Digests that did not fit (list mode only). */
  overflow = 0;

  constructor(
    readonly capacity: number,
    /** Ring: overwrite the oldest when full. List: refuse and count `overflow`. */
    private readonly ring: boolean,
  ) {
    this.ts = new Float64Array(capacity);
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.kindTap = new Uint8Array(capacity);
    this.slot = new Int32Array(capacity);
    this.a = new Uint32Array(capacity);
    this.b = new Uint32Array(capacity);
    this.len = new Uint32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.win = new Uint32Array(capacity);
    this.ipLen = new Uint32Array(capacity);
    this.ipId = new Uint32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Timestamp (µs) of the oldest digest held; +Infinity when empty. */
  oldestTs(): number {
    if (this.count === 0) return Number.POSITIVE_INFINITY;
    const i = (this.head - this.count + this.capacity) % this.capacity;
    return this.ts[i] as number;
  }

  /**
   * Adds one digest. `a`/`b` are the TCP seq/ack or the ESP SPI/seq; `slot` is the flow or
   * SA slot the batch maps to a `ref`.
   */
  push(
    tsUs: number,
    hi: number,
    lo: number,
    kind: number,
    tap: number,
    slot: number,
    a: number,
    b: number,
    len: number,
    flags: number,
    win: number,
    ipLen: number,
    ipId: number,
  ): void {
    if (this.capacity === 0) return;
    if (this.count === this.capacity && !this.ring) {
      this.overflow++;
      return;
    }
    const i = this.head;
    this.ts[i] = tsUs;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.kindTap[i] = kind | (tap << 4);
    this.slot[i] = slot;
    this.a[i] = a;
    this.b[i] = b;
    this.len[i] = len;
    this.flags[i] = flags;
    this.win[i] = win;
    this.ipLen[i] = ipLen;
    this.ipId[i] = ipId;
    this.head = (i + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  /**
   * The digests (oldest first) with `ts < beforeUs`, as protobuf objects, and empties the
   * buffer. `ref(kind, slot)` gives the 1-based flow/SA index in the batch (0 = none).
   */
  drain(ref: (kind: number, slot: number) => number, beforeUs = Number.POSITIVE_INFINITY): PacketDigest[] {
    const out: PacketDigest[] = [];
    const start = (this.head - this.count + this.capacity) % this.capacity;
    for (let k = 0; k < this.count; k++) {
      const i = (start + k) % this.capacity;
      const ts = this.ts[i] as number;
      if (ts >= beforeUs) continue;
      const kind = (this.kindTap[i] as number) & 0x0f;
      const tap = (this.kindTap[i] as number) >>> 4;
      const d: PacketDigest = {
        tap,
        timestampNs: int64FromBigInt(BigInt(Math.round(ts)) * 1000n),
        hash: int64FromBigInt((BigInt(this.hi[i] as number) << 32n) | BigInt(this.lo[i] as number)),
        kind,
        ref: ref(kind, this.slot[i] as number),
        ipLength: this.ipLen[i] as number,
        ipId: this.ipId[i] as number,
      };
      if (kind === DigestKind.DIGEST_KIND_TCP) {
        d.tcpSeq = this.a[i] as number;
        d.tcpAck = this.b[i] as number;
        d.tcpLen = this.len[i] as number;
        d.tcpFlags = this.flags[i] as number;
        d.tcpWindow = this.win[i] as number;
      } else {
        d.espSpi = this.a[i] as number;
        d.espSeq = this.b[i] as number;
      }
      out.push(d);
    }
    this.clear();
    return out;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
    this.overflow = 0;
  }
}
