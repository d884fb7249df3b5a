import { describe, expect, it } from "vitest";
import { TopK } from "../../src/correlate/findings.js";

describe("TopK", () => {
  it("keeps the k largest keys with their two record indices", () => {
    const t = new TopK(4);
    const keys = [5, 1, 9, 3, 7, 2, 8, 6, 4, 0];
    for (const [i, k] of keys.entries()) t.offer(k, i, 100 + i);
    const recs = t.records();
    const kept = [];
    for (let i = 0; i < recs.length; i += 2) kept.push(keys[recs[i] as number]);
    expect(kept.sort()).toEqual([6, 7, 8, 9]);
    for (let i = 0; i < recs.length; i += 2) expect(recs[i + 1]).toBe((recs[i] as number) + 100);
  });

  it("keeps fewer when fewer were offered", () => {
    const t = new TopK(16);
    t.offer(1, 0, 1);
    expect(t.size).toBe(1);
    expect(t.records()).toEqual([0, 1]);
  });
});
