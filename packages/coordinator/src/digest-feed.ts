/**
 * Rebuilds one gateway's capture view from its agent's SummaryBatches, for the same
 * engine `analyze` runs on pcap files (`GatewayCaptureAnalyzer` → `correlate`).
 *
 * Every PacketDigest becomes one `PacketView` (one reused view, as the decoder does):
 * header fields from the digest, addresses/ports/TCP options from the batch's flow or
 * SA summary it refers to. Pure: no I/O, no logging.
 *
 * What v1 digests do not carry, and how it is derived here (see README, "Proto gaps"):
 * - the capture interface: the engine tells the site-LAN tap from the tunnel-device tap,
 *   but a digest only says TAP_INNER. A packet forwarded through the gateway shows up
 *   twice on the inner side with the same hash; the first copy is where it entered. With
 *   the flow's orientation (from the site: outbound; to the site: inbound) the first copy
 *   of an outbound packet is the LAN, its second the tunnel device, and the reverse for
 *   inbound packets.
 * - the direction (sent / received by the gateway): ESP from the SA's outer addresses
 *   against the agent's outer addresses (AgentHello.interfaces), TCP from the orientation
 *   above, which compares the flow's addresses with the agent's inner addresses.
 * - the ESP length: IP length minus the IP (and UDP-encapsulation) header.
 */
import {
  type CaptureHealth,
  type GatewayCapture,
  GatewayCaptureAnalyzer,
  type GatewayCaptureOptions,
  L4,
  PacketView,
} from "@tunnelscope/analysis";
import {
  DigestKind,
  type EspSaSummary,
  type FlowDirectionSummary,
  int64ToBigInt,
  int64ToNumber,
  type SummaryBatch,
  Tap,
} from "@tunnelscope/protocol";

/** What the coordinator knows of an agent's host (from its AgentHello). */
export interface GatewayIdentity {
  /** Addresses of the outer (ESP) interfaces, 4 or 16 bytes each. */
  readonly outerAddresses: readonly Uint8Array[];
  /** Addresses of the inner (site) interfaces. */
  readonly innerAddresses: readonly Uint8Array[];
}

export interface DigestFeedResult {
  readonly capture: GatewayCapture;
  /** Digests turned into packets. */
  readonly digests: number;
  /** Digests that could not be used (unknown ref, unknown kind), counted. */
  readonly unusable: number;
  /** Sentences on what had to be derived and what could not be. */
  readonly notes: readonly string[];
}

/** Interface ids of the rebuilt capture. */
export const FEED_IFACE = { outer: 1, lan: 2, tunnel: 3 } as const;
const SLL2 = 276;
const OUT = 4;
const IN = 0;
/** Longest time a packet takes through one gateway, for pairing its two inner copies (µs). */
const PAIR_WINDOW_US = 2_000_000;

interface Row {
  readonly ts: number;
  readonly d: NonNullable<SummaryBatch["digests"]>[number];
  readonly flow: FlowDirectionSummary | undefined;
  readonly sa: EspSaSummary | undefined;
}

