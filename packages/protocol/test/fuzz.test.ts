/**
 * Seeded, bounded fuzz: mutated encodings of every sample, decoded as every message
 * type. Decoding must never throw and must only fail with the codec's own codes.
 * Deterministic (fixed seed), so a failure reproduces; the seed and case are reported.
 */
import { describe, expect, it } from "vitest";
import { mutateProto, rng } from "../../../test/helpers/fuzz.js";
import { decode, encode, MESSAGE_NAMES, ProtocolError, type ProtocolErrorCode } from "../src/index.js";
import { SAMPLES } from "./samples.js";

const SEED = 0x7c0ffee;
const CASES = 3000;
const DECODE_CODES: readonly ProtocolErrorCode[] = ["PROTO_EMPTY", "PROTO_MALFORMED", "PROTO_INVALID"];

const corpus: Uint8Array[] = MESSAGE_NAMES.flatMap((name) =>
  SAMPLES[name].map((sample) => {
    const r = encode(name, sample as never);
    if (!r.ok) throw r.error;
    return r.value;
  }),
);

describe("decode fuzz", () => {
  it(`${CASES} mutated encodings never make decode throw (seed ${SEED.toString(16)})`, () => {
    const random = rng(SEED);
    const outcomes = new Map<string, number>();
    const violations: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const bytes = mutateProto(corpus[i % corpus.length] as Uint8Array, random, corpus);
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
