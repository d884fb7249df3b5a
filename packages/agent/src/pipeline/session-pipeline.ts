// HOT PATH, written for speed on purpose: `onPacket` runs for every captured packet and
// allocates nothing (numeric tables, typed-array digest buffers, one reused PacketView
// per reader); objects are built once per interval, for the batch, once per new capture
// interface, and for each (rare) ICMP too-big.
/**
 * One capture session's pipeline, pure (no I/O): pcap bytes from the taps →
 * `CaptureReader` → `TcpAnalyzer` / `EspAnalyzer` per tap → per-interval `SummaryBatch`
 * objects (flow directions, ESP SAs, sampled digests, capture health, the interface
 * table), handed to `onBatch` as each interval closes. Every digest says the interface
 * it was seen on and its direction there (SLL/SLL2 packet type); ICMP too-big messages
 * are always digested, and so is every SYN. Every cleartext packet is paired with its ESP
 * packet at full rate (`TransitWindow`): the batch carries the transit per SA and
 * direction, and an ESP digest is selected when its transit settles — when the cleartext
 * packet it carried is selected, when its own hash is, or when it died inside this
 * (decrypting) gateway — naming that cleartext packet (`inner_hash`).
 *
 * Intervals are aligned to multiples of the interval length since the epoch (as both
 * agents do, so their batches line up). An interval closes when a packet at or past its
 * end arrives, or when the caller says time has passed (`advance`, for live capture);
 * a packet older than the open interval is counted in it. When the interval's sampled
 * digests reach `maxDigests`, the batch closes early at that packet (a sub-interval batch,
 * with its own batchSeq and so its own Nats-Msg-Id) and the interval goes on in the next
 * batch: no digest is dropped for want of room (only a full-rate dump larger than the cap
 * can still be cut, counted in `digestDrops`).
 *
 * Never payload: the analyzers read headers; digests hold header fields only.
 */
import {
  CaptureReader,
  DecodeStatus,
  EspAnalyzer,
  type EspSaResult,
  emptyCaptureHealth,
  L4,
  type PacketView,
  type CaptureHealth as ReaderHealth,
  TcpAnalysisFlag,
  TcpAnalyzer,
} from "@tunnelscope/analysis";
import {
  type CaptureInterfaceRole,
  DigestKind,
  int64FromBigInt,
  type SummaryBatchInit,
  Tap,
} from "@tunnelscope/protocol";
import type { CaptureStats, TapBinding } from "../capture/source.js";
import { DigestBuffer, icmpTooBigOf } from "./digest-buffer.js";
import { digestHash, isTooBig, lastHash } from "./digest-hash.js";
import { FlowTable } from "./flow-intervals.js";
import { HeaderRing } from "./header-slice.js";
import { SaTable } from "./sa-intervals.js";
import { type SettledEsp, TransitWindow } from "./transit-window.js";

export interface PipelineOptions {
  readonly sessionId: string;
  readonly agentId: string;
  /** Interval length in µs. */
  readonly intervalUs: number;
  /** Sampling threshold on the upper 32 hash bits, 0..2^32 (see digest-hash.ts). */
  readonly samplingThreshold: number;
  /** Full-rate ring buffer size (packets); 0 = no collapse dumps. */
  readonly ringSize: number;
  /** Most digests in one batch; the batch closes early when its sampled digests reach it. */
  readonly maxDigests: number;
  /** ESP sequence numbers skipped within one interval that count as a collapse. */
  readonly espGapBurst: number;
  /** Shortest time between two full-rate dumps (µs). */
  readonly collapseCooldownUs: number;
  /**
   * Largest headers-only pcap sent with a collapse dump (SummaryBatch.collapse_pcap), in
   * bytes; 0 = none (default). Needs `ringSize` > 0: the slice holds the ring's packets.
   */
  readonly sliceMaxBytes?: number;
  /** Flow directions tracked at once (default 65536). */
  readonly maxFlows?: number;
  /** Receives every batch as its interval closes (batchSeq from 1). */
  readonly onBatch: (batch: SummaryBatchInit) => void;
}