/** Builds the gateway view the engine needs from one agent's batches of one session. */
export function captureFromBatches(
  label: string,
  batches: readonly SummaryBatch[],
  identity: GatewayIdentity,
  options: GatewayCaptureOptions = {},
): DigestFeedResult {
  const notes: string[] = [];
  const rows: Row[] = [];
  let unusable = 0;
  const health: CaptureHealth = {
    packets: 0,
    decoded: 0,
    truncated: 0,
    malformed: 0,
    unknownLink: 0,
    unknownProtocol: 0,
    badRecords: 0,
    truncatedFile: false,
  };
  const sorted = [...batches].sort((x, y) => x.batchSeq - y.batchSeq);
  for (const b of sorted) {
    const h = b.health;
    if (h) {
      health.packets += int64ToNumber(h.packets);
      health.truncated += int64ToNumber(h.truncated);
      health.malformed += int64ToNumber(h.malformed);
      health.unknownProtocol += int64ToNumber(h.unknown);
      health.badRecords += int64ToNumber(h.kernelDrops) + int64ToNumber(h.interfaceDrops);
    }
    for (const d of b.digests ?? []) {
      const ref = d.ref ?? 0;
      const ts = Number(int64ToBigInt(d.timestampNs) / 1000n);
      if (d.kind === DigestKind.DIGEST_KIND_TCP) {
        const flow = ref > 0 ? b.flows?.[ref - 1] : undefined;
        if (flow?.flow?.srcAddr == null || flow.flow.dstAddr == null) {
          unusable++;
          continue;
        }
        rows.push({ ts, d, flow, sa: undefined });
      } else if (d.kind === DigestKind.DIGEST_KIND_ESP) {
        rows.push({ ts, d, flow: undefined, sa: ref > 0 ? b.sas?.[ref - 1] : undefined });
      } else unusable++;
    }
  }
  health.decoded = Math.max(0, health.packets - health.truncated - health.malformed - health.unknownProtocol);
  rows.sort((x, y) => x.ts - y.ts);

  const first = firstCopies(rows, identity);
  const gw = new GatewayCaptureAnalyzer(label, options);
  gw.setInterfaces([
    { id: FEED_IFACE.outer, name: "outer", linkType: SLL2, snaplen: 0 },
    { id: FEED_IFACE.lan, name: "lan (inferred)", linkType: SLL2, snaplen: 0 },
    { id: FEED_IFACE.tunnel, name: "tunnel (inferred)", linkType: SLL2, snaplen: 0 },
  ]);
  const pv = new PacketView();
  let unknownSaDir = 0;
  let unknownOrientation = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    const d = r.d;
    pv.reset();
    pv.ts = r.ts;
    pv.index = i;
    pv.linkType = SLL2;
    pv.ipTotalLen = d.ipLength ?? 0;
    pv.wireLen = pv.ipTotalLen;
    pv.ipId = d.ipId ?? 0;
    if (r.flow !== undefined) {
      const key = r.flow.flow;
      const v = setAddresses(pv, key?.srcAddr, key?.dstAddr);
      if (v === 0) continue;
      pv.ipProto = 6;
      pv.l4 = L4.Tcp;
      pv.srcPort = key?.srcPort ?? 0;
      pv.dstPort = key?.dstPort ?? 0;
      pv.tcpSeq = d.tcpSeq ?? 0;
      pv.tcpAck = d.tcpAck ?? 0;
      pv.payloadLen = d.tcpLen ?? 0;
      pv.tcpFlags = d.tcpFlags ?? 0;
      pv.tcpWindow = d.tcpWindow ?? 0;
      if ((pv.tcpFlags & 0x02) !== 0) {
        pv.tcpMss = r.flow.mss ? r.flow.mss : -1;
        pv.tcpWindowScale = typeof r.flow.windowScale === "number" ? r.flow.windowScale : -1;
      }
      if ((d.tap ?? 0) === Tap.TAP_OUTER) {
        pv.iface = FEED_IFACE.outer; // cleartext on the outer side: policy-based IPsec
      } else {
        const o = orientation(key?.srcAddr, key?.dstAddr, identity.innerAddresses);
        const isFirst = first[i] === 1;
        if (o === 0) {
          unknownOrientation++;
          pv.iface = isFirst ? FEED_IFACE.lan : FEED_IFACE.tunnel;
        } else if (o > 0) {
          pv.iface = isFirst ? FEED_IFACE.lan : FEED_IFACE.tunnel;
          pv.pktType = isFirst ? IN : OUT;
        } else {
          pv.iface = isFirst ? FEED_IFACE.tunnel : FEED_IFACE.lan;
          pv.pktType = isFirst ? IN : OUT;
        }
      }
    } else {
      const sa = r.sa;
      const encap = sa?.udpEncap === true;
      const v = setAddresses(pv, sa?.srcAddr, sa?.dstAddr);
      pv.iface = FEED_IFACE.outer;
      pv.l4 = L4.Esp;
      pv.espSpi = d.espSpi ?? sa?.spi ?? 0;
      pv.espSeq = d.espSeq ?? 0;
      pv.espUdpEncap = encap;
      pv.ipProto = encap ? 17 : 50;
      if (encap) {
        pv.srcPort = 4500;
        pv.dstPort = 4500;
      }
      pv.espLen = Math.max(0, pv.ipTotalLen - (v === 6 ? 40 : 20) - (encap ? 8 : 0));
      if (sa !== undefined && has(identity.outerAddresses, sa.srcAddr)) pv.pktType = OUT;
      else if (sa !== undefined && has(identity.outerAddresses, sa.dstAddr)) pv.pktType = IN;
      else unknownSaDir++;
    }
    gw.add(pv);
  }
  gw.setHealth(health);
  if (unknownSaDir > 0)
    notes.push(
      `${label}: direction of ${unknownSaDir} ESP packets unknown: the agent announced no outer address that matches their SA`,
    );
  if (unknownOrientation > 0)
    notes.push(
      `${label}: ${unknownOrientation} inner packets of flows not attributable to this site (no inner address announced): direction unknown`,
    );
  if (unusable > 0) notes.push(`${label}: ${unusable} digests without a flow/SA entry were not used`);
  return { capture: gw.finish(), digests: rows.length, unusable, notes };
}

