import { describe, expect, it } from "vitest";
import { distribution, isGrowing, nextPowerOfTwo, quantileSorted } from "../../src/correlate/stats.js";

describe("stats", () => {
  it("summarises a distribution with nearest-rank quantiles", () => {
    const d = distribution([5, 1, 4, 2, 3, 10, 9, 8, 7, 6]);
    expect(d).toEqual({ count: 10, min: 1, p10: 1, p50: 5, p90: 9, p99: 10, max: 10 });
    expect(distribution([]).count).toBe(0);
    expect(quantileSorted(Float64Array.of(1, 2, 3), 0.5)).toBe(2);
  });

  it("tells a building queue from a standing one", () => {
    expect(isGrowing([1000, 2000, 4000, 8000, 16000, 32000], 5000)).toBe(true);
    // overload-a: the queue builds in the first second and then stands at ~100 ms.
    expect(
      isGrowing(
        [195_800, 398_500, 96_800, 96_200, 49_400, 100_400, 100_700, 155_400, 101_700, 105_500],
        5000,
      ),
    ).toBe(false);
    expect(isGrowing([100, 200, 400], 5000)).toBe(false);
  });

  it("rounds up to powers of two", () => {
    expect([1, 2, 3, 129, 165, 166].map(nextPowerOfTwo)).toEqual([1, 2, 4, 256, 256, 256]);
  });
});
