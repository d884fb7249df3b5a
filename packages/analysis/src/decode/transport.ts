/**
 * TCP (with options), UDP, ESP (IP protocol 50 and UDP-encapsulated), IKE and NAT-T
 * keepalives. HOT PATH: see `frame.ts`.
 */
import { decodeIcmp4, decodeIcmp6 } from "./icmp.js";
import { DecodeStatus, L4, type PacketView } from "./packet.js";

/** UDP port of NAT traversal (ESP-in-UDP, IKE with the non-ESP marker, keepalives). */
const NATT_PORT = 4500;
const IKE_PORT = 500;
/** NOP, NOP, timestamps (kind 8, length 10): the 12 option bytes of most data segments. */
const NOP_NOP_TIMESTAMPS = 0x0101080a;

/**
 * Decodes the transport header at `q`: `len` is the IP payload length from the IP header
 * (the captured bytes end at `end`, usually much earlier).
 */
export function decodeTransport(
  pv: PacketView,
  v: DataView,
  q: number,
  end: number,
  proto: number,
  len: number,
): DecodeStatus {
  switch (proto) {
    case 6:
      return decodeTcp(pv, v, q, end, len);
    case 17:
      return decodeUdp(pv, v, q, end, len);
    case 50:
      pv.payloadLen = len;
      return decodeEsp(pv, v, q, end, len);
    case 1:
      return pv.ipVersion === 4 ? decodeIcmp4(pv, v, q, end, len) : DecodeStatus.UnknownProtocol;
    case 58:
      return pv.ipVersion === 6 ? decodeIcmp6(pv, v, q, end, len) : DecodeStatus.UnknownProtocol;
    default:
      pv.payloadLen = len;
      return DecodeStatus.UnknownProtocol;
  }
}

function decodeTcp(pv: PacketView, v: DataView, q: number, end: number, len: number): DecodeStatus {
  const avail = end - q;
  if (avail < 20) {
    if (avail >= 4) {
      pv.srcPort = v.getUint16(q);
      pv.dstPort = v.getUint16(q + 2);
    }
    return DecodeStatus.Truncated;
  }
  pv.srcPort = v.getUint16(q);
  pv.dstPort = v.getUint16(q + 2);
  pv.tcpSeq = v.getUint32(q + 4);
  pv.tcpAck = v.getUint32(q + 8);
  const hlen = (v.getUint8(q + 12) >> 4) << 2;
  pv.tcpFlags = v.getUint8(q + 13);
  pv.tcpWindow = v.getUint16(q + 14);
  pv.tcpHeaderLen = hlen;
  if (hlen < 20 || len < hlen) return DecodeStatus.Malformed;
  pv.payloadLen = len - hlen;
  pv.l4 = L4.Tcp;
  if (hlen > 20) {
    if (hlen === 32 && end - q >= 32 && v.getUint32(q + 20) === NOP_NOP_TIMESTAMPS) {
      // The usual options of a data segment, read without the option walk.
      pv.tcpHasTimestamps = true;
      pv.tcpTsVal = v.getUint32(q + 24);
      pv.tcpTsEcr = v.getUint32(q + 28);
    } else decodeTcpOptions(pv, v, q + 20, q + hlen, end);
  }
  return DecodeStatus.Ok;
}

/** Options between `o` and `optEnd`; bytes past `end` were not captured. */
function decodeTcpOptions(pv: PacketView, v: DataView, o: number, optEnd: number, end: number): void {
  let lim = optEnd;
  if (optEnd > end) {
    pv.tcpOptionsTruncated = true;
    lim = end;
  }
  while (o < lim) {
    const kind = v.getUint8(o);
    if (kind === 0) return; // end of option list
    if (kind === 1) {
      o++;
      continue;
    }
    if (o + 1 >= lim) return;
    const olen = v.getUint8(o + 1);
    if (olen < 2 || o + olen > optEnd) return; // impossible length: stop
    if (o + olen > lim) {
      // Cut by the snaplen: keep the SACK blocks that were captured whole (as Wireshark).
      if (kind === 5) decodeSack(pv, v, o, lim - o);
      return;
    }
    switch (kind) {
      case 2:
        if (olen === 4) pv.tcpMss = v.getUint16(o + 2);
        break;
      case 3:
        if (olen === 3) pv.tcpWindowScale = v.getUint8(o + 2);
        break;
      case 4:
        pv.tcpSackPermitted = true;
        break;
      case 5:
        decodeSack(pv, v, o, olen);
        break;
      case 8:
        if (olen === 10) {
          pv.tcpHasTimestamps = true;
          pv.tcpTsVal = v.getUint32(o + 2);
          pv.tcpTsEcr = v.getUint32(o + 6);
        }
        break;
    }
    o += olen;
  }
}

/** SACK blocks of the option at `o`, of which `len` bytes are usable (at most 4 blocks). */
function decodeSack(pv: PacketView, v: DataView, o: number, len: number): void {
  let n = (len - 2) >> 3;
  if (n > 4) n = 4;
  const sack = pv.tcpSack;
  for (let i = 0; i < n; i++) {
    sack[2 * i] = v.getUint32(o + 2 + 8 * i);
    sack[2 * i + 1] = v.getUint32(o + 6 + 8 * i);
  }
  pv.tcpSackCount = n;
}

function decodeUdp(pv: PacketView, v: DataView, q: number, end: number, len: number): DecodeStatus {
  const avail = end - q;
  if (avail < 8) {
    if (avail >= 4) {
      pv.srcPort = v.getUint16(q);
      pv.dstPort = v.getUint16(q + 2);
    }
    return DecodeStatus.Truncated;
  }
  const sp = v.getUint16(q);
  const dp = v.getUint16(q + 2);
  pv.srcPort = sp;
  pv.dstPort = dp;
  if (len < 8) return DecodeStatus.Malformed;
  const payload = len - 8;
  pv.payloadLen = payload;
  const p = q + 8;
  if (sp === NATT_PORT || dp === NATT_PORT) {
    if (payload === 1 && p < end && v.getUint8(p) === 0xff) {
      pv.l4 = L4.NatKeepalive;
      return DecodeStatus.Ok;
    }
    if (payload >= 4) {
      if (end - p < 4) return DecodeStatus.Truncated;
      if (
        v.getUint8(p) === 0 &&
        v.getUint8(p + 1) === 0 &&
        v.getUint8(p + 2) === 0 &&
        v.getUint8(p + 3) === 0
      ) {
        pv.l4 = L4.Ike; // non-ESP marker
        return DecodeStatus.Ok;
      }
      if (payload >= 8) {
        pv.espUdpEncap = true;
        return decodeEsp(pv, v, p, end, payload);
      }
    }
    if (payload === 1 && p >= end) return DecodeStatus.Truncated;
  } else if (sp === IKE_PORT || dp === IKE_PORT) {
    pv.l4 = L4.Ike;
    return DecodeStatus.Ok;
  }
  pv.l4 = L4.Udp;
  return DecodeStatus.Ok;
}

function decodeEsp(pv: PacketView, v: DataView, p: number, end: number, len: number): DecodeStatus {
  if (len < 8) return DecodeStatus.Malformed;
  if (end - p < 8) return DecodeStatus.Truncated;
  pv.espSpi = v.getUint32(p);
  pv.espSeq = v.getUint32(p + 4);
  pv.espLen = len;
  pv.l4 = L4.Esp;
  return DecodeStatus.Ok;
}
