import { describe, expect, it } from "vitest";
import { backoffMs } from "../../src/nats/connect-options.js";
import { Spool, type SpoolItem } from "../../src/nats/spool.js";

const item = (n: number, size = 10): SpoolItem => ({
  subject: "s",
  msgId: `s.a.${n}`,
  data: new Uint8Array(size),
});

describe("Spool", () => {
  it("a dropped batch gives back the drop count it carried: published batches tell every drop", () => {
    const s = new Spool(2, 1_000_000);
    const told: number[] = [];
    // the agent: take the drops into the batch it builds, then push that batch
    for (let i = 1; i <= 8; i++) {
      told[i] = s.takeDrops();
      s.push(item(i));
    }
    // batches 1-6 were dropped; 7 and 8 survive. Without the give-back they would tell 2
    // drops (1 each); with it every drop is told by a survivor or still pending
    expect(s.dropped).toBe(6);
    expect(s.peek()?.msgId).toBe("s.a.7");
    expect((told[7] ?? 0) + (told[8] ?? 0)).toBe(4);
    expect((told[7] ?? 0) + (told[8] ?? 0) + s.takeDrops()).toBe(s.dropped);
  });

  it("keeps batches in order", () => {
    const s = new Spool(10, 1000);
    for (let i = 1; i <= 3; i++) s.push(item(i));
    expect(s.size).toBe(3);
    expect(s.bytes).toBe(30);
    const a = s.peek();
    expect(a?.msgId).toBe("s.a.1");
    s.remove(a as SpoolItem);
    expect(s.peek()?.msgId).toBe("s.a.2");
  });

  it("drops the oldest past the count cap and counts it", () => {
    const s = new Spool(3, 1_000_000);
    for (let i = 1; i <= 5; i++) s.push(item(i));
    expect(s.size).toBe(3);
    expect(s.peek()?.msgId).toBe("s.a.3");
    expect(s.dropped).toBe(2);
    expect(s.takeDrops()).toBe(2);
    expect(s.takeDrops()).toBe(0);
  });

  it("drops the oldest past the byte cap, and refuses a batch larger than the cap", () => {
    const s = new Spool(100, 100);
    for (let i = 1; i <= 4; i++) s.push(item(i, 30));
    expect(s.bytes).toBeLessThanOrEqual(100);
    expect(s.size).toBe(3);
    expect(s.push(item(9, 101))).toBe(1);
    expect(s.size).toBe(3);
    expect(s.dropped).toBe(2);
  });

  it("does not remove a newer batch when the one being published was dropped meanwhile", () => {
    const s = new Spool(2, 1000);
    s.push(item(1));
    const inFlight = s.peek() as SpoolItem;
    s.push(item(2));
    s.push(item(3)); // drops 1
    s.remove(inFlight);
    expect(s.size).toBe(2);
    expect(s.peek()?.msgId).toBe("s.a.2");
  });

  it("stays bounded over a long outage", () => {
    const s = new Spool(50, 10_000);
    for (let i = 1; i <= 100_000; i++) s.push(item(i, 64));
    expect(s.size).toBeLessThanOrEqual(50);
    expect(s.bytes).toBeLessThanOrEqual(10_000);
    expect(s.dropped + s.size).toBe(100_000);
  });
});

describe("reconnect backoff", () => {
  it("grows from 250 ms to a 10 s cap with jitter", () => {
    expect(backoffMs(0, () => 0.5)).toBe(250);
    expect(backoffMs(3, () => 0.5)).toBe(2000);
    expect(backoffMs(50, () => 0.5)).toBe(10_000);
    expect(backoffMs(50, () => 0)).toBe(8000);
    expect(backoffMs(50, () => 1)).toBe(12_000);
  });
});
