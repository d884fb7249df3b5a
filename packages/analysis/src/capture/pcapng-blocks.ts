/**
 * pcapng block layouts the reader needs besides packets: the section header (byte order)
 * and the interface description (link type, snaplen, name, timestamp unit). Not hot: these
 * blocks occur once per section/interface.
 */
import { u16, u16le, u32, u32le } from "../decode/bytes.js";
import { TimestampUnit } from "./timestamp.js";

/** Block types (first word of every block). */
export const BlockType = {
  InterfaceDescription: 1,
  ObsoletePacket: 2,
  SimplePacket: 3,
  EnhancedPacket: 6,
  SectionHeader: 0x0a0d0d0a,
} as const;

/** Smallest possible blocks: type, length, trailing length; a section header adds 16. */
export const MIN_BLOCK = 12;
export const MIN_SECTION_HEADER = 28;

const OPT_END = 0;
const OPT_IF_NAME = 2;
const OPT_IF_TSRESOL = 9;
const OPT_IF_TSOFFSET = 14;

const utf8 = new TextDecoder("utf-8", { fatal: false });

/**
 * Byte order of a section header block at `off` from its byte-order mark:
 * true = little-endian, false = big-endian, undefined = not a valid mark.
 */
export function sectionByteOrder(b: Uint8Array, off: number): boolean | undefined {
  const bom = u32(b, off + 8);
  if (bom === 0x1a2b3c4d) return false;
  if (bom === 0x4d3c2b1a) return true;
  return undefined;
}

/** Major version of a (complete) section header block. */
export function sectionMajorVersion(b: Uint8Array, off: number, le: boolean): number {
  return le ? u16le(b, off + 12) : u16(b, off + 12);
}

/** What an interface description block says. */
export interface InterfaceDescription {
  linkType: number;
  snaplen: number;
  name: string | undefined;
  unit: TimestampUnit;
}

/** Reads a complete interface description block of `blockLen` bytes at `off`. */
export function readInterfaceDescription(
  b: Uint8Array,
  off: number,
  blockLen: number,
  le: boolean,
): InterfaceDescription | undefined {
  if (blockLen < 20) return undefined;
  const r16 = le ? u16le : u16;
  const r32 = le ? u32le : u32;
  const linkType = r16(b, off + 8);
  const snaplen = r32(b, off + 12);
  let name: string | undefined;
  let tsresol = 6;
  let tsoffset = 0;
  const end = off + blockLen - 4;
  let o = off + 16;
  while (end - o >= 4) {
    const code = r16(b, o);
    const len = r16(b, o + 2);
    const v = o + 4;
    if (code === OPT_END || end - v < len) break;
    if (code === OPT_IF_NAME) {
      let n = len;
      while (n > 0 && b[v + n - 1] === 0) n--; // writers may include the C string's NUL
      name = utf8.decode(b.subarray(v, v + n));
    } else if (code === OPT_IF_TSRESOL && len >= 1) {
      tsresol = b[v]!;
    } else if (code === OPT_IF_TSOFFSET && len >= 8) {
      const hi = r32(b, le ? v + 4 : v) | 0; // signed seconds
      const lo = r32(b, le ? v : v + 4);
      tsoffset = hi * 4294967296 + lo;
    }
    o = v + ((len + 3) & ~3);
  }
  return { linkType, snaplen, name, unit: new TimestampUnit(tsresol, tsoffset) };
}
