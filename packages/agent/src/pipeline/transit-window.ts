// HOT PATH on purpose: `tcp`/`esp` run for every packet and only write typed-array
// columns (grown by doubling); the pairing runs once per settle (batch close).
/**
 * Gateway transit at the source, at full rate: every cleartext packet paired with the ESP
 * packet that carried it (this gateway encrypts) or that it came out of (it decrypts),
 * with the same pure alignment `analyze` uses on a whole capture
 * (`@tunnelscope/analysis` `alignTransit`: in order, sizes agreeing within the measured ESP
 * overhead, never an output before its input), here over a sliding window of packets.
 *
 * Packets are kept until `settle(cutUs)`: everything captured before the cut is decided
 * then, together with its partner (which may lie after the cut); the rest waits for the
 * next settle, so a packet whose partner comes in the next batch is still paired. The
 * taps (outer, tunnel device, LAN) are recognised from the traffic as `analyze` does
 * (`classifyTaps` on the counters of every packet seen so far).
 *
 * A settle reports, per SA and direction, packets matched, packets that died inside the
 * gateway (cleartext handed to the tunnel without an ESP packet; ESP packets that yielded
 * no cleartext) and the transit delays; and hands every settled ESP packet to `emit` with
 * the digest hash of its partner, so the caller can select its digest by the cleartext
 * packet's hash (trajectory sampling through the gateway).
 */
import {
  alignTransit,
  classifyTaps,
  type EspOverhead,
  emptyInterfaceCounters,
  estimateOverhead,
  type InterfaceCounters,
} from "@tunnelscope/analysis";
import type { SummaryBatchInit } from "@tunnelscope/protocol";

/** One SA's transit in one direction (SummaryBatch.transit). */
export type GatewayTransit = NonNullable<SummaryBatchInit["transit"]>[number];

const KIND_TCP = 1;
const KIND_ESP = 2;
const OUT = 4;
const IN = 0;

/** One settled ESP packet, as `settle` hands it to its caller (reused object). */
export interface SettledEsp {
  ts: number;
  hi: number;
  lo: number;
  tap: number;
  slot: number;
  iface: number;
  pktType: number;
  ipLen: number;
  ipId: number;
  spi: number;
  seq: number;
  espLen: number;
  /** The partner's digest hash; `paired` false when there is none. */
  innerHi: number;
  innerLo: number;
  /** The partner's digest is sent whatever its hash (a SYN). */
  innerForced: boolean;
  paired: boolean;
  /** A received ESP packet that yielded no cleartext while the tunnel tap was seen: it died inside. */
  diedInside: boolean;
}

interface SaTransit {
  spi: number;
  encrypt: boolean;
  matched: number;
  lost: number;
  delays: number[];
}

/** Overhead estimates on fewer pairs than this are refined by later windows. */
const SURE_OVERHEAD = 64;
/**
 * Replay windows tried on the decrypting side (packets; +Infinity = none): an ESP packet
 * that arrives more than the window behind the highest sequence number of its SA is
 * dropped by the gateway, and yields no cleartext.
 */
const REPLAY_WINDOWS = [Number.POSITIVE_INFINITY, 4096, 1024, 512, 256, 128, 64, 32, 16];
/** Shortest and longest wait before a packet's transit is settled (µs). */
const MIN_GUARD_US = 250_000;
const MAX_GUARD_US = 2_000_000;

