/**
 * The tcpdump backend: one child per tap,
 * `tcpdump -i IF -s SNAPLEN -U -w - -- FILTER`, spawned with an argument array (never a
 * shell). The interface name is validated and the filter is built from validated parts
 * (filter.ts); `--` keeps getopt from reading the filter as options. Kernel drop counts
 * come from tcpdump itself: SIGUSR1 makes it print them, and it prints them on exit.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { AgentError } from "../errors.js";
import { buildFilter, type FilterSpec, validateInterfaceName } from "./filter.js";
import type { CaptureSource, CaptureStats, LiveTap, TapBinding } from "./source.js";
import { classifyTcpdumpError, lastErrorLine, parseTcpdumpStats } from "./tcpdump-stats.js";

export interface TcpdumpOptions {
  /** tcpdump binary (name on PATH or path). */
  readonly tcpdumpPath: string;
  readonly interface: string;
  readonly tap: LiveTap;
  readonly snaplen: number;
  readonly filter: Omit<FilterSpec, "tap">;
  /** How long to wait for "listening on" (default 5000 ms). */
  readonly readyTimeoutMs?: number;
}

const STDERR_KEEP = 8192;

/** The argument array of one tap's tcpdump (exported for tests). */
export function tcpdumpArgs(o: Pick<TcpdumpOptions, "interface" | "tap" | "snaplen" | "filter">): string[] {
  const iface = validateInterfaceName(o.interface, `${o.tap} interface`);
  if (!Number.isInteger(o.snaplen) || o.snaplen < 64 || o.snaplen > 256) {
    throw new AgentError("AGENT_CONFIG_INVALID", `snaplen ${o.snaplen}: use 64-256 bytes (headers only)`);
  }
  const filter = buildFilter({ ...o.filter, tap: o.tap });
  return ["-i", iface, "-s", String(o.snaplen), "-U", "-n", "-w", "-", "--", filter];
}

export class TcpdumpSource implements CaptureSource {
  readonly label: string;
  readonly binding: TapBinding;
  readonly live = true;
  private readonly args: string[];
  private child: ChildProcess | undefined;
  private stderr = "";
  private stopping = false;
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private spawnError: NodeJS.ErrnoException | undefined;
  private readonly exited: Promise<void>;
  private resolveExited!: () => void;
  private lastStats: CaptureStats = { kernelDrops: 0, interfaceDrops: 0 };
  private readyPromise: Promise<void> | undefined;

  constructor(private readonly options: TcpdumpOptions) {
    this.args = tcpdumpArgs(options);
    this.label = `tcpdump ${options.tap} ${options.interface}`;
    this.binding = { kind: "fixed", tap: options.tap, name: options.interface };
    this.exited = new Promise((resolve) => {
      this.resolveExited = resolve;
    });
  }

  private start(): ChildProcess {
    if (this.child !== undefined) return this.child;
    const child = spawn(this.options.tcpdumpPath, this.args, { stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (s: string) => {
      this.stderr = (this.stderr + s).slice(-STDERR_KEEP);
      const stats = parseTcpdumpStats(this.stderr);
      if (stats !== undefined)
        this.lastStats = { kernelDrops: stats.kernelDrops, interfaceDrops: stats.interfaceDrops };
    });
    child.once("error", (e: NodeJS.ErrnoException) => {
      this.spawnError = e;
      this.resolveExited();
    });
    child.once("close", (code, signal) => {
      this.exitInfo = { code, signal };
      this.resolveExited();
    });
    return child;
  }

  /** The one-line error for an early exit, or undefined after a requested stop. */
  private failure(): AgentError | undefined {
    const bin = this.options.tcpdumpPath;
    if (this.spawnError !== undefined) {
      if (this.spawnError.code === "ENOENT") {
        return new AgentError(
          "AGENT_TCPDUMP_MISSING",
          `cannot run '${bin}': not found; install it (apt-get install tcpdump) or set --tcpdump PATH, or use --backend raw-socket`,
          { cause: this.spawnError },
        );
      }
      if (this.spawnError.code === "EACCES") {
        return new AgentError(
          "AGENT_CAPTURE_PERMISSION_DENIED",
          `cannot run '${bin}': permission denied; make it executable for the agent's user`,
          { cause: this.spawnError },
        );
      }
      return new AgentError("AGENT_CAPTURE_FAILED", `cannot run '${bin}': ${this.spawnError.message}`, {
        cause: this.spawnError,
      });
    }
    if (this.stopping) return undefined;
    const line = lastErrorLine(this.stderr);
    const iface = this.options.interface;
    switch (classifyTcpdumpError(this.stderr)) {
      case "permission":
        return new AgentError(
          "AGENT_CAPTURE_PERMISSION_DENIED",
          `${this.label}: ${line}; grant the agent CAP_NET_RAW and CAP_NET_ADMIN (see deploy/tunnelscope-agent.service) or run it as root`,
        );
      case "no-interface":
        return new AgentError(
          "AGENT_NO_SUCH_INTERFACE",
          `${this.label}: interface '${iface}' does not exist; check --${this.options.tap}-if against 'ip -br link'`,
        );
      case "filter":
        return new AgentError("AGENT_INVALID_FILTER", `${this.label}: tcpdump rejected the filter: ${line}`);
      default: {
        const how = this.exitInfo?.signal ?? `code ${this.exitInfo?.code ?? "?"}`;
        return new AgentError("AGENT_CAPTURE_FAILED", `${this.label} exited (${how}): ${line}`);
      }
    }
  }

  ready(): Promise<void> {
    this.readyPromise ??= new Promise<void>((resolve, reject) => {
      const child = this.start();
      const timeoutMs = this.options.readyTimeoutMs ?? 5000;
      const done = (e?: AgentError) => {
        clearTimeout(timer);
        child.stderr?.off("data", onData);
        if (e === undefined) resolve();
        else reject(e);
      };
      const onData = () => {
        if (/listening on/.test(this.stderr)) done();
      };
      const timer = setTimeout(() => done(), timeoutMs); // silent but alive: assume it captures
      child.stderr?.on("data", onData);
      onData();
      void this.exited.then(() => {
        const f = this.failure();
        done(
          f ?? new AgentError("AGENT_CAPTURE_FAILED", `${this.label} stopped before it started capturing`),
        );
      });
    });
    return this.readyPromise;
  }

  async *chunks(): AsyncGenerator<Uint8Array> {
    const child = this.start();
    const out = child.stdout;
    if (out !== null) {
      for await (const chunk of out) yield chunk as Buffer;
    }
    await this.exited;
    const f = this.failure();
    if (f !== undefined) throw f;
  }

  stats(): CaptureStats {
    return this.lastStats;
  }

  refreshStats(): void {
    const child = this.child;
    if (child !== undefined && child.exitCode === null && child.signalCode === null) child.kill("SIGUSR1");
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (child === undefined || this.exitInfo !== undefined || this.spawnError !== undefined) return;
    child.kill("SIGINT"); // tcpdump flushes, prints its statistics and exits
    const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}
