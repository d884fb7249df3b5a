/**
 * Interning of TCP flow directions and ESP SAs to small integer ids.
 *
 * Lookups hash numbers (no strings per packet); addresses are kept as four 32-bit words
 * (IPv4 in the last word, the rest zero) and formatted only when a report is built.
 */
import type { PacketView } from "../decode/packet.js";
import { formatIpv6Words } from "../esp/esp-analyzer.js";
import { mix32 } from "./records.js";

/** Address words of the packet's source or destination (IPv4 in word 3). */
function word(pv: PacketView, dst: boolean, i: number): number {
  if (pv.ipVersion === 4) return i === 3 ? (dst ? pv.dst4 : pv.src4) : 0;
  return (dst ? pv.dst6 : pv.src6)[i] as number;
}

function formatAddrWords(version: number, w: Uint32Array, at: number): string {
  if (version === 4) {
    const n = w[at + 3] as number;
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  return formatIpv6Words(w[at] as number, w[at + 1] as number, w[at + 2] as number, w[at + 3] as number);
}

/**
 * Table of endpoint pairs: (version, src, dst, a, b) → id, where a/b are ports (TCP) or the
 * SPI (ESP, b = 0). Ids are dense from 0.
 */
export class EndpointTable {
  private readonly index = new Map<number, number[]>();
  size = 0;
  version = new Uint8Array(64);
  /** 8 words per id: src[4], dst[4]. */
  addr = new Uint32Array(64 * 8);
  a = new Uint32Array(64);
  b = new Uint32Array(64);

  constructor(readonly maxEntries: number) {}

  // One-entry cache: consecutive packets mostly belong to the same flow/SA.
  private lastId = -1;

  /** Id of the packet's (src, dst, a, b), creating it; -1 when the table is full. */
  intern(pv: PacketView, a: number, b: number): number {
    const last = this.lastId;
    if (last >= 0 && this.same(last, pv, a, b)) return last;
    const id = this.lookup(pv, a, b);
    if (id >= 0) this.lastId = id;
    return id;
  }

  private lookup(pv: PacketView, a: number, b: number): number {
    let h = mix32(pv.ipVersion, a);
    h = mix32(h, b);
    for (let i = 0; i < 4; i++) h = mix32(h, word(pv, false, i));
    for (let i = 0; i < 4; i++) h = mix32(h, word(pv, true, i));
    const list = this.index.get(h);
    if (list !== undefined) {
      for (const id of list) if (this.same(id, pv, a, b)) return id;
    }
    if (this.size >= this.maxEntries) return -1;
    const id = this.size++;
    if (id === this.a.length) this.grow();
    this.version[id] = pv.ipVersion;
    for (let i = 0; i < 4; i++) {
      this.addr[id * 8 + i] = word(pv, false, i);
      this.addr[id * 8 + 4 + i] = word(pv, true, i);
    }
    this.a[id] = a;
    this.b[id] = b;
    if (list === undefined) this.index.set(h, [id]);
    else list.push(id);
    return id;
  }

  /** Id of the reverse direction (dst→src, b→a) when it exists, else -1. */
  reverseOf(id: number): number {
    for (let j = 0; j < this.size; j++) {
      if (this.version[j] !== this.version[id] || this.a[j] !== this.b[id] || this.b[j] !== this.a[id])
        continue;
      let ok = true;
      for (let i = 0; i < 4 && ok; i++) {
        ok =
          this.addr[j * 8 + i] === this.addr[id * 8 + 4 + i] &&
          this.addr[j * 8 + 4 + i] === this.addr[id * 8 + i];
      }
      if (ok) return j;
    }
    return -1;
  }

  src(id: number): string {
    return formatAddrWords(this.version[id] as number, this.addr, id * 8);
  }
  dst(id: number): string {
    return formatAddrWords(this.version[id] as number, this.addr, id * 8 + 4);
  }
  /** A string key independent of the table (for matching ids across captures). */
  name(id: number): string {
    return `${this.src(id)}|${this.dst(id)}|${this.a[id]}|${this.b[id]}`;
  }

  private same(id: number, pv: PacketView, a: number, b: number): boolean {
    if (this.version[id] !== pv.ipVersion || this.a[id] !== a || this.b[id] !== b) return false;
    for (let i = 0; i < 4; i++) {
      if (this.addr[id * 8 + i] !== word(pv, false, i) || this.addr[id * 8 + 4 + i] !== word(pv, true, i)) {
        return false;
      }
    }
    return true;
  }

  private grow(): void {
    const cap = this.a.length * 2;
    const v = new Uint8Array(cap);
    v.set(this.version);
    this.version = v;
    const ad = new Uint32Array(cap * 8);
    ad.set(this.addr);
    this.addr = ad;
    const a = new Uint32Array(cap);
    a.set(this.a);
    this.a = a;
    const b = new Uint32Array(cap);
    b.set(this.b);
    this.b = b;
  }
}
