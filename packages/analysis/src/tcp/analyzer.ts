// HOT PATH, written for speed on purpose (guarded by `npm run bench` and the speed test in test/tcp): numeric flow keys, per-flow state in fields allocated once per connection, no per-packet allocation, closure or string.
/**
 * TCP sequence analysis per tap and flow direction, following Wireshark 4.0's
 * `tcp_analyze_sequence_number()` (epan/dissectors/packet-tcp.c) with its default
 * preferences (analyze sequence numbers, track bytes in flight, fast retransmission
 * supersedes out-of-order, unknown window scaling): the same checks in the same order on
 * the same per-direction state (`nextseq`, `maxseqtobeacked`, `lastack`, raw `window`,
 * `win_scale`, duplicate-ACK count, unacked segment list), so per-flag counts equal
 * tshark's on single-interface captures.
 *
 * One deliberate difference: connections are keyed by capture interface too. A
 * `tcpdump -i any` capture shows a forwarded packet once per interface; tshark puts both
 * copies in one conversation and flags the second as a retransmission, we analyse each
 * tap separately (see docs/tshark-parity.md).
 */
import { DecodeStatus, L4, type PacketView } from "../decode/packet.js";
import { countFlags, TcpAnalysisFlag as F, flagRecord, TCP_FLAG_COUNT } from "./flags.js";
import { TcpConv, type TcpDir } from "./flow.js";
import { FlowTable } from "./flow-table.js";
import { directionResult, intervalOf, intervalSummary } from "./results.js";
import { gtSeq, leSeq, ltSeq } from "./seq.js";
import type {
  TcpAnalysisResult,
  TcpAnalyzerOptions,
  TcpDirectionResult,
  TcpIfaceTotals,
  TcpInterval,
  TcpIntervalSummary,
} from "./types.js";
import { MAX_UNACKED_SEGMENTS } from "./unacked.js";

const FIN = 0x01;
const SYN = 0x02;
const RST = 0x04;
const ACK = 0x10;
const SYN_FIN = SYN | FIN;
const SYN_FIN_RST = SYN | FIN | RST;

/** Wireshark's out-of-order threshold before the first RTT is known (3 ms). */
const OOO_THRESHOLD_US = 3000;
/** A retransmission within 20 ms of the 2nd+ duplicate ACK is a fast retransmission. */
const FAST_RETRANS_US = 20000;
const HASH_MASK = 0x3fffffff;
const RECENT_SIZE = 4096;

/** Slot of an IPv4 connection in the recent-connection cache (the same for both directions). */
function recentSlot(iface: number, s: number, t: number, sp: number, tp: number): number {
  const x = Math.imul((s ^ t) + Math.imul(iface, 0x9e3779b1), 0x85ebca6b) ^ (sp ^ tp);
  return (x ^ (x >>> 13)) & (RECENT_SIZE - 1);
}

interface IfaceStats {
  readonly iface: number;
  packets: number;
  connections: number;
  readonly flags: Float64Array;
}

/**
 * Feed it every decoded packet (`add`), read the per-packet flag mask it returns, and call
 * `finish()` at the end. Non-TCP packets are ignored (counted in `skipped`).
 */
export class TcpAnalyzer {
  /** After `add()`: the RTT sample (µs) this packet's ACK gave (tshark's `ack_rtt`), or -1. */
  lastRttUs = -1;
  /** After `add()`: tshark's `tcp.analysis.bytes_in_flight` for this packet, or 0. */
  lastBytesInFlight = 0;
  /** After `add()`: the scaled window of this packet (tshark's `tcp.window_size`), or -1. */
  lastWindow = -1;
  /** After `add()`: the duplicate-ACK number of this packet (`duplicate_ack_num`), or 0. */
  lastDupAckNum = 0;

