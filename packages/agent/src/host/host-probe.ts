/**
 * Reads the host every interval: /proc/net/snmp and /proc/net/netstat, /proc/net/xfrm_stat,
 * /proc/softirqs and /proc/stat, /sys/class/net/<tap>/statistics, sysctls and MTUs,
 * `ss -tinm`, IPsec SAs (`swanctl --list-sas --raw` and `ip -s xfrm state`) and the
 * clock-sync state (`chronyc -c tracking`, else `timedatectl show`), all with execFile
 * and fixed argument arrays (no shell). Each collector is optional: one that cannot read
 * its source is reported unavailable (logged once) and skipped.
 */
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  type AgentInterface,
  type ClockSync,
  Collector,
  type HostCounters,
  type InterfaceMtu,
  type IpsecSa,
  SaDirection,
  type Sysctls,
  type Tap,
} from "@tunnelscope/protocol";
import type { Logger } from "pino";
import type { HostProbe } from "../agent.js";
import { isValidInterfaceName } from "../capture/filter.js";
import type { AgentConfig } from "../config/schema.js";
import { parseChronyTracking, parseTimedatectlShow, UNKNOWN_CLOCK } from "./clock-sync.js";
import { type ParsedSa, parseSwanctlRawSas, parseXfrmState, saCounters } from "./ipsec-sas.js";
import {
  addressBytes,
  NETSTAT_COUNTERS,
  parseProcPairs,
  parseProcStat,
  parseSoftirqs,
  parseSs,
  parseSysctlNumbers,
  parseXfrmStat,
  SNMP_COUNTERS,
} from "./parsers.js";
import { type HostSnapshot, hostDelta } from "./snapshot.js";

const run = promisify(execFile);
const IFACE_STATS = [
  "rx_packets",
  "tx_packets",
  "rx_dropped",
  "tx_dropped",
  "rx_errors",
  "tx_errors",
  "rx_missed_errors",
];
const MAX_SOCKETS = 32;
/** Sysctl files and the Sysctls fields their numbers fill, in order. */
const SYSCTLS: readonly (readonly [string, readonly (keyof Sysctls)[]])[] = [
  ["net/ipv4/tcp_rmem", ["tcpRmemMin", "tcpRmemDefault", "tcpRmemMax"]],
  ["net/ipv4/tcp_wmem", ["tcpWmemMin", "tcpWmemDefault", "tcpWmemMax"]],
  ["net/core/rmem_max", ["rmemMax"]],
  ["net/core/wmem_max", ["wmemMax"]],
  ["net/ipv4/tcp_window_scaling", ["tcpWindowScaling"]],
  ["net/ipv4/tcp_mtu_probing", ["tcpMtuProbing"]],
  ["net/ipv4/tcp_sack", ["tcpSack"]],
  ["net/core/netdev_max_backlog", ["netdevMaxBacklog"]],
  ["net/ipv4/ip_no_pmtu_disc", ["ipNoPmtuDisc"]],
];

export interface HostProbeHandle extends HostProbe {
  start(): Promise<void>;
  stop(): void;
  /** Collectors that could not read their source. */
  readonly unavailable: ReadonlySet<string>;
  collect(): Promise<HostSnapshot>;
  /** The host clock's synchronisation state ("unknown" when no time daemon answers). */
  clock(): Promise<ClockSync>;
}

/** A parsed SA as the heartbeat carries it. */
export function toIpsecSa(s: ParsedSa): IpsecSa {
  return {
    spi: s.spi,
    srcAddr: addressBytes(s.src) ?? new Uint8Array(0),
    dstAddr: addressBytes(s.dst) ?? new Uint8Array(0),
    direction:
      s.direction === "in"
        ? SaDirection.SA_DIRECTION_IN
        : s.direction === "out"
          ? SaDirection.SA_DIRECTION_OUT
          : SaDirection.SA_DIRECTION_UNSPECIFIED,
    replayWindow: s.replayWindow ?? 0,
    packets: s.packets,
    bytes: s.bytes,
    replayWindowDrops: s.replayWindowDrops ?? 0,
    replayDrops: s.replayDrops ?? 0,
    integrityFailures: s.integrityFailures ?? 0,
    udpEncap: s.udpEncap,
    esn: s.esn,
  };
}

/**
 * Kernel SAs (with replay window and drops) and strongSwan's (kernel-libipsec keeps its
 * SAs out of the kernel): one entry per SPI and direction, the kernel's when both know it.
 */
export function mergeSas(kernel: readonly ParsedSa[], swanctl: readonly ParsedSa[]): ParsedSa[] {
  const key = (s: ParsedSa) => `${s.spi}/${s.dst}`;
  const known = new Set(kernel.map(key));
  return [...kernel, ...swanctl.filter((s) => !known.has(key(s)))];
}

