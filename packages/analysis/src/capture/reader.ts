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
import type { CaptureHealth, CaptureInterface, PacketView } from "../decode/packet.js";
import { CaptureFormatError, describeMagic } from "./errors.js";
import { PcapMagic, PcapParser } from "./pcap-parser.js";
import { BlockType } from "./pcapng-blocks.js";
import { BLOCK_OVERHEAD, PcapngParser } from "./pcapng-parser.js";
import { RecordSink } from "./record-sink.js";

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
/** Bytes fed per step to a parser scanning for a record start through the carry-over. */
const SCAN_STEP = 4096;
const MAGIC_LEN = 4;
const EMPTY = new Uint8Array(0);

/**
 * Reads a pcap or pcapng capture pushed in chunks and calls `onPacket` for every record
 * with one reused `PacketView` (copy what you keep). The format is detected from the magic.
 *
 * Throws `CaptureFormatError` only when the file header is unreadable; every problem after
 * it is counted in `health` and skipped. If `onPacket` throws, the reader is unusable.
 */
export class CaptureReader {
  private readonly sink: RecordSink;
  private readonly maxRecord: number;
  private parser: PcapParser | PcapngParser | undefined;
  private stopped = false;
  private carry: Uint8Array = EMPTY;
  private carryLen = 0;
  private seen = 0;

  /**
   * @param onPacket called synchronously for every record, with `pv.status` telling how far
   *   it decoded (`pv.l4` is set only when `Ok`)
   * @param options see `CaptureReaderOptions`
   */
  constructor(onPacket: (pv: PacketView) => void, options?: CaptureReaderOptions) {
    this.sink = new RecordSink(onPacket);
    const max = options?.maxRecordBytes ?? DEFAULT_MAX_RECORD;
    this.maxRecord = Number.isFinite(max) && max > 0 ? Math.floor(max) : DEFAULT_MAX_RECORD;
  }

  /** Counts of records read, decoded, and of everything skipped. */
  get health(): CaptureHealth {
    return this.sink.health;
  }

  /** The capture's interfaces: one for pcap, every interface description for pcapng. */
  get interfaces(): readonly CaptureInterface[] {
    return this.parser?.interfaces ?? [];
  }

  /** The detected file format, once its first bytes were pushed. */
  get format(): "pcap" | "pcapng" | undefined {
    if (this.parser === undefined) return undefined;
    return this.parser instanceof PcapParser ? "pcap" : "pcapng";
  }

  /** Feeds the next bytes of the capture; chunks may split records anywhere. */
  push(chunk: Uint8Array): void {
    const len = chunk.length;
    if (len === 0 || this.stopped) return;
    // One hidden class for the hot loops (Buffer is a Uint8Array subclass).
    const b = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, len);
    this.seen += len;
    let off = 0;
    // Complete the unit cut by the previous chunk boundary, in the carry-over buffer.
    while (this.carryLen > 0) {
      if (off >= len) return;
      const want = this.want();
      const step = this.parser?.scanning ? SCAN_STEP : 0;
      const take = Math.max(0, Math.min(Math.max(want - this.carryLen, step), len - off));
      this.reserve(this.carryLen + take);
      this.carry.set(b.subarray(off, off + take), this.carryLen);
      this.carryLen += take;
      off += take;
      if (this.carryLen < want) return;
      const used = this.parse(this.carry, 0, this.carryLen);
      if (used >= this.carryLen) this.carryLen = 0;
      else if (used > 0) {
        this.carry.copyWithin(0, used, this.carryLen);
        this.carryLen -= used;
      } else if (take === 0) return; // no progress possible (parsers always want more than they hold)
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
    if (this.stopped) return;
    this.stopped = true;
    if (this.seen === 0) {
      throw new CaptureFormatError(
        "CAPTURE_EMPTY",
        "the capture is empty: it has no file header and no packets",
      );
    }
    if (this.parser === undefined) {
      throw new CaptureFormatError(
        "CAPTURE_BAD_HEADER",
        `the capture ends inside its file header (${this.seen} bytes): the file is cut or still being written`,
      );
    }
    const { headerError, leftover } = this.parser.finish(this.carry, this.carryLen);
    if (headerError !== undefined) {
      throw new CaptureFormatError(
        "CAPTURE_BAD_HEADER",
        `${headerError} (${this.seen} bytes): the file is cut`,
      );
    }
    if (leftover > 0 && !this.parser.done) this.sink.health.truncatedFile = true;
    this.carryLen = 0;
    this.carry = EMPTY;
  }

  private want(): number {
    return this.parser === undefined ? MAGIC_LEN : this.parser.want;
  }

  /** Parses what it can of `b[off, end)`; returns the offset of the first unparsed byte. */
  private parse(b: Uint8Array, off: number, end: number): number {
    if (this.parser === undefined) {
      if (end - off < MAGIC_LEN) return off;
      this.parser = this.detect(b, off, end);
    }
    try {
      return this.parser.parse(b, off, end);
    } catch (e) {
      this.stopped = true; // a file header error: nothing more can be read
      throw e;
    }
  }

  private detect(b: Uint8Array, off: number, end: number): PcapParser | PcapngParser {
    const be = u32(b, off);
    if (be === BlockType.SectionHeader) return new PcapngParser(this.sink, this.maxRecord);
    const le = u32le(b, off);
    for (const magic of [PcapMagic.Micro, PcapMagic.Nano, PcapMagic.Modified]) {
      if (be === magic) return new PcapParser(this.sink, this.maxRecord, magic, false);
      if (le === magic) return new PcapParser(this.sink, this.maxRecord, magic, true);
    }
    this.stopped = true;
    throw new CaptureFormatError(
      "CAPTURE_BAD_MAGIC",
      `not a pcap or pcapng capture: it starts with ${describeMagic(b.subarray(off, end), end - off)}; ` +
        "capture with `tcpdump -w FILE` or convert it with `editcap -F pcap IN OUT`",
    );
  }

  /** Grows the carry-over buffer to hold `n` bytes, keeping its content. */
  private reserve(n: number): void {
    if (this.carry.length >= n) return;
    const cap = Math.max(n, Math.min(this.carry.length * 2, this.maxRecord + BLOCK_OVERHEAD));
    const next = new Uint8Array(cap);
    next.set(this.carry.subarray(0, this.carryLen));
    this.carry = next;
  }
}