  private readonly intervalUs: number;
  private readonly maxFlows: number;
  private readonly maxIntervals: number;
  private keptIntervals = 0;
  private readonly maxClosed: number;
  private readonly onInterval: ((iv: TcpIntervalSummary) => void) | undefined;
  private readonly table = new FlowTable();
  private readonly ifaceIndex = new Map<number, number>();
  private readonly ifaces: IfaceStats[] = [];
  private readonly closed: TcpDirectionResult[] = [];
  private nextId = 0;
  private packets = 0;
  private notTcp = 0;
  private fragments = 0;
  private evictions = 0;
  private closedDropped = 0;
  /** Direction of the packet being added within its connection (0: A→B). */
  private dirIndex = 0;
  /**
   * Direct-mapped cache of IPv4 connections, indexed by a direction-symmetric mix of
   * interface, addresses and ports: most packets skip the hash and the Map.
   */
  private readonly recent: (TcpConv | undefined)[] = new Array<TcpConv | undefined>(RECENT_SIZE).fill(
    undefined,
  );

  constructor(options: TcpAnalyzerOptions = {}) {
    this.intervalUs = options.intervalUs ?? 1_000_000;
    this.maxFlows = options.maxFlows ?? 65536;
    this.maxIntervals = options.maxIntervals ?? 131072;
    this.maxClosed = options.maxClosedConnections ?? 65536;
    this.onInterval = options.onInterval;
    if (!(this.intervalUs > 0) || !(this.maxFlows >= 1)) {
      throw new RangeError("TcpAnalyzer: intervalUs and maxFlows must be positive");
    }
  }

