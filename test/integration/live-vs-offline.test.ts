/**
 * The live report against the offline one on the same traffic: each lab scenario's two
 * captures go (a) through `analyze`'s path (pcap → engine) and (b) through the agent's
 * pipeline into real SummaryBatches, over the wire codec, into the coordinator's report —
 * with B's clock 2.5 s ahead in (b). Both must name the same cause and location, find the
 * clock offset within the bound they state, and count the same losses per segment.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rateThreshold, SessionPipeline } from "../../packages/agent/src/index.js";
import {
  CaptureReader,
  correlate,
  type GatewayCapture,
  GatewayCaptureAnalyzer,
  type Report,
} from "../../packages/analysis/src/index.js";
import { buildSessionReport, SessionState } from "../../packages/coordinator/src/index.js";
import {
  decodeSummaryBatch,
  encodeSummaryBatch,
  int64FromBigInt,
  int64ToBigInt,
  type SummaryBatch,
  type SummaryBatchInit,
} from "../../packages/protocol/src/index.js";

const root = fileURLToPath(new URL("../fixtures/scenarios/", import.meta.url));
const scenarios = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
/** B's clock ahead of A's in the live run (µs). */
const SKEW_US = 2_500_000;
const LAB = {
  a: { outerAddresses: [new Uint8Array([192, 0, 2, 1])], innerAddresses: [new Uint8Array([10, 1, 0, 1])] },
  b: {
    outerAddresses: [new Uint8Array([198, 51, 100, 1])],
    innerAddresses: [new Uint8Array([10, 2, 0, 1])],
  },
};

function offline(path: string, label: string): GatewayCapture {
  const g = new GatewayCaptureAnalyzer(label);
  const reader = new CaptureReader((pv) => g.add(pv));
  reader.push(readFileSync(path));
  reader.end();
  g.setInterfaces(reader.interfaces);
  g.setHealth(reader.health);
  return g.finish();
}

/** The agent's pipeline at sampling rate 1 over one capture, batches through the codec. */
function agentBatches(bytes: Buffer, agentId: string, endUs: number, skewUs = 0): SummaryBatch[] {
  const out: SummaryBatchInit[] = [];
  const p = new SessionPipeline({
    sessionId: "s1",
    agentId,
    intervalUs: 1_000_000,
    samplingThreshold: rateThreshold(1),
    ringSize: 4096,
    maxDigests: 1 << 20,
    espGapBurst: 8,
    collapseCooldownUs: 10_000_000,
    onBatch: (b) => out.push(b),
  });
  const id = p.addReader({ kind: "select" }, () => ({ kernelDrops: 0, interfaceDrops: 0 }));
  p.push(id, bytes);
  p.end(id);
  p.finish(endUs); // as a live agent does when its capture stops
  const skew = (v: SummaryBatchInit["intervalEndNs"]) =>
    int64FromBigInt(int64ToBigInt(v) + BigInt(skewUs) * 1000n);
  return out.map((b) => {
    b.intervalStartNs = skew(b.intervalStartNs);
    b.intervalEndNs = skew(b.intervalEndNs);
    for (const d of b.digests ?? []) d.timestampNs = skew(d.timestampNs);
    const e = encodeSummaryBatch(b);
    if (!e.ok) throw e.error;
    const d = decodeSummaryBatch(e.value);
    if (!d.ok) throw d.error;
    return d.value;
  });
}

function live(dir: string, a: GatewayCapture, b: GatewayCapture): Report {
  const state = new SessionState("s1", ["gw-a", "gw-b"]);
  for (const x of agentBatches(readFileSync(`${dir}/ga.pcap`), "gw-a", a.lastTs)) state.add(x);
  for (const x of agentBatches(readFileSync(`${dir}/gb.pcap`), "gw-b", b.lastTs, SKEW_US)) state.add(x);
  return buildSessionReport({
    state,
    startAtNs: "0",
    durationMs: 0,
    samplingRate: 1,
    identities: LAB,
    timedOut: false,
  });
}

/** Per segment: packets in, and judged lost + not judgeable (capture edges). */
const segments = (r: Report) =>
  Object.fromEntries(
    r.segments.map((s) => [`${s.direction} ${s.segment}`, [s.packetsIn, s.lost + s.unknown]]),
  );
const lost = (r: Report) =>
  Object.fromEntries(r.segments.map((s) => [`${s.direction} ${s.segment}`, s.lost]));

describe("live report vs offline report on the same traffic", () => {
  for (const scenario of scenarios) {
    it(`${scenario}: same verdict and per-segment losses; the clock offset within its bound`, () => {
      const dir = `${root}${scenario}`;
      const a = offline(`${dir}/ga.pcap`, "A");
      const b = offline(`${dir}/gb.pcap`, "B");
      const off = correlate(a, b);
      const on = live(dir, a, b);
      expect({ cause: on.verdict.cause, location: on.verdict.location }).toEqual({
        cause: off.verdict.cause,
        location: off.verdict.location,
      });
      expect(on.verdict.flow).toBe(off.verdict.flow);
      expect(segments(on)).toEqual(segments(off));
      // The live view knows a capture's end from its last digest, not its last packet of any
      // kind: near the end a packet can only move from lost to not judgeable, never back.
      for (const [k, n] of Object.entries(lost(on))) expect(n, k).toBeLessThanOrEqual(lost(off)[k] ?? 0);
      const shorter = on.captures.some(
        (c, i) => c.lastTs - (i === 1 ? SKEW_US : 0) < (off.captures[i]?.lastTs ?? 0),
      );
      if (!shorter) expect(lost(on)).toEqual(lost(off));
      expect(on.clock.boundUs).not.toBeNull();
      expect(Math.abs(on.clock.offsetUs - SKEW_US - off.clock.offsetUs)).toBeLessThanOrEqual(
        (on.clock.boundUs ?? 0) + (off.clock.boundUs ?? 0),
      );
    });
  }
});
