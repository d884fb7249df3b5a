/**
 * One strongSwan charon per gateway namespace: generated config, start, load, initiate.
 *
 * Each charon gets its own `STRONGSWAN_CONF`, vici socket and log in the lab's state
 * directory, and a private tmpfs `/run` (`unshare -m`) so two daemons on one machine do
 * not fight over `/run/charon.pid`.
 */
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderTemplate } from "./assets.js";
import { LabError } from "./errors.js";
import { run, sleep } from "./exec.js";
import { CHARON } from "./preflight.js";
import type { CharonState } from "./state.js";
import { ADDR, gatewayNs } from "./topology.js";

/** Writes a gateway's strongswan.conf and swanctl.conf; returns their paths (no process yet). */
export function writeGatewayConfig(
  stateDir: string,
  gateway: "a" | "b",
  psk: string,
  replayWindow: number,
): Omit<CharonState, "pid"> {
  const dir = path.join(stateDir, `gw${gateway}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const conf = path.join(dir, "strongswan.conf");
  const swanctlConf = path.join(dir, "swanctl.conf");
  const vici = path.join(dir, "charon.vici");
  const log = path.join(dir, "charon.log");
  const a = gateway === "a";
  writeFileSync(
    conf,
    renderTemplate("strongswan.conf.in", { GATEWAY: `gw${gateway}`, VICI: vici, LOG: log }),
    {
      mode: 0o600,
    },
  );
  writeFileSync(
    swanctlConf,
    renderTemplate("swanctl.conf.in", {
      GATEWAY: `gw${gateway}`,
      LOCAL_ADDR: a ? ADDR.gatewayAWan : ADDR.gatewayBWan,
      REMOTE_ADDR: a ? ADDR.gatewayBWan : ADDR.gatewayAWan,
      LOCAL_ID: a ? "gwa" : "gwb",
      REMOTE_ID: a ? "gwb" : "gwa",
      LOCAL_TS: a ? ADDR.senderSubnet : ADDR.receiverSubnet,
      REMOTE_TS: a ? ADDR.receiverSubnet : ADDR.senderSubnet,
      REPLAY_WINDOW: replayWindow,
      PSK: psk,
    }),
    { mode: 0o600 },
  );
  return { conf, swanctlConf, vici, log };
}

// A fixed script; the charon path comes in as $0: no value is interpolated into shell text.
const PRIVATE_RUN = 'mount -t tmpfs -o mode=0755 tmpfs /run && exec "$0" "$@"';

/** Starts charon detached inside the gateway's namespace; returns its pid. */
export function startCharon(gateway: "a" | "b", files: Omit<CharonState, "pid">): number {
  const out = openSync(path.join(path.dirname(files.log), "charon.out"), "w", 0o600);
  try {
    const child = spawn(
      "ip",
      ["netns", "exec", gatewayNs(gateway), "unshare", "-m", "--", "sh", "-c", PRIVATE_RUN, CHARON],
      {
        detached: true,
        stdio: ["ignore", out, out],
        env: { ...process.env, STRONGSWAN_CONF: files.conf },
      },
    );
    child.on("error", () => {}); // reported by waitForVici
    child.unref();
    if (child.pid === undefined) throw new LabError("LAB_COMMAND_FAILED", "could not start charon");
    return child.pid;
  } finally {
    closeSync(out);
  }
}

function swanctl(files: Omit<CharonState, "pid">, args: readonly string[], timeoutMs = 15_000) {
  return run("swanctl", [...args, "--uri", `unix://${files.vici}`], {
    timeoutMs,
    env: { ...process.env, STRONGSWAN_CONF: files.conf },
  });
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The last lines of charon's log, for error messages. */
export function charonLogTail(files: Pick<CharonState, "log">, lines = 3): string {
  try {
    const text = readFileSync(files.log, "utf8").trim().split("\n");
    return text.slice(-lines).join(" | ");
  } catch {
    return "(no log)";
  }
}

/** Waits until charon answers on its vici socket. */
export async function waitForVici(gateway: "a" | "b", state: CharonState, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await swanctl(state, ["--stats"], 5000).catch(() => undefined);
    if (r !== undefined && r.code === 0) return;
    if (!pidAlive(state.pid)) {
      let out = "";
      try {
        out =
          readFileSync(path.join(path.dirname(state.log), "charon.out"), "utf8")
            .trim()
            .split("\n")[0] ?? "";
      } catch {
        // none
      }
      throw new LabError(
        "LAB_TUNNEL_TIMEOUT",
        `charon on gateway ${gateway} exited at start: ${out || charonLogTail(state)}`,
      );
    }
    if (Date.now() > deadline) {
      throw new LabError(
        "LAB_TUNNEL_TIMEOUT",
        `charon on gateway ${gateway} did not open its vici socket within ${timeoutMs / 1000} s (${state.log})`,
      );
    }
    await sleep(100);
  }
}

/** Loads connections and the PSK into a running charon. */
export async function loadConfig(state: CharonState): Promise<void> {
  await swanctl(state, ["--load-all", "--noprompt", "--file", state.swanctlConf]);
}

/** Asks gateway A's charon to bring up the IKE_SA and CHILD_SA. */
export async function initiate(state: CharonState, timeoutS = 10): Promise<void> {
  const r = await swanctl(
    state,
    ["--initiate", "--child", "lab", "--timeout", String(timeoutS)],
    (timeoutS + 5) * 1000,
  ).catch((err: unknown) => err);
  if (r instanceof Error) {
    throw new LabError("LAB_TUNNEL_TIMEOUT", `IKE negotiation failed: ${charonLogTail(state)}`, { cause: r });
  }
}

/** `swanctl --list-sas` output of a gateway (empty when charon does not answer). */
export async function listSas(state: CharonState): Promise<string> {
  const r = await swanctl(state, ["--list-sas"], 5000).catch(() => undefined);
  return r?.stdout ?? "";
}

/** True when the gateway's CHILD_SA is installed. */
export function childSaInstalled(listSasOutput: string): boolean {
  return /\blab: #\d+, reqid \d+, INSTALLED\b/.test(listSasOutput);
}
