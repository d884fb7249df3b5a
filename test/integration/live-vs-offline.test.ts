/**
 * The live report against the offline one on the same traffic: each lab scenario's two
 * captures go (a) through `analyze`'s path (pcap → engine) and (b) through the agent's
 * pipeline into real SummaryBatches, over the wire codec, into the coordinator's report —
 * with B's clock 2.5 s ahead in (b). Both must name the same cause and location, find the
 * clock offset within the bound they state, and count the same losses per segment.
 *
 * Again at sampling rate 0.25: the live verdict and location must still be the offline
 * ones (the agents pair each cleartext packet with its ESP packet at full rate and sample
 * an ESP packet with the cleartext packet it carried, so the sample follows packets
 * through each gateway). And at rate 1 with the agent's default digest cap, the bulk
 * fixtures lose no digest: a batch closes early instead.
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

/** The agent's default --max-digests. */
const DEFAULT_MAX_DIGESTS = 8192;

interface Run {
  readonly rate: number;
  readonly maxDigests: number;
}

/** The agent's pipeline over one capture, batches through the codec. */
function agentBatches(bytes: Buffer, agentId: string, endUs: number, run: Run, skewUs = 0): SummaryBatch[] {
  const out: SummaryBatchInit[] = [];
  const p = new SessionPipeline({
    sessionId: "s1",
    agentId,
    intervalUs: 1_000_000,
    samplingThreshold: rateThreshold(run.rate),
    ringSize: 4096,
    maxDigests: run.maxDigests,
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

function live(
  dir: string,
  a: GatewayCapture,
  b: GatewayCapture,
  run: Run = { rate: 1, maxDigests: 1 << 20 },
) {
  const state = new SessionState("s1", ["gw-a", "gw-b"]);
  for (const x of agentBatches(readFileSync(`${dir}/ga.pcap`), "gw-a", a.lastTs, run)) state.add(x);
  for (const x of agentBatches(readFileSync(`${dir}/gb.pcap`), "gw-b", b.lastTs, run, SKEW_US)) state.add(x);
  return buildSessionReport({
    state,
    startAtNs: "0",
    durationMs: 0,
    samplingRate: run.rate,
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

/**
 * Fixtures whose verdict rests on figures the engine takes from the sampled packets as if
 * they were all of them, so a sample cannot reproduce it yet (a known gap, see
 * docs/sampling): for these the live report must still find no fault in the tunnel and
 * the same flow and limiting factor.
 */
const SAMPLE_SCALED: Readonly<Record<string, string>> = {
  "buffer-limited":
    "goodput and the share of segments that filled the window are computed from the sampled segments",
};
const TUNNEL_LOCATIONS = ["sender-gateway", "underlay", "receiver-gateway"];

describe("live report at sampling rate 0.25 vs offline report", () => {
  for (const scenario of scenarios) {
    const gap = SAMPLE_SCALED[scenario];
    const name =
      gap === undefined ? "same verdict, location and flow" : `no tunnel fault, same flow (${gap})`;
    it(`${scenario}: ${name}`, () => {
      const dir = `${root}${scenario}`;
      const a = offline(`${dir}/ga.pcap`, "A");
      const b = offline(`${dir}/gb.pcap`, "B");
      const off = correlate(a, b);
      const on = live(dir, a, b, { rate: 0.25, maxDigests: DEFAULT_MAX_DIGESTS });
      if (gap === undefined) {
        expect({ cause: on.verdict.cause, location: on.verdict.location, flow: on.verdict.flow }).toEqual({
          cause: off.verdict.cause,
          location: off.verdict.location,
          flow: off.verdict.flow,
        });
      } else {
        expect(TUNNEL_LOCATIONS).not.toContain(on.verdict.location);
        expect({ flow: on.verdict.flow, limitedBy: on.verdict.limitedBy }).toEqual({
          flow: off.verdict.flow,
          limitedBy: off.verdict.limitedBy,
        });
      }
      // The sample follows packets through the gateways, and the agents' full-rate transit
      // counts are there for both directions of both gateways.
      expect(
        on.session.approximate.some((x) => x.startsWith("packets are followed through each gateway")),
      ).toBe(true);
      const transit = on.session.transit ?? [];
      expect(new Set(transit.map((t) => `${t.agent} ${t.direction}`))).toEqual(
        new Set(["gw-a encrypt", "gw-a decrypt", "gw-b encrypt", "gw-b decrypt"]),
      );
      expect(transit.every((t) => t.matched > 0)).toBe(true);
    });
  }
});

describe("bulk traffic at rate 1 with the default digest cap", () => {
  for (const scenario of ["replay-reorder", "underlay-loss"]) {
    it(`${scenario}: no digest dropped, batches closed early instead, the same report as without a cap`, () => {
      const dir = `${root}${scenario}`;
      const a = offline(`${dir}/ga.pcap`, "A");
      const b = offline(`${dir}/gb.pcap`, "B");
      const run = { rate: 1, maxDigests: DEFAULT_MAX_DIGESTS };
      const batches = agentBatches(readFileSync(`${dir}/gb.pcap`), "gw-b", b.lastTs, run);
      const perInterval = new Map<bigint, number>();
      for (const x of batches) {
        const k = int64ToBigInt(x.intervalStartNs) / 1_000_000_000n;
        perInterval.set(k, (perInterval.get(k) ?? 0) + (x.digests?.length ?? 0));
      }
      // The fixture digests more packets in some second than one batch may carry.
      expect(Math.max(...perInterval.values())).toBeGreaterThan(DEFAULT_MAX_DIGESTS);
      expect(batches.every((x) => (x.digests?.length ?? 0) <= DEFAULT_MAX_DIGESTS)).toBe(true);
      expect(batches.reduce((n, x) => n + Number(x.health?.digestDrops ?? 0), 0)).toBe(0);
      const capped = live(dir, a, b, run);
      expect(capped.missing.filter((m) => m.includes("digests dropped"))).toEqual([]);
      const uncapped = live(dir, a, b);
      expect(segments(capped)).toEqual(segments(uncapped));
      expect({ cause: capped.verdict.cause, location: capped.verdict.location }).toEqual({
        cause: uncapped.verdict.cause,
        location: uncapped.verdict.location,
      });
    });
  }
});