export class TransitWindow {
  private n = 0;
  private cap = 0;
  ts = new Float64Array(0);
  ipLen = new Int32Array(0);
  private iface = new Uint32Array(0);
  private dir = new Int8Array(0);
  private kind = new Uint8Array(0);
  private hi = new Uint32Array(0);
  private lo = new Uint32Array(0);
  private tap = new Uint8Array(0);
  private slot = new Int32Array(0);
  private ipId = new Uint32Array(0);
  private spi = new Uint32Array(0);
  private seq = new Uint32Array(0);
  private espLen = new Uint32Array(0);
  /** TCP: its digest is sent whatever its hash. */
  private forced = new Uint8Array(0);
  private readonly counters = new Map<number, InterfaceCounters>();
  private overhead: EspOverhead | undefined;
  private readonly out: SettledEsp = {
    ts: 0,
    hi: 0,
    lo: 0,
    tap: 0,
    slot: -1,
    iface: 0,
    pktType: -1,
    ipLen: 0,
    ipId: 0,
    spi: 0,
    seq: 0,
    espLen: 0,
    innerHi: 0,
    innerLo: 0,
    innerForced: false,
    paired: false,
    diedInside: false,
  };
  /** ESP packets waiting for their settle. */
  pendingEsp = 0;
  /** Transit per SA and direction over the settles since the last `take`. */
  private readonly sas = new Map<string, SaTransit>();
  /** Longest transit seen, encrypting and decrypting (µs). */
  private maxEnc = 0;
  private maxDec = 0;
  /** Latest packet time seen (µs). */
  private lastTs = Number.NEGATIVE_INFINITY;
  /** Highest sequence number received per SPI among settled packets. */
  private readonly seqMax = new Map<number, number>();

  /**
   * How long before a batch closes a packet's transit waits for the next batch (µs): its
   * partner may come after the close. 1.5 × the longest transit seen, 0.25 to 2 s.
   */
  get guardUs(): number {
    return Math.min(MAX_GUARD_US, Math.max(MIN_GUARD_US, 1.5 * Math.max(this.maxEnc, this.maxDec)));
  }

  constructor(
    /** Interface names by digest interface number (for the tunnel-device name hint). */
    private readonly nameOf: (iface: number) => string | undefined,
  ) {
    this.grow(1024);
  }

  get size(): number {
    return this.n;
  }

  private grow(cap: number): void {
    const n = this.n;
    this.dir = grown(this.dir, cap, n);
    this.ts = grown(this.ts, cap, n);
    this.ipLen = grown(this.ipLen, cap, n);
    this.iface = grown(this.iface, cap, n);
    this.kind = grown(this.kind, cap, n);
    this.hi = grown(this.hi, cap, n);
    this.lo = grown(this.lo, cap, n);
    this.tap = grown(this.tap, cap, n);
    this.slot = grown(this.slot, cap, n);
    this.ipId = grown(this.ipId, cap, n);
    this.spi = grown(this.spi, cap, n);
    this.seq = grown(this.seq, cap, n);
    this.espLen = grown(this.espLen, cap, n);
    this.forced = grown(this.forced, cap, n);
    this.cap = cap;
  }

  private count(iface: number, linkType: number, ts: number): InterfaceCounters {
    let c = this.counters.get(iface);
    if (c === undefined) {
      c = emptyInterfaceCounters(iface, this.nameOf(iface) || undefined, linkType, ts);
      this.counters.set(iface, c);
    }
    c.packets++;
    c.lastTs = ts;
    return c;
  }

  private row(
    ts: number,
    ipLen: number,
    iface: number,
    pktType: number,
    kind: number,
    hi: number,
    lo: number,
  ): number {
    if (this.n === this.cap) this.grow(this.cap * 2);
    const i = this.n++;
    this.ts[i] = ts;
    if (ts > this.lastTs) this.lastTs = ts;
    this.ipLen[i] = ipLen;
    this.iface[i] = iface;
    this.dir[i] = pktType === OUT ? OUT : pktType >= 0 && pktType <= 3 ? IN : -1;
    this.kind[i] = kind;
    this.hi[i] = hi;
    this.lo[i] = lo;
    return i;
  }

  /** A TCP packet (any tap) with its digest hash; `forced`: its digest is sent whatever its hash. */
  tcp(
    ts: number,
    ipLen: number,
    iface: number,
    pktType: number,
    linkType: number,
    hi: number,
    lo: number,
    forced: boolean,
  ): void {
    const c = this.count(iface, linkType, ts);
    const i = this.row(ts, ipLen, iface, pktType, KIND_TCP, hi, lo);
    this.forced[i] = forced ? 1 : 0;
    const d = this.dir[i] as number;
    if (d === OUT) {
      c.tcpOut++;
      c.tcpOutBytes += ipLen;
    } else if (d === IN) {
      c.tcpIn++;
      c.tcpInBytes += ipLen;
    } else c.tcpUnknownDir++;
    if (ipLen > c.largestIp) c.largestIp = ipLen;
  }

