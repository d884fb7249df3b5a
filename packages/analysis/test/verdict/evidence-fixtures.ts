/**
 * Hand-made evidence views: a healthy baseline and one variant per cause, shaped like what
 * the engine measured on the lab scenarios (numbers rounded), for rule unit tests.
 */
import type { Dist, FlowEvidence, GatewayEvidence, SegmentEvidence } from "../../src/verdict/evidence.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
export type EvidenceDraft = Mutable<FlowEvidence>;

export function dist(p50: number, opts: Partial<Dist> = {}): Dist {
  return {
    count: 1000,
    min: p50 / 2,
    p10: p50 * 0.8,
    p50,
    p90: p50 * 1.5,
    p99: p50 * 2,
    max: p50 * 3,
    ...opts,
  };
}

function seg(
  segment: SegmentEvidence["segment"],
  from: string,
  to: string,
  n: number,
  delay: number,
): SegmentEvidence {
  return { segment, from, to, packetsIn: n, lost: 0, unknown: 0, delay: dist(delay) };
}

function gw(gateway: string, transitP50: number, n: number): Mutable<GatewayEvidence> {
  return {
    gateway,
    serviceBps: 50e6,
    transit: dist(transitP50, { min: 60 }),
    transitTrend: Array.from({ length: 10 }, () => transitP50),
    reverseTransit: dist(70, { min: 20 }),
    died: 0,
    diedLate: 0,
    packetsIn: n,
    reverseDied: 0,
    reversePacketsIn: n / 2,
  };
}

/** A paced sender on a sound tunnel: 8 Mbit/s, window 74 KiB, 3.6 ms RTT, nothing lost. */
export function healthyEvidence(): EvidenceDraft {
  const n = 2400;
  return {
    id: "10.1.0.10:40000 → 10.2.0.10:5999",
    senderAddr: "10.1.0.10",
    senderPort: 40000,
    receiverAddr: "10.2.0.10",
    receiverPort: 5999,
    senderGateway: "A",
    receiverGateway: "B",
    durationUs: 3_000_000,
    goodputBps: 8e6,
    sender: {
      dataPackets: 190,
      dataBytes: 3_000_000,
      retransmittedPackets: 0,
      retransmittedBytes: 0,
      rtt: dist(3600),
      flight: dist(16384, { p90: 16384 }),
      windowFull: 0,
      zeroWindowProbes: 0,
      mss: 1348,
    },
    receiver: {
      acks: 950,
      window: dist(75776, { min: 68608, max: 75776 }),
      windowScaleKnown: true,
      zeroWindowAcks: 0,
      zeroWindowEpisodes: 0,
      zeroWindowUs: 0,
      ackDelay: dist(200),
      deliveredBytes: 3_000_000,
    },
    segments: [
      seg("sender-gateway", "A.tunnel", "A.outer", n, 1500),
      seg("underlay", "A.outer", "B.outer", n, 20),
      seg("receiver-gateway", "B.outer", "B.lan", n, 540),
      seg("receiver-side", "B.lan", "receiver host (ACK)", n, 200),
    ],
    reverseSegments: [],
    senderGw: gw("A", 1500, n),
    receiverGw: gw("B", 540, n),
    underlay: { spi: 0xa8ba1f11, sent: n, lost: 0, unknown: 0, oneWayDelay: dist(20), lostSample: [] },
    replay: {
      spi: 0xa8ba1f11,
      lateArrivals: 0,
      maxDepth: 0,
      maxAcceptedDepth: -1,
      minDiedDepth: -1,
      diedInOrder: 0,
      diedLate: 0,
      diedLateSample: [],
    },
    mtu: {
      smallestLost: -1,
      largestDelivered: 1464,
      sentAtOrAbove: 0,
      deliveredAtOrAbove: 0,
      sentBelow: n,
      deliveredBelow: n,
      icmpOuter: 0,
      icmpTowardsSender: 0,
      icmpRelevant: 0,
      icmpMtus: [],
    },
    espOverhead: { typical: 64, min: 62, max: 64 },
    capacityBps: 50e6,
    ipVersion: 4,
    gaps: [],
  };
}

/** The receiving application stops reading: 24 zero-window ACKs, 3.2 s of 4.3 s at zero. */
export function notReadingEvidence(): EvidenceDraft {
  const e = healthyEvidence();
  e.durationUs = 4_350_000;
  e.goodputBps = 460e3;
  e.receiver.zeroWindowAcks = 24;
  e.receiver.zeroWindowEpisodes = 22;
  e.receiver.zeroWindowUs = 3_200_000;
  e.receiver.window = dist(7748, { min: 0, max: 73606 });
  e.receiver.ackDelay = dist(34_660);
  e.sender.windowFull = 28;
  e.sender.dataPackets = 49;
  return e;
}

