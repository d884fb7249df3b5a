/**
 * Gate for tests that need root or the tunnel lab.
 *
 * For a user without root they skip with one line saying why. CI sets
 * TUNNELSCOPE_REQUIRE_PRIVILEGED=1, which turns any such skip into a failure, so a test
 * CI never runs cannot hide here.
 */
import process from "node:process";

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

export const requirePrivileged = process.env.TUNNELSCOPE_REQUIRE_PRIVILEGED === "1";

/**
 * Returns undefined when privileged tests may run, or the one-line reason they are skipped.
 * Throws when CI demands them and they cannot run.
 */
export function privilegedSkipReason(extra?: () => string | undefined): string | undefined {
  let reason: string | undefined;
  if (!isRoot()) reason = "needs root (network namespaces, capture); run as root to include it";
  else reason = extra?.();
  if (reason !== undefined && requirePrivileged) {
    throw new Error(`TUNNELSCOPE_REQUIRE_PRIVILEGED=1 but a privileged test cannot run: ${reason}`);
  }
  if (reason !== undefined) process.stderr.write(`skipping privileged tests: ${reason}\n`);
  return reason;
}
