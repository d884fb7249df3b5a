// HOT PATH on purpose: digests are kept in preallocated typed arrays (one column per
// field), written per packet without allocation; objects are built only for the batch.
// The one exception is an ICMP too-big digest (rare by nature), whose quote is kept as
// a small object.
/**
 * Packet digests waiting for a batch: a bounded list (sampled digests of the interval)
 * or a ring (the full-rate digests of the last N packets, sent around a collapse).
 */

import type { PacketView } from "@tunnelscope/analysis";
import {
  DigestKind,
  type IcmpTooBig,
  int64FromBigInt,
  int64ToBigInt,
  type PacketDigest,
  PacketDirection,
} from "@tunnelscope/protocol";

/** SLL/SLL2 packet type → digest direction (4 = outgoing; 0-3 = received; -1 = none). */
function directionOf(pktType: number): number {
  if (pktType === 4) return PacketDirection.PACKET_DIRECTION_OUTGOING;
  if (pktType >= 0 && pktType <= 3) return PacketDirection.PACKET_DIRECTION_INCOMING;
  return PacketDirection.PACKET_DIRECTION_UNSPECIFIED;
}

/** The ICMP too-big part of a digest, copied out of the decoder's reused view. */
export function icmpTooBigOf(pv: PacketView): IcmpTooBig {
  const v6 = pv.ipVersion === 6;
  const quoted = pv.icmpQuotedLen > 0;
  return {
    srcAddr: v6 ? words6(pv.src6) : word4(pv.src4),
    dstAddr: v6 ? words6(pv.dst6) : word4(pv.dst4),
    mtu: pv.icmpMtu,
    quotedProtocol: pv.icmpQuotedProto,
    quotedSrcAddr: !quoted ? new Uint8Array(0) : v6 ? words6(pv.icmpQuotedSrc6) : word4(pv.icmpQuotedSrc4),
    quotedDstAddr: !quoted ? new Uint8Array(0) : v6 ? words6(pv.icmpQuotedDst6) : word4(pv.icmpQuotedDst4),
    quotedSrcPort: pv.icmpQuotedSrcPort,
    quotedDstPort: pv.icmpQuotedDstPort,
    quotedLength: pv.icmpQuotedLen,
  };
}

function word4(w: number): Uint8Array {
  return new Uint8Array([w >>> 24, (w >>> 16) & 255, (w >>> 8) & 255, w & 255]);
}

function words6(w: Uint32Array): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 4; i++) out.set(word4(w[i] as number), i * 4);
  return out;
}

/** One packet at one tap: a digest's hash, time and interface. */
function identity(d: PacketDigest): string {
  return `${int64ToBigInt(d.hash)}/${int64ToBigInt(d.timestampNs)}/${d.interface}`;
}

