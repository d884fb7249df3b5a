/**
 * Assembles the report: verdicts from the evidence, plus the per-gateway, per-SA and
 * per-capture tables.
 */
import { REORDER_BUCKETS } from "../esp/esp-analyzer.js";
import type { Dist, FlowEvidence, SegmentEvidence } from "../verdict/evidence.js";
import type { DelaySummary, GatewayReport, GatewayStage, SaReport, SegmentRow } from "../verdict/report.js";
import { type Direction, Fate, followEsp, newTrajectory } from "./direction.js";
import type { CaptureIndex } from "./flow-evidence.js";
import type { LinkedCapture } from "./pair.js";
import { distribution, isGrowing, NumList, quantileSorted } from "./stats.js";

/** Transit that rises by this much over the capture counts as growing (µs). */
const GROWTH_US = 5000;

export function delay(d: Dist): DelaySummary {
  return { count: d.count, minUs: d.min, p50Us: d.p50, p90Us: d.p90, maxUs: d.max };
}

export function segmentRows(e: FlowEvidence): SegmentRow[] {
  const row = (s: SegmentEvidence, direction: "data" | "ack"): SegmentRow => ({
    flow: e.id,
    direction,
    segment: s.segment,
    from: s.from,
    to: s.to,
    packetsIn: s.packetsIn,
    lost: s.lost,
    unknown: s.unknown,
    delay: delay(s.delay),
  });
  return [...e.segments.map((s) => row(s, "data")), ...e.reverseSegments.map((s) => row(s, "ack"))];
}

function bucketOf(depth: number): number {
  for (let i = 0; i < REORDER_BUCKETS.length; i++) if (depth <= (REORDER_BUCKETS[i] as number)) return i;
  return REORDER_BUCKETS.length;
}

function trendOf(values: NumList, times: NumList, lo: number, hi: number): number[] {
  if (values.length === 0) return [];
  const bins = 10;
  const width = (hi - lo) / bins || 1;
  const buckets: number[][] = Array.from({ length: bins }, () => []);
  for (let k = 0; k < values.length; k++) {
    buckets[Math.min(bins - 1, Math.max(0, Math.floor((times.get(k) - lo) / width)))]?.push(values.get(k));
  }
  let last = 0;
  return buckets.map((b) => {
    if (b.length > 0) last = quantileSorted(Float64Array.from(b).sort(), 0.5);
    return last;
  });
}

/** Encrypting stage of `x` (it is the sender of `out`). */
function encryptStage(out: Direction): GatewayStage {
  const x = out.snd;
  const transit = new NumList();
  const times = new NumList();
  let died = 0;
  let unknown = 0;
  for (let k = 0; k < x.s.tunnelOut.length; k++) {
    const i = x.s.tunnelOut[k] as number;
    const e = x.next[i] as number;
    const ts = x.r.ts[i] as number;
    if (e >= 0) {
      transit.push((x.r.ts[e] as number) - ts);
      times.push(ts);
    } else if (ts + out.graceEnc > x.s.cap.lastTs) unknown++;
    else died++;
  }
  const trend = trendOf(transit, times, x.s.cap.firstTs, x.s.cap.lastTs);
  return {
    packetsIn: x.s.tunnelOut.length,
    transit: delay(distribution(transit.view())),
    transitTrend: trend,
    growing: isGrowing(trend, GROWTH_US),
    died,
    diedLate: 0,
    diedDepthHistogram: [],
    unknown,
  };
}

