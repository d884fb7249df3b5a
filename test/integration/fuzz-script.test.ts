/**
 * scripts/fuzz.mjs, briefly: it runs both targets from a seed, prints a summary per
 * target and exits 0; bad arguments exit 2 with one line. (The long runs are for people,
 * not CI; the bounded fuzz is in the packages' fuzz tests.)
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SCRIPT = join(import.meta.dirname, "..", "..", "scripts", "fuzz.mjs");

function fuzz(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [SCRIPT, ...args],
      { encoding: "utf8", timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error === null ? 0 : typeof error.code === "number" ? error.code : 1,
          stdout,
          stderr,
        });
      },
    );
  });
}

describe("scripts/fuzz.mjs", () => {
  it("runs the codec and decoder fuzzers from a seed and prints a summary", async () => {
    const r = await fuzz(["--iterations", "400", "--seed", "1234"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^fuzz: seed 1234 \(0x4d2\), 400 iterations over codec \+ decoder$/m);
    expect(r.stdout).toMatch(/^codec +200 cases in .* 0 contract violations; .*PROTO_MALFORMED \d+/m);
    expect(r.stdout).toMatch(/^decoder +200 cases in .* 0 contract violations; .*packets \d+/m);
    expect(r.stdout).toMatch(/^fuzz: ok$/m);
  });

  it("refuses bad arguments with one line and status 2", async () => {
    for (const args of [
      ["--seconds", "1", "--iterations", "5"],
      ["--target", "nope"],
      ["--seconds", "-1"],
      ["--bogus"],
    ]) {
      const r = await fuzz(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^fuzz: /);
    }
  });
});
