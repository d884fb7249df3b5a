/**
 * The fuzzers' shared pieces: a seeded PRNG and the two mutators. The bounded fuzz tests
 * (packages/analysis/test/decode/fuzz.test.ts, packages/protocol/test/fuzz.test.ts) and the
 * long-running `scripts/fuzz.mjs` use these, so a failure found by one reproduces in the other.
 */

/** mulberry32: a small seeded PRNG so failures reproduce. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mutates a capture file: random bytes, lying 32-bit words, cuts, zeroed runs. */
export function mutateCapture(src: Uint8Array, r: () => number): Uint8Array {
  const b = src.slice();
  const n = 1 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * b.length);
    const kind = r();
    if (kind < 0.5) b[at] = Math.floor(r() * 256);
    else if (kind < 0.8 && at + 4 <= b.length) {
      const words = [0, 0xffffffff, 0x7fffffff, 0x80000000, 1, 12, 65535, 0x40000];
      new DataView(b.buffer, b.byteOffset).setUint32(at, words[Math.floor(r() * words.length)]!, r() < 0.5);
    } else if (kind < 0.9) return b.subarray(0, at);
    else b.fill(0, at, Math.min(b.length, at + Math.floor(r() * 64)));
  }
  return b;
}

/** Interesting bytes for protobuf: varint continuation, max values, wire types, group tags. */
const SPECIAL = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x08, 0x0a, 0x0b, 0x0c, 0x0d, 0x12, 0x1a, 0x7b, 0x7c];

/** Mutates a protobuf encoding; `corpus` supplies parts of other valid messages to splice in. */
export function mutateProto(
  input: Uint8Array,
  random: () => number,
  corpus: readonly Uint8Array[],
): Uint8Array {
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
