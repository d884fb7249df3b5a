import { readFileSync } from "node:fs";
import { join } from "node:path";
import { correlate } from "@tunnelscope/analysis";
import { decodeSummaryBatch, encodeSummaryBatch, type SummaryBatch } from "@tunnelscope/protocol";
import { describe, expect, it } from "vitest";
import { captureFromBatches, commonPrefix } from "../src/digest-feed.js";
import { replayCapture } from "./helpers/replay-batches.js";

const SCENARIOS = join(import.meta.dirname, "../../../test/fixtures/scenarios");
const SITE_A = new Uint8Array([10, 1, 0, 1]);
const SITE_B = new Uint8Array([10, 2, 0, 1]);

function viaWire(batches: ReturnType<typeof replayCapture>["batches"]): SummaryBatch[] {
  return batches.map((b) => {
    const e = encodeSummaryBatch(b);
    if (!e.ok) throw e.error;
    const d = decodeSummaryBatch(e.value);
    if (!d.ok) throw d.error;
    return d.value;
  });
}

// mtu-blackhole is not yet right from digests: v1 digests carry no capture interface, and
// its few GRO-aggregated, retransmitted packets defeat the LAN/tunnel inference (README,
// "Proto gaps"). Kept out until PacketDigest carries the interface.
describe("captureFromBatches", () => {
  it("commonPrefix counts equal leading bits", () => {
    expect(commonPrefix(new Uint8Array([10, 1, 0, 10]), SITE_A)).toBe(28);
    expect(commonPrefix(new Uint8Array([10, 2, 0, 10]), SITE_A)).toBe(14);
  });

  for (const scenario of [
    "healthy",
    "underlay-loss",
    "replay-reorder",
    "slow-reader",
    "buffer-limited",
    "overload-a",
    "overload-b",
  ]) {
    it(`digests of ${scenario} give the same verdict as the captures`, () => {
      const truth = JSON.parse(readFileSync(join(SCENARIOS, scenario, "truth.json"), "utf8"));
      const ga = replayCapture(join(SCENARIOS, scenario, "ga.pcap"), { sessionId: "s1", agentId: "gw-a" });
      const gb = replayCapture(join(SCENARIOS, scenario, "gb.pcap"), { sessionId: "s1", agentId: "gw-b" });
      const a = captureFromBatches("A", viaWire(ga.batches), {
        outerAddresses: ga.outerAddress ? [ga.outerAddress] : [],
        innerAddresses: [SITE_A],
      });
      const b = captureFromBatches("B", viaWire(gb.batches), {
        outerAddresses: gb.outerAddress ? [gb.outerAddress] : [],
        innerAddresses: [SITE_B],
      });
      const report = correlate(a.capture, b.capture);
      expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual({
        location: truth.location,
        cause: truth.cause,
      });
    });
  }
});