  /** Analyses one packet; returns its analysis flags (`TcpAnalysisFlag` bits, 0 for non-TCP). */
  add(pv: PacketView): number {
    this.lastRttUs = -1;
    this.lastBytesInFlight = 0;
    this.lastWindow = -1;
    this.lastDupAckNum = 0;
    if (pv.status !== DecodeStatus.Ok || pv.l4 !== L4.Tcp) {
      this.notTcp++;
      return 0;
    }
    if (pv.ipFragment) {
      // tshark analyses the reassembled datagram; we see fragments only (rare for TCP).
      this.fragments++;
      return 0;
    }
    this.packets++;
    const conv = this.lookup(pv);
    const d = this.dirIndex;
    const seq = pv.tcpSeq;
    const flags = pv.tcpFlags;
    const win = pv.tcpWindow;
    const seglen = pv.payloadLen;
    const now = pv.ts;
    let fl = 0;

    // dissect_tcp(): a SYN with a new ISN on known ports starts a new connection ("port
    // numbers reused"); the same SYN again restores nextseq to the highest contiguous
    // sequence number (not flagged in 4.0; later versions flag it too); a SYN/ACK with a
    // new ISN moves the base sequence number.
    const synAck = flags & (SYN | ACK);
    // Read for every segment, not only in the SYN branches: a read first made after
    // optimisation (at the next connection's SYN) would deoptimise add().
    const pre = conv.dirs[d]!;
    const baseSet = pre.baseSet;
    const baseSeq = pre.baseSeq;
    if (synAck === SYN && baseSet) {
      if (seq !== baseSeq) {
        this.closeConnection(conv);
        fl |= F.ReusedPorts;
      } else pre.nextseq = pre.maxseqtobeacked;
    } else if (synAck === (SYN | ACK) && baseSet && seq !== baseSeq) {
      pre.baseSeq = seq;
      fl |= F.ReusedPorts;
    }
    const fwd = conv.dirs[d]!; // closeConnection() gave the connection new directions
    const rev = conv.dirs[d ^ 1]!;
    fl = this.sequence(conv, d, fwd, rev, pv, fl);
    const bif = this.lastBytesInFlight;

    // ── rest of dissect_tcp(): scaled window, handshake state, options ───────
    let scaled = win;
    if ((flags & SYN) === 0 && fwd.winScale >= 0) scaled = win * (1 << fwd.winScale);
    this.lastWindow = scaled;
    if ((flags & SYN) !== 0) {
      fwd.isFirstAck = true;
      if (synAck === SYN) conv.mruSyn = now;
    }
    if (synAck === ACK) {
      if (conv.mruSyn >= 0 && conv.firstRtt === 0) conv.firstRtt = now - conv.mruSyn;
      fwd.isFirstAck = false;
    }
    if (pv.tcpWindowScale >= 0) fwd.winScale = Math.min(pv.tcpWindowScale, 14);
    if (pv.tcpSackCount > 0) {
      const n = Math.min(pv.tcpSackCount, 3);
      const sack = pv.tcpSack;
      let delivered = 0;
      for (let i = 0; i < n; i++) delivered = (delivered + sack[2 * i + 1]! - sack[2 * i]!) >>> 0;
      fwd.numSack = n;
      fwd.sackDelivered = delivered;
    }
    if ((flags & SYN) !== 0) {
      if (fwd.winScale === -1) {
        fwd.winScale = -2;
        rev.winScale = -2;
      } else if (synAck === (SYN | ACK) && rev.winScale === -2) {
        fwd.winScale = -2;
      }
      fwd.sawSyn = true;
      if (pv.tcpMss >= 0) fwd.mss = pv.tcpMss;
      if (pv.tcpWindowScale >= 0) fwd.wscaleOption = Math.min(pv.tcpWindowScale, 14);
      if (pv.tcpSackPermitted) fwd.sackPermitted = true;
      if (pv.tcpHasTimestamps) fwd.timestamps = true;
    }

    // ── per-direction, per-interval and per-interface counters (inline: one call less) ──
    if (fwd.ivStart < 0 || now >= fwd.ivStart + this.intervalUs) this.roll(conv, d, fwd, now);
    fwd.firstTs = fwd.firstTs < 0 ? now : fwd.firstTs; // a store every time: no deopt at a new flow
    fwd.lastTs = now;
    fwd.packets++;
    fwd.ivPackets++;
    fwd.bytes += pv.ipTotalLen;
    fwd.ivBytes += pv.ipTotalLen;
    fwd.payloadBytes += seglen;
    fwd.ivPayload += seglen;
    // Branch-free: a first SYN/FIN/RST after optimisation would otherwise deoptimise.
    fwd.ivSyn += (flags & SYN) >>> 1;
    fwd.ivFin += flags & FIN;
    fwd.ivRst += (flags & RST) >>> 2;
    if (seglen > 0) {
      const end = (seq + seglen) >>> 0;
      let fresh = 0;
      if (!fwd.hasHighData) {
        fresh = seglen;
        fwd.hasHighData = true;
        fwd.highData = end;
      } else if (gtSeq(end, fwd.highData)) {
        fresh = (end - fwd.highData) >>> 0;
        if (fresh > seglen) fresh = seglen;
        fwd.highData = end;
      }
      fwd.newPayloadBytes += fresh;
      fwd.ivNewPayload += fresh;
      const mss = rev.mss;
      if (mss > 0 && seglen > mss) {
        fwd.superPackets++;
        fwd.wireSegments += Math.ceil(seglen / mss);
      } else fwd.wireSegments++;
    } else fwd.wireSegments++;
    const stats = this.ifaces[conv.ifaceIndex]!;
    if (fl !== 0) countFlags(fwd.counts, fwd.at, stats.flags, fl);
    stats.packets++;
    if ((flags & (SYN | RST)) === 0) fwd.win(scaled);
    if (bif > fwd.maxBif) fwd.maxBif = bif;
    if (bif > fwd.ivMaxBif) fwd.ivMaxBif = bif;
    return fl;
  }