export interface HostProbeOptions {
  /** Root of /proc and /sys (tests). */
  readonly procRoot?: string;
  readonly sysRoot?: string;
}

export function createHostProbe(
  config: AgentConfig,
  log: Logger,
  options: HostProbeOptions = {},
): HostProbeHandle {
  const proc = options.procRoot ?? "/proc";
  const sys = options.sysRoot ?? "/sys";
  const unavailable = new Set<string>();
  const working = new Set<number>();
  const prev = new Map<string, HostSnapshot>();
  let latest: HostSnapshot | undefined;
  let latestSas: ParsedSa[] | undefined;
  let timer: NodeJS.Timeout | undefined;
  const tapNames = [config.taps.outer, config.taps.inner, config.taps.tunnel].filter(
    (n): n is string => n !== undefined && n !== "any" && isValidInterfaceName(n),
  );

  async function attempt<T>(
    name: string,
    collector: Collector | undefined,
    fn: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      const v = await fn();
      if (collector !== undefined) working.add(collector);
      return v;
    } catch (err) {
      if (!unavailable.has(name)) {
        unavailable.add(name);
        log.info(
          { collector: name, err: (err as Error).message.split("\n")[0] },
          "host collector unavailable",
        );
      }
      return undefined;
    }
  }

  const text = (p: string) => readFile(p, "utf8");
  const exec = async (file: string, args: readonly string[]) =>
    (await run(file, [...args], { timeout: 2000, maxBuffer: 4 << 20 })).stdout;

  async function readSas(): Promise<ParsedSa[] | undefined> {
    const c = config.collectors;
    const uri = c.swanctlUri !== undefined ? ["--uri", c.swanctlUri] : [];
    const [swan, kernel] = await Promise.all([
      attempt("sas swanctl", Collector.COLLECTOR_SAS, async () =>
        parseSwanctlRawSas(await exec(c.swanctlPath, ["--list-sas", "--raw", ...uri])),
      ),
      attempt("sas xfrm", Collector.COLLECTOR_SAS, async () => {
        const local = Object.values(networkInterfaces())
          .flatMap((l) => l ?? [])
          .map((a) => a.address.split("%")[0] as string);
        return parseXfrmState(await exec(c.ipPath, ["-s", "xfrm", "state"]), local);
      }),
    ]);
    if (swan === undefined && kernel === undefined) return undefined;
    latestSas = mergeSas(kernel ?? [], swan ?? []);
    return latestSas;
  }

  async function sysctls(): Promise<Sysctls> {
    const s: Record<string, number> = {};
    await Promise.all(
      SYSCTLS.map(async ([path, fields]) => {
        const v = await attempt(`sysctl ${path}`, Collector.COLLECTOR_SYSCTLS, async () =>
          parseSysctlNumbers(await text(join(proc, "sys", path))),
        );
        fields.forEach((f, i) => {
          const n = v?.[i];
          if (n !== undefined) s[f] = n;
        });
      }),
    );
    return s as Sysctls;
  }

  async function collect(): Promise<HostSnapshot> {
    const counters = new Map<string, number>();
    const gauges = new Map<string, number>();
    const put = (prefix: string, m: Map<string, number> | undefined, keep?: readonly string[]) => {
      if (m === undefined) return;
      for (const [k, v] of m) if (keep === undefined || keep.includes(k)) counters.set(`${prefix}.${k}`, v);
    };
    const [snmp, netstat, xfrm, softirqs, stat] = await Promise.all([
      attempt("snmp", Collector.COLLECTOR_SNMP, async () =>
        parseProcPairs(await text(join(proc, "net/snmp"))),
      ),
      attempt("netstat", Collector.COLLECTOR_NETSTAT, async () =>
        parseProcPairs(await text(join(proc, "net/netstat"))),
      ),
      attempt("xfrm_stat", Collector.COLLECTOR_XFRM_STAT, async () =>
        parseXfrmStat(await text(join(proc, "net/xfrm_stat"))),
      ),
      attempt("softirq", Collector.COLLECTOR_SOFTIRQ, async () =>
        parseSoftirqs(await text(join(proc, "softirqs"))),
      ),
      attempt("cpu", undefined, async () => parseProcStat(await text(join(proc, "stat")))),
    ]);
    put("snmp", snmp, SNMP_COUNTERS);
    put("netstat", netstat, NETSTAT_COUNTERS);
    put("xfrm_stat", xfrm);
    put("softirq", softirqs);
    put("cpu", stat);
    const sas = await readSas();
    if (sas !== undefined) for (const [k, v] of saCounters(sas)) counters.set(k, v);
    const mtus: InterfaceMtu[] = [];
    const ifaces = await attempt("ifaces", Collector.COLLECTOR_IFACES, async () => {
      const names = new Set([...tapNames, ...(await readdir(join(sys, "class/net")))]);
      return [...names].filter(isValidInterfaceName).sort();
    });
    for (const name of ifaces ?? []) {
      const base = join(sys, "class/net", name);
      const mtu = await readFile(join(base, "mtu"), "utf8").then(Number, () => undefined);
      if (mtu !== undefined && Number.isFinite(mtu)) mtus.push({ name, mtu });
      if (!tapNames.includes(name) && !/^(ipsec|vti|xfrm)/.test(name)) continue; // counters: taps and tunnel devices
      for (const f of IFACE_STATS) {
        const v = await readFile(join(base, "statistics", f), "utf8").then(Number, () => undefined);
        if (v !== undefined && Number.isFinite(v)) counters.set(`iface.${name}.${f}`, v);
      }
    }
    const ports = config.capture.ports;
    const sockets = await attempt("sockets", Collector.COLLECTOR_SOCKETS, async () => {
      const args = ["-tinmH", "state", "established"];
      const { stdout } = await run(config.collectors.ssPath, args, { timeout: 2000, maxBuffer: 4 << 20 });
      return parseSs(stdout);
    });
    let n = 0;
    for (const s of sockets ?? []) {
      if (ports.length > 0 && !ports.some((p) => s.local.endsWith(`:${p}`) || s.peer.endsWith(`:${p}`)))
        continue;
      if (++n > MAX_SOCKETS) break;
      const key = `sockets.${s.local}>${s.peer}`;
      gauges.set(`${key}.recv_q`, s.recvQ);
      if (s.rcvSpace !== undefined) gauges.set(`${key}.rcv_space`, s.rcvSpace);
      if (s.rcvSsthresh !== undefined) gauges.set(`${key}.rcv_ssthresh`, s.rcvSsthresh);
      if (s.skmem.rb !== undefined) gauges.set(`${key}.skmem_rb`, s.skmem.rb);
      if (s.skmem.r !== undefined) gauges.set(`${key}.skmem_r`, s.skmem.r);
      if (s.skmem.d !== undefined) gauges.set(`${key}.skmem_d`, s.skmem.d);
    }
    const snapshot: HostSnapshot = { counters, gauges, sysctls: await sysctls(), mtus };
    latest = snapshot;
    return snapshot;
  }

  return {
    unavailable,
    get collectors() {
      return [...working].sort();
    },
    collect,
    async start() {
      await collect();
      const every = config.session.intervalMs;
      timer = setInterval(() => {
        void collect();
      }, every);
      timer.unref();
    },
    stop() {
      if (timer !== undefined) clearInterval(timer);
    },
    hostCounters(sessionId: string): HostCounters | undefined {
      if (latest === undefined) return undefined;
      const before = prev.get(sessionId);
      prev.set(sessionId, latest);
      return hostDelta(before, latest);
    },
    endSession(sessionId: string) {
      prev.delete(sessionId);
    },
    async sas(): Promise<IpsecSa[]> {
      const list = latestSas ?? (await readSas());
      return (list ?? []).map(toIpsecSa);
    },
    async clock(): Promise<ClockSync> {
      const c = config.collectors;
      const chrony = await attempt("clock chronyc", undefined, async () => {
        const v = parseChronyTracking(await exec(c.chronycPath, ["-c", "tracking"]));
        if (v === undefined) throw new Error("chronyc -c tracking: unexpected output");
        return v;
      });
      if (chrony !== undefined) return chrony;
      const systemd = await attempt("clock timedatectl", undefined, async () => {
        const v = parseTimedatectlShow(await exec(c.timedatectlPath, ["show"]));
        if (v === undefined) throw new Error("timedatectl show: no NTPSynchronized");
        return v;
      });
      return systemd ?? UNKNOWN_CLOCK;
    },
    async interfaces(names: readonly { name: string; role: Tap }[]): Promise<AgentInterface[]> {
      const addrs = networkInterfaces();
      return Promise.all(
        names.map(async ({ name, role }) => {
          const base = join(sys, "class/net", name);
          const num = (f: string) => readFile(join(base, f), "utf8").then(Number, () => 0);
          return {
            name,
            role,
            ifindex: await num("ifindex"),
            mtu: await num("mtu"),
            addresses: (addrs[name] ?? [])
              .map((a) => addressBytes(a.address.split("%")[0] as string))
              .filter((b): b is Uint8Array => b !== undefined),
          };
        }),
      );
    },
  };
}
