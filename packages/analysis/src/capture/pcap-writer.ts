/**
 * Writes a classic pcap file (microsecond timestamps, little-endian) in memory: bytes in,
 * bytes out. Every record is cut at `snaplen` bytes (headers only: evidence slices never
 * carry more payload than that, whatever the source kept). A pcap file has one link type:
 * the first record's; records of another link type are skipped and counted.
 */

/** Default and largest bytes kept per record. */
export const EVIDENCE_SNAPLEN = 128;

export class PcapWriter {
  private readonly chunks: Uint8Array[] = [];
  private linkType = -1;
  /** Records written. */
  count = 0;
  /** Records skipped because their link type differs from the first record's. */
  skipped = 0;

  constructor(readonly snaplen: number = EVIDENCE_SNAPLEN) {
    if (!(snaplen > 0) || snaplen > EVIDENCE_SNAPLEN)
      throw new RangeError(`PcapWriter: snaplen must be 1..${EVIDENCE_SNAPLEN}`);
  }

  /** Adds one record; `bytes[offset .. offset + capLen)` is the frame as captured. */
  add(
    tsUs: number,
    linkType: number,
    bytes: Uint8Array,
    offset: number,
    capLen: number,
    wireLen: number,
  ): void {
    if (this.linkType < 0) this.linkType = linkType;
    else if (linkType !== this.linkType) {
      this.skipped++;
      return;
    }
    const keep = Math.min(capLen, this.snaplen);
    const rec = new Uint8Array(16 + keep);
    const dv = new DataView(rec.buffer);
    const sec = Math.floor(tsUs / 1e6);
    dv.setUint32(0, sec >>> 0, true);
    dv.setUint32(4, Math.round(tsUs - sec * 1e6) >>> 0, true);
    dv.setUint32(8, keep, true);
    dv.setUint32(12, Math.max(wireLen, capLen) >>> 0, true);
    rec.set(bytes.subarray(offset, offset + keep), 16);
    this.chunks.push(rec);
    this.count++;
  }

  /** The whole file (a header alone when nothing was added: link type 276, Linux SLL2). */
  bytes(): Uint8Array {
    const header = new Uint8Array(24);
    const dv = new DataView(header.buffer);
    dv.setUint32(0, 0xa1b2c3d4, true);
    dv.setUint16(4, 2, true);
    dv.setUint16(6, 4, true);
    dv.setUint32(16, this.snaplen, true);
    dv.setUint32(20, this.linkType < 0 ? 276 : this.linkType, true);
    let n = header.length;
    for (const c of this.chunks) n += c.length;
    const out = new Uint8Array(n);
    out.set(header, 0);
    let at = header.length;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
