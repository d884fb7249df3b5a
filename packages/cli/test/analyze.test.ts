import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliProcess, fixture } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "ts-analyze-"));

describe("tunnelscope analyze (the binary)", () => {
  it("prints only the report JSON with --json, naming the scenario's truth", async () => {
    const r = await cliProcess([
      "analyze",
      "--a",
      fixture("slow-reader", "ga.pcap"),
      "--b",
      fixture("slow-reader", "gb.pcap"),
      "--json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const truth = JSON.parse(readFileSync(fixture("slow-reader", "truth.json"), "utf8"));
    expect(report.schema).toBe("tunnelscope.report/v1");
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual({
      location: truth.location,
      cause: truth.cause,
    });
  });

  it("writes a self-contained HTML report with --html", async () => {
    const html = join(tmp, "report.html");
    const r = await cli([
      "analyze",
      "--a",
      fixture("mtu-blackhole", "ga.pcap"),
      "--b",
      fixture("mtu-blackhole", "gb.pcap"),
      "--html",
      html,
    ]);
    expect(r.code).toBe(0);
    const page = readFileSync(html, "utf8");
    expect(page).toMatch(/mtu-blackhole|MTU/i);
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });

  it.each([
    ["no --b", ["analyze", "--a", "x.pcap"], 2, /--b/],
    ["an unknown flag", ["analyze", "--a", "x", "--b", "y", "--nope"], 2, /--nope/],
    [
      "a missing file",
      ["analyze", "--a", join(tmp, "none.pcap"), "--b", join(tmp, "none2.pcap")],
      1,
      /no such file/,
    ],
  ])("rejects %s with one clean line", async (_w, argv, code, pattern) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(pattern as RegExp);
  });

  it("names which capture is not a capture", async () => {
    const bad = join(tmp, "bad.pcap");
    writeFileSync(bad, "not a capture at all");
    const r = await cliProcess(["analyze", "--a", fixture("healthy", "ga.pcap"), "--b", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("bad.pcap");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
