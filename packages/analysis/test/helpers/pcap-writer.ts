/**
 * Builds pcap/pcapng captures in memory from hand-made frames, for synthetic edge cases.
 *
 * Frames are built inside out from layer builders that return a `Layer`: the bytes that
 * are "captured" and the length the layer declares on the wire, so a snaplen-cut frame is
 * natural: `tcp({ seq: 1, payloadLen: 1400 })` has 20 captured bytes but declares 1420, and
 * `ipv4({...}, tcp(...))` writes IP total length 1440.
 *
 * ```ts
 * const pkt = ethernet({}, ipv4({ src: "10.0.0.1", dst: "10.0.0.2" }, tcp({ seq: 1, flags: SYN })));
 * const file = buildPcap({ linkType: 1 }, [{ ts: 1_700_000_000_000_000, ...frame(pkt) }]);
 * ```
 */

// ── bytes ─────────────────────────────────────────────────────────────────

/** A built protocol layer: the captured bytes and the length it declares on the wire. */
export interface Layer {
  bytes: Uint8Array;
  len: number;
  /** IP protocol number of this layer (set by the transport builders; `ipv4()` uses it). */
  proto?: number;
}

/** A layer of `b` declaring `len` bytes on the wire. */
export function layer(b: Uint8Array, len = b.length, proto?: number): Layer {
  return proto === undefined ? { bytes: b, len } : { bytes: b, len, proto };
}

/** Concatenation of byte arrays. */
export function bytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Writes a 16-bit value (big-endian unless `le`). */
export function put16(b: Uint8Array, o: number, v: number, le = false): void {
  new DataView(b.buffer, b.byteOffset, b.byteLength).setUint16(o, v & 0xffff, le);
}

/** Writes a 32-bit value (big-endian unless `le`). */
export function put32(b: Uint8Array, o: number, v: number, le = false): void {
  new DataView(b.buffer, b.byteOffset, b.byteLength).setUint32(o, v >>> 0, le);
}

/** One record: `ts` in microseconds since the epoch. */
export interface Frame {
  ts: number;
  data: Uint8Array;
  /** Length on the wire; defaults to `data.length`. */
  origLen?: number;
}

/** The record fields of a built layer: captured bytes and declared wire length. */
export function frame(l: Layer): { data: Uint8Array; origLen: number } {
  return { data: l.bytes, origLen: l.len };
}

/** pcap file header options. */
export interface PcapOptions {
  linkType: number;
  /** Nanosecond magic (0xa1b23c4d); timestamps are written as µs × 1000. */
  nanos?: boolean;
  bigEndian?: boolean;
  /** Default 262144. */
  snaplen?: number;
  /** Override the version (a damaged header). */
  major?: number;
}

/** A classic pcap file. */
export function buildPcap(opts: PcapOptions, frames: readonly Frame[]): Uint8Array {
  const le = !opts.bigEndian;
  const parts: Uint8Array[] = [];
  const h = new Uint8Array(24);
  put32(h, 0, opts.nanos ? 0xa1b23c4d : 0xa1b2c3d4, le);
  put16(h, 4, opts.major ?? 2, le);
  put16(h, 6, 4, le);
  put32(h, 16, opts.snaplen ?? 262144, le);
  put32(h, 20, opts.linkType, le);
  parts.push(h);
  for (const f of frames) {
    const r = new Uint8Array(16);
    const sec = Math.floor(f.ts / 1e6);
    const us = f.ts - sec * 1e6;
    put32(r, 0, sec, le);
    put32(r, 4, opts.nanos ? us * 1000 : us, le);
    put32(r, 8, f.data.length, le);
    put32(r, 12, f.origLen ?? f.data.length, le);
    parts.push(r, f.data);
  }
  return bytes(...parts);
}

/** One pcapng interface description. */
export interface PcapngInterface {
  linkType: number;
  name?: string;
  /** `if_tsresol` byte: 6 (µs, default), 9 (ns), 0x80|k for 2^-k. */
  tsresol?: number;
  /** `if_tsoffset` in seconds. */
  tsoffset?: number;
  snaplen?: number;
}

