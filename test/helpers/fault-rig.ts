/**
 * Real processes for the fault tests: agents replaying a scenario's fixture captures and
 * coordinators, each a child process of the built CLI (`packages/cli/bin/tunnelscope.mjs`),
 * so a test can SIGKILL one for real. Their stderr (pino JSON lines) is kept and read back
 * as objects.
 *
 * ```ts
 * const a = startAgent({ id: "gw-a", url: server.url, scenario: "healthy", gateway: "a" });
 * await a.waitLog((l) => l.msg === "connected to NATS", 15_000);
 * a.kill(); // SIGKILL
 * ```
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { NatsConnection } from "nats";
import { requestSession, type SessionOutcome } from "../../packages/coordinator/src/index.js";

/** The `tunnelscope` launcher; it needs the build (`npm run build`). */
export const CLI_BIN = fileURLToPath(new URL("../../packages/cli/bin/tunnelscope.mjs", import.meta.url));
const CLI_MAIN = fileURLToPath(new URL("../../packages/cli/dist/main.js", import.meta.url));
export const SCENARIOS = fileURLToPath(new URL("../fixtures/scenarios", import.meta.url));

/** Why the fault tests cannot run here (the CLI is not built), or undefined. */
export function cliMissing(): string | undefined {
  return existsSync(CLI_MAIN) ? undefined : "the CLI is not built: run `npm run build` first";
}

/**
 * The replay tap selectors of the scenario captures (SLL2 ifindex): on gateway A the WAN
 * side is 3 and the LAN side 2, on gateway B the reverse; `ipsec0` is 5 on both.
 */
export const FIXTURE_TAPS = {
  a: ["--outer-if", "3", "--inner-if", "2", "--tunnel-if", "5"],
  b: ["--outer-if", "2", "--inner-if", "3", "--tunnel-if", "5"],
} as const;

/** `truth.json` of a scenario: the verdict a report must give. */
export function truth(scenario: string): { location: string; cause: string } {
  const t = JSON.parse(readFileSync(join(SCENARIOS, scenario, "truth.json"), "utf8"));
  return { location: t.location, cause: t.cause };
}

export type LogLine = Record<string, unknown>;

/** One child process of the CLI with its log lines. */
export class CliProcess {
  readonly child: ChildProcess;
  readonly lines: LogLine[] = [];
  /** Everything the process wrote on stdout. */
  stdout = "";
  private text = "";
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly name: string,
    args: readonly string[],
    env: NodeJS.ProcessEnv = {},
  ) {
    this.child = spawn(process.execPath, [CLI_BIN, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    live.add(this.child);
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code, signal) => {
        live.delete(this.child);
        resolve({ code, signal });
        for (const w of this.waiters) w();
      });
    });
    this.child.stdout?.setEncoding("utf8");
    this.child.stdout?.on("data", (d: string) => {
      this.stdout += d;
    });
    this.child.stderr?.setEncoding("utf8");
    this.child.stderr?.on("data", (s: string) => {
      this.text += s;
      let nl = this.text.indexOf("\n");
      while (nl >= 0) {
        const line = this.text.slice(0, nl).trim();
        this.text = this.text.slice(nl + 1);
        if (line !== "") {
          try {
            this.lines.push(JSON.parse(line) as LogLine);
          } catch {
            this.lines.push({ msg: line, raw: true });
          }
        }
        nl = this.text.indexOf("\n");
      }
      for (const w of this.waiters) w();
    });
  }

  /** Resolves with the first log line (already seen or coming) that matches; rejects at exit or timeout. */
  waitLog(match: (l: LogLine) => boolean, timeoutMs: number): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.lines.find(match);
        if (hit !== undefined) return done(() => resolve(hit));
        if (this.child.exitCode !== null || this.child.signalCode !== null)
          done(() => reject(new Error(`${this.name} exited; its log:\n${this.tail()}`)));
      };
      const timer = setTimeout(
        () =>
          done(() => reject(new Error(`${this.name}: no such log line in ${timeoutMs} ms:\n${this.tail()}`))),
        timeoutMs,
      );
      const done = (f: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        f();
      };
      this.waiters.add(check);
      check();
    });
  }

  /** The last log lines, for failure messages. */
  tail(n = 30): string {
    return this.lines
      .slice(-n)
      .map((l) => JSON.stringify(l))
      .join("\n");
  }

  /** SIGKILL: the process dies at once, nothing flushed. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
    await this.exited;
  }

  /** SIGTERM (a clean stop), SIGKILL after 10 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill("SIGTERM");
    const t = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    await this.exited;
    clearTimeout(t);
  }
}

const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of live) c.kill("SIGKILL");
});

export interface AgentSpec {
  readonly id: string;
  readonly url: string;
  readonly scenario: string;
  readonly gateway: "a" | "b";
  /** Extra flags (e.g. `--spool-batches 4`). */
  readonly args?: readonly string[];
}