/** `opt` column: MSS (16 bits) | window scale + 1 (bits 16-19) | SACK-permitted (bit 20). */
const OPT_SACK = 1 << 20;

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
  private readonly iface: Uint32Array;
  private readonly dir: Uint8Array;
  private readonly opt: Uint32Array;
  /** ESP: the digest hash of the cleartext packet it was paired with (0/0 = none). */
  private readonly innerHi: Uint32Array;
  private readonly innerLo: Uint32Array;
  /** ICMP too-big quotes by position (undefined for other kinds). */
  private readonly icmp: (IcmpTooBig | undefined)[];
  private icmpHeld = false;
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
    this.iface = new Uint32Array(capacity);
    this.dir = new Uint8Array(capacity);
    this.opt = new Uint32Array(capacity);
    this.innerHi = new Uint32Array(capacity);
    this.innerLo = new Uint32Array(capacity);
    this.icmp = new Array<IcmpTooBig | undefined>(capacity).fill(undefined);
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
   * Adds the digest of the decoded packet `pv` (TCP, ESP or ICMP too-big as `kind` says).
   * `slot` is the flow or SA slot the batch maps to a `ref` (-1 = none); `iface` the
   * digest's interface number; `icmp` the too-big quote (kind ICMP_TOO_BIG only).
   */
  push(
    pv: PacketView,
    hi: number,
    lo: number,
    kind: number,
    tap: number,
    slot: number,
    iface: number,
    icmp?: IcmpTooBig,
  ): void {
    if (this.capacity === 0) return;
    if (this.count === this.capacity && !this.ring) {
      this.overflow++;
      return;
    }
    const i = this.head;
    this.ts[i] = pv.ts;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.kindTap[i] = kind | (tap << 4);
    this.slot[i] = slot;
    this.ipLen[i] = pv.ipTotalLen;
    this.ipId[i] = pv.ipId;
    this.iface[i] = iface;
    this.dir[i] = directionOf(pv.pktType);
    this.icmp[i] = icmp;
    this.innerHi[i] = 0;
    this.innerLo[i] = 0;
    if (icmp !== undefined) this.icmpHeld = true;
    if (kind === DigestKind.DIGEST_KIND_TCP) {
      this.a[i] = pv.tcpSeq;
      this.b[i] = pv.tcpAck;
      this.len[i] = pv.payloadLen;
      this.flags[i] = pv.tcpFlags;
      this.win[i] = pv.tcpWindow;
      this.opt[i] =
        (pv.tcpMss > 0 ? pv.tcpMss & 0xffff : 0) |
        ((Math.min(pv.tcpWindowScale, 14) + 1) << 16) |
        (pv.tcpSackPermitted ? OPT_SACK : 0);
    } else {
      this.a[i] = pv.espSpi;
      this.b[i] = pv.espSeq;
      this.len[i] = kind === DigestKind.DIGEST_KIND_ESP ? pv.espLen : 0;
      this.flags[i] = 0;
      this.win[i] = 0;
      this.opt[i] = 0;
    }
    this.head = (i + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  /**
   * Adds an ESP digest from fields kept earlier (its decision was deferred until its
   * cleartext partner was known): `pktType` as the decoder gave it, `innerHi/innerLo` the
   * partner's digest hash (0/0 = none).
   */
  pushEsp(
    ts: number,
    hi: number,
    lo: number,
    tap: number,
    slot: number,
    iface: number,
    pktType: number,
    ipLen: number,
    ipId: number,
    spi: number,
    seq: number,
    espLen: number,
    innerHi: number,
    innerLo: number,
  ): void {
    if (this.capacity === 0) return;
    if (this.count === this.capacity && !this.ring) {
      this.overflow++;
      return;
    }
    const i = this.head;
    this.ts[i] = ts;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.kindTap[i] = DigestKind.DIGEST_KIND_ESP | (tap << 4);
    this.slot[i] = slot;
    this.ipLen[i] = ipLen;
    this.ipId[i] = ipId;
    this.iface[i] = iface;
    this.dir[i] = directionOf(pktType);
    this.icmp[i] = undefined;
    this.a[i] = spi;
    this.b[i] = seq;
    this.len[i] = espLen;
    this.flags[i] = 0;
    this.win[i] = 0;
    this.opt[i] = 0;
    this.innerHi[i] = innerHi;
    this.innerLo[i] = innerLo;
    this.head = (i + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  /**
   * The digests (oldest first) with `ts < beforeUs`, as protobuf objects, and empties the
   * buffer. `ref(kind, slot)` gives the 1-based flow/SA index in the batch (0 = none).
   */
  drain(
    ref: (kind: number, slot: number) => number,
    beforeUs = Number.POSITIVE_INFINITY,
    /** Leaves out digests already sent (a ring's packets of earlier, sampled intervals). */
    sent?: (tsUs: number, hi: number, kind: number, lo: number, tcpFlags: number) => boolean,
  ): PacketDigest[] {
    const out: PacketDigest[] = [];
    const start = (this.head - this.count + this.capacity) % this.capacity;
    for (let k = 0; k < this.count; k++) {
      const i = (start + k) % this.capacity;
      const ts = this.ts[i] as number;
      if (ts >= beforeUs) continue;
      const kind = (this.kindTap[i] as number) & 0x0f;
      if (sent?.(ts, this.hi[i] as number, kind, this.lo[i] as number, this.flags[i] as number) === true)
        continue;
      const tap = (this.kindTap[i] as number) >>> 4;
      const d: PacketDigest = {
        tap,
        timestampNs: int64FromBigInt(BigInt(Math.round(ts)) * 1000n),
        hash: int64FromBigInt((BigInt(this.hi[i] as number) << 32n) | BigInt(this.lo[i] as number)),
        kind,
        ref: ref(kind, this.slot[i] as number),
        ipLength: this.ipLen[i] as number,
        ipId: this.ipId[i] as number,
        interface: this.iface[i] as number,
        direction: this.dir[i] as number,
      };
      if (kind === DigestKind.DIGEST_KIND_TCP) {
        d.tcpSeq = this.a[i] as number;
        d.tcpAck = this.b[i] as number;
        d.tcpLen = this.len[i] as number;
        d.tcpFlags = this.flags[i] as number;
        d.tcpWindow = this.win[i] as number;
        const opt = this.opt[i] as number;
        if ((opt & 0xffff) !== 0) d.tcpMss = opt & 0xffff;
        const ws = ((opt >>> 16) & 0x0f) - 1;
        if (ws >= 0) d.tcpWindowScale = ws;
        if ((opt & OPT_SACK) !== 0) d.tcpSackPermitted = true;
      } else if (kind === DigestKind.DIGEST_KIND_ESP) {
        d.espSpi = this.a[i] as number;
        d.espSeq = this.b[i] as number;
        d.espLength = this.len[i] as number;
        const ih = this.innerHi[i] as number;
        const il = this.innerLo[i] as number;
        if (ih !== 0 || il !== 0) d.innerHash = int64FromBigInt((BigInt(ih) << 32n) | BigInt(il));
      } else {
        const icmp = this.icmp[i];
        if (icmp !== undefined) d.icmpTooBig = icmp;
      }
      out.push(d);
    }
    this.clear();
    return out;
  }

  /**
   * The digests of a full-rate batch: every digest `ring` holds that no earlier batch sent
   * (`sent`), and every digest `list` (the interval's sampled ones) holds that the ring does
   * not — each exactly once. Which sampled digests the ring also holds is decided by identity
   * (hash, time, interface), not by the ring's oldest timestamp: the capture readers hand
   * over their chunks out of time order, so the ring's first insertion is not its oldest
   * packet, and a timestamp cut repeated some digests and left out others. Clears both.
   */
  static drainFullRate(
    list: DigestBuffer,
    ring: DigestBuffer,
    ref: (kind: number, slot: number) => number,
    sent: (tsUs: number, hi: number, kind: number, lo: number, tcpFlags: number) => boolean,
  ): PacketDigest[] {
    const fromRing = ring.drain(ref, Number.POSITIVE_INFINITY, sent);
    const held = new Set<string>();
    for (const d of fromRing) held.add(identity(d));
    const out = list.drain(ref).filter((d) => !held.has(identity(d)));
    for (const d of fromRing) out.push(d);
    return out;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
    this.overflow = 0;
    if (this.icmpHeld) {
      this.icmp.fill(undefined);
      this.icmpHeld = false;
    }
  }
}
