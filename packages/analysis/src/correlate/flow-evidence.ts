/**
 * Builds the evidence view of one flow direction from a linked capture pair: per-segment
 * packets/loss/delay along the path, gateway transit, ESP arrival order at the receiving
 * gateway, loss by size and ICMP, and the TCP figures at both site sides.
 */

import type { TcpDirectionResult } from "../tcp/types.js";
import type {
  Dist,
  FlowEvidence,
  GatewayEvidence,
  MtuEvidence,
  ReplayEvidence,
  SegmentEvidence,
} from "../verdict/evidence.js";
import { MAX_FINDING_FRAMES } from "../verdict/report.js";
import { type Direction, Fate, follow, newTrajectory } from "./direction.js";
import { mark, newPathMarks, type PathMarks, pathFindings } from "./findings.js";
import type { LinkedCapture } from "./pair.js";
import { RecKind } from "./records.js";
import { distribution, IntList, NumList, quantileSorted } from "./stats.js";
import { findWindowScale, receiverMetrics, senderMetrics } from "./tcp-metrics.js";
import { buildTimeline, newPathBins, type PathBins, TimelineGrid } from "./timeline.js";

/** The Wireshark-compatible analysis of one flow direction at one tap (the busiest if several). */
function tcpDirection(
  x: LinkedCapture,
  iface: number | undefined,
  src: string,
  srcPort: number,
  dst: string,
  dstPort: number,
): TcpDirectionResult | undefined {
  let best: TcpDirectionResult | undefined;
  for (const d of x.s.cap.tcp ?? []) {
    if (d.iface !== iface || d.srcPort !== srcPort || d.dstPort !== dstPort || d.src !== src || d.dst !== dst)
      continue;
    if (best === undefined || d.packets > best.packets) best = d;
  }
  return best;
}

/** Per-capture indexes shared by all flows of a pair. */
export interface CaptureIndex {
  readonly x: LinkedCapture;
  readonly label: string;
  /** Record indices per TCP flow direction id, in capture order. */
  readonly byFlow: readonly Int32Array[];
  readonly flowIdByName: ReadonlyMap<string, number>;
  /** Reorder depth of each ESP record on arrival at the outer tap (-1 for others). */
  readonly depth: Int32Array;
}

export function indexCapture(x: LinkedCapture, label: string): CaptureIndex {
  const r = x.r;
  const cap = x.s.cap;
  const lists: IntList[] = [];
  for (let f = 0; f < cap.flows.size; f++) lists.push(new IntList(16));
  for (let i = 0; i < r.length; i++) {
    if (r.kind[i] !== RecKind.Tcp) continue;
    const f = r.key[i] as number;
    if (f >= 0) lists[f]?.push(i);
  }
  const flowIdByName = new Map<string, number>();
  for (let f = 0; f < cap.flows.size; f++) flowIdByName.set(cap.flows.name(f), f);
  const depth = new Int32Array(r.length).fill(-1);
  const right = new Map<number, number>();
  for (let k = 0; k < x.s.espIn.length; k++) {
    const i = x.s.espIn[k] as number;
    const sa = r.key[i] as number;
    const s = r.seq[i] as number;
    const edge = right.get(sa);
    if (edge === undefined || s > edge) {
      right.set(sa, s);
      depth[i] = 0;
    } else depth[i] = edge - s;
  }
  return { x, label, byFlow: lists.map((l) => l.view()), flowIdByName, depth };
}

function pick(ci: CaptureIndex, flow: number, iface: number | undefined, dir: number): Int32Array {
  if (flow < 0 || iface === undefined) return new Int32Array(0);
  const all = ci.byFlow[flow];
  if (all === undefined) return new Int32Array(0);
  const out = new IntList(all.length + 1);
  const r = ci.x.r;
  for (let k = 0; k < all.length; k++) {
    const i = all[k] as number;
    if (r.iface[i] === iface && r.dir[i] === dir) out.push(i);
  }
  return out.view();
}

const toDist = (v: ArrayLike<number>, n?: number): Dist => distribution(v, n);

