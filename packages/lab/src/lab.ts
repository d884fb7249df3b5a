/**
 * `lab up`, `lab down`, `lab status`: the namespaces, links, charons and cgroups of the lab.
 *
 * Everything created is written to the state file as soon as it exists, so `lab down`
 * also cleans up after a crash; without a state file it falls back to the lab's fixed
 * names (`ts-*` namespaces and links, `tunnelscope-lab-*` cgroups) and touches nothing else.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { assetPath } from "./assets.js";
import { createCgroup, listLabCgroups, moveProcess, removeCgroup, systemCpuCgroup } from "./cgroup.js";
import { LabError } from "./errors.js";
import { ip, nsRun, sleep } from "./exec.js";
import { preflight } from "./preflight.js";
import { defaultStateDir, type LabState, readState, withLock, writeState } from "./state.js";
import {
  childSaInstalled,
  initiate,
  listSas,
  loadConfig,
  pidAlive,
  startCharon,
  waitForVici,
  writeGatewayConfig,
} from "./strongswan.js";
import { ADDR, CGROUP_PREFIX, cgroupName, IF, MGMT, NAMESPACES, NS, ROOT_LINKS } from "./topology.js";

export interface LabOptions {
  /** State directory (default: `TUNNELSCOPE_LAB_DIR` or `<tmpdir>/tunnelscope-lab`). */
  readonly stateDir?: string;
  /** Progress lines (one per step); silent by default. */
  readonly log?: (line: string) => void;
}

export interface LabUpOptions extends LabOptions {
  /** ESP anti-replay window of the CHILD_SA (default 32, as the replay scenario expects). */
  readonly replayWindow?: number;
  /** How long to wait for the CHILD_SA and a ping across the tunnel (default 30 s). */
  readonly timeoutMs?: number;
}

/** What `lab status` reports (JSON). */
export interface LabStatus {
  readonly up: boolean;
  /** Something of a lab exists but it is not (fully) up: run `lab down`. */
  readonly stale: boolean;
  readonly stateDir: string;
  readonly namespaces: readonly string[];
  readonly management: {
    readonly subnet: string;
    /** Address of the root namespace on the management links: agents reach NATS here. */
    readonly rootAddress: string;
    readonly gatewayA: string;
    readonly gatewayB: string;
  };
  readonly hosts: {
    readonly sender: { readonly ns: string; readonly address: string };
    readonly gatewayA: { readonly ns: string; readonly lan: string; readonly wan: string };
    readonly gatewayB: { readonly ns: string; readonly lan: string; readonly wan: string };
    readonly receiver: { readonly ns: string; readonly address: string };
  };
  readonly charon: {
    readonly a?: { pid: number; alive: boolean };
    readonly b?: { pid: number; alive: boolean };
  };
  readonly childSaInstalled: boolean;
  readonly replayWindow?: number;
  readonly fault?: { readonly scenario: string; readonly options: Readonly<Record<string, string | number>> };
}

/** Namespaces of the lab that exist right now. */
export async function existingNamespaces(): Promise<string[]> {
  const r = await ip(["netns", "list"], { allowFail: true });
  const names = r.stdout
    .split("\n")
    .map((l) => l.split(" ")[0] ?? "")
    .filter((n) => n !== "");
  return NAMESPACES.filter((n) => names.includes(n));
}

async function linkExists(name: string): Promise<boolean> {
  const r = await ip(["link", "show", "dev", name], { allowFail: true });
  return r.code === 0;
}

/**
 * Brings the lab up: namespaces, links, addresses, routes, both charons, the IKE and
 * CHILD_SA; returns once a ping crossed the tunnel. On failure everything is removed again.
 */
export function labUp(options: LabUpOptions = {}): Promise<LabStatus> {
  preflight();
  const stateDir = options.stateDir ?? defaultStateDir();
  return withLock(stateDir, async () => {
    await refuseIfPresent(stateDir);
    try {
      await up(stateDir, options);
    } catch (err) {
      options.log?.("lab up failed; removing what it created");
      await down(stateDir, () => {}).catch(() => {});
      throw err;
    }
    return status(stateDir);
  });
}

