/**
 * Errors of the lab. Every one has a stable `code`, listed with its fix in `LAB_ERROR_CODES`
 * and in the package README (a test fails when one is missing there), and a one-line
 * message that says what to do.
 */
import { TunnelscopeError } from "@tunnelscope/protocol";

/** Every `LabError` code and what it means / how to fix it. */
export const LAB_ERROR_CODES = {
  LAB_NOT_ROOT: "the lab creates network namespaces and captures packets: run it as root",
  LAB_NO_NETNS: "this kernel or container cannot create network namespaces (`ip netns add` failed)",
  LAB_MISSING_TOOL: "a program the lab needs is not installed; the message names the `apt-get install` line",
  LAB_ALREADY_UP: "a lab is already running on this machine; use it, or run `tunnelscope lab down` first",
  LAB_STALE: "a crashed lab left namespaces or state behind; run `tunnelscope lab down` to remove them",
  LAB_BUSY: "another `tunnelscope lab` command holds the lab lock right now; wait for it to finish",
  LAB_NOT_UP: "the command needs a running lab; run `tunnelscope lab up` first",
  LAB_SUBNET_IN_USE: "the lab's management subnet is already routed in the root namespace",
  LAB_TUNNEL_TIMEOUT:
    "the IKE/CHILD_SA did not come up or no ping crossed the tunnel in time; see charon.log",
  LAB_COMMAND_FAILED: "a system command the lab ran failed; the message quotes it and its error output",
  LAB_NO_CGROUP_CPU: "no cgroup CPU controller is mounted (v1 `cpu` or v2 `cpu.max`) for gateway-overload",
  LAB_NOT_BUILT: "the compiled traffic scripts are missing; run `npm run build` in the repository root",
  LAB_TRAFFIC_FAILED: "the traffic sender or receiver inside the lab failed; the message says which and why",
  LAB_USAGE: "the command line is wrong; see `tunnelscope lab --help`",
} as const;

export type LabErrorCode = keyof typeof LAB_ERROR_CODES;

/** An error of the lab: one line of message, a stable code, the underlying cause when any. */
export class LabError extends TunnelscopeError<LabErrorCode> {
  override name = "LabError";
}

/** True for a `LabError` with one of the given codes. */
export function isLabError(err: unknown, ...codes: LabErrorCode[]): err is LabError {
  return err instanceof LabError && (codes.length === 0 || codes.includes(err.code));
}
