/**
 * Errors of the agent. Every one has a stable `code` (listed with its meaning here and
 * in docs/errors.md, section agent) and a one-line message that says how to fix it.
 */
import { TunnelscopeError } from "@tunnelscope/protocol";

/** Every `AgentError` code and what it means. */
export const AGENT_ERROR_CODES = {
  AGENT_CONFIG_INVALID: "a configuration value is invalid; the message names the field and what it wants",
  AGENT_CONFIG_CONFLICT: "two configuration fields exclude each other; the message names both",
  AGENT_CONFIG_FILE: "the configuration file cannot be read or is not valid YAML",
  AGENT_INVALID_INTERFACE: "an interface name is not a valid Linux interface name",
  AGENT_INVALID_FILTER: "a BPF filter part is not acceptable (characters, length, leading '-')",
  AGENT_TCPDUMP_MISSING: "tcpdump is not installed or not at the configured path",
  AGENT_CAPTURE_PERMISSION_DENIED:
    "the agent may not capture: it needs CAP_NET_RAW and CAP_NET_ADMIN (or root)",
  AGENT_NO_SUCH_INTERFACE: "a configured capture interface does not exist on this host",
  AGENT_CAPTURE_FAILED: "the capture backend failed or exited; the message quotes its error",
  AGENT_RAW_SOCKET_UNAVAILABLE:
    "the raw-socket backend cannot run here (native module not built, or no privilege)",
  AGENT_REPLAY_FILE: "the replay capture file cannot be read",
  AGENT_NATS_CREDENTIALS: "a NATS credentials, NKey seed or TLS file cannot be read or is invalid",
  AGENT_NATS_AUTH:
    "the NATS server refused the agent's credentials (user/password, NKey or .creds); the agent keeps capturing and retrying",
  AGENT_NATS_TLS:
    "the TLS handshake with the NATS server failed (CA, server name, or TLS required/not offered); the agent keeps retrying",
  AGENT_PROBE_FAILED: "a PMTU probe could not run (bad target, no raw socket)",
  AGENT_STREAM_LIMIT:
    "JetStream refused batches: the summary stream or the account reached a limit (logged, batches kept spooled)",
} as const;

export type AgentErrorCode = keyof typeof AGENT_ERROR_CODES;

/** An error of the agent: one line of message, a stable code, the underlying cause when any. */
export class AgentError extends TunnelscopeError<AgentErrorCode> {
  override name = "AgentError";
}

/** True for an `AgentError` with one of the given codes (any code when none are given). */
export function isAgentError(err: unknown, ...codes: AgentErrorCode[]): err is AgentError {
  return err instanceof AgentError && (codes.length === 0 || codes.includes(err.code));
}