  /**
   * Wireshark's `tcp_analyze_sequence_number()` for one segment of direction `d` (`fwd`):
   * returns `fl` with the analysis flags added, sets `lastRttUs`, `lastDupAckNum` and
   * `lastBytesInFlight`. A function of its own so that the optimiser compiles `add()` in two
   * halves (one large function took it 20-60 ms on a loaded machine, while packets waited in
   * the interpreter).
   */
  private sequence(conv: TcpConv, d: number, fwd: TcpDir, rev: TcpDir, pv: PacketView, flIn: number): number {
    const seq = pv.tcpSeq;
    const ack = pv.tcpAck;
    const flags = pv.tcpFlags;
    const win = pv.tcpWindow;
    const seglen = pv.payloadLen;
    const now = pv.ts;
    let fl = flIn;
    fwd.numSack = 0;

    // ── tcp_analyze_sequence_number() ────────────────────────────────────────
    if (!fwd.baseSet) {
      fwd.baseSeq = (seq - ((flags & SYN) !== 0 ? 0 : 1)) >>> 0; // one subtraction either way
      fwd.baseSet = true;
    }
    if (!rev.baseSet && (flags & ACK) !== 0) {
      rev.baseSeq = (ack - 1) >>> 0;
      rev.baseSet = true;
    }
    if ((flags & ACK) !== 0) rev.validBif = true;
    const plain = (flags & SYN_FIN_RST) === 0;

    // biome-ignore lint/suspicious/noConfusingLabels: mirrors Wireshark's `goto finished_fwd`
    checks: {
      // Zero window probe: 1 byte at the next expected sequence number into a zero window.
      if (seglen === 1 && seq === fwd.nextseq && rev.window === 0) {
        fl |= F.ZeroWindowProbe;
        break checks;
      }
      if (win === 0 && plain) fl |= F.ZeroWindow;
      // Lost segment: starts beyond the highest sequence number seen.
      if (fwd.nextseq !== 0 && gtSeq(seq, fwd.nextseq) && (flags & RST) === 0) {
        fl |= F.LostSegment;
        fwd.validBif = false;
      }
      // Keep-alive: 0 or 1 byte one before the next expected sequence number.
      if (seglen <= 1 && seq === (fwd.nextseq - 1) >>> 0 && plain) fl |= F.KeepAlive;
      const same = seglen === 0 && seq === fwd.nextseq && ack === fwd.lastack && plain;
      if (same && win !== 0 && win !== fwd.window) fl |= F.WindowUpdate;
      // Window full: the segment ends exactly at the edge of the peer's advertised window.
      if (seglen > 0 && rev.winScale !== -1 && plain) {
        const shift = rev.isFirstAck || rev.winScale === -2 ? 0 : rev.winScale;
        if ((seq + seglen) >>> 0 === (rev.lastack + ((rev.window << shift) >>> 0)) >>> 0) {
          fl |= F.WindowFull;
        }
      }
      if (same && win !== 0 && win === fwd.window && (rev.lastSegFlags & F.KeepAlive) !== 0) {
        fl |= F.KeepAliveAck;
        break checks;
      }
      if (same && win === 0 && fwd.window === 0 && (rev.lastSegFlags & F.ZeroWindowProbe) !== 0) {
        fl |= F.ZeroWindowProbeAck;
        break checks;
      }
      if (same && win !== 0 && win === fwd.window) {
        fwd.dupacknum++;
        fl |= F.DuplicateAck;
        this.lastDupAckNum = fwd.dupacknum;
      }
    }
    if (ack !== fwd.lastack) fwd.dupacknum = 0;
    // ACKed unseen segment: acknowledges beyond what the other side was seen to send.
    // (Wireshark 4.2 flags it only once per gap; 4.0 whenever the ACK passes the mark.)
    if (rev.maxseqtobeacked !== 0 && gtSeq(ack, rev.maxseqtobeacked) && (flags & ACK) !== 0) {
      fl |= F.AckLostSegment;
      rev.maxseqtobeacked = rev.nextseq;
    }
    // Retransmission / fast retransmission / spurious retransmission / out-of-order.
    if (seglen > 0 || (flags & SYN_FIN) !== 0) {
      // biome-ignore lint/suspicious/noConfusingLabels: mirrors `goto finished_checking_retransmission_type`
      retrans: {
        let notAdvanced = fwd.nextseq !== 0 && ltSeq(seq, fwd.nextseq);
        if ((fl & F.KeepAlive) !== 0) break retrans;
        if (seglen > 1 && (fwd.nextseq - 1) >>> 0 === seq) notAdvanced = false;
        if (seglen > 0 && rev.lastack !== 0 && leSeq((seq + seglen) >>> 0, rev.lastack)) {
          fl |= F.SpuriousRetransmission | F.Retransmission;
          break retrans;
        }
        let t = now - rev.lastackTime;
        if (notAdvanced && rev.dupacknum >= 2 && rev.lastack === seq && t >= 0 && t < FAST_RETRANS_US) {
          fl |= F.FastRetransmission | F.Retransmission;
          break retrans;
        }
        t = now - fwd.nextseqTime;
        const threshold = conv.firstRtt !== 0 ? conv.firstRtt : OOO_THRESHOLD_US;
        const end = (seq + seglen + ((flags & SYN_FIN) !== 0 ? 1 : 0)) >>> 0;
        if (notAdvanced && t >= 0 && t < threshold && fwd.nextseq !== end) {
          fl |= F.OutOfOrder;
          break retrans;
        }
        if (notAdvanced) fl |= F.Retransmission;
      }
    }
    let nextseq = (seq + seglen) >>> 0;
    if ((seglen !== 0 || (flags & SYN_FIN) !== 0) && fwd.unacked.len < MAX_UNACKED_SEGMENTS) {
      // SYN and FIN take one sequence number (branch-free: no deopt at the first FIN).
      nextseq = (nextseq + ((flags & SYN_FIN) !== 0 ? 1 : 0)) >>> 0;
      fwd.unacked.push(seq, nextseq, now);
    }
    const zwp = (fl & F.ZeroWindowProbe) !== 0;
    if ((gtSeq(nextseq, fwd.nextseq) || fwd.nextseq === 0) && !zwp) {
      fwd.nextseq = nextseq;
      fwd.nextseqTime = now;
    }
    if ((seq === fwd.maxseqtobeacked || fwd.maxseqtobeacked === 0) && !zwp) {
      fwd.maxseqtobeacked = fwd.nextseq;
    }
    fwd.window = win;
    fwd.lastack = ack;
    fwd.lastackTime = now;
    fwd.lastSegFlags = fl;

    // Segments of the other direction this acknowledges (RTT sample on an exact match).
    if (rev.unacked.ack(ack)) {
      const rtt = now - rev.unacked.matchTs;
      this.lastRttUs = rtt;
      // The interval test inline: `now` (a double) passed to a call is boxed.
      if (rev.ivStart < 0 || now >= rev.ivStart + this.intervalUs) this.roll(conv, d ^ 1, rev, now);
      rev.rtt(rtt);
    }
    // Bytes in flight after this segment (payload-based, minus the peer's SACKed bytes).
    let bif = 0;
    if (seglen !== 0 && fwd.unacked.len > 0 && fwd.validBif) {
      let inFlight = fwd.unacked.span(fwd.baseSeq);
      if (rev.numSack > 0) inFlight = (inFlight - rev.sackDelivered) >>> 0;
      // The subtraction made for every segment (a first FIN with data would deoptimise).
      if (inFlight > 0 && inFlight < 2000000000) bif = inFlight - ((flags & SYN_FIN) !== 0 ? 1 : 0);
    }
    this.lastBytesInFlight = bif;
    return fl;
  }

