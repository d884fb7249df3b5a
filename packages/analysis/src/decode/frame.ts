/**
 * Link-layer decoding: the entry point `decodeFrame()` and the link types it knows.
 *
 * HOT PATH, written for speed on purpose (guarded by `npm run bench`): called once per
 * captured record; it reads fields with byte arithmetic straight from the capture chunk,
 * writes them into the caller's reused `PacketView`, and allocates nothing.
 */
import { u16, u32, u32le } from "./bytes.js";
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
  pv.linkType = linkType;
  const end = off + capLen;
  switch (linkType) {
    case LinkType.Ethernet:
      return decodeEthernet(pv, b, off, end);
    case LinkType.LinuxSll2:
      if (capLen < 20) return DecodeStatus.Truncated;
      pv.iface = u32(b, off + 4);
      pv.pktType = b[off + 10]!;
      return decodeEtherType(pv, b, off, off + 20, end, u16(b, off));
    case LinkType.LinuxSll:
      if (capLen < 16) return DecodeStatus.Truncated;
      pv.pktType = u16(b, off);
      return decodeEtherType(pv, b, off, off + 16, end, u16(b, off + 14));
    case LinkType.Raw:
    case LinkType.RawAlt12:
    case LinkType.RawAlt14:
      return decodeRawIp(pv, b, off, off, end);
    case LinkType.Ipv4:
      return decodeIpv4(pv, b, off, off, end);
    case LinkType.Ipv6:
      return decodeIpv6(pv, b, off, off, end);
    case LinkType.Null: {
      if (capLen < 4) return DecodeStatus.Truncated;
      // Host byte order of the capturing machine: a family never needs the upper 16 bits.
      let family = u32le(b, off);
      if (family > 0xffff) family = u32(b, off);
      return decodeAddressFamily(pv, b, off, end, family);
    }
    case LinkType.Loop:
      if (capLen < 4) return DecodeStatus.Truncated;
      return decodeAddressFamily(pv, b, off, end, u32(b, off));
    default:
      return DecodeStatus.UnknownLink;
  }
}

function decodeEthernet(pv: PacketView, b: Uint8Array, off: number, end: number): DecodeStatus {
  if (end - off < 14) return DecodeStatus.Truncated;
  let type = u16(b, off + 12);
  let p = off + 14;
  // 802.1Q (0x8100), 802.1ad (0x88a8) and the old QinQ 0x9100: each tag is 4 bytes.
  while (type === 0x8100 || type === 0x88a8 || type === 0x9100) {
    if (end - p < 4) return DecodeStatus.Truncated;
    pv.vlanId = u16(b, p) & 0x0fff;
    type = u16(b, p + 2);
    p += 4;
  }
  return decodeEtherType(pv, b, off, p, end, type);
}

function decodeEtherType(
  pv: PacketView,
  b: Uint8Array,
  frame: number,
  p: number,
  end: number,
  type: number,
): DecodeStatus {
  if (type === 0x0800) return decodeIpv4(pv, b, frame, p, end);
  if (type === 0x86dd) return decodeIpv6(pv, b, frame, p, end);
  if (type === 0x8100 || type === 0x88a8) {
    // A VLAN tag behind a cooked (SLL/SLL2) header.
    if (end - p < 4) return DecodeStatus.Truncated;
    pv.vlanId = u16(b, p) & 0x0fff;
    const inner = u16(b, p + 2);
    if (inner === 0x0800) return decodeIpv4(pv, b, frame, p + 4, end);
    if (inner === 0x86dd) return decodeIpv6(pv, b, frame, p + 4, end);
  }
  return DecodeStatus.UnknownProtocol;
}

function decodeRawIp(pv: PacketView, b: Uint8Array, frame: number, p: number, end: number): DecodeStatus {
  if (end - p < 1) return DecodeStatus.Truncated;
  const version = b[p]! >> 4;
  if (version === 4) return decodeIpv4(pv, b, frame, p, end);
  if (version === 6) return decodeIpv6(pv, b, frame, p, end);
  return DecodeStatus.Malformed;
}

/** BSD/Linux address families of the null and loop link types. */
function decodeAddressFamily(
  pv: PacketView,
  b: Uint8Array,
  off: number,
  end: number,
  family: number,
): DecodeStatus {
  if (family === 2) return decodeIpv4(pv, b, off, off + 4, end);
  // AF_INET6 differs per OS: 10 Linux, 24 NetBSD/OpenBSD, 28 FreeBSD, 30 macOS.
  if (family === 24 || family === 28 || family === 30 || family === 10) {
    return decodeIpv6(pv, b, off, off + 4, end);
  }
  return DecodeStatus.UnknownProtocol;
}
