/**
 * NATS names of the v1 protocol (DESIGN §4). Every subject starts with
 * `tunnelscope.v1.`; ids are checked, so a bad id never becomes a wildcard or an
 * extra subject token.
 *
 * | what                          | name                                              |
 * |-------------------------------|---------------------------------------------------|
 * | agents KV bucket (TTL)        | `tunnelscope-v1-agents`, key = agent id           |
 * | commands to one agent (req/reply) | `tunnelscope.v1.agent.<agent>.cmd`            |
 * | summary batches (JetStream)   | `tunnelscope.v1.summary.<session>.<agent>`        |
 * | summary stream                | `TUNNELSCOPE_V1_SUMMARIES`                        |
 * | batch Nats-Msg-Id             | `<session>.<agent>.<batch_seq>`                   |
 * | a session's live figures (JSON, core NATS) | `tunnelscope.v1.session.<session>.live` |
 * | a session's evidence captures (req/reply)  | `tunnelscope.v1.session.<session>.evidence` |
 */
import { ProtocolError } from "./errors.js";
import { quote, validateId } from "./ids.js";
import { err, ok, type Result } from "./result.js";

/** First two tokens of every tunnelscope v1 subject. */
export const SUBJECT_PREFIX = "tunnelscope.v1";

/** KV bucket where each agent keeps its latest Heartbeat (key = agent id). */
export const AGENTS_KV_BUCKET = "tunnelscope-v1-agents";

/** JetStream stream holding the summary batches. */
export const SUMMARY_STREAM = "TUNNELSCOPE_V1_SUMMARIES";

/** Subjects the summary stream captures. */
export const SUMMARY_STREAM_SUBJECTS: readonly string[] = Object.freeze([`${SUBJECT_PREFIX}.summary.>`]);

/** KV key of an agent's entry in {@link AGENTS_KV_BUCKET}. */
export function agentKvKey(agentId: string): Result<string, ProtocolError> {
  return validateId("agent id", agentId);
}

/** Subject on which an agent receives SessionCommands (request/reply). */
export function agentCommandSubject(agentId: string): Result<string, ProtocolError> {
  const agent = validateId("agent id", agentId);
  if (!agent.ok) return agent;
  return ok(`${SUBJECT_PREFIX}.agent.${agent.value}.cmd`);
}

/** Subject an agent publishes its SummaryBatches of one session on. */
export function summarySubject(sessionId: string, agentId: string): Result<string, ProtocolError> {
  const session = validateId("session id", sessionId);
  if (!session.ok) return session;
  const agent = validateId("agent id", agentId);
  if (!agent.ok) return agent;
  return ok(`${SUBJECT_PREFIX}.summary.${session.value}.${agent.value}`);
}

/** Consumer filter for every agent's batches of one session. */
export function sessionSummaryFilter(sessionId: string): Result<string, ProtocolError> {
  const session = validateId("session id", sessionId);
  if (!session.ok) return session;
  return ok(`${SUBJECT_PREFIX}.summary.${session.value}.*`);
}

/**
 * Nats-Msg-Id of one batch: `<session>.<agent>.<seq>`, so JetStream drops a retried
 * publish of the same batch. `seq` is SummaryBatch.batch_seq (an integer from 1).
 */
export function msgId(sessionId: string, agentId: string, seq: number): Result<string, ProtocolError> {
  const session = validateId("session id", sessionId);
  if (!session.ok) return session;
  const agent = validateId("agent id", agentId);
  if (!agent.ok) return agent;
  if (!Number.isSafeInteger(seq) || seq < 1) {
    return err(
      new ProtocolError(
        "PROTO_INVALID_SEQ",
        `batch seq ${String(seq)} is invalid: use an integer from 1 (SummaryBatch.batch_seq)`,
      ),
    );
  }
  return ok(`${session.value}.${agent.value}.${seq}`);
}

/** The ids a summary subject names. */
export interface SummarySubjectIds {
  readonly sessionId: string;
  readonly agentId: string;
}

/**
 * Reads the session and agent ids from a summary subject, e.g. to check that a batch's
 * own ids match the subject it arrived on (NATS permissions bind the subject to the
 * publishing agent, not the payload).
 */
export function parseSummarySubject(subject: string): Result<SummarySubjectIds, ProtocolError> {
  const prefix = `${SUBJECT_PREFIX}.summary.`;
  const rest = subject.startsWith(prefix) ? subject.slice(prefix.length).split(".") : [];
  if (rest.length !== 2) {
    return err(
      new ProtocolError(
        "PROTO_INVALID_ID",
        `subject ${quote(subject)} is not a summary subject: expected ${prefix}<session>.<agent>`,
      ),
    );
  }
  const session = validateId("session id", rest[0]);
  if (!session.ok) return session;
  const agent = validateId("agent id", rest[1]);
  if (!agent.ok) return agent;
  return ok({ sessionId: session.value, agentId: agent.value });
}

/**
 * Subject a coordinator publishes a running session's live figures on (JSON frames, one
 * per agent batch) for `tunnelscope session run`'s progress display.
 */
export function sessionLiveSubject(sessionId: string): Result<string, ProtocolError> {
  const session = validateId("session id", sessionId);
  if (!session.ok) return session;
  return ok(`${SUBJECT_PREFIX}.session.${session.value}.live`);
}

/**
 * Subject a coordinator answers requests for an ended session's evidence captures on
 * (request/reply, core NATS): the request body is the file name the report lists, the
 * reply the file's bytes, in chunks under the server's max_payload.
 */
export function sessionEvidenceSubject(sessionId: string): Result<string, ProtocolError> {
  const session = validateId("session id", sessionId);
  if (!session.ok) return session;
  return ok(`${SUBJECT_PREFIX}.session.${session.value}.evidence`);
}

/** What a coordinator subscribes to for every session's evidence requests. */
export const SESSION_EVIDENCE_SUBJECTS = `${SUBJECT_PREFIX}.session.*.evidence`;

/** The session id of an evidence request's subject. */
export function parseSessionEvidenceSubject(subject: string): Result<string, ProtocolError> {
  const prefix = `${SUBJECT_PREFIX}.session.`;
  const rest = subject.startsWith(prefix) ? subject.slice(prefix.length).split(".") : [];
  if (rest.length !== 2 || rest[1] !== "evidence")
    return err(
      new ProtocolError(
        "PROTO_INVALID_ID",
        `subject ${quote(subject)} is not an evidence subject: expected ${prefix}<session>.evidence`,
      ),
    );
  return validateId("session id", rest[0]);
}
