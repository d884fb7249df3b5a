/**
 * The decoded form of one captured packet.
 *
 * Hot path on purpose (guarded by `npm run bench`): the decoder owns ONE `PacketView`
 * and overwrites it for every packet, so decoding allocates nothing per packet.
 * Consumers must copy what they keep. Addresses are numbers (IPv4) or words in
 * preallocated arrays (IPv6); nothing here is a string. Payload bytes are never kept:
 * only their length.
 */

/** Status of one decode: anything but `Ok` is counted in capture health, never thrown. */
export const DecodeStatus = {
  Ok: 0,
  /** The frame ended before a header it announced (snaplen cut inside a header). */
  Truncated: 1,
  /** A header contradicts itself (bad version, header length shorter than minimum, …). */
  Malformed: 2,
  /** Link type the decoder does not know. */
  UnknownLink: 3,
  /** Network/transport protocol not decoded (ARP, IPX, …): counted, not an error. */
  UnknownProtocol: 4,
} as const;
export type DecodeStatus = (typeof DecodeStatus)[keyof typeof DecodeStatus];

/** Transport kinds the analysis cares about (`PacketView.l4`). */
export const L4 = {
  None: 0,
  Icmp: 1,
  Tcp: 6,
  Udp: 17,
  /** ESP over IP protocol 50, or UDP-encapsulated on port 4500 (`espUdpEncap`). */
  Esp: 50,
  Icmp6: 58,
  /** IKE on UDP 500/4500 (non-ESP marker); the UDP fields are filled. */
  Ike: 1000,
  /** NAT-T keepalive (single 0xff byte on UDP 4500). */
  NatKeepalive: 1001,
} as const;

/** TCP flag bits as on the wire (`PacketView.tcpFlags`). */
export const TcpFlag = {
  FIN: 0x01,
  SYN: 0x02,
  RST: 0x04,
  PSH: 0x08,
  ACK: 0x10,
  URG: 0x20,
  ECE: 0x40,
  CWR: 0x80,
} as const;

/** Linux SLL/SLL2 packet types (`PacketView.pktType`). */
export const PktType = {
  Unknown: -1,
  Host: 0,
  Broadcast: 1,
  Multicast: 2,
  OtherHost: 3,
  Outgoing: 4,
} as const;

export class PacketView {
  // ── frame ──────────────────────────────────────────────────────────────
  /** Capture timestamp in microseconds since the Unix epoch (ns captures are rounded down). */
  ts = 0;
  /** 0-based record number in the capture (frame.number - 1). */
  index = 0;
  /**
   * The tap this packet was seen on, unique within one capture: pcapng interface id,
   * or for SLL2 the kernel ifindex (for SLL, which has no ifindex, 0).
   * See `CaptureInterface` for its name when the file carries one.
   */
  iface = 0;
  /** pcap/pcapng link type of the record (1 Ethernet, 113 SLL, 276 SLL2, 101 raw, 0 null…). */
  linkType = 0;
  /** SLL/SLL2 packet type: 4 = sent by this host, 0 = to this host; -1 when the link has none. */
  pktType = -1;
  /** Bytes captured for this record. */
  capLen = 0;
  /** Original length on the wire. */
  wireLen = 0;
  /**
   * The record's bytes are `frameBytes[frameOffset .. frameOffset + capLen)`; valid only during
   * the reader's callback (the buffer is reused). Null when the view was not filled by a reader.
   */
  frameBytes: Uint8Array | null = null;
  frameOffset = 0;
  /** Outcome of decoding this record (one of `DecodeStatus`); `l4` is set only when `Ok`. */
  status: DecodeStatus = DecodeStatus.Ok;
  /** Innermost 802.1Q/802.1ad VLAN id of an Ethernet frame, or -1 when untagged. */
  vlanId = -1;

  // ── network ────────────────────────────────────────────────────────────
  /** 4, 6, or 0 when there is no IP layer. */
  ipVersion = 0;
  /** IPv4 source/destination as unsigned 32-bit numbers (0 for IPv6). */
  src4 = 0;
  dst4 = 0;
  /**
   * IPv6 source/destination as four big-endian 32-bit words each (zeros for IPv4).
   * `reset()` clears them only when `ipVersion` is 6: set `ipVersion` when writing them.
   */
  readonly src6 = new Uint32Array(4);
  readonly dst6 = new Uint32Array(4);
  /** IPv4 identification (0 for IPv6 unless a fragment header carries one). */
  ipId = 0;
  ttl = 0;
  /** IPv4 total length / IPv6 40 + payload length, as the header says. */
  ipTotalLen = 0;
  /** True for any fragment (MF set or offset > 0, or an IPv6 fragment header). */
  ipFragment = false;
  /** Fragment offset in bytes. */
  ipFragOffset = 0;
  /** IPv4 DF bit. */
  ipDontFragment = false;
  /** Final protocol number after IPv6 extension headers. */
  ipProto = 0;
  /** Offset of the IP header in the frame (bytes). */
  ipOffset = 0;

  // ── transport ──────────────────────────────────────────────────────────
  /** One of `L4`. */
  l4 = 0;
  srcPort = 0;
  dstPort = 0;
  /** Transport payload length computed from the IP header (not from the capture: snaplen cuts payloads). */
  payloadLen = 0;

