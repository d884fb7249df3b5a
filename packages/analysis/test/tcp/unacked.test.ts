import { describe, expect, it } from "vitest";
import { geSeq, gtSeq, leSeq, ltSeq } from "../../src/tcp/seq.js";
import { UnackedSegments } from "../../src/tcp/unacked.js";

describe("sequence arithmetic (GT_SEQ / LT_SEQ …)", () => {
  it("compares across the 2^32 wrap", () => {
    expect(gtSeq(5, 0xfffffff0)).toBe(true);
    expect(ltSeq(0xfffffff0, 5)).toBe(true);
    expect(geSeq(7, 7)).toBe(true);
    expect(leSeq(0xffffffff, 0)).toBe(true);
    expect(gtSeq(0x7fffffff, 0)).toBe(true);
    expect(gtSeq(0x80000001, 0)).toBe(false);
  });
});

/** Wireshark's list, literally: newest first, whole walk on every ACK. */
class Reference {
  items: { seq: number; next: number; ts: number }[] = [];
  matchTs = 0;
  push(seq: number, next: number, ts: number): void {
    this.items.unshift({ seq, next, ts });
  }
  ack(ack: number): boolean {
    let matched = false;
    const keep: { seq: number; next: number; ts: number }[] = [];
    for (const u of this.items) {
      if (ack === u.next) {
        matched = true;
        this.matchTs = u.ts; // later (older) matches overwrite: the oldest wins
        continue;
      }
      if (gtSeq(ack, u.seq) && leSeq(ack, u.next)) {
        u.seq = ack;
        keep.push(u);
      } else if (gtSeq(u.next, ack)) keep.push(u);
    }
    this.items = keep;
    return matched;
  }
  span(base: number): number {
    const first = this.items[0]!;
    let lo = (first.seq - base) >>> 0;
    let hi = (first.next - base) >>> 0;
    for (const u of this.items) {
      if ((u.next - base) >>> 0 > hi) hi = (u.next - base) >>> 0;
      if ((u.seq - base) >>> 0 < lo) lo = (u.seq - base) >>> 0;
    }
    return (hi - lo) >>> 0;
  }
}

/** Deterministic pseudo-random numbers. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("UnackedSegments", () => {
  it("an ACK removes what it covers, trims what it falls inside, matches the oldest exact end", () => {
    const u = new UnackedSegments();
    u.push(100, 200, 1);
    u.push(200, 300, 2);
    u.push(100, 200, 3); // retransmission of the first
    expect(u.ack(200)).toBe(true);
    expect(u.matchTs).toBe(1);
    expect(u.len).toBe(1);
    expect(u.ack(250)).toBe(false);
    expect(u.span(0)).toBe(50);
    expect(u.ack(300)).toBe(true);
    expect(u.matchTs).toBe(2);
    expect(u.len).toBe(0);
  });

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`behaves as Wireshark's list on random traffic (seed ${seed})`, () => {
      const r = rng(seed);
      const ours = new UnackedSegments();
      const ref = new Reference();
      // Start near the wrap for half the seeds; a base either before the data or inside it.
      let snd = seed % 2 === 0 ? 0xffff0000 : 1000;
      const base = seed % 3 === 0 ? (snd + 50000) >>> 0 : (snd - 1) >>> 0;
      let una = snd;
      for (let step = 0; step < 4000; step++) {
        const x = r();
        if (x < 0.45) {
          const len = 1 + Math.floor(r() * (r() < 0.1 ? 60000 : 1448));
          ours.push(snd, (snd + len) >>> 0, step);
          ref.push(snd, (snd + len) >>> 0, step);
          snd = (snd + len) >>> 0;
        } else if (x < 0.55) {
          // Retransmission (or a repeated segment) somewhere below snd.
          const back = Math.floor(r() * 20000);
          const s = (snd - back) >>> 0;
          const len = 1 + Math.floor(r() * 3000);
          ours.push(s, (s + len) >>> 0, step);
          ref.push(s, (s + len) >>> 0, step);
        } else if (x < 0.97) {
          // ACK somewhere between una and snd (sometimes exactly a segment end, sometimes old).
          const ahead = (snd - una) >>> 0;
          const a =
            r() < 0.1 ? (una - Math.floor(r() * 5000)) >>> 0 : (una + Math.floor(r() * (ahead + 1))) >>> 0;
          if (gtSeq(a, una)) una = a;
          const m1 = ours.ack(a);
          const m2 = ref.ack(a);
          expect(m1).toBe(m2);
          if (m1) expect(ours.matchTs).toBe(ref.matchTs);
        } else {
          // A far-away ACK (garbage on a RST): Wireshark's walk.
          const a = (snd + 0x90000000) >>> 0;
          expect(ours.ack(a)).toBe(ref.ack(a));
        }
        expect(ours.len).toBe(ref.items.length);
        if (ref.items.length > 0) expect(ours.span(base)).toBe(ref.span(base));
      }
    });
  }
});