/** A pcapng record: a packet (EPB by default) or any raw block. */
export type PcapngRecord =
  | (Frame & { iface?: number; kind?: "epb" | "spb" | "opb" })
  | { blockType: number; body: Uint8Array };

/** One pcapng section: its byte order, interfaces and records. */
export interface PcapngSection {
  bigEndian?: boolean;
  interfaces: readonly PcapngInterface[];
  records: readonly PcapngRecord[];
}

/** A pcapng file of one or more sections. */
export function buildPcapng(sections: PcapngSection | readonly PcapngSection[]): Uint8Array {
  const list = Array.isArray(sections) ? sections : [sections as PcapngSection];
  const parts: Uint8Array[] = [];
  for (const s of list) {
    const le = !s.bigEndian;
    const shb = new Uint8Array(16);
    put32(shb, 0, 0x1a2b3c4d, le);
    put16(shb, 4, 1, le);
    shb.fill(0xff, 8, 16); // section length unknown
    parts.push(block(0x0a0d0d0a, shb, le));
    for (const i of s.interfaces) parts.push(block(1, interfaceBody(i, le), le));
    for (const r of s.records) {
      if ("blockType" in r) {
        parts.push(block(r.blockType, r.body, le));
        continue;
      }
      const iface = r.iface ?? 0;
      const desc = s.interfaces[iface];
      const orig = r.origLen ?? r.data.length;
      if (r.kind === "spb") {
        const hdr = new Uint8Array(4);
        put32(hdr, 0, orig, le);
        parts.push(block(3, bytes(hdr, pad4(r.data)), le));
        continue;
      }
      const [hi, lo] = rawTimestamp(r.ts, desc?.tsresol ?? 6, desc?.tsoffset ?? 0);
      const hdr = new Uint8Array(20);
      if (r.kind === "opb") {
        put16(hdr, 0, iface, le);
      } else put32(hdr, 0, iface, le);
      put32(hdr, 4, hi, le);
      put32(hdr, 8, lo, le);
      put32(hdr, 12, r.data.length, le);
      put32(hdr, 16, orig, le);
      parts.push(block(r.kind === "opb" ? 2 : 6, bytes(hdr, pad4(r.data)), le));
    }
  }
  return bytes(...parts);
}

/** A whole block: type, total length, body, total length. */
export function block(type: number, body: Uint8Array, le = true): Uint8Array {
  const b = new Uint8Array(12 + body.length);
  put32(b, 0, type, le);
  put32(b, 4, b.length, le);
  b.set(body, 8);
  put32(b, b.length - 4, b.length, le);
  return b;
}

function interfaceBody(i: PcapngInterface, le: boolean): Uint8Array {
  const fixed = new Uint8Array(8);
  put16(fixed, 0, i.linkType, le);
  put32(fixed, 4, i.snaplen ?? 0, le);
  const opts: Uint8Array[] = [fixed];
  if (i.name !== undefined) opts.push(option(2, new TextEncoder().encode(i.name), le));
  if (i.tsresol !== undefined) opts.push(option(9, Uint8Array.of(i.tsresol), le));
  if (i.tsoffset !== undefined) {
    const v = new Uint8Array(8);
    const big = BigInt(i.tsoffset);
    new DataView(v.buffer).setBigInt64(0, big, le);
    opts.push(option(14, v, le));
  }
  if (opts.length > 1) opts.push(new Uint8Array(4)); // opt_endofopt
  return bytes(...opts);
}

function option(code: number, value: Uint8Array, le: boolean): Uint8Array {
  const h = new Uint8Array(4);
  put16(h, 0, code, le);
  put16(h, 2, value.length, le);
  return bytes(h, pad4(value));
}

function pad4(b: Uint8Array): Uint8Array {
  const n = (4 - (b.length % 4)) % 4;
  return n === 0 ? b : bytes(b, new Uint8Array(n));
}

