/**
 * What current agents send that the live view must cope with: TCP digests of a tunnel-device
 * tap beside a LAN tap name no flow entry (the agent's flow summaries come from the LAN side
 * only), and digests or packets an agent had to drop leave holes the report must name.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { correlate } from "@tunnelscope/analysis";
import { DigestKind, int64FromBigInt, type SummaryBatch } from "@tunnelscope/protocol";
import { describe, expect, it } from "vitest";
import { captureFromBatches } from "../src/digest-feed.js";
import { buildSessionReport } from "../src/session-report.js";
import { SessionState } from "../src/session-state.js";
import { replayCapture } from "./helpers/replay-batches.js";
import { viaWire } from "./helpers/wire.js";

const SCENARIOS = join(import.meta.dirname, "../../../test/fixtures/scenarios");
const SITE = { ga: new Uint8Array([10, 1, 0, 1]), gb: new Uint8Array([10, 2, 0, 1]) };
/** The fixtures' tunnel device (strongSwan ipsec0) is interface 5 on both gateways. */
const TUNNEL_IF = 5;

function batchesOf(scenario: string, g: "ga" | "gb", agentId: string = g): SummaryBatch[] {
  const r = replayCapture(join(SCENARIOS, scenario, `${g}.pcap`), { sessionId: "s1", agentId });
  return viaWire(r.batches);
}

/** As current agents send them: the tunnel device's TCP digests without a flow ref. */
function withoutTunnelRefs(batches: SummaryBatch[]): number {
  let n = 0;
  for (const b of batches)
    for (const d of b.digests ?? [])
      if (d.kind === DigestKind.DIGEST_KIND_TCP && d.interface === TUNNEL_IF) {
        d.ref = 0;
        n++;
      }
  return n;
}

function feed(g: "ga" | "gb", batches: SummaryBatch[]) {
  const outer = batches
    .flatMap((b) => b.sas ?? [])
    .map((s) => s.srcAddr)
    .filter((a): a is Uint8Array => a != null);
  return captureFromBatches(g, batches, { outerAddresses: outer.slice(0, 1), innerAddresses: [SITE[g]] });
}

function truthOf(scenario: string): { location: string; cause: string } {
  const t = JSON.parse(readFileSync(join(SCENARIOS, scenario, "truth.json"), "utf8"));
  return { location: t.location, cause: t.cause };
}

describe("tunnel-device digests without a flow ref", () => {
  for (const scenario of ["healthy", "replay-reorder", "overload-b", "mtu-blackhole"]) {
    it(`${scenario}: each finds its flow; the same view and verdict as with refs`, () => {
      const views = (["ga", "gb"] as const).map((g) => {
        const plain = feed(g, batchesOf(scenario, g));
        const stripped = batchesOf(scenario, g);
        const n = withoutTunnelRefs(stripped);
        const fixed = feed(g, stripped);
        expect(n).toBeGreaterThan(0);
        expect(fixed.unusable).toBe(0);
        expect(fixed.notes.some((x) => x.includes(`${n} TCP digests named no flow entry`))).toBe(true);
        // The tunnel interface's TCP counts per direction come out exactly as with refs.
        const tun = (c: typeof plain) => c.capture.interfaces.find((i) => i.id === TUNNEL_IF);
        expect(tun(fixed)).toEqual(tun(plain));
        return fixed.capture;
      });
      const report = correlate(views[0] as never, views[1] as never);
      expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(truthOf(scenario));
    });
  }

  it("a ref-less digest that continues no flow's numbers stays unused, and is counted", () => {
    const batches = batchesOf("healthy", "ga");
    const b = batches[1] as SummaryBatch;
    const d = { ...(b.digests?.find((x) => x.kind === DigestKind.DIGEST_KIND_TCP) ?? {}) };
    b.digests = [
      ...(b.digests ?? []),
      {
        ...d,
        ref: 0,
        hash: int64FromBigInt(1n),
        tcpSeq: ((d.tcpSeq ?? 0) + 0x4000_0000) >>> 0,
        tcpAck: ((d.tcpAck ?? 0) + 0x4000_0000) >>> 0,
        tcpFlags: 0x10,
      } as never,
    ];
    const r = feed("ga", batches);
    expect(r.unusable).toBe(1);
    expect(r.notes).toContain("ga: 1 digests without a flow/SA entry were not used");
  });
});

