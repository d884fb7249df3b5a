/**
 * The README's first command, end to end (root): `tunnelscope demo` brings the lab up,
 * starts its own nats-server (`--own-nats`: never the machine's 127.0.0.1:4222), a
 * coordinator and an agent in each gateway namespace, runs one live session while the
 * underlay-loss fault is on, prints the verdict, writes the HTML and JSON report, and
 * takes down everything it started.
 *
 * Runs the built CLI as a child process, as a user would. Holds the cross-process lab lock.
 */
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_BIN } from "../../packages/cli/src/demo/lab-agents.js";
import { LIVE_SCENARIO_OPTIONS } from "../../packages/cli/src/demo/run-demo.js";
import { scenarioTruth } from "../../packages/lab/src/index.js";
import { labWithCliSkipReason } from "../helpers/lab.js";
import { acquireLabLock, type LabLock } from "../helpers/lab-lock.js";

const SCENARIO = "underlay-loss";

const reason = labWithCliSkipReason("the demo runs the compiled CLI");

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function demo(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, "demo", ...argv], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
  });
}

function netnsList(): Promise<string[]> {
  return new Promise((resolve) => {
    execFile("ip", ["netns", "list"], (_e, stdout) =>
      resolve(
        String(stdout)
          .split("\n")
          .map((l) => l.split(" ")[0] ?? "")
          .filter((n) => n.startsWith("ts-")),
      ),
    );
  });
}

describe.skipIf(reason !== undefined)("tunnelscope demo (root): the README's first command", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), "tunnelscope-e2e-demo-"));
  let lock: LabLock | undefined;
  let run: Run;

  beforeAll(async () => {
    lock = await acquireLabLock();
    const env = { ...process.env, TUNNELSCOPE_LAB_DIR: path.join(work, "state") };
    run = await demo(
      [SCENARIO, "--seconds", "4", "--own-nats", "--json", "--html", path.join(work, "r.html")],
      env,
    );
  }, 240_000);

  afterAll(async () => {
    await lock?.release();
    rmSync(work, { recursive: true, force: true });
  });

  it("exits 0 and prints the scenario's truth as the report JSON", () => {
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      schema: string;
      verdict: { location: string; cause: string };
      session: { agents: { a: string; b: string }; batches: { a: number; b: number } };
    };
    const truth = scenarioTruth(SCENARIO, LIVE_SCENARIO_OPTIONS[SCENARIO]);
    expect(report.schema).toBe("tunnelscope.report/v1");
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual({
      location: truth.location,
      cause: truth.cause,
    });
    expect(report.session.batches.a).toBeGreaterThan(0);
    expect(report.session.batches.b).toBeGreaterThan(0);
  });

  it("writes the HTML report where --html says, and says where on stderr", () => {
    const html = readFileSync(path.join(work, "r.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain(SCENARIO);
    expect(run.stderr).toContain(`report written: ${path.join(work, "r.html")}`);
  });

  it("saves the evidence captures the report lists beside the HTML, linked relative to it", async () => {
    const report = JSON.parse(run.stdout) as {
      session: { evidence?: { files: { name: string; href?: string; packets: number }[] } };
    };
    const files = report.session.evidence?.files ?? [];
    const saved = /(\d+) evidence capture\(s\) beside it/.exec(run.stderr);
    expect(Number(saved?.[1] ?? 0)).toBe(files.length);
    const html = readFileSync(path.join(work, "r.html"), "utf8");
    for (const f of files) {
      expect(f.href).toBe(`r-evidence/${f.name}`);
      expect(html).toContain(`href="r-evidence/${f.name}"`);
      const count = await new Promise<string>((resolve) =>
        execFile(
          "tshark",
          ["-r", path.join(work, "r-evidence", f.name), "-T", "fields", "-e", "frame.number"],
          (_e, out) => resolve(String(out)),
        ),
      );
      expect(count.trim().split("\n")).toHaveLength(f.packets);
    }
  });

  it("used its own nats-server, not the machine's, and stopped it", () => {
    expect(run.stderr).toMatch(/demo: started nats-server -js on \S+ \(pid \d+\)/);
    expect(run.stderr).not.toContain("using the NATS server on 127.0.0.1:4222");
    expect(run.stderr).toMatch(/demo: stopping nats-server \(pid \d+\)/);
  });

  it("leaves no lab behind: the namespaces it created are gone", async () => {
    expect(run.stderr).toContain("demo: taking the lab down");
    expect(await netnsList()).toEqual([]);
  });
});