async function refuseIfPresent(stateDir: string): Promise<void> {
  const state = readState(stateDir);
  const nss = await existingNamespaces();
  if (state?.phase === "up" && nss.length > 0) {
    throw new LabError(
      "LAB_ALREADY_UP",
      `the lab is already up (started ${state.createdAt} by pid ${state.ownerPid}, state in ${stateDir}); ` +
        "use it, or run `tunnelscope lab down` first",
    );
  }
  const links = [];
  for (const l of ROOT_LINKS) if (await linkExists(l)) links.push(l);
  if (state !== undefined || nss.length > 0 || links.length > 0) {
    const what = [...nss, ...links, ...(state !== undefined ? [`state ${stateDir}`] : [])].join(", ");
    throw new LabError(
      "LAB_STALE",
      `a previous lab left ${what} behind; run \`tunnelscope lab down\` to remove it first`,
    );
  }
  const routes = await ip(["-4", "route", "show", "match", MGMT.root], { allowFail: true });
  const clash = routes.stdout.split("\n").find((l) => l !== "" && !l.startsWith("default"));
  if (clash !== undefined) {
    throw new LabError(
      "LAB_SUBNET_IN_USE",
      `the lab's management subnet ${MGMT.subnet} is already routed here (${clash.trim()}); free it first`,
    );
  }
}

