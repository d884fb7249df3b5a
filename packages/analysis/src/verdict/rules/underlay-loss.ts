/**
 * underlay-loss: ESP packets sent at the sending gateway's outer interface never reach the
 * receiving gateway's outer interface, regardless of their size.
 */
import type { FlowEvidence, RuleResult } from "../evidence.js";
import { clamp01, conf, fmtBps, fmtUs, hexSpi, pct } from "../format.js";
import { flowFilter } from "./common.js";
import { sizeThreshold } from "./mtu-blackhole.js";

/**
 * Loss worth a verdict: at 0.1% TCP (Mathis: rate ≈ MSS/RTT × 1.22/√p) is held to about
 * 39 × MSS/RTT — tens of Mbit/s on a 10 ms path — and a handful of losses is needed so a
 * single capture glitch is not a cause.
 */
const MIN_RATE = 0.001;
const MIN_LOST = 3;

export function underlayLoss(e: FlowEvidence): RuleResult {
  const cause = "underlay-loss" as const;
  const u = e.underlay;
  const judged = u.sent - u.unknown;
  const rate = judged > 0 ? u.lost / judged : 0;
  if (u.lost < MIN_LOST || rate < MIN_RATE) {
    return {
      fired: false,
      cause,
      reason: `${u.lost} of ${judged} ESP packets (${pct(u.lost, judged)}) were lost in the underlay (needs ≥ ${MIN_LOST} and ≥ ${pct(MIN_RATE, 1)})`,
    };
  }
  if (sizeThreshold(e) !== undefined) {
    return { fired: false, cause, reason: "the underlay loss follows packet size (see mtu-blackhole)" };
  }
  // 0.1% → 0.6, ~2% and above → 0.95 (log scale: each decade of loss is as telling).
  const c = 0.6 + 0.35 * clamp01(Math.log10(rate / MIN_RATE) / Math.log10(20));
  const evidence = [
    `${u.lost} of ${judged} ESP packets (${pct(u.lost, judged)}) that ${e.senderGateway} sent on SA ${hexSpi(u.spi)} never reached ` +
      `${e.receiverGateway}'s outer interface, although ${e.receiverGateway} was capturing` +
      (u.unknown > 0 ? ` (${u.unknown} sent too close to a capture edge are not counted).` : "."),
    e.senderGw.packetsIn + e.receiverGw.packetsIn > 0
      ? `Inside the gateways nothing comparable died: ${e.senderGw.died} in ${e.senderGateway}, ${e.receiverGw.died} in ${e.receiverGateway}.`
      : "The gateways' insides were not captured (no cleartext taps).",
    `One-way delay through the underlay: ${fmtUs(u.oneWayDelay.p50)} p50, ${fmtUs(u.oneWayDelay.max)} max; the losses are spread over sizes ` +
      `(${e.mtu.deliveredAtOrAbove} of ${e.mtu.sentAtOrAbove} large packets still arrived).`,
  ];
  if (e.sender.dataPackets > 0) {
    evidence.push(
      `The sender retransmitted ${e.sender.retransmittedPackets} segments (RTT p50 ${fmtUs(e.sender.rtt.p50)}); goodput ${fmtBps(e.goodputBps)}.`,
    );
  }
  const seqs = u.lostSample.slice(0, 8).join(", ");
  return {
    fired: true,
    candidate: {
      location: "underlay",
      cause,
      confidence: conf(c),
      evidence,
      recommendations: [
        `Find where the underlay drops ESP between ${e.senderGateway} and ${e.receiverGateway}: interface errors and drops on both outer interfaces (\`ip -s link\`, \`ethtool -S\`), ` +
          "the provider's policers or a congested link; measure with `mtr` / `ping -i 0.01` between the gateways' outer addresses.",
        "If the loss is a policer, shape the tunnel below the contracted rate on the outer interface (e.g. `tc qdisc replace dev <outer if> root cake bandwidth <rate>`).",
      ],
      filters: [
        `esp.spi == ${hexSpi(u.spi)} && esp.sequence in {${seqs}}`,
        `${flowFilter(e)} && tcp.analysis.retransmission`,
      ],
    },
  };
}
