/**
 * Rebuilds one gateway's capture view from its agent's SummaryBatches, for the same
 * engine `analyze` runs on pcap files (`GatewayCaptureAnalyzer` → `correlate`).
 *
 * Every PacketDigest becomes one `PacketView` (one reused view, as the decoder does):
 * header fields from the digest, addresses/ports from the batch's flow or SA summary it
 * refers to (ICMP too-big digests carry their own). Pure: no I/O, no logging.
 *
 * Digests from current agents say where and which way a packet went: `interface` (the
 * capture's own interface number, kept as the view's `iface` so the engine recognises the
 * taps from the traffic exactly as `analyze` does), `direction` (→ SLL packet type),
 * `esp_length` and the SYN options. An interface the batch's table marks TAP_TUNNEL is
 * named so the engine's tunnel-device hint applies.
 *
 * Older agents' digests (no `interface`) carry none of that; it is derived (see README,
 * "Proto gaps"), and so is a direction a capture could not tell (Ethernet on one
 * interface):
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
 *
 * Below sampling rate 1 (`SampledView`), the view holds whole trajectories only: a TCP
 * digest when its hash is selected, an ESP digest when the cleartext packet it carried
 * (`inner_hash`, paired by the agent) is selected — or, unpaired, when the other agent
 * paired the same ESP packet with a selected one, or else its own hash is selected. The
 * agents' pairings become transit links (`setTransitLinks`), so the engine follows each
 * sampled packet through a gateway by identity, not by the order of a sample. Digests of
 * a full-rate dump outside that sample are left out of the view (their packets have no
 * trajectory on the other taps).
 */
import {
  type CaptureHealth,
  type CaptureInterface,
  emptyCaptureHealth,
  type GatewayCapture,
  GatewayCaptureAnalyzer,
  type GatewayCaptureOptions,
  L4,
  PacketView,
  setTransitLinks,
} from "@tunnelscope/analysis";
import {
  type CaptureInterfaceRole,
  DigestKind,
  type EspSaSummary,
  type FlowDirectionSummary,
  type IcmpTooBig,
  int64ToBigInt,
  int64ToNumber,
  PacketDirection,
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

/** The sample a live session ran at, for a view of whole trajectories below rate 1. */
export interface SampledView {
  /** Sampling threshold on the upper 32 hash bits, 0..2^32 (as the agents apply it). */
  readonly threshold: number;
  /** Digest hashes of the SYN segments this agent sent (always digested, whatever their hash). */
  readonly syn?: ReadonlySet<bigint>;
  /** The other agent's paired ESP digests (`espPairings` of its batches). */
  readonly peer: ReadonlyMap<string, boolean>;
}

/** Upper 32 bits of a digest hash. */
function hashHi(h: SummaryBatch["digests"][number]["hash"] | null | undefined): number {
  return Number(int64ToBigInt(h ?? 0) >> 32n);
}

/**
 * The ESP packets an agent paired with a cleartext packet, by `spi/seq`: true when the
 * cleartext packet is selected at `threshold`.
 */
export function espPairings(batches: readonly SummaryBatch[], threshold: number): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const syn = synHashes(batches);
  for (const b of batches)
    for (const d of b.digests ?? []) {
      const inner = int64ToBigInt(d.innerHash ?? 0);
      if (d.kind !== DigestKind.DIGEST_KIND_ESP || inner === 0n) continue;
      out.set(`${d.espSpi ?? 0}/${d.espSeq ?? 0}`, hashHi(d.innerHash) < threshold || syn.has(inner));
    }
  return out;
}

/** Digest hashes of the SYN segments in an agent's batches (agents digest every SYN). */
export function synHashes(batches: readonly SummaryBatch[]): Set<bigint> {
  const out = new Set<bigint>();
  for (const b of batches)
    for (const d of b.digests ?? [])
      if (d.kind === DigestKind.DIGEST_KIND_TCP && ((d.tcpFlags ?? 0) & 0x02) !== 0)
        out.add(int64ToBigInt(d.hash));
  return out;
}

