/**
 * The typed "evidence view" the verdict rules read: everything measured about ONE flow
 * direction (data from a sender behind one gateway to a receiver behind the other), with
 * plain numbers (µs, bytes, counts). The correlation engine builds it from captures; a
 * coordinator can build it from agent summaries; tests build it by hand.
 */

import type { Distribution } from "../correlate/stats.js";
import type { EvidenceFinding, FlowTimeline } from "./report.js";

/** Summary of a distribution (µs for delays, bytes for sizes): the correlation engine's. */
export type Dist = Distribution;

export type SegmentName = "sender-gateway" | "underlay" | "receiver-gateway" | "receiver-side";

/** One stretch of the path of one direction: packets that entered it, and what came out. */
export interface SegmentEvidence {
  readonly segment: SegmentName;
  /** Tap the packets were counted at, e.g. "A.tunnel". */
  readonly from: string;
  readonly to: string;
  readonly packetsIn: number;
  /** Entered and never seen at `to` although `to` was capturing long enough. */
  readonly lost: number;
  /** Not judged: `to`'s capture ended (or had not started) before they could arrive. */
  readonly unknown: number;
  /** Delay through the segment (µs; one-way delays are on A's clock after alignment). */
  readonly delay: Dist;
}

/** How one gateway treated this flow direction. */
export interface GatewayEvidence {
  /** "A" or "B": which capture. */
  readonly gateway: string;
  /**
   * Sustained rate (bits/s of cleartext) at which it encrypted (sending side) or decrypted
   * (receiving side) this direction while packets queued in it; 0 when it never queued.
   */
  readonly serviceBps: number;
  /** Transit of this direction's packets (tunnel tap ↔ outer tap), µs. */
  readonly transit: Dist;
  /** Median transit per tenth of the flow's lifetime (µs), to see a queue building up. */
  readonly transitTrend: readonly number[];
  /** Transit of the opposite direction (the ACKs) through the same gateway, µs. */
  readonly reverseTransit: Dist;
  /** Packets of this direction that entered the gateway and never left it (either tap pair). */
  readonly died: number;
  /** Of `died`, how many had arrived late (below the SA's highest sequence number so far). */
  readonly diedLate: number;
  /** Packets that entered it (denominator of `died`). */
  readonly packetsIn: number;
  /** Opposite-direction packets that died in this gateway. */
  readonly reverseDied: number;
  readonly reversePacketsIn: number;
}

/** ESP sequence arrival order at the receiving gateway's outer tap (data direction SA). */
export interface ReplayEvidence {
  readonly spi: number;
  /** ESP packets that arrived below the SA's right edge. */
  readonly lateArrivals: number;
  readonly maxDepth: number;
  /** Deepest late packet that was still accepted (decrypted), or -1 when none. */
  readonly maxAcceptedDepth: number;
  /** Shallowest late packet that died inside the gateway, or -1 when none. */
  readonly minDiedDepth: number;
  /** Died inside the receiving gateway although in order (depth 0). */
  readonly diedInOrder: number;
  readonly diedLate: number;
  /** A few ESP sequence numbers that died late (for display filters). */
  readonly diedLateSample: readonly number[];
}

/** Loss by ESP size, for the MTU question. */
export interface MtuEvidence {
  /** Smallest ESP packet (IP total length) that was lost in the underlay, or -1. */
  readonly smallestLost: number;
  /** Largest ESP packet (IP total length) of this direction that reached the far gateway, or -1. */
  readonly largestDelivered: number;
  /** ESP packets at or above `smallestLost`: sent and delivered. */
  readonly sentAtOrAbove: number;
  readonly deliveredAtOrAbove: number;
  /** ESP packets below `smallestLost`: sent and delivered. */
  readonly sentBelow: number;
  readonly deliveredBelow: number;
  /** ICMP fragmentation-needed / packet-too-big seen at the sending gateway (outer: about ESP; inner: towards the sender host). */
  readonly icmpOuter: number;
  readonly icmpTowardsSender: number;
  /** Of those, messages whose next-hop MTU is smaller than the packets that vanish (they could have fixed it). */
  readonly icmpRelevant: number;
  /** Next-hop MTUs the ICMP messages announced. */
  readonly icmpMtus: readonly number[];
}

