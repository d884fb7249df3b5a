/**
 * 64-bit integer fields (`*_ns` instants, packet and byte counters, digest hashes).
 *
 * protobufjs gives them as `number | Long`: decoding yields a Long (low/high 32-bit
 * halves), and encoding accepts either. A JS number is exact only up to 2^53, which
 * counters never reach but Unix-nanosecond instants (~1.7e18) and hashes do: use
 * bigint for those.
 */
import type { Long } from "protobufjs";

/** What protobufjs accepts and produces for a 64-bit field. */
export type Int64 = number | Long;

const U32 = 0x1_0000_0000n;
const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);

/**
 * The exact value of a 64-bit field; absent (null/undefined) reads as 0n, as protobuf
 * default values do.
 */
export function int64ToBigInt(value: Int64 | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === "number") return BigInt(Math.trunc(value));
  const bits = BigInt(value.high >>> 0) * U32 + BigInt(value.low >>> 0);
  return !value.unsigned && value.high < 0 ? bits - (1n << 64n) : bits;
}

/**
 * A 64-bit field as a number: exact up to 2^53 (counters), rounded above (use
 * {@link int64ToBigInt} for instants and hashes).
 */
export function int64ToNumber(value: Int64 | null | undefined): number {
  if (typeof value === "number") return value;
  return Number(int64ToBigInt(value));
}

/**
 * A bigint as a value for a 64-bit field. Throws RangeError when it does not fit
 * (unsigned: 0..2^64-1, signed: -2^63..2^63-1): that is a bug in the caller.
 */
export function int64FromBigInt(value: bigint, unsigned = true): Long {
  const fits = unsigned ? value >= 0n && value <= U64_MAX : value >= I64_MIN && value < -I64_MIN;
  if (!fits) throw new RangeError(`${value} does not fit a ${unsigned ? "uint64" : "int64"} field`);
  const bits = BigInt.asUintN(64, value);
  return { low: Number(bits & 0xffff_ffffn) | 0, high: Number(bits >> 32n) | 0, unsigned };
}