/** µs since the epoch → the 64-bit count of `tsresol` units, as [hi, lo]. */
export function rawTimestamp(us: number, tsresol: number, tsoffset = 0): [number, number] {
  const micros = BigInt(us) - BigInt(tsoffset) * 1_000_000n;
  const exp = BigInt(tsresol & 0x7f);
  const units =
    (tsresol & 0x80) !== 0
      ? (micros * 2n ** exp) / 1_000_000n
      : exp >= 6n
        ? micros * 10n ** (exp - 6n)
        : micros / 10n ** (6n - exp);
  return [Number(units >> 32n), Number(units & 0xffffffffn)];
}

/** A layer of explicit bytes (e.g. garbage after a header). */
export function raw(data: Uint8Array | readonly number[], len?: number): Layer {
  const b = data instanceof Uint8Array ? data : Uint8Array.from(data);
  return layer(b, len ?? b.length);
}

// ── frame builders ────────────────────────────────────────────────────────

type Inner = Layer | Uint8Array;
const asLayer = (l: Inner | undefined): Layer =>
  l === undefined ? layer(new Uint8Array(0)) : l instanceof Uint8Array ? layer(l) : l;

/** An IPv4 address as 4 bytes. */
export function ip4(a: string): Uint8Array {
  return Uint8Array.from(a.split(".").map(Number));
}

/** An IPv6 address (with `::`) as 16 bytes. */
export function ip6(a: string): Uint8Array {
  const [head = "", tail] = a.split("::");
  const h = head === "" ? [] : head.split(":");
  const t = tail === undefined || tail === "" ? [] : tail.split(":");
  const words = [...h, ...Array(8 - h.length - t.length).fill("0"), ...t].map((w) => Number.parseInt(w, 16));
  const out = new Uint8Array(16);
  for (const [i, w] of words.entries()) put16(out, 2 * i, w);
  return out;
}

/** Ethernet II with optional VLAN tags (outermost first; tpid 0x8100 unless given). */
export function ethernet(
  o: { type?: number; vlans?: readonly (number | { tpid: number; id: number })[] },
  inner?: Inner,
): Layer {
  const l = asLayer(inner);
  const tags = o.vlans ?? [];
  const h = new Uint8Array(14 + 4 * tags.length);
  h.set([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]);
  let p = 12;
  for (const t of tags) {
    const tag = typeof t === "number" ? { tpid: 0x8100, id: t } : t;
    put16(h, p, tag.tpid);
    put16(h, p + 2, tag.id);
    p += 4;
  }
  put16(h, p, o.type ?? etherTypeOf(l));
  return layer(bytes(h, l.bytes), h.length + l.len);
}

function etherTypeOf(l: Layer): number {
  return l.bytes.length > 0 && l.bytes[0]! >> 4 === 6 ? 0x86dd : 0x0800;
}

/** Linux cooked v1 (link type 113). */
export function sll(o: { pktType?: number; protocol?: number; hatype?: number }, inner?: Inner): Layer {
  const l = asLayer(inner);
  const h = new Uint8Array(16);
  put16(h, 0, o.pktType ?? 0);
  put16(h, 2, o.hatype ?? 1);
  put16(h, 4, 6);
  put16(h, 14, o.protocol ?? etherTypeOf(l));
  return layer(bytes(h, l.bytes), 16 + l.len);
}

/** Linux cooked v2 (link type 276): carries the interface index. */
export function sll2(o: { ifindex: number; pktType?: number; protocol?: number }, inner?: Inner): Layer {
  const l = asLayer(inner);
  const h = new Uint8Array(20);
  put16(h, 0, o.protocol ?? etherTypeOf(l));
  put32(h, 4, o.ifindex);
  put16(h, 8, 1);
  h[10] = o.pktType ?? 0;
  h[11] = 6;
  return layer(bytes(h, l.bytes), 20 + l.len);
}

/** BSD null (link 0, host byte order: `le` default true) or loop (108, big-endian). */
export function nullLink(family: number, inner?: Inner, le = true): Layer {
  const l = asLayer(inner);
  const h = new Uint8Array(4);
  put32(h, 0, family, le);
  return layer(bytes(h, l.bytes), 4 + l.len);
}