interface TapState {
  readonly tcp: TcpAnalyzer;
  readonly esp: EspAnalyzer;
}

interface ReaderState {
  /** Position in `readers`. */
  readonly id: number;
  readonly reader: CaptureReader;
  readonly binding: TapBinding;
  readonly stats: () => CaptureStats;
  /** Decoder interface number → tap, `| TUNNEL_BIT` for a tunnel device's interface. */
  readonly tapOf: Map<number, number>;
  /** Decoder interface number → digest interface number (`PacketDigest.interface`). */
  readonly ifaceOf: Map<number, number>;
  prev: ReaderHealth;
  prevStats: CaptureStats;
  ended: boolean;
}

const ZERO_HEALTH: ReaderHealth = emptyCaptureHealth();

const noop = (): void => {};

/**
 * First agent-assigned interface number: a single-interface capture whose link type
 * carries no interface number (e.g. tcpdump on eth0: Ethernet, every packet iface 0)
 * gets this + its reader id, so two such captures never share a number.
 */
export const SINGLE_IFACE_BASE = 0xffff_0000;
const SLL2 = 276;
/** The interface table goes out again after this many batches without it. */
const TABLE_REFRESH = 16;
/** Link types without a link-layer header (raw IP): what a tunnel device gives. */
const RAW_LINKS = new Set([12, 14, 101, 228, 229]);
/** Names route-based tunnel devices go by (strongSwan ipsec0, vti, xfrmi, tun, ppp, gre). */
const TUNNEL_NAME = /^(ipsec|vti|xfrm|tun|ppp|gre)/i;
const SYN = 0x02;
/** Marks a tap as the tunnel device's (`taps.tunnel`) in `ReaderState.tapOf`. */
const TUNNEL_BIT = 0x10;
/** A 53-bit key of a digest hash (exact enough to tell digests of one ring apart). */
function espKey(hi: number, lo: number): number {
  return hi * 2097152 + (lo >>> 11);
}

export class SessionPipeline {
  private readonly readers: ReaderState[] = [];
  /** Outer, inner, and the tunnel device when it is a tap beside a LAN-side inner tap. */
  private readonly taps: [TapState, TapState, TapState];
  private readonly flows: FlowTable;
  private readonly sas = new SaTable();
  private readonly sampled: DigestBuffer;
  private readonly ring: DigestBuffer;
  /** Headers of the ring's packets, for the collapse pcap; undefined = no slices. */
  private readonly headers: HeaderRing | undefined;
  private collapseTs = 0;
  /** Cleartext ↔ ESP pairing at full rate; ESP digests are selected when it settles them. */
  private readonly transit: TransitWindow;
  /** ESP digests selected (sent, or in the open batch), by `espKey`, with their time. */
  private readonly selectedEsp = new Map<number, number>();
  private readonly emitEsp = (e: SettledEsp): void => this.onSettledEsp(e);
  private readonly flowIndex: number[] = [];
  private readonly saIndex: number[] = [];
  /** Every capture interface seen in the session, by digest interface number. */
  private readonly interfaces = new Map<number, CaptureInterfaceRole>();
  /** Start of the open batch (µs): the interval's start, or where an early close cut it. */
  private curStart = -1;
  /** End of the open interval (µs), aligned. */
  private curEnd = -1;
  /** Batches closed early because their digest list was full. */
  earlyCloses = 0;
  private seq = 0;
  /** The interface table as last put in a batch (its key) and the batchSeq it went in. */
  private sentTable = "";
  private sentTableSeq = 0;
  private fullRate = false;
  private lastCollapseUs = Number.NEGATIVE_INFINITY;
  private finished = false;
  /**
   * A LAN-side inner tap is captured too: the tunnel device's TCP copies then get their own
   * analyzer and flow entries (reported with tap TAP_INNER, as a `-i any` capture's
   * per-interface entries are), so no segment is counted twice in one analysis and every
   * digest references its flow.
   */
  private hasLanInner = false;
  /** Packets analysed (TCP or ESP, on a tap) over the session. */
  packets = 0;
  /** Full-rate dumps triggered. */
  collapses = 0;

