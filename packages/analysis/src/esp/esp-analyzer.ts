/**
 * Per-SA ESP sequence analysis: packets, bytes, gaps, duplicates, reorder depth.
 *
 * Hot path on purpose (guarded by `npm run bench`): SAs live in a Map keyed by a small-integer
 * hash, matched by comparing numbers (SPI, tap, source address words; the address strings
 * are made once per SA), a direct-mapped cache of recent SAs is tried first, each SA keeps a fixed
 * 64 Ki-bit ring bitmap of recently seen sequence numbers, and `add()` allocates nothing
 * per packet.
 *
 * Definitions (the same as the replay check of RFC 4303 §3.4.3, seen from outside):
 * - the highest sequence number seen so far is the SA's right edge;
 * - a packet below the right edge arrived late; its reorder depth is `right edge - seq`
 *   (an ESP receiver with replay window W drops it when depth >= W);
 * - a sequence number seen twice is a duplicate;
 * - a gap is a sequence number between the first and the right edge never seen: counted
 *   when it falls out of the tracking window, or at the end.
 */
import { L4, type PacketView } from "../decode/packet.js";

/** Reorder-depth histogram buckets: upper bounds (inclusive); the last bucket is open. */
export const REORDER_BUCKETS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 1024];

const WINDOW_BITS = 65536;
/** Slots of the recent-SA cache (a power of two). */
const RECENT_SIZE = 256;
const WINDOW_MASK = WINDOW_BITS - 1;

/** Results for one SA as seen at one tap. */
export interface EspSaResult {
  readonly iface: number;
  readonly spi: number;
  readonly src: string;
  readonly dst: string;
  readonly udpEncap: boolean;
  readonly packets: number;
  readonly bytes: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly maxSeq: number;
  /** Sequence numbers between the first and the highest that never arrived. */
  readonly gaps: number;
  readonly duplicates: number;
  /** Packets that arrived below the right edge. */
  readonly late: number;
  readonly maxReorderDepth: number;
  /** Counts per `REORDER_BUCKETS` bucket (length = buckets + 1). */
  readonly reorderHistogram: readonly number[];
  /** Largest ESP payload (SPI to end) seen, in bytes. */
  readonly largestEsp: number;
  /** Largest outer IP packet carrying this SA, in bytes. */
  readonly largestIp: number;
  readonly firstTs: number;
  readonly lastTs: number;
}

class SaState {
  packets = 0;
  bytes = 0;
  firstSeq = -1;
  lastSeq = 0;
  right = -1;
  gaps = 0;
  duplicates = 0;
  late = 0;
  maxDepth = 0;
  readonly histogram = new Float64Array(REORDER_BUCKETS.length + 1);
  largestEsp = 0;
  largestIp = 0;
  firstTs = 0;
  lastTs = 0;
  /** Bit i set: sequence number with (seq & WINDOW_MASK) == i has been seen (within the window). */
  readonly seen = new Uint8Array(WINDOW_BITS >>> 3);
  /** Source address as IP version and four words (IPv4: [0, 0, 0, addr]): the SA's identity with spi and iface. */
  readonly ipVersion: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
  readonly s3: number;

  constructor(
    readonly iface: number,
    readonly spi: number,
    readonly src: string,
    readonly dst: string,
    readonly udpEncap: boolean,
    pv: PacketView,
  ) {
    this.ipVersion = pv.ipVersion;
    const v4 = pv.ipVersion === 4;
    this.s0 = v4 ? 0 : (pv.src6[0] as number);
    this.s1 = v4 ? 0 : (pv.src6[1] as number);
    this.s2 = v4 ? 0 : (pv.src6[2] as number);
    this.s3 = v4 ? pv.src4 : (pv.src6[3] as number);
  }

  /** Whether the packet belongs to this SA (same SPI, tap and source address). */
  matches(pv: PacketView): boolean {
    if (this.spi !== pv.espSpi || this.iface !== pv.iface || this.ipVersion !== pv.ipVersion) return false;
    if (pv.ipVersion === 4) return this.s3 === pv.src4;
    const s = pv.src6;
    return this.s3 === s[3] && this.s2 === s[2] && this.s1 === s[1] && this.s0 === s[0];
  }
}

function bucketOf(depth: number): number {
  for (let i = 0; i < REORDER_BUCKETS.length; i++) if (depth <= (REORDER_BUCKETS[i] as number)) return i;
  return REORDER_BUCKETS.length;
}

