/**
 * The analysis report: the machine contract (DESIGN §5/§6), versioned by `schema`.
 * All durations are µs, sizes bytes, rates bits/s; timestamps are µs since the Unix epoch on
 * capture A's clock unless a field says otherwise.
 */
import type { EspSaResult } from "../esp/esp-analyzer.js";
import type { Candidate, Cause, LimitedBy, Location } from "./evidence.js";

export const REPORT_SCHEMA = "tunnelscope.report/v1";

export interface DelaySummary {
  readonly count: number;
  readonly minUs: number;
  readonly p50Us: number;
  readonly p90Us: number;
  readonly maxUs: number;
}

/** The winning rule's candidate (location, cause, confidence, evidence, remedies, filters) and why it won. */
export interface Verdict extends Candidate {
  readonly limitedBy: LimitedBy;
  /** Why the winner won (its margin over the other candidates). */
  readonly why: readonly string[];
  /** Causes that did not fire, each with the reason. */
  readonly ruledOut: readonly string[];
  /** Every cause that fired, strongest first. */
  readonly candidates: readonly {
    readonly cause: Cause;
    readonly location: Location;
    readonly confidence: number;
  }[];
}

export interface OverallVerdict extends Verdict {
  /** Flow direction the overall verdict comes from (null when there was none). */
  readonly flow: string | null;
}

export interface SegmentRow {
  readonly flow: string;
  /** "data": the flow direction itself; "ack": its opposite direction. */
  readonly direction: "data" | "ack";
  readonly segment: string;
  readonly from: string;
  readonly to: string;
  readonly packetsIn: number;
  readonly lost: number;
  readonly unknown: number;
  readonly delay: DelaySummary;
}

export interface FlowReport {
  readonly id: string;
  readonly sender: { readonly addr: string; readonly port: number; readonly gateway: string };
  readonly receiver: { readonly addr: string; readonly port: number; readonly gateway: string };
  readonly verdict: Verdict;
  readonly limitedByWhy: string;
  readonly figures: {
    readonly durationUs: number;
    readonly goodputBps: number;
    readonly capacityBps: number;
    readonly dataBytes: number;
    readonly retransmittedPackets: number;
    readonly rtt: DelaySummary;
    readonly flightP90: number;
    readonly windowMax: number;
    readonly windowP50: number;
    readonly windowScaleKnown: boolean;
    readonly windowFull: number;
    readonly zeroWindowAcks: number;
    readonly zeroWindowUs: number;
    readonly underlayLost: number;
    readonly lateArrivals: number;
    readonly maxReorderDepth: number;
  };
  readonly segments: readonly SegmentRow[];
  readonly gaps: readonly string[];
  /** Per-interval series on A's clock (null when the flow could not be binned). */
  readonly timeline: FlowTimeline | null;
  /** The packets that show each problem seen on this flow direction (frame numbers per capture). */
  readonly findings: readonly EvidenceFinding[];
}

/** Findings `EvidenceFinding.finding` can name. */
export type FindingKind =
  | "underlay-loss"
  | "sender-gateway-deaths"
  | "receiver-gateway-deaths"
  | "zero-window"
  | "window-full"
  | "sender-gateway-transit"
  | "receiver-gateway-transit"
  | "icmp-too-big";

/** Packets that show one problem, by frame number (Wireshark's `frame.number`, 1-based). */
export interface EvidenceFinding {
  readonly finding: FindingKind;
  readonly description: string;
  /** Per capture, at most `MAX_FINDING_FRAMES` frame numbers, ascending. */
  readonly frames: readonly { readonly gateway: string; readonly numbers: readonly number[] }[];
}

/** Cap on the frame numbers one finding keeps per capture. */
export const MAX_FINDING_FRAMES = 32;

/**
 * Per-interval series of one flow direction on the aligned clock (A's). Point `i` covers
 * `[startUs + i × intervalUs, startUs + (i + 1) × intervalUs)`. The interval is 100 ms, widened
 * to a multiple of 100 ms so that no series has more than `maxPoints` points. A `null` point:
 * nothing was seen in that interval. Figures from B's capture are moved onto A's clock by the
 * clock offset and fall in the 100 ms interval that holds their middle.
 */
