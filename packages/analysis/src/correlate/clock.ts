/**
 * Clock alignment of two captures from the traffic itself (NTP style).
 *
 * For a packet seen leaving A at tA and arriving at B at tB (B's clock), tB - tA equals the
 * one-way delay plus the offset θ = clockB - clockA; in the other direction tA - tB is the
 * delay minus θ. Delays are never negative (causality), so every A→B pair says θ <= tB - tA
 * and every B→A pair says θ >= -(tA - tB). The tightest such bounds come from the smallest
 * (least queued) delays: θ lies in [-minBA, minAB]; we report its middle,
 * (minAB - minBA)/2, and half its width, (minAB + minBA)/2, as the error bound (the true
 * offset is inside unless the clocks drift during the capture).
 */

export interface ClockEstimate {
  /** clockB - clockA in µs: subtract from B's timestamps to put them on A's clock. */
  readonly offsetUs: number;
  /** Half-width of the interval the offset is known to lie in (µs); null when only one direction was seen. */
  readonly boundUs: number | null;
  readonly method: string;
  /** Pairs used per direction. */
  readonly samplesAB: number;
  readonly samplesBA: number;
  /** Smallest observed tB - tA and tA - tB (µs), the NTP inputs. */
  readonly minAB: number | null;
  readonly minBA: number | null;
  /** True when the two minima contradict each other (negative bound: drift or mismatched pairs). */
  readonly inconsistent: boolean;
}

/** Pairs of timestamps of the same packets; `x` on the sending capture's clock, `y` on the receiver's. */
export interface TimePairs {
  readonly send: Float64Array;
  readonly recv: Float64Array;
  readonly length: number;
  /** What the pairs are (for the method string). */
  readonly what: string;
}

export function estimateClock(ab: readonly TimePairs[], ba: readonly TimePairs[]): ClockEstimate {
  const minAB = minDelta(ab);
  const minBA = minDelta(ba);
  const nAB = ab.reduce((s, p) => s + p.length, 0);
  const nBA = ba.reduce((s, p) => s + p.length, 0);
  const what = [...new Set([...ab, ...ba].filter((p) => p.length > 0).map((p) => p.what))].join(" + ");
  if (minAB !== null && minBA !== null) {
    const offset = (minAB.value - minBA.value) / 2;
    const bound = (minAB.value + minBA.value) / 2;
    return {
      // `+ 0` turns a -0 into 0 (JSON has no -0).
      offsetUs: Math.round(offset) + 0,
      boundUs: Math.ceil(Math.abs(bound)) + 0,
      method: `two-way minimum one-way delay (NTP style) on ${what}: ${nAB} A→B and ${nBA} B→A pairs`,
      samplesAB: nAB,
      samplesBA: nBA,
      minAB: minAB.value,
      minBA: minBA.value,
      inconsistent: bound < 0,
    };
  }
  if (minAB !== null || minBA !== null) {
    // One direction only: assume the smallest delay was ~0 (offset is then an upper/lower bound).
    const offset = minAB !== null ? minAB.value : -(minBA?.value ?? 0);
    return {
      offsetUs: Math.round(offset) + 0,
      boundUs: null,
      method: `one-way minimum delay on ${what} (${minAB !== null ? "A→B" : "B→A"} only; assumes a near-zero minimum delay, bound unknown)`,
      samplesAB: nAB,
      samplesBA: nBA,
      minAB: minAB?.value ?? null,
      minBA: minBA?.value ?? null,
      inconsistent: false,
    };
  }
  return {
    offsetUs: 0,
    boundUs: null,
    method: "none: no packet was seen in both captures; timestamps are compared as recorded",
    samplesAB: 0,
    samplesBA: 0,
    minAB: null,
    minBA: null,
    inconsistent: false,
  };
}

function minDelta(sets: readonly TimePairs[]): { value: number } | null {
  let m = Number.POSITIVE_INFINITY;
  for (const p of sets) {
    for (let i = 0; i < p.length; i++) {
      const d = (p.recv[i] as number) - (p.send[i] as number);
      if (d < m) m = d;
    }
  }
  return m === Number.POSITIVE_INFINITY ? null : { value: m };
}