interface PathFigures {
  segments: SegmentEvidence[];
  sndTransit: NumList;
  sndTransitTs: NumList;
  sndIn: number;
  sndDied: number;
  rcvTransit: NumList;
  rcvTransitTs: NumList;
  rcvIn: number;
  rcvDied: number;
  rcvDiedLate: number;
  underlaySent: number;
  underlayLost: number;
  underlayUnknown: number;
  owd: NumList;
  lostSeqs: number[];
  lostSizes: NumList;
  deliveredSizes: NumList;
  lateArrivals: number;
  maxDepth: number;
  maxAcceptedDepth: number;
  minDiedDepth: number;
  diedInOrder: number;
  diedLateSample: number[];
  /** ESP records at the receiver's outer tap that carried this direction and were decrypted. */
  rcvEspMark: Uint8Array;
  spiCounts: Map<number, number>;
  /** Record samples for the report's findings (at most MAX_FINDING_FRAMES each). */
  marks: PathMarks;
}

/** Follows every packet of one direction of a flow (records on the sender's tunnel tap). */
function followPath(
  d: Direction,
  sndLabel: string,
  rcvLabel: string,
  packets: Int32Array,
  rcvDepth: Int32Array,
  rcvLanAvailable: boolean,
  bins?: PathBins,
): PathFigures {
  const { snd, rcv } = d;
  const t = newTrajectory();
  const f: PathFigures = {
    segments: [],
    sndTransit: new NumList(),
    sndTransitTs: new NumList(),
    sndIn: packets.length,
    sndDied: 0,
    rcvTransit: new NumList(),
    rcvTransitTs: new NumList(),
    rcvIn: 0,
    rcvDied: 0,
    rcvDiedLate: 0,
    underlaySent: 0,
    underlayLost: 0,
    underlayUnknown: 0,
    owd: new NumList(),
    lostSeqs: [],
    lostSizes: new NumList(),
    deliveredSizes: new NumList(),
    lateArrivals: 0,
    maxDepth: 0,
    maxAcceptedDepth: -1,
    minDiedDepth: -1,
    diedInOrder: 0,
    diedLateSample: [],
    rcvEspMark: new Uint8Array(rcv.r.length),
    spiCounts: new Map(),
    marks: newPathMarks(),
  };
  const m = f.marks;
  let lastEspIn = -1;
  let sndUnknown = 0;
  let rcvUnknown = 0;
  const rcvDelay = new NumList();
  for (let k = 0; k < packets.length; k++) {
    const i = packets[k] as number;
    follow(d, i, t);
    const ts0 = snd.r.ts[i] as number;
    // Timeline interval of this packet (A's clock), -1 without a timeline.
    const bin = bins === undefined ? -1 : bins.grid.bin(ts0 - d.sndShift);
    bins?.sender.enter(bin);
    if (t.fate === Fate.UnknownSender) sndUnknown++;
    else if (t.fate === Fate.DiedSender) {
      f.sndDied++;
      mark(m.sndDied, i);
      bins?.sender.lose(bin);
    }
    if (t.espOut < 0) continue;
    const encUs = (snd.r.ts[t.espOut] as number) - ts0;
    f.sndTransit.push(encUs);
    f.sndTransitTs.push(ts0);
    m.sndSlow.offer(encUs, i, t.espOut);
    if (bins !== undefined) {
      bins.sender.delay.add(bin, encUs);
      bins.transitSender.add(bin, encUs);
      bins.underlay.enter(bin);
    }
    const spi = snd.s.cap.sas.a[snd.r.key[t.espOut] as number] as number;
    f.spiCounts.set(spi, (f.spiCounts.get(spi) ?? 0) + 1);
    f.underlaySent++;
    const size = snd.r.ipLen[t.espOut] as number;
    if (t.fate === Fate.LostUnderlay) {
      f.underlayLost++;
      bins?.underlay.lose(bin);
      mark(m.lostSnd, t.espOut);
      if (lastEspIn >= 0) mark(m.lostRcv, lastEspIn);
      f.lostSizes.push(size);
      if (f.lostSeqs.length < 12) f.lostSeqs.push(snd.r.seq[t.espOut] as number);
    } else if (t.fate === Fate.UnknownUnderlay) f.underlayUnknown++;
    if (t.espIn < 0) continue;
    lastEspIn = t.espIn;
    f.deliveredSizes.push(size);
    const tSend = (snd.r.ts[t.espOut] as number) - d.sndShift;
    const tArr = rcv.r.ts[t.espIn] as number;
    f.owd.push(tArr - d.rcvShift - tSend);
    f.rcvIn++;
    if (bins !== undefined) {
      bins.underlay.delay.add(bin, tArr - d.rcvShift - tSend);
      bins.receiver.enter(bin);
    }
    const depth = rcvDepth[t.espIn] as number;
    if (depth > 0) f.lateArrivals++;
    if (depth > f.maxDepth) f.maxDepth = depth;
    if (t.fate === Fate.UnknownReceiver) rcvUnknown++;
    else if (t.fate === Fate.DiedReceiver || t.fate === Fate.DiedReceiverForward) {
      f.rcvDied++;
      bins?.receiver.lose(bin);
      mark(m.rcvDied, t.espIn);
      mark(m.rcvDiedSnd, t.espOut);
      if (t.fate === Fate.DiedReceiver) {
        if (depth > 0) {
          f.rcvDiedLate++;
          if (f.minDiedDepth < 0 || depth < f.minDiedDepth) f.minDiedDepth = depth;
          if (f.diedLateSample.length < 12) f.diedLateSample.push(rcv.r.seq[t.espIn] as number);
        } else f.diedInOrder++;
      }
    }
    if (t.tunnelIn >= 0) {
      f.rcvEspMark[t.espIn] = 1;
      if (depth > 0 && depth > f.maxAcceptedDepth) f.maxAcceptedDepth = depth;
      const decUs = (rcv.r.ts[t.tunnelIn] as number) - tArr;
      f.rcvTransit.push(decUs);
      f.rcvTransitTs.push(tArr);
      m.rcvSlow.offer(decUs, t.espIn, t.tunnelIn);
      const last = t.lanOut >= 0 ? t.lanOut : t.tunnelIn;
      rcvDelay.push((rcv.r.ts[last] as number) - tArr);
      if (bins !== undefined) {
        bins.transitReceiver.add(bin, decUs);
        bins.receiver.delay.add(bin, (rcv.r.ts[last] as number) - tArr);
      }
    }
  }
  const sendTap = `${sndLabel}.tunnel`;
  f.segments.push({
    segment: "sender-gateway",
    from: sendTap,
    to: `${sndLabel}.outer`,
    packetsIn: packets.length,
    lost: f.sndDied,
    unknown: sndUnknown,
    delay: toDist(f.sndTransit.view()),
  });
  f.segments.push({
    segment: "underlay",
    from: `${sndLabel}.outer`,
    to: `${rcvLabel}.outer`,
    packetsIn: f.underlaySent,
    lost: f.underlayLost,
    unknown: f.underlayUnknown,
    delay: toDist(f.owd.view()),
  });
  f.segments.push({
    segment: "receiver-gateway",
    from: `${rcvLabel}.outer`,
    to: rcvLanAvailable ? `${rcvLabel}.lan` : `${rcvLabel}.tunnel`,
    packetsIn: f.rcvIn,
    lost: f.rcvDied,
    unknown: rcvUnknown,
    delay: toDist(rcvDelay.view()),
  });
  return f;
}

