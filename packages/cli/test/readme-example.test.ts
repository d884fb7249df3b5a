/**
 * The README's `inspect` example is the command's real output: the block after
 * "$ npx tunnelscope inspect FILE" must equal what `tunnelscope inspect FILE` prints from the
 * repository root.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliProcess, repoRoot } from "./helpers.js";

describe("README", () => {
  it("the inspect example shows what `tunnelscope inspect` prints", async () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const m = /```\n\$ npx tunnelscope inspect (\S+)\n([\s\S]*?)```/.exec(readme);
    expect(m, "README has an inspect example block").not.toBeNull();
    const [, file, shown] = m as RegExpExecArray;
    const r = await cliProcess(["inspect", file as string], { cwd: repoRoot });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(shown);
  });
});