  // TCP
  tcpSeq = 0;
  tcpAck = 0;
  tcpFlags = 0;
  /** Raw window field (unscaled). */
  tcpWindow = 0;
  tcpHeaderLen = 0;
  /** MSS option or -1. */
  tcpMss = -1;
  /** Window-scale shift option or -1. */
  tcpWindowScale = -1;
  tcpSackPermitted = false;
  /** Timestamps option present. */
  tcpHasTimestamps = false;
  tcpTsVal = 0;
  tcpTsEcr = 0;
  /** Number of SACK blocks (0–4); edges in `tcpSack` as [left0, right0, left1, right1, …]. */
  tcpSackCount = 0;
  readonly tcpSack = new Float64Array(8);
  /** True when options were cut by the snaplen (the fields above are then partial). */
  tcpOptionsTruncated = false;

  // ESP
  espSpi = 0;
  espSeq = 0;
  /** ESP bytes from the SPI to the end (the IP payload, or the UDP payload when encapsulated). */
  espLen = 0;
  espUdpEncap = false;

  // ICMP / ICMPv6
  icmpType = 0;
  icmpCode = 0;
  /** Next-hop MTU of a fragmentation-needed (v4) or packet-too-big (v6); 0 otherwise. */
  icmpMtu = 0;
  /** The quoted packet's protocol, addresses and ports, when the quote has them (0 otherwise). */
  icmpQuotedProto = 0;
  icmpQuotedSrc4 = 0;
  icmpQuotedDst4 = 0;
  icmpQuotedSrcPort = 0;
  icmpQuotedDstPort = 0;
  icmpQuotedLen = 0;
  /** The quoted IPv6 packet's addresses (ICMPv6), as four big-endian 32-bit words each. */
  readonly icmpQuotedSrc6 = new Uint32Array(4);
  readonly icmpQuotedDst6 = new Uint32Array(4);

  /** Reset every field to its default before decoding the next record. */
  reset(): void {
    // The address arrays are only written together with ipVersion 6 / a quoted header, so
    // they are cleared only then (fill() is the costliest part of a reset).
    if (this.ipVersion === 6) {
      this.src6.fill(0);
      this.dst6.fill(0);
    }
    if (this.icmpQuotedLen !== 0) {
      this.icmpQuotedSrc6.fill(0);
      this.icmpQuotedDst6.fill(0);
    }
    this.ts = 0;
    this.iface = 0;
    this.linkType = 0;
    this.pktType = -1;
    this.capLen = 0;
    this.wireLen = 0;
    this.status = DecodeStatus.Ok;
    this.vlanId = -1;
    this.ipVersion = 0;
    this.src4 = 0;
    this.dst4 = 0;
    this.ipId = 0;
    this.ttl = 0;
    this.ipTotalLen = 0;
    this.ipFragment = false;
    this.ipFragOffset = 0;
    this.ipDontFragment = false;
    this.ipProto = 0;
    this.ipOffset = 0;
    this.l4 = 0;
    this.srcPort = 0;
    this.dstPort = 0;
    this.payloadLen = 0;
    this.tcpSeq = 0;
    this.tcpAck = 0;
    this.tcpFlags = 0;
    this.tcpWindow = 0;
    this.tcpHeaderLen = 0;
    this.tcpMss = -1;
    this.tcpWindowScale = -1;
    this.tcpSackPermitted = false;
    this.tcpHasTimestamps = false;
    this.tcpTsVal = 0;
    this.tcpTsEcr = 0;
    this.tcpSackCount = 0;
    this.tcpOptionsTruncated = false;
    this.espSpi = 0;
    this.espSeq = 0;
    this.espLen = 0;
    this.espUdpEncap = false;
    this.icmpType = 0;
    this.icmpCode = 0;
    this.icmpMtu = 0;
    this.icmpQuotedProto = 0;
    this.icmpQuotedSrc4 = 0;
    this.icmpQuotedDst4 = 0;
    this.icmpQuotedSrcPort = 0;
    this.icmpQuotedDstPort = 0;
    this.icmpQuotedLen = 0;
  }
}

/** One capture interface (tap) as the file describes it. */
export interface CaptureInterface {
  /** Same number as `PacketView.iface`. */
  readonly id: number;
  /** Interface name (`if_name` in pcapng); undefined when the file has none (pcap, SLL). */
  readonly name: string | undefined;
  readonly linkType: number;
  readonly snaplen: number;
}

/** What went wrong or was skipped while reading a capture: counted, never thrown. */
export interface CaptureHealth {
  packets: number;
  decoded: number;
  truncated: number;
  malformed: number;
  unknownLink: number;
  unknownProtocol: number;
  /** Records whose caplen exceeded sanity bounds; the reader skipped or stopped at them. */
  badRecords: number;
  /** True when the file ended in the middle of a record. */
  truncatedFile: boolean;
}

/** A fresh, zeroed `CaptureHealth` (one definition of its fields' starting values). */
export function emptyCaptureHealth(): CaptureHealth {
  return {
    packets: 0,
    decoded: 0,
    truncated: 0,
    malformed: 0,
    unknownLink: 0,
    unknownProtocol: 0,
    badRecords: 0,
    truncatedFile: false,
  };
}