async function up(stateDir: string, options: LabUpOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const replayWindow = options.replayWindow ?? 32;
  const state: LabState = {
    version: 1,
    phase: "creating",
    createdAt: new Date().toISOString(),
    ownerPid: process.pid,
    stateDir,
    namespaces: [],
    rootLinks: [],
    cgroups: [],
    charon: {},
    replayWindow,
  };
  rmSync(stateDir, { recursive: true, force: true });
  writeState(state);

  log("creating namespaces");
  for (const ns of NAMESPACES) {
    await ip(["netns", "add", ns]).catch((err: unknown) => {
      if (err instanceof LabError && /Operation not permitted|not supported/i.test(err.message)) {
        throw new LabError("LAB_NO_NETNS", `cannot create network namespaces here: ${err.message}`, {
          cause: err,
        });
      }
      throw err;
    });
    state.namespaces.push(ns);
    writeState(state);
    await ip(["-n", ns, "link", "set", "lo", "up"]);
  }

  log("linking hosts");
  const pairs: [string, string, string, string][] = [
    [NS.sender, IF.lan, NS.gatewayA, IF.lan],
    [NS.gatewayA, IF.wan, NS.wan, IF.wanToA],
    [NS.wan, IF.wanToB, NS.delay, IF.delayWan],
    [NS.delay, IF.delayGw, NS.gatewayB, IF.wan],
    [NS.gatewayB, IF.lan, NS.receiver, IF.lan],
  ];
  for (const [ns1, if1, ns2, if2] of pairs) {
    await ip(["-n", ns1, "link", "add", if1, "type", "veth", "peer", "name", if2, "netns", ns2]);
  }
  // management links: root side first recorded, then moved peer
  for (const [rootLink, ns] of [
    [MGMT.rootLinkA, NS.gatewayA],
    [MGMT.rootLinkB, NS.gatewayB],
  ] as const) {
    await ip(["link", "add", rootLink, "type", "veth", "peer", "name", IF.mgmt, "netns", ns]);
    state.rootLinks.push(rootLink);
    writeState(state);
  }

  log("addresses and routes");
  const addr = (ns: string, dev: string, cidr: string) => ip(["-n", ns, "addr", "add", cidr, "dev", dev]);
  const upLink = (ns: string, dev: string) => ip(["-n", ns, "link", "set", dev, "up"]);
  await addr(NS.sender, IF.lan, `${ADDR.sender}/24`);
  await addr(NS.gatewayA, IF.lan, `${ADDR.gatewayALan}/24`);
  await addr(NS.gatewayA, IF.wan, `${ADDR.gatewayAWan}/24`);
  await addr(NS.wan, IF.wanToA, `${ADDR.wanA}/24`);
  await addr(NS.wan, IF.wanToB, `${ADDR.wanB}/24`);
  await addr(NS.gatewayB, IF.wan, `${ADDR.gatewayBWan}/24`);
  await addr(NS.gatewayB, IF.lan, `${ADDR.gatewayBLan}/24`);
  await addr(NS.receiver, IF.lan, `${ADDR.receiver}/24`);
  await addr(NS.gatewayA, IF.mgmt, `${MGMT.gatewayA}/32`);
  await addr(NS.gatewayB, IF.mgmt, `${MGMT.gatewayB}/32`);
  await ip(["-n", NS.delay, "link", "add", IF.delayBridge, "type", "bridge"]);
  await ip(["-n", NS.delay, "link", "set", IF.delayWan, "master", IF.delayBridge]);
  await ip(["-n", NS.delay, "link", "set", IF.delayGw, "master", IF.delayBridge]);
  for (const [ns, devs] of [
    [NS.sender, [IF.lan]],
    [NS.gatewayA, [IF.lan, IF.wan, IF.mgmt]],
    [NS.wan, [IF.wanToA, IF.wanToB]],
    [NS.delay, [IF.delayWan, IF.delayGw, IF.delayBridge]],
    [NS.gatewayB, [IF.lan, IF.wan, IF.mgmt]],
    [NS.receiver, [IF.lan]],
  ] as const) {
    for (const d of devs) await upLink(ns, d);
  }
  for (const [rootLink, peer] of [
    [MGMT.rootLinkA, MGMT.gatewayA],
    [MGMT.rootLinkB, MGMT.gatewayB],
  ] as const) {
    await ip(["addr", "add", `${MGMT.root}/32`, "dev", rootLink]);
    await ip(["link", "set", rootLink, "up"]);
    await ip(["route", "add", `${peer}/32`, "dev", rootLink]);
  }
  await ip(["-n", NS.gatewayA, "route", "add", `${MGMT.root}/32`, "dev", IF.mgmt]);
  await ip(["-n", NS.gatewayB, "route", "add", `${MGMT.root}/32`, "dev", IF.mgmt]);
  await ip(["-n", NS.sender, "route", "add", "default", "via", ADDR.gatewayALan]);
  await ip(["-n", NS.receiver, "route", "add", "default", "via", ADDR.gatewayBLan]);
  await ip(["-n", NS.gatewayA, "route", "add", ADDR.underlayB, "via", ADDR.wanA]);
  await ip(["-n", NS.gatewayB, "route", "add", ADDR.underlayA, "via", ADDR.wanB]);
  for (const ns of [NS.gatewayA, NS.wan, NS.gatewayB]) {
    await nsRun(ns, "sysctl", ["-qw", "net.ipv4.ip_forward=1"]);
    await nsRun(ns, "sysctl", ["-qw", "net.ipv4.conf.all.rp_filter=0", "net.ipv4.conf.default.rp_filter=0"]);
  }
  // Offloads off on the whole WAN-router → gateway B path: the delay bridge forwards frames
  // as they are, so a partial checksum would arrive unfinished (LAB.md).
  for (const [ns, dev] of [
    [NS.wan, IF.wanToB],
    [NS.delay, IF.delayWan],
    [NS.delay, IF.delayGw],
    [NS.gatewayB, IF.wan],
  ] as const) {
    await nsRun(
      ns,
      "ethtool",
      ["-K", dev, "tx", "off", "rx", "off", "gro", "off", "gso", "off", "tso", "off"],
      {
        allowFail: true,
      },
    );
  }

  const cg = systemCpuCgroup();
  log("starting charon on both gateways");
  const psk = randomBytes(32).toString("hex");
  for (const gw of ["a", "b"] as const) {
    const files = writeGatewayConfig(stateDir, gw, psk, replayWindow);
    const pid = startCharon(gw, files);
    state.charon[gw] = { ...files, pid };
    writeState(state);
    if (cg !== undefined) {
      const dir = createCgroup(cg, cgroupName(gw));
      state.cgroups.push(dir);
      writeState(state);
      moveProcess(dir, pid);
    }
  }
  for (const gw of ["a", "b"] as const) await waitForVici(gw, state.charon[gw]!);
  for (const gw of ["a", "b"] as const) await loadConfig(state.charon[gw]!);

  log("negotiating IKE and CHILD_SA");
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  await initiate(state.charon.a!, Math.max(5, Math.round(timeoutMs / 2000)));
  for (;;) {
    const [sa, sb] = await Promise.all([listSas(state.charon.a!), listSas(state.charon.b!)]);
    if (childSaInstalled(sa) && childSaInstalled(sb)) break;
    if (Date.now() > deadline) {
      throw new LabError("LAB_TUNNEL_TIMEOUT", `the CHILD_SA was not installed within ${timeoutMs / 1000} s`);
    }
    await sleep(200);
  }
  log("checking that a ping crosses the tunnel");
  for (;;) {
    const r = await nsRun(
      NS.sender,
      "python3",
      [assetPath("icmp-probe.py"), ADDR.receiver, "--timeout", "1"],
      {
        allowFail: true,
      },
    );
    if (r.code === 0) break;
    if (Date.now() > deadline) {
      throw new LabError(
        "LAB_TUNNEL_TIMEOUT",
        `no ping from ${ADDR.sender} reached ${ADDR.receiver} through the tunnel within ${timeoutMs / 1000} s`,
      );
    }
  }
  state.phase = "up";
  writeState(state);
  log("lab is up");
}

/** Removes everything the lab created (also after a crash). Returns what it removed. */
export function labDown(options: LabOptions = {}): Promise<string[]> {
  preflight();
  const stateDir = options.stateDir ?? defaultStateDir();
  return withLock(stateDir, () => down(stateDir, options.log ?? (() => {})));
}

