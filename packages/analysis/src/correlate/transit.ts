/**
 * Gateway transit: which ESP packet carried which cleartext packet, at ONE gateway.
 *
 * Encrypting side: the tunnel device hands packets to the IPsec stack in order and each SA
 * numbers its packets in order (kernel-libipsec and the kernel keep FIFO order), so the k-th
 * cleartext packet that survives is carried by the next ESP packet. Packets may die inside
 * (queue overflow), never get reordered. Decrypting side: accepted ESP packets yield one
 * cleartext packet each, in arrival order; rejected ones (replay window, auth) yield none.
 *
 * Both are aligned greedily in order, under two constraints that make the order robust when
 * packets die: sizes must agree (ESP size = inner size + the measured overhead, within the
 * cipher's padding) and causality (the output is never seen before its input).
 *
 * The functions read only each record's time and IP length, so the agent runs them on its
 * own windows of packets (packages/agent pipeline/transit-window.ts) as `analyze` does on
 * a whole capture. When the records come with transit links (`setTransitLinks`: a live
 * view rebuilt from sampled digests, whose ESP digests name the cleartext packet the agent
 * paired them with), the links pair them instead of the order: a sample's order says
 * nothing about which packet carried which.
 */

/** What the alignment reads of a packet: capture time (µs) and IP total length, by index. */
export interface TransitRecords {
  readonly ts: ArrayLike<number>;
  readonly ipLen: ArrayLike<number>;
}

/** Per record store: link key per record index (-1 none); equal keys = the same packet. */
const linkTables = new WeakMap<object, Int32Array>();

/**
 * Ties the records of one capture to each other by packet identity: `keys[i]` is a key
 * of record `i` (-1 = none), the same for a cleartext packet and the ESP packet that
 * carried it (or that it came out of). `alignTransit` then pairs by key, not by order.
 */
export function setTransitLinks(records: object, keys: Int32Array): void {
  linkTables.set(records, keys);
}

/** The transit links set for `records`, if any. */
export function transitLinksOf(records: object): Int32Array | undefined {
  return linkTables.get(records);
}

/** ESP size minus cleartext size, as measured. */
export interface EspOverhead {
  /** Most common difference (bytes, outer IP total length minus inner IP total length). */
  readonly typical: number;
  readonly min: number;
  readonly max: number;
  /** Pairs it was measured on. */
  readonly samples: number;
}

/** Cipher padding makes the overhead vary by up to one block (16 bytes for AES-CBC). */
const PAD_SLACK = 16;
/** How far ahead to look for the partner of a packet (packets dying in one burst). */
const MAX_SKIP = 512;
/** Clock tolerance between two taps of the same capture (µs): same clock, but stamps are taken at different points. */
export const SAME_CLOCK_TOLERANCE_US = 50;

/**
 * Measures the ESP overhead from neighbouring packets of the two streams: the true
 * difference is the strong mode among differences of nearby pairs.
 */
export function estimateOverhead(
  r: TransitRecords,
  inner: Int32Array,
  esp: Int32Array,
): EspOverhead | undefined {
  const hist = new Float64Array(512);
  const n = Math.min(inner.length, esp.length, 20000);
  if (n === 0) return undefined;
  // Pair each inner packet with ESP packets around the same rank (ranks drift when packets
  // die, so look a few either side).
  const ratio = esp.length / inner.length;
  for (let i = 0; i < n; i++) {
    const c = Math.round(i * ratio);
    for (let j = Math.max(0, c - 3); j <= Math.min(esp.length - 1, c + 3); j++) {
      const d = (r.ipLen[esp[j] as number] as number) - (r.ipLen[inner[i] as number] as number);
      if (d > 0 && d < 512) hist[d] = (hist[d] as number) + 1;
    }
  }
  let mode = -1;
  for (let d = 16; d < 512; d++) if (mode < 0 || (hist[d] as number) > (hist[mode] as number)) mode = d;
  if (mode < 0 || (hist[mode] as number) === 0) return undefined;
  return { typical: mode, min: mode - PAD_SLACK, max: mode + PAD_SLACK, samples: hist[mode] as number };
}

