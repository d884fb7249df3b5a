import { describe, expect, it } from "vitest";
import { judgeFlow, overallVerdict } from "../../src/verdict/engine.js";
import type { Rule } from "../../src/verdict/evidence.js";
import {
  CASES,
  healthyEvidence,
  notReadingEvidence,
  overloadSenderEvidence,
  underlayLossEvidence,
} from "./evidence-fixtures.js";

const EXPECTED: Record<keyof typeof CASES, [string, string]> = {
  healthy: ["none", "healthy"],
  "receiver-not-reading": ["receiver-host", "receiver-not-reading"],
  "receive-buffer-limited": ["receiver-host", "receive-buffer-limited"],
  "underlay-loss": ["underlay", "underlay-loss"],
  "replay-window-drops": ["receiver-gateway", "replay-window-drops"],
  "gateway-overload(sender)": ["sender-gateway", "gateway-overload"],
  "gateway-overload(receiver)": ["receiver-gateway", "gateway-overload"],
  "mtu-blackhole": ["underlay", "mtu-blackhole"],
};

describe("verdict engine", () => {
  it.each(Object.keys(CASES) as (keyof typeof CASES)[])("judges the %s case", (name) => {
    const { verdict } = judgeFlow(CASES[name]());
    expect([verdict.location, verdict.cause]).toEqual(EXPECTED[name]);
    // Every other cause is either ruled out with a reason or listed as a weaker candidate.
    expect(verdict.ruledOut.length + verdict.candidates.length).toBe(7);
    expect(verdict.why.length).toBeGreaterThan(0);
  });

  it("a paced healthy flow is limited by the sender", () => {
    expect(judgeFlow(healthyEvidence()).verdict.limitedBy).toBe("sender");
  });

  it("picks the most confident problem and says why the others lost", () => {
    const strong: Rule = () => ({
      fired: true,
      candidate: {
        location: "underlay",
        cause: "underlay-loss",
        confidence: 0.9,
        evidence: ["strong"],
        recommendations: [],
        filters: [],
      },
    });
    const weak: Rule = () => ({
      fired: true,
      candidate: {
        location: "sender-gateway",
        cause: "gateway-overload",
        confidence: 0.6,
        evidence: ["weak one"],
        recommendations: [],
        filters: [],
      },
    });
    const { verdict } = judgeFlow(healthyEvidence(), [weak, strong]);
    expect(verdict.cause).toBe("underlay-loss");
    expect(verdict.why[1]).toMatch(
      /gateway-overload at sender-gateway also fired but weaker \(0\.6\): weak one/,
    );
    expect(verdict.candidates.map((c) => c.cause)).toEqual(["underlay-loss", "gateway-overload"]);
  });

  it("falls back to a low-confidence healthy verdict when no rule fires", () => {
    const { verdict } = judgeFlow(healthyEvidence(), []);
    expect(verdict.cause).toBe("healthy");
    expect(verdict.confidence).toBeLessThan(0.5);
  });

  it("the overall verdict is the worst flow direction", () => {
    const flows = [
      { id: "h", verdict: judgeFlow(healthyEvidence()).verdict, bytes: 10 },
      { id: "l", verdict: judgeFlow(underlayLossEvidence()).verdict, bytes: 1 },
      { id: "o", verdict: judgeFlow(overloadSenderEvidence()).verdict, bytes: 5 },
      { id: "z", verdict: judgeFlow(notReadingEvidence()).verdict, bytes: 5 },
    ];
    const v = overallVerdict(flows);
    expect(v.flow).toBe("z");
    expect(v.cause).toBe("receiver-not-reading");
    expect(v.why.at(-1)).toMatch(/Worst of 4 flow directions; also: l underlay-loss/);
    expect(overallVerdict([flows[0] as (typeof flows)[number]]).cause).toBe("healthy");
    expect(overallVerdict([]).flow).toBeNull();
  });
});
