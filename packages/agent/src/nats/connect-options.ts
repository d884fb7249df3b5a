/**
 * NATS connection options from the agent's configuration: servers, credentials
 * (user/password, NKey seed file, creds file), TLS, and reconnecting forever with a
 * capped exponential backoff with jitter.
 */
import { readFile } from "node:fs/promises";
import { type ConnectionOptions, credsAuthenticator, ErrorCode, nkeyAuthenticator } from "nats";
import type { AgentConfig } from "../config/schema.js";
import { AgentError } from "../errors.js";

/** Reconnect delay after `attempt` failed attempts: 250 ms doubling to 10 s, ±20 % jitter. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(250 * 2 ** Math.min(attempt, 16), 10_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

async function readSecret(file: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (err as Error).message;
    throw new AgentError("AGENT_NATS_CREDENTIALS", `cannot read the ${what} '${file}': ${why}`, {
      cause: err,
    });
  }
}

/** Builds the nats.js options; reads the credential files (errors: AGENT_NATS_CREDENTIALS). */
export async function connectOptions(
  config: AgentConfig,
  hooks: { onReconnectAttempt?: () => number } = {},
): Promise<ConnectionOptions> {
  const n = config.nats;
  const opts: ConnectionOptions = {
    servers: [...n.servers],
    name: `tunnelscope-agent-${config.id}`,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    reconnectJitter: 0,
    pingInterval: 10_000,
    maxPingOut: 3,
    timeout: 5000,
  };
  if (hooks.onReconnectAttempt !== undefined) opts.reconnectDelayHandler = hooks.onReconnectAttempt;
  if (n.user !== undefined && n.password !== undefined) {
    opts.user = n.user;
    opts.pass = n.password;
  }
  if (n.nkeySeedFile !== undefined) {
    const seed = new TextDecoder().decode(await readSecret(n.nkeySeedFile, "NKey seed file")).trim();
    if (!/^SU[A-Z2-7]{50,}$/.test(seed)) {
      throw new AgentError(
        "AGENT_NATS_CREDENTIALS",
        `the NKey seed file '${n.nkeySeedFile}' does not hold a user seed (a line starting with 'SU'); create one with 'nsc generate nkey --user'`,
      );
    }
    opts.authenticator = nkeyAuthenticator(new TextEncoder().encode(seed));
  }
  if (n.credsFile !== undefined) {
    const creds = await readSecret(n.credsFile, "NATS credentials file");
    if (!new TextDecoder().decode(creds).includes("BEGIN NATS USER JWT")) {
      throw new AgentError(
        "AGENT_NATS_CREDENTIALS",
        `'${n.credsFile}' is not a NATS .creds file (no 'BEGIN NATS USER JWT' block)`,
      );
    }
    opts.authenticator = credsAuthenticator(creds);
  }
  if (n.tls !== undefined) {
    for (const [what, file] of Object.entries(n.tls)) {
      if (file !== undefined) await readSecret(file, `TLS ${what} file`);
    }
    opts.tls = {
      ...(n.tls.ca !== undefined ? { caFile: n.tls.ca } : {}),
      ...(n.tls.cert !== undefined ? { certFile: n.tls.cert } : {}),
      ...(n.tls.key !== undefined ? { keyFile: n.tls.key } : {}),
    };
  }
  return opts;
}

/** How the agent authenticates, as flags, for error messages. */
function credentialFlags(config: AgentConfig): string {
  const n = config.nats;
  if (n.nkeySeedFile !== undefined)
    return `the NKey seed in --nats-nkey-seed '${n.nkeySeedFile}' (its public key, 'U…', must be a user nkey on the server)`;
  if (n.credsFile !== undefined) return `the .creds file --nats-creds '${n.credsFile}'`;
  if (n.user !== undefined) return `--nats-user '${n.user}' and its password`;
  return "no credentials (the server wants some: give --nats-user/--nats-password, --nats-nkey-seed or --nats-creds)";
}

const TLS_CODES = new Set([
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ERR_SSL_WRONG_VERSION_NUMBER",
]);

/**
 * A connection failure the operator must fix (refused credentials, a failed TLS
 * handshake) as an AgentError with one line naming the problem and the fix; undefined
 * for failures that retrying may cure (server down, network).
 */
export function connectFailure(err: unknown, config: AgentConfig): AgentError | undefined {
  const e = err as { code?: unknown; message?: unknown; cause?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  const message = typeof e.message === "string" ? e.message : String(err);
  const cause = e.cause as { code?: unknown } | undefined;
  const causeCode = typeof cause?.code === "string" ? cause.code : "";
  if (code === ErrorCode.AuthorizationViolation || /authorization violation/i.test(message)) {
    return new AgentError(
      "AGENT_NATS_AUTH",
      `NATS refused the agent's credentials (${message}): check ${credentialFlags(config)} against the server's authorization block`,
      { cause: err },
    );
  }
  const tls = TLS_CODES.has(code) || TLS_CODES.has(causeCode) || /\b(tls|ssl|certificate)\b/i.test(message);
  if (tls) {
    const ca = config.nats.tls?.ca;
    return new AgentError(
      "AGENT_NATS_TLS",
      `TLS to NATS failed (${message}): ${
        /requires tls/i.test(message)
          ? "the server requires TLS: give --nats-tls-ca FILE (the CA that signed its certificate)"
          : /does not support tls|not available/i.test(message)
            ? "the server does not offer TLS: drop the --nats-tls-* options or enable tls {} on the server"
            : `check that ${ca !== undefined ? `--nats-tls-ca '${ca}'` : "--nats-tls-ca"} is the CA that signed the server's certificate and that the URL's host is in that certificate`
      }`,
      { cause: err },
    );
  }
  return undefined;
}
