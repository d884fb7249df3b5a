/**
 * Seeded, bounded fuzz: mutated encodings of every sample, decoded as every message
 * type. Decoding must never throw and must only fail with the codec's own codes.
 * Deterministic (fixed seed), so a failure reproduces; the seed and case are reported.
 */
import { describe, expect, it } from "vitest";
import { decode, encode, MESSAGE_NAMES, ProtocolError, type ProtocolErrorCode } from "../src/index.js";
import { SAMPLES } from "./samples.js";

const SEED = 0x7c0ffee;
const CASES = 3000;
const DECODE_CODES: readonly ProtocolErrorCode[] = ["PROTO_EMPTY", "PROTO_MALFORMED", "PROTO_INVALID"];

/** mulberry32: small, fast, good enough to spread mutations. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const corpus: Uint8Array[] = MESSAGE_NAMES.flatMap((name) =>
  SAMPLES[name].map((sample) => {
    const r = encode(name, sample as never);
    if (!r.ok) throw r.error;
    return r.value;
  }),
);

/** Interesting bytes: varint continuation, max values, wire types, group tags. */
const SPECIAL = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x08, 0x0a, 0x0b, 0x0c, 0x0d, 0x12, 0x1a, 0x7b, 0x7c];

function mutate(input: Uint8Array, random: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(random() * n);
  let b = Array.from(input);
  const rounds = 1 + pick(4);
  for (let r = 0; r < rounds; r++) {
    const at = pick(b.length + 1);
    switch (pick(8)) {
      case 0: // flip a bit
        if (b.length > 0) b[at % b.length] = (b[at % b.length] as number) ^ (1 << pick(8));
        break;
      case 1: // overwrite with a special byte
        if (b.length > 0) b[at % b.length] = SPECIAL[pick(SPECIAL.length)] as number;
        break;
      case 2: // insert random bytes
        b.splice(at, 0, ...Array.from({ length: 1 + pick(8) }, () => pick(256)));
        break;
      case 3: // delete a range
        b.splice(at, 1 + pick(16));
        break;
      case 4: // truncate
        b = b.slice(0, at);
        break;
      case 5: // duplicate a range
        b.splice(at, 0, ...b.slice(pick(b.length + 1), pick(b.length + 1)));
        break;
      case 6: {
        // splice in part of another corpus entry
        const other = corpus[pick(corpus.length)] as Uint8Array;
        b.splice(at, pick(8), ...Array.from(other.subarray(pick(other.length))));
        break;
      }
      default: // a huge length prefix / varint
        b.splice(at, 0, 0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f);
    }
  }
  return Uint8Array.from(b);
}

describe("decode fuzz", () => {
  it(`${CASES} mutated encodings never make decode throw (seed ${SEED.toString(16)})`, () => {
    const random = rng(SEED);
    const outcomes = new Map<string, number>();
    const violations: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const bytes = mutate(corpus[i % corpus.length] as Uint8Array, random);
      for (const name of MESSAGE_NAMES) {
        const where = () => `case ${i} (${name}, bytes ${Buffer.from(bytes).toString("hex")})`;
        try {
          const result = decode(name, bytes);
          const outcome = result.ok ? "ok" : result.error.code;
          if (
            !result.ok &&
            !(result.error instanceof ProtocolError && DECODE_CODES.includes(result.error.code))
          ) {
            violations.push(`${where()}: unexpected error ${String(result.error)}`);
          }
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        } catch (thrown) {
          violations.push(`${where()}: threw ${String(thrown)}`);
        }
      }
    }
    expect(violations.slice(0, 5)).toEqual([]);
    // The mutations reach every outcome: the fuzz is not stuck on one path.
    expect([...outcomes.keys()].sort()).toEqual(["PROTO_EMPTY", "PROTO_INVALID", "PROTO_MALFORMED", "ok"]);
  });
});
