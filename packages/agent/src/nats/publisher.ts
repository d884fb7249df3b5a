/**
 * Drains the spool into JetStream in order, one batch at a time with its Nats-Msg-Id,
 * while the connection is up; on a failure it keeps the batch, waits with a capped
 * backoff and tries again (JetStream drops the repeat if the first try had landed).
 */
import { SUMMARY_STREAM } from "@tunnelscope/protocol";
import type { Logger } from "pino";
import type { Spool, SpoolItem } from "./spool.js";

/** JetStream's answers when a stream or account limit refuses a message (discard new). */
const LIMIT_REFUSAL =
  /maximum (?:messages|bytes|messages per subject) exceeded|insufficient (?:storage )?resources|resource limits exceeded|(?:storage|memory) limit/i;

/** The limit JetStream names when it refuses a batch, or undefined for any other failure. */
function streamLimitRefusal(err: unknown): string | undefined {
  // nats.js puts JetStream's description in the message, or (for a 503) in chainedError
  const e = err as {
    message?: unknown;
    chainedError?: { message?: unknown };
    api_error?: { description?: unknown };
  };
  const texts = [e?.message, e?.chainedError?.message, e?.api_error?.description, String(err)];
  for (const t of texts) {
    const hit = typeof t === "string" ? LIMIT_REFUSAL.exec(t) : null;
    if (hit !== null) return hit[0];
  }
  return undefined;
}

/** Publishes one batch to JetStream; resolves with the ack, rejects on failure. */
export type PublishFn = (item: SpoolItem) => Promise<{ readonly duplicate: boolean }>;

export interface PublisherStats {
  published: number;
  duplicates: number;
  failures: number;
  /** Batches JetStream refused at least once because a stream or account limit was reached. */
  refused: number;
}

export class BatchPublisher {
  private connected = false;
  private pumping: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private failures = 0;
  private closed = false;
  readonly stats: PublisherStats = { published: 0, duplicates: 0, failures: 0, refused: 0 };
  /** The spooled batch last refused for a limit (the head is retried: count it once). */
  private lastRefused: SpoolItem | undefined;
  private limitLogged = false;
  /** Batches the spool dropped since it last overflowed (0: not overflowing). */
  private episodeDrops = 0;

  constructor(
    private readonly spool: Spool,
    private readonly publish: PublishFn,
    private readonly log: Logger,
  ) {}

  /** Queues a batch (dropping the oldest when the spool is full) and publishes when possible. */
  enqueue(item: SpoolItem): void {
    const dropped = this.spool.push(item);
    if (dropped > 0) {
      // one line when the spool overflows, one when it drains: not one per batch
      if (this.episodeDrops === 0)
        this.log.warn(
          { dropped, spooled: this.spool.size, spoolBytes: this.spool.bytes },
          "spool full: dropping the oldest batches until NATS takes them again (--spool-batches, --spool-bytes)",
        );
      this.episodeDrops += dropped;
    }
    this.kick();
  }

  /** The connection is up (or down): draining starts (or pauses). */
  setConnected(up: boolean): void {
    this.connected = up;
    if (up) {
      this.failures = 0;
      this.wake?.();
      this.kick();
    }
  }

  private kick(): void {
    if (this.pumping === undefined && this.connected && !this.closed && this.spool.size > 0) {
      this.pumping = this.pump().finally(() => {
        this.pumping = undefined;
        if (this.connected && !this.closed && this.spool.size > 0) this.kick();
      });
    }
  }

  private async pump(): Promise<void> {
    while (this.connected && !this.closed) {
      const item = this.spool.peek();
      if (item === undefined) return;
      try {
        const ack = await this.publish(item);
        this.spool.remove(item);
        this.stats.published++;
        if (this.episodeDrops > 0 && this.spool.size === 0) {
          this.log.warn({ dropped: this.episodeDrops }, "spool drained; batches dropped while it was full");
          this.episodeDrops = 0;
        }
        if (ack.duplicate) this.stats.duplicates++;
        if (this.failures > 0) {
          this.log.info({ spooled: this.spool.size }, "publishing again");
          this.failures = 0;
          this.limitLogged = false;
        }
      } catch (err) {
        this.stats.failures++;
        const limit = streamLimitRefusal(err);
        if (limit !== undefined) this.onLimit(limit, item);
        else if (this.failures === 0) {
          this.log.warn(
            { err: (err as Error).message, msgId: item.msgId, spooled: this.spool.size },
            "publish failed; spooling and retrying",
          );
        }
        this.failures++;
        await this.sleep(Math.min(250 * 2 ** Math.min(this.failures, 6), 10_000));
      }
    }
  }

  /** A limit refused `item`: counted once per batch, one error line until publishing works again. */
  private onLimit(limit: string, item: SpoolItem): void {
    if (this.lastRefused !== item) {
      this.lastRefused = item;
      this.stats.refused++;
    }
    if (this.limitLogged) return;
    this.limitLogged = true;
    this.log.error(
      { code: "AGENT_STREAM_LIMIT", stream: SUMMARY_STREAM, msgId: item.msgId, spooled: this.spool.size },
      `JetStream refused a batch: ${limit} (the stream ${SUMMARY_STREAM} reached its max_msgs/max_bytes with ` +
        "discard new, or the account its JetStream storage limit); raise the limit (nats stream edit " +
        `${SUMMARY_STREAM} --max-msgs/--max-bytes, or the account's jetstream limits) or shorten max_age; ` +
        "batches stay spooled and are retried",
    );
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }

  /** Waits until the spool is empty or `timeoutMs` passed; returns the batches left. */
  async flush(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.spool.size > 0 && Date.now() < deadline) {
      this.kick();
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.spool.size;
  }

  close(): void {
    if (this.stats.refused > 0 && this.spool.size > 0)
      this.log.error(
        {
          code: "AGENT_STREAM_LIMIT",
          stream: SUMMARY_STREAM,
          refused: this.stats.refused,
          unstored: this.spool.size,
          dropped: this.spool.dropped,
        },
        `closing with ${this.spool.size} batches JetStream never stored (stream limits); they are lost`,
      );
    this.closed = true;
    this.wake?.();
  }
}
