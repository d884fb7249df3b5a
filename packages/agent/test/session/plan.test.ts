import { int64FromBigInt, SessionError, Tap } from "@tunnelscope/protocol";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/schema.js";
import { configuredTaps, isPlanError, planFromStart } from "../../src/session/plan.js";

const base = { id: "gw-a", taps: { outer: "wan0", inner: "lan0", tunnel: "ipsec0" } };
const start = (taps: Tap[]) => ({ taps, samplingRate: int64FromBigInt(0n) });

describe("session plans with a tunnel-device tap", () => {
  it("configures three taps when --tunnel-if is given", () => {
    expect(configuredTaps(parseConfig(base))).toEqual(["outer", "inner", "tunnel"]);
  });

  it("TAP_INNER asks for the LAN side and the tunnel device", () => {
    const plan = planFromStart("s1", start([Tap.TAP_OUTER, Tap.TAP_INNER]), parseConfig(base));
    expect(isPlanError(plan)).toBe(false);
    if (!isPlanError(plan)) expect(plan.taps).toEqual(["outer", "inner", "tunnel"]);
  });

  it("the tunnel device is the inner tap when no LAN interface is configured", () => {
    const c = parseConfig({ id: "gw-a", taps: { outer: "wan0", tunnel: "ipsec0" } });
    const plan = planFromStart("s1", start([Tap.TAP_INNER]), c);
    if (isPlanError(plan)) throw new Error(plan.message);
    expect(plan.taps).toEqual(["tunnel"]);
  });

  it("TAP_TUNNEL alone, and refused with a sentence when no tunnel device is configured", () => {
    const plan = planFromStart("s1", start([Tap.TAP_TUNNEL]), parseConfig(base));
    if (isPlanError(plan)) throw new Error(plan.message);
    expect(plan.taps).toEqual(["tunnel"]);
    const none = planFromStart("s1", start([Tap.TAP_TUNNEL]), parseConfig({ id: "a", taps: { outer: "e" } }));
    expect(isPlanError(none) && none.error).toBe(SessionError.SESSION_ERROR_INVALID_ARGUMENT);
    expect(isPlanError(none) && none.message).toContain("--tunnel-if");
  });

  it("rejects the tunnel device given for another tap, and 'any' as a tunnel device", () => {
    // a one-armed gateway may capture outer and inner on one interface
    expect(parseConfig({ id: "a", taps: { outer: "eth0", inner: "eth0" } }).taps.inner).toBe("eth0");
    expect(() => parseConfig({ id: "a", taps: { outer: "ipsec0", tunnel: "ipsec0" } })).toThrow(
      /taps.outer and taps.tunnel are both 'ipsec0'/,
    );
    expect(() => parseConfig({ id: "a", taps: { inner: "ipsec0", tunnel: "ipsec0" } })).toThrow(
      /taps.inner and taps.tunnel are both 'ipsec0'/,
    );
    expect(() => parseConfig({ id: "a", taps: { outer: "eth0", tunnel: "any" } })).toThrow(
      /taps.tunnel 'any' is not a tunnel device/,
    );
  });
});
