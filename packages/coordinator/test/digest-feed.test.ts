import { readFileSync } from "node:fs";
import { join } from "node:path";
import { correlate } from "@tunnelscope/analysis";
import { PacketDirection, Tap } from "@tunnelscope/protocol";
import { describe, expect, it } from "vitest";
import { captureFromBatches, commonPrefix } from "../src/digest-feed.js";
import { replayCapture } from "./helpers/replay-batches.js";
import { viaWire } from "./helpers/wire.js";

const SCENARIOS = join(import.meta.dirname, "../../../test/fixtures/scenarios");
const SITE_A = new Uint8Array([10, 1, 0, 1]);
const SITE_B = new Uint8Array([10, 2, 0, 1]);

function verdictOf(scenario: string, legacy: boolean) {
  const ga = replayCapture(join(SCENARIOS, scenario, "ga.pcap"), {
    sessionId: "s1",
    agentId: "gw-a",
    legacy,
  });
  const gb = replayCapture(join(SCENARIOS, scenario, "gb.pcap"), {
    sessionId: "s1",
    agentId: "gw-b",
    legacy,
  });
  const a = captureFromBatches("A", viaWire(ga.batches), {
    outerAddresses: ga.outerAddress ? [ga.outerAddress] : [],
    innerAddresses: [SITE_A],
  });
  const b = captureFromBatches("B", viaWire(gb.batches), {
    outerAddresses: gb.outerAddress ? [gb.outerAddress] : [],
    innerAddresses: [SITE_B],
  });
  const report = correlate(a.capture, b.capture);
  return { a, b, verdict: { location: report.verdict.location, cause: report.verdict.cause } };
}

function truthOf(scenario: string): { location: string; cause: string } {
  const truth = JSON.parse(readFileSync(join(SCENARIOS, scenario, "truth.json"), "utf8"));
  return { location: truth.location, cause: truth.cause };
}

const SCENARIO_NAMES = [
  "healthy",
  "underlay-loss",
  "replay-reorder",
  "slow-reader",
  "buffer-limited",
  "overload-a",
  "overload-b",
  "mtu-blackhole",
];

