/**
 * IPv4 and IPv6 (with extension headers). HOT PATH: see `frame.ts`.
 *
 * Lengths follow Wireshark so that `payloadLen` equals tshark's `tcp.len`/`udp` payload:
 * the IP datagram is the header's length, cut to the bytes the frame had on the wire
 * (never grown by Ethernet padding), and a zero length (TSO/GSO super-packets captured
 * before segmentation) means "the whole rest of the frame".
 */
import { DecodeStatus, type PacketView } from "./packet.js";
import { decodeTransport } from "./transport.js";

/**
 * Length of the IP datagram at frame offset `ipOffset`, per Wireshark: the header's total
 * length, or the frame's remaining wire bytes when the header says 0 or more than is there.
 */
function datagramLength(pv: PacketView, ipOffset: number, headerLen: number): number {
  const wire = Math.max(pv.wireLen, pv.capLen);
  const reported = wire - ipOffset;
  return headerLen === 0 || headerLen > reported ? reported : headerLen;
}

/** Decodes an IPv4 header at `p` (frame starts at `frame`) and what it carries. */
export function decodeIpv4(pv: PacketView, v: DataView, frame: number, p: number, end: number): DecodeStatus {
  if (end - p < 20) return DecodeStatus.Truncated;
  const vihl = v.getUint8(p);
  if (vihl >> 4 !== 4) return DecodeStatus.Malformed;
  const ihl = (vihl & 15) << 2;
  pv.ipVersion = 4;
  pv.ipOffset = p - frame;
  const totalLen = v.getUint16(p + 2);
  pv.ipTotalLen = totalLen;
  pv.ipId = v.getUint16(p + 4);
  const frag = v.getUint16(p + 6);
  pv.ipDontFragment = (frag & 0x4000) !== 0;
  const fragOffset = (frag & 0x1fff) << 3;
  pv.ipFragOffset = fragOffset;
  pv.ipFragment = fragOffset !== 0 || (frag & 0x2000) !== 0;
  pv.ttl = v.getUint8(p + 8);
  const proto = v.getUint8(p + 9);
  pv.ipProto = proto;
  pv.src4 = v.getUint32(p + 12);
  pv.dst4 = v.getUint32(p + 16);
  if (ihl < 20) return DecodeStatus.Malformed;
  const len = datagramLength(pv, p - frame, totalLen);
  if (len < ihl) return DecodeStatus.Malformed;
  if (end - p < ihl) return DecodeStatus.Truncated;
  if (fragOffset !== 0) {
    // Not the first fragment: no transport header here.
    pv.payloadLen = len - ihl;
    return DecodeStatus.Ok;
  }
  return decodeTransport(pv, v, p + ihl, end, proto, len - ihl);
}

/** Decodes an IPv6 header at `p`, walks its extension headers, then the transport. */
export function decodeIpv6(pv: PacketView, v: DataView, frame: number, p: number, end: number): DecodeStatus {
  if (end - p < 40) return DecodeStatus.Truncated;
  if (v.getUint8(p) >> 4 !== 6) return DecodeStatus.Malformed;
  pv.ipVersion = 6;
  pv.ipOffset = p - frame;
  const payload = v.getUint16(p + 4);
  pv.ipTotalLen = 40 + payload;
  pv.ttl = v.getUint8(p + 7);
  const s = pv.src6;
  s[0] = v.getUint32(p + 8);
  s[1] = v.getUint32(p + 12);
  s[2] = v.getUint32(p + 16);
  s[3] = v.getUint32(p + 20);
  const d = pv.dst6;
  d[0] = v.getUint32(p + 24);
  d[1] = v.getUint32(p + 28);
  d[2] = v.getUint32(p + 32);
  d[3] = v.getUint32(p + 36);
  let next = v.getUint8(p + 6);
  pv.ipProto = next;
  let q = p + 40;
  // Bytes of the datagram after the fixed header (payload 0 = jumbogram or TSO).
  let rest = datagramLength(pv, p - frame, payload === 0 ? 0 : 40 + payload) - 40;
  if (rest < 0) return DecodeStatus.Malformed;
  for (;;) {
    let hlen: number;
    if (next === 0 || next === 43 || next === 60 || next === 135) {
      // Hop-by-hop, routing, destination options, mobility: length in 8-byte units.
      if (end - q < 2) return DecodeStatus.Truncated;
      hlen = (v.getUint8(q + 1) + 1) << 3;
    } else if (next === 51) {
      // Authentication header: length in 4-byte units, minus 2.
      if (end - q < 2) return DecodeStatus.Truncated;
      hlen = (v.getUint8(q + 1) + 2) << 2;
    } else if (next === 44) {
      if (end - q < 8) return DecodeStatus.Truncated;
      const fo = v.getUint16(q + 2);
      pv.ipFragment = true;
      pv.ipFragOffset = fo & 0xfff8;
      pv.ipId = v.getUint32(q + 4);
      hlen = 8;
      if (rest < hlen) return DecodeStatus.Malformed;
      next = v.getUint8(q);
      pv.ipProto = next;
      q += hlen;
      rest -= hlen;
      if (pv.ipFragOffset !== 0) {
        pv.payloadLen = rest;
        return DecodeStatus.Ok;
      }
      continue;
    } else {
      break;
    }
    if (rest < hlen) return DecodeStatus.Malformed;
    next = v.getUint8(q);
    pv.ipProto = next;
    q += hlen;
    rest -= hlen;
  }
  if (next === 59) {
    // No next header.
    pv.payloadLen = rest;
    return DecodeStatus.Ok;
  }
  return decodeTransport(pv, v, q, end, next, rest);
}
