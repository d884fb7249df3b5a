/**
 * Streaming pcap/pcapng reader: feed it chunks of any size, it calls back once per record.
 *
 * HOT PATH, written for speed on purpose (guarded by `npm run bench`): records lying
 * entirely inside the pushed chunk are decoded in place (no copy); only a record cut by the
 * chunk boundary is carried over into one reusable buffer, capped at `maxRecordBytes`.
 * One `PacketView` is reused for every packet; fields are read with byte arithmetic; no
 * per-packet allocation, closure or string. Memory is bounded whatever the input.
 */
import { u32, u32le } from "../decode/bytes.js";
import { decodeFrame } from "../decode/frame.js";
import { type CaptureHealth, type CaptureInterface, DecodeStatus, PacketView } from "../decode/packet.js";
import { CaptureFormatError, describeMagic } from "./errors.js";
import { BlockType, MIN_BLOCK, MIN_SECTION_HEADER } from "./pcapng-blocks.js";
import { PcapngSections } from "./pcapng-sections.js";

/** Options of a `CaptureReader`. */
export interface CaptureReaderOptions {
  /**
   * Largest record accepted, in captured bytes (default 256 KiB). A pcap record claiming
   * more is counted in `health.badRecords` and the reader resynchronises on the next
   * plausible record header; a larger pcapng block is counted and skipped.
   */
  readonly maxRecordBytes?: number;
}

const DEFAULT_MAX_RECORD = 256 * 1024;
/** Room for a pcapng block's own header, trailer and options around the packet bytes. */
const BLOCK_OVERHEAD = 4096;
/** Bytes scanned per step while resynchronising through a carried-over tail. */
const RESYNC_STEP = 4096;

const S_START = 0;
const S_PCAP_HEADER = 1;
const S_PCAP = 2;
const S_PCAP_RESYNC = 3;
const S_PCAPNG = 4;
const S_SKIP = 5;
const S_STOPPED = 6;

const EMPTY = new Uint8Array(0);

/**
 * Reads a pcap or pcapng capture pushed in chunks and calls `onPacket` for every record
 * with one reused `PacketView` (copy what you keep). The format is detected from the magic.
 *
 * Throws `CaptureFormatError` only when the file header is unreadable; every problem after
 * it is counted in `health` and skipped. If `onPacket` throws, the reader is unusable.
 */
export class CaptureReader {
  /** Counts of records read, decoded, and of everything skipped. */
  readonly health: CaptureHealth = {
    packets: 0,
    decoded: 0,
    truncated: 0,
    malformed: 0,
    unknownLink: 0,
    unknownProtocol: 0,
    badRecords: 0,
    truncatedFile: false,
  };
  private fmt: "pcap" | "pcapng" | undefined;
  private readonly onPacket: (pv: PacketView) => void;
  private readonly pv = new PacketView();
  private readonly maxRecord: number;
  private readonly ng = new PcapngSections();
  private pcapInterfaces: CaptureInterface[] = [];
  private state = S_START;
  private carry: Uint8Array = EMPTY;
  private carryLen = 0;
  /** Bytes the unit starting at the first unparsed byte needs (set when parsing starves). */
  private want = 0;
  private skip = 0;
  private seen = 0;
  // pcap file header
  private le = true;
  private nanos = false;
  private recHdr = 16;
  private linkType = 0;
  private lastSec = -1;

  /**
   * @param onPacket called synchronously for every record, with `pv.status` telling how far
   *   it decoded (`pv.l4` is set only when `Ok`)
   * @param options see `CaptureReaderOptions`
   */
  constructor(onPacket: (pv: PacketView) => void, options?: CaptureReaderOptions) {
    this.onPacket = onPacket;
    const max = options?.maxRecordBytes ?? DEFAULT_MAX_RECORD;
    this.maxRecord = Number.isFinite(max) && max > 0 ? Math.floor(max) : DEFAULT_MAX_RECORD;
  }

