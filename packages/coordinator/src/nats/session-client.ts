/** Asks a coordinator for a session and waits for its report (`tunnelscope session run`). */
import { sessionEvidenceSubject, sessionLiveSubject } from "@tunnelscope/protocol";
import { createInbox, headers, type NatsConnection, type Subscription } from "nats";
import { CoordinatorError } from "../errors.js";
import { EVIDENCE_HEADERS, EVIDENCE_LIMITS } from "../evidence.js";
import { type LiveFrame, parseLiveFrame } from "../live-figures.js";
import type { SessionReport } from "../session-report.js";
import { SESSION_REQUEST_SUBJECT, type SessionReply, type SessionRequest } from "../session-request.js";

export type SessionAsk = Omit<SessionRequest, "reportSubject">;

export interface SessionOutcome {
  readonly sessionId: string;
  readonly report: SessionReport;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/**
 * Subscribes to a fresh inbox for the report, sends the request, and resolves with the
 * report. Fails with COORD_NO_COORDINATOR, COORD_AGENT_* (as the coordinator says), or
 * COORD_SESSION_TIMEOUT.
 */
export interface SessionWatch {
  readonly requestTimeoutMs?: number;
  /** The coordinator accepted: the session id and when capture starts (epoch ms). */
  readonly onStarted?: (sessionId: string, startAtMs: number) => void;
  /** A live frame from `tunnelscope.v1.session.<id>.live`, verified (bad ones are dropped). */
  readonly onFrame?: (frame: LiveFrame) => void;
}

export async function requestSession(
  nc: NatsConnection,
  ask: SessionAsk,
  options: SessionWatch = {},
): Promise<SessionOutcome> {
  const reportSubject = createInbox();
  const sub = nc.subscribe(reportSubject, { max: 1 });
  let live: Subscription | undefined;
  try {
    let replyData: Uint8Array;
    try {
      const r = await nc.request(
        SESSION_REQUEST_SUBJECT,
        enc.encode(JSON.stringify({ ...ask, reportSubject })),
        {
          timeout: options.requestTimeoutMs ?? 15_000,
        },
      );
      replyData = r.data;
    } catch (cause) {
      throw new CoordinatorError(
        "COORD_NO_COORDINATOR",
        `no coordinator answered on ${SESSION_REQUEST_SUBJECT}: start one with 'tunnelscope coordinator --nats URL'`,
        { cause },
      );
    }
    const reply = JSON.parse(dec.decode(replyData)) as SessionReply;
    if (!reply.ok) {
      const code =
        reply.code === "COORD_AGENT_UNREACHABLE" || reply.code === "COORD_AGENT_REFUSED"
          ? reply.code
          : "COORD_INVALID_REQUEST";
      throw new CoordinatorError(code, reply.message);
    }
    options.onStarted?.(reply.sessionId, Number(BigInt(reply.startAtNs) / 1_000_000n));
    const liveSubject = sessionLiveSubject(reply.sessionId);
    const onFrame = options.onFrame;
    if (onFrame !== undefined && liveSubject.ok) {
      const s = nc.subscribe(liveSubject.value);
      live = s;
      // Progress is optional: a refused subscription (permissions) only means no progress.
      void (async () => {
        for await (const m of s) {
          let input: unknown;
          try {
            input = JSON.parse(dec.decode(m.data));
          } catch {
            continue;
          }
          const f = parseLiveFrame(input);
          if (f.ok && f.frame.sessionId === reply.sessionId) onFrame(f.frame);
        }
      })().catch(() => {});
    }
    const waitMs = ask.durationMs + ask.graceMs + 30_000;
    const report = await new Promise<SessionReport>((resolve, reject) => {
      const timer = setTimeout(() => {
        sub.unsubscribe();
        reject(
          new CoordinatorError(
            "COORD_SESSION_TIMEOUT",
            `session ${reply.sessionId}: no report within ${Math.round(waitMs / 1000)} s; check the coordinator's log`,
          ),
        );
      }, waitMs);
      void (async () => {
        for await (const m of sub) {
          clearTimeout(timer);
          resolve(JSON.parse(dec.decode(m.data)) as SessionReport);
        }
      })();
    });
    return { sessionId: reply.sessionId, report };
  } finally {
    sub.unsubscribe();
    live?.unsubscribe();
  }
}

/**
 * An ended session's evidence capture by the name its report lists, from the coordinator
 * that ran it (`tunnelscope.v1.session.<id>.evidence`), chunk by chunk. Fails with the
 * coordinator's code (COORD_EVIDENCE_MISSING, COORD_REPORT_NOT_READY,
 * COORD_INVALID_REQUEST) or COORD_NO_COORDINATOR when none answers.
 */
export async function fetchEvidence(
  nc: NatsConnection,
  sessionId: string,
  name: string,
  options: { readonly timeoutMs?: number } = {},
): Promise<Uint8Array> {
  const subject = sessionEvidenceSubject(sessionId);
  if (!subject.ok) throw new CoordinatorError("COORD_INVALID_REQUEST", subject.error.message);
  const body = enc.encode(name);
  let file: Uint8Array | undefined;
  let offset = 0;
  do {
    const h = headers();
    h.set(EVIDENCE_HEADERS.offset, String(offset));
    let reply: Awaited<ReturnType<NatsConnection["request"]>>;
    try {
      reply = await nc.request(subject.value, body, { timeout: options.timeoutMs ?? 5000, headers: h });
    } catch (cause) {
      throw new CoordinatorError(
        "COORD_NO_COORDINATOR",
        `no coordinator answered for ${name} of session ${sessionId} on ${subject.value}: the coordinator that ran it may have restarted`,
        { cause },
      );
    }
    const size = reply.headers?.get(EVIDENCE_HEADERS.size) ?? "";
    if (size === "") throw answerError(reply.data, name);
    const total = Number(size);
    const at = Number(reply.headers?.get(EVIDENCE_HEADERS.offset));
    if (!Number.isSafeInteger(total) || total < 0 || total > EVIDENCE_LIMITS.maxBytes || at !== offset)
      throw new CoordinatorError(
        "COORD_NATS",
        `the coordinator's answer for ${name} is inconsistent (size ${size}, offset ${at} where ${offset} was asked)`,
      );
    file ??= new Uint8Array(total);
    if (
      file.length !== total ||
      offset + reply.data.length > total ||
      (reply.data.length === 0 && offset < total)
    )
      throw new CoordinatorError(
        "COORD_NATS",
        `the coordinator's chunks of ${name} do not add up to ${total} bytes`,
      );
    file.set(reply.data, offset);
    offset += reply.data.length;
  } while (offset < file.length);
  return file;
}

/** A JSON error reply as a CoordinatorError with the coordinator's code. */
function answerError(data: Uint8Array, name: string): CoordinatorError {
  let r: { code?: unknown; error?: unknown } = {};
  try {
    r = JSON.parse(dec.decode(data)) as typeof r;
  } catch {}
  const code =
    r.code === "COORD_EVIDENCE_MISSING" ||
    r.code === "COORD_REPORT_NOT_READY" ||
    r.code === "COORD_INVALID_REQUEST"
      ? r.code
      : "COORD_NATS";
  return new CoordinatorError(
    code,
    typeof r.error === "string"
      ? r.error
      : `the coordinator's answer for ${name} is neither a file nor an error`,
  );
}
