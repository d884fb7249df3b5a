/**
 * The correlation + verdict engine on every lab scenario: one capture per gateway in, the
 * verdict of the scenario's truth.json out — also with one clock shifted by seconds and with
 * the captures given in the other order.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// The source, not the package: the engine under test, whatever `dist/` holds.
import {
  CaptureReader,
  correlate,
  type GatewayCapture,
  GatewayCaptureAnalyzer,
  type Report,
} from "../../packages/analysis/src/index.js";

const root = fileURLToPath(new URL("../fixtures/scenarios/", import.meta.url));
const scenarios = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface Truth {
  scenario: string;
  location: string;
  cause: string;
}

/** Reads a capture in 64 KiB chunks, shifting every timestamp by `shiftUs` (a skewed clock). */
function load(path: string, label: string, shiftUs = 0): GatewayCapture {
  const g = new GatewayCaptureAnalyzer(label);
  const reader = new CaptureReader((pv) => {
    pv.ts += shiftUs;
    g.add(pv);
  });
  const bytes = readFileSync(path);
  for (let o = 0; o < bytes.length; o += 65536) reader.push(bytes.subarray(o, o + 65536));
  reader.end();
  g.setInterfaces(reader.interfaces);
  g.setHealth(reader.health);
  return g.finish();
}

function verdictOf(r: Report): [string, string] {
  return [r.verdict.location, r.verdict.cause];
}

describe("analyze: the engine names each scenario's truth", () => {
  it("has all eight lab scenarios", () => {
    expect(scenarios).toEqual([
      "buffer-limited",
      "healthy",
      "mtu-blackhole",
      "overload-a",
      "overload-b",
      "replay-reorder",
      "slow-reader",
      "underlay-loss",
    ]);
  });

  describe.each(scenarios)("%s", (scenario) => {
    const truth = JSON.parse(readFileSync(`${root}${scenario}/truth.json`, "utf8")) as Truth;
    const ga = `${root}${scenario}/ga.pcap`;
    const gb = `${root}${scenario}/gb.pcap`;
    const a = load(ga, "A");
    const b = load(gb, "B");

    it(`says ${truth.location}/${truth.cause}`, () => {
      const r = correlate(a, b);
      expect(r.schema).toBe("tunnelscope.report/v1");
      expect(verdictOf(r)).toEqual([truth.location, truth.cause]);
      expect(r.verdict.confidence).toBeGreaterThanOrEqual(0.6);
      expect(r.verdict.evidence.length).toBeGreaterThan(0);
      expect(r.verdict.evidence.join(" ")).toMatch(/\d/);
      expect(r.verdict.recommendations.length).toBeGreaterThan(0);
      // The data enters at A (sender 10.1.0.10 behind gateway A).
      const flow = r.flows.find((f) => f.id === r.verdict.flow);
      expect(flow?.sender.gateway).toBe("A");
      expect(flow?.sender.addr).toBe("10.1.0.10");
      expect(r.segments.map((s) => `${s.direction}:${s.segment}`)).toEqual([
        "data:sender-gateway",
        "data:underlay",
        "data:receiver-gateway",
        "data:receiver-side",
        "ack:sender-gateway",
        "ack:underlay",
        "ack:receiver-gateway",
      ]);
      // Taps recognised from the traffic on both gateways.
      for (const g of r.gateways) {
        expect(
          g.taps
            .filter((t) => t.role !== "other")
            .map((t) => t.role)
            .sort(),
        ).toEqual(["lan", "outer", "tunnel"]);
      }
      expect(r.partial).toBe(false);
      // The report is plain JSON.
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    });

    it("gives the same verdict with the captures in the other order", () => {
      const r = correlate(b, a);
      expect(verdictOf(r)).toEqual([truth.location, truth.cause]);
      expect(r.flows.find((f) => f.id === r.verdict.flow)?.sender.gateway).toBe("B");
    });

    it.each([
      ["+3.7 s", 3_700_000],
      ["-2 s", -2_000_000],
    ])(
      "gives the same verdict with B's clock off by %s, the true offset inside the bound",
      (_name, shift) => {
        const r = correlate(a, load(gb, "B", shift));
        expect(verdictOf(r)).toEqual([truth.location, truth.cause]);
        // Both captures were taken on one host: the true offset is exactly the shift.
        expect(r.clock.boundUs).not.toBeNull();
        expect(Math.abs(r.clock.offsetUs - shift)).toBeLessThanOrEqual(r.clock.boundUs as number);
        expect(r.clock.inconsistent).toBe(false);
      },
    );
  });
});

describe("analyze: what the engine measures on the scenarios", () => {
  const run = (scenario: string) =>
    correlate(load(`${root}${scenario}/ga.pcap`, "A"), load(`${root}${scenario}/gb.pcap`, "B"));

  it("underlay-loss: counts the ESP lost between the outer taps, none inside the gateways", () => {
    const r = run("underlay-loss");
    const u = r.segments.find((s) => s.direction === "data" && s.segment === "underlay");
    expect(u?.lost).toBe(68);
    const sa = r.sas.find((s) => s.sender === "A");
    expect(sa?.lostInUnderlay).toBe(68);
    expect(r.gateways.map((g) => g.decrypt.died + g.encrypt.died)).toEqual([0, 0]);
  });

  it("replay-reorder: the packets that die in B are the late ones, replay window 128", () => {
    const r = run("replay-reorder");
    const b = r.gateways.find((g) => g.gateway === "B");
    expect(b?.decrypt.died).toBe(11);
    expect(b?.decrypt.diedLate).toBe(11);
    expect(r.verdict.evidence.join(" ")).toMatch(/between 128 and 132 packets/);
    expect(r.verdict.recommendations.join(" ")).toMatch(/replay_window = 256/);
  });

  it("mtu-blackhole: MSS clamp from the largest ESP that got through and the measured overhead", () => {
    const r = run("mtu-blackhole");
    expect(r.gateways[0]?.espOverhead?.typical).toBe(64);
    expect(r.verdict.recommendations).toContain(
      "nft add rule inet filter forward tcp flags syn tcp option maxseg size set 512",
    );
  });

  it("overload-a: packets queue ~100 ms inside A while encrypting; B is fast", () => {
    const r = run("overload-a");
    const [a, b] = r.gateways;
    expect(a?.encrypt.transit.p50Us).toBeGreaterThan(50_000);
    expect(b?.decrypt.transit.p50Us).toBeLessThan(10_000);
  });

  it("healthy: a paced sender on a sound tunnel is limited by the sender", () => {
    const r = run("healthy");
    expect(r.verdict.limitedBy).toBe("sender");
  });
});
