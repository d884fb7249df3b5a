/**
 * The canonical per-packet row the golden files hold (written from tshark output by
 * `scripts/golden-decode.mjs`), rebuilt here from a `PacketView`. Columns, tab-separated:
 * frame number, µs timestamp, caplen, wire length, iface, pkttype, vlan, IP version, src,
 * dst, IP id, ttl/hop limit, IP length, DF, fragment, l4 kind, ports, payload length,
 * TCP "seq,ack,flags,window,hdrlen", TCP options "mss,wscale,sackperm,tsval,tsecr,sack",
 * ESP "spi,seq,len", ICMP "type,code,mtu", quote "proto,src,dst,sport,dport,len".
 */

import { L4, type PacketView } from "../../src/decode/packet.js";
import { formatIpv6Words } from "../../src/esp/esp-analyzer.js";

const L4_NAMES: Record<number, string> = {
  [L4.None]: "none",
  [L4.Tcp]: "tcp",
  [L4.Udp]: "udp",
  [L4.Esp]: "esp",
  [L4.Icmp]: "icmp",
  [L4.Icmp6]: "icmp6",
  [L4.Ike]: "ike",
  [L4.NatKeepalive]: "keepalive",
};

/** Dotted quad of an unsigned 32-bit IPv4 address. */
export function ipv4(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
}

function ipv6(w: Uint32Array): string {
  return formatIpv6Words(w[0]!, w[1]!, w[2]!, w[3]!);
}

/** The golden row of the packet in `pv`. */
export function goldenRow(pv: PacketView): string {
  const v4 = pv.ipVersion === 4;
  const v6 = pv.ipVersion === 6;
  const l4 = L4_NAMES[pv.l4] ?? `?${pv.l4}`;
  const ports = pv.l4 === L4.Tcp || pv.l4 === L4.Udp || pv.l4 === L4.Ike || pv.l4 === L4.NatKeepalive;
  const udpEsp = pv.l4 === L4.Esp && pv.espUdpEncap;
  const icmp = pv.l4 === L4.Icmp || pv.l4 === L4.Icmp6;
  const sack: string[] = [];
  for (let i = 0; i < pv.tcpSackCount; i++) sack.push(`${pv.tcpSack[2 * i]}-${pv.tcpSack[2 * i + 1]}`);
  const cols = [
    pv.index + 1,
    pv.ts,
    pv.capLen,
    pv.wireLen,
    pv.iface,
    pv.pktType,
    pv.vlanId,
    pv.ipVersion,
    v4 ? ipv4(pv.src4) : v6 ? ipv6(pv.src6) : "",
    v4 ? ipv4(pv.dst4) : v6 ? ipv6(pv.dst6) : "",
    v4 ? pv.ipId : "",
    v4 || v6 ? pv.ttl : "",
    v4 || v6 ? pv.ipTotalLen : "",
    v4 ? (pv.ipDontFragment ? 1 : 0) : "",
    v4 ? (pv.ipFragment ? 1 : 0) : "",
    l4,
    ports || udpEsp ? pv.srcPort : "",
    ports || udpEsp ? pv.dstPort : "",
    ports || icmp || pv.l4 === L4.Esp ? pv.payloadLen : "",
    pv.l4 === L4.Tcp ? [pv.tcpSeq, pv.tcpAck, pv.tcpFlags, pv.tcpWindow, pv.tcpHeaderLen].join(",") : "",
    pv.l4 === L4.Tcp
      ? [
          pv.tcpMss,
          pv.tcpWindowScale,
          pv.tcpSackPermitted ? 1 : 0,
          pv.tcpHasTimestamps ? pv.tcpTsVal : "",
          pv.tcpHasTimestamps ? pv.tcpTsEcr : "",
          sack.join(";"),
        ].join(",")
      : "",
    pv.l4 === L4.Esp ? [pv.espSpi, pv.espSeq, pv.espLen].join(",") : "",
    icmp ? [pv.icmpType, pv.icmpCode, pv.icmpMtu].join(",") : "",
    pv.l4 === L4.Icmp && pv.icmpQuotedLen !== 0
      ? [
          pv.icmpQuotedProto,
          ipv4(pv.icmpQuotedSrc4),
          ipv4(pv.icmpQuotedDst4),
          pv.icmpQuotedSrcPort,
          pv.icmpQuotedDstPort,
          pv.icmpQuotedLen,
        ].join(",")
      : "",
  ];
  return cols.join("\t");
}

/** FNV-1a 32-bit over char codes, as hex (the golden block hash). */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}
