/**
 * The pcapng block loop: sections in either byte order, interface descriptions, enhanced,
 * simple and obsolete packet blocks; other blocks are skipped. A block larger than the
 * record cap is skipped without being buffered; a block whose framing is impossible stops
 * the reading (nothing after it can be trusted). HOT PATH: see `reader.ts`.
 */
import type { CaptureInterface } from "../decode/packet.js";
import { CaptureFormatError } from "./errors.js";
import { BlockType, MIN_BLOCK, MIN_SECTION_HEADER } from "./pcapng-blocks.js";
import { PcapngSections } from "./pcapng-sections.js";
import type { FormatParser, RecordSink } from "./record-sink.js";

/** Room for a block's own header, trailer and options around the packet bytes. */
export const BLOCK_OVERHEAD = 4096;

/** Reads pcapng blocks from the first section header on. */
export class PcapngParser implements FormatParser {
  want = 0;
  done = false;
  readonly scanning = false;
  private readonly ng = new PcapngSections();
  /** Bytes of an oversized block still to discard. */
  private skip = 0;

  constructor(
    private readonly sink: RecordSink,
    private readonly maxRecord: number,
  ) {}

  get interfaces(): readonly CaptureInterface[] {
    return this.ng.interfaces;
  }

  parse(b: Uint8Array, off: number, end: number): number {
    this.want = 0;
    return this.done ? end : this.blocks(b, off, end);
  }

  finish(_tail: Uint8Array, len: number): { headerError?: string; leftover: number } {
    if (this.ng.sections === 0 && !this.done) {
      return { headerError: "the pcapng capture ends inside its section header", leftover: len };
    }
    return { leftover: this.skip > 0 ? len + this.skip : len };
  }

  private starve(off: number, want: number): number {
    this.want = want;
    return off;
  }

  /**
   * The block loop. Fields are read through a DataView made once per call (as the pcap record
   * loop does): its 32-bit reads compile to single loads, while a byte-assembling helper that
   * the optimiser did not inline returned every value of 2^31 or more (half of all timestamp
   * low words) as a new heap number.
   */
  private blocks(b: Uint8Array, off: number, end: number): number {
    const ng = this.ng;
    const sink = this.sink;
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    for (;;) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, end - off);
        this.skip -= n;
        off += n;
        if (this.skip > 0) return this.starve(end, 1);
      }
      if (end - off < MIN_BLOCK) return this.starve(off, MIN_BLOCK);
      const le = ng.byteOrderAt(b, off);
      if (le === undefined) return this.corrupt("bad byte-order mark", end);
      const type = v.getUint32(off, le);
      const len = v.getUint32(off + 4, le);
      const isSection = type === BlockType.SectionHeader;
      if (len < (isSection ? MIN_SECTION_HEADER : MIN_BLOCK) || (len & 3) !== 0) {
        return this.corrupt(`impossible block length ${len}`, end);
      }
      if (len > this.maxRecord + BLOCK_OVERHEAD) {
        if (isSection) return this.corrupt(`section header of ${len} bytes`, end);
        sink.health.badRecords++;
        this.skip = len;
        continue;
      }
      if (end - off < len) return this.starve(off, len);
      if (v.getUint32(off + len - 4, le) !== len) {
        return this.corrupt("block trailer does not repeat the block length", end);
      }
      if (type === BlockType.EnhancedPacket || type === BlockType.ObsoletePacket) {
        let local: number;
        if (type === BlockType.EnhancedPacket) local = v.getUint32(off + 8, le);
        else local = v.getUint16(off + 8, le);
        const capLen = v.getUint32(off + 20, le);
        const id = ng.interfaceId(local);
        if (id < 0 || capLen > len - 32) sink.health.badRecords++;
        else {
          sink.ts = ng.units[id]!.toMicros(v.getUint32(off + 12, le), v.getUint32(off + 16, le));
          sink.emit(b, v, off + 28, capLen, v.getUint32(off + 24, le), id, ng.linkTypes[id]!);
        }
      } else if (type === BlockType.SimplePacket) {
        const id = ng.interfaceId(0);
        if (id < 0) sink.health.badRecords++;
        else {
          const wire = v.getUint32(off + 8, le);
          const snap = ng.interfaces[id]!.snaplen;
          let capLen = Math.min(wire, len - 16);
          if (snap > 0 && capLen > snap) capLen = snap;
          sink.ts = 0;
          sink.emit(b, v, off + 12, capLen, wire, id, ng.linkTypes[id]!);
        }
      } else if (!ng.block(b, off, len, type, le)) {
        return this.corrupt("unreadable section or interface header", end);
      }
      off += len;
    }
  }

  /** Framing lost: an error while still in the first section header, else count and stop. */
  private corrupt(what: string, end: number): number {
    this.done = true;
    if (this.ng.sections === 0) {
      throw new CaptureFormatError("CAPTURE_BAD_HEADER", `unreadable pcapng section header (${what})`);
    }
    this.sink.health.badRecords++;
    return end;
  }
}
