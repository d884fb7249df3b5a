import { describe, expect, it } from "vitest";
import { TimestampUnit } from "../../src/capture/timestamp.js";

const split = (v: bigint): [number, number] => [Number(v >> 32n), Number(v & 0xffffffffn)];
const US = 1_795_712_883_485_449n;

describe("TimestampUnit", () => {
  it("µs (default) is exact", () => {
    expect(new TimestampUnit().toMicros(...split(US))).toBe(Number(US));
  });

  it("ns: exact beyond 2^53 and rounded down", () => {
    const ns = US * 1000n + 999n; // 61 bits
    expect(new TimestampUnit(9).toMicros(...split(ns))).toBe(Number(US));
  });

  it("10^-7 and 10^-3", () => {
    expect(new TimestampUnit(7).toMicros(...split(US * 10n + 9n))).toBe(Number(US));
    expect(new TimestampUnit(3).toMicros(...split(US / 1000n))).toBe(Number((US / 1000n) * 1000n));
  });

  it("2^-k units", () => {
    const units = (US * 2n ** 20n) / 1_000_000n;
    const got = new TimestampUnit(0x80 | 20).toMicros(...split(units));
    expect(Number(US) - got).toBeGreaterThanOrEqual(0);
    expect(Number(US) - got).toBeLessThanOrEqual(1);
  });

  it("if_tsoffset in seconds, negative too", () => {
    expect(new TimestampUnit(6, 10).toMicros(0, 5)).toBe(10_000_005);
    expect(new TimestampUnit(6, -1).toMicros(0, 1_000_000)).toBe(0);
  });
});