  /** Closes the direction's open interval when `now` is past it and opens the one holding `now`. */
  private roll(conv: TcpConv, d: number, dir: TcpDir, now: number): void {
    const start = dir.ivStart;
    if (start >= 0 && now < start + this.intervalUs) return; // same interval (or clock went back)
    if (start >= 0) this.closeInterval(conv, d, dir);
    dir.openInterval(Math.floor(now / this.intervalUs) * this.intervalUs);
  }

  private closeInterval(conv: TcpConv, d: number, dir: TcpDir): void {
    const iv = intervalOf(dir, this.intervalUs);
    if (iv === undefined) return;
    if (this.onInterval !== undefined) this.onInterval(intervalSummary(conv, d, iv));
    else if (this.keptIntervals < this.maxIntervals) {
      dir.intervals.push(iv);
      this.keptIntervals++;
    } else dir.intervalsDropped++;
  }

  /**
   * The packet's connection (created if new); sets `dirIndex`. Small on purpose, so that it
   * is inlined into `add()`: a recently seen IPv4 connection is found here, the rest in `find()`.
   */
  private lookup(pv: PacketView): TcpConv {
    const iface = pv.iface;
    if (pv.ipVersion !== 4) return this.find(pv, -1);
    const s = pv.src4;
    const t = pv.dst4;
    const sp = pv.srcPort;
    const tp = pv.dstPort;
    const slot = recentSlot(iface, s, t, sp, tp);
    const c = this.recent[slot];
    if (c !== undefined && c.iface === iface && c.ipVersion === 4) {
      if (c.a3 === s && c.b3 === t && c.aPort === sp && c.bPort === tp) {
        this.dirIndex = 0;
        this.table.touch(c);
        return c;
      }
      if (c.a3 === t && c.b3 === s && c.aPort === tp && c.bPort === sp) {
        this.dirIndex = 1;
        this.table.touch(c);
        return c;
      }
    }
    return this.find(pv, slot);
  }

