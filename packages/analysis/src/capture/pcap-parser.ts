/**
 * The classic pcap record loop (both byte orders, µs/ns magic, Kuznetzov's modified
 * format), with resynchronisation after an impossible record header. HOT PATH: see
 * `reader.ts`.
 */
import { u32, u32le } from "../decode/bytes.js";
import type { CaptureInterface } from "../decode/packet.js";
import { CaptureFormatError } from "./errors.js";
import type { FormatParser, RecordSink } from "./record-sink.js";

/** pcap magic numbers as read big-endian. */
export const PcapMagic = { Micro: 0xa1b2c3d4, Nano: 0xa1b23c4d, Modified: 0xa1b2cd34 } as const;

const FILE_HEADER = 24;
const S_HEADER = 0;
const S_RECORDS = 1;
const S_RESYNC = 2;

/** Largest original length believed while resynchronising. */
const MAX_WIRE = 0x1000000;

/** Reads pcap records after the magic has been recognised. */
export class PcapParser implements FormatParser {
  want = 0;
  readonly done = false;
  interfaces: CaptureInterface[] = [];
  private state = S_HEADER;
  private readonly le: boolean;
  private readonly nanos: boolean;
  private readonly recHdr: number;
  private linkType = 0;
  /** Seconds of the last good record (or of the first bad one): the resync time reference. */
  private refSec = -1;

  /** `magic` is the magic number as read in the file's own byte order. */
  constructor(
    private readonly sink: RecordSink,
    private readonly maxRecord: number,
    magic: number,
    le: boolean,
  ) {
    this.le = le;
    this.nanos = magic === PcapMagic.Nano;
    this.recHdr = magic === PcapMagic.Modified ? 24 : 16;
  }

  get scanning(): boolean {
    return this.state === S_RESYNC;
  }

  parse(b: Uint8Array, off: number, end: number): number {
    this.want = 0;
    if (this.state === S_HEADER) {
      if (end - off < FILE_HEADER) return this.starve(off, FILE_HEADER);
      this.header(b, off);
      off += FILE_HEADER;
    }
    for (;;) {
      if (this.state === S_RECORDS) {
        off = this.records(b, off, end);
        // Still reading records: it stopped for lack of bytes (the record loop itself
        // only returns, so that its exit needs no type feedback when it is optimised
        // in the middle of the first chunk).
        if (this.state === S_RECORDS) return this.starve(off, this.needed(b, off, end));
      } else {
        off = this.resync(b, off, end);
        if (this.want !== 0) return off;
      }
    }
  }

  /** Bytes the record at `off` needs: its header, then header and captured bytes. */
  private needed(b: Uint8Array, off: number, end: number): number {
    const hdr = this.recHdr;
    return end - off < hdr ? hdr : hdr + this.r32(b, off + 8);
  }

  finish(tail: Uint8Array, len: number): { headerError?: string; leftover: number } {
    if (this.state === S_HEADER)
      return { headerError: "the capture ends inside its pcap file header", leftover: len };
    if (this.state === S_RESYNC) {
      // A plausible record that ends exactly with the file needs no follower to confirm it.
      for (let p = 0; len - p >= this.recHdr; p++) {
        const capLen = this.plausible(tail, p, this.refSec);
        if (capLen >= 0 && p + this.recHdr + capLen === len) {
          this.state = S_RECORDS;
          return { leftover: len - this.parse(tail, p, len) };
        }
      }
    }
    return { leftover: len };
  }

  private starve(off: number, want: number): number {
    this.want = want;
    return off;
  }

  private r32(b: Uint8Array, off: number): number {
    return this.le ? u32le(b, off) : u32(b, off);
  }

  private header(b: Uint8Array, off: number): void {
    const major = this.le ? b[off + 4]! | (b[off + 5]! << 8) : (b[off + 4]! << 8) | b[off + 5]!;
    if (major !== 2) {
      throw new CaptureFormatError(
        "CAPTURE_BAD_HEADER",
        `unsupported pcap version ${major} (only version 2 exists): the file header is damaged`,
      );
    }
    const snaplen = this.r32(b, off + 16);
    this.linkType = this.r32(b, off + 20) & 0x03ffffff; // upper bits: FCS length flags
    this.interfaces = [{ id: 0, name: undefined, linkType: this.linkType, snaplen }];
    this.state = S_RECORDS;
  }

  /**
   * The record loop: returns the offset where it stopped, for lack of bytes or (state
   * `S_RESYNC`) after an impossible record header. Header fields are read through a DataView
   * made once per call (and handed to the decoder): its reads compile to single loads,
   * leaving the optimiser's inlining budget to `emit()`.
   */
  private records(b: Uint8Array, off: number, end: number): number {
    const hdr = this.recHdr;
    const le = this.le;
    const max = this.maxRecord;
    const sink = this.sink;
    const link = this.linkType;
    const nanos = this.nanos;
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    for (;;) {
      if (end - off < hdr) return off;
      const capLen = v.getUint32(off + 8, le);
      if (capLen > max) {
        sink.health.badRecords++;
        if (this.refSec < 0) this.refSec = v.getUint32(off, le);
        this.state = S_RESYNC;
        return off + 1;
      }
      const total = hdr + capLen;
      if (end - off < total) return off;
      const sec = v.getUint32(off, le);
      const frac = v.getUint32(off + 4, le);
      this.refSec = sec;
      sink.ts = sec * 1e6 + (nanos ? Math.floor(frac / 1000) : frac);
      sink.emit(b, v, off + hdr, capLen, v.getUint32(off + 12, le), 0, link);
      off += total;
    }
  }

  /**
   * After an impossible record header: scan for the next plausible one, confirmed by the
   * plausible header that must follow it (so the outcome does not depend on chunking).
   */
  private resync(b: Uint8Array, off: number, end: number): number {
    const hdr = this.recHdr;
    for (; end - off >= hdr; off++) {
      const capLen = this.plausible(b, off, this.refSec);
      if (capLen < 0) continue;
      const next = off + hdr + capLen;
      if (end - next < hdr) return this.starve(off, 2 * hdr + capLen);
      if (this.plausible(b, next, this.r32(b, off)) >= 0) {
        this.state = S_RECORDS;
        return off;
      }
    }
    return this.starve(off, hdr);
  }

  /** Caplen of a plausible record header at `off` (seconds near `ref` if ≥ 0), else -1. */
  private plausible(b: Uint8Array, off: number, ref: number): number {
    const capLen = this.r32(b, off + 8);
    const wire = this.r32(b, off + 12);
    const ok =
      capLen <= this.maxRecord &&
      capLen <= wire &&
      wire > 0 &&
      wire <= MAX_WIRE &&
      this.r32(b, off + 4) < (this.nanos ? 1e9 : 1e6) &&
      (ref < 0 || Math.abs(this.r32(b, off) - ref) <= 86400);
    return ok ? capLen : -1;
  }
}
