import { describe, expect, it } from "vitest";
import { healthy } from "../../../src/verdict/rules/healthy.js";
import { healthyEvidence } from "../evidence-fixtures.js";
import { fires, quietOnOthers } from "./helpers.js";

describe("rule healthy", () => {
  it("fires when nothing collapses, at location none", () => {
    const c = fires(healthy, healthyEvidence());
    expect(c.location).toBe("none");
    expect(c.cause).toBe("healthy");
    expect(c.evidence[0]).toMatch(/2400 packets followed .* 0 lost/);
  });

  it("is less sure with blind spots", () => {
    const e = healthyEvidence();
    e.gaps = ["B: no tunnel-device tap"];
    expect(fires(healthy, e).confidence).toBeLessThan(0.9);
  });

  it("stays quiet on every problem case", () => {
    quietOnOthers(healthy, ["healthy"]);
  });
});
