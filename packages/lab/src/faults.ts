/**
 * Applying and clearing a scenario's fault on the running lab. Faults sit between the
 * capture points (WAN router, the link towards gateway B, the receiver's kernel), except
 * the CPU quota, which is inside a gateway by nature. The applied fault is recorded in the
 * state file so any later process can clear it.
 */
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { assetPath } from "./assets.js";
import { requireCpuCgroup, setQuota } from "./cgroup.js";
import { LabError } from "./errors.js";
import { ip, nsRun, sleep } from "./exec.js";
import { killAll } from "./lab.js";
import { preflight } from "./preflight.js";
import { getScenario, type OptionValue, resolveOptions, type ScenarioName } from "./scenarios.js";
import {
  type AppliedFault,
  defaultStateDir,
  type LabState,
  readState,
  withLock,
  writeState,
} from "./state.js";
import { cgroupName, IF, NS } from "./topology.js";

const NFT_TABLE = "tunnelscope";

async function setRmem(max: number): Promise<Record<string, string>> {
  const before = await nsRun(NS.receiver, "sysctl", ["-n", "net.ipv4.tcp_rmem"]);
  const prev = before.stdout.trim().split(/\s+/).join(" ");
  const def = Math.min(max, 16_384);
  await nsRun(NS.receiver, "sysctl", ["-qw", `net.ipv4.tcp_rmem=4096 ${def} ${max}`]);
  return { tcpRmem: prev };
}

async function nftApply(stateDir: string, ruleset: string): Promise<void> {
  const file = path.join(stateDir, "fault.nft");
  writeFileSync(file, ruleset);
  await nsRun(NS.wan, "nft", ["-f", file]);
}

/** Starts the AF_PACKET delay bridge in the delay namespace in place of the kernel bridge. */
async function startDelayBridge(stateDir: string, delayMs: number): Promise<number> {
  await ip(["-n", NS.delay, "link", "set", IF.delayWan, "nomaster"]);
  await ip(["-n", NS.delay, "link", "set", IF.delayGw, "nomaster"]);
  const outFile = path.join(stateDir, "delay-bridge.out");
  const out = openSync(outFile, "w", 0o600);
  let pid: number | undefined;
  try {
    const child = spawn(
      "ip",
      [
        "netns",
        "exec",
        NS.delay,
        "python3",
        assetPath("delay-bridge.py"),
        "--a",
        IF.delayWan,
        "--b",
        IF.delayGw,
        "--delay-ms",
        String(delayMs),
      ],
      { detached: true, stdio: ["ignore", out, out] },
    );
    child.on("error", () => {});
    child.unref();
    pid = child.pid;
  } finally {
    closeSync(out);
  }
  if (pid === undefined) throw new LabError("LAB_COMMAND_FAILED", "could not start the delay bridge");
  const deadline = Date.now() + 5000;
  for (;;) {
    const text = readFileSync(outFile, "utf8");
    if (text.includes("ready")) return pid;
    if (Date.now() > deadline) {
      await killAll([pid]);
      throw new LabError(
        "LAB_COMMAND_FAILED",
        `the delay bridge did not start: ${text.trim().split("\n").pop() ?? "no output"}`,
      );
    }
    await sleep(50);
  }
}

async function stopDelayBridge(pid: number | undefined): Promise<void> {
  if (pid !== undefined) await killAll([pid]);
  await ip(["-n", NS.delay, "link", "set", IF.delayWan, "master", IF.delayBridge], { allowFail: true });
  await ip(["-n", NS.delay, "link", "set", IF.delayGw, "master", IF.delayBridge], { allowFail: true });
}

/**
 * Applies a scenario's fault to the running lab (whose state is `state`) and records it.
 * Clears a fault already applied first.
 */
