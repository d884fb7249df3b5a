/**
 * healthy: data flowed and nothing collapsed — no zero window, no window-bound transfer, no
 * meaningful loss anywhere on the path, no standing queue in either gateway.
 */
import type { FlowEvidence, RuleResult } from "../evidence.js";
import { conf, fmtBps, fmtBytes, fmtUs, pct } from "../format.js";
import { pathLoss, queueUs, windowFullShare } from "./common.js";

/** The problem rules' own lower thresholds: staying under all of them is what healthy means. */
const MAX_LOSS = 0.001;
const MAX_WINDOW_FULL = 0.25;
const MAX_QUEUE_US = 20_000;

/** "A.tunnel to B.lan": the stretch of path the packets were followed along. */
function path(e: FlowEvidence): string {
  const along = e.segments.filter((s) => s.segment !== "receiver-side");
  const first = along[0];
  const last = along[along.length - 1];
  return first === undefined || last === undefined ? "sender to receiver" : `${first.from} to ${last.to}`;
}

export function healthy(e: FlowEvidence): RuleResult {
  const cause = "healthy" as const;
  const loss = pathLoss(e);
  const problems: string[] = [];
  if (e.receiver.deliveredBytes === 0) problems.push("no data reached the receiver's side");
  if (e.receiver.zeroWindowAcks > 0) problems.push(`${e.receiver.zeroWindowAcks} zero-window ACKs`);
  if (loss.rate >= MAX_LOSS && loss.lost > 0)
    problems.push(`${loss.lost} of ${loss.judged} packets lost (${pct(loss.lost, loss.judged)})`);
  if (windowFullShare(e) >= MAX_WINDOW_FULL)
    problems.push(`${pct(e.sender.windowFull, e.sender.dataPackets)} of segments filled the window`);
  const q = Math.max(queueUs(e.senderGw.transit), queueUs(e.receiverGw.transit));
  if (q >= MAX_QUEUE_US) problems.push(`a ${fmtUs(q)} standing queue in a gateway`);
  if (problems.length > 0) return { fired: false, cause, reason: `not healthy: ${problems.join("; ")}` };
  // Confidence reflects how much we could see: fewer followed packets or blind spots, less sure.
  let c = 0.9;
  if (loss.judged < 50) c -= 0.2;
  if (e.gaps.length > 0) c -= 0.1;
  const window = e.receiver.window;
  return {
    fired: true,
    candidate: {
      location: "none",
      cause,
      confidence: conf(c),
      evidence: [
        `${loss.judged} packets followed from ${path(e)}, ${loss.lost} lost` +
          (e.receiver.acks > 0 ? "; no zero window." : "."),
        (e.senderGw.transit.count + e.receiverGw.transit.count > 0
          ? `Gateway transit p50 ${fmtUs(e.senderGw.transit.p50)} in ${e.senderGateway} and ${fmtUs(e.receiverGw.transit.p50)} in ${e.receiverGateway}; `
          : "") + `underlay one-way delay p50 ${fmtUs(e.underlay.oneWayDelay.p50)}.`,
        e.sender.dataPackets > 0
          ? `Goodput ${fmtBps(e.goodputBps)} with up to ${fmtBytes(e.sender.flight.p90)} in flight (p90) against an advertised window of ${fmtBytes(window.p50)} (p50).`
          : `ESP delivered at ${fmtBps(e.goodputBps)}.`,
      ],
      recommendations: ["Nothing to fix on the tunnel path."],
      filters: [],
    },
  };
}