export interface TransitAlignment {
  /** Per position of the input stream: record index of its output partner, or -1. */
  readonly inToOut: Int32Array;
  /** Per position of the output stream: record index of its input partner, or -1. */
  readonly outToIn: Int32Array;
  /** Overhead measured on the matched pairs (min/max observed). */
  readonly overhead: EspOverhead | undefined;
}

/**
 * Aligns `input` (seen first) with `output` (seen after) at one gateway.
 * `sizeDiff(out, in)` must fall within `ov` for a match; `encrypt` says which is ESP.
 */
export function alignTransit(
  r: TransitRecords,
  input: Int32Array,
  output: Int32Array,
  ov: EspOverhead | undefined,
  encrypt: boolean,
): TransitAlignment {
  const inToOut = new Int32Array(input.length).fill(-1);
  const outToIn = new Int32Array(output.length).fill(-1);
  const keys = linkTables.get(r);
  if (keys !== undefined) return alignByLinks(r, keys, input, output, ov, encrypt, inToOut, outToIn);
  if (ov === undefined) return { inToOut, outToIn, overhead: undefined };
  let omin = Number.POSITIVE_INFINITY;
  let omax = Number.NEGATIVE_INFINITY;
  let samples = 0;
  let p = 0;
  for (let o = 0; o < output.length; o++) {
    const oi = output[o] as number;
    const ots = (r.ts[oi] as number) + SAME_CLOCK_TOLERANCE_US;
    const olen = r.ipLen[oi] as number;
    const end = Math.min(input.length, p + MAX_SKIP);
    for (let k = p; k < end; k++) {
      const ii = input[k] as number;
      if ((r.ts[ii] as number) > ots) break; // input after this output: cannot be its source
      const d = encrypt ? olen - (r.ipLen[ii] as number) : (r.ipLen[ii] as number) - olen;
      if (d < ov.min || d > ov.max) continue;
      inToOut[k] = oi;
      outToIn[o] = ii;
      p = k + 1;
      if (d < omin) omin = d;
      if (d > omax) omax = d;
      samples++;
      break;
    }
  }
  const overhead = samples > 0 ? { typical: ov.typical, min: omin, max: omax, samples } : ov;
  return { inToOut, outToIn, overhead };
}

/**
 * Pairs by transit links: each output record with the first input record of the same key
 * not yet paired. The overhead is measured on the pairs (the estimate `ov` when none).
 */
function alignByLinks(
  r: TransitRecords,
  keys: Int32Array,
  input: Int32Array,
  output: Int32Array,
  ov: EspOverhead | undefined,
  encrypt: boolean,
  inToOut: Int32Array,
  outToIn: Int32Array,
): TransitAlignment {
  const byKey = new Map<number, number[]>();
  for (let k = 0; k < input.length; k++) {
    const key = keys[input[k] as number] ?? -1;
    if (key < 0) continue;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [k]);
    else list.push(k);
  }
  let omin = Number.POSITIVE_INFINITY;
  let omax = Number.NEGATIVE_INFINITY;
  let samples = 0;
  for (let o = 0; o < output.length; o++) {
    const oi = output[o] as number;
    const key = keys[oi] ?? -1;
    if (key < 0) continue;
    const list = byKey.get(key);
    const k = list?.shift();
    if (k === undefined) continue;
    const ii = input[k] as number;
    inToOut[k] = oi;
    outToIn[o] = ii;
    const d = encrypt
      ? (r.ipLen[oi] as number) - (r.ipLen[ii] as number)
      : (r.ipLen[ii] as number) - (r.ipLen[oi] as number);
    if (d < omin) omin = d;
    if (d > omax) omax = d;
    samples++;
  }
  const overhead =
    samples > 0
      ? { typical: ov?.typical ?? Math.round((omin + omax) / 2), min: omin, max: omax, samples }
      : ov;
  return { inToOut, outToIn, overhead };
}