  constructor(private readonly o: PipelineOptions) {
    if (!(o.intervalUs > 0)) throw new RangeError("SessionPipeline: intervalUs must be positive");
    const tap = (): TapState => ({
      tcp: new TcpAnalyzer({ intervalUs: o.intervalUs, onInterval: noop, maxFlows: o.maxFlows ?? 65536 }),
      esp: new EspAnalyzer(),
    });
    this.taps = [tap(), tap(), tap()];
    this.flows = new FlowTable(o.maxFlows ?? 65536);
    // Room beyond the cap: ESP digests are selected when their transit settles, at most
    // as many as wait (`makeRoom` keeps digests + waiting ESP packets under the cap).
    this.sampled = new DigestBuffer(o.maxDigests * 2, false);
    this.transit = new TransitWindow((id) => this.interfaces.get(id)?.name ?? undefined);
    this.ring = new DigestBuffer(o.ringSize, true);
    if ((o.sliceMaxBytes ?? 0) > 0 && o.ringSize > 0) this.headers = new HeaderRing(o.ringSize);
  }

  /** Batches built so far (the last batchSeq). */
  get batches(): number {
    return this.seq;
  }

  /** Start of the open interval (µs), or -1 before the first packet / `start`. */
  get intervalStartUs(): number {
    return this.curStart;
  }

  /** Opens the first interval at `atUs` (live sessions; a replay starts at its first packet). */
  start(atUs: number): void {
    if (this.curStart < 0) this.begin(this.floor(atUs));
  }

  private begin(startUs: number): void {
    this.curStart = startUs;
    this.curEnd = startUs + this.o.intervalUs;
  }

  /** Adds a capture stream; returns its id for `push`/`end`. */
  addReader(binding: TapBinding, stats: () => CaptureStats): number {
    const id = this.readers.length;
    const state: ReaderState = {
      id,
      reader: new CaptureReader((pv) => this.onPacket(state, pv)),
      binding,
      stats,
      tapOf: new Map(),
      ifaceOf: new Map(),
      prev: { ...ZERO_HEALTH },
      prevStats: { kernelDrops: 0, interfaceDrops: 0 },
      ended: false,
    };
    this.readers.push(state);
    if (binding.kind === "fixed" ? binding.tap === "inner" : binding.inner !== undefined)
      this.hasLanInner = true;
    return id;
  }

  /** Feeds capture bytes of reader `id`. Throws `CaptureFormatError` for an unreadable file header. */
  push(id: number, chunk: Uint8Array): void {
    this.readers[id]?.reader.push(chunk);
  }

  /** The stream of reader `id` ended. */
  end(id: number): void {
    const r = this.readers[id];
    if (r === undefined || r.ended) return;
    r.ended = true;
    try {
      r.reader.end();
    } catch {
      // an empty stream (a capture stopped before its header): nothing to count
    }
  }

  /** Closes every interval that ended at or before `nowUs` (live capture's wall clock). */
  advance(nowUs: number): void {
    if (this.curStart < 0 || this.finished) return;
    while (nowUs >= this.curEnd) this.closeInterval(this.curEnd, false);
  }

  /** Closes the open interval as the session's final batch (end = `endUs` or the interval end). */
  finish(endUs?: number): void {
    if (this.finished) return;
    this.finished = true;
    if (this.curStart < 0) this.begin(this.floor(endUs ?? 0));
    const end = Math.max(endUs ?? this.curEnd, this.curStart);
    this.closeInterval(end, true);
  }

