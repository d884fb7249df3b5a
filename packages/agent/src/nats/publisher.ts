/**
 * Drains the spool into JetStream in order, one batch at a time with its Nats-Msg-Id,
 * while the connection is up; on a failure it keeps the batch, waits with a capped
 * backoff and tries again (JetStream drops the repeat if the first try had landed).
 */
import type { Logger } from "pino";
import type { Spool, SpoolItem } from "./spool.js";

/** Publishes one batch to JetStream; resolves with the ack, rejects on failure. */
export type PublishFn = (item: SpoolItem) => Promise<{ readonly duplicate: boolean }>;

export interface PublisherStats {
  published: number;
  duplicates: number;
  failures: number;
}

export class BatchPublisher {
  private connected = false;
  private pumping: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private failures = 0;
  private closed = false;
  readonly stats: PublisherStats = { published: 0, duplicates: 0, failures: 0 };

  constructor(
    private readonly spool: Spool,
    private readonly publish: PublishFn,
    private readonly log: Logger,
  ) {}

  /** Queues a batch (dropping the oldest when the spool is full) and publishes when possible. */
  enqueue(item: SpoolItem): void {
    const dropped = this.spool.push(item);
    if (dropped > 0) {
      this.log.warn(
        { dropped, spooled: this.spool.size, spoolBytes: this.spool.bytes },
        "spool full: dropped the oldest batches",
      );
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
        if (ack.duplicate) this.stats.duplicates++;
        if (this.failures > 0) {
          this.log.info({ spooled: this.spool.size }, "publishing again");
          this.failures = 0;
        }
      } catch (err) {
        this.stats.failures++;
        if (this.failures === 0) {
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
    this.closed = true;
    this.wake?.();
  }
}
