import { describe, expect, it } from "vitest";
import { correlate } from "../../src/correlate/correlate.js";
import { GatewayCaptureAnalyzer } from "../../src/correlate/gateway-capture.js";
import { synthetic } from "./synthetic.js";

describe("correlate on synthetic captures", () => {
  it("recognises the taps from the traffic, whatever the interface numbers", () => {
    const { a, b } = synthetic();
    const r = correlate(a, b);
    const roles = (g: string) =>
      Object.fromEntries(
        (r.gateways.find((x) => x.gateway === g)?.taps ?? []).map(
          (t) => [t.role, t.iface] as [string, number],
        ),
      );
    expect(roles("A")).toEqual({ lan: 2, outer: 3, tunnel: 5 });
    expect(roles("B")).toEqual({ lan: 8, outer: 7, tunnel: 9 });
    expect(r.gateways[0]?.espOverhead?.typical).toBe(64);
    expect(r.verdict.cause).toBe("healthy");
  });

  it.each([0, 3_700_000, -2_000_000, 123])(
    "recovers a clock offset of %i µs within the bound",
    (offsetUs) => {
      const { a, b } = synthetic({ offsetUs, owdAB: 5000, owdBA: 7000 });
      const r = correlate(a, b);
      // NTP style: offset = (dAB − dBA)/2 = θ − 1000 µs (asymmetric delays), bound = 6000 µs.
      expect(r.clock.boundUs).toBe(6000);
      expect(r.clock.offsetUs).toBe(offsetUs - 1000);
      expect(Math.abs(r.clock.offsetUs - offsetUs)).toBeLessThanOrEqual(r.clock.boundUs as number);
      const u = r.segments.find((s) => s.direction === "data" && s.segment === "underlay");
      // On A's clock, the A→B delay reads 5 ms + 1 ms of asymmetry error.
      expect(u?.delay.p50Us).toBe(6000);
    },
  );

  it("counts underlay loss by ESP sequence number, not by time", () => {
    const lost = new Set([10, 50, 51, 52, 200, 300]);
    const { a, b } = synthetic({ lostInUnderlay: lost, offsetUs: 2_000_000 });
    const r = correlate(a, b);
    const u = r.segments.find((s) => s.direction === "data" && s.segment === "underlay");
    expect(u).toMatchObject({ packetsIn: 401, lost: 6, unknown: 0 });
    expect([r.verdict.location, r.verdict.cause]).toEqual(["underlay", "underlay-loss"]);
    // ESP sequence 1 carried the SYN, so segment i rides on sequence i + 2.
    expect(r.verdict.filters[0]).toBe("esp.spi == 0xc0ffee01 && esp.sequence in {12, 52, 53, 54, 202, 302}");
  });

  it("finds the packets that die inside the sending gateway", () => {
    const died = new Set([20, 21, 22, 100, 101, 399]);
    const { a, b } = synthetic({ diedInA: died });
    const r = correlate(a, b);
    const s = r.segments.find((x) => x.direction === "data" && x.segment === "sender-gateway");
    // 400 segments + the SYN; A's capture runs on (ACKs) long after the last one.
    expect(s).toMatchObject({ packetsIn: 401, lost: 6, unknown: 0 });
    expect(r.gateways[0]?.encrypt.died).toBe(6);
    expect([r.verdict.location, r.verdict.cause]).toEqual(["sender-gateway", "gateway-overload"]);
  });

  it("names exactly which ESP packets die inside the receiving gateway", () => {
    const died = new Set([30, 31, 250]);
    const { a, b } = synthetic({ diedInB: died });
    const r = correlate(a, b);
    const g = r.gateways.find((x) => x.gateway === "B");
    expect(g?.decryptMatching).toBe("identity");
    expect(g?.decrypt).toMatchObject({ died: 3, diedLate: 0 });
    const s = r.segments.find((x) => x.direction === "data" && x.segment === "receiver-gateway");
    expect(s).toMatchObject({ lost: 3 });
  });

  it("sees a growing queue in the sending gateway", () => {
    const { a, b } = synthetic({ transitA: (i) => 300 + i * 250, packets: 400 });
    const r = correlate(a, b);
    expect([r.verdict.location, r.verdict.cause]).toEqual(["sender-gateway", "gateway-overload"]);
    const trend = r.gateways[0]?.encrypt.transitTrend ?? [];
    expect(trend.at(-1)).toBeGreaterThan(5 * (trend[0] ?? 0));
    expect(r.gateways[0]?.encrypt.growing).toBe(true);
    expect(r.gateways[1]?.decrypt.growing).toBe(false);
    expect(r.verdict.evidence.join(" ")).toMatch(/the queue keeps growing/);
  });

  it("reads a zero window at the receiver as receiver-not-reading", () => {
    const { a, b } = synthetic({ window: (i) => (i % 50 > 40 ? 0 : 60000) });
    const r = correlate(a, b);
    expect([r.verdict.location, r.verdict.cause]).toEqual(["receiver-host", "receiver-not-reading"]);
    expect(r.flows[0]?.figures.zeroWindowAcks).toBeGreaterThan(0);
  });

  it("swapping the captures keeps the verdict and flips the gateway names", () => {
    const { a, b } = synthetic({ lostInUnderlay: new Set([5, 6, 7, 8]), offsetUs: 50_000 });
    const r = correlate(b, a);
    expect([r.verdict.location, r.verdict.cause]).toEqual(["underlay", "underlay-loss"]);
    expect(r.flows[0]?.sender.gateway).toBe("B");
    expect(r.clock.offsetUs).toBe(-50_000 + 1000);
  });

  it("says what is missing when a capture has no ESP", () => {
    const { a } = synthetic();
    const r = correlate(a, new GatewayCaptureAnalyzer("B").finish());
    expect(r.partial).toBe(true);
    expect(r.missing.join(" ")).toMatch(/B: no interface carries ESP/);
    expect(r.clock.boundUs).toBeNull();
  });

  it("judges each SA from ESP alone when only the outer interfaces were captured", () => {
    const { a, b } = synthetic({
      outerOnly: true,
      payload: (i) => (i % 4 === 0 ? 500 : 1348),
      lostInUnderlay: new Set([1, 2, 3, 5, 6, 7, 9]),
    });
    const r = correlate(a, b);
    expect(r.flows.map((f) => f.id)).toEqual([
      "ESP SA 0xc0ffee01 192.0.2.1 → 198.51.100.1",
      "ESP SA 0xc0ffee02 198.51.100.1 → 192.0.2.1",
    ]);
    expect([r.verdict.location, r.verdict.cause]).toEqual(["underlay", "underlay-loss"]);
    expect(r.missing.join(" ")).toMatch(/ESP only/);
  });

  it("finds an MTU black hole from ESP alone, clamping with the worst-case overhead", () => {
    const big = new Set(Array.from({ length: 100 }, (_, i) => i).filter((i) => i % 4 !== 0));
    const { a, b } = synthetic({
      outerOnly: true,
      packets: 100,
      payload: (i) => (i % 4 === 0 ? 500 : 1348),
      lostInUnderlay: big,
    });
    const r = correlate(a, b);
    expect([r.verdict.location, r.verdict.cause]).toEqual(["underlay", "mtu-blackhole"]);
    // Largest ESP through: 500 + 40 + 64 = 604; − 85 worst-case overhead − 40 = 479.
    expect(r.verdict.recommendations.join(" ")).toMatch(/maxseg size set 479/);
  });

  it("does not call ESP lost when the other capture has no outer interface", () => {
    const { a, b } = synthetic({ noOuterB: true });
    const r = correlate(a, b);
    expect(r.verdict.cause).not.toBe("underlay-loss");
    expect(r.missing.join(" ")).toMatch(/B: no interface carries ESP/);
    expect(r.missing.join(" ")).toMatch(/SA 0xc0ffee01 \(A → B\) never appeared in B's capture/);
  });
});