  /** `lookup()` past the recent-connection cache (`slot` its slot for IPv4, else -1). */
  private find(pv: PacketView, slot: number): TcpConv {
    const iface = pv.iface;
    const v = pv.ipVersion;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3: number;
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    let t3: number;
    if (v === 4) {
      s3 = pv.src4;
      t3 = pv.dst4;
    } else {
      const s = pv.src6;
      const t = pv.dst6;
      s0 = s[0]!;
      s1 = s[1]!;
      s2 = s[2]!;
      s3 = s[3]!;
      t0 = t[0]!;
      t1 = t[1]!;
      t2 = t[2]!;
      t3 = t[3]!;
    }
    const sp = pv.srcPort;
    const tp = pv.dstPort;
    // Canonical order: endpoint A is the lower (address, port).
    let cmp = s0 !== t0 ? s0 - t0 : s1 !== t1 ? s1 - t1 : s2 !== t2 ? s2 - t2 : s3 !== t3 ? s3 - t3 : sp - tp;
    if (cmp === 0) cmp = -1;
    const d = cmp < 0 ? 0 : 1;
    this.dirIndex = d;
    const a0 = d === 0 ? s0 : t0;
    const a1 = d === 0 ? s1 : t1;
    const a2 = d === 0 ? s2 : t2;
    const a3 = d === 0 ? s3 : t3;
    const b0 = d === 0 ? t0 : s0;
    const b1 = d === 0 ? t1 : s1;
    const b2 = d === 0 ? t2 : s2;
    const b3 = d === 0 ? t3 : s3;
    const ap = d === 0 ? sp : tp;
    const bp = d === 0 ? tp : sp;
    let h = Math.imul(iface ^ 0x27d4eb2d, 0x9e3779b1);
    h = Math.imul(h ^ a3, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 15) ^ b3, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 13) ^ ((ap << 16) | bp), 0x27d4eb2f);
    if (v !== 4) h = Math.imul(h ^ a0 ^ (a1 << 7) ^ (a2 << 13) ^ b0 ^ (b1 << 3) ^ (b2 << 11), 0x165667b1);
    h = (h ^ (h >>> 16)) & HASH_MASK;
    for (let c = this.table.bucket(h); c !== undefined; c = c.nextInBucket) {
      if (
        c.a3 === a3 &&
        c.b3 === b3 &&
        c.aPort === ap &&
        c.bPort === bp &&
        c.iface === iface &&
        c.ipVersion === v &&
        c.a0 === a0 &&
        c.a1 === a1 &&
        c.a2 === a2 &&
        c.b0 === b0 &&
        c.b1 === b1 &&
        c.b2 === b2
      ) {
        this.table.touch(c);
        if (slot >= 0) this.recent[slot] = c;
        return c;
      }
    }
    if (this.table.size >= this.maxFlows) {
      const old = this.table.evictOldest();
      if (old !== undefined) {
        this.evictions++;
        if (old.ipVersion === 4) {
          const i = recentSlot(old.iface, old.a3, old.b3, old.aPort, old.bPort);
          if (this.recent[i] === old) this.recent[i] = undefined;
        }
        if (this.onInterval !== undefined) {
          this.closeInterval(old, 0, old.dirs[0]);
          this.closeInterval(old, 1, old.dirs[1]);
        } else this.keptIntervals -= old.dirs[0].intervals.length + old.dirs[1].intervals.length;
      }
    }
    const ifaceIndex = this.ifaceOf(iface);
    const c = new TcpConv(this.nextId++, h, iface, v, a0, a1, a2, a3, ap, b0, b1, b2, b3, bp, ifaceIndex);
    this.ifaces[ifaceIndex]!.connections++;
    this.table.insert(c);
    if (slot >= 0) this.recent[slot] = c;
    return c;
  }

  private ifaceOf(iface: number): number {
    let i = this.ifaceIndex.get(iface);
    if (i === undefined) {
      i = this.ifaces.length;
      this.ifaces.push({ iface, packets: 0, connections: 0, flags: new Float64Array(TCP_FLAG_COUNT) });
      this.ifaceIndex.set(iface, i);
    }
    return i;
  }

  /** A new connection on the same ports: keep the old one's result, start over. */
  private closeConnection(conv: TcpConv): void {
    for (const r of this.snapshot(conv)) {
      if (this.closed.length < this.maxClosed * 2) this.closed.push(r);
      else this.closedDropped++;
    }
    conv.restart(this.nextId++);
    this.ifaces[conv.ifaceIndex]!.connections++;
  }

  /** Both directions' results, closing their open intervals. */
  private snapshot(conv: TcpConv): TcpDirectionResult[] {
    const out: TcpDirectionResult[] = [];
    for (let d = 0; d < 2; d++) {
      const dir = conv.dirs[d]!;
      if (dir.packets === 0) continue;
      this.closeInterval(conv, d, dir);
      dir.ivStart = -1;
      out.push(directionResult(conv, d, this.onInterval === undefined ? dir.intervals.slice() : []));
    }
    return out;
  }

  /** Results of everything seen so far; open intervals are closed. Call once, at the end. */
  finish(): TcpAnalysisResult {
    const directions: TcpDirectionResult[] = [...this.closed];
    for (const conv of this.table.values()) directions.push(...this.snapshot(conv));
    directions.sort((x, y) => x.iface - y.iface || x.connection - y.connection || x.srcPort - y.srcPort);
    const ifaces: TcpIfaceTotals[] = this.ifaces
      .map((s) => ({
        iface: s.iface,
        packets: s.packets,
        connections: s.connections,
        flags: flagRecord(s.flags),
      }))
      .sort((x, y) => x.iface - y.iface);
    return {
      intervalUs: this.intervalUs,
      packets: this.packets,
      skipped: { notTcp: this.notTcp, fragments: this.fragments },
      evictions: this.evictions,
      closedDropped: this.closedDropped,
      ifaces,
      directions,
    };
  }
}

export type { TcpInterval };
