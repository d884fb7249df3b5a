import { describe, expect, it } from "vitest";
import { int64FromBigInt, int64ToBigInt, int64ToNumber } from "../src/index.js";

describe("64-bit fields", () => {
  it("round-trips unsigned and signed values through Long halves", () => {
    const unsigned = [0n, 1n, 0xffff_ffffn, 0x1_0000_0000n, 1_732_670_000_123_456_789n, (1n << 64n) - 1n];
    for (const v of unsigned) expect(int64ToBigInt(int64FromBigInt(v))).toBe(v);
    const signed = [0n, -1n, -(1n << 63n), (1n << 63n) - 1n, -1_500_000n];
    for (const v of signed) expect(int64ToBigInt(int64FromBigInt(v, false))).toBe(v);
  });

  it("reads numbers and absent values", () => {
    expect(int64ToBigInt(undefined)).toBe(0n);
    expect(int64ToBigInt(null)).toBe(0n);
    expect(int64ToBigInt(42)).toBe(42n);
    expect(int64ToNumber(int64FromBigInt(9_007_199_254_740_991n))).toBe(Number.MAX_SAFE_INTEGER);
    expect(int64ToNumber(7)).toBe(7);
    expect(int64ToNumber(undefined)).toBe(0);
  });

  it("throws RangeError for values that do not fit", () => {
    expect(() => int64FromBigInt(-1n)).toThrow(RangeError);
    expect(() => int64FromBigInt(1n << 64n)).toThrow(RangeError);
    expect(() => int64FromBigInt(1n << 63n, false)).toThrow(RangeError);
  });
});