  /** The capture's interfaces: one for pcap, every interface description for pcapng. */
  get interfaces(): readonly CaptureInterface[] {
    return this.fmt === "pcapng" ? this.ng.interfaces : this.pcapInterfaces;
  }

  /** The detected file format, once its first bytes were pushed. */
  get format(): "pcap" | "pcapng" | undefined {
    return this.fmt;
  }

  /** Feeds the next bytes of the capture; chunks may split records anywhere. */
  push(chunk: Uint8Array): void {
    const len = chunk.length;
    if (len === 0 || this.state === S_STOPPED) return;
    // One hidden class for the hot loops (Buffer is a Uint8Array subclass).
    const b = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, len);
    this.seen += len;
    let off = 0;
    while (this.carryLen > 0) {
      if (off >= len) return;
      const want = this.state === S_PCAP_RESYNC ? this.carryLen + RESYNC_STEP : this.want;
      const take = Math.min(want - this.carryLen, len - off);
      if (take > 0) {
        this.reserve(this.carryLen + take);
        this.carry.set(b.subarray(off, off + take), this.carryLen);
        this.carryLen += take;
        off += take;
      }
      if (this.carryLen < want) return;
      const used = this.parse(this.carry, 0, this.carryLen);
      if (used >= this.carryLen) this.carryLen = 0;
      else if (used > 0) {
        this.carry.copyWithin(0, used, this.carryLen);
        this.carryLen -= used;
      } else if (take <= 0) return; // cannot happen: parsing starved with all it wanted
    }
    off = this.parse(b, off, len);
    if (off < len) {
      this.reserve(len - off);
      this.carry.set(b.subarray(off, len), 0);
      this.carryLen = len - off;
    }
  }

  /** Marks the end of the capture: a record cut short is flagged in `health.truncatedFile`. */
  end(): void {
    if (this.state === S_START || this.state === S_PCAP_HEADER) {
      if (this.seen === 0) {
        throw new CaptureFormatError(
          "CAPTURE_EMPTY",
          "the capture is empty: it has no file header and no packets",
        );
      }
      throw new CaptureFormatError(
        "CAPTURE_BAD_HEADER",
        `the capture ends inside its file header (${this.seen} bytes): the file is cut or still being written`,
      );
    }
    if (this.state === S_PCAPNG && this.ng.sections === 0) {
      throw new CaptureFormatError(
        "CAPTURE_BAD_HEADER",
        `the pcapng capture ends inside its section header (${this.seen} bytes): the file is cut`,
      );
    }
    if (this.carryLen > 0 || (this.state === S_SKIP && this.skip > 0)) this.health.truncatedFile = true;
    this.carryLen = 0;
    this.carry = EMPTY;
    this.state = S_STOPPED;
  }

  /** Grows the carry-over buffer to hold `n` bytes, keeping its content. */
  private reserve(n: number): void {
    if (this.carry.length >= n) return;
    const next = new Uint8Array(
      Math.max(n, Math.min(this.carry.length * 2, this.maxRecord + BLOCK_OVERHEAD)),
    );
    next.set(this.carry.subarray(0, this.carryLen));
    this.carry = next;
  }

  /** Parses complete units from `b[off, end)`; returns the offset of the first unparsed byte. */
  private parse(b: Uint8Array, off: number, end: number): number {
    for (;;) {
      this.want = 0;
      switch (this.state) {
        case S_START:
          if (end - off < 4) return this.starve(off, 4);
          this.detect(b, off, end);
          continue;
        case S_PCAP_HEADER:
          if (end - off < 24) return this.starve(off, 24);
          this.pcapHeader(b, off);
          off += 24;
          continue;
        case S_PCAP:
          off = this.records(b, off, end);
          break;
        case S_PCAP_RESYNC:
          off = this.resync(b, off, end);
          break;
        case S_PCAPNG:
          off = this.blocks(b, off, end);
          break;
        case S_SKIP: {
          const n = Math.min(this.skip, end - off);
          this.skip -= n;
          off += n;
          if (this.skip > 0) return end;
          this.state = S_PCAPNG;
          continue;
        }
        default:
          return end;
      }
      if (this.want !== 0) return off;
    }
  }

  private starve(off: number, want: number): number {
    this.want = want;
    return off;
  }

  private detect(b: Uint8Array, off: number, end: number): void {
    const magic = u32(b, off);
    if (magic === BlockType.SectionHeader) {
      this.fmt = "pcapng";
      this.state = S_PCAPNG;
      return;
    }
    const le = u32le(b, off);
    const m = magic === 0xa1b2c3d4 || magic === 0xa1b23c4d || magic === 0xa1b2cd34 ? magic : le;
    if (m !== 0xa1b2c3d4 && m !== 0xa1b23c4d && m !== 0xa1b2cd34) {
      this.state = S_STOPPED;
      throw new CaptureFormatError(
        "CAPTURE_BAD_MAGIC",
        `not a pcap or pcapng capture: it starts with ${describeMagic(b.subarray(off, end), end - off)}; ` +
          "capture with `tcpdump -w FILE` or convert it with `editcap -F pcap IN OUT`",
      );
    }
    this.fmt = "pcap";
    this.le = m === le;
    this.nanos = m === 0xa1b23c4d;
    this.recHdr = m === 0xa1b2cd34 ? 24 : 16; // Kuznetzov's patched pcap adds 8 bytes
    this.state = S_PCAP_HEADER;
  }

  private pcapHeader(b: Uint8Array, off: number): void {
    const r32 = this.le ? u32le : u32;
    const major = this.le ? b[off + 4]! | (b[off + 5]! << 8) : (b[off + 4]! << 8) | b[off + 5]!;
    if (major !== 2) {
      this.state = S_STOPPED;
      throw new CaptureFormatError(
        "CAPTURE_BAD_HEADER",
        `unsupported pcap version ${major} (only version 2 exists): the file header is damaged`,
      );
    }
    const snaplen = r32(b, off + 16);
    this.linkType = r32(b, off + 20) & 0x03ffffff; // upper bits: FCS length flags
    this.pcapInterfaces = [{ id: 0, name: undefined, linkType: this.linkType, snaplen }];
    this.state = S_PCAP;
  }

  /** The pcap record loop. */
  private records(b: Uint8Array, off: number, end: number): number {
    const hdr = this.recHdr;
    const le = this.le;
    const max = this.maxRecord;
    for (;;) {
      if (end - off < hdr) return this.starve(off, hdr);
      const capLen = le ? u32le(b, off + 8) : u32(b, off + 8);
      if (capLen > max) {
        this.health.badRecords++;
        this.state = S_PCAP_RESYNC;
        return off + 1;
      }
      const total = hdr + capLen;
      if (end - off < total) return this.starve(off, total);
      let sec: number;
      let frac: number;
      let wire: number;
      if (le) {
        sec = u32le(b, off);
        frac = u32le(b, off + 4);
        wire = u32le(b, off + 12);
      } else {
        sec = u32(b, off);
        frac = u32(b, off + 4);
        wire = u32(b, off + 12);
      }
      this.lastSec = sec;
      const ts = sec * 1e6 + (this.nanos ? Math.floor(frac / 1000) : frac);
      this.emit(b, off + hdr, capLen, wire, ts, 0, this.linkType);
      off += total;
    }
  }

  /** After an impossible record header: scan for the next plausible one. */
  private resync(b: Uint8Array, off: number, end: number): number {
    const hdr = this.recHdr;
    const r32 = this.le ? u32le : u32;
    const fracMax = this.nanos ? 1e9 : 1e6;
    for (; end - off >= hdr; off++) {
      const capLen = r32(b, off + 8);
      const wire = r32(b, off + 12);
      const sec = r32(b, off);
      if (
        capLen <= this.maxRecord &&
        capLen <= wire &&
        wire <= 0x1000000 &&
        r32(b, off + 4) < fracMax &&
        (this.lastSec < 0 || Math.abs(sec - this.lastSec) <= 86400)
      ) {
        this.state = S_PCAP;
        return off;
      }
    }
    return this.starve(off, hdr);
  }

  /** The pcapng block loop. */
  private blocks(b: Uint8Array, off: number, end: number): number {
    const ng = this.ng;
    for (;;) {
      if (end - off < MIN_BLOCK) return this.starve(off, MIN_BLOCK);
      const le = ng.byteOrderAt(b, off);
      if (le === undefined) return this.corrupt("bad byte-order mark", end);
      const type = le ? u32le(b, off) : u32(b, off);
      const len = le ? u32le(b, off + 4) : u32(b, off + 4);
      const isSection = type === BlockType.SectionHeader;
      if (len < (isSection ? MIN_SECTION_HEADER : MIN_BLOCK) || (len & 3) !== 0) {
        return this.corrupt(`impossible block length ${len}`, end);
      }
      if (len > this.maxRecord + BLOCK_OVERHEAD) {
        if (isSection) return this.corrupt(`section header of ${len} bytes`, end);
        this.health.badRecords++;
        this.skip = len;
        this.state = S_SKIP;
        return off;
      }
      if (end - off < len) return this.starve(off, len);
      if ((le ? u32le(b, off + len - 4) : u32(b, off + len - 4)) !== len) {
        return this.corrupt("block trailer does not repeat the block length", end);
      }
      if (type === BlockType.EnhancedPacket || type === BlockType.ObsoletePacket) {
        const enhanced = type === BlockType.EnhancedPacket;
        const r32 = le ? u32le : u32;
        const local = enhanced
          ? r32(b, off + 8)
          : le
            ? b[off + 8]! | (b[off + 9]! << 8)
            : (b[off + 8]! << 8) | b[off + 9]!;
        const capLen = r32(b, off + 20);
        const id = ng.interfaceId(local);
        if (id < 0 || capLen > len - 32) this.health.badRecords++;
        else {
          const ts = ng.units[id]!.toMicros(r32(b, off + 12), r32(b, off + 16));
          this.emit(b, off + 28, capLen, r32(b, off + 24), ts, id, ng.linkTypes[id]!);
        }
      } else if (type === BlockType.SimplePacket) {
        const id = ng.interfaceId(0);
        if (id < 0) this.health.badRecords++;
        else {
          const wire = le ? u32le(b, off + 8) : u32(b, off + 8);
          const snap = ng.interfaces[id]!.snaplen;
          let capLen = Math.min(wire, len - 16);
          if (snap > 0 && capLen > snap) capLen = snap;
          this.emit(b, off + 12, capLen, wire, 0, id, ng.linkTypes[id]!);
        }
      } else if (!ng.block(b, off, len, type, le)) {
        return this.corrupt("unreadable section or interface header", end);
      }
      off += len;
    }
  }

  /** pcapng framing is lost: an error if still in the first header, else count and stop. */
  private corrupt(what: string, end: number): number {
    if (this.ng.sections === 0) {
      this.state = S_STOPPED;
      throw new CaptureFormatError("CAPTURE_BAD_HEADER", `unreadable pcapng section header (${what})`);
    }
    this.health.badRecords++;
    this.state = S_STOPPED;
    return end;
  }

  private emit(
    b: Uint8Array,
    off: number,
    capLen: number,
    wire: number,
    ts: number,
    iface: number,
    link: number,
  ): void {
    const pv = this.pv;
    const health = this.health;
    pv.reset();
    pv.index = health.packets++;
    pv.ts = ts;
    pv.iface = iface;
    pv.capLen = capLen;
    pv.wireLen = wire;
    const status = decodeFrame(pv, b, off, capLen, link);
    pv.status = status;
    if (status === DecodeStatus.Ok) health.decoded++;
    else if (status === DecodeStatus.Truncated) health.truncated++;
    else if (status === DecodeStatus.Malformed) health.malformed++;
    else if (status === DecodeStatus.UnknownLink) health.unknownLink++;
    else health.unknownProtocol++;
    this.onPacket(pv);
  }
}
