/**
 * Collects what the correlation engine needs from ONE gateway's capture.
 *
 * Feed it every decoded packet (`add`), then `finish()`. It keeps a compact record of
 * every IP packet (bounded, see `RecordStore`), per-interface counters used to recognise
 * the taps, and the per-SA ESP analysis. Hot path on purpose: `add` allocates nothing
 * per packet except when a new flow/SA/interface appears.
 */
import { type CaptureHealth, type CaptureInterface, L4, type PacketView } from "../decode/packet.js";
import { EspAnalyzer, type EspSaResult } from "../esp/esp-analyzer.js";
import { TcpAnalyzer } from "../tcp/analyzer.js";
import type { TcpDirectionResult } from "../tcp/types.js";
import { EndpointTable } from "./keys.js";
import { mix32, RecKind, RecordStore } from "./records.js";
import { TIMELINE_BASE_US } from "./timeline.js";

/** Counters per interface (tap candidate) of one capture. */
export interface InterfaceCounters {
  readonly id: number;
  name: string | undefined;
  linkType: number;
  packets: number;
  /** Packets without an IP layer (ARP, LLDP, …). */
  nonIp: number;
  tcpIn: number;
  tcpOut: number;
  tcpUnknownDir: number;
  /** IP bytes of the TCP / ESP packets counted above. */
  tcpInBytes: number;
  tcpOutBytes: number;
  espInBytes: number;
  espOutBytes: number;
  espIn: number;
  espOut: number;
  espUnknownDir: number;
  /** IKE / NAT-T keepalive packets. */
  ike: number;
  /** Largest non-ESP IP packet. Bigger than any ESP packet could carry = GRO/TSO aggregate: a NIC, not a tunnel device. */
  largestIp: number;
  /** Largest ESP packet (IP total length). */
  largestEspIp: number;
  firstTs: number;
  lastTs: number;
}

/** Everything the engine reads from one capture; also what a digest feeder must build. */
export interface GatewayCapture {
  /** "a" or "b" as given on the command line / session. */
  readonly label: string;
  readonly records: RecordStore;
  readonly flows: EndpointTable;
  readonly sas: EndpointTable;
  readonly interfaces: readonly InterfaceCounters[];
  readonly esp: readonly EspSaResult[];
  /**
   * Wireshark-compatible TCP analysis per (tap, flow direction), so counts in the evidence
   * match the display filters it recommends; undefined when the feeder has none (digests).
   */
  readonly tcp: readonly TcpDirectionResult[] | undefined;
  readonly health: CaptureHealth | undefined;
  readonly firstTs: number;
  readonly lastTs: number;
  /** ESP packets of SAs the table had no room for, flows likewise. */
  readonly untracked: number;
}

export interface GatewayCaptureOptions {
  /** Records kept for matching (default 4 Mi ≈ 200 MB); more are counted as dropped. */
  readonly maxRecords?: number;
  /** Distinct TCP flow directions / SAs tracked (default 65536 each). */
  readonly maxFlows?: number;
}

const DEFAULT_MAX_RECORDS = 4 * 1024 * 1024;

export class GatewayCaptureAnalyzer {
  private readonly records: RecordStore;
  private readonly flows: EndpointTable;
  private readonly sas: EndpointTable;
  private readonly espAnalyzer = new EspAnalyzer();
  // 100 ms intervals feed the report's timelines (bounded: at most 65536 kept per capture).
  private readonly tcpAnalyzer = new TcpAnalyzer({ intervalUs: TIMELINE_BASE_US, maxIntervals: 65536 });
  private readonly ifaces = new Map<number, InterfaceCounters>();
  private lastIface: InterfaceCounters | undefined;
  private names = new Map<number, CaptureInterface>();
  private health: CaptureHealth | undefined;
  private firstTs = Number.POSITIVE_INFINITY;
  private lastTs = Number.NEGATIVE_INFINITY;
  private untracked = 0;