/**
 * True when a digest belongs to the consistent sample (see the module comment). An
 * unpaired ESP digest of a full-rate dump is in it only when the other agent paired the
 * packet with a selected one: the dump names no pairing, and its own hash says nothing.
 */
function inSample(d: SummaryBatch["digests"][number], view: SampledView, dump: boolean): boolean {
  if (d.kind === DigestKind.DIGEST_KIND_TCP)
    return hashHi(d.hash) < view.threshold || ((d.tcpFlags ?? 0) & 0x02) !== 0;
  if (d.kind !== DigestKind.DIGEST_KIND_ESP) return true;
  const inner = int64ToBigInt(d.innerHash ?? 0);
  if (inner !== 0n) return hashHi(d.innerHash) < view.threshold || view.syn?.has(inner) === true;
  const peer = view.peer.get(`${d.espSpi ?? 0}/${d.espSeq ?? 0}`);
  return peer === true || (!dump && peer === undefined && hashHi(d.hash) < view.threshold);
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

/**
 * Interface ids of the rebuilt capture for digests that name no interface (older agents);
 * digests that do keep theirs.
 */
export const FEED_IFACE = { outer: 1, lan: 2, tunnel: 3 } as const;
/** Where the inferred interfaces go when the same capture also has named ones. */
const INFERRED_BASE = 0x6000_0000;
/** The engine keeps interface ids as int32: larger ones (agent-assigned) are folded here. */
const LARGE_BASE = 0x7000_0000;
const SLL2 = 276;
const OUT = 4;
const IN = 0;
/** Longest time a packet takes through one gateway, for pairing its two inner copies (µs). */
const PAIR_WINDOW_US = 2_000_000;
/** Names the engine takes as a tunnel device (packages/analysis correlate/taps.ts). */
const TUNNEL_NAME = /^(ipsec|vti|xfrm|tun|ppp|gre)/i;

type Digest = NonNullable<SummaryBatch["digests"]>[number];

interface Row {
  readonly ts: number;
  readonly d: Digest;
  readonly flow: FlowDirectionSummary | undefined;
  readonly sa: EspSaSummary | undefined;
}

/** The digest's interface number, or undefined from an agent that sends none. */
function interfaceOf(d: Digest): number | undefined {
  return typeof d.interface === "number" ? d.interface : undefined;
}

/** A digest interface number as the engine's (int32) interface id. */
function engineIface(id: number): number {
  return id < LARGE_BASE ? id : LARGE_BASE + (id & 0xffff);
}

function pktTypeOf(d: Digest): number {
  const dir = d.direction ?? 0;
  return dir === PacketDirection.PACKET_DIRECTION_OUTGOING
    ? OUT
    : dir === PacketDirection.PACKET_DIRECTION_INCOMING
      ? IN
      : -1;
}

/** Builds the gateway view the engine needs from one agent's batches of one session. */
export function captureFromBatches(
  label: string,
  batches: readonly SummaryBatch[],
  identity: GatewayIdentity,
  options: GatewayCaptureOptions = {},
  sampled?: SampledView,
): DigestFeedResult {
  const notes: string[] = [];
  const rows: Row[] = [];
  const roles = new Map<number, CaptureInterfaceRole>();
  let unusable = 0;
  let named = 0;
  const health: CaptureHealth = emptyCaptureHealth();
  const sorted = [...batches].sort((x, y) => x.batchSeq - y.batchSeq);
  const owners = new FlowOwners(sorted);
  let attributed = 0;
  let repeated = 0;
  let outside = 0;
  let linkedEsp = 0;
  // An ESP digest sent in a later batch than its packet (the agent settles transit late)
  // may find its SA summary only in another batch.
  const saBySpi = new Map<number, EspSaSummary>();
  for (const b of sorted)
    for (const sa of b.sas ?? []) if (!saBySpi.has(sa.spi ?? 0)) saBySpi.set(sa.spi ?? 0, sa);
  for (const b of sorted) {
    const h = b.health;
    if (h) {
      health.packets += int64ToNumber(h.packets);
      health.truncated += int64ToNumber(h.truncated);
      health.malformed += int64ToNumber(h.malformed);
      health.unknownProtocol += int64ToNumber(h.unknown);
      health.badRecords += int64ToNumber(h.kernelDrops) + int64ToNumber(h.interfaceDrops);
    }
    for (const i of b.interfaces ?? []) {
      const id = i.id ?? 0;
      const prev = roles.get(id);
      roles.set(id, {
        id,
        name: i.name || prev?.name || "",
        role: i.role || prev?.role || Tap.TAP_UNSPECIFIED,
      });
    }
    // Older agents could repeat a digest inside a full-rate batch: each packet counts once.
    const once = b.digestsFullRate === true ? new Set<string>() : undefined;
    for (const d of b.digests ?? []) {
      if (once !== undefined) {
        const k = `${int64ToBigInt(d.hash)}/${int64ToBigInt(d.timestampNs)}/${d.interface}`;
        if (once.has(k)) {
          repeated++;
          continue;
        }
        once.add(k);
      }
      if (sampled !== undefined && !inSample(d, sampled, b.digestsFullRate === true)) {
        outside++;
        continue;
      }
      const ref = d.ref ?? 0;
      const ts = Number(int64ToBigInt(d.timestampNs) / 1000n);
      if (interfaceOf(d) !== undefined) named++;
      if (d.kind === DigestKind.DIGEST_KIND_TCP) {
        let flow = ref > 0 ? b.flows?.[ref - 1] : undefined;
        if (flow?.flow?.srcAddr == null || flow.flow.dstAddr == null) {
          flow = owners.owner(d);
          if (flow === undefined) {
            unusable++;
            continue;
          }
          attributed++;
        }
        rows.push({ ts, d, flow, sa: undefined });
      } else if (d.kind === DigestKind.DIGEST_KIND_ESP) {
        const sa = (ref > 0 ? b.sas?.[ref - 1] : undefined) ?? saBySpi.get(d.espSpi ?? 0);
        if (int64ToBigInt(d.innerHash ?? 0) !== 0n) linkedEsp++;
        rows.push({ ts, d, flow: undefined, sa });
      } else if (d.kind === DigestKind.DIGEST_KIND_ICMP_TOO_BIG && d.icmpTooBig != null) {
        rows.push({ ts, d, flow: undefined, sa: undefined });
      } else unusable++;
    }
  }
  health.decoded = Math.max(0, health.packets - health.truncated - health.malformed - health.unknownProtocol);
  rows.sort((x, y) => x.ts - y.ts);

  const inferred = named === 0 ? 0 : INFERRED_BASE;
  const iOuter = inferred + FEED_IFACE.outer;
  const iLan = inferred + FEED_IFACE.lan;
  const iTunnel = inferred + FEED_IFACE.tunnel;
  const first = firstCopies(rows, identity);
  const gw = new GatewayCaptureAnalyzer(label, options);
  gw.setInterfaces(interfaceList(roles, named < rows.length, [iOuter, iLan, iTunnel]));
  const pv = new PacketView();
  let unknownSaDir = 0;
  let unknownOrientation = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    const d = r.d;
    const iface = interfaceOf(d);
    pv.reset();
    pv.ts = r.ts;
    pv.index = i;
    pv.linkType = SLL2;
    pv.ipTotalLen = d.ipLength ?? 0;
    pv.wireLen = pv.ipTotalLen;
    pv.ipId = d.ipId ?? 0;
    if (iface !== undefined) {
      pv.iface = engineIface(iface);
      pv.pktType = pktTypeOf(d);
    }
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
        if (iface !== undefined) {
          pv.tcpMss = d.tcpMss ? d.tcpMss : -1;
          pv.tcpWindowScale = typeof d.tcpWindowScale === "number" ? d.tcpWindowScale : -1;
          pv.tcpSackPermitted = d.tcpSackPermitted === true;
        } else {
          pv.tcpMss = r.flow.mss ? r.flow.mss : -1;
          pv.tcpWindowScale = typeof r.flow.windowScale === "number" ? r.flow.windowScale : -1;
        }
      }
      if (iface !== undefined && pv.pktType >= 0) {
        // where and which way: as captured
      } else if ((d.tap ?? 0) === Tap.TAP_OUTER) {
        if (iface === undefined) pv.iface = iOuter; // cleartext on the outer side: policy-based IPsec
      } else {
        const o = orientation(key?.srcAddr, key?.dstAddr, identity.innerAddresses);
        const isFirst = first[i] === 1;
        const role = iface === undefined ? Tap.TAP_UNSPECIFIED : (roles.get(iface)?.role ?? 0);
        if (o === 0) unknownOrientation++;
        if (iface !== undefined) {
          // The capture said where, not which way (e.g. Ethernet on one interface).
          if (o !== 0 && role === Tap.TAP_INNER) pv.pktType = o > 0 ? IN : OUT;
          else if (o !== 0 && role === Tap.TAP_TUNNEL) pv.pktType = o > 0 ? OUT : IN;
          else pv.pktType = isFirst ? IN : OUT;
        } else if (o === 0) {
          pv.iface = isFirst ? iLan : iTunnel;
        } else if (o > 0) {
          pv.iface = isFirst ? iLan : iTunnel;
          pv.pktType = isFirst ? IN : OUT;
        } else {
          pv.iface = isFirst ? iTunnel : iLan;
          pv.pktType = isFirst ? IN : OUT;
        }
      }
    } else if (r.sa !== undefined || d.kind === DigestKind.DIGEST_KIND_ESP) {
      const sa = r.sa;
      const encap = sa?.udpEncap === true;
      const v = setAddresses(pv, sa?.srcAddr, sa?.dstAddr);
      if (iface === undefined) pv.iface = iOuter;
      pv.l4 = L4.Esp;
      pv.espSpi = d.espSpi ?? sa?.spi ?? 0;
      pv.espSeq = d.espSeq ?? 0;
      pv.espUdpEncap = encap;
      pv.ipProto = encap ? 17 : 50;
      if (encap) {
        pv.srcPort = 4500;
        pv.dstPort = 4500;
      }
      pv.espLen = d.espLength
        ? d.espLength
        : Math.max(0, pv.ipTotalLen - (v === 6 ? 40 : 20) - (encap ? 8 : 0));
      if (pv.pktType >= 0) {
        // as captured
      } else if (sa !== undefined && has(identity.outerAddresses, sa.srcAddr)) pv.pktType = OUT;
      else if (sa !== undefined && has(identity.outerAddresses, sa.dstAddr)) pv.pktType = IN;
      else unknownSaDir++;
    } else {
      if (!setTooBig(pv, d.icmpTooBig as IcmpTooBig)) continue;
      if (iface === undefined) pv.iface = (d.tap ?? 0) === Tap.TAP_OUTER ? iOuter : iLan;
    }
    gw.add(pv);
  }
  gw.setHealth(health);
  let capture = gw.finish();
  if (sampled !== undefined) {
    setTransitLinks(capture.records, transitKeys(capture.records, rows));
    // A sample's last digest is not where the capture ended: the agent captured until its
    // last batch's interval end, and packets due by then and not seen are lost, not unknown.
    let endUs = Number.NEGATIVE_INFINITY;
    for (const b of sorted) endUs = Math.max(endUs, Number(int64ToBigInt(b.intervalEndNs) / 1000n));
    if (endUs > capture.lastTs && rows.length > 0) capture = { ...capture, lastTs: endUs };
  }
  if (unknownSaDir > 0)
    notes.push(
      `${label}: direction of ${unknownSaDir} ESP packets unknown: the agent announced no outer address that matches their SA`,
    );
  if (unknownOrientation > 0)
    notes.push(
      `${label}: ${unknownOrientation} inner packets of flows not attributable to this site (no inner address announced): direction unknown`,
    );
  if (named < rows.length)
    notes.push(
      `${label}: ${rows.length - named} digests name no capture interface (an older agent): LAN and tunnel-device copies and their direction were inferred`,
    );
  if (repeated > 0)
    notes.push(
      `${label}: ${repeated} digests repeated within a full-rate batch (an older agent) were used once`,
    );
  if (attributed > 0)
    notes.push(
      `${label}: ${attributed} TCP digests named no flow entry (a tunnel-device tap beside a LAN tap); their flow was found by digest hash or sequence numbers`,
    );
  if (unusable > 0) notes.push(`${label}: ${unusable} digests without a flow/SA entry were not used`);
  if (sampled !== undefined)
    notes.push(
      `${label}: ${linkedEsp} ESP digests name the cleartext packet the agent paired them with: ` +
        "gateway transit follows those pairs" +
        (outside > 0
          ? `; ${outside} digests of full-rate dumps outside the sample were left out of the view`
          : ""),
    );
  return { capture, digests: rows.length, unusable, notes };
}