/** IPv4 options for `ipv4()`; lengths/flags can be forced to lie. */
export interface Ipv4Options {
  src?: string;
  dst?: string;
  proto?: number;
  id?: number;
  ttl?: number;
  df?: boolean;
  mf?: boolean;
  /** Fragment offset in bytes (multiple of 8). */
  fragOffset?: number;
  /** Header options (padded to 4 bytes). */
  options?: Uint8Array;
  /** Override the total length field. */
  totalLen?: number;
  /** Override the IHL nibble (4-byte units). */
  ihl?: number;
  version?: number;
}

/** IPv4 header + inner layer; the protocol is guessed from the inner builder when omitted. */
export function ipv4(o: Ipv4Options, inner?: Inner): Layer {
  const l = asLayer(inner);
  const opt = o.options === undefined ? new Uint8Array(0) : pad4(o.options);
  const h = new Uint8Array(20 + opt.length);
  h[0] = ((o.version ?? 4) << 4) | (o.ihl ?? h.length / 4);
  put16(h, 2, o.totalLen ?? h.length + l.len);
  put16(h, 4, o.id ?? 0x1234);
  put16(h, 6, (o.df ? 0x4000 : 0) | (o.mf ? 0x2000 : 0) | ((o.fragOffset ?? 0) >> 3));
  h[8] = o.ttl ?? 64;
  h[9] = o.proto ?? protoOf(inner);
  h.set(ip4(o.src ?? "192.0.2.1"), 12);
  h.set(ip4(o.dst ?? "198.51.100.1"), 16);
  h.set(opt, 20);
  return layer(bytes(h, l.bytes), h.length + l.len);
}

/** An IPv6 extension header for `ipv6()`. */
export type Ipv6Ext =
  | { type: 0 | 43 | 60; units?: number }
  | { type: 44; offset?: number; more?: boolean; id?: number };

/** IPv6 header, extension headers in order, then the inner layer. */
export function ipv6(
  o: {
    src?: string;
    dst?: string;
    next?: number;
    hopLimit?: number;
    ext?: readonly Ipv6Ext[];
    payloadLen?: number;
  },
  inner?: Inner,
): Layer {
  const l = asLayer(inner);
  const final = o.next ?? protoOf(inner);
  const exts = (o.ext ?? []).map((e, i, all) => {
    const next = i + 1 < all.length ? all[i + 1]!.type : final;
    if (e.type === 44) {
      const b = new Uint8Array(8);
      b[0] = next;
      put16(b, 2, (e.offset ?? 0) | (e.more ? 1 : 0));
      put32(b, 4, e.id ?? 0xabcdef);
      return b;
    }
    const b = new Uint8Array(8 * ((e.units ?? 0) + 1));
    b[0] = next;
    b[1] = e.units ?? 0;
    b[2] = 1; // PadN
    b[3] = b.length - 4;
    return b;
  });
  const extBytes = bytes(...exts);
  const h = new Uint8Array(40);
  h[0] = 0x60;
  put16(h, 4, o.payloadLen ?? extBytes.length + l.len);
  h[6] = exts.length > 0 ? o.ext![0]!.type : final;
  h[7] = o.hopLimit ?? 64;
  h.set(ip6(o.src ?? "2001:db8::1"), 8);
  h.set(ip6(o.dst ?? "2001:db8::2"), 24);
  return layer(bytes(h, extBytes, l.bytes), 40 + extBytes.length + l.len);
}

/** The IP protocol of an inner layer: its `proto`, or 59 (no next header). */
function protoOf(inner: Inner | undefined): number {
  return inner !== undefined && !(inner instanceof Uint8Array) ? (inner.proto ?? 59) : 59;
}

/** TCP options for `tcp()`, written in this order and NOP-padded to 4 bytes. */
export interface TcpOptions {
  mss?: number;
  wscale?: number;
  sackPermitted?: boolean;
  timestamps?: readonly [number, number];
  sack?: readonly (readonly [number, number])[];
  /** Raw option bytes appended last. */
  raw?: Uint8Array;
}

