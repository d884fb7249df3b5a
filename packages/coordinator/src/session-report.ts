/**
 * The report of a live session: the same `tunnelscope.report/v1` object `analyze`
 * prints (built by the same `correlate`), plus a `session` section saying which agents,
 * which batches, the sampling rate and what it made approximate. Pure.
 */
import { correlate, type Report } from "@tunnelscope/analysis";
import { DigestKind, int64ToBigInt, int64ToNumber, type SummaryBatch } from "@tunnelscope/protocol";
import {
  captureFromBatches,
  espPairings,
  type GatewayIdentity,
  type SampledView,
  synHashes,
} from "./digest-feed.js";
import type { SessionEvidence } from "./evidence.js";
import type { SessionState } from "./session-state.js";

export interface SessionInfo {
  readonly id: string;
  readonly agents: { readonly a: string; readonly b: string };
  readonly startAtNs: string;
  readonly durationMs: number;
  readonly samplingRate: number;
  /** Batches received per agent. */
  readonly batches: { readonly a: number; readonly b: number };
  /** Digests turned into packets per agent. */
  readonly digests: { readonly a: number; readonly b: number };
  /** Messages rejected on receipt (bad encoding, ids not matching the subject). */
  readonly rejected: number;
  /** Figures that rest on a sample, not on every packet (empty at rate 1). */
  readonly approximate: readonly string[];
  /** How the capture views were rebuilt from digests and what could not be. */
  readonly notes: readonly string[];
  /** The session ended by its timeout, not because both final batches arrived. */
  readonly timedOut: boolean;
  /** Headers-only captures agents sent around a detected collapse, served by the coordinator. */
  readonly evidence?: SessionEvidence;
  /**
   * Gateway transit as each agent measured it at full rate (every packet, whatever the
   * sampling rate), per SA and direction over the session; empty from older agents.
   */
  readonly transit?: readonly AgentTransit[];
}

/** One SA's transit through one agent's gateway in one direction, over the session. */
export interface AgentTransit {
  readonly agent: string;
  /** SPI, hex as `ip xfrm state` prints it. */
  readonly spi: string;
  readonly direction: "encrypt" | "decrypt";
  /** Packets paired with their ESP packet. */
  readonly matched: number;
  /** Packets that died inside the gateway (no ESP for a cleartext packet / no cleartext out of an ESP packet). */
  readonly lost: number;
  /** Transit delay (µs): the batches' medians and 90th percentiles weighted by their packets; the maximum. */
  readonly delayP50Us: number | null;
  readonly delayP90Us: number | null;
  readonly delayMaxUs: number | null;
}

/** The agents' transit summaries of one agent, summed per SA and direction. */
function transitOf(agent: string, batches: readonly SummaryBatch[]): AgentTransit[] {
  const acc = new Map<
    string,
    { spi: number; enc: boolean; m: number; l: number; p50: number; p90: number; max: number; w: number }
  >();
  for (const b of batches)
    for (const t of b.transit ?? []) {
      const key = `${t.spi}/${t.encrypt}`;
      let a = acc.get(key);
      if (a === undefined) {
        a = { spi: t.spi ?? 0, enc: t.encrypt === true, m: 0, l: 0, p50: 0, p90: 0, max: -1, w: 0 };
        acc.set(key, a);
      }
      const m = int64ToNumber(t.matched);
      a.m += m;
      a.l += int64ToNumber(t.lost);
      if (m > 0) {
        a.p50 += (t.delayP50Us ?? 0) * m;
        a.p90 += (t.delayP90Us ?? 0) * m;
        a.w += m;
        a.max = Math.max(a.max, t.delayMaxUs ?? 0);
      }
    }
  return [...acc.values()].map((a) => ({
    agent,
    spi: (a.spi >>> 0).toString(16).padStart(8, "0"),
    direction: a.enc ? "encrypt" : "decrypt",
    matched: a.m,
    lost: a.l,
    delayP50Us: a.w > 0 ? Math.round(a.p50 / a.w) : null,
    delayP90Us: a.w > 0 ? Math.round(a.p90 / a.w) : null,
    delayMaxUs: a.max >= 0 ? Math.round(a.max) : null,
  }));
}

/** True when some ESP digest names the cleartext packet its agent paired it with. */
function linked(batches: readonly SummaryBatch[]): boolean {
  return batches.some((b) =>
    (b.digests ?? []).some(
      (d) => d.kind === DigestKind.DIGEST_KIND_ESP && int64ToBigInt(d.innerHash ?? 0) !== 0n,
    ),
  );
}

export type SessionReport = Report & { readonly session: SessionInfo };

export interface SessionReportInput {
  readonly state: SessionState;
  readonly startAtNs: string;
  readonly durationMs: number;
  readonly samplingRate: number;
  readonly identities: { readonly a: GatewayIdentity; readonly b: GatewayIdentity };
  readonly timedOut: boolean;
  /** The session's evidence captures (evidence.ts `collectEvidence`). */
  readonly evidence?: SessionEvidence;
}

