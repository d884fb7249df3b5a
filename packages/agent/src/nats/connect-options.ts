/**
 * NATS connection options from the agent's configuration: servers, credentials
 * (user/password, NKey seed file, creds file), TLS — read and checked by the shared
 * login (@tunnelscope/nats-login) — and reconnecting forever with a capped exponential
 * backoff with jitter.
 */
import { type LoginFlagNames, loginFailure, loginOptions, NatsLoginError } from "@tunnelscope/nats-login";
import type { ConnectionOptions } from "nats";
import type { AgentConfig } from "../config/schema.js";
import { AgentError, type AgentErrorCode } from "../errors.js";

/** Reconnect delay after `attempt` failed attempts: 250 ms doubling to 10 s, ±20 % jitter. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(250 * 2 ** Math.min(attempt, 16), 10_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** The agent's NATS flags, as its messages name them. */
const FLAGS: LoginFlagNames = {
  user: "--nats-user",
  password: "--nats-password",
  nkey: "--nats-nkey-seed",
  creds: "--nats-creds",
  tlsCa: "--nats-tls-ca",
  tlsAll: "--nats-tls-*",
};

/** The agent's code of each login error. */
const CODES: Readonly<Record<NatsLoginError["code"], AgentErrorCode>> = {
  NATS_LOGIN_FILE: "AGENT_NATS_CREDENTIALS",
  NATS_LOGIN_REFUSED: "AGENT_NATS_AUTH",
  NATS_LOGIN_TLS: "AGENT_NATS_TLS",
};

const asAgentError = (e: NatsLoginError): AgentError =>
  new AgentError(CODES[e.code], e.message, { cause: e.cause ?? e });

/** Builds the nats.js options; reads the credential files (errors: AGENT_NATS_CREDENTIALS). */
export async function connectOptions(
  config: AgentConfig,
  hooks: { onReconnectAttempt?: () => number } = {},
): Promise<ConnectionOptions> {
  const n = config.nats;
  let login: ConnectionOptions;
  try {
    login = await loginOptions(n);
  } catch (e) {
    throw e instanceof NatsLoginError ? asAgentError(e) : e;
  }
  const opts: ConnectionOptions = {
    servers: [...n.servers],
    name: `tunnelscope-agent-${config.id}`,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    reconnectJitter: 0,
    pingInterval: 10_000,
    maxPingOut: 3,
    timeout: 5000,
    ...login,
  };
  if (hooks.onReconnectAttempt !== undefined) opts.reconnectDelayHandler = hooks.onReconnectAttempt;
  return opts;
}

/**
 * A connection failure the operator must fix (refused credentials, a failed TLS
 * handshake) as an AgentError with one line naming the problem and the fix; undefined
 * for failures that retrying may cure (server down, network).
 */
export function connectFailure(err: unknown, config: AgentConfig): AgentError | undefined {
  const e = loginFailure(err, config.nats, FLAGS, "the agent's");
  return e === undefined ? undefined : asAgentError(e);
}
