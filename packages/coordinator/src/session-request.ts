/**
 * The session request of `tunnelscope session run` to a coordinator (JSON over NATS
 * request/reply on {@link SESSION_REQUEST_SUBJECT}), and its reply. The protocol package
 * has no message for it yet; JSON keeps it readable with `nats req`.
 */
import { isValidId, SUBJECT_PREFIX } from "@tunnelscope/protocol";

/** Where coordinators take session requests (queue group {@link COORDINATOR_QUEUE}). */
export const SESSION_REQUEST_SUBJECT = `${SUBJECT_PREFIX}.session.request`;
/** Queue group of the coordinators: one of them takes each request. */
export const COORDINATOR_QUEUE = "tunnelscope-v1-coordinators";

export interface SessionRequest {
  /** Agent ids of the two gateways. */
  readonly a: string;
  readonly b: string;
  /** Capture duration, ms. */
  readonly durationMs: number;
  /** Fraction of packets digested, 0 < rate ≤ 1 (default 1: every packet). */
  readonly samplingRate: number;
  /** Summary interval, ms (0 = agent default). */
  readonly intervalMs: number;
  /** Time after the capture's end to wait for the final batches, ms. */
  readonly graceMs: number;
  /** Subject the coordinator publishes the report JSON on when the session ends. */
  readonly reportSubject: string;
}

export type SessionReply =
  | { readonly ok: true; readonly sessionId: string; readonly startAtNs: string }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** Parses a request; null fields fall back to defaults. Returns what is wrong otherwise. */
export function parseSessionRequest(
  input: unknown,
): { ok: true; value: SessionRequest } | { ok: false; reason: string } {
  if (typeof input !== "object" || input === null) return { ok: false, reason: "a JSON object is expected" };
  const o = input as Record<string, unknown>;
  for (const k of ["a", "b"] as const) {
    if (!isValidId(o[k])) return { ok: false, reason: `${k}: an agent id ([A-Za-z0-9_-], 1-64) is expected` };
  }
  if (o.a === o.b) return { ok: false, reason: "a and b name the same agent: give one agent per gateway" };
  const num = (k: string, def: number, min: number, max: number): number | string => {
    const v = o[k] ?? def;
    return typeof v === "number" && Number.isFinite(v) && v >= min && v <= max
      ? v
      : `${k}: a number in ${min}..${max} is expected`;
  };
  const durationMs = num("durationMs", Number.NaN, 1, 86_400_000);
  const samplingRate = num("samplingRate", 1, Number.MIN_VALUE, 1);
  const intervalMs = num("intervalMs", 0, 0, 3_600_000);
  const graceMs = num("graceMs", 10_000, 0, 3_600_000);
  for (const v of [durationMs, samplingRate, intervalMs, graceMs])
    if (typeof v === "string") return { ok: false, reason: v };
  if (typeof o.reportSubject !== "string" || o.reportSubject.length === 0 || /[\s*>]/.test(o.reportSubject))
    return { ok: false, reason: "reportSubject: a NATS subject without wildcards is expected" };
  return {
    ok: true,
    value: {
      a: o.a as string,
      b: o.b as string,
      durationMs: durationMs as number,
      samplingRate: samplingRate as number,
      intervalMs: intervalMs as number,
      graceMs: graceMs as number,
      reportSubject: o.reportSubject,
    },
  };
}
