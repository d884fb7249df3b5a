/**
 * gateway-overload: packets queue for long inside a gateway (transit grows) and/or die in it
 * without a reorder pattern; it cannot encrypt/decrypt as fast as traffic arrives.
 */

import { isGrowing } from "../../correlate/stats.js";
import type { FlowEvidence, GatewayEvidence, Location, RuleResult } from "../evidence.js";
import { clamp01, conf, fmtBps, fmtDist, fmtUs, hexSpi, pct } from "../format.js";
import { queueUs } from "./common.js";

/**
 * A software gateway encrypts a packet in microseconds; a median wait of 20 ms means a
 * standing queue (arrivals persistently above its service rate), ~20× a healthy burst queue.
 */
const QUEUE_US = 20_000;
/** …and the queue must be a real share of the RTT TCP sees, or it is not what throttles it. */
const QUEUE_RTT_SHARE = 0.25;
/** Deaths without a reorder pattern: at least this many and this share of what entered. */
const MIN_DIED = 3;
const DIED_SHARE = 0.005;
/** A queue that grows by 5 ms or more over the capture is building, not standing. */
const GROWTH_US = 5000;

interface Score {
  readonly g: GatewayEvidence;
  readonly location: Location;
  readonly queue: number;
  readonly reverseQueue: number;
  readonly died: number;
  readonly diedIn: number;
  readonly queued: boolean;
  readonly dying: boolean;
}

function score(e: FlowEvidence, g: GatewayEvidence, location: Location): Score {
  const queue = queueUs(g.transit);
  const reverseQueue = queueUs(g.reverseTransit);
  const q = Math.max(queue, reverseQueue);
  const rtt = e.sender.rtt.p50;
  const queued = q >= QUEUE_US && (rtt <= 0 || q >= QUEUE_RTT_SHARE * rtt);
  const died = g.died - g.diedLate + g.reverseDied;
  const diedIn = g.packetsIn + g.reversePacketsIn;
  const dying = died >= MIN_DIED && died >= DIED_SHARE * diedIn;
  return { g, location, queue, reverseQueue, died, diedIn, queued, dying };
}

export function gatewayOverload(e: FlowEvidence): RuleResult {
  const cause = "gateway-overload" as const;
  const s = score(e, e.senderGw, "sender-gateway");
  const r = score(e, e.receiverGw, "receiver-gateway");
  const weight = (x: Score) =>
    (x.queued ? Math.max(x.queue, x.reverseQueue) : 0) + (x.dying ? QUEUE_US * (x.died / x.diedIn) * 100 : 0);
  const best = weight(s) >= weight(r) ? s : r;
  const other = best === s ? r : s;
  if (!best.queued && !best.dying) {
    return {
      fired: false,
      cause,
      reason:
        `median queue ${fmtUs(s.queue)} in ${e.senderGateway} and ${fmtUs(r.queue)} in ${e.receiverGateway} (needs ≥ ${fmtUs(QUEUE_US)}); ` +
        `${s.died} and ${r.died} packets died inside without a reorder pattern`,
    };
  }
  const rtt = e.sender.rtt.p50;
  const q = Math.max(best.queue, best.reverseQueue);
  const g = best.g;
  const trend = g.transitTrend;
  const growing = isGrowing(trend, GROWTH_US);
  let c = 0.55;
  if (best.queued) c += 0.35 * clamp01(rtt > 0 ? q / (0.5 * rtt) : 1);
  if (best.dying) c += 0.2 * clamp01(best.died / best.diedIn / 0.02);
  if (growing) c += 0.05;
  const crypto = best.location === "sender-gateway" ? "encrypting" : "decrypting";
  const evidence: string[] = [];
  if (best.queued) {
    evidence.push(
      `Packets of this flow waited inside ${g.gateway} ${fmtDist(g.transit)} between the tunnel device and the outer interface ` +
        `(fastest ${fmtUs(g.transit.min)}): a standing queue of ${fmtUs(best.queue)} while ${crypto}.`,
    );
    if (best.reverseQueue >= QUEUE_US / 2) {
      evidence.push(
        `The ACKs going the other way through ${g.gateway} queued too (${fmtDist(g.reverseTransit)}).`,
      );
    }
    if (rtt > 0)
      evidence.push(`That queue is ${pct(q, rtt)} of the ${fmtUs(rtt)} median RTT the sender sees.`);
  }
  if (best.dying) {
    evidence.push(
      `${best.died} of ${best.diedIn} packets (${pct(best.died, best.diedIn)}) entered ${g.gateway} and never left it, without a reorder pattern.`,
    );
  }
  if (g.serviceBps > 0) {
    evidence.push(
      `While queued, ${g.gateway} sustained only ${fmtBps(g.serviceBps)} (${crypto}); goodput was ${fmtBps(e.goodputBps)}` +
        (other.g.serviceBps > 0
          ? `, while ${other.g.gateway} sustained ${fmtBps(other.g.serviceBps)}.`
          : "."),
    );
  }
  evidence.push(
    `For comparison ${other.g.gateway} held packets ${fmtDist(other.g.transit)}; the underlay lost ${e.underlay.lost} and took ${fmtUs(e.underlay.oneWayDelay.p50)} one way (p50).`,
  );
  if (trend.length > 0) {
    evidence.push(
      `Median transit through ${g.gateway} per tenth of the transfer: ${trend.map((t) => fmtUs(t)).join(", ")}` +
        (growing ? ": the queue keeps growing." : "."),
    );
  }
  return {
    fired: true,
    candidate: {
      location: best.location,
      cause,
      confidence: conf(c),
      evidence,
      recommendations: [
        `Check CPU on ${g.gateway} while traffic flows: \`top -H\` (the IPsec/charon threads), \`mpstat -P ALL 1\` and \`/proc/softirqs\` (NET_RX on one core), \`cat /proc/net/xfrm_stat\`, cgroup CPU limits.`,
        "Move ESP into the kernel (XFRM, route-based with xfrmi/vti) instead of userspace kernel-libipsec, and use an AES-GCM proposal (e.g. `esp_proposals = aes128gcm16`) so AES-NI does the work.",
        "Spread the load: RSS/RPS across cores, pcrypt for parallel crypto, or more CPU for the gateway VM/container.",
        g.serviceBps > 0
          ? `Until then, shape traffic entering the tunnel just below what ${g.gateway} sustains (≈ ${fmtBps(g.serviceBps * 0.9)}), e.g. \`tc qdisc replace dev <tunnel if> root cake bandwidth ${Math.max(1, Math.floor((g.serviceBps * 0.9) / 1e6))}mbit\`, so the queue stays short.`
          : "Until then, shape traffic entering the tunnel below the gateway's capacity so the queue stays short.",
      ],
      filters: [`esp.spi == ${hexSpi(e.underlay.spi)}`, "tcp.analysis.ack_rtt > 0.05"],
    },
  };
}
