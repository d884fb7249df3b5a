/**
 * A bounded byte queue between a push-style producer (socket callbacks) and an async
 * iterator. When the consumer falls behind by more than `maxBytes`, new chunks are
 * dropped and counted, never buffered without bound.
 */
export class ChunkQueue {
  private readonly items: Uint8Array[] = [];
  private bytes = 0;
  private closed = false;
  private failure: unknown;
  private wake: (() => void) | undefined;
  /** Chunks dropped because the queue was full. */
  dropped = 0;

  constructor(private readonly maxBytes: number) {}

  /** Adds a chunk; returns false (and counts it) when the queue is full or closed. */
  push(chunk: Uint8Array): boolean {
    if (this.closed) return false;
    if (this.bytes + chunk.length > this.maxBytes && this.items.length > 0) {
      this.dropped++;
      return false;
    }
    this.items.push(chunk);
    this.bytes += chunk.length;
    this.wake?.();
    return true;
  }

  /** Ends the stream after the queued chunks (with `error`, the iterator throws it). */
  close(error?: unknown): void {
    if (this.closed) return;
    this.closed = true;
    this.failure = error;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for (;;) {
      const next = this.items.shift();
      if (next !== undefined) {
        this.bytes -= next.length;
        yield next;
        continue;
      }
      if (this.closed) {
        if (this.failure !== undefined) throw this.failure;
        return;
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}
