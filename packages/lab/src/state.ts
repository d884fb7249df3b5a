/**
 * The lab's state directory and state file, and the lock that serialises lab commands.
 *
 * The state directory holds the generated strongSwan files (with the PSK), charon's vici
 * sockets and logs, and `state.json`: what the lab created, so `lab down` removes exactly
 * that. It lives under the OS temp directory (never in the repository), or wherever
 * `TUNNELSCOPE_LAB_DIR` points.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LabError } from "./errors.js";

/** A fault currently applied, as recorded in the state file. */
export interface AppliedFault {
  readonly scenario: string;
  readonly options: Readonly<Record<string, string | number>>;
  /** Values to restore when the fault is cleared (e.g. a sysctl's previous value). */
  readonly restore: Readonly<Record<string, string>>;
  /** Pid of a helper process the fault started (the delay bridge). */
  readonly helperPid?: number;
}

export interface CharonState {
  readonly pid: number;
  readonly conf: string;
  readonly swanctlConf: string;
  readonly vici: string;
  readonly log: string;
}

export interface LabState {
  readonly version: 1;
  /** "creating" until `lab up` finished; a crash leaves it there. */
  phase: "creating" | "up";
  readonly createdAt: string;
  /** Pid of the process that ran `lab up`. */
  readonly ownerPid: number;
  readonly stateDir: string;
  /** Namespaces created so far. */
  namespaces: string[];
  /** Root-namespace links created so far. */
  rootLinks: string[];
  /** cgroup directories created (absolute paths). */
  cgroups: string[];
  charon: { a?: CharonState; b?: CharonState };
  replayWindow: number;
  fault?: AppliedFault;
}

export function defaultStateDir(): string {
  const env = process.env.TUNNELSCOPE_LAB_DIR;
  return env !== undefined && env !== "" ? path.resolve(env) : path.join(os.tmpdir(), "tunnelscope-lab");
}

export function stateFile(stateDir: string): string {
  return path.join(stateDir, "state.json");
}

/** Reads the state file; undefined when there is none (or it is unreadable: a crash mid-write). */
export function readState(stateDir: string): LabState | undefined {
  let text: string;
  try {
    text = readFileSync(stateFile(stateDir), "utf8");
  } catch {
    return undefined;
  }
  try {
    const s = JSON.parse(text) as LabState;
    return s.version === 1 ? s : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the state file atomically (write + rename). */
export function writeState(state: LabState): void {
  mkdirSync(state.stateDir, { recursive: true, mode: 0o700 });
  const file = stateFile(state.stateDir);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

function lockPath(stateDir: string): string {
  return `${stateDir}.lock`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

let held = 0;

/**
 * Runs `fn` holding the lab lock (a file next to the state directory with the holder's pid).
 * Re-entrant within one process; a lock left by a dead process is taken over.
 */
export async function withLock<T>(stateDir: string, fn: () => Promise<T>): Promise<T> {
  if (held > 0) {
    held++;
    try {
      return await fn();
    } finally {
      held--;
    }
  }
  const file = lockPath(stateDir);
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 3) throw err;
      const pid = Number.parseInt(readLock(file), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new LabError(
          "LAB_BUSY",
          `another tunnelscope lab command (pid ${pid}) is running; wait for it or stop it`,
        );
      }
      try {
        unlinkSync(file);
      } catch {
        // raced with another process: retry
      }
    }
  }
  held = 1;
  try {
    return await fn();
  } finally {
    held = 0;
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
}

function readLock(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}
