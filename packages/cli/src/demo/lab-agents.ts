/**
 * Agents inside the lab's gateway namespaces: `ip netns exec ts-gwa node <cli> agent …`
 * (spawned with an argument array, never a shell), ready once their first heartbeat
 * lands in the agents KV bucket.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { OPTIONS } from "@tunnelscope/agent";
import { AGENTS_KV_BUCKET } from "@tunnelscope/protocol";
import { KvWatchInclude, type NatsConnection } from "nats";
import { DemoError } from "./errors.js";

/** The `tunnelscope` launcher next to this package's sources and build. */
export const CLI_BIN = fileURLToPath(new URL("../../bin/tunnelscope.mjs", import.meta.url));

/**
 * Interfaces inside a lab gateway namespace (see `ip netns exec ts-gwa ip -br link`): the
 * WAN side carries ESP, the LAN side the site's cleartext, and strongSwan's TUN device
 * `ipsec0` the cleartext entering and leaving the tunnel.
 */
export const LAB_TAPS = { outer: "wan0", inner: "lan0", tunnel: "ipsec0" } as const;

/**
 * The agent's tap flags for the lab. The engine wants three taps per gateway: the WAN side
 * (ESP), the LAN side and the tunnel device. The agent takes the tunnel device as a third
 * tap (`--tunnel-if`, configuration path `taps.tunnel`): one tcpdump per interface, each
 * interface named with its role (TAP_OUTER, TAP_INNER, TAP_TUNNEL) rather than inferred
 * from the traffic, and no management traffic to filter out. An agent without that flag
 * (an older build) gets `--inner-if any` instead: digests carry the capture interface, so
 * the coordinator tells `lan0` from `ipsec0` (the inner filter keeps TCP/ICMP only).
 */
export function labTapArgs(): string[] {
  const tunnel = OPTIONS.find((o) => o.path === "taps.tunnel");
  const args = ["--outer-if", LAB_TAPS.outer];
  if (tunnel !== undefined)
    return [...args, "--inner-if", LAB_TAPS.inner, `--${tunnel.flag}`, LAB_TAPS.tunnel];
  return [...args, "--inner-if", "any"];
}

export interface LabAgentSpec {
  readonly id: string;
  /** Gateway namespace, e.g. `ts-gwa`. */
  readonly ns: string;
  /** NATS URL as seen from inside the namespace. */
  readonly natsUrl: string;
  /** Tap flags (default {@link labTapArgs}). */
  readonly tapArgs?: readonly string[];
  /**
   * charon's vici socket in the lab's state directory (`unix://<stateDir>/gwa/charon.vici`,
   * see {@link labViciUri}), so the agent's heartbeat lists the gateway's SAs; without it
   * swanctl asks its default socket, which the lab's charon does not use.
   */
  readonly swanctlUri?: string;
}

/** The vici URI of a lab gateway's charon (`gateway` "a" or "b") under the lab's state directory. */
export function labViciUri(stateDir: string, gateway: "a" | "b"): string {
  return `unix://${stateDir}/gw${gateway}/charon.vici`;
}

export interface LabAgent {
  readonly id: string;
  readonly child: ChildProcess;
  /** The agent's last log lines (stderr), for error messages. */
  log(): string;
  /**
   * Resolves at the agent's next log line with this `msg` (pino JSON on stderr), e.g.
   * `"capturing"` once a session's taps are live; rejects after `timeoutMs` or at exit.
   */
  nextLog(msg: string, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts one agent in its namespace. The management network is left out of its captures. */
export function startLabAgent(spec: LabAgentSpec): LabAgent {
  const args = [
    "netns",
    "exec",
    spec.ns,
    process.execPath,
    CLI_BIN,
    "agent",
    "--id",
    spec.id,
    "--nats",
    spec.natsUrl,
    ...(spec.tapArgs ?? labTapArgs()),
    ...(spec.swanctlUri !== undefined ? ["--swanctl-uri", spec.swanctlUri] : []),
    "--filter",
    "not net 172.31.255.0/24",
    "--log-level",
    "info",
  ];
  const child = spawn("ip", args, { stdio: ["ignore", "ignore", "pipe"] });
  let tail = "";
  let partial = "";
  const waiters = new Set<{ msg: string; resolve: () => void }>();
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (s: string) => {
    tail = (tail + s).slice(-4096);
    const lines = (partial + s).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      let msg: unknown;
      try {
        msg = (JSON.parse(line) as { msg?: unknown }).msg;
      } catch {
        continue;
      }
      for (const w of waiters) if (w.msg === msg) w.resolve();
    }
  });
  child.on("error", (e) => {
    tail += `\n${e.message}`;
  });
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    child.once("close", () => {
      exited = true;
      resolve();
    }),
  );
  return {
    id: spec.id,
    child,
    log: () => tail.trim(),
    nextLog(msg, timeoutMs) {
      return new Promise<void>((resolve, reject) => {
        const w = {
          msg,
          resolve: () => {
            clearTimeout(timer);
            waiters.delete(w);
            resolve();
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(w);
          reject(
            new DemoError(
              "DEMO_AGENT",
              `agent ${spec.id}: no '${msg}' within ${timeoutMs / 1000} s: ${tail.trim().slice(-600)}`,
            ),
          );
        }, timeoutMs);
        waiters.add(w);
        void gone.then(() => {
          clearTimeout(timer);
          waiters.delete(w);
          reject(new DemoError("DEMO_AGENT", `agent ${spec.id} exited: ${tail.trim().slice(-600)}`));
        });
      });
    },
    async stop() {
      if (exited) return;
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 8000);
      await gone;
      clearTimeout(t);
    },
  };
}

/**
 * Resolves when every agent in `ids` has put a fresh heartbeat (older entries in the
 * bucket do not count); rejects after `timeoutMs` or when one of `agents` exits first.
 */
export async function waitForHeartbeats(
  nc: NatsConnection,
  agents: readonly LabAgent[],
  timeoutMs = 20_000,
  watchStarted?: () => void,
): Promise<void> {
  const kv = await nc.jetstream().views.kv(AGENTS_KV_BUCKET);
  const watch = await kv.watch({ include: KvWatchInclude.UpdatesOnly });
  watchStarted?.();
  const pending = new Set(agents.map((a) => a.id));
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new DemoError(
              "DEMO_AGENT",
              `no heartbeat from agent ${[...pending].join(", ")} within ${timeoutMs / 1000} s: ${agents
                .filter((a) => pending.has(a.id))
                .map((a) => a.log())
                .join(" | ")}`,
            ),
          ),
        timeoutMs,
      );
      for (const a of agents) {
        a.child.once("close", (code) =>
          reject(new DemoError("DEMO_AGENT", `agent ${a.id} exited (${code}): ${a.log()}`)),
        );
      }
      void (async () => {
        for await (const e of watch) {
          if (e.operation === "PUT") pending.delete(e.key);
          if (pending.size === 0) {
            resolve();
            return;
          }
        }
      })();
    });
  } finally {
    clearTimeout(timer);
    watch.stop();
  }
}
