/**
 * A real `nats-server` for one test file, on a free port (never the machine's 4222).
 *
 * Modeled on nats.js `nst/src/launcher.ts` (`NatsServer.start`, `stop(cleanup)`): the
 * helper starts the server, waits by polling its port until the server greets with its
 * INFO line, surfaces an early exit together with the server's own stderr, and removes
 * its JetStream store on `stop()`. `restart()` keeps the store, for outage tests.
 *
 * Two ways to run it, chosen once per process and said on stderr:
 * - a container (testcontainers) when a Docker engine answers a `/_ping` within a
 *   second;
 * - else the local binary (`NATS_SERVER_BIN`, `/usr/sbin/nats-server`, or `nats-server`
 *   on PATH), Debian's 2.9 with JetStream (`-js -sd <tmpdir>`).
 *
 * ```ts
 * const server = await NatsTestServer.start({ config: "authorization { user: a, password: b }" });
 * try { … connect({ servers: server.url }) … } finally { await server.stop(); }
 * ```
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";

/** Options of {@link NatsTestServer.start}. */
export interface NatsTestServerOptions {
  /** Extra nats-server configuration text (e.g. an `authorization { … }` block). */
  readonly config?: string;
  /** Enable JetStream (default true). */
  readonly jetstream?: boolean;
  /** How long to wait for the server to answer, in ms (default 15000). */
  readonly startTimeoutMs?: number;
  /** Force a runner instead of detecting one. */
  readonly runner?: "container" | "process";
}

/** The container image used when a Docker engine is available (2.9 like Debian's binary). */
export const NATS_IMAGE = "nats:2.9-alpine";
const HOST = "127.0.0.1";
const FORBIDDEN_PORT = 4222;
const STDERR_KEEP = 16 * 1024;

/** Every server process this test process started, killed if the test process exits first. */
const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

let detected: Promise<{ runner: "container" | "process"; why: string }> | undefined;

/** A free TCP port on 127.0.0.1 (asked from the kernel; never 4222). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = createServer();
      srv.unref();
      srv.once("error", reject);
      srv.listen(0, HOST, () => {
        const addr = srv.address();
        const p = typeof addr === "object" && addr !== null ? addr.port : 0;
        srv.close(() => resolve(p));
      });
    });
    if (port !== FORBIDDEN_PORT && port > 0) return port;
  }
}

/** Does a Docker engine answer? One HTTP `/_ping`, at most `timeoutMs`. Never throws. */
export function dockerEngineAnswers(timeoutMs = 1000): Promise<string | undefined> {
  const host = process.env.DOCKER_HOST ?? "unix:///var/run/docker.sock";
  let target: { socketPath: string } | { host: string; port: number };
  if (host.startsWith("unix://")) {
    const socketPath = host.slice("unix://".length);
    if (!existsSync(socketPath)) return Promise.resolve(undefined);
    target = { socketPath };
  } else if (host.startsWith("tcp://")) {
    const url = new URL(`http://${host.slice("tcp://".length)}`);
    target = { host: url.hostname, port: Number(url.port || 2375) };
  } else return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const req = request({ ...target, path: "/_ping", method: "GET", timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200 ? host : undefined);
    });
    req.once("timeout", () => req.destroy());
    req.once("error", () => resolve(undefined));
    req.end();
  });
}

async function detectRunner(): Promise<{ runner: "container" | "process"; why: string }> {
  detected ??= dockerEngineAnswers().then((engine) =>
    engine !== undefined
      ? { runner: "container" as const, why: `Docker engine at ${engine}` }
      : { runner: "process" as const, why: "no Docker engine answers" },
  );
  return detected;
}

function localBinary(): string {
  const fromEnv = process.env.NATS_SERVER_BIN;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  return existsSync("/usr/sbin/nats-server") ? "/usr/sbin/nats-server" : "nats-server";
}

