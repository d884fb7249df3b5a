/** Small numeric helpers for the correlation engine (pure, allocation only where stated). */

/** Distribution of a set of durations or sizes, in the unit of the input. */
export interface Distribution {
  readonly count: number;
  readonly min: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

const EMPTY_DISTRIBUTION: Distribution = { count: 0, min: 0, p10: 0, p50: 0, p90: 0, p99: 0, max: 0 };

/** Nearest-rank quantile of an ascending array (q in 0..1). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const rank = Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
  return sorted[rank] as number;
}

/** Sorts a copy of `values` (first `n` entries) and summarises it. */
export function distribution(values: ArrayLike<number>, n: number = values.length): Distribution {
  if (n === 0) return EMPTY_DISTRIBUTION;
  const s = new Float64Array(n);
  for (let i = 0; i < n; i++) s[i] = values[i] as number;
  s.sort();
  return {
    count: n,
    min: s[0] as number,
    p10: quantileSorted(s, 0.1),
    p50: quantileSorted(s, 0.5),
    p90: quantileSorted(s, 0.9),
    p99: quantileSorted(s, 0.99),
    max: s[n - 1] as number,
  };
}

/** A growable Float64 list (amortised doubling; no per-push allocation). */
export class NumList {
  data: Float64Array;
  length = 0;
  constructor(capacity = 64) {
    this.data = new Float64Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  get(i: number): number {
    return this.data[i] as number;
  }
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** A growable Int32 list (amortised doubling). */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 64) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  get(i: number): number {
    return this.data[i] as number;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Smallest power of two >= n (n >= 1). */
export function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Ratio in 0..1 of the smaller to the larger (1 when both are 0). */
export function closeness(x: number, y: number): number {
  const hi = Math.max(x, y);
  return hi === 0 ? 1 : Math.min(x, y) / hi;
}

/**
 * True when a per-interval series of medians (e.g. transit per tenth of a capture) keeps
 * rising: the median of its last third is at least twice that of its first third and at
 * least `floor` higher (a queue that builds up rather than one that stands or drains).
 */
export function isGrowing(trend: readonly number[], floor: number): boolean {
  if (trend.length < 3) return false;
  const third = Math.max(1, Math.floor(trend.length / 3));
  const med = (xs: readonly number[]) => quantileSorted(Float64Array.from(xs).sort(), 0.5);
  const first = med(trend.slice(0, third));
  const last = med(trend.slice(trend.length - third));
  return last >= 2 * first && last - first >= floor;
}
