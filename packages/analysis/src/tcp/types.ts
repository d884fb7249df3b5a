/** Public result types of the TCP analysis (plain data, JSON-serialisable). */
import type { TcpFlagCounts } from "./flags.js";

/** Options of a `TcpAnalyzer`. */
export interface TcpAnalyzerOptions {
  /** Length of a summary interval in microseconds (default 1 s). Intervals are aligned to the epoch. */
  readonly intervalUs?: number;
  /**
   * Most connections tracked at once (default 65536). Each costs about 3 KiB, plus 24 bytes
   * per unacknowledged segment (at most 10000 per direction). When the table is full the
   * least recently seen connection is evicted (counted in `evictions`; its packets stay in
   * the per-interface totals, its own result is dropped).
   */
  readonly maxFlows?: number;
  /**
   * Called with every interval summary as it closes. When given, intervals are not kept
   * in the result (streaming use: nothing grows with the capture's length).
   */
  readonly onInterval?: (interval: TcpIntervalSummary) => void;
  /**
   * Without `onInterval`: most interval summaries kept in all (default 131072, about
   * 300 bytes each); later ones are counted in each direction's `intervalsDropped`.
   */
  readonly maxIntervals?: number;
  /** Connections closed by a new SYN on the same ports kept for the result (default 65536). */
  readonly maxClosedConnections?: number;
}

/** What one flow direction did during one interval. */
export interface TcpInterval {
  /** Interval start, µs since the epoch (a multiple of the interval length). */
  readonly startUs: number;
  readonly packets: number;
  /** IP bytes (header included). */
  readonly bytes: number;
  /** TCP payload bytes. */
  readonly payloadBytes: number;
  /** Payload bytes above the highest sequence number seen before (new data). */
  readonly newPayloadBytes: number;
  /** TCP header flag counts. */
  readonly syn: number;
  readonly fin: number;
  readonly rst: number;
  /** Analysis flag counts (non-zero ones only). */
  readonly flags: Partial<TcpFlagCounts>;
  /** Scaled window advertised by this direction's sender (SYN and RST segments excluded); -1 when none. */
  readonly windowMin: number;
  readonly windowMax: number;
  readonly windowLast: number;
  /** Largest bytes in flight (tshark's `tcp.analysis.bytes_in_flight`) after a data segment. */
  readonly maxBytesInFlight: number;
  /** RTT samples of this direction's data (ACKs seen from the other side), in µs. */
  readonly rttSamples: number;
  readonly rttMinUs: number;
  readonly rttMaxUs: number;
  /** All payload bits per second, and new payload bits per second (goodput). */
  readonly throughputBps: number;
  readonly goodputBps: number;
}

/** An interval summary with the flow direction it belongs to (`onInterval`). */
export interface TcpIntervalSummary extends TcpInterval {
  readonly iface: number;
  readonly connection: number;
  readonly src: string;
  readonly srcPort: number;
  readonly dst: string;
  readonly dstPort: number;
}

/** Handshake options seen from one side. */
export interface TcpHandshake {
  /** A SYN (or SYN/ACK) of this side was captured. */
  readonly sawSyn: boolean;
  /** MSS option, or null. */
  readonly mss: number | null;
  /** Window-scale shift option (capped at 14), or null. */
  readonly windowScaleShift: number | null;
  readonly sackPermitted: boolean;
  readonly timestamps: boolean;
}

/** RTT statistics of one direction's data, from Wireshark's `tcp.analysis.ack_rtt`. */
export interface TcpRttStats {
  readonly samples: number;
  readonly minUs: number;
  readonly maxUs: number;
  readonly meanUs: number;
  readonly lastUs: number;
}

/** Everything measured about one flow direction at one tap. */
export interface TcpDirectionResult {
  readonly iface: number;
  /** Connection id, shared by both directions of one connection at one tap. */
  readonly connection: number;
  readonly ipVersion: number;
  readonly src: string;
  readonly srcPort: number;
  readonly dst: string;
  readonly dstPort: number;
  readonly firstTs: number;
  readonly lastTs: number;
  readonly packets: number;
  readonly bytes: number;
  readonly payloadBytes: number;
  readonly newPayloadBytes: number;
  /** Analysis flag totals (every name present). */
  readonly flags: TcpFlagCounts;
  readonly handshake: TcpHandshake;
  /**
   * Wireshark's `tcp.window_size_scalefactor` for this sender's windows: the multiplier
   * (`1 << shift`), -1 when unknown (the handshake was not captured: windows are then used
   * unscaled, as tshark does by default), -2 when the handshake says no scaling.
   */
  readonly windowScaleFactor: number;
  /** Scaled advertised window (SYN/RST excluded); -1 when none was seen. */
  readonly windowMin: number;
  readonly windowMax: number;
  readonly windowLast: number;
  readonly maxBytesInFlight: number;
  readonly rtt: TcpRttStats;
  /** Captured packets larger than the peer's MSS (TSO/GRO super-packets). */
  readonly superPackets: number;
  /** Wire segments these packets stand for (super-packets split by the peer's MSS). */
  readonly wireSegments: number;
  readonly intervals: readonly TcpInterval[];
  /** Intervals not kept because of `maxIntervals`. */
  readonly intervalsDropped: number;
}

/** Totals per capture interface (tap), evicted connections included. */
export interface TcpIfaceTotals {
  readonly iface: number;
  readonly packets: number;
  readonly connections: number;
  readonly flags: TcpFlagCounts;
}

/** The result of `TcpAnalyzer.finish()`. */
export interface TcpAnalysisResult {
  readonly intervalUs: number;
  /** TCP packets analysed. */
  readonly packets: number;
  /** Packets not analysed: not TCP (or not decoded), and IP fragments. */
  readonly skipped: { readonly notTcp: number; readonly fragments: number };
  /** Connections evicted from a full table, and closed connections not kept. */
  readonly evictions: number;
  readonly closedDropped: number;
  readonly ifaces: readonly TcpIfaceTotals[];
  readonly directions: readonly TcpDirectionResult[];
}
