/**
 * Captures and host counters of a scenario run: tcpdump on both gateways (`-i any` as
 * Linux SLL2, whose records carry the interface index: several taps in one file)
 * and on the receiver's LAN interface, plus /proc/net/snmp, /proc/net/netstat and
 * `swanctl --list-sas` from each host before and after.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { cpuStat } from "./cgroup.js";
import { LabError } from "./errors.js";
import { nsRun } from "./exec.js";
import type { LabState } from "./state.js";
import { listSas } from "./strongswan.js";
import { GATEWAY_CAPTURE_FILTER, IF, NS, SNAPLEN } from "./topology.js";

export interface CaptureStats {
  readonly file: string;
  readonly captured?: number;
  readonly droppedByKernel?: number;
}

interface Tap {
  readonly ns: string;
  readonly file: string;
  readonly args: readonly string[];
}

/** The three capture points of a run. */
export function taps(dir: string): Tap[] {
  // -B: a 16 MiB kernel buffer, so a busy machine does not drop captured packets.
  const common = ["-s", String(SNAPLEN), "-B", "16384", "-U", "-n", "-Z", "root"];
  return [
    {
      ns: NS.gatewayA,
      file: path.join(dir, "ga.pcap"),
      args: [
        "-i",
        "any",
        "-y",
        "LINUX_SLL2",
        ...common,
        "-w",
        path.join(dir, "ga.pcap"),
        GATEWAY_CAPTURE_FILTER,
      ],
    },
    {
      ns: NS.gatewayB,
      file: path.join(dir, "gb.pcap"),
      args: [
        "-i",
        "any",
        "-y",
        "LINUX_SLL2",
        ...common,
        "-w",
        path.join(dir, "gb.pcap"),
        GATEWAY_CAPTURE_FILTER,
      ],
    },
    {
      ns: NS.receiver,
      file: path.join(dir, "hb-lan.pcap"),
      args: ["-i", IF.lan, ...common, "-w", path.join(dir, "hb-lan.pcap"), "tcp"],
    },
  ];
}

export interface RunningCapture {
  readonly pids: readonly number[];
  /** Stops every tcpdump (flushing its file) and returns their statistics. */
  stop(): Promise<CaptureStats[]>;
}

/** Starts tcpdump on every tap and resolves once each one says it is listening. */
export async function startCaptures(dir: string): Promise<RunningCapture> {
  const running: { tap: Tap; child: ChildProcess; stderr: string; exit: Promise<void> }[] = [];
  const stopAll = async () => {
    for (const r of running) r.child.kill("SIGTERM");
    await Promise.all(running.map((r) => r.exit));
  };
  try {
    for (const tap of taps(dir)) {
      const child = spawn("ip", ["netns", "exec", tap.ns, "tcpdump", ...tap.args], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      const r = {
        tap,
        child,
        stderr: "",
        exit: new Promise<void>((res) => child.once("close", () => res())),
      };
      child.stderr?.setEncoding("utf8");
      child.stderr?.on("data", (s: string) => {
        r.stderr += s;
      });
      running.push(r);
    }
    const deadline = Date.now() + 5000;
    for (const r of running) {
      while (!r.stderr.includes("listening on")) {
        if (r.child.exitCode !== null || Date.now() > deadline) {
          throw new LabError(
            "LAB_COMMAND_FAILED",
            `tcpdump in ${r.tap.ns} did not start: ${r.stderr.trim().split("\n").pop() ?? "no output"}`,
          );
        }
        await new Promise((res) => setTimeout(res, 20));
      }
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  return {
    pids: running.map((r) => r.child.pid ?? -1),
    async stop() {
      await stopAll();
      return running.map((r) => {
        const captured = /(\d+) packets? captured/.exec(r.stderr)?.[1];
        const dropped = /(\d+) packets? dropped by kernel/.exec(r.stderr)?.[1];
        return {
          file: path.basename(r.tap.file),
          ...(captured !== undefined ? { captured: Number(captured) } : {}),
          ...(dropped !== undefined ? { droppedByKernel: Number(dropped) } : {}),
        };
      });
    },
  };
}

/** `/proc/net/snmp`-style text (header line + value line per group) as nested numbers. */
export function parseProcNet(text: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const head = lines[i]!.split(/\s+/);
    const vals = lines[i + 1]!.split(/\s+/);
    const group = head[0]?.replace(/:$/, "");
    if (group === undefined || vals[0] !== head[0]) continue;
    const g: Record<string, number> = {};
    for (let k = 1; k < head.length; k++) g[head[k]!] = Number(vals[k]);
    out[group] = g;
  }
  return out;
}

export interface HostCounters {
  readonly snmp: Record<string, Record<string, number>>;
  readonly netstat: Record<string, Record<string, number>>;
  readonly sas?: string;
  readonly cpuStat?: Record<string, number>;
}

export interface CounterSnapshot {
  readonly takenAt: string;
  readonly hosts: Record<string, HostCounters>;
}

/** Counters of the sender, both gateways and the receiver at this moment. */
export async function snapshotCounters(state: LabState): Promise<CounterSnapshot> {
  const hosts: Record<string, HostCounters> = {};
  const takenAt = new Date().toISOString();
  for (const ns of [NS.sender, NS.gatewayA, NS.gatewayB, NS.receiver]) {
    const [snmp, netstat] = await Promise.all([
      nsRun(ns, "cat", ["/proc/net/snmp"]),
      nsRun(ns, "cat", ["/proc/net/netstat"]),
    ]);
    const gw = ns === NS.gatewayA ? "a" : ns === NS.gatewayB ? "b" : undefined;
    const charon = gw === undefined ? undefined : state.charon[gw];
    const cg = gw === undefined ? undefined : state.cgroups.find((d) => d.endsWith(`gw${gw}`));
    hosts[ns] = {
      snmp: parseProcNet(snmp.stdout),
      netstat: parseProcNet(netstat.stdout),
      ...(charon !== undefined ? { sas: await listSas(charon) } : {}),
      ...(cg !== undefined ? { cpuStat: cpuStat(cg) } : {}),
    };
  }
  return { takenAt, hosts };
}