  constructor(
    readonly label: string,
    options: GatewayCaptureOptions = {},
  ) {
    this.records = new RecordStore(options.maxRecords ?? DEFAULT_MAX_RECORDS);
    this.flows = new EndpointTable(options.maxFlows ?? 65536);
    this.sas = new EndpointTable(options.maxFlows ?? 65536);
  }

  /** Interface descriptions from the capture file (names for pcapng `if_name`). */
  setInterfaces(interfaces: readonly CaptureInterface[]): void {
    for (const i of interfaces) {
      this.names.set(i.id, i);
      const c = this.ifaces.get(i.id);
      if (c !== undefined) c.name = i.name;
    }
  }

  setHealth(health: CaptureHealth): void {
    this.health = { ...health };
  }

  add(pv: PacketView): void {
    const c = this.counters(pv);
    c.packets++;
    if (pv.ts < this.firstTs) this.firstTs = pv.ts;
    if (pv.ts > this.lastTs) this.lastTs = pv.ts;
    if (c.packets === 1) c.firstTs = pv.ts;
    c.lastTs = pv.ts;
    if (pv.ipVersion === 0) {
      c.nonIp++;
      return;
    }
    if (pv.ipFragment && pv.ipFragOffset > 0) return; // later fragments carry no L4 header
    if (pv.ipTotalLen > c.largestIp && pv.l4 !== L4.Esp) c.largestIp = pv.ipTotalLen;
    const out = pv.pktType === 4;
    const inc = pv.pktType === 0;
    const l4 = pv.l4;
    if (l4 === L4.Tcp) this.tcpAnalyzer.add(pv);
    if (l4 === L4.Ike || l4 === L4.NatKeepalive) {
      c.ike++;
      return;
    }
    const r = this.records;
    const i = r.alloc();
    if (l4 === L4.Esp) {
      if (out) {
        c.espOut++;
        c.espOutBytes += pv.ipTotalLen;
      } else if (inc) {
        c.espIn++;
        c.espInBytes += pv.ipTotalLen;
      } else c.espUnknownDir++;
      if (pv.ipTotalLen > c.largestEspIp) c.largestEspIp = pv.ipTotalLen;
      this.espAnalyzer.add(pv);
    } else if (l4 === L4.Tcp) {
      if (out) {
        c.tcpOut++;
        c.tcpOutBytes += pv.ipTotalLen;
      } else if (inc) {
        c.tcpIn++;
        c.tcpInBytes += pv.ipTotalLen;
      } else c.tcpUnknownDir++;
    }
    if (i < 0) return;
    r.ts[i] = pv.ts;
    r.frame[i] = pv.index;
    r.iface[i] = pv.iface;
    r.dir[i] = pv.pktType;
    r.ipLen[i] = pv.ipTotalLen;
    r.ipId[i] = pv.ipId;
    r.key[i] = -1;
    r.seq[i] = 0;
    r.ack[i] = 0;
    r.payLen[i] = 0;
    r.flags[i] = 0;
    r.win[i] = 0;
    r.aux[i] = 0;
    if (l4 === L4.Tcp) {
      r.kind[i] = RecKind.Tcp;
      const key = this.flows.intern(pv, pv.srcPort, pv.dstPort);
      if (key < 0) this.untracked++;
      r.key[i] = key;
      r.seq[i] = pv.tcpSeq;
      r.ack[i] = pv.tcpAck;
      r.payLen[i] = pv.payloadLen;
      r.flags[i] = pv.tcpFlags;
      r.win[i] = pv.tcpWindow;
      if ((pv.tcpFlags & 0x02) !== 0) r.aux[i] = (pv.tcpMss + 1) * 256 + (pv.tcpWindowScale + 1);
      let h = addressHash(pv, (pv.srcPort << 16) | pv.dstPort);
      h = mix32(h, pv.tcpSeq);
      h = mix32(h, pv.tcpAck);
      h = mix32(h, pv.ipId);
      h = mix32(h, (pv.payloadLen << 8) | pv.tcpFlags);
      r.ident[i] = h;
    } else if (l4 === L4.Esp) {
      r.kind[i] = RecKind.Esp;
      const key = this.sas.intern(pv, pv.espSpi, 0);
      if (key < 0) this.untracked++;
      r.key[i] = key;
      r.seq[i] = pv.espSeq;
      r.payLen[i] = pv.espLen;
      r.ident[i] = mix32(pv.espSpi, pv.espSeq);
    } else if (pv.icmpMtu > 0 && (l4 === L4.Icmp || l4 === L4.Icmp6)) {
      r.kind[i] = RecKind.TooBig;
      r.aux[i] = pv.icmpMtu;
      r.key[i] = pv.icmpQuotedProto;
      r.seq[i] = pv.icmpQuotedSrc4;
      r.ack[i] = pv.icmpQuotedDst4;
      r.payLen[i] = pv.icmpQuotedLen;
      r.ipId[i] = ((pv.icmpQuotedSrcPort << 16) | pv.icmpQuotedDstPort) >>> 0;
      r.ident[i] = mix32(addressHash(pv, pv.ipProto), pv.ipId);
    } else {
      r.kind[i] = RecKind.Ip;
      r.ident[i] = mix32(addressHash(pv, pv.ipProto), (pv.ipId << 16) ^ pv.ipTotalLen);
    }
  }

