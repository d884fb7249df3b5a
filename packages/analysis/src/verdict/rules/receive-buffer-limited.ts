/**
 * receive-buffer-limited: the window never reaches zero, but the sender keeps filling it and
 * throughput sits near window/RTT, below what the path can carry — the receive buffer is too
 * small for the bandwidth-delay product.
 */
import type { FlowEvidence, RuleResult } from "../evidence.js";
import { clamp01, conf, fmtBps, fmtBytes, fmtUs, pct } from "../format.js";
import { rmemAdvice } from "../recommend.js";
import { flowFilter, pathLoss, windowFullShare } from "./common.js";

/**
 * When a quarter of the sender's segments stop at the window edge, the window is what paces
 * the transfer (an application-limited or congestion-limited sender rarely touches it).
 */
const WINDOW_FULL_SHARE = 0.25;
/** Goodput at least half of window/RTT: the window is the ceiling actually reached. */
const MIN_WINDOW_RATE_RATIO = 0.5;

export function receiveBufferLimited(e: FlowEvidence): RuleResult {
  const cause = "receive-buffer-limited" as const;
  const r = e.receiver;
  if (r.zeroWindowAcks > 0) {
    return {
      fired: false,
      cause,
      reason: `the window did reach zero (${r.zeroWindowAcks} ACKs): a reader problem, not a buffer size`,
    };
  }
  const share = windowFullShare(e);
  if (share < WINDOW_FULL_SHARE) {
    return {
      fired: false,
      cause,
      reason: `only ${pct(e.sender.windowFull, e.sender.dataPackets)} of data segments filled the advertised window (needs ${pct(WINDOW_FULL_SHARE, 1)})`,
    };
  }
  const rtt = e.sender.rtt.p50;
  const window = r.window.max;
  const windowRate = rtt > 0 ? (window * 8 * 1e6) / rtt : 0;
  const ratio = windowRate > 0 ? e.goodputBps / windowRate : 0;
  if (ratio < MIN_WINDOW_RATE_RATIO) {
    return {
      fired: false,
      cause,
      reason: `goodput ${fmtBps(e.goodputBps)} is well below window/RTT ${fmtBps(windowRate)}: something else limits it`,
    };
  }
  const bdp = (e.capacityBps / 8) * (rtt / 1e6);
  if (e.capacityBps > 0 && window >= bdp) {
    return {
      fired: false,
      cause,
      reason: `the window (${fmtBytes(window)}) already covers the path's bandwidth-delay product (${fmtBytes(bdp)})`,
    };
  }
  const loss = pathLoss(e);
  let c =
    0.55 + 0.25 * clamp01((share - WINDOW_FULL_SHARE) / 0.5) + 0.15 * clamp01(1 - Math.abs(1 - ratio) * 2);
  if (!r.windowScaleKnown) c -= 0.15;
  if (loss.rate > 0.01) c -= 0.25;
  const advice = rmemAdvice(e.capacityBps, rtt, window);
  const evidence = [
    `The receiver's advertised window never exceeded ${fmtBytes(window)} (p50 ${fmtBytes(r.window.p50)}) and never reached zero.`,
    `${e.sender.windowFull} of ${e.sender.dataPackets} data segments (${pct(e.sender.windowFull, e.sender.dataPackets)}) filled that window: the sender waited for it.`,
    `Goodput ${fmtBps(e.goodputBps)} ≈ window/RTT = ${fmtBytes(window)} / ${fmtUs(rtt)} = ${fmtBps(windowRate)}.`,
    e.capacityBps > 0
      ? `The path can carry about ${fmtBps(e.capacityBps)} (slowest queued stage), so at this RTT it needs ${fmtBytes(bdp)} in flight.`
      : "The path's capacity could not be measured (no stage ever queued).",
    loss.lost === 0
      ? `No packet was lost between the gateways (${loss.judged} followed).`
      : `${loss.lost} of ${loss.judged} packets were lost on the way.`,
  ];
  if (!r.windowScaleKnown)
    evidence.push("The handshake was not captured, so the window scale is unknown (windows are raw).");
  return {
    fired: true,
    candidate: {
      location: "receiver-host",
      cause,
      confidence: conf(c),
      evidence,
      recommendations: [
        `Raise the receiver's buffer limits on ${e.receiverAddr}: ${advice.why}.`,
        ...advice.lines,
        "Persist them in /etc/sysctl.d/90-tunnel.conf. If the application sets SO_RCVBUF itself, autotuning is off for that socket: raise it there or stop setting it.",
      ],
      filters: [
        `${flowFilter(e)} && tcp.analysis.window_full`,
        `${flowFilter(e)} && ip.src == ${e.receiverAddr}`,
      ],
    },
  };
}
