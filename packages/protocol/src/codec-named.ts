/**
 * One encode/decode pair per top-level message, for call sites that know the type
 * (all of them, in practice). Same behaviour as `encode`/`decode` in codec.ts.
 */
import { type CodecOptions, decode, encode } from "./codec.js";
import type { ProtocolError } from "./errors.js";
import type {
  AgentHello,
  AgentHelloInit,
  Heartbeat,
  HeartbeatInit,
  Report,
  ReportInit,
  SessionAck,
  SessionAckInit,
  SessionCommand,
  SessionCommandInit,
  SummaryBatch,
  SummaryBatchInit,
} from "./messages.js";
import type { Result } from "./result.js";

type Encoded = Result<Uint8Array, ProtocolError>;

export function encodeAgentHello(message: AgentHelloInit, options?: CodecOptions): Encoded {
  return encode("AgentHello", message, options);
}
export function decodeAgentHello(
  bytes: Uint8Array,
  options?: CodecOptions,
): Result<AgentHello, ProtocolError> {
  return decode("AgentHello", bytes, options);
}

export function encodeHeartbeat(message: HeartbeatInit, options?: CodecOptions): Encoded {
  return encode("Heartbeat", message, options);
}
export function decodeHeartbeat(bytes: Uint8Array, options?: CodecOptions): Result<Heartbeat, ProtocolError> {
  return decode("Heartbeat", bytes, options);
}

export function encodeSessionCommand(message: SessionCommandInit, options?: CodecOptions): Encoded {
  return encode("SessionCommand", message, options);
}
export function decodeSessionCommand(
  bytes: Uint8Array,
  options?: CodecOptions,
): Result<SessionCommand, ProtocolError> {
  return decode("SessionCommand", bytes, options);
}

export function encodeSessionAck(message: SessionAckInit, options?: CodecOptions): Encoded {
  return encode("SessionAck", message, options);
}
export function decodeSessionAck(
  bytes: Uint8Array,
  options?: CodecOptions,
): Result<SessionAck, ProtocolError> {
  return decode("SessionAck", bytes, options);
}

export function encodeSummaryBatch(message: SummaryBatchInit, options?: CodecOptions): Encoded {
  return encode("SummaryBatch", message, options);
}
export function decodeSummaryBatch(
  bytes: Uint8Array,
  options?: CodecOptions,
): Result<SummaryBatch, ProtocolError> {
  return decode("SummaryBatch", bytes, options);
}

export function encodeReport(message: ReportInit, options?: CodecOptions): Encoded {
  return encode("Report", message, options);
}
export function decodeReport(bytes: Uint8Array, options?: CodecOptions): Result<Report, ProtocolError> {
  return decode("Report", bytes, options);
}