  private floor(us: number): number {
    return Math.floor(us / this.o.intervalUs) * this.o.intervalUs;
  }

  /** The packet's tap (0 = none), `| TUNNEL_BIT` when it was captured on the tunnel device. */
  private tapFor(r: ReaderState, pv: PacketView): number {
    const b = r.binding;
    if (b.kind === "fixed") {
      return b.tap === "outer"
        ? Tap.TAP_OUTER
        : b.tap === "inner"
          ? Tap.TAP_INNER
          : Tap.TAP_INNER | TUNNEL_BIT;
    }
    if (b.outer === undefined && b.inner === undefined && b.tunnel === undefined) {
      return pv.l4 === L4.Esp ? Tap.TAP_OUTER : Tap.TAP_INNER;
    }
    let t = r.tapOf.get(pv.iface);
    if (t === undefined) {
      const name = r.reader.interfaces.find((i) => i.id === pv.iface)?.name;
      const hit = (sel: string | undefined) =>
        sel !== undefined && (sel === name || sel === String(pv.iface));
      t = hit(b.outer)
        ? Tap.TAP_OUTER
        : hit(b.inner)
          ? Tap.TAP_INNER
          : hit(b.tunnel)
            ? Tap.TAP_INNER | TUNNEL_BIT
            : 0;
      r.tapOf.set(pv.iface, t);
    }
    return t;
  }

  /**
   * The digest interface number of `pv` (its decoder number, or an agent-assigned one for
   * a single-interface capture without numbers); records the interface and its role in
   * the session's interface table the first time it is seen.
   */
  private interfaceOf(r: ReaderState, pv: PacketView, tapBits: number): number {
    const tap = tapBits & ~TUNNEL_BIT;
    const known = r.ifaceOf.get(pv.iface);
    if (known !== undefined) return known;
    const b = r.binding;
    const numbered = pv.linkType === SLL2 || r.reader.interfaces.length > 1;
    const id = b.kind === "fixed" && !numbered ? SINGLE_IFACE_BASE + r.id : pv.iface;
    r.ifaceOf.set(pv.iface, id);
    if (!this.interfaces.has(id)) {
      const name =
        r.reader.interfaces.find((i) => i.id === pv.iface)?.name ||
        (b.kind === "fixed" ? (b.name ?? "") : "");
      const tunnelLike = TUNNEL_NAME.test(name) || RAW_LINKS.has(pv.linkType);
      const bound =
        b.kind === "fixed" || b.outer !== undefined || b.inner !== undefined || b.tunnel !== undefined;
      let role: number = Tap.TAP_UNSPECIFIED;
      if ((tapBits & TUNNEL_BIT) !== 0) role = Tap.TAP_TUNNEL;
      else if (bound && tap === Tap.TAP_OUTER) role = Tap.TAP_OUTER;
      else if (tunnelLike) role = Tap.TAP_TUNNEL;
      else if (bound && tap === Tap.TAP_INNER && pv.linkType === 1) role = Tap.TAP_INNER;
      this.interfaces.set(id, { id, name, role });
    }
    return id;
  }

  /** An ICMP too-big: always digested (rare, and decisive for an MTU black hole). */
  private onTooBig(r: ReaderState, pv: PacketView): void {
    const b = r.binding;
    const quotesEsp =
      pv.icmpQuotedProto === 50 || (pv.icmpQuotedProto === 17 && pv.icmpQuotedDstPort === 4500);
    const tapBits =
      b.kind === "select" && b.outer === undefined && b.inner === undefined && b.tunnel === undefined
        ? quotesEsp
          ? Tap.TAP_OUTER
          : Tap.TAP_INNER
        : this.tapFor(r, pv);
    if (tapBits === 0) return;
    const tap = tapBits & ~TUNNEL_BIT;
    this.openInterval(pv.ts);
    const iface = this.interfaceOf(r, pv, tapBits);
    digestHash(pv);
    const kind = DigestKind.DIGEST_KIND_ICMP_TOO_BIG;
    const icmp = icmpTooBigOf(pv);
    this.sampled.push(pv, lastHash.hi, lastHash.lo, kind, tap, -1, iface, icmp);
    if (this.o.ringSize > 0) this.ring.push(pv, lastHash.hi, lastHash.lo, kind, tap, -1, iface, icmp);
    this.headers?.push(pv, iface);
  }

