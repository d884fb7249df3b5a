/**
 * The demo's NATS server: the one on 127.0.0.1:4222 when it answers, else a local
 * `nats-server -js` it starts on a free port of the lab's management address.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DemoError } from "./errors.js";

/** Resolves true when a NATS server greets (`INFO {…}`) on host:port within `timeoutMs`. */
export function natsAnswers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host, port });
    let buf = "";
    const done = (ok: boolean) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    sock.setEncoding("utf8");
    sock.on("data", (s: string) => {
      buf += s;
      if (buf.length >= 5) done(buf.startsWith("INFO "));
    });
    sock.on("error", () => done(false));
  });
}

/** A free TCP port on `host`, asked from the kernel. */
export function freePortOn(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface LocalNats {
  readonly url: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

function natsBinary(): string {
  for (const p of ["/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server"]) {
    if (existsSync(p)) return p;
  }
  return "nats-server";
}

/** Starts `nats-server -js` on host:<free port> with a store in a temp dir; waits until it greets. */
export async function startLocalNats(host: string, timeoutMs = 10_000): Promise<LocalNats> {
  const port = await freePortOn(host);
  const dir = await mkdtemp(join(tmpdir(), "tunnelscope-demo-nats-"));
  let stderr = "";
  let exited: string | undefined;
  const child: ChildProcess = spawn(natsBinary(), ["-a", host, "-p", String(port), "-js", "-sd", dir], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (s: string) => {
    if (stderr.length < 4096) stderr += s;
  });
  child.on("error", (e) => {
    exited = e.message;
  });
  child.on("exit", (code, signal) => {
    exited ??= `exited (${signal ?? code})`;
  });
  const stop = async () => {
    if (exited === undefined) {
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 3000);
      await gone;
      clearTimeout(t);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await natsAnswers(host, port, 500))) {
    if (exited !== undefined || Date.now() > deadline) {
      await stop();
      throw new DemoError(
        "DEMO_NATS",
        `nats-server did not start on ${host}:${port}: ${exited ?? "no answer"}${stderr ? `: ${stderr.trim()}` : ""} ` +
          "(install it: apt-get install nats-server)",
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `nats://${host}:${port}`, pid: child.pid, stop };
}
