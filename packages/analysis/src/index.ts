export type { CaptureErrorCode } from "./capture/errors.js";
export { CAPTURE_ERROR_CODES, CaptureFormatError } from "./capture/errors.js";
export { EVIDENCE_SNAPLEN, PcapWriter } from "./capture/pcap-writer.js";
export type { CaptureReaderOptions } from "./capture/reader.js";
export { CaptureReader } from "./capture/reader.js";
export type { CorrelateOptions } from "./correlate/correlate.js";
export { correlate } from "./correlate/correlate.js";
export type {
  GatewayCapture,
  GatewayCaptureOptions,
  InterfaceCounters,
} from "./correlate/gateway-capture.js";
export { emptyInterfaceCounters, GatewayCaptureAnalyzer } from "./correlate/gateway-capture.js";
export type { TapAssignment } from "./correlate/taps.js";
export { classifyTaps } from "./correlate/taps.js";
export type { EspOverhead, TransitAlignment, TransitRecords } from "./correlate/transit.js";
export { alignTransit, estimateOverhead, setTransitLinks, transitLinksOf } from "./correlate/transit.js";
export { decodeFrame, LinkType } from "./decode/frame.js";
export type { CaptureHealth, CaptureInterface } from "./decode/packet.js";
export { DecodeStatus, emptyCaptureHealth, L4, PacketView, PktType, TcpFlag } from "./decode/packet.js";
export type { EspAnalyzerOptions, EspSaResult } from "./esp/esp-analyzer.js";
export { EspAnalyzer, formatAddress, formatIpv6Words, REORDER_BUCKETS } from "./esp/esp-analyzer.js";
export type { InspectInterface, InspectorOptions, InspectReport } from "./inspect/inspector.js";
export { CaptureInspector } from "./inspect/inspector.js";
export { TcpAnalyzer } from "./tcp/analyzer.js";
export type { TcpFlagCounts } from "./tcp/flags.js";
export { TcpAnalysisFlag, TcpFlagName, tcpFlagNames } from "./tcp/flags.js";
export type {
  TcpAnalysisResult,
  TcpAnalyzerOptions,
  TcpDirectionResult,
  TcpHandshake,
  TcpIfaceTotals,
  TcpInterval,
  TcpIntervalSummary,
  TcpRttStats,
} from "./tcp/types.js";
export { judgeFlow, overallVerdict, RULES } from "./verdict/engine.js";
export type {
  Candidate,
  Cause,
  FlowEvidence,
  LimitedBy,
  Location,
  Rule,
  RuleResult,
} from "./verdict/evidence.js";
export type {
  CaptureReport,
  ClockReport,
  EvidenceFinding,
  FindingKind,
  FlowReport,
  FlowTimeline,
  GatewayReport,
  OverallVerdict,
  Report,
  SaReport,
  SegmentRow,
  SegmentTimeline,
  Verdict,
} from "./verdict/report.js";
export { MAX_FINDING_FRAMES, REPORT_SCHEMA } from "./verdict/report.js";