/**
 * Transit link keys per record (`setTransitLinks`): a TCP record's digest hash, an ESP
 * record's `inner_hash`, as small integers (equal = the same packet); -1 none.
 */
function transitKeys(records: GatewayCapture["records"], rows: readonly Row[]): Int32Array {
  const keys = new Int32Array(records.length).fill(-1);
  const ids = new Map<bigint, number>();
  const id = (h: bigint): number => {
    let k = ids.get(h);
    if (k === undefined) {
      k = ids.size;
      ids.set(h, k);
    }
    return k;
  };
  for (let i = 0; i < records.length; i++) {
    const row = rows[records.frame[i] as number];
    if (row === undefined) continue;
    const d = row.d;
    if (d.kind === DigestKind.DIGEST_KIND_TCP) keys[i] = id(int64ToBigInt(d.hash));
    else if (d.kind === DigestKind.DIGEST_KIND_ESP) {
      const inner = int64ToBigInt(d.innerHash ?? 0);
      if (inner !== 0n) keys[i] = id(inner);
    }
  }
  return keys;
}

/** Sequence numbers a flow's ref-less digests may lie beyond what its own digests covered. */
const SEQ_SLACK = 1 << 22;

interface Span {
  base: number;
  lo: number;
  hi: number;
}

function widen(span: Span | undefined, v: number, len: number): Span {
  if (span === undefined) return { base: v, lo: 0, hi: len };
  const off = (v - span.base) | 0;
  if (off < span.lo) span.lo = off;
  if (off + len > span.hi) span.hi = off + len;
  return span;
}