export async function applyFaultTo(
  state: LabState,
  name: ScenarioName,
  given: Readonly<Record<string, OptionValue | undefined>> = {},
): Promise<AppliedFault> {
  const options = resolveOptions(getScenario(name), given);
  await clearFaultOf(state);
  let restore: Record<string, string> = {};
  let helperPid: number | undefined;
  // Record first, so a crash mid-way still leaves a clearable fault.
  const record = (): AppliedFault => ({
    scenario: name,
    options,
    restore,
    ...(helperPid !== undefined ? { helperPid } : {}),
  });
  state.fault = record();
  writeState(state);
  switch (name) {
    case "healthy":
      break;
    case "receiver-not-reading":
      restore = await setRmem(options.rmem as number);
      break;
    case "receive-buffer-limited":
      restore = await setRmem(options.rmem as number);
      state.fault = record();
      writeState(state);
      helperPid = await startDelayBridge(state.stateDir, options.delayMs as number);
      break;
    case "underlay-loss":
      await nftApply(
        state.stateDir,
        `table inet ${NFT_TABLE} {\n  chain forward {\n    type filter hook forward priority 0; policy accept;\n` +
          `    iifname "${IF.wanToA}" oifname "${IF.wanToB}" udp dport 4500 numgen random mod 100 < ${options.lossPercent} counter drop\n` +
          "  }\n}\n",
      );
      break;
    case "replay-window-drops": {
      const dev = IF.wanToB;
      const tc = (args: string[]) => nsRun(NS.wan, "tc", args);
      await tc(["qdisc", "add", "dev", dev, "root", "handle", "1:", "htb", "default", "10"]);
      await tc(["class", "add", "dev", dev, "parent", "1:", "classid", "1:10", "htb", "rate", "10gbit"]);
      const slow = `${options.slowKbit}kbit`;
      await tc([
        "class",
        "add",
        "dev",
        dev,
        "parent",
        "1:",
        "classid",
        "1:20",
        "htb",
        "rate",
        slow,
        "ceil",
        slow,
      ]);
      await tc(["qdisc", "add", "dev", dev, "parent", "1:20", "handle", "20:", "pfifo", "limit", "10000"]);
      // skb priority 1:20 selects the slow class (the fw classifier is missing here)
      await nftApply(
        state.stateDir,
        `table inet ${NFT_TABLE} {\n  chain postrouting {\n    type filter hook postrouting priority 0; policy accept;\n` +
          `    oifname "${dev}" udp dport 4500 numgen random mod 100 < ${options.sharePercent} counter meta priority set 1:20\n` +
          "  }\n}\n",
      );
      break;
    }
    case "gateway-overload": {
      const root = requireCpuCgroup();
      const gw = options.gateway === "a" ? "a" : "b";
      const dir = state.cgroups.find((d) => path.basename(d) === cgroupName(gw));
      if (dir === undefined) {
        throw new LabError("LAB_NO_CGROUP_CPU", `gateway ${gw}'s charon was not put in a cgroup at lab up`);
      }
      setQuota(root, dir, options.cpuPercent as number);
      break;
    }
    case "mtu-blackhole":
      await ip(["-n", NS.gatewayB, "link", "set", IF.wan, "mtu", String(options.mtu)]);
      break;
  }
  state.fault = record();
  writeState(state);
  return state.fault;
}

/** Longest wait for the replay fault's slow class to send what it holds (ms). */
const DRAIN_MAX_MS = 6000;

/** Waits until the replay fault's slow HTB class holds no packet (or DRAIN_MAX_MS passed). */
async function drainSlowClass(): Promise<void> {
  const until = Date.now() + DRAIN_MAX_MS;
  while (Date.now() < until) {
    const r = await nsRun(NS.wan, "tc", ["-s", "class", "show", "dev", IF.wanToB, "classid", "1:20"], {
      allowFail: true,
    });
    const m = /backlog\s+\S+\s+(\d+)p/.exec(r.stdout);
    if (m === null || m[1] === "0") return;
    await sleep(100);
  }
}

/** Removes whatever fault the state records (idempotent: each step tolerates "not there"). */
export async function clearFaultOf(state: LabState): Promise<AppliedFault | undefined> {
  const fault = state.fault;
  if (fault === undefined) return undefined;
  const soft = { allowFail: true } as const;
  switch (fault.scenario as ScenarioName) {
    case "receive-buffer-limited":
      await stopDelayBridge(fault.helperPid);
      break;
    case "underlay-loss":
      break;
    case "replay-window-drops":
      // Stop steering packets into the slow class, let what it holds go out, then remove it:
      // deleting a class that still holds packets drops them, a loss the fault never meant.
      await nsRun(NS.wan, "nft", ["delete", "table", "inet", NFT_TABLE], soft);
      await drainSlowClass();
      await nsRun(NS.wan, "tc", ["qdisc", "del", "dev", IF.wanToB, "root"], soft);
      break;
    case "gateway-overload": {
      const root = requireCpuCgroup();
      for (const dir of state.cgroups) {
        try {
          setQuota(root, dir, undefined);
        } catch {
          // gone
        }
      }
      break;
    }
    case "mtu-blackhole":
      await ip(["-n", NS.gatewayB, "link", "set", IF.wan, "mtu", "1500"], soft);
      break;
    default:
      break;
  }
  await nsRun(NS.wan, "nft", ["delete", "table", "inet", NFT_TABLE], soft);
  const rmem = fault.restore.tcpRmem;
  if (rmem !== undefined) await nsRun(NS.receiver, "sysctl", ["-qw", `net.ipv4.tcp_rmem=${rmem}`], soft);
  delete state.fault;
  writeState(state);
  return fault;
}

export interface FaultOptions {
  /** Scenario options by camelCase name; defaults fill the rest. */
  readonly options?: Readonly<Record<string, OptionValue | undefined>>;
  readonly stateDir?: string;
}

function upState(stateDir: string): LabState {
  const state = readState(stateDir);
  if (state?.phase !== "up") {
    throw new LabError("LAB_NOT_UP", "the lab is not up; run `tunnelscope lab up` first");
  }
  return state;
}

/** Applies a scenario's fault to the running lab (clearing any other first) and leaves it on. */
export function applyFault(name: string, opts: FaultOptions = {}): Promise<AppliedFault> {
  preflight();
  const scenario = getScenario(name);
  const stateDir = opts.stateDir ?? defaultStateDir();
  return withLock(stateDir, () => applyFaultTo(upState(stateDir), scenario.name, opts.options));
}

/** Removes the fault applied to the running lab, if any; returns what it removed. */
export function clearFault(opts: Pick<FaultOptions, "stateDir"> = {}): Promise<AppliedFault | undefined> {
  preflight();
  const stateDir = opts.stateDir ?? defaultStateDir();
  return withLock(stateDir, async () => {
    const state = readState(stateDir);
    return state === undefined ? undefined : clearFaultOf(state);
  });
}
