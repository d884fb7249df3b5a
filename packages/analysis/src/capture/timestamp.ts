/**
 * pcapng timestamp units: a 64-bit count of `if_tsresol` units (10^-k or 2^-k seconds),
 * split in two 32-bit halves, converted to microseconds without losing precision to the
 * 53-bit mantissa of a double (nanosecond timestamps of today need 61 bits).
 */

const TWO_32 = 4294967296;
const MODE_MULTIPLY = 0;
const MODE_DIVIDE = 1;
const MODE_BINARY = 2;

/** Converts one interface's raw timestamps to microseconds since the epoch (rounded down). */
export class TimestampUnit {
  private readonly mode: number;
  private readonly a: number;
  private readonly b: number;
  private readonly c: number;
  private readonly offsetUs: number;

  /**
   * @param tsresol the `if_tsresol` option byte (6 = microseconds, the default)
   * @param offsetSeconds the `if_tsoffset` option (seconds added to every timestamp)
   */
  constructor(tsresol = 6, offsetSeconds = 0) {
    this.offsetUs = offsetSeconds * 1e6;
    const exp = tsresol & 0x7f;
    if ((tsresol & 0x80) !== 0) {
      // 2^-exp seconds per unit: hi counts 2^(32-exp) s, lo counts 2^-exp s.
      this.mode = MODE_BINARY;
      this.a = 2 ** (32 - exp) * 1e6;
      this.b = 1e6 / 2 ** exp;
      this.c = 0;
    } else if (exp <= 6) {
      this.mode = MODE_MULTIPLY;
      this.a = 10 ** (6 - exp);
      this.b = 0;
      this.c = 0;
    } else {
      // value / d with d = 10^(exp-6): 2^32 = q·d + r keeps every product below 2^53.
      const d = 10 ** (exp - 6);
      this.mode = MODE_DIVIDE;
      this.c = d;
      this.a = Math.floor(TWO_32 / d);
      this.b = TWO_32 - this.a * d;
    }
  }

  /** Microseconds since the epoch of the raw timestamp `hi`·2^32 + `lo`. */
  toMicros(hi: number, lo: number): number {
    switch (this.mode) {
      case MODE_MULTIPLY:
        return (hi * TWO_32 + lo) * this.a + this.offsetUs;
      case MODE_DIVIDE:
        return hi * this.a + Math.floor((hi * this.b + lo) / this.c) + this.offsetUs;
      default:
        return Math.floor(hi * this.a + lo * this.b) + this.offsetUs;
    }
  }
}