function trend(values: NumList, times: NumList, bins = 10): number[] {
  const n = values.length;
  if (n === 0) return [];
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const t = times.get(k);
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  const width = (hi - lo) / bins || 1;
  const buckets: number[][] = Array.from({ length: bins }, () => []);
  for (let k = 0; k < n; k++) {
    const b = Math.min(bins - 1, Math.floor((times.get(k) - lo) / width));
    buckets[b]?.push(values.get(k));
  }
  const out: number[] = [];
  let last = 0;
  for (const b of buckets) {
    if (b.length > 0) last = quantileSorted(Float64Array.from(b).sort(), 0.5);
    out.push(last);
  }
  return out;
}

/** Need this many queued pairs before trusting a service-rate estimate. */
const MIN_RATE_SAMPLES = 16;

/** Bits served over the time spent serving them (so pauses of a throttled stage count). */
class RateSum {
  bits = 0;
  us = 0;
  n = 0;
  add(bytes: number, gapUs: number): void {
    this.bits += bytes * 8;
    this.us += gapUs;
    this.n++;
  }
  /** bits/s, or 0 with too few samples or when fewer than `minShare` of `of` pairs qualified. */
  rate(of: number, minShare: number): number {
    if (this.n < MIN_RATE_SAMPLES || this.n < of * minShare || this.us <= 0) return 0;
    return (this.bits * 1e6) / this.us;
  }
}

