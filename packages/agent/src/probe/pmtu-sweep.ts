/**
 * DF-set size sweep by binary search: finds the largest IP packet size that crosses the
 * path, given a function that sends one probe of a size and says what happened. Pure
 * (the prober does the I/O), so the search is tested without a network.
 */

/** What one probe of one size gave. */
export interface ProbeOutcome {
  /** An echo reply came back. */
  readonly passed: boolean;
  /** An ICMP fragmentation-needed (or a local "message too long") came back instead. */
  readonly fragNeeded: boolean;
  /** The next-hop MTU the fragmentation-needed announced, when it did (> 0). */
  readonly nextHopMtu?: number;
}

export interface SweepResult {
  /** Largest IP packet size (bytes) that passed; 0 when even the smallest failed. */
  readonly largestPassing: number;
  /** Smallest size that failed; undefined when the largest size tried passed. */
  readonly smallestFailing: number | undefined;
  /** A fragmentation-needed / too-big came back for some probe. */
  readonly fragNeeded: boolean;
  /** Smallest next-hop MTU announced, when any. */
  readonly nextHopMtu: number | undefined;
  /** Probes sent. */
  readonly probes: number;
}

export interface SweepOptions {
  readonly min: number;
  readonly max: number;
}

/** Binary search between `min` and `max` (inclusive), at most ~log2(max-min)+2 probes. */
export async function sweepPmtu(
  probe: (size: number) => Promise<ProbeOutcome>,
  { min, max }: SweepOptions,
): Promise<SweepResult> {
  if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 28 && max >= min)) {
    throw new RangeError(`sweepPmtu: need integers 28 <= min <= max, got ${min}..${max}`);
  }
  let probes = 0;
  let fragNeeded = false;
  let nextHopMtu: number | undefined;
  const run = async (size: number): Promise<boolean> => {
    probes++;
    const o = await probe(size);
    if (o.fragNeeded) {
      fragNeeded = true;
      if (o.nextHopMtu !== undefined && o.nextHopMtu > 0)
        nextHopMtu = Math.min(nextHopMtu ?? o.nextHopMtu, o.nextHopMtu);
    }
    return o.passed;
  };
  const done = (largestPassing: number, smallestFailing: number | undefined): SweepResult => ({
    largestPassing,
    smallestFailing,
    fragNeeded,
    nextHopMtu,
    probes,
  });
  if (await run(max)) return done(max, undefined);
  if (!(await run(min))) return done(0, min);
  let lo = min;
  let hi = max;
  while (hi - lo > 1) {
    // A next-hop MTU narrows the search: sizes above it fail.
    if (nextHopMtu !== undefined && nextHopMtu < hi && nextHopMtu > lo) {
      // The router said packets above its MTU die: try exactly that size.
      if (await run(nextHopMtu)) {
        lo = nextHopMtu;
        hi = Math.min(hi, nextHopMtu + 1);
      } else hi = nextHopMtu;
      if (hi - lo <= 1) break;
    }
    const mid = lo + Math.floor((hi - lo) / 2);
    if (await run(mid)) lo = mid;
    else hi = mid;
  }
  return done(lo, hi);
}