  private openInterval(ts: number): void {
    if (this.curStart < 0) this.begin(this.floor(ts));
    else if (ts >= this.curEnd) this.advanceTo(ts);
    else this.makeRoom(ts);
  }

  /**
   * Keeps the batch's digests, and the ESP packets whose digests may still be selected,
   * under the cap: settles the transit of all but the last packets, then closes the batch
   * early when that is not enough.
   */
  private makeRoom(ts: number): void {
    const cap = this.listCap;
    if (cap <= 0 || this.sampled.size + this.transit.pendingEsp < cap) return;
    this.transit.settle(ts - this.transit.guardUs, this.emitEsp);
    if (this.sampled.size + this.transit.pendingEsp < cap) return;
    if (this.transit.pendingEsp >= cap >>> 1) this.transit.settle(ts, this.emitEsp);
    if (this.sampled.size + this.transit.pendingEsp >= cap) this.closeEarly(ts);
  }

  /**
   * An ESP packet whose transit is settled: its digest is selected when the cleartext
   * packet it carried (or yielded) is selected, when its own hash is, or when it died
   * inside this (decrypting) gateway — the same rule on every agent, so every tap samples
   * the same packets.
   */
  private onSettledEsp(e: SettledEsp): void {
    const t = this.o.samplingThreshold;
    if (!(e.hi < t || (e.paired && (e.innerHi < t || e.innerForced)) || e.diedInside)) return;
    const key = espKey(e.hi, e.lo);
    if (this.o.ringSize > 0) this.selectedEsp.set(key, e.ts);
    this.sampled.pushEsp(
      e.ts,
      e.hi,
      e.lo,
      e.tap,
      e.slot,
      e.iface,
      e.pktType,
      e.ipLen,
      e.ipId,
      e.spi,
      e.seq,
      e.espLen,
      e.paired ? e.innerHi : 0,
      e.paired ? e.innerLo : 0,
    );
  }

  /**
   * Room for sampled digests in one batch: the cap, less the ring a full-rate batch adds
   * (at least half the cap stays for the sampled ones).
   */
  private get listCap(): number {
    const cap = this.o.maxDigests;
    return this.fullRate ? Math.max(cap >>> 1, cap - this.o.ringSize) : cap;
  }

  /**
   * The batch's digest list is full: closes it at `ts` (not before the batch's start), the
   * interval going on in the next batch. Flow and SA summaries cover the shorter span.
   */
  private closeEarly(ts: number): void {
    this.earlyCloses++;
    const end = this.curEnd;
    this.closeInterval(Math.min(Math.max(ts, this.curStart), end), false, false);
    this.curEnd = end;
  }

