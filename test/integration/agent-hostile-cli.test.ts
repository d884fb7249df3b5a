/**
 * Hostile values through the real command line (`node packages/cli/bin/tunnelscope.mjs
 * agent …`, built by `npm test` first): interface names and BPF filter parts with shell
 * metacharacters or option-like values are refused by name with exit status 2 and one
 * line on stderr; what is accepted reaches tcpdump as argument-array entries after
 * `--`, never through a shell (a stand-in tcpdump records its argv). NATS points at a
 * closed port: capture never waits for it, and nothing here touches a real broker.
 */
import { execFile } from "node:child_process";
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "..", "..", "packages", "cli", "bin", "tunnelscope.mjs");
const DEAD_NATS = "nats://127.0.0.1:1";

interface Run {
  code: number;
  stderr: string;
}

function agent(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, "agent", "--id", "gw-a", "--nats", DEAD_NATS, ...args],
      { encoding: "utf8", timeout: 20_000, env: { ...process.env, ...env } },
      (error, _stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stderr });
      },
    );
  });
}

/** The tunnelscope line of stderr (the agent also logs JSON lines there). */
const errorLine = (r: Run): string =>
  r.stderr
    .split("\n")
    .filter((l) => l.startsWith("tunnelscope:"))
    .join("\n");

describe("tunnelscope agent: hostile interface names and filters", () => {
  let dir: string;
  let fakeTcpdump: string;
  let marker: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tunnelscope-hostile-"));
    marker = join(dir, "pwned");
    fakeTcpdump = join(dir, "tcpdump");
    // Records its argv, one per line, and fails (no capture needed).
    await writeFile(
      fakeTcpdump,
      `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > "${dir}/argv.$$"\nexit 1\n`,
    );
    await chmod(fakeTcpdump, 0o700);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    "-w",
    "--help",
    "-i/tmp/x",
    "eth0;reboot",
    "eth0 eth1",
    "$(id)",
    "`id`",
    "eth0|id",
    "../../etc",
    "eth0\nid",
  ])("refuses the interface name %j (exit 2, named, one line)", async (name) => {
    const r = await agent([`--outer-if=${name}`, "--inner-if", "lo", "--tcpdump", fakeTcpdump]);
    expect(r.code).toBe(2);
    expect(errorLine(r)).toMatch(
      /^tunnelscope: invalid configuration: taps\.outer: .*\[AGENT_CONFIG_INVALID\]$/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    "$(touch PWNED)",
    "`touch PWNED`",
    "tcp $HOME",
    "tcp' or '1",
    'tcp" or "1',
    "tcp\ntouch PWNED",
    "{tcp}",
    "-w PWNED",
    "tcp and -r /etc/passwd",
  ])("refuses the filter part %j (exit 2, named)", async (part) => {
    const r = await agent([
      "--outer-if",
      "lo",
      "--inner-if",
      "lo",
      "--tcpdump",
      fakeTcpdump,
      "--session",
      "h1",
      "--duration",
      "1",
      `--filter=${part.replaceAll("PWNED", marker)}`,
    ]);
    expect(r.code).toBe(2);
    expect(errorLine(r)).toMatch(
      /^tunnelscope: invalid configuration: capture\.filter\.0: .*\[AGENT_CONFIG_INVALID\]$/,
    );
  });

  it("refuses the same through the environment and the interface variable", async () => {
    const viaEnv = await agent(["--outer-if", "lo", "--inner-if", "lo"], {
      TUNNELSCOPE_AGENT_FILTER: `tcp;$(touch ${marker})`,
    });
    expect(viaEnv.code).toBe(2);
    expect(errorLine(viaEnv)).toMatch(/capture\.filter\.1: .*AGENT_CONFIG_INVALID/);
    const ifEnv = await agent(["--inner-if", "lo"], { TUNNELSCOPE_AGENT_OUTER_IF: "--version" });
    expect(ifEnv.code).toBe(2);
    expect(errorLine(ifEnv)).toMatch(/taps\.outer/);
  });

  it("hands an accepted filter to tcpdump as one argument after --, never to a shell", async () => {
    // ';' separates filter parts (as in the environment variable): two harmless parts,
    // and tcpdump (not a shell) would reject 'reboot' as a filter.
    const r = await agent([
      "--outer-if",
      "lo",
      "--inner-if",
      "lo",
      "--tcpdump",
      fakeTcpdump,
      "--session",
      "h2",
      "--duration",
      "1",
      `--filter=tcp;reboot`,
    ]);
    expect(r.code).toBe(1);
    expect(errorLine(r)).toMatch(/AGENT_CAPTURE_FAILED/);
    const argvFiles = (await readdir(dir)).filter((f) => f.startsWith("argv."));
    expect(argvFiles.length).toBeGreaterThanOrEqual(1);
    for (const f of argvFiles) {
      const argv = (await readFile(join(dir, f), "utf8")).trimEnd().split("\n");
      expect(argv.slice(0, 8)).toEqual(["-i", "lo", "-s", "128", "-U", "-n", "-w", "-"]);
      expect(argv[8]).toBe("--");
      expect(argv).toHaveLength(10);
      expect(argv[9]).toMatch(/ and \(tcp\) and \(reboot\)$/);
    }
    await expect(readdir(dir)).resolves.not.toContain("pwned");
  });
});
