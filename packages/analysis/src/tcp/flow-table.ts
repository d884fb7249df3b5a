/**
 * Connections by tap and address/port pair.
 *
 * Hot path on purpose: keyed by a 30-bit number (a hash of iface, addresses and ports, kept
 * in V8's small-integer range so Map lookups do not box it) with collisions chained through
 * the connections themselves, and a doubly linked LRU list threaded through them too, so a
 * lookup of a known connection allocates nothing.
 */
import type { TcpConv } from "./flow.js";

export class FlowTable {
  size = 0;
  private readonly buckets = new Map<number, TcpConv>();
  private lruHead: TcpConv | undefined = undefined;
  private lruTail: TcpConv | undefined = undefined;

  /** First connection of the bucket `hash` (follow `nextInBucket`). */
  bucket(hash: number): TcpConv | undefined {
    return this.buckets.get(hash);
  }

  /** Adds a new connection as the most recently used. */
  insert(c: TcpConv): void {
    c.nextInBucket = this.buckets.get(c.hash);
    this.buckets.set(c.hash, c);
    c.lruPrev = this.lruTail;
    c.lruNext = undefined;
    if (this.lruTail !== undefined) this.lruTail.lruNext = c;
    else this.lruHead = c;
    this.lruTail = c;
    this.size++;
  }

  /** Marks `c` as the most recently used. */
  touch(c: TcpConv): void {
    if (this.lruTail === c) return;
    const p = c.lruPrev;
    const n = c.lruNext;
    if (p !== undefined) p.lruNext = n;
    else this.lruHead = n;
    if (n !== undefined) n.lruPrev = p;
    c.lruPrev = this.lruTail;
    c.lruNext = undefined;
    if (this.lruTail !== undefined) this.lruTail.lruNext = c;
    this.lruTail = c;
  }

  /** Removes and returns the least recently used connection. */
  evictOldest(): TcpConv | undefined {
    const c = this.lruHead;
    if (c === undefined) return undefined;
    this.lruHead = c.lruNext;
    if (this.lruHead !== undefined) this.lruHead.lruPrev = undefined;
    else this.lruTail = undefined;
    c.lruNext = undefined;
    c.lruPrev = undefined;
    let b = this.buckets.get(c.hash);
    if (b === c) {
      if (c.nextInBucket === undefined) this.buckets.delete(c.hash);
      else this.buckets.set(c.hash, c.nextInBucket);
    } else {
      while (b !== undefined && b.nextInBucket !== c) b = b.nextInBucket;
      if (b !== undefined) b.nextInBucket = c.nextInBucket;
    }
    c.nextInBucket = undefined;
    this.size--;
    return c;
  }

  /** Every connection, least recently used first. */
  *values(): IterableIterator<TcpConv> {
    for (let c = this.lruHead; c !== undefined; c = c.lruNext) yield c;
  }
}
