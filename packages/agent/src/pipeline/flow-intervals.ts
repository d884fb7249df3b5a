// HOT PATH, written for speed on purpose: flow directions are found by a numeric hash
// key (chained on collision), per-direction state lives in fields allocated once per
// flow, and `add` allocates nothing per packet.
/**
 * Per-interval summaries of TCP flow directions at the taps, built from the per-packet
 * results of `TcpAnalyzer` (Wireshark's tcp.analysis flags, scaled window, bytes in
 * flight, RTT sample): the analyzer does the TCP analysis, this table only adds it up
 * per interval (FlowDirectionSummary in summary.proto).
 */
import { type PacketView, TcpAnalysisFlag } from "@tunnelscope/analysis";
import type { FlowDirectionSummary } from "@tunnelscope/protocol";

const SYN = 0x02;
const RST = 0x04;
/** Flag bits in TcpAnalysisFlag order, and the summary field each one counts into. */
const FLAG_FIELDS = [
  [TcpAnalysisFlag.Retransmission, "retransmission"],
  [TcpAnalysisFlag.FastRetransmission, "fastRetransmission"],
  [TcpAnalysisFlag.SpuriousRetransmission, "spuriousRetransmission"],
  [TcpAnalysisFlag.DuplicateAck, "duplicateAck"],
  [TcpAnalysisFlag.LostSegment, "lostSegment"],
  [TcpAnalysisFlag.AckLostSegment, "ackLostSegment"],
  [TcpAnalysisFlag.OutOfOrder, "outOfOrder"],
  [TcpAnalysisFlag.ZeroWindow, "zeroWindow"],
  [TcpAnalysisFlag.ZeroWindowProbe, "zeroWindowProbe"],
  [TcpAnalysisFlag.ZeroWindowProbeAck, "zeroWindowProbeAck"],
  [TcpAnalysisFlag.WindowFull, "windowFull"],
  [TcpAnalysisFlag.WindowUpdate, "windowUpdate"],
  [TcpAnalysisFlag.KeepAlive, "keepAlive"],
  [TcpAnalysisFlag.KeepAliveAck, "keepAliveAck"],
] as const;

/** One flow direction at one tap. */
export class FlowDir {
  next: FlowDir | undefined;
  reverse: FlowDir | undefined;
  idleIntervals = 0;
  // interval counters
  packets = 0;
  bytes = 0;
  payload = 0;
  retransPayload = 0;
  readonly flags = new Uint32Array(FLAG_FIELDS.length);
  winMin = -1;
  winMax = -1;
  winLast = -1;
  zeroSinceUs = -1;
  zeroUs = 0;
  bifMax = 0;
  rttN = 0;
  rttMin = 0;
  rttMax = 0;
  rttSum = 0;
  maxIpLen = 0;
  // across intervals
  windowScale = -1;
  mss = 0;

  constructor(
    readonly key: number,
    readonly slot: number,
    readonly tap: number,
    readonly iface: number,
    readonly version: number,
    readonly src: Uint8Array,
    readonly dst: Uint8Array,
    readonly srcPort: number,
    readonly dstPort: number,
  ) {}

  reset(): void {
    this.packets = 0;
    this.bytes = 0;
    this.payload = 0;
    this.retransPayload = 0;
    this.flags.fill(0);
    this.winMin = -1;
    this.winMax = -1;
    this.bifMax = 0;
    this.rttN = 0;
    this.rttMin = 0;
    this.rttMax = 0;
    this.rttSum = 0;
    this.maxIpLen = 0;
    this.zeroUs = 0;
  }
}

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x9e3779b1);
  return (h ^ (h >>> 15)) | 0;
}

function addrBytes(pv: PacketView, which: "src" | "dst"): Uint8Array {
  if (pv.ipVersion === 4) {
    const v = which === "src" ? pv.src4 : pv.dst4;
    return new Uint8Array([v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255]);
  }
  const w = which === "src" ? pv.src6 : pv.dst6;
  const out = new Uint8Array(16);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) view.setUint32(i * 4, w[i] as number);
  return out;
}

function sameAddr(a: Uint8Array, pv: PacketView, which: "src" | "dst"): boolean {
  if (pv.ipVersion === 4) {
    if (a.length !== 4) return false;
    const v = which === "src" ? pv.src4 : pv.dst4;
    return (
      (((a[0] as number) << 24) | ((a[1] as number) << 16) | ((a[2] as number) << 8) | (a[3] as number)) >>>
        0 ===
      v
    );
  }
  if (a.length !== 16) return false;
  const w = which === "src" ? pv.src6 : pv.dst6;
  for (let i = 0; i < 4; i++) {
    const o = i * 4;
    const x =
      (((a[o] as number) << 24) |
        ((a[o + 1] as number) << 16) |
        ((a[o + 2] as number) << 8) |
        (a[o + 3] as number)) >>>
      0;
    if (x !== w[i]) return false;
  }
  return true;
}

