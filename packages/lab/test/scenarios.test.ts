import { describe, expect, it } from "vitest";
import { isLabError } from "../src/errors.js";
import {
  type Cause,
  getScenario,
  type Location,
  resolveOptions,
  SCENARIO_NAMES,
  SCENARIOS,
  scenarioTruth,
} from "../src/scenarios.js";

const LOCATIONS: readonly Location[] = [
  "sender-host",
  "sender-lan",
  "sender-gateway",
  "underlay",
  "receiver-gateway",
  "receiver-lan",
  "receiver-host",
  "none",
];
const CAUSES: readonly Cause[] = [
  "receiver-not-reading",
  "receive-buffer-limited",
  "underlay-loss",
  "replay-window-drops",
  "gateway-overload",
  "mtu-blackhole",
  "healthy",
];

describe("scenario table", () => {
  it("has the seven scenarios of the issue, each with a DESIGN §5 truth", () => {
    expect([...SCENARIO_NAMES].sort()).toEqual(
      [
        "gateway-overload",
        "healthy",
        "mtu-blackhole",
        "receive-buffer-limited",
        "receiver-not-reading",
        "replay-window-drops",
        "underlay-loss",
      ].sort(),
    );
    for (const name of SCENARIO_NAMES) {
      const t = scenarioTruth(name);
      expect(t.scenario).toBe(name);
      expect(LOCATIONS).toContain(t.location);
      expect(CAUSES).toContain(t.cause);
      expect(SCENARIOS[name].description.length).toBeGreaterThan(10);
    }
  });

  it("gives the expected ground truths", () => {
    expect(scenarioTruth("healthy")).toEqual({ scenario: "healthy", location: "none", cause: "healthy" });
    expect(scenarioTruth("receiver-not-reading")).toMatchObject({ location: "receiver-host" });
    expect(scenarioTruth("receive-buffer-limited")).toMatchObject({ location: "receiver-host" });
    expect(scenarioTruth("underlay-loss")).toMatchObject({ location: "underlay", cause: "underlay-loss" });
    expect(scenarioTruth("replay-window-drops")).toMatchObject({ location: "receiver-gateway" });
    expect(scenarioTruth("mtu-blackhole")).toMatchObject({ location: "underlay", cause: "mtu-blackhole" });
    expect(scenarioTruth("gateway-overload", { gateway: "a" })).toMatchObject({
      location: "sender-gateway",
      cause: "gateway-overload",
    });
    expect(scenarioTruth("gateway-overload", { gateway: "b" }).location).toBe("receiver-gateway");
    expect(scenarioTruth("gateway-overload").location).toBe("receiver-gateway");
  });

  it("paces only the healthy sender by default (below the tunnel's capacity)", () => {
    for (const name of SCENARIO_NAMES) {
      const rate = resolveOptions(SCENARIOS[name]).rate;
      expect(rate).toBe(name === "healthy" ? 1_000_000 : 0);
    }
  });
});

describe("resolveOptions", () => {
  it("fills defaults and converts command-line strings", () => {
    const o = resolveOptions(getScenario("underlay-loss"), { lossPercent: "7" });
    expect(o).toEqual({ rate: 0, lossPercent: 7 });
    expect(Object.isFrozen(o)).toBe(true);
  });

  it("rejects an option of another scenario, by its flag", () => {
    expect(() => resolveOptions(getScenario("healthy"), { gateway: "a" })).toThrow(
      /--gateway does not apply to scenario healthy/,
    );
  });

  it("rejects values out of range or not numbers, and bad choices", () => {
    const bad = [
      () => resolveOptions(getScenario("underlay-loss"), { lossPercent: "0" }),
      () => resolveOptions(getScenario("underlay-loss"), { lossPercent: "lots" }),
      () => resolveOptions(getScenario("underlay-loss"), { lossPercent: "" }),
      () => resolveOptions(getScenario("mtu-blackhole"), { mtu: 9000 }),
      () => resolveOptions(getScenario("gateway-overload"), { gateway: "c" }),
    ];
    for (const f of bad) {
      let err: unknown;
      try {
        f();
      } catch (e) {
        err = e;
      }
      expect(isLabError(err, "LAB_USAGE")).toBe(true);
      expect((err as Error).message).not.toContain("\n");
    }
  });

  it("names the valid scenarios for an unknown one", () => {
    expect(() => getScenario("slow")).toThrow(
      /unknown scenario 'slow'; one of: healthy, receiver-not-reading/,
    );
  });
});