/** How far `v` lies outside the span (0 inside), or -1 when beyond the slack. */
function distance(span: Span | undefined, v: number): number {
  if (span === undefined) return -1;
  const off = (v - span.base) | 0;
  const d = off < span.lo ? span.lo - off : off > span.hi ? off - span.hi : 0;
  return d <= SEQ_SLACK ? d : -1;
}

interface Owned {
  readonly flow: FlowDirectionSummary;
  seq: Span | undefined;
  ack: Span | undefined;
}

/**
 * The flow of a TCP digest that names none. An agent capturing a tunnel device beside a
 * LAN tap digests the device's copies without a flow entry (its flow summaries come from
 * the LAN side only), so the flow is found from the digests that do name one: first the
 * same packet on another tap (equal digest hash), else the flow whose sequence and
 * acknowledgement numbers the digest continues (segments aggregated differently on the
 * two taps have different hashes, but the same byte numbers).
 */
class FlowOwners {
  private readonly byHash = new Map<bigint, FlowDirectionSummary>();
  private readonly flows: Owned[] = [];

  constructor(batches: readonly SummaryBatch[]) {
    const byKey = new Map<string, Owned>();
    for (const b of batches) {
      for (const d of b.digests ?? []) {
        const ref = d.ref ?? 0;
        if (d.kind !== DigestKind.DIGEST_KIND_TCP || ref <= 0) continue;
        const flow = b.flows?.[ref - 1];
        if (flow?.flow?.srcAddr == null || flow.flow.dstAddr == null) continue;
        const key = flowKeyText(flow);
        let o = byKey.get(key);
        if (o === undefined) {
          o = { flow, seq: undefined, ack: undefined };
          byKey.set(key, o);
          this.flows.push(o);
        }
        this.byHash.set(int64ToBigInt(d.hash), o.flow);
        o.seq = widen(o.seq, d.tcpSeq ?? 0, d.tcpLen ?? 0);
        if (((d.tcpFlags ?? 0) & 0x10) !== 0) o.ack = widen(o.ack, d.tcpAck ?? 0, 0);
      }
    }
  }