async function down(stateDir: string, log: (line: string) => void): Promise<string[]> {
  const removed: string[] = [];
  const state = readState(stateDir);
  const nss = await existingNamespaces();
  // 1. every process inside the lab's namespaces (charons, captures, traffic, delay bridge)
  const pids = new Set<number>();
  for (const ns of nss) {
    const r = await ip(["netns", "pids", ns], { allowFail: true });
    for (const p of r.stdout.split("\n")) if (/^\d+$/.test(p.trim())) pids.add(Number(p));
  }
  for (const gw of ["a", "b"] as const) {
    const c = state?.charon[gw];
    if (c !== undefined && pidAlive(c.pid) && isOurCharon(c.pid)) pids.add(c.pid);
  }
  if (pids.size > 0) log(`stopping ${pids.size} processes`);
  await killAll([...pids]);
  for (const p of pids) removed.push(`process ${p}`);
  // 2. cgroups (now empty)
  const cg = systemCpuCgroup();
  const cgroups = new Set([...(state?.cgroups ?? []), ...(cg ? listLabCgroups(cg, CGROUP_PREFIX) : [])]);
  for (const dir of cgroups) {
    try {
      if (removeCgroup(dir)) removed.push(`cgroup ${dir}`);
    } catch (err) {
      log(`could not remove cgroup ${dir}: ${(err as Error).message}`);
    }
  }
  // 3. root-side links (deleting one end of a veth removes its peer), then the namespaces:
  //    a namespace dies asynchronously, so its veths could still be seen for a moment after
  for (const l of ROOT_LINKS) {
    if (await linkExists(l)) {
      const r = await ip(["link", "del", l], { allowFail: true });
      if (r.code === 0) removed.push(`link ${l}`);
      else if (await linkExists(l))
        throw new LabError("LAB_COMMAND_FAILED", `cannot delete link ${l}: ${r.stderr.trim()}`);
    }
  }
  for (const ns of nss) {
    await ip(["netns", "del", ns]);
    removed.push(`namespace ${ns}`);
  }
  if (existsSync(stateDir)) {
    rmSync(stateDir, { recursive: true, force: true });
    removed.push(`state ${stateDir}`);
  }
  if (removed.length > 0) log(`removed ${removed.length} items`);
  return removed;
}

function isOurCharon(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "charon";
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL whatever is still alive after 3 s. */
export async function killAll(pids: readonly number[]): Promise<void> {
  for (const p of pids) {
    try {
      process.kill(p, "SIGTERM");
    } catch {
      // gone
    }
  }
  const deadline = Date.now() + 3000;
  while (pids.some(pidAlive) && Date.now() < deadline) await sleep(50);
  for (const p of pids.filter(pidAlive)) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // gone
    }
  }
  const hard = Date.now() + 2000;
  while (pids.some(pidAlive) && Date.now() < hard) await sleep(50);
}

/** Reports the lab (JSON-able); never fails because the lab is down. */
export async function labStatus(options: LabOptions = {}): Promise<LabStatus> {
  return status(options.stateDir ?? defaultStateDir());
}

async function status(stateDir: string): Promise<LabStatus> {
  const state = readState(stateDir);
  const nss = await existingNamespaces().catch(() => []);
  const charon: { a?: { pid: number; alive: boolean }; b?: { pid: number; alive: boolean } } = {};
  let installed = false;
  if (state !== undefined) {
    const res: boolean[] = [];
    for (const gw of ["a", "b"] as const) {
      const c = state.charon[gw];
      if (c === undefined) continue;
      const alive = pidAlive(c.pid);
      charon[gw] = { pid: c.pid, alive };
      res.push(alive && childSaInstalled(await listSas(c)));
    }
    installed = res.length === 2 && res.every((x) => x);
  }
  const up = state?.phase === "up" && nss.length === NAMESPACES.length && installed;
  const out: LabStatus = {
    up,
    stale: !up && (state !== undefined || nss.length > 0),
    stateDir,
    namespaces: nss,
    management: {
      subnet: MGMT.subnet,
      rootAddress: MGMT.root,
      gatewayA: MGMT.gatewayA,
      gatewayB: MGMT.gatewayB,
    },
    hosts: {
      sender: { ns: NS.sender, address: ADDR.sender },
      gatewayA: { ns: NS.gatewayA, lan: ADDR.gatewayALan, wan: ADDR.gatewayAWan },
      gatewayB: { ns: NS.gatewayB, lan: ADDR.gatewayBLan, wan: ADDR.gatewayBWan },
      receiver: { ns: NS.receiver, address: ADDR.receiver },
    },
    charon,
    childSaInstalled: installed,
    ...(state !== undefined ? { replayWindow: state.replayWindow } : {}),
    ...(state?.fault !== undefined
      ? { fault: { scenario: state.fault.scenario, options: state.fault.options } }
      : {}),
  };
  return out;
}
