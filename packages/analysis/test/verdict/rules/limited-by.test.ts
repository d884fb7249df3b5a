import { describe, expect, it } from "vitest";
import { limitedBy } from "../../../src/verdict/rules/limited-by.js";
import { healthyEvidence, underlayLossEvidence } from "../evidence-fixtures.js";

describe("limitedBy", () => {
  it("a paced sender on a sound tunnel is limited by the sender", () => {
    expect(limitedBy(healthyEvidence(), "healthy").limitedBy).toBe("sender");
  });

  it("follows the winning cause", () => {
    const e = healthyEvidence();
    expect(limitedBy(e, "gateway-overload").limitedBy).toBe("gateway");
    expect(limitedBy(e, "replay-window-drops").limitedBy).toBe("gateway");
    expect(limitedBy(e, "underlay-loss").limitedBy).toBe("network");
    expect(limitedBy(e, "mtu-blackhole").limitedBy).toBe("network");
    expect(limitedBy(e, "receiver-not-reading").limitedBy).toBe("receive-window");
    expect(limitedBy(e, "receive-buffer-limited").limitedBy).toBe("receive-window");
  });

  it("a healthy verdict with loss or a full window says what limits it", () => {
    expect(limitedBy(underlayLossEvidence(), "healthy").limitedBy).toBe("network");
    const full = healthyEvidence();
    full.sender.windowFull = full.sender.dataPackets;
    expect(limitedBy(full, "healthy").limitedBy).toBe("receive-window");
    const busy = healthyEvidence();
    busy.sender.flight.p90 = busy.receiver.window.p50;
    expect(limitedBy(busy, "healthy").limitedBy).toBe("unknown");
  });
});
