/**
 * Per-interval series of one flow direction on A's clock (the report's `timeline`).
 *
 * Nothing here walks packets: the TCP series are the `TcpAnalyzer` intervals each gateway
 * capture already keeps (100 ms, on that capture's clock), moved onto A's clock and merged
 * into the report's intervals; the per-segment and transit series are filled by
 * `followPath` while it follows each packet anyway (`PathBins`).
 */
import type { TcpInterval } from "../tcp/types.js";
import type { FlowTimeline, SegmentTimeline } from "../verdict/report.js";
import { NumList, quantileSorted } from "./stats.js";

/** Interval of the TCP analysers of the gateway captures, and the finest timeline interval (µs). */
export const TIMELINE_BASE_US = 100_000;
/** No timeline series has more points than this; longer captures get wider intervals. */
export const TIMELINE_MAX_POINTS = 600;

export class TimelineGrid {
  readonly startUs: number;
  readonly intervalUs: number;
  readonly points: number;

  /** A grid covering `[loUs, hiUs]` (A's clock). */
  constructor(loUs: number, hiUs: number) {
    const start = Math.floor(loUs / TIMELINE_BASE_US) * TIMELINE_BASE_US;
    const base = Math.max(1, Math.ceil((hiUs - start + 1) / TIMELINE_BASE_US));
    const factor = Math.max(1, Math.ceil(base / TIMELINE_MAX_POINTS));
    this.startUs = start;
    this.intervalUs = TIMELINE_BASE_US * factor;
    this.points = Math.max(1, Math.ceil(base / factor));
  }

  /** Interval holding `tsA` (A's clock), -1 outside the grid. */
  bin(tsA: number): number {
    const b = Math.floor((tsA - this.startUs) / this.intervalUs);
    return b >= 0 && b < this.points ? b : -1;
  }
}

/** Per-interval delay samples, summarised as medians. */
export class DelayBins {
  private readonly samples: (NumList | undefined)[];
  constructor(readonly grid: TimelineGrid) {
    this.samples = new Array<NumList | undefined>(grid.points).fill(undefined);
  }
  add(bin: number, us: number): void {
    if (bin < 0) return;
    let l = this.samples[bin];
    if (l === undefined) {
      l = new NumList(16);
      this.samples[bin] = l;
    }
    l.push(us);
  }
  medians(): (number | null)[] {
    return this.samples.map((l) =>
      l === undefined ? null : Math.round(quantileSorted(Float64Array.from(l.view()).sort(), 0.5)),
    );
  }
}

/** Packets entering one path segment, those lost in it, and its delay, per interval. */
export class SegmentBins {
  readonly packets: Int32Array;
  readonly lost: Int32Array;
  readonly delay: DelayBins;
  constructor(grid: TimelineGrid) {
    this.packets = new Int32Array(grid.points);
    this.lost = new Int32Array(grid.points);
    this.delay = new DelayBins(grid);
  }
  enter(bin: number): void {
    if (bin >= 0) this.packets[bin] = (this.packets[bin] as number) + 1;
  }
  lose(bin: number): void {
    if (bin >= 0) this.lost[bin] = (this.lost[bin] as number) + 1;
  }
  row(segment: string, from: string, to: string): SegmentTimeline {
    return {
      segment,
      from,
      to,
      packets: Array.from(this.packets),
      lost: Array.from(this.lost),
      delayP50Us: this.delay.medians(),
    };
  }
}

/** What `followPath` fills while following the packets of a flow direction. */
export interface PathBins {
  readonly grid: TimelineGrid;
  readonly sender: SegmentBins;
  readonly underlay: SegmentBins;
  readonly receiver: SegmentBins;
  /** Transit of the encrypting and decrypting gateway (ESP → tunnel tap at the receiver). */
  readonly transitSender: DelayBins;
  readonly transitReceiver: DelayBins;
}

export function newPathBins(grid: TimelineGrid): PathBins {
  return {
    grid,
    sender: new SegmentBins(grid),
    underlay: new SegmentBins(grid),
    receiver: new SegmentBins(grid),
    transitSender: new DelayBins(grid),
    transitReceiver: new DelayBins(grid),
  };
}

type Merge = "min" | "max" | "sum";

/**
 * One figure of a capture's TCP intervals on the grid: each interval falls in the grid
 * interval holding its middle once moved onto A's clock (`shift` = that capture's clock − A's).
 * `pick` returns a negative number when the interval has no value.
 */