describe("captureFromBatches", () => {
  it("commonPrefix counts equal leading bits", () => {
    expect(commonPrefix(new Uint8Array([10, 1, 0, 10]), SITE_A)).toBe(28);
    expect(commonPrefix(new Uint8Array([10, 2, 0, 10]), SITE_A)).toBe(14);
  });

  for (const scenario of SCENARIO_NAMES) {
    it(`digests of ${scenario} give the same verdict as the captures`, () => {
      const { a, verdict } = verdictOf(scenario, false);
      expect(verdict).toEqual(truthOf(scenario));
      // Interfaces as captured (SLL2 ifindex), nothing inferred.
      expect(a.capture.interfaces.map((i) => i.id)).toEqual([2, 3, 5]);
      expect(a.notes.some((n) => n.includes("inferred"))).toBe(false);
    });
  }

  it("takes the ICMP too-big messages from the digests (mtu-blackhole: gateway A tells the sender)", () => {
    const { a } = verdictOf("mtu-blackhole", false);
    const lan = a.capture.interfaces.find((i) => i.id === 2);
    expect(lan?.tcpIn).toBeGreaterThan(0);
    let tooBig = 0;
    for (let i = 0; i < a.capture.records.length; i++) if (a.capture.records.kind[i] === 3) tooBig++;
    expect(tooBig).toBe(2);
  });

  // Older agents' digests carry no interface/direction: the LAN/tunnel inference. Its few
  // GRO-aggregated, retransmitted packets defeat it on mtu-blackhole (README, "Proto gaps").
  for (const scenario of SCENARIO_NAMES.filter((n) => n !== "mtu-blackhole")) {
    it(`older agents' digests of ${scenario} still give the verdict (inferred interfaces)`, () => {
      const { a, verdict } = verdictOf(scenario, true);
      expect(verdict).toEqual(truthOf(scenario));
      expect(a.notes.some((n) => n.includes("name no capture interface"))).toBe(true);
    });
  }

  // Live per-interface captures on Ethernet carry no packet type: interface and role, no
  // direction. LAN: A ifindex 2, B ifindex 3; tunnel device: 5 on both.
  for (const scenario of SCENARIO_NAMES) {
    it(`digests of ${scenario} with interface roles but no direction give the verdict`, () => {
      const cap = (g: "ga" | "gb", lan: number, inner: Uint8Array) => {
        const r = replayCapture(join(SCENARIOS, scenario, `${g}.pcap`), { sessionId: "s1", agentId: g });
        const batches = viaWire(r.batches);
        for (const b of batches) {
          b.interfaces = (b.interfaces ?? []).map((i) => ({
            ...i,
            role: i.id === lan ? Tap.TAP_INNER : i.id === 5 ? Tap.TAP_TUNNEL : Tap.TAP_UNSPECIFIED,
          }));
          for (const d of b.digests ?? []) d.direction = PacketDirection.PACKET_DIRECTION_UNSPECIFIED;
        }
        const outer = r.outerAddress ? [r.outerAddress] : [];
        return captureFromBatches(g, batches, { outerAddresses: outer, innerAddresses: [inner] }).capture;
      };
      const report = correlate(cap("ga", 2, SITE_A), cap("gb", 3, SITE_B));
      expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(truthOf(scenario));
    });
  }

  // Agents send the interface table only when it changed (and every 16th batch): a batch
  // without one is read with the last table the agent sent, whatever order batches arrive in.
  it("attributes a later batch without the interface table with the last table sent", () => {
    const cap = (g: "ga" | "gb", lan: number, inner: Uint8Array, onChange: boolean) => {
      const r = replayCapture(join(SCENARIOS, "overload-b", `${g}.pcap`), { sessionId: "s1", agentId: g });
      const batches = viaWire(r.batches);
      let sent = "";
      let stripped = 0;
      for (const b of batches) {
        b.interfaces = (b.interfaces ?? []).map((i) => ({
          ...i,
          role: i.id === lan ? Tap.TAP_INNER : i.id === 5 ? Tap.TAP_TUNNEL : Tap.TAP_OUTER,
        }));
        for (const d of b.digests ?? []) d.direction = PacketDirection.PACKET_DIRECTION_UNSPECIFIED;
        const key = JSON.stringify(b.interfaces);
        if (onChange && key === sent) {
          b.interfaces = [];
          stripped++;
        } else sent = key;
      }
      if (onChange) {
        expect(stripped).toBeGreaterThan(0);
        batches.reverse();
      }
      const outer = r.outerAddress ? [r.outerAddress] : [];
      return captureFromBatches(g, batches, { outerAddresses: outer, innerAddresses: [inner] });
    };
    const full = { a: cap("ga", 2, SITE_A, false), b: cap("gb", 3, SITE_B, false) };
    const sparse = { a: cap("ga", 2, SITE_A, true), b: cap("gb", 3, SITE_B, true) };
    expect(sparse.a.capture.interfaces).toEqual(full.a.capture.interfaces);
    expect(sparse.b.capture.interfaces).toEqual(full.b.capture.interfaces);
    expect(sparse.a.capture.records.iface).toEqual(full.a.capture.records.iface);
    expect(sparse.b.capture.records.iface).toEqual(full.b.capture.records.iface);
    expect(sparse.a.capture.records.dir).toEqual(full.a.capture.records.dir);
    expect(sparse.b.capture.records.dir).toEqual(full.b.capture.records.dir);
    const report = correlate(sparse.a.capture, sparse.b.capture);
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(truthOf("overload-b"));
  });

  it("marks an interface the agent calls a tunnel device so the engine takes it as one", () => {
    const ga = replayCapture(join(SCENARIOS, "healthy", "ga.pcap"), { sessionId: "s1", agentId: "gw-a" });
    const batches = viaWire(ga.batches);
    for (const b of batches)
      b.interfaces = (b.interfaces ?? []).map((i) => (i.id === 5 ? { ...i, name: "", role: 3 } : i));
    const a = captureFromBatches("A", batches, { outerAddresses: [], innerAddresses: [SITE_A] });
    expect(a.capture.interfaces.find((i) => i.id === 5)?.name).toBe("tunnel (if 5)");
  });
});