/** Decrypting stage of `x` (it is the receiver of `inb`). */
function decryptStage(inb: Direction, depth: Int32Array): GatewayStage {
  const x = inb.rcv;
  const peer = inb.snd;
  const transit = new NumList();
  const times = new NumList();
  const hist = new Array<number>(REORDER_BUCKETS.length + 1).fill(0);
  let died = 0;
  let diedLate = 0;
  let unknown = 0;
  for (let k = 0; k < x.s.espIn.length; k++) {
    const e = x.s.espIn[k] as number;
    const j = x.next[e] as number;
    const ts = x.r.ts[e] as number;
    if (j >= 0) {
      transit.push((x.r.ts[j] as number) - ts);
      times.push(ts);
      continue;
    }
    const pe = x.peer[e] as number;
    const chainKnown = x.decryptMethod === "order" || (pe >= 0 && (peer.prev[pe] as number) >= 0);
    if (x.decryptMethod === "none" || !chainKnown || ts + inb.graceDec > x.s.cap.lastTs) {
      unknown++;
      continue;
    }
    died++;
    const d = depth[e] as number;
    if (d > 0) {
      diedLate++;
      const b = bucketOf(d);
      hist[b] = (hist[b] as number) + 1;
    }
  }
  const trend = trendOf(transit, times, x.s.cap.firstTs, x.s.cap.lastTs);
  return {
    packetsIn: x.s.espIn.length,
    transit: delay(distribution(transit.view())),
    transitTrend: trend,
    growing: isGrowing(trend, GROWTH_US),
    died,
    diedLate,
    diedDepthHistogram: hist,
    unknown,
  };
}

export function gatewayReport(
  label: string,
  out: Direction,
  inb: Direction,
  idx: CaptureIndex,
): GatewayReport {
  const x: LinkedCapture = out.snd;
  const taps = x.s.taps;
  return {
    gateway: label,
    taps: x.s.cap.interfaces.map((c) => ({
      iface: c.id,
      name: c.name ?? null,
      role: taps.roles.get(c.id) ?? "other",
      packets: c.packets,
      tcpIn: c.tcpIn,
      tcpOut: c.tcpOut,
      espIn: c.espIn,
      espOut: c.espOut,
    })),
    tapReasons: taps.reasons,
    espOverhead:
      x.overhead === undefined
        ? null
        : { typical: x.overhead.typical, min: x.overhead.min, max: x.overhead.max },
    decryptMatching: x.decryptMethod,
    encrypt: encryptStage(out),
    decrypt: decryptStage(inb, idx.depth),
  };
}

/** One row per SA seen sending in either capture. */
export function saReports(ab: Direction, ba: Direction, labels: readonly [string, string]): SaReport[] {
  const out: SaReport[] = [];
  const t = newTrajectory();
  for (const [d, sender, receiver] of [
    [ab, labels[0], labels[1]],
    [ba, labels[1], labels[0]],
  ] as const) {
    const snd = d.snd;
    const sas = snd.s.cap.sas;
    const perSa = new Map<
      number,
      { sent: number; received: number; lost: number; unknown: number; owd: NumList }
    >();
    for (let k = 0; k < snd.s.espOut.length; k++) {
      const e = snd.s.espOut[k] as number;
      const sa = snd.r.key[e] as number;
      let s = perSa.get(sa);
      if (s === undefined) {
        s = { sent: 0, received: 0, lost: 0, unknown: 0, owd: new NumList() };
        perSa.set(sa, s);
      }
      s.sent++;
      followEsp(d, e, t);
      if (t.espIn >= 0) {
        s.received++;
        s.owd.push((d.rcv.r.ts[t.espIn] as number) - d.rcvShift - ((snd.r.ts[e] as number) - d.sndShift));
      } else if (t.fate === Fate.LostUnderlay) s.lost++;
      else s.unknown++;
    }
    for (const [sa, s] of perSa) {
      if (sa < 0) continue;
      const spi = sas.a[sa] as number;
      const src = sas.src(sa);
      const dst = sas.dst(sa);
      // The receiver may see other outer addresses (NAT-T): match it by SPI alone.
      const tapsOf = (cap: LinkedCapture, gateway: string, exact: boolean) =>
        cap.s.cap.esp
          .filter((r) => r.spi === spi && (!exact || (r.src === src && r.dst === dst)))
          .map((r) => ({ ...r, gateway }));
      out.push({
        spi: `0x${spi.toString(16).padStart(8, "0")}`,
        src,
        dst,
        sender,
        sent: s.sent,
        received: s.received,
        lostInUnderlay: s.lost,
        unknown: s.unknown,
        oneWayDelay: delay(distribution(s.owd.view())),
        taps: [...tapsOf(snd, sender, true), ...tapsOf(d.rcv, receiver, false)],
      });
    }
  }
  return out;
}
