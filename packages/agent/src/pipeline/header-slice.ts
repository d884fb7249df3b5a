// HOT PATH on purpose: `push` runs for every packet the full-rate ring keeps and copies
// at most SLICE_SNAP header bytes into one preallocated byte ring, allocating nothing;
// the pcapng file is built only when a collapse dump goes out.
/**
 * The headers-only capture around a detected collapse (SummaryBatch.collapse_pcap): a
 * ring of the last N packets' headers — each frame cut after its transport header, never
 * a payload byte — written out as a pcapng file centred on the collapse.
 *
 * Where a frame is cut ({@link headerCut}):
 * - TCP: after the TCP header and its options (IP length - TCP payload length);
 * - ESP: after the SPI and sequence number (8 bytes; after the UDP header when
 *   encapsulated);
 * - ICMP / ICMPv6 too-big: after the ICMP header, the quoted IP header and 8 bytes of
 *   the quoted transport header (an ICMPv6 quote can hold the whole original packet).
 */
import { L4, type PacketView } from "@tunnelscope/analysis";

/** Most bytes kept of one frame: link + IPv6 + extension headers + TCP with options. */
export const SLICE_SNAP = 192;

/**
 * Bytes of `pv`'s frame up to the end of its transport header (see the file comment),
 * never more than captured nor than {@link SLICE_SNAP}; 0 = do not keep the frame (not
 * TCP/ESP/ICMP, or headers the decoder could not place).
 */
export function headerCut(pv: PacketView): number {
  const b = pv.frameBytes;
  if (b === null) return 0;
  const ip = pv.ipOffset;
  let end: number;
  if (pv.l4 === L4.Tcp) {
    end = ip + pv.ipTotalLen - pv.payloadLen;
  } else if (pv.l4 === L4.Esp) {
    end = ip + pv.ipTotalLen - pv.espLen + 8;
  } else if (pv.l4 === L4.Icmp || pv.l4 === L4.Icmp6) {
    const first = b[pv.frameOffset + ip] ?? 0;
    // IPv6 with extension headers before ICMPv6: the ICMP offset is not known here.
    if (pv.ipVersion === 6 && pv.ipProto === 58 && b[pv.frameOffset + ip + 6] !== 58) return 0;
    const icmp = ip + (pv.ipVersion === 4 ? (first & 0x0f) * 4 : 40);
    const quoted = b[pv.frameOffset + icmp + 8] ?? 0;
    const quotedLen = (quoted >> 4 === 4 ? (quoted & 0x0f) * 4 : 40) + 8;
    end = icmp + 8 + (pv.icmpQuotedLen > 0 ? quotedLen : 0);
  } else {
    return 0;
  }
  if (!(end > ip)) return 0;
  return Math.min(end, pv.capLen, SLICE_SNAP);
}

/** A capture interface of the slice: its digest interface number, link type and name. */
export interface SliceInterface {
  readonly id: number;
  readonly linkType: number;
  readonly name: string;
}

