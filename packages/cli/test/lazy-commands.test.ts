/**
 * Sub-commands are loaded when run (commands/registry.ts): `inspect` must not pay for the
 * agent's and the coordinator's modules at start-up. A resolve hook in the child process logs
 * every @tunnelscope/* package the CLI asks for.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cli, cliProcess, fixture, repoRoot } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "ts-lazy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The @tunnelscope packages `tunnelscope ARGV` resolves, and its exit code. */
async function packagesLoaded(argv: string[], log: string): Promise<{ code: number; packages: string[] }> {
  const hook = pathToFileURL(join(repoRoot, "packages/cli/test/fixtures/resolve-log-hook.mjs")).href;
  const register = `data:text/javascript,import { register } from "node:module"; register(${JSON.stringify(hook)});`;
  const r = await cliProcess(argv, {
    nodeArgs: ["--import", register],
    env: { ...process.env, RESOLVE_LOG: log },
  });
  let text = "";
  try {
    text = readFileSync(log, "utf8");
  } catch {
    // nothing resolved
  }
  const packages = [...new Set(text.split("\n").filter((l) => l !== ""))].sort();
  return { code: r.code, packages };
}

describe("sub-commands load what they use", () => {
  it("`tunnelscope inspect` loads the analysis package only (no agent, no coordinator)", async () => {
    const r = await packagesLoaded(["inspect", fixture("healthy", "ga.pcap")], join(dir, "inspect.log"));
    expect(r.code).toBe(0);
    expect(r.packages).toEqual(["@tunnelscope/analysis"]);
  });

  it("`tunnelscope agent --help` loads the agent (and what it needs), not the coordinator", async () => {
    const r = await packagesLoaded(["agent", "--help"], join(dir, "agent.log"));
    expect(r.code).toBe(0);
    expect(r.packages).toContain("@tunnelscope/agent");
    expect(r.packages).not.toContain("@tunnelscope/coordinator");
  });

  it("a name that is not a command (even one every object has) is one usage line, exit 2", async () => {
    for (const name of ["toString", "__proto__", "constructor"]) {
      const r = await cli([name]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`tunnelscope: unknown command '${name}'; see 'tunnelscope --help'\n`);
    }
  });
});