/**
 * Service rate of a stage (bits/s of cleartext), measured only while it had a queue: when a
 * packet was already waiting before its predecessor left, the gap between the two departures
 * is the stage's time to serve it. Stages: encryption at the sending gateway (tunnel → ESP),
 * decryption at the receiving one (ESP → tunnel), and the underlay (arrival gaps stretched to
 * at least twice the departure gaps). Rates are total bits over total gaps, so a stage that
 * runs fast but is throttled (CPU quota, softirq starvation) shows its real sustained rate.
 * The path's capacity is the slowest stage that was ever queued.
 */
function serviceRates(d: Direction): { enc: number; dec: number; underlay: number } {
  const { snd, rcv } = d;
  const enc = new RateSum();
  const out = snd.s.espOut;
  for (let k = 1; k < out.length; k++) {
    const e1 = out[k - 1] as number;
    const e2 = out[k] as number;
    const in2 = snd.prev[e2] as number;
    if (in2 < 0) continue;
    const gap = (snd.r.ts[e2] as number) - (snd.r.ts[e1] as number);
    if (gap > 0 && (snd.r.ts[in2] as number) <= (snd.r.ts[e1] as number))
      enc.add(snd.r.ipLen[in2] as number, gap);
  }
  const dec = new RateSum();
  const tin = rcv.s.tunnelIn;
  for (let k = 1; k < tin.length; k++) {
    const i1 = tin[k - 1] as number;
    const i2 = tin[k] as number;
    const e2 = rcv.prev[i2] as number;
    if (e2 < 0) continue;
    const gap = (rcv.r.ts[i2] as number) - (rcv.r.ts[i1] as number);
    if (gap > 0 && (rcv.r.ts[e2] as number) <= (rcv.r.ts[i1] as number))
      dec.add(rcv.r.ipLen[i2] as number, gap);
  }
  const under = new RateSum();
  const ein = rcv.s.espIn;
  const ov = snd.overhead?.typical ?? 0;
  for (let k = 1; k < ein.length; k++) {
    const b1 = ein[k - 1] as number;
    const b2 = ein[k] as number;
    const a1 = rcv.peer[b1] as number;
    const a2 = rcv.peer[b2] as number;
    if (a1 < 0 || a2 < 0) continue;
    const gapR = (rcv.r.ts[b2] as number) - (rcv.r.ts[b1] as number);
    const gapS = (snd.r.ts[a2] as number) - (snd.r.ts[a1] as number);
    if (gapR > 0 && gapS >= 0 && gapS * 2 <= gapR) under.add((rcv.r.ipLen[b2] as number) - ov, gapR);
  }
  // A gateway queue shows on a good share of pairs; a few stretched underlay pairs are jitter,
  // not a bottleneck, so the underlay needs 10% of all pairs to count.
  return {
    enc: enc.rate(out.length, 0.05),
    dec: dec.rate(tin.length, 0.05),
    underlay: under.rate(ein.length, 0.1),
  };
}

