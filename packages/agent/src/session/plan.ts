/**
 * Turns a StartCapture command (or the configured auto-start) into a checked session
 * plan, or says in one sentence why not. Pure.
 */
import {
  int64ToBigInt,
  SAMPLING_RATE_ALL,
  SessionError,
  type StartCapture,
  Tap,
} from "@tunnelscope/protocol";
import { filterPartProblem, MAX_FILTER_PARTS } from "../capture/filter.js";
import { type AgentConfig, SNAPLEN_MAX, SNAPLEN_MIN } from "../config/schema.js";
import { rateThreshold } from "../pipeline/digest-hash.js";

export type TapName = "outer" | "inner" | "tunnel";

/** Everything a session needs to run. */
export interface SessionPlan {
  readonly sessionId: string;
  /** When to start (Unix µs); in the past or 0 = now. */
  readonly startAtUs: number;
  /** 0 = until stopped (or the replay ends). */
  readonly durationMs: number;
  readonly taps: readonly TapName[];
  /** Threshold on the upper 32 hash bits (0..2^32). */
  readonly samplingThreshold: number;
  readonly snaplen: number;
  readonly filter: readonly string[];
  readonly intervalMs: number;
}

export interface PlanError {
  readonly error: SessionError;
  readonly message: string;
}

/** The taps this agent can capture with its configuration. */
export function configuredTaps(config: AgentConfig): TapName[] {
  if (config.capture.backend === "file") return ["outer", "inner"];
  const out: TapName[] = [];
  if (config.taps.outer !== undefined) out.push("outer");
  if (config.taps.inner !== undefined) out.push("inner");
  if (config.taps.tunnel !== undefined) out.push("tunnel");
  return out;
}

const invalid = (message: string): PlanError => ({
  error: SessionError.SESSION_ERROR_INVALID_ARGUMENT,
  message,
});

/** Checks a start command against the configuration. */
export function planFromStart(
  sessionId: string,
  start: StartCapture,
  config: AgentConfig,
): SessionPlan | PlanError {
  const available = configuredTaps(config);
  const taps: TapName[] = [];
  // TAP_INNER asks for the cleartext side: the LAN interface and the tunnel device, as
  // configured (the tunnel device's packets count as the inner side, DESIGN §2).
  for (const t of start.taps ?? []) {
    const names: TapName[] | undefined =
      t === Tap.TAP_OUTER
        ? ["outer"]
        : t === Tap.TAP_INNER
          ? (["inner", "tunnel"] as const).filter((n) => available.includes(n))
          : t === Tap.TAP_TUNNEL
            ? ["tunnel"]
            : undefined;
    if (names === undefined)
      return invalid(`taps: ${String(t)} is not a tap; use TAP_OUTER, TAP_INNER or TAP_TUNNEL`);
    const missing = names.length === 0 ? "inner" : names.find((n) => !available.includes(n));
    if (missing !== undefined && config.capture.backend !== "file") {
      return invalid(`taps: this agent has no ${missing} interface configured (--${missing}-if)`);
    }
    for (const n of names) if (!taps.includes(n)) taps.push(n);
  }
  const rate = int64ToBigInt(start.samplingRate);
  if (rate < 0n || rate > SAMPLING_RATE_ALL) return invalid(`samplingRate ${rate}: use 0..4294967296`);
  const snaplen = start.snaplen ?? 0;
  if (snaplen !== 0 && (snaplen < SNAPLEN_MIN || snaplen > SNAPLEN_MAX)) {
    return invalid(
      `snaplen ${snaplen}: use ${SNAPLEN_MIN}-${SNAPLEN_MAX} bytes (headers only) or 0 for the default`,
    );
  }
  const intervalMs = start.intervalMs ?? 0;
  if (intervalMs !== 0 && (intervalMs < 100 || intervalMs > 60_000)) {
    return invalid(`intervalMs ${intervalMs}: use 100-60000 or 0 for the default`);
  }
  const filter = start.bpfFilter ?? [];
  if (filter.length > MAX_FILTER_PARTS)
    return invalid(`bpfFilter: ${filter.length} parts, at most ${MAX_FILTER_PARTS}`);
  for (const [i, p] of filter.entries()) {
    const problem = filterPartProblem(p);
    if (problem !== undefined) return invalid(`bpfFilter[${i}] ${problem}`);
  }
  const startAtNs = int64ToBigInt(start.startAtNs);
  return {
    sessionId,
    startAtUs: Number(startAtNs / 1000n),
    durationMs: start.durationMs ?? 0,
    taps: taps.length > 0 ? taps : available,
    samplingThreshold: Number(rate),
    snaplen: snaplen === 0 ? config.capture.snaplen : snaplen,
    filter: [...config.capture.filter, ...filter.map((p) => p.trim())],
    intervalMs: intervalMs === 0 ? config.session.intervalMs : intervalMs,
  };
}

/** The plan of the configured auto-start session (`--session ID`). */
export function autoStartPlan(config: AgentConfig): SessionPlan | undefined {
  const a = config.session.autoStart;
  if (a === undefined) return undefined;
  return {
    sessionId: a.id,
    startAtUs: 0,
    durationMs: a.durationMs,
    taps: configuredTaps(config),
    samplingThreshold: rateThreshold(config.session.samplingRate),
    snaplen: config.capture.snaplen,
    filter: config.capture.filter,
    intervalMs: config.session.intervalMs,
  };
}

export function isPlanError(p: SessionPlan | PlanError): p is PlanError {
  return "error" in p;
}
