#!/usr/bin/env node
/**
 * Long fuzz runs of the pcap/pcapng decoder and the protobuf codec: the same seeded
 * mutation fuzz that CI runs bounded (packages/protocol/test/fuzz.test.ts,
 * packages/analysis/test/decode/fuzz.test.ts), for as long as asked.
 *
 *   node scripts/fuzz.mjs [--target all|codec|decoder] [--seconds 60 | --iterations N]
 *                         [--seed N] [--out DIR]
 *
 * Loads the TypeScript sources and the tests' own sample messages through Vite (the
 * module loader vitest uses), so no build is needed and the corpus is the tests'.
 * Seeded (the seed is printed; pass it back to reproduce); each target runs its share
 * of the time or iterations. Contract checked, as in the tests:
 *  - codec: decode() of any bytes as any message type never throws and fails only with
 *    PROTO_EMPTY, PROTO_MALFORMED, PROTO_INVALID or PROTO_TOO_LARGE;
 *  - decoder: a CaptureReader fed any bytes in any chunking throws nothing but
 *    CaptureFormatError, keeps its carry and records within bounds; decodeFrame of any
 *    frame on any link type returns a known status.
 * Prints one summary per target; exit status 1 when a contract broke (the failing inputs
 * are written to --out, when given, as <target>-<seed>-<case>.bin).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

const USAGE =
  "usage: node scripts/fuzz.mjs [--target all|codec|decoder] [--seconds N | --iterations N] [--seed N] [--out DIR]";

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        target: { type: "string", default: "all" },
        seconds: { type: "string" },
        iterations: { type: "string" },
        seed: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }).values;
  } catch (e) {
    fail(`${e.message}\n${USAGE}`);
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (!["all", "codec", "decoder"].includes(parsed.target))
    fail(`--target ${parsed.target}: use all, codec or decoder`);
  if (parsed.seconds !== undefined && parsed.iterations !== undefined)
    fail("--seconds and --iterations exclude each other: give one");
  const positive = (name, v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) fail(`--${name} ${v}: use a positive number`);
    return n;
  };
  const seed =
    parsed.seed !== undefined ? Number(parsed.seed) >>> 0 : (Date.now() ^ (process.pid << 16)) >>> 0;
  if (parsed.seed !== undefined && !/^(0x[0-9a-f]+|\d+)$/i.test(parsed.seed))
    fail(`--seed ${parsed.seed}: use an integer`);
  return {
    targets: parsed.target === "all" ? ["codec", "decoder"] : [parsed.target],
    seconds: parsed.iterations === undefined ? positive("seconds", parsed.seconds ?? "60") : undefined,
    iterations:
      parsed.iterations !== undefined ? Math.floor(positive("iterations", parsed.iterations)) : undefined,
    seed,
    out: parsed.out,
  };
}

function fail(message) {
  process.stderr.write(`fuzz: ${message}\n`);
  process.exit(2);
}

/** Runs `step(i)` until the iterations or the time budget are spent; returns the count. */
function budget(opts, share, step) {
  const started = performance.now();
  const until =
    opts.seconds !== undefined ? started + (opts.seconds * 1000) / share : Number.POSITIVE_INFINITY;
  const max = opts.iterations !== undefined ? Math.ceil(opts.iterations / share) : Number.POSITIVE_INFINITY;
  let i = 0;
  for (; i < max; i++) {
    if ((i & 63) === 0 && performance.now() > until) break;
    step(i);
  }
  return { cases: i, ms: performance.now() - started };
}

// ── codec ─────────────────────────────────────────────────────────────────────

async function fuzzCodec(load, opts, share, report) {
  const { rng, mutateProto } = await load("/test/helpers/fuzz.ts");
  const { decode, encode, MESSAGE_NAMES, ProtocolError } = await load("/packages/protocol/src/index.ts");
  const { SAMPLES } = await load("/packages/protocol/test/samples.ts");
  const allowed = new Set(["PROTO_EMPTY", "PROTO_MALFORMED", "PROTO_INVALID", "PROTO_TOO_LARGE"]);
  const corpus = MESSAGE_NAMES.flatMap((name) =>
    SAMPLES[name].map((sample) => {
      const r = encode(name, sample);
      if (!r.ok) throw r.error;
      return r.value;
    }),
  );
  const random = rng(opts.seed);
  const outcomes = new Map();
  const run = budget(opts, share, (i) => {
    const bytes = mutateProto(corpus[i % corpus.length], random, corpus);
    for (const name of MESSAGE_NAMES) {
      let outcome;
      try {
        const r = decode(name, bytes);
        outcome = r.ok ? "ok" : r.error.code;
        if (!r.ok && !(r.error instanceof ProtocolError && allowed.has(r.error.code)))
          report("codec", i, bytes, `${name}: unexpected error ${String(r.error)}`);
      } catch (thrown) {
        outcome = "THREW";
        report("codec", i, bytes, `${name}: threw ${String(thrown)}`);
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
  });
  return { ...run, outcomes };
}

// ── decoder ───────────────────────────────────────────────────────────────────

function captureFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(pcap|pcapng)$/.test(e.name)) out.push(p);
    }
  };
  walk(join(ROOT, "test", "fixtures"));
  return out.sort();
}