/** Loss by ESP size and the ICMP too-big messages the sending gateway saw. */
export function mtuFigures(
  d: Direction,
  f: { readonly lostSizes: NumList; readonly deliveredSizes: NumList },
  senderAddr4: number,
  overheadTypical: number,
): MtuEvidence {
  const lost = Float64Array.from(f.lostSizes.view()).sort();
  const delivered = Float64Array.from(f.deliveredSizes.view()).sort();
  const smallestLost = lost.length > 0 ? (lost[0] as number) : -1;
  const largestDelivered = delivered.length > 0 ? (delivered[delivered.length - 1] as number) : -1;
  let deliveredAtOrAbove = 0;
  let deliveredBelow = 0;
  if (smallestLost >= 0)
    for (const s of delivered) s >= smallestLost ? deliveredAtOrAbove++ : deliveredBelow++;
  const snd = d.snd;
  let icmpOuter = 0;
  let icmpTowardsSender = 0;
  let icmpRelevant = 0;
  const mtus = new Set<number>();
  for (let k = 0; k < snd.s.tooBig.length; k++) {
    const i = snd.s.tooBig[k] as number;
    const mtu = snd.r.aux[i] as number;
    const quotedProto = snd.r.key[i] as number;
    const iface = snd.r.iface[i] as number;
    if (iface === snd.s.taps.outer && (quotedProto === 17 || quotedProto === 50)) {
      icmpOuter++;
      mtus.add(mtu);
      if (smallestLost > 0 && mtu < smallestLost) icmpRelevant++;
    } else if (iface === snd.s.taps.lan && snd.r.dir[i] === 4 && (snd.r.seq[i] as number) === senderAddr4) {
      icmpTowardsSender++;
      mtus.add(mtu);
      if (smallestLost > 0 && mtu < smallestLost - overheadTypical) icmpRelevant++;
    }
  }
  return {
    smallestLost,
    largestDelivered,
    sentAtOrAbove: smallestLost < 0 ? 0 : lost.length + deliveredAtOrAbove,
    deliveredAtOrAbove,
    sentBelow: smallestLost < 0 ? delivered.length : deliveredBelow,
    deliveredBelow: smallestLost < 0 ? delivered.length : deliveredBelow,
    icmpOuter,
    icmpTowardsSender,
    icmpRelevant,
    icmpMtus: [...mtus].sort((x, y) => x - y),
  };
}

function mainSpi(m: Map<number, number>): number {
  let best = 0;
  let n = -1;
  for (const [spi, c] of m) if (c > n) [best, n] = [spi, c];
  return best;
}

/**
 * Evidence for the flow direction `flowSnd` (a flow id in the sending capture) travelling
 * from `snd` to `rcv`.
 */
