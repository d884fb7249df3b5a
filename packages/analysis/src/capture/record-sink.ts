/**
 * Where the format parsers hand each record: decodes it into the one reused `PacketView`,
 * counts the outcome in `CaptureHealth`, and calls the consumer. HOT PATH: see `reader.ts`.
 */
import { decodeFrameView } from "../decode/frame.js";
import { type CaptureHealth, DecodeStatus, emptyCaptureHealth, PacketView } from "../decode/packet.js";

/** Decodes records and counts them; one per reader. */
export class RecordSink {
  readonly health: CaptureHealth = emptyCaptureHealth();
  private readonly pv = new PacketView();
  private readonly onPacket: (pv: PacketView) => void;
  /**
   * Timestamp (µs) of the next record: the parser sets it before `emit()`. A field, not an
   * argument, because a double passed to a call that is not inlined is boxed (a heap
   * allocation per packet); a double field is overwritten in place.
   */
  ts = 0;

  constructor(onPacket: (pv: PacketView) => void) {
    this.onPacket = onPacket;
  }

  /**
   * Decodes the record of `capLen` bytes at `off` in `b` (time in `ts`) and passes it on;
   * `v` is a DataView over all of `b` (the parser makes one per chunk, not per record).
   */
  emit(
    b: Uint8Array,
    v: DataView,
    off: number,
    capLen: number,
    wire: number,
    iface: number,
    link: number,
  ): void {
    const pv = this.pv;
    const health = this.health;
    pv.reset();
    pv.index = health.packets++;
    pv.ts = this.ts;
    pv.iface = iface;
    pv.capLen = capLen;
    pv.wireLen = wire;
    pv.frameBytes = b;
    pv.frameOffset = off;
    const status = decodeFrameView(pv, v, off, capLen, link);
    pv.status = status;
    if (status === DecodeStatus.Ok) health.decoded++;
    else if (status === DecodeStatus.Truncated) health.truncated++;
    else if (status === DecodeStatus.Malformed) health.malformed++;
    else if (status === DecodeStatus.UnknownLink) health.unknownLink++;
    else health.unknownProtocol++;
    this.onPacket(pv);
  }
}

/**
 * A file format's record loop, fed by the reader with contiguous bytes. `parse()` consumes
 * every complete unit (header, record, block) and returns the offset of the first byte it
 * did not consume; when it stops for lack of bytes it sets `want` to the bytes the unit at
 * that offset needs (else `want` is 0 and the parser is `done`: ignore the rest).
 */
export interface FormatParser {
  want: number;
  /** True while scanning for a record start (the reader then feeds it in larger steps). */
  readonly scanning: boolean;
  /** True once nothing more can be read (framing lost). */
  readonly done: boolean;
  parse(b: Uint8Array, off: number, end: number): number;
  /** At the end of input, with the unparsed tail: a header still incomplete is an error message. */
  finish(tail: Uint8Array, len: number): { headerError?: string; leftover: number };
}
