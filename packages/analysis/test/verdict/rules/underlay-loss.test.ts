import { describe, expect, it } from "vitest";
import { underlayLoss } from "../../../src/verdict/rules/underlay-loss.js";
import { healthyEvidence, underlayLossEvidence } from "../evidence-fixtures.js";
import { fires, quietOnOthers } from "./helpers.js";

describe("rule underlay-loss", () => {
  it("fires on ESP lost between the outer taps, with the SA and sequence numbers", () => {
    const c = fires(underlayLoss, underlayLossEvidence());
    expect(c.location).toBe("underlay");
    expect(c.confidence).toBeGreaterThanOrEqual(0.9);
    expect(c.evidence[0]).toMatch(
      /^68 of 2718 ESP packets \(2\.5%\) that A sent on SA 0xa8ba1f11 never reached B/,
    );
    expect(c.filters[0]).toBe("esp.spi == 0xa8ba1f11 && esp.sequence in {87, 132, 151}");
  });

  it("ignores one or two lost packets and tiny loss rates", () => {
    const e = healthyEvidence();
    e.underlay.lost = 2;
    expect(underlayLoss(e).fired).toBe(false);
    const big = healthyEvidence();
    big.underlay.sent = 1_000_000;
    big.underlay.lost = 50; // 0.005%
    expect(underlayLoss(big).fired).toBe(false);
  });

  it("confidence grows with the loss rate", () => {
    const low = underlayLossEvidence();
    low.underlay.lost = 4; // 0.15%
    expect(fires(underlayLoss, low).confidence).toBeLessThan(
      fires(underlayLoss, underlayLossEvidence()).confidence,
    );
  });

  it("stays quiet on every other case (the size-bound loss belongs to mtu-blackhole)", () => {
    quietOnOthers(underlayLoss, ["underlay-loss"]);
  });
});