/** Window capped at 17.4 KiB on a 42.5 ms path: 3.3 Mbit/s of a 50 Mbit/s path. */
export function bufferLimitedEvidence(): EvidenceDraft {
  const e = healthyEvidence();
  e.goodputBps = 3.28e6;
  e.sender.rtt = dist(42_500);
  e.sender.dataPackets = 568;
  e.sender.windowFull = 546;
  e.sender.flight = dist(17_792, { p90: 17_792, max: 17_792 });
  e.receiver.window = dist(17_792, { min: 8320, max: 17_792 });
  e.capacityBps = 49.6e6;
  return e;
}

/** 68 of 2718 ESP packets (2.5%) lost between the outer interfaces, all sizes. */
export function underlayLossEvidence(): EvidenceDraft {
  const e = healthyEvidence();
  const sent = 2718;
  e.underlay = { ...e.underlay, sent, lost: 68, lostSample: [87, 132, 151] };
  (e.segments[1] as Mutable<SegmentEvidence>).lost = 68;
  (e.segments[0] as Mutable<SegmentEvidence>).packetsIn = sent;
  e.mtu = {
    ...e.mtu,
    smallestLost: 1464,
    sentAtOrAbove: 2712,
    deliveredAtOrAbove: 2644,
    sentBelow: 6,
    deliveredBelow: 6,
  };
  e.sender.retransmittedPackets = 69;
  e.sender.retransmittedBytes = 103_448;
  e.goodputBps = 37.9e6;
  e.sender.rtt = dist(9200);
  return e;
}

/** Reordering in the underlay; B drops the 11 packets that arrived ≥ 132 behind (window 128). */
export function replayEvidence(): EvidenceDraft {
  const e = healthyEvidence();
  e.receiverGw.died = 11;
  e.receiverGw.diedLate = 11;
  e.receiverGw.packetsIn = 2533;
  (e.segments[2] as Mutable<SegmentEvidence>).lost = 11;
  e.replay = {
    spi: 0xea293d5a,
    lateArrivals: 89,
    maxDepth: 165,
    maxAcceptedDepth: 127,
    minDiedDepth: 132,
    diedInOrder: 0,
    diedLate: 11,
    diedLateSample: [1807, 1812, 2017],
  };
  e.sender.retransmittedPackets = 77;
  return e;
}

/** Gateway A (sender side) holds packets ~100 ms: a standing encrypt queue. */
export function overloadSenderEvidence(): EvidenceDraft {
  const e = healthyEvidence();
  e.senderGw.transit = dist(100_900, { min: 151, p90: 302_700, max: 492_400 });
  e.senderGw.transitTrend = [
    195_000, 398_000, 96_000, 96_000, 49_000, 100_000, 100_000, 155_000, 101_000, 105_000,
  ];
  e.senderGw.serviceBps = 4e6;
  e.sender.rtt = dist(198_600);
  e.goodputBps = 3.76e6;
  return e;
}

/** Gateway B (receiver side) holds packets ~97 ms while decrypting. */
export function overloadReceiverEvidence(): EvidenceDraft {
  const e = healthyEvidence();
  e.receiverGw.transit = dist(96_700, { min: 49, p90: 192_800, max: 391_500 });
  e.receiverGw.serviceBps = 4.3e6;
  e.sender.rtt = dist(100_800);
  e.goodputBps = 3.87e6;
  return e;
}

/** ESP of 1464 bytes vanishes, 616 and smaller pass; no useful ICMP. */
export function mtuEvidence(): EvidenceDraft {
  const e = healthyEvidence();
  e.underlay = { ...e.underlay, sent: 17, lost: 10, unknown: 4, lostSample: [4, 5, 6] };
  (e.segments[1] as Mutable<SegmentEvidence>).lost = 10;
  (e.segments[0] as Mutable<SegmentEvidence>).packetsIn = 17;
  e.mtu = {
    smallestLost: 1464,
    largestDelivered: 616,
    sentAtOrAbove: 10,
    deliveredAtOrAbove: 0,
    sentBelow: 3,
    deliveredBelow: 3,
    icmpOuter: 0,
    icmpTowardsSender: 2,
    icmpRelevant: 0,
    icmpMtus: [1400],
  };
  e.goodputBps = 0;
  e.receiver.deliveredBytes = 500;
  e.sender.retransmittedPackets = 7;
  e.espOverhead = { typical: 64, min: 64, max: 64 };
  return e;
}

export const CASES = {
  healthy: healthyEvidence,
  "receiver-not-reading": notReadingEvidence,
  "receive-buffer-limited": bufferLimitedEvidence,
  "underlay-loss": underlayLossEvidence,
  "replay-window-drops": replayEvidence,
  "gateway-overload(sender)": overloadSenderEvidence,
  "gateway-overload(receiver)": overloadReceiverEvidence,
  "mtu-blackhole": mtuEvidence,
} as const;
