/**
 * The bounded spool of encoded batches waiting for JetStream (DESIGN §4: an agent that
 * loses NATS keeps capturing, spools, and drains when the connection returns). Capped
 * by count and by bytes; when full, the OLDEST batch is dropped (the newest say most
 * about the present) and counted. Pure.
 */

/** One batch ready to publish. */
export interface SpoolItem {
  readonly subject: string;
  /** Nats-Msg-Id: `<session>.<agent>.<seq>`, so a retried publish never duplicates. */
  readonly msgId: string;
  readonly data: Uint8Array;
}

export class Spool {
  private readonly items: SpoolItem[] = [];
  private head = 0;
  private byteCount = 0;
  /** Batches dropped since the spool was made. */
  dropped = 0;
  private droppedTaken = 0;
  /** What the last {@link takeDrops} returned: the count the next pushed batch carries. */
  private taken = 0;
  /** Drop counts carried by spooled batches (a batch dropped gives its count back). */
  private readonly carried = new WeakMap<SpoolItem, number>();

  constructor(
    readonly maxItems: number,
    readonly maxBytes: number,
  ) {
    if (!(maxItems >= 1 && maxBytes >= 1))
      throw new RangeError("Spool: maxItems and maxBytes must be positive");
  }

  get size(): number {
    return this.items.length - this.head;
  }

  get bytes(): number {
    return this.byteCount;
  }

  /** Adds a batch, dropping the oldest ones while over a cap; returns how many were dropped. */
  push(item: SpoolItem): number {
    let dropped = 0;
    const carries = this.taken;
    this.taken = 0;
    if (item.data.length > this.maxBytes) {
      this.dropped++;
      this.droppedTaken -= carries;
      return 1;
    }
    if (carries > 0) this.carried.set(item, carries);
    this.items.push(item);
    this.byteCount += item.data.length;
    while (this.size > this.maxItems || this.byteCount > this.maxBytes) {
      // the dropped batch never tells its count: the next batch built carries it again
      this.droppedTaken -= this.carried.get(this.peek() as SpoolItem) ?? 0;
      this.shift();
      this.dropped++;
      dropped++;
    }
    return dropped;
  }

  /** The oldest batch, not removed. */
  peek(): SpoolItem | undefined {
    return this.items[this.head];
  }

  /** Removes `item` when it is still the oldest (it may have been dropped meanwhile). */
  remove(item: SpoolItem): void {
    if (this.items[this.head] === item) this.shift();
  }

  private shift(): void {
    const item = this.items[this.head];
    if (item === undefined) return;
    this.items[this.head] = undefined as unknown as SpoolItem;
    this.head++;
    this.byteCount -= item.data.length;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items.splice(0, this.head);
      this.head = 0;
    }
  }

  /**
   * Drops not yet told (for CaptureHealth.spool_drops of the batch built now and pushed
   * next). When that batch is dropped in turn, its count is not lost: the next call
   * returns it again: the published batches and the count still pending always add up
   * to every drop.
   */
  takeDrops(): number {
    const n = this.dropped - this.droppedTaken;
    this.droppedTaken = this.dropped;
    this.taken = n;
    return n;
  }
}
