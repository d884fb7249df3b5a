/**
 * receiver-not-reading: the receiver advertises a zero window and nothing is lost — the
 * application does not drain its socket, so TCP stops the sender.
 */
import type { FlowEvidence, RuleResult } from "../evidence.js";
import { clamp01, conf, fmtBps, fmtUs, pct } from "../format.js";
import { flowFilter, pathLoss } from "./common.js";

/** Above this path loss the stall may be loss recovery rather than a full socket buffer. */
const LOSS_TOLERATED = 0.01;

export function receiverNotReading(e: FlowEvidence): RuleResult {
  const r = e.receiver;
  if (r.zeroWindowAcks === 0) {
    return {
      fired: false,
      cause: "receiver-not-reading",
      reason: `the receiver never advertised a zero window (${r.acks} ACKs, smallest window ${r.window.min} bytes)`,
    };
  }
  const loss = pathLoss(e);
  const zeroShare = e.durationUs > 0 ? r.zeroWindowUs / e.durationUs : 0;
  // A zero window that lasts is the signature; a single short one is a blip. Confidence
  // grows with the share of the transfer spent at zero and drops when packets were lost too.
  let c = 0.7 + 0.27 * clamp01(zeroShare / 0.25);
  if (loss.rate > LOSS_TOLERATED) c -= 0.3;
  const evidence = [
    `Receiver ${e.receiverAddr}:${e.receiverPort} advertised a zero window in ${r.zeroWindowAcks} ACKs ` +
      `(${r.zeroWindowEpisodes} episode${r.zeroWindowEpisodes === 1 ? "" : "s"}, ${fmtUs(r.zeroWindowUs)} at zero = ` +
      `${pct(r.zeroWindowUs, e.durationUs)} of the ${fmtUs(e.durationUs)} transfer).`,
    loss.lost === 0
      ? `Nothing was lost on the way: all ${loss.judged} packets followed from ${e.senderGateway}'s tunnel device reached ${e.receiverGateway}'s LAN.`
      : `${loss.lost} of ${loss.judged} packets (${pct(loss.lost, loss.judged)}) were lost on the way.`,
    `The receiver took ${fmtUs(r.ackDelay.p50)} (p50, p90 ${fmtUs(r.ackDelay.p90)}) to acknowledge delivered data; ` +
      `goodput was ${fmtBps(e.goodputBps)}.`,
  ];
  if (e.sender.zeroWindowProbes > 0)
    evidence.push(`The sender sent ${e.sender.zeroWindowProbes} zero-window probes.`);
  return {
    fired: true,
    candidate: {
      location: "receiver-host",
      cause: "receiver-not-reading",
      confidence: conf(c),
      evidence,
      recommendations: [
        `The application on ${e.receiverAddr} (port ${e.receiverPort}) does not read its socket fast enough: check its CPU, ` +
          `blocking I/O or read loop; \`ss -tnmi 'sport = :${e.receiverPort}'\` on the receiver shows the full Recv-Q.`,
        "Bigger buffers will not help: the window closes because the application does not drain it, not because it is small.",
      ],
      filters: [
        `${flowFilter(e)} && tcp.analysis.zero_window`,
        `${flowFilter(e)} && tcp.analysis.window_full`,
      ],
    },
  };
}