/**
 * What an agent's batches say it could not see or send: packets the kernel dropped before
 * its capture, digests beyond its per-batch cap. Either leaves holes in the rebuilt capture
 * that look like loss, so the report names them.
 */
function holes(id: string, batches: readonly SummaryBatch[]): string[] {
  let kernel = 0;
  let digests = 0;
  let spool = 0;
  let untracked = 0;
  for (const b of batches) {
    kernel += int64ToNumber(b.health?.kernelDrops) + int64ToNumber(b.health?.interfaceDrops);
    digests += int64ToNumber(b.health?.digestDrops);
    spool += b.health?.spoolDrops ?? 0;
    untracked += int64ToNumber(b.health?.evictedFlows);
  }
  const out: string[] = [];
  if (spool > 0)
    out.push(
      `agent ${id}: its spool dropped ${spool} batches while NATS could not take them: those intervals are missing; ` +
        "raise --spool-batches/--spool-bytes or keep the broker reachable",
    );
  if (untracked > 0)
    out.push(
      `agent ${id}: ${untracked} packets of flows its full flow table could not track: those flows are not summarised`,
    );
  if (digests > 0)
    out.push(
      `agent ${id}: ${digests} digests dropped at its per-batch cap: the packets they stand for look lost; ` +
        "raise the agent's --max-digests (a batch must stay under NATS max_payload)",
    );
  if (kernel > 0)
    out.push(
      `agent ${id}: ${kernel} packets dropped by the kernel before capture: they look lost; give the agent more CPU or a shorter snaplen`,
    );
  return out;
}

/** Correlates what both agents sent; missing batches make the report partial and are named. */
export function buildSessionReport(input: SessionReportInput): SessionReport {
  const { state } = input;
  const [idA, idB] = state.agentIds;
  const batchesA = state.batchesOf(idA);
  const batchesB = state.batchesOf(idB);
  // Below rate 1: whole trajectories only, followed through each gateway by the agents' pairings.
  const threshold = Math.round(Math.min(1, Math.max(0, input.samplingRate)) * 0x1_0000_0000);
  const pairs = input.samplingRate < 1 && (linked(batchesA) || linked(batchesB));
  const view = (own: readonly SummaryBatch[], peer: readonly SummaryBatch[]): SampledView | undefined =>
    pairs ? { threshold, peer: espPairings(peer, threshold), syn: synHashes(own) } : undefined;
  const a = captureFromBatches("A", batchesA, input.identities.a, {}, view(batchesA, batchesB));
  const b = captureFromBatches("B", batchesB, input.identities.b, {}, view(batchesB, batchesA));
  const transit = [...transitOf(idA, batchesA), ...transitOf(idB, batchesB)];
  const report = correlate(a.capture, b.capture, { sources: { a: `agent ${idA}`, b: `agent ${idB}` } });
  const lost = [...state.missing(), ...holes(idA, batchesA), ...holes(idB, batchesB)];
  const approximate =
    input.samplingRate < 1
      ? [
          `packet counts, losses and delay percentiles per segment rest on a ${(input.samplingRate * 100).toFixed(1)}% digest sample`,
          "TCP figures (retransmissions, windows, RTT, bytes in flight) come from the sampled packets only",
          pairs
            ? "packets are followed through each gateway by the agents' own pairing of every cleartext packet with its ESP packet " +
              "(an ESP digest is sampled with the cleartext packet it carried); the gateway rows count sampled packets, " +
              (transit.length > 0
                ? "session.transit has each agent's full-rate transit counts and delays per SA"
                : "the agents sent no full-rate transit counts")
            : "packets are not followed through a gateway (its sampled cleartext and ESP digests are different packets, " +
              "from agents that do not pair them): transit and deaths inside the gateways, and verdicts resting on them, " +
              "are unreliable below rate 1; run the session at --sampling-rate 1 to locate a fault",
        ]
      : [];
  return {
    ...report,
    partial: report.partial || lost.length > 0,
    missing: [...lost, ...report.missing],
    session: {
      id: state.sessionId,
      agents: { a: idA, b: idB },
      startAtNs: input.startAtNs,
      durationMs: input.durationMs,
      samplingRate: input.samplingRate,
      batches: { a: batchesA.length, b: batchesB.length },
      digests: { a: a.digests, b: b.digests },
      rejected: state.rejected,
      approximate,
      notes: [
        "taps and directions derived from digests (v1 digests carry neither the capture interface nor the direction)",
        ...a.notes,
        ...b.notes,
      ],
      timedOut: input.timedOut,
      ...(input.evidence !== undefined ? { evidence: input.evidence } : {}),
      ...(transit.length > 0 ? { transit } : {}),
    },
  };
}