  private onPacket(r: ReaderState, pv: PacketView): void {
    if (pv.status !== DecodeStatus.Ok || this.finished) return;
    const l4 = pv.l4;
    if (l4 !== L4.Tcp && l4 !== L4.Esp) {
      if (isTooBig(pv)) this.onTooBig(r, pv);
      return;
    }
    const tapBits = this.tapFor(r, pv);
    if (tapBits === 0) return;
    const tap = tapBits & ~TUNNEL_BIT;
    const ts = pv.ts;
    this.openInterval(ts);
    const t = this.taps[tap - 1] as TapState;
    this.packets++;
    let slot = -1;
    let kind: number;
    let collapse = false;
    if (l4 === L4.Tcp) {
      if (pv.ipFragment) return;
      const beside = (tapBits & TUNNEL_BIT) !== 0 && this.hasLanInner;
      const a = beside ? (this.taps[2] as TapState) : t;
      const mask = a.tcp.add(pv);
      // the tunnel device's flow entries are keyed apart (TAP_TUNNEL) and reported as inner
      const key = beside ? Tap.TAP_TUNNEL : tap;
      slot = this.flows.add(key, pv, mask, a.tcp.lastWindow, a.tcp.lastBytesInFlight, a.tcp.lastRttUs);
      collapse = (mask & TcpAnalysisFlag.ZeroWindow) !== 0;
      kind = DigestKind.DIGEST_KIND_TCP;
    } else {
      t.esp.add(pv);
      slot = this.sas.add(tap, pv);
      collapse = this.sas.jumps >= this.o.espGapBurst;
      kind = DigestKind.DIGEST_KIND_ESP;
    }
    if (collapse && !this.fullRate && ts - this.lastCollapseUs >= this.o.collapseCooldownUs) {
      this.fullRate = true;
      this.lastCollapseUs = ts;
      this.collapseTs = ts;
      this.collapses++;
    }
    const iface = this.interfaceOf(r, pv, tapBits);
    digestHash(pv);
    const hi = lastHash.hi;
    const lo = lastHash.lo;
    if (l4 === L4.Tcp) {
      // A SYN is always digested (two per connection, and its options scale every window).
      const syn = (pv.tcpFlags & SYN) !== 0;
      this.transit.tcp(ts, pv.ipTotalLen, iface, pv.pktType, pv.linkType, hi, lo, syn);
      if (hi < this.o.samplingThreshold || syn) this.sampled.push(pv, hi, lo, kind, tap, slot, iface);
    } else {
      this.transit.esp(
        ts,
        pv.ipTotalLen,
        iface,
        pv.pktType,
        pv.linkType,
        hi,
        lo,
        tap,
        slot,
        pv.ipId,
        pv.espSpi,
        pv.espSeq,
        pv.espLen,
      );
    }
    if (this.o.ringSize > 0) this.ring.push(pv, hi, lo, kind, tap, slot, iface);
    this.headers?.push(pv, iface);
  }

  /** Closes intervals up to the one holding `ts`; a long silence becomes one empty batch. */
  private advanceTo(ts: number): void {
    this.closeInterval(this.curEnd, false);
    const target = this.floor(ts);
    if (target > this.curStart) {
      // Nothing was captured in [curStart, target): one batch says so.
      this.closeInterval(target, false);
    }
  }