  owner(d: Digest): FlowDirectionSummary | undefined {
    const same = this.byHash.get(int64ToBigInt(d.hash));
    if (same !== undefined) return same;
    const acks = ((d.tcpFlags ?? 0) & 0x10) !== 0;
    let best: Owned | undefined;
    let bestD = Number.POSITIVE_INFINITY;
    for (const o of this.flows) {
      const ds = distance(o.seq, d.tcpSeq ?? 0);
      if (ds < 0) continue;
      const da = acks ? distance(o.ack, d.tcpAck ?? 0) : 0;
      if (da < 0) continue;
      if (ds + da < bestD) {
        bestD = ds + da;
        best = o;
      }
    }
    return best?.flow;
  }
}

/**
 * The interfaces of the rebuilt capture: those the agent listed (names kept; one it marks
 * as a tunnel device named so the engine's name hint applies), plus the inferred ones when
 * some digests name no interface.
 */
function interfaceList(
  roles: ReadonlyMap<number, CaptureInterfaceRole>,
  withInferred: boolean,
  [outer, lan, tunnel]: readonly [number, number, number],
): CaptureInterface[] {
  const out: CaptureInterface[] = [];
  for (const [id, r] of roles) {
    let name: string | undefined = r.name ? r.name : undefined;
    if (r.role === Tap.TAP_TUNNEL && (name === undefined || !TUNNEL_NAME.test(name)))
      name = `tunnel (${name ?? `if ${id}`})`;
    out.push({ id: engineIface(id), name, linkType: SLL2, snaplen: 0 });
  }
  if (withInferred)
    out.push(
      { id: outer, name: "outer", linkType: SLL2, snaplen: 0 },
      { id: lan, name: "lan (inferred)", linkType: SLL2, snaplen: 0 },
      { id: tunnel, name: "tunnel (inferred)", linkType: SLL2, snaplen: 0 },
    );
  return out;
}

