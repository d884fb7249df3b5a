import { describe, expect, it } from "vitest";
import { type SettledEsp, TransitWindow } from "../../src/pipeline/transit-window.js";

const OUTER = 2;
const TUNNEL = 5;
const OUT = 4;
const IN = 0;
const SLL2 = 276;
/** ESP IP length minus cleartext IP length in these tests. */
const OVERHEAD = 73;
const SPI = 0xc0ffee01;

const names = (id: number) => (id === TUNNEL ? "ipsec0" : id === OUTER ? "eth0" : undefined);

function collect(w: TransitWindow, cut: number): SettledEsp[] {
  const out: SettledEsp[] = [];
  w.settle(cut, (e) => out.push({ ...e }));
  return out;
}

/** A cleartext packet `k` of `size` bytes (hash hi = 1000 + k) seen on the tunnel device at `ts`. */
function clear(w: TransitWindow, ts: number, k: number, dir: number, size = 1000): void {
  w.tcp(ts, size, TUNNEL, dir, SLL2, 1000 + k, k, false);
}

function esp(w: TransitWindow, ts: number, seq: number, dir: number, size = 1000): void {
  const len = size + OVERHEAD;
  w.esp(ts, len, OUTER, dir, SLL2, 5000 + seq, seq, 1, 0, 0, SPI, seq, len - 28);
}

/** Sizes that differ by more than the cipher padding, so the one that died can be told. */
const sizeOf = (k: number) => 600 + (k % 7) * 120;

describe("TransitWindow: encrypting side", () => {
  it("pairs each cleartext packet with the ESP packet that carried it; one that never left is counted lost", () => {
    const w = new TransitWindow(names);
    let seq = 0;
    for (let k = 0; k < 100; k++) {
      const t = 1_000_000 + k * 1000;
      clear(w, t, k, OUT, sizeOf(k));
      if (k === 40) continue; // died inside: no ESP packet
      esp(w, t + 200 + (k % 3) * 10, ++seq, OUT, sizeOf(k));
    }
    const settled = collect(w, Number.POSITIVE_INFINITY);
    expect(settled).toHaveLength(99);
    // ESP seq s carried cleartext k = s - 1 below 40, k = s from 40 on.
    for (const e of settled) {
      const k = e.seq <= 40 ? e.seq - 1 : e.seq;
      expect(e.paired).toBe(true);
      expect([e.innerHi, e.innerLo]).toEqual([1000 + k, k]);
      expect(e.diedInside).toBe(false);
    }
    const [t] = w.take();
    expect(t).toMatchObject({ spi: SPI, encrypt: true, matched: 99, lost: 1 });
    expect(t?.delayP50Us).toBe(210);
    expect(t?.delayMaxUs).toBe(220);
    expect(w.take()).toEqual([]);
  });

  it("keeps packets after the cut for the next settle, and pairs across it", () => {
    const w = new TransitWindow(names);
    for (let k = 0; k < 50; k++) {
      clear(w, 1_000_000 + k * 1000, k, OUT);
      esp(w, 1_000_000 + k * 1000 + 600, k + 1, OUT);
    }
    // The cut falls between cleartext 30 (1_030_000) and its ESP packet (1_030_600).
    const first = collect(w, 1_030_300);
    expect(first.map((e) => e.seq)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(w.pendingEsp).toBe(19);
    const second = collect(w, Number.POSITIVE_INFINITY);
    expect(second.map((e) => e.seq)).toEqual(Array.from({ length: 19 }, (_, i) => i + 32));
    for (const e of [...first, ...second]) expect(e.innerLo).toBe(e.seq - 1);
    expect(w.take()).toMatchObject([{ matched: 50, lost: 0 }]);
    expect(w.pendingEsp).toBe(0);
    expect(w.size).toBe(0);
  });
});

describe("TransitWindow: decrypting side", () => {
  it("a late ESP packet beyond the replay window yields nothing; its successors keep their own cleartext", () => {
    const w = new TransitWindow(names);
    // Arrival order: seq 1..40, then seq 5 again far behind (a replayed/late copy the
    // gateway drops: 35 behind the newest), then 41..60. Every accepted one comes out
    // 50 µs later as a cleartext packet of the same size.
    const arrivals = [
      ...Array.from({ length: 40 }, (_, i) => i + 1),
      5,
      ...Array.from({ length: 20 }, (_, i) => i + 41),
    ];
    let t = 2_000_000;
    let late = -1;
    arrivals.forEach((seq, i) => {
      t += 500;
      esp(w, t, seq, IN);
      if (i === 40) {
        late = seq;
        return;
      }
      clear(w, t + 50, seq, IN);
    });
    const settled = collect(w, Number.POSITIVE_INFINITY);
    expect(settled).toHaveLength(61);
    const dead = settled.filter((e) => !e.paired);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ seq: late, diedInside: true });
    // Every accepted ESP packet is tied to the cleartext it yielded, not its successor's.
    for (const e of settled.filter((x) => x.paired)) expect(e.innerLo).toBe(e.seq);
    expect(w.take()).toMatchObject([{ spi: SPI, encrypt: false, matched: 60, lost: 1 }]);
  });
});
