/**
 * A cross-process lock around the tunnel lab for test files. vitest runs test files in
 * parallel workers and the lab's names are machine-wide (namespaces `ts-*`), so every
 * file that brings the lab up holds this lock from its outermost `beforeAll` to its
 * outermost `afterAll`.
 *
 * The lock is a file created with `O_EXCL` (`openSync(path, "wx")`) holding the owner's
 * PID. A lock whose PID is no longer alive is stale (a crashed run) and is taken over.
 *
 * ```ts
 * let lock: LabLock | undefined;
 * beforeAll(async () => { lock = await acquireLabLock(); }, 300_000);
 * afterAll(() => lock?.release());
 * ```
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";

export interface LabLock {
  readonly path: string;
  /** Removes the lock file if this process still owns it. Idempotent. */
  release(): void;
}

/** The lock file: one per machine (and per `os.tmpdir()`). */
export const LAB_LOCK_PATH = join(tmpdir(), "tunnelscope-lab-tests.lock");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function owner(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Waits until the lock is free and takes it; rejects after `timeoutMs` (default 10 min)
 * naming the holder's PID.
 */
export async function acquireLabLock(
  options: { readonly timeoutMs?: number; readonly path?: string } = {},
): Promise<LabLock> {
  const path = options.path ?? LAB_LOCK_PATH;
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  for (;;) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = owner(path);
      if (pid !== undefined && pid !== process.pid && !alive(pid)) {
        try {
          unlinkSync(path); // stale: its owner is gone
        } catch {
          // another waiter removed it first
        }
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`the lab lock ${path} is held by pid ${pid ?? "?"}; gave up waiting`);
      }
      // a fresh file may not hold its PID yet: wait and look again
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  let held = true;
  return {
    path,
    release() {
      if (!held) return;
      held = false;
      if (owner(path) === process.pid) {
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      }
    },
  };
}