/** Fills an ICMP too-big view from its digest; false when its addresses are unusable. */
function setTooBig(pv: PacketView, t: IcmpTooBig): boolean {
  const v = setAddresses(pv, t.srcAddr, t.dstAddr);
  if (v === 0) return false;
  pv.l4 = v === 4 ? L4.Icmp : L4.Icmp6;
  pv.ipProto = v === 4 ? 1 : 58;
  pv.icmpType = v === 4 ? 3 : 2;
  pv.icmpCode = v === 4 ? 4 : 0;
  pv.icmpMtu = t.mtu ?? 0;
  pv.icmpQuotedProto = t.quotedProtocol ?? 0;
  pv.icmpQuotedLen = t.quotedLength ?? 0;
  pv.icmpQuotedSrcPort = t.quotedSrcPort ?? 0;
  pv.icmpQuotedDstPort = t.quotedDstPort ?? 0;
  const qs = t.quotedSrcAddr;
  const qd = t.quotedDstAddr;
  if (qs?.length === 4 && qd?.length === 4) {
    pv.icmpQuotedSrc4 = word(qs, 0);
    pv.icmpQuotedDst4 = word(qd, 0);
  } else if (qs?.length === 16 && qd?.length === 16) {
    for (let k = 0; k < 4; k++) {
      pv.icmpQuotedSrc6[k] = word(qs, k * 4);
      pv.icmpQuotedDst6[k] = word(qd, k * 4);
    }
  }
  return true;
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
