import { describe, expect, it } from "vitest";
import { receiverNotReading } from "../../../src/verdict/rules/receiver-not-reading.js";
import { healthyEvidence, notReadingEvidence } from "../evidence-fixtures.js";
import { fires, quietOnOthers } from "./helpers.js";

describe("rule receiver-not-reading", () => {
  it("fires on zero windows with nothing lost, at the receiver host, with the numbers", () => {
    const c = fires(receiverNotReading, notReadingEvidence());
    expect(c.location).toBe("receiver-host");
    expect(c.cause).toBe("receiver-not-reading");
    expect(c.confidence).toBeGreaterThanOrEqual(0.9);
    expect(c.evidence.join(" ")).toMatch(
      /zero window in 24 ACKs \(22 episodes, 3\.20 s at zero = 74% of the 4\.35 s/,
    );
    expect(c.recommendations.join(" ")).toMatch(/does not read its socket/);
    expect(c.filters.some((f) => f.includes("tcp.analysis.zero_window"))).toBe(true);
  });

  it("is less sure when packets were lost as well", () => {
    const e = notReadingEvidence();
    const s = e.segments[1];
    if (s !== undefined) s.lost = 200;
    expect(fires(receiverNotReading, e).confidence).toBeLessThan(
      fires(receiverNotReading, notReadingEvidence()).confidence,
    );
  });

  it("a single short zero window is weaker than a long stall", () => {
    const e = healthyEvidence();
    e.receiver.zeroWindowAcks = 1;
    e.receiver.zeroWindowEpisodes = 1;
    e.receiver.zeroWindowUs = 1000;
    expect(fires(receiverNotReading, e).confidence).toBeLessThan(0.75);
  });

  it("stays quiet on every other case", () => {
    quietOnOthers(receiverNotReading, ["receiver-not-reading"]);
  });
});