  /** The collected view; the analyzer can keep receiving packets afterwards. */
  finish(): GatewayCapture {
    const empty = this.firstTs === Number.POSITIVE_INFINITY;
    return {
      label: this.label,
      records: this.records,
      flows: this.flows,
      sas: this.sas,
      interfaces: [...this.ifaces.values()].sort((x, y) => x.id - y.id).map((c) => ({ ...c })),
      esp: this.espAnalyzer.results(),
      tcp: this.tcpAnalyzer.finish().directions,
      health: this.health,
      firstTs: empty ? 0 : this.firstTs,
      lastTs: empty ? 0 : this.lastTs,
      untracked: this.untracked + this.espAnalyzer.untrackedPackets,
    };
  }

  private counters(pv: PacketView): InterfaceCounters {
    const last = this.lastIface;
    if (last !== undefined && last.id === pv.iface) return last;
    let c = this.ifaces.get(pv.iface);
    if (c === undefined) {
      c = emptyInterfaceCounters(pv.iface, this.names.get(pv.iface)?.name, pv.linkType, pv.ts);
      this.ifaces.set(pv.iface, c);
    }
    this.lastIface = c;
    return c;
  }
}

/** Zeroed counters for an interface first seen at `ts` (one definition of their starting values). */
export function emptyInterfaceCounters(
  id: number,
  name: string | undefined,
  linkType: number,
  ts: number,
): InterfaceCounters {
  return {
    id,
    name,
    linkType,
    packets: 0,
    nonIp: 0,
    tcpIn: 0,
    tcpOut: 0,
    tcpUnknownDir: 0,
    tcpInBytes: 0,
    tcpOutBytes: 0,
    espInBytes: 0,
    espOutBytes: 0,
    espIn: 0,
    espOut: 0,
    espUnknownDir: 0,
    ike: 0,
    largestIp: 0,
    largestEspIp: 0,
    firstTs: ts,
    lastTs: ts,
  };
}

function addressHash(pv: PacketView, seed: number): number {
  let h = mix32(pv.ipVersion, seed);
  if (pv.ipVersion === 4) return mix32(mix32(h, pv.src4), pv.dst4);
  for (let i = 0; i < 4; i++) h = mix32(h, pv.src6[i] as number);
  for (let i = 0; i < 4; i++) h = mix32(h, pv.dst6[i] as number);
  return h;
}