describe("a full-rate batch that repeats digests (older agents)", () => {
  it("each packet counts once: the same view as without the repeats", () => {
    const plain = feed("gb", batchesOf("overload-b", "gb"));
    const repeated = batchesOf("overload-b", "gb");
    const b = repeated[2] as SummaryBatch;
    b.digestsFullRate = true;
    const n = Math.min(300, b.digests?.length ?? 0);
    b.digests = [...(b.digests ?? []), ...(b.digests ?? []).slice(0, n)];
    const r = feed("gb", repeated);
    expect(n).toBeGreaterThan(100);
    expect(r.notes).toContain(
      `gb: ${n} digests repeated within a full-rate batch (an older agent) were used once`,
    );
    expect(r.capture.interfaces).toEqual(plain.capture.interfaces);
    expect(r.digests).toBe(plain.digests);
  });
});

describe("a sampled session", () => {
  it("says that packets are not followed through a gateway below rate 1", () => {
    const state = new SessionState("s1", ["gw-a", "gw-b"]);
    for (const x of [...batchesOf("healthy", "ga", "gw-a"), ...batchesOf("healthy", "gb", "gw-b")])
      state.add(x);
    const input = {
      state,
      startAtNs: "0",
      durationMs: 1000,
      identities: {
        a: { outerAddresses: [], innerAddresses: [SITE.ga] },
        b: { outerAddresses: [], innerAddresses: [SITE.gb] },
      },
      timedOut: false,
    };
    const sampled = buildSessionReport({ ...input, samplingRate: 0.1 }).session.approximate;
    expect(sampled.some((x) => x.startsWith("packets are not followed through a gateway"))).toBe(true);
    expect(buildSessionReport({ ...input, samplingRate: 1 }).session.approximate).toEqual([]);
  });
});

describe("holes an agent reports", () => {
  it("digests dropped at the per-batch cap and kernel drops are named in missing; none, nothing named", () => {
    const a = batchesOf("healthy", "ga", "gw-a");
    const b = batchesOf("healthy", "gb", "gw-b");
    const report = (state: SessionState) =>
      buildSessionReport({
        state,
        startAtNs: "0",
        durationMs: 1000,
        samplingRate: 1,
        identities: {
          a: { outerAddresses: [], innerAddresses: [SITE.ga] },
          b: { outerAddresses: [], innerAddresses: [SITE.gb] },
        },
        timedOut: false,
      });
    const clean = new SessionState("s1", ["gw-a", "gw-b"]);
    for (const x of [...a, ...b]) clean.add(x);
    expect(report(clean).missing.filter((m) => m.startsWith("agent "))).toEqual([]);

    const holed = new SessionState("s1", ["gw-a", "gw-b"]);
    for (const [i, x] of a.entries())
      holed.add({
        ...x,
        health: { ...x.health, digestDrops: int64FromBigInt(i === 1 ? 700n : 0n) },
      } as SummaryBatch);
    for (const [i, x] of b.entries())
      holed.add({
        ...x,
        health: { ...x.health, kernelDrops: int64FromBigInt(i === 2 ? 5n : 0n) },
      } as SummaryBatch);
    const r = report(holed);
    expect(r.partial).toBe(true);
    expect(r.missing).toContain(
      "agent gw-a: 700 digests dropped at its per-batch cap: the packets they stand for look lost; raise the agent's --max-digests (a batch must stay under NATS max_payload)",
    );
    expect(r.missing).toContain(
      "agent gw-b: 5 packets dropped by the kernel before capture: they look lost; give the agent more CPU or a shorter snaplen",
    );
  });
});