  /** An ESP packet with everything its digest needs (decided at its settle). */
  esp(
    ts: number,
    ipLen: number,
    iface: number,
    pktType: number,
    linkType: number,
    hi: number,
    lo: number,
    tap: number,
    slot: number,
    ipId: number,
    spi: number,
    seq: number,
    espLen: number,
  ): void {
    const c = this.count(iface, linkType, ts);
    const i = this.row(ts, ipLen, iface, pktType, KIND_ESP, hi, lo);
    this.tap[i] = tap;
    this.slot[i] = slot;
    this.ipId[i] = ipId;
    this.spi[i] = spi;
    this.seq[i] = seq;
    this.espLen[i] = espLen;
    this.pendingEsp++;
    const d = this.dir[i] as number;
    if (d === OUT) {
      c.espOut++;
      c.espOutBytes += ipLen;
    } else if (d === IN) {
      c.espIn++;
      c.espInBytes += ipLen;
    } else c.espUnknownDir++;
    if (ipLen > c.largestEspIp) c.largestEspIp = ipLen;
  }

  /**
   * Decides every packet captured before `cutUs` (and its partner): hands each such ESP
   * packet to `emit` and counts the transit per SA and direction over them (`take`).
   * Later packets wait for the next settle (`cutUs` = +Infinity settles everything).
   */
  settle(cutUs: number, emit: (e: SettledEsp) => void): void {
    const n = this.n;
    if (n === 0) return;
    const taps = classifyTaps([...this.counters.values()]);
    const espOut: number[] = [];
    const espIn: number[] = [];
    const tunnelOut: number[] = [];
    const tunnelIn: number[] = [];
    for (let i = 0; i < n; i++) {
      const iface = this.iface[i] as number;
      const d = this.dir[i] as number;
      if (this.kind[i] === KIND_ESP) {
        if (iface !== taps.outer) continue;
        if (d === OUT) espOut.push(i);
        else if (d === IN) espIn.push(i);
      } else if (iface === taps.tunnel) {
        if (taps.innerOnOuter) {
          if (d === IN) tunnelIn.push(i);
        } else if (d === OUT) tunnelOut.push(i);
        else if (d === IN) tunnelIn.push(i);
      }
    }
    // Readers hand over their chunks out of time order: the alignment wants time order.
    const byTime = (list: number[]) =>
      Int32Array.from(list.sort((x, y) => (this.ts[x] as number) - (this.ts[y] as number) || x - y));
    const eo = byTime(espOut);
    const ei = byTime(espIn);
    const to = byTime(tunnelOut);
    const ti = byTime(tunnelIn);
    const est = estimateOverhead(this, to, eo) ?? estimateOverhead(this, ti, ei);
    if (est !== undefined && (this.overhead === undefined || this.overhead.samples < SURE_OVERHEAD))
      this.overhead = est;
    const ov = this.overhead;
    const enc = alignTransit(this, to, eo, ov, true);
    const { dec, decIn, late } = this.alignDecrypt(ei, ti, ov);
    // partner of every row in a stream (-1 none)
    const partner = new Int32Array(n).fill(-1);
    for (let k = 0; k < eo.length; k++) {
      const j = enc.outToIn[k] as number;
      if (j >= 0) {
        partner[eo[k] as number] = j;
        partner[j] = eo[k] as number;
      }
    }
    for (let k = 0; k < decIn.length; k++) {
      const j = dec.inToOut[k] as number;
      if (j >= 0) {
        partner[decIn[k] as number] = j;
        partner[j] = decIn[k] as number;
      }
    }
    const settled = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if ((this.ts[i] as number) >= cutUs) continue;
      settled[i] = 1;
      const p = partner[i] as number;
      if (p >= 0) settled[p] = 1;
    }
    const sas = this.sas;
    const sa = (spi: number, encrypt: boolean): SaTransit => {
      const key = `${spi}/${encrypt}`;
      let s = sas.get(key);
      if (s === undefined) {
        s = { spi, encrypt, matched: 0, lost: 0, delays: [] };
        sas.set(key, s);
      }
      return s;
    };
    // At the end (cut = +Infinity) a packet without partner may only have been cut off by
    // the capture's end: not counted as dead when its partner could still have been due.
    const final = cutUs === Number.POSITIVE_INFINITY;
    // Encrypting side: a cleartext packet without ESP died inside; its SA is the one of the
    // next ESP packet sent (the last one before it at the end of the window).
    let nextSpi = eo.length > 0 ? (this.spi[eo[eo.length - 1] as number] as number) : -1;
    for (let k = to.length - 1; k >= 0; k--) {
      const i = to[k] as number;
      const e = partner[i] as number;
      if (e >= 0) nextSpi = this.spi[e] as number;
      if (settled[i] === 0) continue;
      if (e >= 0) {
        const s = sa(this.spi[e] as number, true);
        s.matched++;
        const d = (this.ts[e] as number) - (this.ts[i] as number);
        s.delays.push(d);
        if (d > this.maxEnc) this.maxEnc = d;
      } else if (nextSpi >= 0 && !(final && this.cutOff(i, this.maxEnc))) sa(nextSpi, true).lost++;
    }
    const tunnelSeen = taps.tunnel !== undefined && ti.length > 0;
    for (let k = 0; k < ei.length; k++) {
      const e = ei[k] as number;
      if (settled[e] === 0) continue;
      const spi = this.spi[e] as number;
      const seq = this.seq[e] as number;
      if (seq > (this.seqMax.get(spi) ?? -1)) this.seqMax.set(spi, seq);
      const j = partner[e] as number;
      const s = sa(this.spi[e] as number, false);
      if (j >= 0) {
        s.matched++;
        const d = (this.ts[j] as number) - (this.ts[e] as number);
        s.delays.push(d);
        if (d > this.maxDec) this.maxDec = d;
      } else if (tunnelSeen && (late[k] === 1 || !(final && this.cutOff(e, this.maxDec)))) s.lost++;
    }
    // Hand over the settled ESP packets, keep the rest.
    const o = this.out;
    let w = 0;
    for (let i = 0; i < n; i++) {
      if (settled[i] === 0) {
        if (w !== i) this.move(i, w);
        w++;
        continue;
      }
      if (this.kind[i] !== KIND_ESP) continue;
      this.pendingEsp--;
      const p = partner[i] as number;
      o.ts = this.ts[i] as number;
      o.hi = this.hi[i] as number;
      o.lo = this.lo[i] as number;
      o.tap = this.tap[i] as number;
      o.slot = this.slot[i] as number;
      o.iface = this.iface[i] as number;
      o.pktType = this.dir[i] as number;
      o.ipLen = this.ipLen[i] as number;
      o.ipId = this.ipId[i] as number;
      o.spi = this.spi[i] as number;
      o.seq = this.seq[i] as number;
      o.espLen = this.espLen[i] as number;
      o.paired = p >= 0;
      o.innerHi = p >= 0 ? (this.hi[p] as number) : 0;
      o.innerLo = p >= 0 ? (this.lo[p] as number) : 0;
      o.innerForced = p >= 0 && this.forced[p] === 1;
      o.diedInside =
        p < 0 && tunnelSeen && (this.dir[i] as number) === IN && (this.iface[i] as number) === taps.outer;
      emit(o);
    }
    this.n = w;
  }

  /** The transit counted by the settles since the last call, per SA and direction; resets. */
  take(): GatewayTransit[] {
    const out: GatewayTransit[] = [];
    for (const s of this.sas.values()) {
      const t: GatewayTransit = { spi: s.spi, encrypt: s.encrypt, matched: s.matched, lost: s.lost };
      if (s.delays.length > 0) {
        const d = Float64Array.from(s.delays).sort();
        t.delayP50Us = quantile(d, 0.5);
        t.delayP90Us = quantile(d, 0.9);
        t.delayMaxUs = d[d.length - 1] as number;
      }
      out.push(t);
    }
    this.sas.clear();
    return out;
  }

  /**
   * The decrypting side's alignment. Decrypted packets leave in the order their ESP packets
   * arrived, but an ESP packet that arrives too far behind its SA's highest sequence number
   * is dropped (replay window) and, among equal-size packets, the order alone would pair
   * its successor's cleartext with it and slip from there on. So the replay window is
   * found from the traffic: the smallest (of `REPLAY_WINDOWS`) whose exclusions leave no
   * more packets unpaired than no window does; `late` marks the ESP packets it drops.
   */
  private alignDecrypt(
    ei: Int32Array,
    ti: Int32Array,
    ov: EspOverhead | undefined,
  ): { dec: ReturnType<typeof alignTransit>; decIn: Int32Array; late: Uint8Array } {
    const depth = new Float64Array(ei.length);
    const max = new Map(this.seqMax);
    let anyLate = false;
    for (let k = 0; k < ei.length; k++) {
      const e = ei[k] as number;
      const spi = this.spi[e] as number;
      const seq = this.seq[e] as number;
      const m = max.get(spi) ?? -1;
      if (seq > m) max.set(spi, seq);
      else if (m >= 0) {
        depth[k] = m - seq;
        anyLate = true;
      }
    }
    let best = { dec: alignTransit(this, ei, ti, ov, false), decIn: ei, late: new Uint8Array(ei.length) };
    if (!anyLate || ov === undefined) return best;
    const unpaired = (a: ReturnType<typeof alignTransit>, n: number) => {
      let m = 0;
      for (const j of a.inToOut) if (j >= 0) m++;
      return n - m + (ti.length - m);
    };
    let bestCost = unpaired(best.dec, ei.length);
    for (const w of REPLAY_WINDOWS) {
      if (w === Number.POSITIVE_INFINITY) continue;
      const late = new Uint8Array(ei.length);
      const kept: number[] = [];
      for (let k = 0; k < ei.length; k++) {
        if ((depth[k] as number) >= w) late[k] = 1;
        else kept.push(ei[k] as number);
      }
      const decIn = Int32Array.from(kept);
      const dec = alignTransit(this, decIn, ti, ov, false);
      const cost = unpaired(dec, ei.length);
      // Equal: the smaller window, as packets it drops were left unpaired anyway, and
      // dropping them keeps their successors from pairing with them.
      if (cost <= bestCost) {
        bestCost = cost;
        best = { dec, decIn, late };
      }
    }
    return best;
  }

  /** True when row `i`'s partner could still have been due after the last packet seen. */
  private cutOff(i: number, maxDelay: number): boolean {
    return (this.ts[i] as number) + maxDelay * 1.25 + 1000 > this.lastTs;
  }

  private move(from: number, to: number): void {
    this.ts[to] = this.ts[from] as number;
    this.ipLen[to] = this.ipLen[from] as number;
    this.iface[to] = this.iface[from] as number;
    this.dir[to] = this.dir[from] as number;
    this.kind[to] = this.kind[from] as number;
    this.hi[to] = this.hi[from] as number;
    this.lo[to] = this.lo[from] as number;
    this.tap[to] = this.tap[from] as number;
    this.slot[to] = this.slot[from] as number;
    this.ipId[to] = this.ipId[from] as number;
    this.spi[to] = this.spi[from] as number;
    this.seq[to] = this.seq[from] as number;
    this.espLen[to] = this.espLen[from] as number;
    this.forced[to] = this.forced[from] as number;
  }
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: Float64Array, q: number): number {
  const k = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[k] as number;
}

type Column = Float64Array | Int32Array | Uint32Array | Uint8Array | Int8Array;

/** A new column of `a`'s type with room for `cap` entries, holding `a`'s first `n`. */
function grown<T extends Column>(a: T, cap: number, n: number): T {
  const b = new (a.constructor as new (length: number) => T)(cap);
  b.set(a.subarray(0, n) as ArrayLike<number>);
  return b;
}