export class HeaderRing {
  private readonly bytes: Uint8Array;
  private readonly ts: Float64Array;
  private readonly capLen: Uint16Array;
  private readonly wireLen: Uint32Array;
  private readonly iface: Uint32Array;
  private readonly link: Uint16Array;
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.bytes = new Uint8Array(capacity * SLICE_SNAP);
    this.ts = new Float64Array(capacity);
    this.capLen = new Uint16Array(capacity);
    this.wireLen = new Uint32Array(capacity);
    this.iface = new Uint32Array(capacity);
    this.link = new Uint16Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Keeps the headers of `pv` (seen on digest interface `iface`); skips frames without a cut. */
  push(pv: PacketView, iface: number): void {
    if (this.capacity === 0) return;
    const cut = headerCut(pv);
    if (cut === 0 || pv.frameBytes === null) return;
    const i = this.head;
    this.bytes.set(pv.frameBytes.subarray(pv.frameOffset, pv.frameOffset + cut), i * SLICE_SNAP);
    this.ts[i] = pv.ts;
    this.capLen[i] = cut;
    this.wireLen[i] = pv.wireLen;
    this.iface[i] = iface;
    this.link[i] = pv.linkType;
    this.head = (i + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
  }

  /**
   * The frames held, oldest first, as a pcapng file of at most `maxBytes`: when they do
   * not all fit, frames farthest in time from `centerUs` are left out first. `names`
   * gives interface names by digest interface number. Empty when nothing is held.
   */
  toPcapng(centerUs: number, maxBytes: number, names: (iface: number) => string): Uint8Array {
    if (this.count === 0) return new Uint8Array(0);
    const first = (this.head - this.count + this.capacity) % this.capacity;
    const slot = (k: number) => (first + k) % this.capacity;
    const epbLen = (k: number) => 32 + pad4(this.capLen[slot(k)] as number);
    // Interface blocks: one per (digest interface, link type), in order of first use.
    const ifaces: SliceInterface[] = [];
    const ifaceIndex = new Map<string, number>();
    const idxOf = new Int32Array(this.count);
    for (let k = 0; k < this.count; k++) {
      const s = slot(k);
      const key = `${this.iface[s]}/${this.link[s]}`;
      let idx = ifaceIndex.get(key);
      if (idx === undefined) {
        idx = ifaces.length;
        ifaceIndex.set(key, idx);
        const id = this.iface[s] as number;
        ifaces.push({ id, linkType: this.link[s] as number, name: names(id) });
      }
      idxOf[k] = idx;
    }
    const headBytes = SHB_LEN + ifaces.reduce((n, i) => n + idbLen(i.name), 0);
    let lo = 0;
    let hi = this.count;
    let total = headBytes;
    for (let k = lo; k < hi; k++) total += epbLen(k);
    while (total > maxBytes && hi > lo) {
      const drop =
        (this.ts[slot(hi - 1)] as number) - centerUs > centerUs - (this.ts[slot(lo)] as number) ? --hi : lo++;
      total -= epbLen(drop);
    }
    const out = new Uint8Array(Math.max(total, headBytes));
    const v = new DataView(out.buffer);
    let o = writeShb(v, 0);
    for (const i of ifaces) o = writeIdb(out, v, o, i);
    for (let k = lo; k < hi; k++) {
      const s = slot(k);
      const cap = this.capLen[s] as number;
      const len = 32 + pad4(cap);
      const ts = BigInt(Math.round(this.ts[s] as number));
      v.setUint32(o, 6, true); // Enhanced Packet Block
      v.setUint32(o + 4, len, true);
      v.setUint32(o + 8, idxOf[k] as number, true);
      v.setUint32(o + 12, Number(ts >> 32n), true);
      v.setUint32(o + 16, Number(ts & 0xffffffffn), true);
      v.setUint32(o + 20, cap, true);
      v.setUint32(o + 24, Math.max(this.wireLen[s] as number, cap), true);
      out.set(this.bytes.subarray(s * SLICE_SNAP, s * SLICE_SNAP + cap), o + 28);
      v.setUint32(o + len - 4, len, true);
      o += len;
    }
    return out;
  }
}

const pad4 = (n: number): number => (n + 3) & ~3;
const SHB_LEN = 28;
const te = new TextEncoder();

function idbLen(name: string): number {
  // header 16 + options (if_name when known, if_tsresol) + opt_endofopt + trailer 4
  const nameOpt = name === "" ? 0 : 4 + pad4(te.encode(name).length);
  return 16 + nameOpt + 8 + 4 + 4;
}

function writeShb(v: DataView, o: number): number {
  v.setUint32(o, 0x0a0d0d0a, true);
  v.setUint32(o + 4, SHB_LEN, true);
  v.setUint32(o + 8, 0x1a2b3c4d, true);
  v.setUint16(o + 12, 1, true);
  v.setUint16(o + 14, 0, true);
  v.setInt32(o + 16, -1, true); // section length unknown
  v.setInt32(o + 20, -1, true);
  v.setUint32(o + 24, SHB_LEN, true);
  return o + SHB_LEN;
}

function writeIdb(out: Uint8Array, v: DataView, o: number, i: SliceInterface): number {
  const len = idbLen(i.name);
  v.setUint32(o, 1, true);
  v.setUint32(o + 4, len, true);
  v.setUint16(o + 8, i.linkType, true);
  v.setUint16(o + 10, 0, true);
  v.setUint32(o + 12, SLICE_SNAP, true);
  let p = o + 16;
  if (i.name !== "") {
    const name = te.encode(i.name);
    v.setUint16(p, 2, true); // if_name
    v.setUint16(p + 2, name.length, true);
    out.set(name, p + 4);
    p += 4 + pad4(name.length);
  }
  v.setUint16(p, 9, true); // if_tsresol: 10^-6
  v.setUint16(p + 2, 1, true);
  out[p + 4] = 6;
  p += 8;
  v.setUint32(p, 0, true); // opt_endofopt
  p += 4;
  v.setUint32(p, len, true);
  return o + len;
}
