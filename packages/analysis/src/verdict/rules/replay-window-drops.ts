/**
 * replay-window-drops: ESP reaches the receiving gateway but the inner packet never leaves it,
 * and those packets arrived late — further below the SA's highest sequence number than the
 * anti-replay window (RFC 4303 §3.4.3) allows.
 */
import type { FlowEvidence, RuleResult } from "../evidence.js";
import { clamp01, conf, hexSpi, pct } from "../format.js";
import { replayWindowAdvice } from "../recommend.js";

/** Most of the deaths must be late arrivals, or the gateway is dropping for another reason. */
const LATE_SHARE = 0.8;
const MIN_DIED_LATE = 2;

export function replayWindowDrops(e: FlowEvidence): RuleResult {
  const cause = "replay-window-drops" as const;
  const g = e.receiverGw;
  const rp = e.replay;
  if (rp.diedLate < MIN_DIED_LATE || g.died === 0) {
    return {
      fired: false,
      cause,
      reason: `${g.died} packets died inside ${e.receiverGateway}, ${rp.diedLate} of them late arrivals (needs ≥ ${MIN_DIED_LATE} late deaths)`,
    };
  }
  const share = rp.diedLate / g.died;
  if (share < LATE_SHARE) {
    return {
      fired: false,
      cause,
      reason: `only ${pct(rp.diedLate, g.died)} of the packets that died inside ${e.receiverGateway} had arrived late: no reorder pattern`,
    };
  }
  // A clean cut — every late packet deeper than some depth died, every shallower one lived —
  // is exactly what a window of that size does.
  const clean = rp.maxAcceptedDepth < 0 || rp.minDiedDepth > rp.maxAcceptedDepth;
  const c = 0.6 + 0.25 * clamp01((share - LATE_SHARE) / (1 - LATE_SHARE)) + (clean ? 0.12 : 0);
  const advice = replayWindowAdvice(rp.maxDepth);
  const windowRange =
    clean && rp.maxAcceptedDepth >= 0
      ? `between ${rp.maxAcceptedDepth + 1} and ${rp.minDiedDepth}`
      : clean
        ? `at most ${rp.minDiedDepth}`
        : "unclear (accepted and dropped depths overlap)";
  const evidence = [
    `${g.died} ESP packets of SA ${hexSpi(rp.spi)} reached ${e.receiverGateway}'s outer interface but their inner packet never left ${e.receiverGateway}; ` +
      `${rp.diedLate} of them (${pct(rp.diedLate, g.died)}) had arrived late.`,
    `${rp.lateArrivals} ESP packets arrived out of order, up to ${rp.maxDepth} sequence numbers behind the newest; ` +
      `the deepest one still accepted was ${rp.maxAcceptedDepth < 0 ? "none" : rp.maxAcceptedDepth} behind, the shallowest dropped ${rp.minDiedDepth} behind.`,
    `So the receiving replay window is ${windowRange} packets.`,
    `Nothing was lost in the underlay (${e.underlay.lost} of ${e.underlay.sent - e.underlay.unknown}); the reordering happens there.`,
  ];
  return {
    fired: true,
    candidate: {
      location: "receiver-gateway",
      cause,
      confidence: conf(c),
      evidence,
      recommendations: [
        `Raise the anti-replay window on ${e.receiverGateway} to ${advice.window} (next power of two above the deepest reordering seen, ${rp.maxDepth}): ` +
          `in swanctl.conf, connections.<conn>.children.<child>: \`${advice.line}\` (ipsec.conf: \`replay_window=${advice.window}\`), then re-establish the CHILD_SA.`,
        "Find what reorders ESP in the underlay (per-packet load balancing over ECMP/LAG, multipath links, a shaper with several queues) and make it keep flows in order.",
      ],
      filters: [
        `esp.spi == ${hexSpi(rp.spi)} && esp.sequence in {${rp.diedLateSample.slice(0, 8).join(", ")}}`,
      ],
    },
  };
}
