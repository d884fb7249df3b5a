/**
 * mtu-blackhole: ESP packets above a size vanish in the underlay while smaller ones pass, and
 * no ICMP "fragmentation needed"/"packet too big" that could fix it reaches the sender side.
 */
import type { FlowEvidence, RuleResult } from "../evidence.js";
import { clamp01, conf, hexSpi } from "../format.js";
import { mssAdvice } from "../recommend.js";
import { flowFilter } from "./common.js";

/**
 * A size threshold explains the loss when (almost) everything at or above it is lost and
 * (almost) everything below it passes; 5% slack tolerates a little random loss on either side.
 */
const SLACK = 0.05;
/** Need at least this many big packets lost before calling it a pattern. */
const MIN_LOST_BIG = 2;
/**
 * ESP overhead to assume when it could not be measured (no cleartext tap): IPv4 + UDP
 * encapsulation (28) + SPI/sequence (8) + IV (≤ 16) + padding (≤ 15) + pad length/next
 * header (2) + ICV (≤ 16): the worst case of the usual suites.
 */
const WORST_CASE_OVERHEAD = 85;

export interface SizeThreshold {
  readonly size: number;
  readonly lostBig: number;
}

/** The size threshold that separates lost from delivered ESP packets, if the loss follows one. */
export function sizeThreshold(e: FlowEvidence): SizeThreshold | undefined {
  const m = e.mtu;
  if (m.smallestLost < 0 || m.sentBelow === 0) return undefined;
  const lostBig = m.sentAtOrAbove - m.deliveredAtOrAbove;
  if (lostBig < MIN_LOST_BIG) return undefined;
  if (m.deliveredAtOrAbove > m.sentAtOrAbove * SLACK) return undefined;
  if (m.deliveredBelow < m.sentBelow * (1 - SLACK)) return undefined;
  return { size: m.smallestLost, lostBig };
}

export function mtuBlackhole(e: FlowEvidence): RuleResult {
  const cause = "mtu-blackhole" as const;
  const m = e.mtu;
  const t = sizeThreshold(e);
  if (t === undefined) {
    return {
      fired: false,
      cause,
      reason:
        m.smallestLost < 0
          ? "no ESP packet was lost in the underlay"
          : `loss does not follow size: ${m.deliveredAtOrAbove} of ${m.sentAtOrAbove} ESP packets of ${m.smallestLost} bytes or more got through`,
    };
  }
  // ICMP that announces an MTU below the vanishing size would let PMTUD fix the path: then it
  // is not a black hole (only a slow recovery), so confidence drops.
  let c = 0.75 + 0.22 * clamp01(t.lostBig / 6);
  if (m.icmpRelevant > 0) c -= 0.35;
  const ov = e.espOverhead;
  const evidence = [
    `Every ESP packet of ${t.size} bytes or more that ${e.senderGateway} sent vanished before ${e.receiverGateway}'s outer interface ` +
      `(${t.lostBig} of ${m.sentAtOrAbove} lost), while ${m.deliveredBelow} of ${m.sentBelow} smaller ones arrived` +
      (e.underlay.unknown > 0
        ? ` (${e.underlay.unknown} sent while ${e.receiverGateway} was not capturing are not counted).`
        : "."),
    `The largest ESP packet that got through was ${m.largestDelivered} bytes` +
      (ov !== null
        ? ` (ESP overhead measured at ${ov.min === ov.max ? ov.typical : `${ov.min}–${ov.max}`} bytes).`
        : "."),
    m.icmpRelevant === 0
      ? `No ICMP fragmentation-needed about ESP reached ${e.senderGateway}'s outer interface` +
        (m.icmpTowardsSender > 0
          ? `; the ${m.icmpTowardsSender} ICMP message(s) towards the sender announce MTU ${m.icmpMtus.join("/")}, which does not shrink the vanishing packets.`
          : ", and none reached the sender.")
      : `${m.icmpRelevant} ICMP message(s) announced a smaller MTU (${m.icmpMtus.join("/")}), yet big packets still vanished.`,
    `The sender retransmitted ${e.sender.retransmittedPackets} segments while the connection stalled.`,
  ];
  const recs: string[] = [];
  const filters = [
    `esp.spi == ${hexSpi(e.underlay.spi)} && ip.len >= ${t.size}`,
    "icmp.type == 3 && icmp.code == 4",
    `${flowFilter(e)} && tcp.analysis.retransmission`,
  ];
  if (m.largestDelivered > 0) {
    const overhead = ov?.max ?? WORST_CASE_OVERHEAD;
    const a = mssAdvice(m.largestDelivered, overhead, e.ipVersion);
    recs.push(
      `Clamp the TCP MSS on both gateways to ${a.mss}: the largest ESP packet that got through (${m.largestDelivered} bytes) ` +
        `minus the ESP overhead (${overhead} bytes${ov === null ? ", worst case: it could not be measured without a cleartext tap" : ""}) ` +
        `leaves ${a.innerMtu} bytes for the inner packet, minus ${e.ipVersion === 6 ? 60 : 40} bytes of IP and TCP headers.`,
      ...a.lines,
      `The path MTU lies between ${m.largestDelivered} and ${t.size - 1} bytes: find it with \`ping -M do -s <size − 28> <peer outer address>\` and raise the clamp, or set the tunnel MTU (\`ip link set <tunnel if> mtu <size − ${overhead}>\`).`,
    );
  }
  recs.push(
    "Find the device on the underlay that drops big packets without sending ICMP type 3 code 4 (or filters it) and let it send/pass them.",
  );
  return {
    fired: true,
    candidate: { location: "underlay", cause, confidence: conf(c), evidence, recommendations: recs, filters },
  };
}
