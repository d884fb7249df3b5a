/**
 * Byte readers for the decode hot path: plain arithmetic on a `Uint8Array`, small enough
 * for V8 to inline. Callers check bounds first; nothing here allocates or throws.
 */

/** Big-endian unsigned 16-bit value at `o`. */
export function u16(b: Uint8Array, o: number): number {
  return (b[o]! << 8) | b[o + 1]!;
}

/** Big-endian unsigned 32-bit value at `o`. */
export function u32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
}

/** Little-endian unsigned 16-bit value at `o`. */
export function u16le(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

/** Little-endian unsigned 32-bit value at `o`. */
export function u32le(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}
