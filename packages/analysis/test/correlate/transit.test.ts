import { describe, expect, it } from "vitest";
import { RecKind, RecordStore } from "../../src/correlate/records.js";
import { alignTransit, estimateOverhead } from "../../src/correlate/transit.js";

/** A record store from (ts, ipLen) rows; returns it and the index lists per stream. */
function store(inner: [number, number][], esp: [number, number][]) {
  const r = new RecordStore(1000);
  const add = (rows: [number, number][], kind: number) =>
    Int32Array.from(
      rows.map(([ts, len]) => {
        const i = r.alloc();
        r.ts[i] = ts;
        r.ipLen[i] = len;
        r.kind[i] = kind;
        return i;
      }),
    );
  const innerIdx = add(inner, RecKind.Tcp);
  const espIdx = add(esp, RecKind.Esp);
  return { r, innerIdx, espIdx };
}

describe("gateway transit alignment", () => {
  it("measures the ESP overhead as the mode of neighbouring size differences", () => {
    const inner: [number, number][] = [];
    const esp: [number, number][] = [];
    for (let i = 0; i < 100; i++) {
      const len = i % 3 === 0 ? 52 : 1400;
      inner.push([i * 100, len]);
      esp.push([i * 100 + 50, len + 64]);
    }
    const { r, innerIdx, espIdx } = store(inner, esp);
    expect(estimateOverhead(r, innerIdx, espIdx)?.typical).toBe(64);
  });

  it("encrypting side: packets that die inside leave holes; sizes and causality keep the order", () => {
    // Inner: 1400, 52, 1400, 1400(dies), 52, 1400; ESP for all but the 4th.
    const { r, innerIdx, espIdx } = store(
      [
        [0, 1400],
        [10, 52],
        [20, 1400],
        [30, 1400],
        [40, 52],
        [50, 1400],
      ],
      [
        [100, 1464],
        [110, 116],
        [120, 1464],
        [140, 116],
        [150, 1464],
      ],
    );
    const ov = { typical: 64, min: 48, max: 80, samples: 1 };
    const a = alignTransit(r, innerIdx, espIdx, ov, true);
    const partner = Array.from(a.inToOut, (j) => (j < 0 ? -1 : r.ts[j]));
    // The 4th inner (ts 30) has no ESP; greedy order assigns the 1400 at ts 20 to ESP 120.
    expect(partner).toEqual([100, 110, 120, -1, 140, 150]);
    expect(a.overhead).toMatchObject({ min: 64, max: 64 });
  });

  it("decrypting side: an ESP packet that yields no inner packet is left unmatched", () => {
    const { r, innerIdx, espIdx } = store(
      [
        [105, 1400],
        [125, 52],
      ],
      [
        [100, 1464],
        [110, 1464],
        [120, 116],
      ],
    );
    const ov = { typical: 64, min: 48, max: 80, samples: 1 };
    // Input = ESP (seen first), output = inner.
    const a = alignTransit(r, espIdx, innerIdx, ov, false);
    expect(Array.from(a.inToOut, (j) => (j < 0 ? -1 : r.ts[j]))).toEqual([105, -1, 125]);
  });

  it("never matches an output to an input seen after it", () => {
    const { r, innerIdx, espIdx } = store([[500, 1400]], [[100, 1464]]);
    const a = alignTransit(r, innerIdx, espIdx, { typical: 64, min: 48, max: 80, samples: 1 }, true);
    expect(Array.from(a.inToOut)).toEqual([-1]);
  });
});