function series(
  grid: TimelineGrid,
  intervals: readonly TcpInterval[] | undefined,
  shift: number,
  pick: (iv: TcpInterval) => number,
  merge: Merge,
): (number | null)[] {
  const out = new Array<number | null>(grid.points).fill(null);
  for (const iv of intervals ?? []) {
    const v = pick(iv);
    if (v < 0) continue;
    const b = grid.bin(iv.startUs + TIMELINE_BASE_US / 2 - shift);
    if (b < 0) continue;
    const old = out[b] ?? null;
    out[b] =
      old === null ? v : merge === "min" ? Math.min(old, v) : merge === "max" ? Math.max(old, v) : old + v;
  }
  return out;
}

const zeros = (s: (number | null)[]): number[] => s.map((v) => v ?? 0);

/** The TCP analyser results a timeline reads (each may be missing). */
export interface TimelineTcp {
  /** Data direction at the sender's gateway (site-side tap). */
  readonly dataAtSender: { readonly intervals: readonly TcpInterval[] } | undefined;
  /** ACK direction at the sender's gateway. */
  readonly ackAtSender: { readonly intervals: readonly TcpInterval[] } | undefined;
  /** Data direction at the receiver's gateway. */
  readonly dataAtReceiver: { readonly intervals: readonly TcpInterval[] } | undefined;
  /** ACK direction at the receiver's gateway. */
  readonly ackAtReceiver: { readonly intervals: readonly TcpInterval[] } | undefined;
  /** Clock shifts of the sender's and receiver's captures (their clock − A's). */
  readonly senderShift: number;
  readonly receiverShift: number;
}

export function buildTimeline(
  bins: PathBins,
  tcp: TimelineTcp,
  segmentNames: readonly { readonly from: string; readonly to: string }[],
): FlowTimeline {
  const { grid } = bins;
  const ss = tcp.senderShift;
  const rs = tcp.receiverShift;
  const windowAtSender = series(grid, tcp.ackAtSender?.intervals, ss, (iv) => iv.windowMin, "min");
  const windowAtReceiver = series(grid, tcp.ackAtReceiver?.intervals, rs, (iv) => iv.windowMin, "min");
  const bytesInFlight = series(
    grid,
    tcp.dataAtSender?.intervals,
    ss,
    (iv) => (iv.maxBytesInFlight > 0 ? iv.maxBytesInFlight : -1),
    "max",
  );
  const delivered = tcp.dataAtReceiver ?? tcp.dataAtSender;
  const goodputBytes = series(
    grid,
    delivered?.intervals,
    tcp.dataAtReceiver !== undefined ? rs : ss,
    (iv) => iv.newPayloadBytes,
    "sum",
  );
  const goodputBps = goodputBytes.map((v) => Math.round(((v ?? 0) * 8 * 1e6) / grid.intervalUs));
  const retransmissions = zeros(
    series(
      grid,
      tcp.dataAtSender?.intervals,
      ss,
      (iv) => (iv.flags.retransmission ?? 0) + (iv.flags.fast_retransmission ?? 0),
      "sum",
    ),
  );
  const zeroWindowAcks = zeros(
    series(grid, tcp.ackAtReceiver?.intervals, rs, (iv) => iv.flags.zero_window ?? 0, "sum"),
  );
  const zeroWindowPeriods: { startUs: number; endUs: number }[] = [];
  for (let i = 0; i < grid.points; i++) {
    if ((zeroWindowAcks[i] as number) === 0) continue;
    const startUs = grid.startUs + i * grid.intervalUs;
    const last = zeroWindowPeriods[zeroWindowPeriods.length - 1];
    if (last !== undefined && last.endUs === startUs) last.endUs = startUs + grid.intervalUs;
    else zeroWindowPeriods.push({ startUs, endUs: startUs + grid.intervalUs });
  }
  const names = ["sender-gateway", "underlay", "receiver-gateway"] as const;
  const segs = [bins.sender, bins.underlay, bins.receiver];
  return {
    intervalUs: grid.intervalUs,
    startUs: grid.startUs,
    points: grid.points,
    maxPoints: TIMELINE_MAX_POINTS,
    windowAtSender,
    windowAtReceiver,
    bytesInFlight,
    goodputBps,
    retransmissions,
    zeroWindowAcks,
    zeroWindowPeriods,
    segments: segs.map((s, k) =>
      s.row(names[k] as string, segmentNames[k]?.from ?? "", segmentNames[k]?.to ?? ""),
    ),
    transitSenderUs: bins.transitSender.medians(),
    transitReceiverUs: bins.transitReceiver.medians(),
  };
}