async function fuzzDecoder(load, opts, share, report) {
  const { rng, mutateCapture } = await load("/test/helpers/fuzz.ts");
  const a = await load("/packages/analysis/src/index.ts");
  const { CaptureReader, CaptureFormatError, decodeFrame, PacketView, DecodeStatus } = a;
  const MAX_RECORD = 64 * 1024;
  // Small fixtures only: a long run wants many cases, not a few huge files.
  const bases = captureFiles()
    .map((p) => new Uint8Array(readFileSync(p)))
    .filter((b) => b.length <= 256 * 1024);
  if (bases.length === 0) fail("no capture fixtures under test/fixtures");
  const heads = [new Uint8Array(0), ...bases.map((b) => b.subarray(0, 24)).slice(0, 4)];
  const statuses = new Set(Object.values(DecodeStatus));
  const links = [0, 1, 12, 14, 101, 108, 113, 228, 229, 276, 999];
  const r = rng(opts.seed ^ 0x5eed);
  const pv = new PacketView();
  const frame = new Uint8Array(256);
  let packets = 0;
  const counts = { mutated: 0, random: 0, frames: 0, formatErrors: 0 };

  const feed = (bytes, i) => {
    let maxCap = 0;
    let n = 0;
    const reader = new CaptureReader(
      (view) => {
        n++;
        if (view.capLen > maxCap) maxCap = view.capLen;
      },
      { maxRecordBytes: MAX_RECORD },
    );
    const chunk = [1, 3, 16, 100, 4096, bytes.length + 1][Math.floor(r() * 6)];
    try {
      for (let o = 0; o < bytes.length; o += chunk) reader.push(bytes.subarray(o, o + chunk));
      reader.end();
    } catch (e) {
      if (e instanceof CaptureFormatError) counts.formatErrors++;
      else report("decoder", i, bytes, `CaptureReader threw ${String(e)}`);
    }
    const carry = reader.carry?.length ?? 0;
    if (carry > MAX_RECORD + 4096 || maxCap > MAX_RECORD || n > bytes.length / 16)
      report("decoder", i, bytes, `out of bounds: carry ${carry}, maxCap ${maxCap}, packets ${n}`);
    packets += n;
  };

  const run = budget(opts, share, (i) => {
    const kind = i % 4;
    if (kind < 2) {
      counts.mutated++;
      feed(mutateCapture(bases[i % bases.length], r), i);
    } else if (kind === 2) {
      counts.random++;
      const head = heads[i % heads.length];
      const body = new Uint8Array(Math.floor(r() * 600));
      for (let j = 0; j < body.length; j++) body[j] = Math.floor(r() * 256);
      const file = new Uint8Array(head.length + body.length);
      file.set(head);
      file.set(body, head.length);
      feed(file, i);
    } else {
      for (let k = 0; k < 8; k++) {
        counts.frames++;
        const len = Math.floor(r() * frame.length);
        for (let j = 0; j < len; j++) frame[j] = r() < 0.3 ? 0 : Math.floor(r() * 256);
        if (r() < 0.5) frame[r() < 0.5 ? 0 : 14] = r() < 0.5 ? 0x45 : 0x60;
        pv.reset();
        pv.capLen = len;
        pv.wireLen = r() < 0.5 ? len : Math.floor(r() * 70000);
        const bytes = frame.subarray(0, len);
        try {
          const status = decodeFrame(pv, frame, 0, len, links[Math.floor(r() * links.length)]);
          if (!statuses.has(status) || !(pv.payloadLen >= 0) || !(pv.l4 === 0 || status === DecodeStatus.Ok))
            report(
              "decoder",
              i,
              bytes,
              `decodeFrame: status ${String(status)}, payloadLen ${pv.payloadLen}, l4 ${pv.l4}`,
            );
        } catch (e) {
          report("decoder", i, bytes.slice(), `decodeFrame threw ${String(e)}`);
        }
      }
    }
  });
  return { ...run, outcomes: new Map([...Object.entries(counts), ["packets", packets]]) };
}

// ── main ──────────────────────────────────────────────────────────────────────

async function main() {
  const opts = options();
  const { createServer } = await import("vite");
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    resolve: { conditions: ["source"] },
    ssr: { resolve: { conditions: ["source"], externalConditions: ["source"] } },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const load = (path) => server.ssrLoadModule(path);
  const failures = [];
  const report = (target, i, bytes, why) => {
    if (failures.length < 1000) failures.push({ target, i, bytes: Uint8Array.from(bytes), why });
  };
  const how = opts.seconds !== undefined ? `${opts.seconds} s` : `${opts.iterations} iterations`;
  process.stdout.write(
    `fuzz: seed ${opts.seed} (0x${opts.seed.toString(16)}), ${how} over ${opts.targets.join(" + ")}\n`,
  );
  try {
    for (const target of opts.targets) {
      const fn = target === "codec" ? fuzzCodec : fuzzDecoder;
      const before = failures.length;
      const res = await fn(load, opts, opts.targets.length, report);
      const rate = Math.round((res.cases / Math.max(res.ms, 1)) * 1000);
      const outcomes = [...res.outcomes].map(([k, v]) => `${k} ${v}`).join(", ");
      process.stdout.write(
        `${target.padEnd(8)} ${res.cases} cases in ${(res.ms / 1000).toFixed(1)} s (${rate}/s); ` +
          `${failures.length - before} contract violations; ${outcomes}\n`,
      );
    }
  } finally {
    await server.close();
  }
  if (failures.length === 0) {
    process.stdout.write("fuzz: ok\n");
    return 0;
  }
  for (const f of failures.slice(0, 10)) process.stdout.write(`  ${f.target} case ${f.i}: ${f.why}\n`);
  if (opts.out !== undefined) {
    mkdirSync(opts.out, { recursive: true });
    for (const f of failures) writeFileSync(join(opts.out, `${f.target}-${opts.seed}-${f.i}.bin`), f.bytes);
    process.stdout.write(`fuzz: ${failures.length} failing inputs written to ${opts.out}\n`);
  }
  process.stdout.write(`fuzz: FAILED (${failures.length}); reproduce with --seed ${opts.seed}\n`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`fuzz: ${e?.stack ?? e}\n`);
    process.exit(1);
  },
);