function ip4(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** Formats the packet's source or destination address (IPv4 dotted, IPv6 compressed). */
export function formatAddress(pv: PacketView, which: "src" | "dst"): string {
  if (pv.ipVersion === 4) return ip4(which === "src" ? pv.src4 : pv.dst4);
  const w = which === "src" ? pv.src6 : pv.dst6;
  return formatIpv6Words(w[0] as number, w[1] as number, w[2] as number, w[3] as number);
}

/** Formats four big-endian 32-bit words as an RFC 5952 IPv6 address. */
export function formatIpv6Words(a: number, b: number, c: number, d: number): string {
  const g = [a >>> 16, a & 0xffff, b >>> 16, b & 0xffff, c >>> 16, c & 0xffff, d >>> 16, d & 0xffff];
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(":");
  if (bestStart < 0) return hex(g);
  return `${hex(g.slice(0, bestStart))}::${hex(g.slice(bestStart + bestLen))}`;
}

function saKey(pv: PacketView): number {
  // SPI is 32 bits; fold in iface and addresses. Collisions are resolved by comparing fields.
  let h = (pv.espSpi ^ Math.imul(pv.iface + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (pv.ipVersion === 4 ? pv.src4 : (pv.src6[3] as number)), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (pv.ipVersion === 4 ? pv.dst4 : (pv.dst6[3] as number)), 0xc2b2ae35);
  // 30 bits: a small integer, which a Map looks up without boxing it.
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

export interface EspAnalyzerOptions {
  /** At most this many SAs are tracked; packets of further SAs are counted in `untrackedPackets`. */
  readonly maxSas?: number;
}

/** Tracks every ESP SA seen, per tap. Feed it every packet; it ignores non-ESP ones. */
export class EspAnalyzer {
  private readonly sas = new Map<number, SaState[]>();
  private count = 0;
  private readonly maxSas: number;
  /**
   * Direct-mapped cache of recent SAs by SPI and tap, tried before the Map (both directions
   * of a tunnel interleave, so "the previous packet's SA" misses half the time).
   */
  private readonly recent: (SaState | undefined)[] = new Array<SaState | undefined>(RECENT_SIZE).fill(
    undefined,
  );
  /** ESP packets of SAs beyond `maxSas`. */
  untrackedPackets = 0;

  constructor(options: EspAnalyzerOptions = {}) {
    this.maxSas = options.maxSas ?? 65536;
  }

  add(pv: PacketView): void {
    if (pv.l4 !== L4.Esp) return;
    const sa = this.lookup(pv);
    if (sa === undefined) {
      this.untrackedPackets++;
      return;
    }
    const seq = pv.espSeq;
    sa.packets++;
    sa.bytes += pv.ipTotalLen;
    if (pv.espLen > sa.largestEsp) sa.largestEsp = pv.espLen;
    if (pv.ipTotalLen > sa.largestIp) sa.largestIp = pv.ipTotalLen;
    sa.lastTs = pv.ts;
    sa.lastSeq = seq;
    if (sa.firstSeq < 0) {
      sa.firstSeq = seq;
      sa.firstTs = pv.ts;
      sa.right = seq;
      setBit(sa.seen, seq);
      return;
    }
    if (seq > sa.right) {
      // Advance the right edge. Numbers leaving the tracking window unseen are gaps, and so
      // are skipped numbers that never even enter it (a jump of more than the window).
      const leaveLo = Math.max(sa.right - WINDOW_BITS + 1, sa.firstSeq);
      const leaveHi = Math.min(sa.right, seq - WINDOW_BITS);
      if (leaveHi >= leaveLo) sa.gaps += countUnseen(sa.seen, leaveLo, leaveHi);
      if (seq - WINDOW_BITS > sa.right) sa.gaps += seq - WINDOW_BITS - sa.right;
      if (seq - sa.right >= WINDOW_BITS) sa.seen.fill(0);
      else if (seq - sa.right === 1) clearBit(sa.seen, seq);
      else clearRange(sa.seen, sa.right + 1, seq);
      sa.right = seq;
      setBit(sa.seen, seq);
      return;
    }
    const depth = sa.right - seq;
    if (depth < WINDOW_BITS && seq >= sa.firstSeq && testBit(sa.seen, seq)) {
      sa.duplicates++;
      return;
    }
    // Older than the tracking window: it was counted as a gap when it left (duplicates that
    // old cannot be told apart and count as late arrivals).
    if (depth >= WINDOW_BITS && seq >= sa.firstSeq) sa.gaps--;
    if (depth < WINDOW_BITS) setBit(sa.seen, seq);
    if (seq < sa.firstSeq) {
      // Arrived before the first one we saw: widen the range instead of calling it a gap.
      sa.firstSeq = seq;
    }
    sa.late++;
    if (depth > sa.maxDepth) sa.maxDepth = depth;
    const b = bucketOf(depth);
    sa.histogram[b] = (sa.histogram[b] as number) + 1;
  }

  /** Results so far (gaps still in the window are counted as gaps). */
  results(): EspSaResult[] {
    const out: EspSaResult[] = [];
    for (const list of this.sas.values()) {
      for (const sa of list) {
        const lo = Math.max(sa.right - WINDOW_BITS + 1, sa.firstSeq);
        const pending = sa.firstSeq < 0 ? 0 : countUnseen(sa.seen, lo, sa.right);
        out.push({
          iface: sa.iface,
          spi: sa.spi,
          src: sa.src,
          dst: sa.dst,
          udpEncap: sa.udpEncap,
          packets: sa.packets,
          bytes: sa.bytes,
          firstSeq: sa.firstSeq,
          lastSeq: sa.lastSeq,
          maxSeq: sa.right,
          gaps: sa.gaps + pending,
          duplicates: sa.duplicates,
          late: sa.late,
          maxReorderDepth: sa.maxDepth,
          reorderHistogram: Array.from(sa.histogram),
          largestEsp: sa.largestEsp,
          largestIp: sa.largestIp,
          firstTs: sa.firstTs,
          lastTs: sa.lastTs,
        });
      }
    }
    out.sort((a, b) => a.iface - b.iface || a.spi - b.spi || a.src.localeCompare(b.src));
    return out;
  }

  private lookup(pv: PacketView): SaState | undefined {
    const slot = (pv.espSpi ^ Math.imul(pv.iface, 0x9e3779b1)) & (RECENT_SIZE - 1);
    const hit = this.recent[slot];
    if (hit?.matches(pv)) return hit;
    const key = saKey(pv);
    let list = this.sas.get(key);
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        const sa = list[i] as SaState;
        if (sa.matches(pv)) {
          this.recent[slot] = sa;
          return sa;
        }
      }
    }
    if (this.count >= this.maxSas) return undefined;
    const sa = new SaState(
      pv.iface,
      pv.espSpi,
      formatAddress(pv, "src"),
      formatAddress(pv, "dst"),
      pv.espUdpEncap,
      pv,
    );
    if (list === undefined) {
      list = [];
      this.sas.set(key, list);
    }
    list.push(sa);
    this.count++;
    this.recent[slot] = sa;
    return sa;
  }
}

function setBit(bits: Uint8Array, seq: number): void {
  const i = seq & WINDOW_MASK;
  bits[i >>> 3] = (bits[i >>> 3] as number) | (1 << (i & 7));
}
function clearBit(bits: Uint8Array, seq: number): void {
  const i = seq & WINDOW_MASK;
  bits[i >>> 3] = (bits[i >>> 3] as number) & ~(1 << (i & 7));
}
function testBit(bits: Uint8Array, seq: number): boolean {
  const i = seq & WINDOW_MASK;
  return ((bits[i >>> 3] as number) & (1 << (i & 7))) !== 0;
}
/** Set bits in each byte value. */
const POPCOUNT = new Uint8Array(256);
for (let i = 1; i < 256; i++) POPCOUNT[i] = (i & 1) + (POPCOUNT[i >>> 1] as number);

/** Sequence numbers in [lo, hi] (at most WINDOW_BITS of them) not marked seen: whole bytes at a time. */
function countUnseen(bits: Uint8Array, lo: number, hi: number): number {
  if (hi < lo) return 0;
  let seen = 0;
  let s = lo;
  for (; s <= hi && (s & 7) !== 0; s++) if (testBit(bits, s)) seen++;
  for (; hi - s >= 7; s += 8) seen += POPCOUNT[bits[(s & WINDOW_MASK) >>> 3] as number] as number;
  for (; s <= hi; s++) if (testBit(bits, s)) seen++;
  return hi - lo + 1 - seen;
}

/** Clears the marks of sequence numbers [lo, hi] (fewer than WINDOW_BITS of them): whole bytes at a time. */
function clearRange(bits: Uint8Array, lo: number, hi: number): void {
  let s = lo;
  for (; s <= hi && (s & 7) !== 0; s++) clearBit(bits, s);
  for (; hi - s >= 7; s += 8) bits[(s & WINDOW_MASK) >>> 3] = 0;
  for (; s <= hi; s++) clearBit(bits, s);
}
