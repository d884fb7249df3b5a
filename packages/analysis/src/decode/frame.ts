/**
 * Link-layer decoding: the entry point `decodeFrame()` and the link types it knows.
 *
 * HOT PATH, written for speed on purpose (guarded by `npm run bench`): called once per
 * captured record; it reads fields through a DataView over the capture chunk (a 16- or
 * 32-bit read compiles to one load, and costs the optimiser no inlining budget), writes
 * them into the caller's reused `PacketView`, and allocates nothing.
 */
import { decodeIpv4, decodeIpv6 } from "./ip.js";
import { DecodeStatus, type PacketView } from "./packet.js";

/** Link types (`LINKTYPE_*` of pcap/pcapng) the decoder understands. */
export const LinkType = {
  Null: 0,
  Ethernet: 1,
  RawAlt12: 12,
  RawAlt14: 14,
  Raw: 101,
  Loop: 108,
  LinuxSll: 113,
  Ipv4: 228,
  Ipv6: 229,
  LinuxSll2: 276,
} as const;

/**
 * Decodes one captured frame into `pv` (which the caller has `reset()` and filled with the
 * record fields `capLen`/`wireLen`/`iface`/`ts`). Never throws on any input bytes.
 *
 * @param pv the view to fill
 * @param b bytes holding the frame
 * @param off offset of the frame's first byte in `b`
 * @param capLen captured bytes of the frame (must lie within `b`)
 * @param linkType pcap/pcapng link type of the frame
 */
export function decodeFrame(
  pv: PacketView,
  b: Uint8Array,
  off: number,
  capLen: number,
  linkType: number,
): DecodeStatus {
  return decodeFrameView(pv, new DataView(b.buffer, b.byteOffset, b.byteLength), off, capLen, linkType);
}

/**
 * `decodeFrame()` over a DataView of the bytes (the reader makes one per chunk): the
 * frame is `v[off, off + capLen)`, which must lie within `v`.
 */
export function decodeFrameView(
  pv: PacketView,
  v: DataView,
  off: number,
  capLen: number,
  linkType: number,
): DecodeStatus {
  pv.linkType = linkType;
  const end = off + capLen;
  switch (linkType) {
    case LinkType.Ethernet:
      return decodeEthernet(pv, v, off, end);
    case LinkType.LinuxSll2:
      if (capLen < 20) return DecodeStatus.Truncated;
      pv.iface = v.getUint32(off + 4);
      pv.pktType = v.getUint8(off + 10);
      return decodeEtherType(pv, v, off, off + 20, end, v.getUint16(off));
    case LinkType.LinuxSll:
      if (capLen < 16) return DecodeStatus.Truncated;
      pv.pktType = v.getUint16(off);
      return decodeEtherType(pv, v, off, off + 16, end, v.getUint16(off + 14));
    case LinkType.Raw:
    case LinkType.RawAlt12:
    case LinkType.RawAlt14:
      return decodeRawIp(pv, v, off, off, end);
    case LinkType.Ipv4:
      return decodeIpv4(pv, v, off, off, end);
    case LinkType.Ipv6:
      return decodeIpv6(pv, v, off, off, end);
    case LinkType.Null: {
      if (capLen < 4) return DecodeStatus.Truncated;
      // Host byte order of the capturing machine: a family never needs the upper 16 bits.
      let family = v.getUint32(off, true);
      if (family > 0xffff) family = v.getUint32(off);
      return decodeAddressFamily(pv, v, off, end, family);
    }
    case LinkType.Loop:
      if (capLen < 4) return DecodeStatus.Truncated;
      return decodeAddressFamily(pv, v, off, end, v.getUint32(off));
    default:
      return DecodeStatus.UnknownLink;
  }
}

function decodeEthernet(pv: PacketView, v: DataView, off: number, end: number): DecodeStatus {
  if (end - off < 14) return DecodeStatus.Truncated;
  let type = v.getUint16(off + 12);
  let p = off + 14;
  // 802.1Q (0x8100), 802.1ad (0x88a8) and the old QinQ 0x9100: each tag is 4 bytes.
  while (type === 0x8100 || type === 0x88a8 || type === 0x9100) {
    if (end - p < 4) return DecodeStatus.Truncated;
    pv.vlanId = v.getUint16(p) & 0x0fff;
    type = v.getUint16(p + 2);
    p += 4;
  }
  return decodeEtherType(pv, v, off, p, end, type);
}

function decodeEtherType(
  pv: PacketView,
  v: DataView,
  frame: number,
  p: number,
  end: number,
  type: number,
): DecodeStatus {
  if (type === 0x0800) return decodeIpv4(pv, v, frame, p, end);
  if (type === 0x86dd) return decodeIpv6(pv, v, frame, p, end);
  if (type === 0x8100 || type === 0x88a8) {
    // A VLAN tag behind a cooked (SLL/SLL2) header.
    if (end - p < 4) return DecodeStatus.Truncated;
    pv.vlanId = v.getUint16(p) & 0x0fff;
    const inner = v.getUint16(p + 2);
    if (inner === 0x0800) return decodeIpv4(pv, v, frame, p + 4, end);
    if (inner === 0x86dd) return decodeIpv6(pv, v, frame, p + 4, end);
  }
  return DecodeStatus.UnknownProtocol;
}

function decodeRawIp(pv: PacketView, v: DataView, frame: number, p: number, end: number): DecodeStatus {
  if (end - p < 1) return DecodeStatus.Truncated;
  const version = v.getUint8(p) >> 4;
  if (version === 4) return decodeIpv4(pv, v, frame, p, end);
  if (version === 6) return decodeIpv6(pv, v, frame, p, end);
  return DecodeStatus.Malformed;
}

/** BSD/Linux address families of the null and loop link types. */
function decodeAddressFamily(
  pv: PacketView,
  v: DataView,
  off: number,
  end: number,
  family: number,
): DecodeStatus {
  if (family === 2) return decodeIpv4(pv, v, off, off + 4, end);
  // AF_INET6 differs per OS: 10 Linux, 24 NetBSD/OpenBSD, 28 FreeBSD, 30 macOS.
  if (family === 24 || family === 28 || family === 30 || family === 10) {
    return decodeIpv6(pv, v, off, off + 4, end);
  }
  return DecodeStatus.UnknownProtocol;
}
