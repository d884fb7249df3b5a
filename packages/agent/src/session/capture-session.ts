/**
 * One capture session on this agent: starts the plan's capture sources at the planned
 * instant, pumps their bytes into a `SessionPipeline`, closes intervals on the wall
 * clock for live capture, stops after the duration, on a stop command, or when a replay
 * ends, and always ends with a final batch.
 */
import { SessionState, type SummaryBatchInit } from "@tunnelscope/protocol";
import type { Logger } from "pino";
import type { CaptureSource } from "../capture/source.js";
import type { AgentConfig } from "../config/schema.js";
import { AgentError } from "../errors.js";
import { SessionPipeline } from "../pipeline/session-pipeline.js";
import type { SessionPlan } from "./plan.js";

export interface SessionDeps {
  /** Builds the capture sources of a plan (one per tap for live backends). */
  readonly createSources: (plan: SessionPlan) => CaptureSource[];
  /** Receives every batch. */
  readonly onBatch: (batch: SummaryBatchInit) => void;
  readonly log: Logger;
}

/** Live intervals close this long after their end, so the capture's buffered packets are in. */
const GRACE_MS = 200;
const TICK_MS = 50;

export class CaptureSession {
  state: SessionState = SessionState.SESSION_STATE_SCHEDULED;
  /** Why the session failed (state FAILED). */
  failure: AgentError | undefined;
  private sources: CaptureSource[] = [];
  private pipeline: SessionPipeline | undefined;
  private pumps: Promise<void>[] = [];
  private timer: NodeJS.Timeout | undefined;
  private startTimer: NodeJS.Timeout | undefined;
  private stopping: Promise<void> | undefined;
  private readonly finished: Promise<void>;
  private resolveFinished!: () => void;
  private live = false;
  private endAtMs = Number.POSITIVE_INFINITY;

  constructor(
    readonly plan: SessionPlan,
    private readonly config: AgentConfig,
    private readonly deps: SessionDeps,
  ) {
    this.finished = new Promise((resolve) => {
      this.resolveFinished = resolve;
    });
  }

  /** Batches built so far. */
  get batches(): number {
    return this.pipeline?.batches ?? 0;
  }

  /** Resolves when the session has ended and its final batch was handed over. */
  get done(): Promise<void> {
    return this.finished;
  }

  /**
   * Starts now, or schedules the start for the plan's instant. Rejects with the capture's
   * AgentError when a source cannot start (the session is then FAILED).
   */
  async start(): Promise<void> {
    const delayMs = this.plan.startAtUs / 1000 - Date.now();
    if (delayMs > 0) {
      this.startTimer = setTimeout(() => {
        this.startTimer = undefined;
        this.begin().catch((err: unknown) => {
          this.deps.log.error({ err: (err as Error).message }, "scheduled session failed to start");
        });
      }, delayMs);
      this.deps.log.info({ inMs: Math.round(delayMs) }, "session scheduled");
      return;
    }
    await this.begin();
  }

  private async begin(): Promise<void> {
    const p = this.plan;
    this.sources = this.deps.createSources(p);
    this.live = this.sources.some((s) => s.live);
    const pipeline = new SessionPipeline({
      sessionId: p.sessionId,
      agentId: this.config.id,
      intervalUs: p.intervalMs * 1000,
      samplingThreshold: p.samplingThreshold,
      ringSize: this.config.digests.ringSize,
      maxDigests: this.config.digests.maxPerBatch,
      espGapBurst: this.config.digests.espGapBurst,
      collapseCooldownUs: this.config.digests.collapseCooldownMs * 1000,
      sliceMaxBytes: this.config.digests.sliceMaxBytes,
      onBatch: (b) => this.deps.onBatch(b),
    });
    this.pipeline = pipeline;
    try {
      await Promise.all(this.sources.map((s) => s.ready()));
    } catch (err) {
      this.failure =
        err instanceof AgentError ? err : new AgentError("AGENT_CAPTURE_FAILED", String(err), { cause: err });
      this.state = SessionState.SESSION_STATE_FAILED;
      await Promise.allSettled(this.sources.map((s) => s.stop()));
      pipeline.finish(Date.now() * 1000);
      this.resolveFinished();
      throw this.failure;
    }
    this.state = SessionState.SESSION_STATE_CAPTURING;
    const startMs = Date.now();
    if (this.live) pipeline.start(startMs * 1000);
    if (p.durationMs > 0) this.endAtMs = startMs + p.durationMs;
    this.deps.log.info(
      { sources: this.sources.map((s) => s.label), intervalMs: p.intervalMs, durationMs: p.durationMs },
      "capturing",
    );
    this.pumps = this.sources.map((s) =>
      this.pump(
        s,
        pipeline.addReader(s.binding, () => s.stats()),
      ),
    );
    let nextRefresh = (Math.floor(startMs / p.intervalMs) + 1) * p.intervalMs;
    this.timer = setInterval(() => {
      const now = Date.now();
      if (now >= this.endAtMs) {
        void this.stop("duration reached");
        return;
      }
      if (!this.live) return;
      if (now >= nextRefresh) {
        for (const s of this.sources) s.refreshStats();
        nextRefresh += p.intervalMs;
      }
      pipeline.advance((now - GRACE_MS) * 1000);
    }, TICK_MS);
    // Replays end by themselves: stop once every source is exhausted.
    void Promise.all(this.pumps).then(() => {
      if (this.stopping === undefined) void this.stop("capture ended");
    });
  }

  private async pump(source: CaptureSource, id: number): Promise<void> {
    const pipeline = this.pipeline as SessionPipeline;
    try {
      for await (const chunk of source.chunks()) pipeline.push(id, chunk);
    } catch (err) {
      if (this.stopping === undefined) {
        this.failure =
          err instanceof AgentError
            ? err
            : new AgentError("AGENT_CAPTURE_FAILED", `${source.label}: ${(err as Error).message}`, {
                cause: err,
              });
        this.deps.log.error(
          { source: source.label, code: this.failure.code, err: this.failure.message },
          "capture failed",
        );
        this.state = SessionState.SESSION_STATE_FAILED;
        void this.stop("capture failed");
      }
    } finally {
      pipeline.end(id);
    }
  }

  /** Stops capturing and emits the final batch; idempotent. */
  stop(reason: string): Promise<void> {
    this.stopping ??= (async () => {
      if (this.startTimer !== undefined) {
        clearTimeout(this.startTimer);
        this.startTimer = undefined;
      }
      if (this.timer !== undefined) clearInterval(this.timer);
      await Promise.allSettled(this.sources.map((s) => s.stop()));
      await Promise.allSettled(this.pumps);
      const pipeline = this.pipeline;
      if (pipeline !== undefined && this.failure === undefined)
        pipeline.finish(this.live ? Date.now() * 1000 : undefined);
      else if (pipeline !== undefined) pipeline.finish(Date.now() * 1000);
      if (this.state !== SessionState.SESSION_STATE_FAILED) this.state = SessionState.SESSION_STATE_STOPPED;
      this.deps.log.info({ reason, batches: this.batches }, "session stopped");
      this.resolveFinished();
    })();
    return this.stopping;
  }
}
