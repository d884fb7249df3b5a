/**
 * Writes a classic pcap stream (microsecond timestamps, host byte order little-endian)
 * for backends that receive bare packets (the raw socket). Pure.
 */

/** LINKTYPE_IPV4: the record starts with an IPv4 header. */
export const LINKTYPE_IPV4 = 228;

/** The 24-byte pcap file header. */
export function pcapFileHeader(linkType: number, snaplen: number): Uint8Array {
  const b = new Uint8Array(24);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0xa1b2c3d4, true);
  v.setUint16(4, 2, true);
  v.setUint16(6, 4, true);
  v.setUint32(16, snaplen, true);
  v.setUint32(20, linkType, true);
  return b;
}

/** One record: 16-byte header plus at most `snaplen` bytes of the packet. */
export function pcapRecord(tsUs: number, packet: Uint8Array, snaplen: number): Uint8Array {
  const caplen = Math.min(packet.length, snaplen);
  const b = new Uint8Array(16 + caplen);
  const v = new DataView(b.buffer);
  v.setUint32(0, Math.floor(tsUs / 1e6), true);
  v.setUint32(4, tsUs % 1e6, true);
  v.setUint32(8, caplen, true);
  v.setUint32(12, packet.length, true);
  b.set(packet.subarray(0, caplen), 16);
  return b;
}