export interface FlowTimeline {
  readonly intervalUs: number;
  readonly startUs: number;
  readonly points: number;
  /** The cap on `points` (longer captures get wider intervals). */
  readonly maxPoints: number;
  /** Smallest receive window the receiver advertised, as seen at the sender's gateway (bytes). */
  readonly windowAtSender: readonly (number | null)[];
  /** Same, as seen at the receiver's gateway. */
  readonly windowAtReceiver: readonly (number | null)[];
  /** Largest bytes in flight after a data segment, at the sender's gateway. */
  readonly bytesInFlight: readonly (number | null)[];
  /** New payload delivered at the receiver's gateway, bits/s. */
  readonly goodputBps: readonly number[];
  /** Retransmitted data segments (incl. fast retransmissions), at the sender's gateway. */
  readonly retransmissions: readonly number[];
  /** Zero-window ACKs, at the receiver's gateway. */
  readonly zeroWindowAcks: readonly number[];
  /** Runs of intervals holding a zero-window ACK (A's clock, µs). */
  readonly zeroWindowPeriods: readonly { readonly startUs: number; readonly endUs: number }[];
  /** Per path segment (sender-gateway, underlay, receiver-gateway); packets binned by when they entered it. */
  readonly segments: readonly SegmentTimeline[];
  /** Median transit through each gateway (µs): encryption at the sender, decryption at the receiver. */
  readonly transitSenderUs: readonly (number | null)[];
  readonly transitReceiverUs: readonly (number | null)[];
}

export interface SegmentTimeline {
  readonly segment: string;
  readonly from: string;
  readonly to: string;
  readonly packets: readonly number[];
  readonly lost: readonly number[];
  readonly delayP50Us: readonly (number | null)[];
}

export interface TapReport {
  readonly iface: number;
  readonly name: string | null;
  readonly role: "outer" | "tunnel" | "lan" | "other";
  readonly packets: number;
  readonly tcpIn: number;
  readonly tcpOut: number;
  readonly espIn: number;
  readonly espOut: number;
}

export interface GatewayReport {
  /** "A" or "B". */
  readonly gateway: string;
  readonly taps: readonly TapReport[];
  readonly tapReasons: readonly string[];
  readonly espOverhead: { readonly typical: number; readonly min: number; readonly max: number } | null;
  /** How decrypted packets were tied to their ESP packet ("identity": via the peer capture). */
  readonly decryptMatching: "identity" | "order" | "none";
  readonly encrypt: GatewayStage;
  readonly decrypt: GatewayStage;
}

export interface GatewayStage {
  /** Packets that entered the stage (inner for encrypt, ESP for decrypt). */
  readonly packetsIn: number;
  readonly transit: DelaySummary;
  /** Median transit per tenth of the capture (µs). */
  readonly transitTrend: readonly number[];
  /** The transit keeps rising over the capture (a queue building up), see `isGrowing`. */
  readonly growing: boolean;
  /** Entered and never came out although the capture went on long enough. */
  readonly died: number;
  /** Of `died` (decrypt only): arrived below the SA's highest sequence number. */
  readonly diedLate: number;
  /** Reorder depth of the packets that died, per `REORDER_BUCKETS` bucket (decrypt only). */
  readonly diedDepthHistogram: readonly number[];
  readonly unknown: number;
}

export interface SaReport {
  readonly spi: string;
  readonly src: string;
  readonly dst: string;
  /** Gateway that encrypts on this SA ("A"/"B"), or null when only one capture saw it. */
  readonly sender: string | null;
  readonly sent: number;
  readonly received: number;
  readonly lostInUnderlay: number;
  readonly unknown: number;
  readonly oneWayDelay: DelaySummary;
  /** Per-tap sequence analysis from each capture. */
  readonly taps: readonly (EspSaResult & { readonly gateway: string })[];
}

export interface CaptureReport {
  readonly gateway: string;
  /** Display name of the source (file name), when the caller gave one. */
  readonly source: string | null;
  /** First and last packet, µs since the epoch on this capture's own clock. */
  readonly firstTs: number;
  readonly lastTs: number;
  readonly packets: number;
  readonly health: Readonly<Record<string, number | boolean>> | null;
  readonly recordsKept: number;
  readonly recordsDropped: number;
}

export interface ClockReport {
  /** B's clock minus A's clock. */
  readonly offsetUs: number;
  /** The true offset lies within offsetUs ± boundUs (null: only one direction seen). */
  readonly boundUs: number | null;
  readonly method: string;
  readonly samplesAB: number;
  readonly samplesBA: number;
  readonly inconsistent: boolean;
}

export interface Report {
  readonly schema: typeof REPORT_SCHEMA;
  readonly verdict: OverallVerdict;
  readonly flows: readonly FlowReport[];
  readonly clock: ClockReport;
  /** Per-segment table of the overall verdict's flow (both directions). */
  readonly segments: readonly SegmentRow[];
  readonly gateways: readonly GatewayReport[];
  readonly sas: readonly SaReport[];
  readonly captures: readonly CaptureReport[];
  /** True when something could not be measured (see `missing`). */
  readonly partial: boolean;
  readonly missing: readonly string[];
  /** Flow directions with data that got no verdict of their own (over the limit). */
  readonly flowsNotJudged: number;
}