/** Resolves once the server at port sends its INFO greeting; rejects after `timeoutMs`. */
async function waitForInfo(port: number, timeoutMs: number, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const gone = exited();
    if (gone !== undefined) throw new Error(gone);
    const ok = await new Promise<boolean>((resolve) => {
      const sock = createConnection({ host: HOST, port });
      const done = (v: boolean) => {
        sock.destroy();
        resolve(v);
      };
      sock.setTimeout(500, () => done(false));
      sock.once("data", (d) => done(d.toString("latin1").startsWith("INFO ")));
      sock.once("error", () => done(false));
    });
    if (ok) return;
    if (Date.now() > deadline)
      throw new Error(`nats-server did not answer on ${HOST}:${port} in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Runner {
  start(): Promise<void>;
  halt(): Promise<void>;
  dispose(): Promise<void>;
  logs(): string;
}

class ProcessRunner implements Runner {
  private child: ChildProcess | undefined;
  private stderr = "";
  private exit: string | undefined;

  constructor(
    private readonly port: number,
    private readonly dir: string,
    private readonly configFile: string | undefined,
    private readonly jetstream: boolean,
    private readonly timeoutMs: number,
  ) {}

  async start(): Promise<void> {
    const bin = localBinary();
    const args = ["-a", HOST, "-p", String(this.port)];
    if (this.jetstream) args.push("-js", "-sd", join(this.dir, "store"));
    if (this.configFile !== undefined) args.push("-c", this.configFile);
    this.exit = undefined;
    const child = spawn(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
    this.child = child;
    live.add(child);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (s: string) => {
      this.stderr = (this.stderr + s).slice(-STDERR_KEEP);
    });
    child.once("error", (e: NodeJS.ErrnoException) => {
      this.exit =
        e.code === "ENOENT"
          ? `cannot run ${bin}: not installed; apt-get install nats-server (or set NATS_SERVER_BIN)`
          : `cannot run ${bin}: ${e.message}`;
    });
    child.once("exit", (code, signal) => {
      live.delete(child);
      this.exit ??= `nats-server exited early (${signal ?? `code ${code}`}); its stderr:\n${this.stderr.trim()}`;
    });
    try {
      await waitForInfo(this.port, this.timeoutMs, () => this.exit);
    } catch (e) {
      await this.halt();
      throw e;
    }
  }

  async halt(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }

  async dispose(): Promise<void> {
    await this.halt();
  }

  logs(): string {
    return this.stderr;
  }
}

class ContainerRunner implements Runner {
  // biome-ignore lint/suspicious/noExplicitAny: testcontainers is loaded lazily, only when Docker answers
  private container: any;

  constructor(
    private readonly port: number,
    private readonly config: string | undefined,
    private readonly jetstream: boolean,
    private readonly timeoutMs: number,
  ) {}

  async start(): Promise<void> {
    if (this.container !== undefined) {
      await this.container.restart();
    } else {
      const { GenericContainer } = await import("testcontainers");
      const command = ["-p", "4222"];
      if (this.jetstream) command.push("-js", "-sd", "/data");
      let builder = new GenericContainer(NATS_IMAGE).withExposedPorts({ container: 4222, host: this.port });
      if (this.config !== undefined) {
        builder = builder.withCopyContentToContainer([
          { content: this.config, target: "/etc/nats/test.conf" },
        ]);
        command.push("-c", "/etc/nats/test.conf");
      }
      this.container = await builder.withCommand(command).start();
    }
    await waitForInfo(this.port, this.timeoutMs, () => undefined);
  }

  async halt(): Promise<void> {
    await this.container?.stop({ remove: false, timeout: 5000 });
  }

  async dispose(): Promise<void> {
    await this.container?.stop({ remove: true, removeVolumes: true });
    this.container = undefined;
  }

  logs(): string {
    return "";
  }
}

/** One nats-server for a test file. */
export class NatsTestServer {
  private running = false;

  private constructor(
    /** How it runs: a container or a local process. */
    readonly runner: "container" | "process",
    /** Port on 127.0.0.1. */
    readonly port: number,
    private readonly dir: string,
    private readonly impl: Runner,
  ) {}

  /** `nats://127.0.0.1:<port>`. */
  get url(): string {
    return `nats://${HOST}:${this.port}`;
  }

  /** Starts a server on a free port and waits until it greets. */
  static async start(options: NatsTestServerOptions = {}): Promise<NatsTestServer> {
    const choice =
      options.runner !== undefined ? { runner: options.runner, why: "asked for" } : await detectRunner();
    const port = await freePort();
    const dir = await mkdtemp(join(tmpdir(), "tunnelscope-nats-"));
    const jetstream = options.jetstream ?? true;
    const timeoutMs = options.startTimeoutMs ?? 15_000;
    let configFile: string | undefined;
    if (options.config !== undefined && choice.runner === "process") {
      configFile = join(dir, "server.conf");
      await writeFile(configFile, options.config, { mode: 0o600 });
    }
    const impl =
      choice.runner === "container"
        ? new ContainerRunner(port, options.config, jetstream, timeoutMs)
        : new ProcessRunner(port, dir, configFile, jetstream, timeoutMs);
    const server = new NatsTestServer(choice.runner, port, dir, impl);
    process.stderr.write(
      `nats-server helper: ${choice.runner === "container" ? `container ${NATS_IMAGE}` : `local process ${localBinary()}`} ` +
        `on ${HOST}:${port} (${choice.why})\n`,
    );
    try {
      await impl.start();
    } catch (e) {
      await rm(dir, { recursive: true, force: true });
      throw e;
    }
    server.running = true;
    return server;
  }

  /** Stops the server (clean shutdown) and keeps its store; `restart()` brings it back. */
  async halt(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.impl.halt();
  }

  /**
   * Stops the server, waits `downMs`, and starts it again on the same port with the same
   * JetStream store (streams and KV survive).
   */
  async restart(downMs = 0): Promise<void> {
    await this.halt();
    if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
    await this.impl.start();
    this.running = true;
  }

  /** Stops the server and removes its store directory. */
  async stop(): Promise<void> {
    this.running = false;
    try {
      await this.impl.dispose();
    } finally {
      await rm(this.dir, { recursive: true, force: true });
    }
  }

  /** What the server wrote on stderr (last 16 KiB; empty for a container). */
  logs(): string {
    return this.impl.logs();
  }
}
