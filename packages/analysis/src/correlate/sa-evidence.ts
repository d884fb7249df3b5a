/**
 * Fallback evidence when no TCP flow can be followed (captures of the outer interfaces only):
 * one view per SA direction, from ESP alone. The underlay questions (loss, loss by size,
 * reordering, one-way delay) still have answers; windows and gateway transit do not.
 */
import type { Dist, FlowEvidence } from "../verdict/evidence.js";
import { type Direction, Fate, followEsp, newTrajectory } from "./direction.js";
import type { CaptureIndex } from "./flow-evidence.js";
import { mtuFigures } from "./flow-evidence.js";
import { distribution, NumList } from "./stats.js";

const NONE: Dist = distribution([]);

/** Evidence for SA `sa` (an id in the sending capture) from `d.snd` to `d.rcv`. */
export function saEvidence(
  d: Direction,
  sndIdx: CaptureIndex,
  rcvIdx: CaptureIndex,
  sa: number,
): FlowEvidence {
  const { snd } = d;
  const sas = snd.s.cap.sas;
  const t = newTrajectory();
  const owd = new NumList();
  const lostSizes = new NumList();
  const deliveredSizes = new NumList();
  const lostSample: number[] = [];
  let sent = 0;
  let lost = 0;
  let unknown = 0;
  let late = 0;
  let maxDepth = 0;
  let deliveredBytes = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (let k = 0; k < snd.s.espOut.length; k++) {
    const e = snd.s.espOut[k] as number;
    if (snd.r.key[e] !== sa) continue;
    sent++;
    followEsp(d, e, t);
    const size = snd.r.ipLen[e] as number;
    if (t.espIn >= 0) {
      const ta = (d.rcv.r.ts[t.espIn] as number) - d.rcvShift;
      owd.push(ta - ((snd.r.ts[e] as number) - d.sndShift));
      deliveredSizes.push(size);
      deliveredBytes += size;
      if (ta < first) first = ta;
      if (ta > last) last = ta;
      const depth = rcvIdx.depth[t.espIn] as number;
      if (depth > 0) late++;
      if (depth > maxDepth) maxDepth = depth;
    } else if (t.fate === Fate.LostUnderlay) {
      lost++;
      lostSizes.push(size);
      if (lostSample.length < 12) lostSample.push(snd.r.seq[e] as number);
    } else unknown++;
  }
  const spi = sas.a[sa] as number;
  const durationUs = last > first ? last - first : 0;
  const ov = snd.overhead ?? d.rcv.overhead;
  const gw = (gateway: string) => ({
    gateway,
    serviceBps: 0,
    transit: NONE,
    transitTrend: [],
    reverseTransit: NONE,
    died: 0,
    diedLate: 0,
    packetsIn: 0,
    reverseDied: 0,
    reversePacketsIn: 0,
  });
  const spiHex = `0x${spi.toString(16).padStart(8, "0")}`;
  return {
    id: `ESP SA ${spiHex} ${sas.src(sa)} → ${sas.dst(sa)}`,
    senderAddr: sas.src(sa),
    senderPort: 0,
    receiverAddr: sas.dst(sa),
    receiverPort: 0,
    senderGateway: sndIdx.label,
    receiverGateway: rcvIdx.label,
    durationUs,
    goodputBps: durationUs > 0 ? (deliveredBytes * 8 * 1e6) / durationUs : 0,
    sender: {
      dataPackets: 0,
      dataBytes: 0,
      retransmittedPackets: 0,
      retransmittedBytes: 0,
      rtt: NONE,
      flight: NONE,
      windowFull: 0,
      zeroWindowProbes: 0,
      mss: 0,
    },
    receiver: {
      acks: 0,
      window: NONE,
      windowScaleKnown: false,
      zeroWindowAcks: 0,
      zeroWindowEpisodes: 0,
      zeroWindowUs: 0,
      ackDelay: NONE,
      deliveredBytes,
    },
    segments: [
      {
        segment: "underlay",
        from: `${sndIdx.label}.outer`,
        to: `${rcvIdx.label}.outer`,
        packetsIn: sent,
        lost,
        unknown,
        delay: distribution(owd.view()),
      },
    ],
    reverseSegments: [],
    senderGw: gw(sndIdx.label),
    receiverGw: gw(rcvIdx.label),
    underlay: { spi, sent, lost, unknown, oneWayDelay: distribution(owd.view()), lostSample },
    replay: {
      spi,
      lateArrivals: late,
      maxDepth,
      maxAcceptedDepth: -1,
      minDiedDepth: -1,
      diedInOrder: 0,
      diedLate: 0,
      diedLateSample: [],
    },
    mtu: mtuFigures(d, { lostSizes, deliveredSizes }, -1, ov?.typical ?? 0),
    espOverhead: ov === undefined ? null : { typical: ov.typical, min: ov.min, max: ov.max },
    capacityBps: 0,
    ipVersion: sas.version[sa] as number,
    gaps: [
      "ESP only (no cleartext taps): TCP windows, gateway transit and packets dying inside the gateways are not visible",
    ],
  };
}
