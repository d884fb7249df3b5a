/**
 * A CPU quota for one gateway's charon: cgroup v1 `cpu` controller (`cpu.cfs_quota_us`)
 * when mounted, else cgroup v2 (`cpu.max`) when its `cpu` controller is available.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LabError } from "./errors.js";

export interface CpuCgroupRoot {
  readonly version: 1 | 2;
  /** Mount point of the v1 `cpu` hierarchy, or of the cgroup2 hierarchy. */
  readonly mount: string;
}

export const CFS_PERIOD_US = 100_000;

/** Finds a usable CPU controller from a `/proc/mounts` text; undefined when there is none. */
export function findCpuCgroup(
  mounts: string,
  hasCpuController: (mount: string) => boolean = v2HasCpu,
): CpuCgroupRoot | undefined {
  let v2: string | undefined;
  for (const line of mounts.split("\n")) {
    const [, mount, type, opts] = line.split(" ");
    if (mount === undefined || opts === undefined) continue;
    if (type === "cgroup" && opts.split(",").includes("cpu")) return { version: 1, mount };
    if (type === "cgroup2" && v2 === undefined && hasCpuController(mount)) v2 = mount;
  }
  return v2 === undefined ? undefined : { version: 2, mount: v2 };
}

function v2HasCpu(mount: string): boolean {
  try {
    return readFileSync(path.join(mount, "cgroup.controllers"), "utf8").split(/\s+/).includes("cpu");
  } catch {
    return false;
  }
}

/** The system's CPU cgroup root, or undefined. */
export function systemCpuCgroup(): CpuCgroupRoot | undefined {
  try {
    return findCpuCgroup(readFileSync("/proc/mounts", "utf8"));
  } catch {
    return undefined;
  }
}

/** Creates the cgroup `name` (no limit) and returns its directory. */
export function createCgroup(root: CpuCgroupRoot, name: string): string {
  const dir = path.join(root.mount, name);
  if (root.version === 2) {
    // the cpu controller must be enabled for children of the root
    const ctl = path.join(root.mount, "cgroup.subtree_control");
    const enabled = readFileSync(ctl, "utf8").split(/\s+/);
    if (!enabled.includes("cpu")) writeFileSync(ctl, "+cpu");
  }
  mkdirSync(dir, { recursive: true });
  setQuota(root, dir, undefined);
  return dir;
}

/** Moves a whole process (all its threads) into the cgroup. */
export function moveProcess(dir: string, pid: number): void {
  writeFileSync(path.join(dir, "cgroup.procs"), `${pid}\n`);
}

/** Limits the cgroup to `percent` of one CPU; undefined removes the limit. */
export function setQuota(root: CpuCgroupRoot, dir: string, percent: number | undefined): void {
  const quota = percent === undefined ? -1 : Math.max(1000, Math.round((CFS_PERIOD_US * percent) / 100));
  if (root.version === 1) {
    writeFileSync(path.join(dir, "cpu.cfs_period_us"), `${CFS_PERIOD_US}\n`);
    writeFileSync(path.join(dir, "cpu.cfs_quota_us"), `${quota}\n`);
  } else {
    writeFileSync(path.join(dir, "cpu.max"), `${quota < 0 ? "max" : quota} ${CFS_PERIOD_US}\n`);
  }
}

/** Throttling counters of the cgroup (`cpu.stat`), as numbers. */
export function cpuStat(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  try {
    for (const line of readFileSync(path.join(dir, "cpu.stat"), "utf8").split("\n")) {
      const [k, v] = line.split(" ");
      if (k !== undefined && k !== "" && v !== undefined) out[k] = Number(v);
    }
  } catch {
    // gone
  }
  return out;
}

/**
 * Removes a cgroup the lab created: moves any task left in it to the parent, then rmdir.
 * Returns false when it did not exist.
 */
export function removeCgroup(dir: string): boolean {
  if (!existsSync(dir)) return false;
  const procs = path.join(dir, "cgroup.procs");
  try {
    const pids = readFileSync(procs, "utf8")
      .split("\n")
      .filter((p) => p !== "");
    for (const pid of pids) {
      try {
        writeFileSync(path.join(path.dirname(dir), "cgroup.procs"), `${pid}\n`);
      } catch {
        // exited meanwhile
      }
    }
  } catch {
    // no procs file
  }
  rmdirSync(dir);
  return true;
}

/** cgroups with the lab's prefix under a root (to clean up after a crash without state). */
export function listLabCgroups(root: CpuCgroupRoot, prefix: string): string[] {
  try {
    return readdirSync(root.mount)
      .filter((n) => n.startsWith(prefix))
      .map((n) => path.join(root.mount, n));
  } catch {
    return [];
  }
}

export function requireCpuCgroup(): CpuCgroupRoot {
  const root = systemCpuCgroup();
  if (root === undefined) {
    throw new LabError(
      "LAB_NO_CGROUP_CPU",
      "no cgroup CPU controller is mounted (neither v1 `cpu` nor cgroup2 with `cpu`): gateway-overload cannot run here",
    );
  }
  return root;
}
