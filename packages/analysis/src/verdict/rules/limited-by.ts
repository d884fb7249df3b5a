/**
 * What limits a flow direction's throughput (DESIGN §5 `limitedBy`), given the winning cause.
 */
import type { Cause, FlowEvidence, LimitedBy } from "../evidence.js";
import { fmtBytes, pct } from "../format.js";
import { pathLoss, windowFullShare } from "./common.js";

/** A sender that keeps less than half the window in flight is not held back by the window. */
const SENDER_FLIGHT_SHARE = 0.5;

export function limitedBy(e: FlowEvidence, winner: Cause): { limitedBy: LimitedBy; why: string } {
  switch (winner) {
    case "gateway-overload":
    case "replay-window-drops":
      return { limitedBy: "gateway", why: "packets queue or die inside a gateway" };
    case "underlay-loss":
    case "mtu-blackhole":
      return { limitedBy: "network", why: "packets are lost in the underlay" };
    case "receiver-not-reading":
    case "receive-buffer-limited":
      return { limitedBy: "receive-window", why: "the receiver's advertised window stops the sender" };
    default:
      break;
  }
  const share = windowFullShare(e);
  if (e.receiver.zeroWindowAcks > 0 || share >= 0.25) {
    return {
      limitedBy: "receive-window",
      why: `${pct(e.sender.windowFull, e.sender.dataPackets)} of segments filled the window`,
    };
  }
  const loss = pathLoss(e);
  const retx = e.sender.dataBytes > 0 ? e.sender.retransmittedBytes / e.sender.dataBytes : 0;
  if ((loss.lost > 0 && loss.rate >= 0.001) || retx >= 0.01) {
    return {
      limitedBy: "network",
      why: `loss ${pct(loss.lost, loss.judged)}, retransmitted ${pct(e.sender.retransmittedBytes, e.sender.dataBytes)} of bytes`,
    };
  }
  const window = e.receiver.window.p50;
  if (window > 0 && e.sender.flight.count > 0 && e.sender.flight.p90 < SENDER_FLIGHT_SHARE * window) {
    return {
      limitedBy: "sender",
      why: `the sender kept at most ${fmtBytes(e.sender.flight.p90)} in flight (p90), under half the ${fmtBytes(window)} window, with no loss: it sends less than the path allows`,
    };
  }
  return {
    limitedBy: "unknown",
    why: "neither the window, loss, a gateway nor the sender's pacing clearly limits it",
  };
}