  /** `age` false: an early close inside the interval (flows do not age by it). */
  private closeInterval(endUs: number, final: boolean, age = true): void {
    const start = this.curStart;
    const flows = this.flows.close(start, endUs, this.flowIndex, age);
    for (const f of flows) if (f.tap === Tap.TAP_TUNNEL) f.tap = Tap.TAP_INNER;
    const espResults = new Map<number, readonly EspSaResult[]>([
      [Tap.TAP_OUTER, (this.taps[0] as TapState).esp.results()],
      [Tap.TAP_INNER, (this.taps[1] as TapState).esp.results()],
    ]);
    const sas = this.sas.close(espResults, this.saIndex);
    const ref = (kind: number, slot: number): number =>
      slot < 0 ? 0 : ((kind === DigestKind.DIGEST_KIND_TCP ? this.flowIndex[slot] : this.saIndex[slot]) ?? 0);
    const cut = final ? Number.POSITIVE_INFINITY : endUs - this.transit.guardUs;
    this.transit.settle(cut, this.emitEsp);
    const transit = this.transit.take();
    let digestDrops = this.sampled.overflow;
    // The ring also holds packets of earlier intervals: those that were sampled (and ICMP
    // too-big, always sent) went out in their own interval's batch already. ESP digests
    // are selected when their transit settles: those selected are sent (or in this batch's
    // list); those still waiting are left to their settle, which sends them (with the
    // cleartext packet they carried) if selected.
    const threshold = this.o.samplingThreshold;
    const sent = (ts: number, hi: number, kind: number, lo: number, flags: number): boolean => {
      if (kind === DigestKind.DIGEST_KIND_ESP) {
        return this.selectedEsp.has(espKey(hi, lo)) || ts >= cut;
      }
      return (
        ts < start &&
        (hi < threshold ||
          kind === DigestKind.DIGEST_KIND_ICMP_TOO_BIG ||
          (kind === DigestKind.DIGEST_KIND_TCP && (flags & SYN) !== 0))
      );
    };
    let digests = this.fullRate
      ? DigestBuffer.drainFullRate(this.sampled, this.ring, ref, sent)
      : this.sampled.drain(ref);
    if (digests.length > this.o.maxDigests) {
      digestDrops += digests.length - this.o.maxDigests;
      digests = digests.slice(digests.length - this.o.maxDigests);
    }
    const health = {
      packets: 0,
      kernelDrops: 0,
      interfaceDrops: 0,
      truncated: 0,
      malformed: 0,
      unknown: 0,
      evictedFlows: this.flows.untracked,
      digestDrops,
    };
    this.flows.untracked = 0;
    for (const r of this.readers) {
      const h = r.reader.health;
      health.packets += h.packets - r.prev.packets;
      health.truncated += h.truncated - r.prev.truncated;
      health.malformed += h.malformed - r.prev.malformed + (h.badRecords - r.prev.badRecords);
      health.unknown += h.unknownLink + h.unknownProtocol - r.prev.unknownLink - r.prev.unknownProtocol;
      r.prev = { ...h };
      const s = r.stats();
      health.kernelDrops += Math.max(0, s.kernelDrops - r.prevStats.kernelDrops);
      health.interfaceDrops += Math.max(0, s.interfaceDrops - r.prevStats.interfaceDrops);
      r.prevStats = s;
    }
    const batch: SummaryBatchInit = {
      sessionId: this.o.sessionId,
      agentId: this.o.agentId,
      batchSeq: ++this.seq,
      intervalStartNs: int64FromBigInt(BigInt(Math.max(0, start)) * 1000n),
      intervalEndNs: int64FromBigInt(BigInt(Math.max(0, endUs)) * 1000n),
      final,
      flows,
      sas,
      digests,
      health,
      digestsFullRate: this.fullRate,
      transit,
      interfaces: this.tableToSend(final),
    };
    if (this.fullRate && this.headers !== undefined) {
      batch.collapsePcap = this.headers.toPcapng(
        this.collapseTs,
        this.o.sliceMaxBytes ?? 0,
        (id) => this.interfaces.get(id)?.name ?? "",
      );
      batch.collapseAtNs = int64FromBigInt(BigInt(Math.round(this.collapseTs)) * 1000n);
      this.headers.clear();
    }
    this.fullRate = false;
    if (this.selectedEsp.size > 0) {
      // Only digests the ring may still hold matter for the next dump.
      const oldest = this.ring.oldestTs() - this.o.intervalUs;
      for (const [k, ts] of this.selectedEsp) if (ts < oldest) this.selectedEsp.delete(k);
    }
    this.begin(endUs);
    this.o.onBatch(batch);
  }

  /**
   * The interface table for the batch being built (seq already counted): sent in the first
   * batch, whenever it changed since it was last sent, every TABLE_REFRESH batches (a
   * batch the spool dropped cannot leave the coordinator without it for long) and in the
   * final batch; empty otherwise (SummaryBatch.interfaces).
   */
  private tableToSend(final: boolean): CaptureInterfaceRole[] {
    const table = [...this.interfaces.values()].map((i) => ({ ...i }));
    const key = JSON.stringify(table);
    if (!final && key === this.sentTable && this.seq - this.sentTableSeq < TABLE_REFRESH) return [];
    this.sentTable = key;
    this.sentTableSeq = this.seq;
    return table;
  }
}