/**
 * Marks which inner digests are the copy where the packet entered the gateway (1) and
 * which the copy where it left (0). Data segments: the first stream to carry a byte range
 * is the entry side, the second the exit side (a NIC may aggregate segments (GRO) so the
 * two sides cut the bytes differently); retransmissions and segments without payload
 * pair by digest hash instead (the first copy of a hash is the entry).
 */
function firstCopies(rows: readonly Row[], identity: GatewayIdentity): Uint8Array {
  const first = new Uint8Array(rows.length);
  const pending = new Map<bigint, number>();
  const streams = new Map<FlowDirectionSummary, { base: number; firstHigh: number; secondHigh: number }>();
  const byKey = new Map<string, { base: number; firstHigh: number; secondHigh: number }>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    const f = r.flow;
    if (f === undefined || (r.d.tap ?? 0) !== Tap.TAP_INNER) continue;
    const len = r.d.tcpLen ?? 0;
    const seq = r.d.tcpSeq ?? 0;
    if (len > 0 && identity.innerAddresses.length > 0) {
      let st = streams.get(f);
      if (st === undefined) {
        const k = flowKeyText(f);
        st = byKey.get(k);
        if (st === undefined) {
          st = { base: seq, firstHigh: 0, secondHigh: 0 };
          byKey.set(k, st);
        }
        streams.set(f, st);
      }
      const s0 = (seq - st.base) >>> 0;
      if (s0 < 0x8000_0000) {
        const e0 = s0 + len;
        if (s0 >= st.firstHigh) {
          first[i] = 1;
          st.firstHigh = e0;
          continue;
        }
        if (s0 >= st.secondHigh) {
          st.secondHigh = Math.max(st.secondHigh, e0);
          continue;
        }
      }
    }
    const key = int64ToBigInt(r.d.hash);
    const p = pending.get(key);
    if (p !== undefined && r.ts - (rows[p] as Row).ts <= PAIR_WINDOW_US) {
      pending.delete(key);
    } else {
      first[i] = 1;
      pending.set(key, i);
    }
  }
  return first;
}

function flowKeyText(f: FlowDirectionSummary): string {
  const k = f.flow;
  return `${k?.srcAddr?.join(".")}:${k?.srcPort}>${k?.dstAddr?.join(".")}:${k?.dstPort}`;
}

/** Fills the IP addresses; returns the IP version (0 when the addresses are unusable). */
function setAddresses(
  pv: PacketView,
  src: Uint8Array | null | undefined,
  dst: Uint8Array | null | undefined,
): number {
  if (src?.length === 4 && dst?.length === 4) {
    pv.ipVersion = 4;
    pv.src4 = word(src, 0);
    pv.dst4 = word(dst, 0);
    return 4;
  }
  if (src?.length === 16 && dst?.length === 16) {
    pv.ipVersion = 6;
    for (let k = 0; k < 4; k++) {
      pv.src6[k] = word(src, k * 4);
      pv.dst6[k] = word(dst, k * 4);
    }
    return 6;
  }
  return 0;
}

function word(b: Uint8Array, o: number): number {
  return (
    (((b[o] as number) << 24) |
      ((b[o + 1] as number) << 16) |
      ((b[o + 2] as number) << 8) |
      (b[o + 3] as number)) >>>
    0
  );
}

function has(list: readonly Uint8Array[], addr: Uint8Array | null | undefined): boolean {
  if (addr == null) return false;
  return list.some((a) => a.length === addr.length && a.every((x, k) => x === addr[k]));
}

/** Common prefix length in bits of two addresses of the same family (-1 otherwise). */
export function commonPrefix(x: Uint8Array, y: Uint8Array): number {
  if (x.length !== y.length) return -1;
  let bits = 0;
  for (let k = 0; k < x.length; k++) {
    const diff = (x[k] as number) ^ (y[k] as number);
    if (diff === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(diff) - 24;
  }
  return bits;
}

/**
 * +1 when the flow direction leaves this gateway's site (its source is closer to an inner
 * address than its destination), -1 when it enters it, 0 when unknown.
 */
function orientation(
  src: Uint8Array | null | undefined,
  dst: Uint8Array | null | undefined,
  inner: readonly Uint8Array[],
): number {
  if (src == null || dst == null || inner.length === 0) return 0;
  let s = -1;
  let t = -1;
  for (const a of inner) {
    s = Math.max(s, commonPrefix(src, a));
    t = Math.max(t, commonPrefix(dst, a));
  }
  return s > t ? 1 : t > s ? -1 : 0;
}
