/**
 * ICMP and ICMPv6, with the header an error message quotes (the packet that caused it):
 * fragmentation needed (type 3 code 4) and packet too big (ICMPv6 type 2) carry the
 * next-hop MTU that PMTU discovery needs. HOT PATH: see `frame.ts`.
 */
import { DecodeStatus, L4, type PacketView } from "./packet.js";

/** Decodes an ICMP (v4) message at `q` with IP payload length `len`. */
export function decodeIcmp4(pv: PacketView, v: DataView, q: number, end: number, len: number): DecodeStatus {
  if (len < 8) return DecodeStatus.Malformed;
  if (end - q < 8) return DecodeStatus.Truncated;
  const type = v.getUint8(q);
  const code = v.getUint8(q + 1);
  pv.icmpType = type;
  pv.icmpCode = code;
  pv.payloadLen = len - 8;
  pv.l4 = L4.Icmp;
  // Destination unreachable, time exceeded, parameter problem quote the offending header.
  if (type === 3 || type === 11 || type === 12) {
    if (type === 3 && code === 4) pv.icmpMtu = v.getUint16(q + 6);
    quoteIpv4(pv, v, q + 8, end);
  }
  return DecodeStatus.Ok;
}

/** Decodes an ICMPv6 message at `q` with IP payload length `len`. */
export function decodeIcmp6(pv: PacketView, v: DataView, q: number, end: number, len: number): DecodeStatus {
  if (len < 8) return DecodeStatus.Malformed;
  if (end - q < 8) return DecodeStatus.Truncated;
  const type = v.getUint8(q);
  pv.icmpType = type;
  pv.icmpCode = v.getUint8(q + 1);
  pv.payloadLen = len - 8;
  pv.l4 = L4.Icmp6;
  // Destination unreachable, packet too big, time exceeded, parameter problem.
  if (type >= 1 && type <= 4) {
    if (type === 2) pv.icmpMtu = v.getUint32(q + 4);
    quoteIpv6(pv, v, q + 8, end);
  }
  return DecodeStatus.Ok;
}

/** The quoted IPv4 header and the ports behind it, as far as they were captured. */
function quoteIpv4(pv: PacketView, v: DataView, p: number, end: number): void {
  if (end - p < 20 || v.getUint8(p) >> 4 !== 4) return;
  const proto = v.getUint8(p + 9);
  pv.icmpQuotedProto = proto;
  pv.icmpQuotedLen = v.getUint16(p + 2);
  pv.icmpQuotedSrc4 = v.getUint32(p + 12);
  pv.icmpQuotedDst4 = v.getUint32(p + 16);
  const ihl = (v.getUint8(p) & 15) << 2;
  // Ports only in a first fragment.
  if ((v.getUint16(p + 6) & 0x1fff) === 0) quotePorts(pv, v, p + ihl, end, proto);
}

/** The quoted IPv6 header, its extension headers and the ports, as far as captured. */
function quoteIpv6(pv: PacketView, v: DataView, p: number, end: number): void {
  if (end - p < 40 || v.getUint8(p) >> 4 !== 6) return;
  pv.icmpQuotedLen = 40 + v.getUint16(p + 4);
  const s = pv.icmpQuotedSrc6;
  const d = pv.icmpQuotedDst6;
  for (let i = 0; i < 4; i++) {
    s[i] = v.getUint32(p + 8 + 4 * i);
    d[i] = v.getUint32(p + 24 + 4 * i);
  }
  let next = v.getUint8(p + 6);
  let q = p + 40;
  while ((next === 0 || next === 43 || next === 60 || next === 44) && end - q >= 8) {
    if (next === 44 && (v.getUint16(q + 2) & 0xfff8) !== 0) {
      pv.icmpQuotedProto = v.getUint8(q);
      return; // not a first fragment: no ports
    }
    const hlen = next === 44 ? 8 : (v.getUint8(q + 1) + 1) << 3;
    next = v.getUint8(q);
    q += hlen;
  }
  pv.icmpQuotedProto = next;
  quotePorts(pv, v, q, end, next);
}

function quotePorts(pv: PacketView, v: DataView, q: number, end: number, proto: number): void {
  // TCP, UDP, SCTP and DCCP all start with the two ports.
  if ((proto === 6 || proto === 17 || proto === 132 || proto === 33) && end - q >= 4) {
    pv.icmpQuotedSrcPort = v.getUint16(q);
    pv.icmpQuotedDstPort = v.getUint16(q + 2);
  }
}
