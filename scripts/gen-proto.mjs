#!/usr/bin/env node
/**
 * Generates the static protobufjs module and its typings from proto/.
 *
 *   node scripts/gen-proto.mjs [OUT_DIR]      (npm run gen:proto)
 *
 * OUT_DIR defaults to packages/protocol/src/gen. The output is deterministic (no
 * timestamps, no paths), so the protocol tests regenerate into a temporary directory
 * and compare byte for byte with the committed files.
 *
 * Runs the workspace's own pbjs/pbts (protobufjs-cli) with execFile: no shell.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PROTO_DIR = join(ROOT, "proto");
const DEFAULT_OUT = join(ROOT, "packages", "protocol", "src", "gen");
const BASENAME = "tunnelscope";
const HEADER = "// GENERATED — do not edit; run npm run gen:proto\n";

/** Every .proto under proto/, as sorted POSIX paths relative to proto/ (stable order). */
async function protoFiles() {
  const entries = await readdir(PROTO_DIR, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith(".proto"))
    .map((e) => relative(PROTO_DIR, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
  if (files.length === 0) throw new Error(`no .proto files under ${relative(ROOT, PROTO_DIR)}`);
  return files;
}

/** Runs a protobufjs-cli binary from node_modules/.bin with this Node, no shell. */
async function cli(name, args, cwd) {
  const bin = join(ROOT, "node_modules", ".bin", name);
  try {
    await run(process.execPath, [bin, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const detail = typeof err?.stderr === "string" && err.stderr.trim() !== "" ? err.stderr.trim() : err;
    throw new Error(`${name} failed (is protobufjs-cli installed? run npm ci): ${detail}`, { cause: err });
  }
}

/**
 * Post-processing, each step idempotent and deterministic:
 * - JS: the header; the ESM import must name the file (protobufjs has no `exports`
 *   map, so Node ESM cannot resolve the bare `protobufjs/minimal`).
 * - d.ts: the header; `import Long = require("long")` is CommonJS syntax and would make
 *   `long` a dependency of ours; protobufjs's own structural `Long` type is enough.
 */
function fixJs(js) {
  return HEADER + js.replace(/(["'])protobufjs\/minimal\1/g, '"protobufjs/minimal.js"');
}

function fixDts(dts) {
  const longImport = 'import Long = require("long");';
  if (!dts.includes(longImport)) throw new Error("pbts output changed: the Long import was not found");
  return HEADER + dts.replace(longImport, "type Long = $protobuf.Long;");
}

async function main() {
  const outDir = resolve(process.argv[2] ?? DEFAULT_OUT);
  const files = await protoFiles();
  const work = await mkdtemp(join(tmpdir(), "tunnelscope-gen-"));
  try {
    const js = join(work, `${BASENAME}.js`);
    const dts = join(work, `${BASENAME}.d.ts`);
    // Relative paths and cwd = proto/: nothing machine-specific can reach the output.
    await cli(
      "pbjs",
      // --alt-comment: the proto files' `//` field comments become the typings' TSDoc.
      [
        ...["-t", "static-module", "-w", "esm", "--alt-comment", "--no-service", "--no-delimited"],
        ...["-p", ".", "-o", js, ...files],
      ],
      PROTO_DIR,
    );
    await cli("pbts", ["-o", dts, js], work);
    const outJs = fixJs(await readFile(js, "utf8"));
    const outDts = fixDts(await readFile(dts, "utf8"));
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, `${BASENAME}.js`), outJs);
    await writeFile(join(outDir, `${BASENAME}.d.ts`), outDts);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.log(`gen-proto: ${files.length} proto files -> ${relative(process.cwd(), outDir) || "."}`);
}

main().catch((err) => {
  console.error(`gen-proto: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
