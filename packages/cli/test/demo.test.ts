/** `tunnelscope demo`: arguments, help and the non-root line (the live run is test/e2e/lab-session.test.ts). */
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function asNobody(argv: string[]): Promise<{ code: number; stderr: string }> {
  const bin = new URL("../bin/tunnelscope.mjs", import.meta.url).pathname;
  return new Promise((resolve) => {
    execFile("runuser", ["-u", "nobody", "--", process.execPath, bin, ...argv], (err, _out, stderr) =>
      resolve({ code: err === null ? 0 : Number(err.code), stderr }),
    );
  });
}

describe("tunnelscope demo", () => {
  it("--help names the scenarios, the default and the non-root alternative", async () => {
    const r = await cli(["demo", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("default underlay-loss");
    expect(r.stdout).toContain("mtu-blackhole");
    expect(r.stdout).toContain("tunnelscope analyze --a examples/underlay-loss/ga.pcap");
  });

  it("rejects an unknown scenario, two scenarios and a bad --seconds with exit 2", async () => {
    for (const argv of [
      ["demo", "nope"],
      ["demo", "healthy", "underlay-loss"],
      ["demo", "--seconds", "0"],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^tunnelscope demo: .*\n$/);
    }
  });

  it("without root: one line pointing to analyze on the shipped captures", async () => {
    const r = isRoot ? await asNobody(["demo"]) : await cli(["demo"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("needs root");
    expect(r.stderr).toContain(
      "tunnelscope analyze --a examples/underlay-loss/ga.pcap --b examples/underlay-loss/gb.pcap",
    );
  });
});