/**
 * An agent replaying `<scenario>/g<gateway>.pcap` at its recorded speed whenever a
 * coordinator starts a session, heartbeating every 500 ms.
 */
export function startAgent(spec: AgentSpec): CliProcess {
  return new CliProcess(`agent ${spec.id}`, [
    "agent",
    "--id",
    spec.id,
    "--nats",
    spec.url,
    "--backend",
    "file",
    "--replay",
    join(SCENARIOS, spec.scenario, `g${spec.gateway}.pcap`),
    "--replay-speed",
    "realtime",
    ...FIXTURE_TAPS[spec.gateway],
    "--collectors",
    "false",
    "--heartbeat",
    "500",
    "--log-level",
    "debug",
    ...(spec.args ?? []),
  ]);
}

/** A coordinator process (`tunnelscope coordinator --nats URL`). */
export function startCoordinator(name: string, url: string, args: readonly string[] = []): CliProcess {
  return new CliProcess(name, ["coordinator", "--nats", url, ...args]);
}

/** Polls `cond` every 50 ms until it holds; throws naming `what` after `timeoutMs`. */
export async function until(
  cond: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface PairSession {
  readonly a: CliProcess;
  readonly b: CliProcess;
  /** The requester's outcome (the report), once the session ends. */
  readonly run: Promise<SessionOutcome>;
}

/**
 * Starts agents `<tag>-a` and `<tag>-b` replaying `scenario`, waits until every given
 * coordinator has seen both, asks for a session (every packet digested, 250 ms
 * intervals) and resolves once both agents capture. The agents are pushed onto `procs`.
 */
export async function startPairSession(o: {
  readonly url: string;
  readonly nc: NatsConnection;
  readonly tag: string;
  readonly scenario: string;
  readonly coordinators: readonly CliProcess[];
  readonly procs: CliProcess[];
  readonly durationMs: number;
  readonly graceMs: number;
  /** Extra agent flags, e.g. a small spool. */
  readonly agentArgs?: readonly string[];
  /**
   * Ask with `tunnelscope session run --json` (a process of its own, whole seconds, the
   * agents' default interval, its default grace) instead of the client library.
   */
  readonly sessionRun?: boolean;
}): Promise<PairSession> {
  const [idA, idB] = [`${o.tag}-a`, `${o.tag}-b`];
  const args = o.agentArgs ?? [];
  const a = startAgent({ id: idA, url: o.url, scenario: o.scenario, gateway: "a", args });
  const b = startAgent({ id: idB, url: o.url, scenario: o.scenario, gateway: "b", args });
  o.procs.push(a, b);
  for (const c of o.coordinators) {
    await c.waitLog((l) => l.msg === "coordinator ready", 20_000); // subscribed to session requests
    for (const id of [idA, idB]) await c.waitLog((l) => l.msg === "agent seen" && l.agent === id, 20_000);
  }
  const run =
    o.sessionRun === true
      ? sessionRun(o.url, idA, idB, Math.ceil(o.durationMs / 1000), o.procs)
      : requestSession(o.nc, {
          a: idA,
          b: idB,
          durationMs: o.durationMs,
          samplingRate: 1,
          intervalMs: 250,
          graceMs: o.graceMs,
        });
  run.catch(() => {}); // the caller awaits it; an early failure must not be unhandled meanwhile
  await Promise.all([a, b].map((p) => p.waitLog((l) => l.msg === "capturing", 15_000)));
  return { a, b, run };
}

/** `tunnelscope session run --json` as a process: its exit status 0 and the report it prints. */
async function sessionRun(
  url: string,
  a: string,
  b: string,
  seconds: number,
  procs: CliProcess[],
): Promise<SessionOutcome> {
  const p = new CliProcess("session run", [
    "session",
    "run",
    "--a",
    a,
    "--b",
    b,
    "--duration",
    String(seconds),
    "--nats",
    url,
    "--json",
  ]);
  procs.push(p);
  const { code } = await p.exited;
  if (code !== 0) throw new Error(`session run exited with ${code}: ${p.tail()}`);
  const report = JSON.parse(p.stdout) as SessionOutcome["report"];
  return { sessionId: report.session.id, report };
}
