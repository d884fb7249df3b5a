/**
 * The committed generated code is what scripts/gen-proto.mjs makes from proto/ now:
 * regenerate into a temporary directory and compare byte for byte.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const GEN = join(ROOT, "packages", "protocol", "src", "gen");
const FILES = ["tunnelscope.js", "tunnelscope.d.ts"];

describe("generated code", () => {
  let out = "";
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), "tunnelscope-gen-test-"));
    await run(process.execPath, [join(ROOT, "scripts", "gen-proto.mjs"), out], { cwd: ROOT });
  }, 60_000);
  afterAll(async () => {
    if (out !== "") await rm(out, { recursive: true, force: true });
  });

  it.each(FILES)("src/gen/%s is up to date with proto/ (else run npm run gen:proto)", async (file) => {
    const fresh = await readFile(join(out, file));
    const committed = await readFile(join(GEN, file));
    expect(committed.equals(fresh), `src/gen/${file} is stale: run npm run gen:proto and commit it`).toBe(
      true,
    );
  });

  it.each(FILES)("src/gen/%s is marked generated and names no local path", async (file) => {
    const text = await readFile(join(GEN, file), "utf8");
    expect(text.startsWith("// GENERATED — do not edit; run npm run gen:proto\n")).toBe(true);
    expect(text).not.toContain(ROOT);
    expect(text).not.toContain(tmpdir());
  });

  it("loads in plain Node ESM (no bundler, no TypeScript)", async () => {
    const url = pathToFileURL(join(GEN, "tunnelscope.js")).href;
    const script = `const m = await import(${JSON.stringify(url)}); console.log(typeof m.tunnelscope.v1.SummaryBatch.decode);`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT });
    expect(stdout.trim()).toBe("function");
  });
});
