import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { analyzeCommand } from "../src/commands/analyze.js";
import { CliError } from "../src/errors.js";
import { escapeHtml } from "../src/render/analyze-html.js";
import { fixture } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "ts-analyze-"));

/** Runs the command's run() with in-memory streams (the registry wiring is tested elsewhere). */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const inp = new PassThrough();
  inp.end();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on("data", (c: Buffer) => chunks.out.push(c));
  err.on("data", (c: Buffer) => chunks.err.push(c));
  const code = await analyzeCommand.run(argv, { stdout: out, stderr: err, stdin: inp, isTty: false });
  return { code, stdout: Buffer.concat(chunks.out).toString(), stderr: Buffer.concat(chunks.err).toString() };
}

async function failure(argv: string[]): Promise<CliError> {
  try {
    await run(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(CliError);
    return err as CliError;
  }
  throw new Error("expected the command to fail");
}

describe("tunnelscope analyze", () => {
  it("--json prints only the report JSON", async () => {
    const r = await run([
      "--a",
      fixture("slow-reader", "ga.pcap"),
      "--b",
      fixture("slow-reader", "gb.pcap"),
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe("tunnelscope.report/v1");
    expect([doc.verdict.location, doc.verdict.cause]).toEqual(["receiver-host", "receiver-not-reading"]);
    expect(doc.captures.map((c: { source: string }) => c.source)).toEqual([
      fixture("slow-reader", "ga.pcap"),
      fixture("slow-reader", "gb.pcap"),
    ]);
  });

  it("prints the verdict first in plain words, then evidence, remedies, segments and clock", async () => {
    const r = await run([
      "--a",
      fixture("mtu-blackhole", "gb.pcap"),
      "--b",
      fixture("mtu-blackhole", "ga.pcap"),
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(
      "The window collapses at the underlay between the gateways (B → A): large packets vanish in the underlay and no ICMP says why (MTU black hole) (confidence 0.97).",
    );
    expect(r.stdout).toMatch(/\nEvidence\n {2}• Every ESP packet of 1464 bytes or more/);
    expect(r.stdout).toMatch(/maxseg size set 512/);
    expect(r.stdout).toMatch(/Path, segment by segment/);
    expect(r.stdout).toMatch(/data {2}underlay/);
    expect(r.stdout).toMatch(/Clock: B − A = /);
  });

  it("--html writes a self-contained, escaped report", async () => {
    const file = join(tmp, "report.html");
    const r = await run([
      "--a",
      fixture("replay-reorder", "ga.pcap"),
      "--b",
      fixture("replay-reorder", "gb.pcap"),
      "--html",
      file,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/HTML report written to/);
    const html = readFileSync(file, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toMatch(/replay-window-drops/);
    expect(html).toMatch(/replay_window = 256/);
    expect(html).not.toMatch(/<script|https?:\/\//);
    // Filters contain "&&": escaped in the page.
    expect(html).toMatch(/esp\.spi == 0x[0-9a-f]{8} &amp;&amp; esp\.sequence in/);
  });

  it("escapes HTML", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it.each([
    ["no --a", ["--b", "x"], "CLI_USAGE", /missing --a FILE/],
    ["no --b", ["--a", "x"], "CLI_USAGE", /missing --b FILE/],
    ["a positional", ["--a", "x", "--b", "y", "z"], "CLI_USAGE", /unexpected argument 'z'/],
    ["both on stdin", ["--a", "-", "--b", "-"], "CLI_USAGE", /only one of --a and --b/],
    ["an unknown flag", ["--a", "x", "--b", "y", "--bogus"], "CLI_USAGE", /--bogus/],
  ])("rejects %s as a usage error", async (_what, argv, code, pattern) => {
    const err = await failure(argv as string[]);
    expect(err.code).toBe(code);
    expect(err.exitCode).toBe(2);
    expect(err.message).toMatch(pattern as RegExp);
    expect(err.message.split("\n")).toHaveLength(1);
  });

  it("names the unreadable file", async () => {
    const err = await failure(["--a", join(tmp, "nope.pcap"), "--b", fixture("healthy", "gb.pcap")]);
    expect(err.code).toBe("CLI_INPUT");
    expect(err.exitCode).toBe(1);
    expect(err.message).toMatch(/cannot read '.*nope\.pcap': no such file/);
  });

  it("names the unwritable HTML file", async () => {
    const err = await failure([
      "--a",
      fixture("slow-reader", "ga.pcap"),
      "--b",
      fixture("slow-reader", "gb.pcap"),
      "--html",
      join(tmp, "no-such-dir", "r.html"),
    ]);
    expect(err.code).toBe("CLI_OUTPUT");
    expect(err.message).toMatch(/cannot write '.*r\.html': its directory does not exist/);
  });
});
