/**
 * Connections by tap and address/port pair.
 *
 * Hot path on purpose: keyed by a 30-bit number (a hash of iface, addresses and ports, kept
 * in V8's small-integer range so Map lookups do not box it) with collisions chained through
 * the connections themselves, and a doubly linked LRU list threaded through them too, so a
 * lookup of a known connection allocates nothing. Until the table first has to evict, a
 * packet only stamps its connection with a use counter (relinking the list on every packet
 * cost six pointer stores while taps alternate); the list is put in stamp order once, when
 * an eviction or `values()` first needs it, and kept in order from then on.
 */
import type { TcpConv } from "./flow.js";

export class FlowTable {
  size = 0;
  private readonly buckets = new Map<number, TcpConv>();
  private lruHead: TcpConv | undefined = undefined;
  private lruTail: TcpConv | undefined = undefined;
  /** Use counter: every insert and touch stamps the connection with the next value. */
  private clock = 0;
  /** True once the LRU list is kept in use order (before that it is in insertion order). */
  private ordered = false;

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
    c.used = ++this.clock;
    this.size++;
  }

  /** Marks `c` as the most recently used. */
  touch(c: TcpConv): void {
    c.used = ++this.clock;
    if (!this.ordered || this.lruTail === c) return;
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
    if (!this.ordered) this.order();
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
    if (!this.ordered) this.order();
    for (let c = this.lruHead; c !== undefined; c = c.lruNext) yield c;
  }

  /** Relinks the list by use stamp (least recently used first); touches keep it so after. */
  private order(): void {
    const all: TcpConv[] = [];
    for (let c = this.lruHead; c !== undefined; c = c.lruNext) all.push(c);
    all.sort((x, y) => x.used - y.used);
    let prev: TcpConv | undefined;
    for (const c of all) {
      c.lruPrev = prev;
      c.lruNext = undefined;
      if (prev !== undefined) prev.lruNext = c;
      prev = c;
    }
    this.lruHead = all[0];
    this.lruTail = prev;
    this.ordered = true;
  }
}