/** A TCP header; `payloadLen` bytes of payload are declared but not captured. */
export function tcp(o: {
  sport?: number;
  dport?: number;
  seq?: number;
  ack?: number;
  flags?: number;
  window?: number;
  options?: TcpOptions;
  payloadLen?: number;
  /** Override the data offset (4-byte units). */
  dataOffset?: number;
}): Layer {
  const opts = tcpOptions(o.options ?? {});
  const h = new Uint8Array(20 + opts.length);
  put16(h, 0, o.sport ?? 40000);
  put16(h, 2, o.dport ?? 5001);
  put32(h, 4, o.seq ?? 1);
  put32(h, 8, o.ack ?? 0);
  h[12] = (o.dataOffset ?? h.length / 4) << 4;
  h[13] = o.flags ?? 0x10;
  put16(h, 14, o.window ?? 65535);
  h.set(opts, 20);
  return layer(h, h.length + (o.payloadLen ?? 0), 6);
}

function tcpOptions(o: TcpOptions): Uint8Array {
  const parts: number[] = [];
  if (o.mss !== undefined) parts.push(2, 4, o.mss >> 8, o.mss & 255);
  if (o.wscale !== undefined) parts.push(1, 3, 3, o.wscale);
  if (o.sackPermitted) parts.push(1, 1, 4, 2);
  if (o.timestamps !== undefined) {
    const t = new Uint8Array(8);
    put32(t, 0, o.timestamps[0]);
    put32(t, 4, o.timestamps[1]);
    parts.push(1, 1, 8, 10, ...t);
  }
  if (o.sack !== undefined) {
    parts.push(1, 1, 5, 2 + 8 * o.sack.length);
    for (const [l, r] of o.sack) {
      const e = new Uint8Array(8);
      put32(e, 0, l);
      put32(e, 4, r);
      parts.push(...e);
    }
  }
  if (o.raw !== undefined) parts.push(...o.raw);
  while (parts.length % 4 !== 0) parts.push(0);
  return Uint8Array.from(parts);
}

/** A UDP header around the inner layer (its declared length counts). */
export function udp(o: { sport?: number; dport?: number; length?: number }, inner?: Inner): Layer {
  const l = asLayer(inner);
  const h = new Uint8Array(8);
  put16(h, 0, o.sport ?? 4500);
  put16(h, 2, o.dport ?? 4500);
  put16(h, 4, o.length ?? 8 + l.len);
  return layer(bytes(h, l.bytes), 8 + l.len, 17);
}

/** ESP: SPI and sequence captured, `payloadLen` more bytes declared (IV, data, ICV). */
export function esp(o: { spi: number; seq: number; payloadLen?: number }): Layer {
  const h = new Uint8Array(8);
  put32(h, 0, o.spi);
  put32(h, 4, o.seq);
  return layer(h, 8 + (o.payloadLen ?? 100), 50);
}

/** IKE on UDP 4500: the 4-byte non-ESP marker, then an IKE header start. */
export function ikeNatT(len = 200): Layer {
  return layer(Uint8Array.of(0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8), len);
}

/** NAT-T keepalive: a single 0xff byte. */
export function natKeepalive(): Layer {
  return layer(Uint8Array.of(0xff));
}

/** ICMP (v4) with the quoted packet's captured bytes (e.g. `ipv4(..., udp(...))`). */
export function icmp4(o: { type: number; code: number; mtu?: number }, quoted?: Inner): Layer {
  const q = asLayer(quoted);
  const h = new Uint8Array(8);
  h[0] = o.type;
  h[1] = o.code;
  if (o.mtu !== undefined) put16(h, 6, o.mtu);
  const b = bytes(h, q.bytes);
  return layer(b, b.length, 1);
}

/** ICMPv6 with the quoted packet's captured bytes. */
export function icmp6(o: { type: number; code: number; mtu?: number }, quoted?: Inner): Layer {
  const q = asLayer(quoted);
  const h = new Uint8Array(8);
  h[0] = o.type;
  h[1] = o.code;
  if (o.mtu !== undefined) put32(h, 4, o.mtu);
  const b = bytes(h, q.bytes);
  return layer(b, b.length, 58);
}

/** The first `n` captured bytes of a layer, declaring only those (an ICMP quote). */
export function cut(l: Layer, n: number): Layer {
  return layer(l.bytes.subarray(0, n));
}
