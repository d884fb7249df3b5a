import { describe, expect, it } from "vitest";
import { gatewayOverload } from "../../../src/verdict/rules/gateway-overload.js";
import { healthyEvidence, overloadReceiverEvidence, overloadSenderEvidence } from "../evidence-fixtures.js";
import { fires, quietOnOthers } from "./helpers.js";

describe("rule gateway-overload", () => {
  it("names the sending gateway when its encrypt queue stands", () => {
    const c = fires(gatewayOverload, overloadSenderEvidence());
    expect(c.location).toBe("sender-gateway");
    expect(c.confidence).toBeGreaterThanOrEqual(0.85);
    expect(c.evidence[0]).toMatch(/inside A p50 100\.9 ms, p90 302\.7 ms, max 492\.4 ms/);
    expect(c.evidence.join(" ")).toMatch(/A sustained only 4\.00 Mbit\/s/);
    expect(c.recommendations.join(" ")).toMatch(/cake bandwidth 3mbit/);
  });

  it("names the receiving gateway when its decrypt queue stands", () => {
    const c = fires(gatewayOverload, overloadReceiverEvidence());
    expect(c.location).toBe("receiver-gateway");
    expect(c.evidence[0]).toMatch(/inside B p50 96\.7 ms/);
  });

  it("fires on packets dying inside a gateway without a reorder pattern", () => {
    const e = healthyEvidence();
    e.senderGw.died = 40;
    const c = fires(gatewayOverload, e);
    expect(c.location).toBe("sender-gateway");
    expect(c.evidence.join(" ")).toMatch(/40 of 3600 packets/);
  });

  it("a queue that is small next to the RTT is not overload", () => {
    const e = overloadSenderEvidence();
    e.sender.rtt.p50 = 2_000_000; // 100 ms of 2 s
    expect(gatewayOverload(e).fired).toBe(false);
  });

  it("stays quiet on every other case", () => {
    quietOnOthers(gatewayOverload, ["gateway-overload(sender)", "gateway-overload(receiver)"]);
  });
});
