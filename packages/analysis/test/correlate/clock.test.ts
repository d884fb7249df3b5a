import { describe, expect, it } from "vitest";
import { estimateClock, type TimePairs } from "../../src/correlate/clock.js";

function pairs(send: number[], delays: number[], offset: number): TimePairs {
  return {
    send: Float64Array.from(send),
    recv: Float64Array.from(send.map((t, i) => t + (delays[i] as number) + offset)),
    length: send.length,
    what: "ESP",
  };
}

describe("clock alignment (NTP style)", () => {
  it("takes the minimum one-way delay each way: offset in the middle, bound half the sum", () => {
    const theta = 3_700_000;
    // A→B delays 5..9 ms, B→A delays 7..12 ms (queueing above a floor).
    const ab = pairs([0, 1000, 2000], [9000, 5000, 6000], theta);
    const ba = pairs([0, 1000, 2000], [12000, 7000, 8000], -theta);
    const c = estimateClock([ab], [ba]);
    expect(c.minAB).toBe(theta + 5000);
    expect(c.minBA).toBe(7000 - theta);
    expect(c.offsetUs).toBe(theta - 1000);
    expect(c.boundUs).toBe(6000);
    expect(Math.abs(c.offsetUs - theta)).toBeLessThanOrEqual(c.boundUs as number);
    expect(c.inconsistent).toBe(false);
    expect(c.method).toMatch(/3 A→B and 3 B→A pairs/);
  });

  it("with one direction only, assumes a zero minimum delay and gives no bound", () => {
    const c = estimateClock([pairs([0, 10], [400, 300], -2_000_000)], []);
    expect(c.offsetUs).toBe(-2_000_000 + 300);
    expect(c.boundUs).toBeNull();
    expect(c.method).toMatch(/A→B only/);
  });

  it("flags contradicting minima (drift, or mismatched packets)", () => {
    const c = estimateClock([pairs([0], [-500], 0)], [pairs([0], [100], 0)]);
    expect(c.inconsistent).toBe(true);
  });

  it("without any shared packet, reports no offset", () => {
    const c = estimateClock([], []);
    expect(c.offsetUs).toBe(0);
    expect(c.boundUs).toBeNull();
    expect(c.method).toMatch(/^none/);
  });
});
