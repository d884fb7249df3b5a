/**
 * The one codec of tunnelscope's wire messages, and the only module that imports the
 * generated code.
 *
 * Encoding verifies the message (protobufjs `verify` plus the contract checks below)
 * and caps its size. Decoding caps the size, decodes inside a try and checks the
 * contract; it never throws, whatever the bytes: a bad message from the network is a
 * result to count and log, not an exception. Both return a {@link Result}.
 */
import { tunnelscope } from "#gen/tunnelscope.js";
import { ProtocolError } from "./errors.js";
import { quote, validateId } from "./ids.js";
import { int64ToBigInt } from "./int64.js";
import { err, ok, type Result } from "./result.js";

export import v1 = tunnelscope.v1;

/** Default size cap, in bytes, of one encoded message: NATS's default max_payload (1 MiB). */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** Report.schema_version this package writes and reads. */
export const REPORT_SCHEMA_VERSION = 1;

/** Highest valid StartCapture.sampling_rate: 2^32 = every packet. */
export const SAMPLING_RATE_ALL = 0x1_0000_0000n;

/** Options of every encode and decode call. */
export interface CodecOptions {
  /** Largest encoded message accepted, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  readonly maxBytes?: number;
}

/** The top-level messages: what travels on its own over NATS or is stored. */
interface Messages {
  AgentHello: { init: v1.AgentHello.$Properties; message: v1.AgentHello };
  Heartbeat: { init: v1.Heartbeat.$Properties; message: v1.Heartbeat };
  SessionCommand: { init: v1.SessionCommand.$Properties; message: v1.SessionCommand };
  SessionAck: { init: v1.SessionAck.$Properties; message: v1.SessionAck };
  SummaryBatch: { init: v1.SummaryBatch.$Properties; message: v1.SummaryBatch };
  Report: { init: v1.Report.$Properties; message: v1.Report };
}

/** Name of a top-level message type. */
export type MessageName = keyof Messages;
/** What encoding a message of type `N` takes: a plain object of its fields (all optional). */
export type MessageInit<N extends MessageName> = Messages[N]["init"];
/** What decoding a message of type `N` gives (absent fields read as their defaults). */
export type Message<N extends MessageName> = Messages[N]["message"];

interface StaticType<I, M> {
  verify(message: { [k: string]: unknown }): string | null;
  encode(message: I): { finish(): Uint8Array };
  decode(reader: Uint8Array): M;
}

type Types = { readonly [N in MessageName]: StaticType<MessageInit<N>, Message<N>> };

const TYPES: Types = {
  AgentHello: v1.AgentHello,
  Heartbeat: v1.Heartbeat,
  SessionCommand: v1.SessionCommand,
  SessionAck: v1.SessionAck,
  SummaryBatch: v1.SummaryBatch,
  Report: v1.Report,
};

/** Every top-level message type, for iteration (tests, tools). */
export const MESSAGE_NAMES: readonly MessageName[] = Object.freeze(Object.keys(TYPES) as MessageName[]);

/**
 * Contract checks beyond protobuf types, on what both sides see: a plain object before
 * encoding, a decoded message after. Each returns null or what is wrong.
 */
type Check<N extends MessageName> = (m: MessageInit<N>) => string | null;

function idProblem(field: string, kind: "agent id" | "session id", value: unknown): string | null {
  const r = validateId(kind, value);
  return r.ok ? null : `${field}: ${r.error.message}`;
}

const CHECKS: { readonly [N in MessageName]: Check<N> } = {
  AgentHello: (m) => idProblem("agentId", "agent id", m.agentId),
  Heartbeat: (m) => {
    if (m.hello === null || m.hello === undefined) return "hello: missing; embed the agent's AgentHello";
    const id = idProblem("hello.agentId", "agent id", m.hello.agentId);
    if (id !== null) return id;
    for (const [i, s] of (m.activeSessionIds ?? []).entries()) {
      const p = idProblem(`activeSessionIds[${i}]`, "session id", s);
      if (p !== null) return p;
    }
    return null;
  },
  SessionCommand: (m) => {
    const id = idProblem("sessionId", "session id", m.sessionId);
    if (id !== null) return id;
    const set = [m.start, m.stop, m.status].filter((c) => c !== null && c !== undefined).length;
    if (set !== 1) return `command: set exactly one of start, stop, status (${set} set)`;
    const rate = int64ToBigInt(m.start?.samplingRate);
    if (rate < 0n || rate > SAMPLING_RATE_ALL) {
      return `start.samplingRate: ${rate} is outside 0..2^32; use 0..4294967296 (a fraction of 2^32)`;
    }
    return null;
  },
  SessionAck: (m) => idProblem("sessionId", "session id", m.sessionId),
  SummaryBatch: (m) => {
    const id =
      idProblem("sessionId", "session id", m.sessionId) ?? idProblem("agentId", "agent id", m.agentId);
    if (id !== null) return id;
    if (!m.batchSeq || m.batchSeq < 1) return "batchSeq: missing; number batches from 1";
    if (int64ToBigInt(m.intervalEndNs) < int64ToBigInt(m.intervalStartNs)) {
      return "intervalEndNs: before intervalStartNs; the interval is [start, end)";
    }
    return null;
  },
  Report: (m) => {
    const id = idProblem("sessionId", "session id", m.sessionId);
    if (id !== null) return id;
    if (m.schemaVersion !== REPORT_SCHEMA_VERSION) {
      return `schemaVersion: ${String(m.schemaVersion ?? 0)} is not supported; this build reads and writes ${REPORT_SCHEMA_VERSION}`;
    }
    return null;
  },
};

function maxBytesOf(options: CodecOptions | undefined): number {
  const max = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(max) || max < 1) {
    throw new ProtocolError(
      "PROTO_INVALID_OPTION",
      `maxBytes ${String(max)} is invalid: use a positive integer number of bytes (default ${DEFAULT_MAX_BYTES})`,
    );
  }
  return max;
}

