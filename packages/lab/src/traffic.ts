/**
 * Runs the compiled traffic scripts inside the lab's namespaces
 * (`ip netns exec NS node dist/traffic/….js --args`) and reads their JSON-line events.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { trafficScript } from "./assets.js";
import { LabError } from "./errors.js";

export type TrafficEvent = { readonly event: string } & Record<string, unknown>;

export interface TrafficProcess {
  readonly child: ChildProcess;
  /** Resolves with the first event of that name; rejects if the process ends first or in time. */
  waitFor(event: string, timeoutMs: number): Promise<TrafficEvent>;
  /** Resolves when the process exited, with every event it emitted. */
  readonly done: Promise<{ code: number | null; events: TrafficEvent[]; stderr: string }>;
  kill(): void;
}

/** Starts `node SCRIPT args…` inside namespace `ns`. */
export function startTraffic(
  ns: string,
  script: "sender" | "receiver",
  args: readonly string[],
): TrafficProcess {
  const file = trafficScript(script);
  const child = spawn("ip", ["netns", "exec", ns, process.execPath, file, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const events: TrafficEvent[] = [];
  const waiters: { name: string; resolve: (e: TrafficEvent) => void }[] = [];
  let stderr = "";
  let buf = "";
  child.stdout?.setEncoding("utf8");
  child.stdout?.on("data", (s: string) => {
    buf += s;
    let nl = buf.indexOf("\n");
    while (nl >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      nl = buf.indexOf("\n");
      let ev: TrafficEvent;
      try {
        ev = JSON.parse(line) as TrafficEvent;
      } catch {
        continue;
      }
      events.push(ev);
      for (const w of waiters.filter((w) => w.name === ev.event)) w.resolve(ev);
    }
  });
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (s: string) => {
    if (stderr.length < 4096) stderr += s;
  });
  const done = new Promise<{ code: number | null; events: TrafficEvent[]; stderr: string }>((resolve) => {
    child.on("error", (err) => {
      stderr += err.message;
    });
    child.on("close", (code) => resolve({ code, events, stderr }));
  });
  return {
    child,
    done,
    waitFor(name, timeoutMs) {
      const seen = events.find((e) => e.event === name);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(failure(script, `no '${name}' within ${timeoutMs} ms`, events, stderr)),
          timeoutMs,
        );
        waiters.push({
          name,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
        void done.then((r) => {
          clearTimeout(timer);
          reject(failure(script, `exited (${r.code}) before '${name}'`, r.events, r.stderr));
        });
      });
    },
    kill() {
      if (child.exitCode === null) child.kill("SIGTERM");
    },
  };
}

function failure(script: string, what: string, events: TrafficEvent[], stderr: string): LabError {
  const err = events.find((e) => e.event === "error");
  const why =
    typeof err?.message === "string"
      ? err.message
      : (stderr
          .trim()
          .split("\n")
          .find((l) => /Error|error/.test(l)) ?? stderr.trim().split("\n")[0]);
  return new LabError("LAB_TRAFFIC_FAILED", `traffic ${script} ${what}${why ? `: ${why}` : ""}`);
}
