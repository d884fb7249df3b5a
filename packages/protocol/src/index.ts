/**
 * @tunnelscope/protocol — tunnelscope's wire contract: the v1 protobuf messages, the
 * one codec that encodes and verifies them, NATS names, and the base error class.
 */
export const PROTOCOL_VERSION = "v1";

export type { CodecOptions, Message, MessageInit, MessageName } from "./codec.js";
export {
  DEFAULT_MAX_BYTES,
  decode,
  encode,
  MESSAGE_NAMES,
  REPORT_SCHEMA_VERSION,
  SAMPLING_RATE_ALL,
} from "./codec.js";
export {
  decodeAgentHello,
  decodeHeartbeat,
  decodeReport,
  decodeSessionAck,
  decodeSessionCommand,
  decodeSummaryBatch,
  encodeAgentHello,
  encodeHeartbeat,
  encodeReport,
  encodeSessionAck,
  encodeSessionCommand,
  encodeSummaryBatch,
} from "./codec-named.js";
export type { ProtocolErrorCode } from "./errors.js";
export { ProtocolError, TunnelscopeError } from "./errors.js";
export type { IdKind } from "./ids.js";
export { ID_PATTERN, isValidId, validateId } from "./ids.js";
export type { Int64 } from "./int64.js";
export { int64FromBigInt, int64ToBigInt, int64ToNumber } from "./int64.js";
export type {
  AgentHello,
  AgentHelloInit,
  AgentInterface,
  Capabilities,
  CaptureHealth,
  CaptureInterfaceRole,
  ClockAlignment,
  ClockSync,
  EspSaSummary,
  FlowDirectionReport,
  FlowDirectionSummary,
  FlowKey,
  Heartbeat,
  HeartbeatInit,
  HostCounters,
  IcmpTooBig,
  InterfaceMtu,
  IpsecSa,
  PacketDigest,
  Report,
  ReportInit,
  SegmentRow,
  SessionAck,
  SessionAckInit,
  SessionCommand,
  SessionCommandInit,
  StartCapture,
  StatusRequest,
  StopCapture,
  SummaryBatch,
  SummaryBatchInit,
  Sysctls,
  TcpAnalysisCounts,
  Verdict,
} from "./messages.js";
export {
  CaptureBackend,
  Cause,
  ClockSyncState,
  Collector,
  DigestKind,
  LimitedBy,
  Location,
  PacketDirection,
  SaDirection,
  SessionError,
  SessionState,
  Tap,
  TapPoint,
} from "./messages.js";
export type { Result } from "./result.js";
export { err, ok } from "./result.js";
export type { SummarySubjectIds } from "./subjects.js";
export {
  AGENTS_KV_BUCKET,
  agentCommandSubject,
  agentKvKey,
  msgId,
  parseSessionEvidenceSubject,
  parseSummarySubject,
  SESSION_EVIDENCE_SUBJECTS,
  SUBJECT_PREFIX,
  SUMMARY_STREAM,
  SUMMARY_STREAM_SUBJECTS,
  sessionEvidenceSubject,
  sessionLiveSubject,
  sessionSummaryFilter,
  summarySubject,
} from "./subjects.js";