export interface UnderlayEvidence {
  readonly spi: number;
  readonly sent: number;
  readonly lost: number;
  readonly unknown: number;
  /** One-way delay A→B or B→A on the aligned clock (µs). */
  readonly oneWayDelay: Dist;
  readonly lostSample: readonly number[];
}

export interface SenderEvidence {
  readonly dataPackets: number;
  readonly dataBytes: number;
  readonly retransmittedPackets: number;
  readonly retransmittedBytes: number;
  /** Data → ACK at the sender gateway's site side (µs): the path RTT beyond the sender's LAN. */
  readonly rtt: Dist;
  readonly flight: Dist;
  /** Data segments that filled the receiver's advertised window. */
  readonly windowFull: number;
  readonly zeroWindowProbes: number;
  /** Typical full-size segment payload (bytes). */
  readonly mss: number;
}

export interface ReceiverEvidence {
  readonly acks: number;
  /** Advertised receive window in bytes (scaled when known). */
  readonly window: Dist;
  readonly windowScaleKnown: boolean;
  readonly zeroWindowAcks: number;
  readonly zeroWindowEpisodes: number;
  readonly zeroWindowUs: number;
  readonly ackDelay: Dist;
  readonly deliveredBytes: number;
}

export interface FlowEvidence {
  /** "10.1.0.10:41234 → 10.2.0.10:5999" */
  readonly id: string;
  readonly senderAddr: string;
  readonly senderPort: number;
  readonly receiverAddr: string;
  readonly receiverPort: number;
  /** Capture labels ("A"/"B") of the sending and receiving gateways. */
  readonly senderGateway: string;
  readonly receiverGateway: string;
  /** Active time of the data transfer (µs). */
  readonly durationUs: number;
  /** New bytes delivered per second at the receiver side (bits/s). */
  readonly goodputBps: number;
  readonly sender: SenderEvidence;
  readonly receiver: ReceiverEvidence;
  readonly segments: readonly SegmentEvidence[];
  readonly reverseSegments: readonly SegmentEvidence[];
  readonly senderGw: GatewayEvidence;
  readonly receiverGw: GatewayEvidence;
  readonly underlay: UnderlayEvidence;
  readonly replay: ReplayEvidence;
  readonly mtu: MtuEvidence;
  /** ESP overhead measured at the gateways (outer IP length − inner IP length), bytes. */
  readonly espOverhead: { readonly typical: number; readonly min: number; readonly max: number } | null;
  /** Bottleneck capacity estimate from ESP packet-pair dispersion (bits/s), or 0 when unknown. */
  readonly capacityBps: number;
  /** Inner IP version (4 or 6): sets the header sizes behind an MSS. */
  readonly ipVersion: number;
  /** Things that could not be measured for this flow (missing taps, …). */
  readonly gaps: readonly string[];
  /** Per-interval series for the report (not judged); absent when the caller built no timeline. */
  readonly timeline?: FlowTimeline;
  /** Frame numbers of the packets that show each problem, for the report (not judged). */
  readonly findings?: readonly EvidenceFinding[];
}

/** What a rule says when it fires. */
export interface Candidate {
  readonly location: Location;
  readonly cause: Cause;
  /** 0..1 */
  readonly confidence: number;
  readonly evidence: readonly string[];
  readonly recommendations: readonly string[];
  /** Display filters that show the evidence in Wireshark. */
  readonly filters: readonly string[];
}

export type Location =
  | "sender-host"
  | "sender-lan"
  | "sender-gateway"
  | "underlay"
  | "receiver-gateway"
  | "receiver-lan"
  | "receiver-host"
  | "none";

export type Cause =
  | "receiver-not-reading"
  | "receive-buffer-limited"
  | "underlay-loss"
  | "replay-window-drops"
  | "gateway-overload"
  | "mtu-blackhole"
  | "healthy";

export type LimitedBy = "sender" | "receive-window" | "network" | "gateway" | "unknown";

/** A rule either fires with a candidate or stays quiet and says why (for `ruledOut`). */
export type RuleResult =
  | { readonly fired: true; readonly candidate: Candidate }
  | { readonly fired: false; readonly cause: Cause; readonly reason: string };

export type Rule = (e: FlowEvidence) => RuleResult;