function addrKey(pv: PacketView, which: "src" | "dst", h: number): number {
  if (pv.ipVersion === 4) return mix(h, which === "src" ? pv.src4 : pv.dst4);
  const w = which === "src" ? pv.src6 : pv.dst6;
  for (let i = 0; i < 4; i++) h = mix(h, w[i] as number);
  return h;
}

/** The flow directions of one session, all taps. */
export class FlowTable {
  private readonly map = new Map<number, FlowDir>();
  private readonly bySlot: (FlowDir | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private size = 0;
  /** Packets of flow directions the full table could not track, since the last interval. */
  untracked = 0;

  constructor(
    private readonly maxFlows: number,
    /** Intervals without a packet after which a direction is forgotten. */
    private readonly idleLimit = 60,
  ) {}

  private keyOf(tap: number, pv: PacketView, reverse: boolean): number {
    let h = mix(tap, (pv.iface << 4) | pv.ipVersion);
    h = addrKey(pv, reverse ? "dst" : "src", h);
    h = addrKey(pv, reverse ? "src" : "dst", h);
    return mix(h, reverse ? (pv.dstPort << 16) | pv.srcPort : (pv.srcPort << 16) | pv.dstPort);
  }

  private find(tap: number, pv: PacketView, reverse: boolean): FlowDir | undefined {
    const key = this.keyOf(tap, pv, reverse);
    const sp = reverse ? pv.dstPort : pv.srcPort;
    const dp = reverse ? pv.srcPort : pv.dstPort;
    for (let f = this.map.get(key); f !== undefined; f = f.next) {
      if (
        f.tap === tap &&
        f.iface === pv.iface &&
        f.srcPort === sp &&
        f.dstPort === dp &&
        f.version === pv.ipVersion &&
        sameAddr(f.src, pv, reverse ? "dst" : "src") &&
        sameAddr(f.dst, pv, reverse ? "src" : "dst")
      ) {
        return f;
      }
    }
    return undefined;
  }

  /** The packet's flow direction, created when new; undefined when the table is full. */
  lookup(tap: number, pv: PacketView): FlowDir | undefined {
    const found = this.find(tap, pv, false);
    if (found !== undefined) return found;
    if (this.size >= this.maxFlows) return undefined;
    const key = this.keyOf(tap, pv, false);
    const slot = this.freeSlots.pop() ?? this.bySlot.length;
    const f = new FlowDir(
      key,
      slot,
      tap,
      pv.iface,
      pv.ipVersion,
      addrBytes(pv, "src"),
      addrBytes(pv, "dst"),
      pv.srcPort,
      pv.dstPort,
    );
    f.next = this.map.get(key);
    this.map.set(key, f);
    this.bySlot[slot] = f;
    this.size++;
    return f;
  }

  /**
   * Adds one TCP packet and the analyzer's results for it (`mask` from `add()`, then its
   * `lastWindow`, `lastBytesInFlight`, `lastRttUs`). Returns the direction's slot, or -1.
   */
  add(
    tap: number,
    pv: PacketView,
    mask: number,
    window: number,
    bytesInFlight: number,
    rttUs: number,
  ): number {
    const f = this.lookup(tap, pv);
    if (f === undefined) {
      this.untracked++;
      return -1;
    }
    f.packets++;
    f.bytes += pv.ipTotalLen;
    f.payload += pv.payloadLen;
    if ((mask & TcpAnalysisFlag.Retransmission) !== 0) f.retransPayload += pv.payloadLen;
    if (mask !== 0) {
      for (let i = 0; i < FLAG_FIELDS.length; i++) {
        if ((mask & (FLAG_FIELDS[i] as (typeof FLAG_FIELDS)[number])[0]) !== 0)
          f.flags[i] = (f.flags[i] as number) + 1;
      }
    }
    if (pv.ipTotalLen > f.maxIpLen) f.maxIpLen = pv.ipTotalLen;
    const tcpFlags = pv.tcpFlags;
    if ((tcpFlags & SYN) !== 0) {
      if (pv.tcpWindowScale >= 0) f.windowScale = Math.min(pv.tcpWindowScale, 14);
      if (pv.tcpMss > 0) f.mss = pv.tcpMss;
    } else if ((tcpFlags & RST) === 0 && window >= 0) {
      if (f.winMin < 0 || window < f.winMin) f.winMin = window;
      if (window > f.winMax) f.winMax = window;
      f.winLast = window;
      if (window === 0) {
        if (f.zeroSinceUs < 0) f.zeroSinceUs = pv.ts;
      } else if (f.zeroSinceUs >= 0) {
        f.zeroUs += Math.max(0, pv.ts - f.zeroSinceUs);
        f.zeroSinceUs = -1;
      }
    }
    if (bytesInFlight > f.bifMax) f.bifMax = bytesInFlight;
    if (rttUs >= 0) {
      // The sample measures the other direction's data (this packet is its ACK).
      let r = f.reverse;
      if (r === undefined) {
        r = this.find(tap, pv, true);
        if (r !== undefined) {
          f.reverse = r;
          r.reverse = f;
        }
      }
      if (r !== undefined) {
        if (r.rttN === 0 || rttUs < r.rttMin) r.rttMin = rttUs;
        if (rttUs > r.rttMax) r.rttMax = rttUs;
        r.rttSum += rttUs;
        r.rttN++;
      }
    }
    return f.slot;
  }

  /**
   * Summaries of the directions active in [startUs, endUs), in slot order, then resets
   * the interval counters. `index` receives, per slot, the 1-based position in the result.
   * `age` false (a batch closed early, inside an interval) does not count toward a flow's
   * idle intervals: idleness is measured in whole intervals of time, not in batches.
   */
  close(startUs: number, endUs: number, index: Int32Array | number[], age = true): FlowDirectionSummary[] {
    const out: FlowDirectionSummary[] = [];
    const seconds = Math.max(endUs - startUs, 1) / 1e6;
    for (let slot = 0; slot < this.bySlot.length; slot++) {
      const f = this.bySlot[slot];
      index[slot] = 0;
      if (f === undefined) continue;
      if (f.zeroSinceUs >= 0) {
        // Still zero at the end: count up to the interval end and carry on from there.
        f.zeroUs += Math.max(0, endUs - Math.max(f.zeroSinceUs, startUs));
        f.zeroSinceUs = endUs;
      }
      if (f.packets === 0 && f.rttN === 0) {
        if (age && ++f.idleIntervals >= this.idleLimit && f.zeroSinceUs < 0) this.remove(f);
        continue;
      }
      f.idleIntervals = 0;
      const analysis: Record<string, number> = {};
      for (let i = 0; i < FLAG_FIELDS.length; i++) {
        const n = f.flags[i] as number;
        if (n > 0) analysis[(FLAG_FIELDS[i] as (typeof FLAG_FIELDS)[number])[1]] = n;
      }
      const s: FlowDirectionSummary = {
        flow: { srcAddr: f.src, dstAddr: f.dst, srcPort: f.srcPort, dstPort: f.dstPort, protocol: 6 },
        tap: f.tap,
        packets: f.packets,
        bytes: f.bytes,
        payloadBytes: f.payload,
        analysis,
        windowMin: Math.max(f.winMin, 0),
        windowMax: Math.max(f.winMax, 0),
        windowLast: Math.max(f.winLast, 0),
        zeroWindowUs: Math.min(Math.round(f.zeroUs), 0xffff_ffff),
        bytesInFlightMax: Math.min(f.bifMax, 0xffff_ffff),
        rttSamples: f.rttN,
        rttMinUs: Math.round(f.rttMin),
        rttAvgUs: f.rttN > 0 ? Math.round(f.rttSum / f.rttN) : 0,
        rttMaxUs: Math.round(f.rttMax),
        throughputBps: ((f.payload - f.retransPayload) * 8) / seconds,
        mss: f.mss,
        maxIpLength: f.maxIpLen,
      };
      if (f.windowScale >= 0) s.windowScale = f.windowScale;
      out.push(s);
      index[slot] = out.length;
      f.reset();
    }
    return out;
  }

  /** Slots in use (upper bound), for sizing the index passed to `close`. */
  get slots(): number {
    return this.bySlot.length;
  }

  get flows(): number {
    return this.size;
  }

  private remove(f: FlowDir): void {
    let head = this.map.get(f.key);
    if (head === f) {
      if (f.next === undefined) this.map.delete(f.key);
      else this.map.set(f.key, f.next);
    } else {
      while (head !== undefined && head.next !== f) head = head.next;
      if (head !== undefined) head.next = f.next;
    }
    if (f.reverse !== undefined) f.reverse.reverse = undefined;
    this.bySlot[f.slot] = undefined;
    this.freeSlots.push(f.slot);
    this.size--;
  }
}