function typeOf<N extends MessageName>(name: N): StaticType<MessageInit<N>, Message<N>> {
  if (!Object.hasOwn(TYPES, name)) {
    throw new ProtocolError(
      "PROTO_UNKNOWN_TYPE",
      `no message type ${quote(name)}: use one of ${MESSAGE_NAMES.join(", ")}`,
    );
  }
  return TYPES[name];
}

function causeText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * Encodes a message after verifying it. Fails with PROTO_INVALID (a field has the wrong
 * type or breaks the contract) or PROTO_TOO_LARGE (split the batch or raise maxBytes).
 * Throws only for a bad option or an unknown type name (programming errors).
 */
export function encode<N extends MessageName>(
  name: N,
  message: MessageInit<N>,
  options?: CodecOptions,
): Result<Uint8Array, ProtocolError> {
  const max = maxBytesOf(options);
  const type = typeOf(name);
  const problem =
    typeof message === "object" && message !== null
      ? (type.verify(message as { [k: string]: unknown }) ?? (CHECKS[name] as Check<N>)(message))
      : "object expected";
  if (problem !== null) {
    return err(new ProtocolError("PROTO_INVALID", `cannot encode ${name}: ${problem}`));
  }
  let bytes: Uint8Array;
  try {
    bytes = type.encode(message).finish();
  } catch (cause) {
    return err(new ProtocolError("PROTO_INVALID", `cannot encode ${name}: ${causeText(cause)}`, { cause }));
  }
  if (bytes.length > max) {
    return err(
      new ProtocolError(
        "PROTO_TOO_LARGE",
        `${name} encodes to ${bytes.length} bytes, over the ${max}-byte cap: ` +
          "send less per message (e.g. fewer digests per batch) or raise maxBytes and NATS max_payload together",
      ),
    );
  }
  return ok(bytes);
}

/**
 * Decodes a message received from the network or read from storage. Never throws for
 * any input: fails with PROTO_EMPTY, PROTO_TOO_LARGE, PROTO_MALFORMED (not a valid
 * encoding of this type) or PROTO_INVALID (valid encoding, broken contract).
 *
 * The input is copied first, so `bytes` fields of the result never alias a buffer the
 * caller reuses.
 */
export function decode<N extends MessageName>(
  name: N,
  bytes: Uint8Array,
  options?: CodecOptions,
): Result<Message<N>, ProtocolError> {
  const max = maxBytesOf(options);
  const type = typeOf(name);
  if (!(bytes instanceof Uint8Array)) {
    return err(
      new ProtocolError(
        "PROTO_MALFORMED",
        `cannot decode ${name}: expected a Uint8Array, got ${quote(bytes)}`,
      ),
    );
  }
  if (bytes.length === 0) {
    return err(
      new ProtocolError(
        "PROTO_EMPTY",
        `cannot decode ${name}: the payload is empty; the sender published nothing (check its encode result)`,
      ),
    );
  }
  if (bytes.length > max) {
    return err(
      new ProtocolError(
        "PROTO_TOO_LARGE",
        `cannot decode ${name}: ${bytes.length} bytes is over the ${max}-byte cap; ` +
          "the sender must split it, or raise maxBytes on both sides",
      ),
    );
  }
  let message: Message<N>;
  try {
    message = type.decode(new Uint8Array(bytes));
  } catch (cause) {
    return err(
      new ProtocolError(
        "PROTO_MALFORMED",
        `cannot decode ${name}: ${causeText(cause)}; the bytes are not a ${name} ` +
          "(wrong subject, truncated, or not tunnelscope protobuf)",
        { cause },
      ),
    );
  }
  const problem = (CHECKS[name] as Check<N>)(message);
  if (problem !== null) {
    return err(new ProtocolError("PROTO_INVALID", `${name} rejected: ${problem}; fix the sender`));
  }
  return ok(message);
}
