/**
 * The README's `inspect` example is the command's real output: the block after
 * "$ npx tunnelscope inspect FILE" must equal what `tunnelscope inspect FILE` prints from the
 * repository root.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

describe("README", () => {
  it("the inspect example shows what `tunnelscope inspect` prints", async () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const m = /```\n\$ npx tunnelscope inspect (\S+)\n([\s\S]*?)```/.exec(readme);
    expect(m, "README has an inspect example block").not.toBeNull();
    const [, file, shown] = m as RegExpExecArray;
    const out = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [join(repoRoot, "packages/cli/bin/tunnelscope.mjs"), "inspect", file as string],
        { cwd: repoRoot, encoding: "utf8" },
        (err, stdout) => (err === null ? resolve(stdout) : reject(err)),
      );
    });
    expect(out).toBe(shown);
  });
});
