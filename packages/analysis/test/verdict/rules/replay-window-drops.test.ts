import { describe, expect, it } from "vitest";
import { replayWindowDrops } from "../../../src/verdict/rules/replay-window-drops.js";
import { replayEvidence } from "../evidence-fixtures.js";
import { fires, quietOnOthers } from "./helpers.js";

describe("rule replay-window-drops", () => {
  it("fires when late ESP dies inside the receiving gateway, and sizes the replay window", () => {
    const c = fires(replayWindowDrops, replayEvidence());
    expect(c.location).toBe("receiver-gateway");
    expect(c.confidence).toBeGreaterThanOrEqual(0.9);
    expect(c.evidence.join(" ")).toMatch(/replay window is between 128 and 132 packets/);
    expect(c.recommendations[0]).toMatch(/`replay_window = 256`/);
    expect(c.filters[0]).toBe("esp.spi == 0xea293d5a && esp.sequence in {1807, 1812, 2017}");
  });

  it("stays quiet when the packets that died had arrived in order (no reorder pattern)", () => {
    const e = replayEvidence();
    e.replay.diedLate = 2;
    e.receiverGw.diedLate = 2;
    e.replay.diedInOrder = 9;
    expect(replayWindowDrops(e).fired).toBe(false);
  });

  it("is less sure when accepted and dropped depths overlap", () => {
    const e = replayEvidence();
    e.replay.maxAcceptedDepth = 140;
    expect(fires(replayWindowDrops, e).confidence).toBeLessThan(
      fires(replayWindowDrops, replayEvidence()).confidence,
    );
  });

  it("stays quiet on every other case", () => {
    quietOnOthers(replayWindowDrops, ["replay-window-drops"]);
  });
});