export function flowEvidence(
  fwd: Direction,
  rev: Direction,
  sndIdx: CaptureIndex,
  rcvIdx: CaptureIndex,
  flowSnd: number,
): FlowEvidence {
  const snd = sndIdx.x;
  const rcv = rcvIdx.x;
  const flows = snd.s.cap.flows;
  const name = flows.name(flowSnd);
  const flowRcv = rcvIdx.flowIdByName.get(name) ?? -1;
  const ackSnd = flows.reverseOf(flowSnd);
  const ackRcv = flowRcv >= 0 ? rcv.s.cap.flows.reverseOf(flowRcv) : -1;
  const st = snd.s.taps;
  const rt = rcv.s.taps;
  const gaps: string[] = [];
  const sndTunData = st.innerOnOuter ? new Int32Array(0) : pick(sndIdx, flowSnd, st.tunnel, 4);
  const rcvTunAck = rt.innerOnOuter ? new Int32Array(0) : pick(rcvIdx, ackRcv, rt.tunnel, 4);
  if (st.tunnel === undefined || st.innerOnOuter)
    gaps.push(`${sndIdx.label}: no tunnel-device tap, packets are not followed through the sending gateway`);
  if (flowRcv < 0) gaps.push(`${rcvIdx.label}: the flow does not appear in this capture`);
  const rcvLan = rt.lan !== undefined && !rt.innerOnOuter;

  const grid = new TimelineGrid(
    Math.min(snd.s.cap.firstTs - fwd.sndShift, rcv.s.cap.firstTs - fwd.rcvShift),
    Math.max(snd.s.cap.lastTs - fwd.sndShift, rcv.s.cap.lastTs - fwd.rcvShift),
  );
  const bins = newPathBins(grid);
  const fwdPath = followPath(fwd, sndIdx.label, rcvIdx.label, sndTunData, rcvIdx.depth, rcvLan, bins);
  const revPath = followPath(rev, rcvIdx.label, sndIdx.label, rcvTunAck, sndIdx.depth, st.lan !== undefined);

  // TCP figures: site side taps when present (what the hosts see), tunnel taps otherwise.
  const sData = st.lan !== undefined ? pick(sndIdx, flowSnd, st.lan, 0) : sndTunData;
  const sAck = st.lan !== undefined ? pick(sndIdx, ackSnd, st.lan, 4) : pick(sndIdx, ackSnd, st.tunnel, 0);
  const rData = rcvLan ? pick(rcvIdx, flowRcv, rt.lan, 4) : pick(rcvIdx, flowRcv, rt.tunnel, 0);
  const rAck = rcvLan ? pick(rcvIdx, ackRcv, rt.lan, 0) : rcvTunAck;
  let ws = findWindowScale(snd.r, sData, sAck);
  if (!ws.known) ws = findWindowScale(rcv.r, rData, rAck);
  if (!ws.known) gaps.push("handshake not captured: window scale unknown, windows are raw values");
  const sm = senderMetrics(snd.r, sData, sAck, ws, {
    list: fwdPath.marks.windowFull,
    limit: MAX_FINDING_FRAMES,
  });
  const rm = receiverMetrics(rcv.r, rData, rAck, ws);
  // Wireshark-compatible flag counts at the same taps, so the numbers in the evidence are
  // what `tcp.analysis.zero_window` / `window_full` show; our own counts are the fallback.
  const src = flows.src(flowSnd);
  const dst = flows.dst(flowSnd);
  const sport = flows.a[flowSnd] as number;
  const dport = flows.b[flowSnd] as number;
  const wsData = tcpDirection(snd, st.lan ?? st.tunnel, src, sport, dst, dport);
  const wsAck = tcpDirection(rcv, rcvLan ? rt.lan : rt.tunnel, dst, dport, src, sport);
  const timeline = buildTimeline(
    bins,
    {
      dataAtSender: wsData,
      ackAtSender: tcpDirection(snd, st.lan ?? st.tunnel, dst, dport, src, sport),
      dataAtReceiver: tcpDirection(rcv, rcvLan ? rt.lan : rt.tunnel, src, sport, dst, dport),
      ackAtReceiver: wsAck,
      senderShift: fwd.sndShift,
      receiverShift: fwd.rcvShift,
    },
    fwdPath.segments,
  );

  const receiverSide: SegmentEvidence = {
    segment: "receiver-side",
    from: `${rcvIdx.label}.${rcvLan ? "lan" : "tunnel"}`,
    to: "receiver host (ACK)",
    packetsIn: rm.deliveredPackets,
    lost: 0,
    unknown: 0,
    delay: rm.ackDelay,
  };
  const segments = [...fwdPath.segments, receiverSide];

  const rates = serviceRates(fwd);
  const measured = [rates.enc, rates.dec, rates.underlay].filter((r) => r > 0);
  const senderGw: GatewayEvidence = {
    serviceBps: rates.enc,
    gateway: sndIdx.label,
    transit: toDist(fwdPath.sndTransit.view()),
    transitTrend: trend(fwdPath.sndTransit, fwdPath.sndTransitTs),
    reverseTransit: toDist(revPath.rcvTransit.view()),
    died: fwdPath.sndDied,
    diedLate: 0,
    packetsIn: fwdPath.sndIn,
    reverseDied: revPath.rcvDied,
    reversePacketsIn: revPath.rcvIn,
  };
  const receiverGw: GatewayEvidence = {
    serviceBps: rates.dec,
    gateway: rcvIdx.label,
    transit: toDist(fwdPath.rcvTransit.view()),
    transitTrend: trend(fwdPath.rcvTransit, fwdPath.rcvTransitTs),
    reverseTransit: toDist(revPath.sndTransit.view()),
    died: fwdPath.rcvDied,
    diedLate: fwdPath.rcvDiedLate,
    packetsIn: fwdPath.rcvIn,
    reverseDied: revPath.sndDied,
    reversePacketsIn: revPath.sndIn,
  };
  const spi = mainSpi(fwdPath.spiCounts);
  const replay: ReplayEvidence = {
    spi,
    lateArrivals: fwdPath.lateArrivals,
    maxDepth: fwdPath.maxDepth,
    maxAcceptedDepth: fwdPath.maxAcceptedDepth,
    minDiedDepth: fwdPath.minDiedDepth,
    diedInOrder: fwdPath.diedInOrder,
    diedLate: fwdPath.rcvDiedLate,
    diedLateSample: fwdPath.diedLateSample,
  };
  const ov = snd.overhead ?? rcv.overhead;
  const senderAddr4 = flows.version[flowSnd] === 4 ? (flows.addr[flowSnd * 8 + 3] as number) : -1;
  const mtu = mtuFigures(fwd, fwdPath, senderAddr4, ov?.typical ?? 0);
  const durationUs =
    rm.lastDeliveryTs > rm.firstDeliveryTs
      ? rm.lastDeliveryTs - rm.firstDeliveryTs
      : sm.lastDataTs - sm.firstDataTs;
  const goodputBps = durationUs > 0 ? (rm.deliveredBytes * 8 * 1e6) / durationUs : 0;
  return {
    id: `${flows.src(flowSnd)}:${flows.a[flowSnd]} → ${flows.dst(flowSnd)}:${flows.b[flowSnd]}`,
    senderAddr: flows.src(flowSnd),
    senderPort: flows.a[flowSnd] as number,
    receiverAddr: flows.dst(flowSnd),
    receiverPort: flows.b[flowSnd] as number,
    senderGateway: sndIdx.label,
    receiverGateway: rcvIdx.label,
    durationUs,
    goodputBps,
    sender: {
      dataPackets: sm.dataPackets,
      dataBytes: sm.dataBytes,
      retransmittedPackets: sm.retransmittedPackets,
      retransmittedBytes: sm.retransmittedBytes,
      rtt: sm.rtt,
      flight: sm.flight,
      windowFull: wsData?.flags.window_full ?? sm.windowFull,
      zeroWindowProbes: wsData?.flags.zero_window_probe ?? sm.zeroWindowProbes,
      mss: sm.typicalPayload,
    },
    receiver: {
      acks: rm.acks,
      window: rm.window,
      windowScaleKnown: ws.known,
      zeroWindowAcks: wsAck?.flags.zero_window ?? rm.zeroWindowAcks,
      zeroWindowEpisodes: rm.zeroWindowEpisodes,
      zeroWindowUs: rm.zeroWindowUs,
      ackDelay: rm.ackDelay,
      deliveredBytes: rm.deliveredBytes,
    },
    segments,
    reverseSegments: revPath.segments,
    senderGw,
    receiverGw,
    underlay: {
      spi,
      sent: fwdPath.underlaySent,
      lost: fwdPath.underlayLost,
      unknown: fwdPath.underlayUnknown,
      oneWayDelay: toDist(fwdPath.owd.view()),
      lostSample: fwdPath.lostSeqs,
    },
    replay,
    mtu,
    espOverhead: ov === undefined ? null : { typical: ov.typical, min: ov.min, max: ov.max },
    capacityBps: measured.length === 0 ? 0 : Math.min(...measured),
    ipVersion: flows.version[flowSnd] as number,
    gaps,
    timeline,
    findings: pathFindings({ label: sndIdx.label, x: snd }, { label: rcvIdx.label, x: rcv }, fwdPath.marks, {
      sAck,
      rAck,
      tooBig: snd.s.tooBig,
    }),
  };
}
