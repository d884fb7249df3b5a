/**
 * pcapng section and interface bookkeeping for the reader: interface ids are global over
 * the whole file (a later section's first interface follows the earlier sections' ones),
 * as in Wireshark's `frame.interface_id`.
 */
import type { CaptureInterface } from "../decode/packet.js";
import {
  BlockType,
  readInterfaceDescription,
  sectionByteOrder,
  sectionMajorVersion,
} from "./pcapng-blocks.js";
import type { TimestampUnit } from "./timestamp.js";

/** Interfaces and byte order of the pcapng sections read so far. */
export class PcapngSections {
  /** Every interface of every section, indexed by global id. */
  readonly interfaces: CaptureInterface[] = [];
  /** Link type per global interface id (a plain array for the hot path). */
  readonly linkTypes: number[] = [];
  /** Timestamp unit per global interface id. */
  readonly units: TimestampUnit[] = [];
  /** Section headers read. */
  sections = 0;
  private le = true;
  private base = 0;

  /**
   * Byte order for the block at `off` (12 bytes available): a section header carries its
   * own; others use the current section's. Undefined for a section header with a bad mark.
   */
  byteOrderAt(b: Uint8Array, off: number): boolean | undefined {
    if (b[off] === 0x0a && b[off + 1] === 0x0d && b[off + 2] === 0x0d && b[off + 3] === 0x0a) {
      return sectionByteOrder(b, off);
    }
    return this.le;
  }

  /** Global id of the current section's interface `local`, or -1 when it was never described. */
  interfaceId(local: number): number {
    const id = this.base + local;
    return local < this.interfaces.length - this.base ? id : -1;
  }

  /**
   * Takes in a complete non-packet block: a section header starts a section, an interface
   * description adds an interface, anything else is skipped. False when a section header
   * or interface description is unreadable.
   */
  block(b: Uint8Array, off: number, len: number, type: number, le: boolean): boolean {
    if (type === BlockType.SectionHeader) {
      if (sectionMajorVersion(b, off, le) !== 1) return false;
      this.le = le;
      this.base = this.interfaces.length;
      this.sections++;
      return true;
    }
    if (this.sections === 0) return false; // a file must start with a section header
    if (type === BlockType.InterfaceDescription) {
      const idb = readInterfaceDescription(b, off, len, le);
      if (idb === undefined) return false;
      const id = this.interfaces.length;
      this.interfaces.push({ id, name: idb.name, linkType: idb.linkType, snaplen: idb.snaplen });
      this.linkTypes.push(idb.linkType);
      this.units.push(idb.unit);
      return true;
    }
    return true;
  }
}
