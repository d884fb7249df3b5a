import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliProcess, fixture } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "ts-inspect-"));

function oneCleanLine(stderr: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^tunnelscope: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("tunnelscope inspect", () => {
  it("prints one JSON document with interfaces, SAs and totals", async () => {
    const r = await cli(["inspect", fixture("underlay-loss", "gb.pcap"), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe("tunnelscope.inspect/v1");
    expect(doc.interfaces.map((i: { id: number }) => i.id)).toEqual([2, 3, 5]);
    expect(doc.totals.packets).toBe(doc.health.packets);
    // The WAN router drops 3 % of A→B ESP: gateway B sees gaps in that SA and none in the other.
    const ab = doc.sas.find((s: { src: string }) => s.src === "192.0.2.1");
    const ba = doc.sas.find((s: { src: string }) => s.src === "198.51.100.1");
    expect(ab.gaps / (ab.packets + ab.gaps)).toBeGreaterThan(0.01);
    expect(ba.gaps).toBe(0);
  });

  it("reads stdin with '-' and gives the same result as the file", async () => {
    const path = fixture("slow-reader", "gb.pcap");
    const viaFile = await cli(["inspect", path, "--json"]);
    const viaStdin = await cliProcess(["inspect", "-", "--json"], readFileSync(path));
    expect(viaStdin.code).toBe(0);
    expect(JSON.parse(viaStdin.stdout)).toEqual(JSON.parse(viaFile.stdout));
  });

  it("prints a readable table without --json", async () => {
    const r = await cli(["inspect", fixture("replay-reorder", "gb.pcap")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Interfaces/);
    expect(r.stdout).toMatch(/ESP SAs/);
  });

  it.each([
    ["missing file", ["inspect", join(tmp, "nope.pcap")], 1, /no such file/],
    ["a directory", ["inspect", tmp], 1, /directory/],
    ["no FILE", ["inspect"], 2, /missing FILE/],
    ["two FILEs", ["inspect", "a", "b"], 2, /exactly one FILE/],
    ["an unknown flag", ["inspect", "x", "--bogus"], 2, /--bogus/],
    ["a bad interval", ["inspect", "x", "--interval", "0"], 2, /--interval/],
    ["an unknown command", ["inspectt"], 2, /unknown command 'inspectt'/],
  ])("rejects %s with one line and a documented exit code", async (_what, argv, code, pattern) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(code);
    oneCleanLine(r.stderr);
    expect(r.stderr).toMatch(pattern as RegExp);
  });

  it.each([
    ["an empty file", Buffer.alloc(0), /CAPTURE_EMPTY/],
    ["a text file", Buffer.from("hello world, not a capture\n"), /CAPTURE_BAD_MAGIC/],
    ["a gzip file", Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /gzip/],
  ])("names the problem with %s", async (_what, bytes, pattern) => {
    const path = join(tmp, `bad-${Math.random().toString(16).slice(2)}.pcap`);
    writeFileSync(path, bytes);
    const r = await cliProcess(["inspect", path]);
    expect(r.code).toBe(1);
    oneCleanLine(r.stderr);
    expect(r.stderr).toMatch(pattern);
  });

  it("counts a record cut short at the end instead of failing", async () => {
    const whole = readFileSync(fixture("slow-reader", "gb.pcap"));
    const path = join(tmp, "cut.pcap");
    writeFileSync(path, whole.subarray(0, whole.length - 30));
    const r = await cliProcess(["inspect", path, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).health.truncatedFile).toBe(true);
  });
});
