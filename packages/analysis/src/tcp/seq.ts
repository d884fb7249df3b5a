/**
 * 32-bit TCP sequence arithmetic, as Wireshark's `GT_SEQ`/`LT_SEQ`/`GE_SEQ`/`LE_SEQ`:
 * `x` is after `y` when the signed 32-bit difference `x - y` is positive, so comparisons
 * hold across the 2^32 wrap as long as the two numbers are less than 2^31 apart.
 * Arguments are unsigned 32-bit numbers (0 … 2^32-1).
 */

/** `x` after `y` (GT_SEQ). */
export function gtSeq(x: number, y: number): boolean {
  return ((y - x) | 0) < 0;
}

/** `x` before `y` (LT_SEQ). */
export function ltSeq(x: number, y: number): boolean {
  return ((x - y) | 0) < 0;
}

/** `x` at or after `y` (GE_SEQ). */
export function geSeq(x: number, y: number): boolean {
  return ((y - x) | 0) <= 0;
}

/** `x` at or before `y` (LE_SEQ). */
export function leSeq(x: number, y: number): boolean {
  return ((x - y) | 0) <= 0;
}

/** `x + n` modulo 2^32. */
export function addSeq(x: number, n: number): number {
  return (x + n) >>> 0;
}
