/**
 * Child processes of the lab: always `execFile`/`spawn` with an argument array, never a
 * shell string. Failures become `LabError`s quoting the command and its first error line.
 */
import { execFile } from "node:child_process";
import { LabError } from "./errors.js";

export interface RunOptions {
  /** Kill the command after this many milliseconds (default 20 s). */
  readonly timeoutMs?: number;
  /** Resolve with the result instead of throwing when the exit status is not 0. */
  readonly allowFail?: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion. */
export function run(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        timeout: options.timeoutMs ?? 20_000,
        maxBuffer: 16 * 1024 * 1024,
        env: options.env ?? process.env,
        encoding: "utf8",
      },
      (err, stdout, stderr) => {
        if (err === null) {
          resolve({ code: 0, stdout, stderr });
          return;
        }
        const e = err as NodeJS.ErrnoException & { code?: unknown; killed?: boolean; signal?: string };
        if (e.code === "ENOENT") {
          reject(new LabError("LAB_MISSING_TOOL", `${cmd} is not installed`, { cause: err }));
          return;
        }
        const code = typeof e.code === "number" ? e.code : 1;
        if (options.allowFail === true && e.killed !== true) {
          resolve({ code, stdout, stderr });
          return;
        }
        const why =
          e.killed === true ? `timed out after ${options.timeoutMs ?? 20_000} ms` : firstLine(stderr);
        reject(
          new LabError("LAB_COMMAND_FAILED", `\`${describe(cmd, args)}\` failed: ${why || `exit ${code}`}`, {
            cause: err,
          }),
        );
      },
    );
  });
}

/** Runs a command inside a network namespace (`ip netns exec NS …`). */
export function nsRun(
  ns: string,
  cmd: string,
  args: readonly string[],
  options?: RunOptions,
): Promise<RunResult> {
  return run("ip", ["netns", "exec", ns, cmd, ...args], options);
}

/** `ip` with the given arguments (`-n NS` selects a namespace without a mount namespace). */
export function ip(args: readonly string[], options?: RunOptions): Promise<RunResult> {
  return run("ip", args, options);
}

export function firstLine(text: string): string {
  const line = text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l !== "");
  return line ?? "";
}

/** A readable rendering of a command for messages (quoted where it has spaces). */
export function describe(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].map((a) => (/[\s'"]/.test(a) ? JSON.stringify(a) : a)).join(" ");
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
