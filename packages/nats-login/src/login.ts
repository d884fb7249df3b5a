/**
 * The NATS login of every tunnelscope process (agent, coordinator, `session run`): reads
 * the credential files (user/password, NKey seed file, `.creds` file with a user JWT, TLS
 * CA/certificate/key), checks that each holds what it should, builds the nats.js
 * authenticator and TLS options, and turns a refused login or a failed TLS handshake into
 * one line naming the credential used and the fix. Callers name their own flags.
 */
import { readFile } from "node:fs/promises";
import { type ConnectionOptions, credsAuthenticator, ErrorCode, nkeyAuthenticator } from "nats";
import { NatsLoginError } from "./errors.js";

/** The credentials of one login; at most one of password, NKey seed file, .creds file. */
export interface NatsLogin {
  readonly user?: string | undefined;
  readonly password?: string | undefined;
  readonly nkeySeedFile?: string | undefined;
  readonly credsFile?: string | undefined;
  readonly tls?:
    | {
        readonly ca?: string | undefined;
        readonly cert?: string | undefined;
        readonly key?: string | undefined;
      }
    | undefined;
}

/** How the caller's command line names each credential, for messages. */
export interface LoginFlagNames {
  readonly user: string;
  readonly password: string;
  readonly nkey: string;
  readonly creds: string;
  readonly tlsCa: string;
  /** Every TLS option, for "drop …" (e.g. `--nats-tls-*`). */
  readonly tlsAll: string;
}

/** The login part of nats.js connection options. */
export type LoginOptions = Pick<ConnectionOptions, "user" | "pass" | "authenticator" | "tls">;

const dec = new TextDecoder();
const USER_SEED = /^SU[A-Z2-7]{50,}$/;

/** Reads a credential file; fails with NATS_LOGIN_FILE naming it and why (missing, permission). */
export async function readSecret(file: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES"
          ? "permission denied"
          : code === "EISDIR"
            ? "a directory, not a file"
            : (err as Error).message;
    throw new NatsLoginError("NATS_LOGIN_FILE", `cannot read the ${what} '${file}': ${why}`, { cause: err });
  }
}

/** An NKey seed file's user seed; fails when the file holds none. */
async function userSeed(file: string): Promise<Uint8Array> {
  const seed = dec.decode(await readSecret(file, "NKey seed file")).trim();
  if (!USER_SEED.test(seed))
    throw new NatsLoginError(
      "NATS_LOGIN_FILE",
      `the NKey seed file '${file}' does not hold a user seed (a line starting with 'SU'); create one with 'nsc generate nkey --user'`,
    );
  return new TextEncoder().encode(seed);
}

/** A .creds file's bytes; fails when it holds no user JWT or no user seed. */
async function credsFile(file: string): Promise<Uint8Array> {
  const bytes = await readSecret(file, "NATS credentials file");
  const text = dec.decode(bytes);
  if (!text.includes("BEGIN NATS USER JWT"))
    throw new NatsLoginError(
      "NATS_LOGIN_FILE",
      `'${file}' is not a NATS .creds file (no 'BEGIN NATS USER JWT' block)`,
    );
  if (!/-{3,}BEGIN USER NKEY SEED-{3,}\s*SU[A-Z2-7]{50,}/.test(text))
    throw new NatsLoginError(
      "NATS_LOGIN_FILE",
      `the .creds file '${file}' holds no user seed (no 'BEGIN USER NKEY SEED' block with an 'SU…' seed): write it again with 'nsc generate creds'`,
    );
  return bytes;
}

/**
 * The nats.js login options: user/pass, an NKey or JWT authenticator, TLS files. Reads
 * and checks every file first (NATS_LOGIN_FILE), so a bad file fails at start-up, not at
 * the first connection attempt.
 */
export async function loginOptions(login: NatsLogin): Promise<LoginOptions> {
  const opts: LoginOptions = {};
  if (login.user !== undefined && login.password !== undefined) {
    opts.user = login.user;
    opts.pass = login.password;
  }
  if (login.nkeySeedFile !== undefined)
    opts.authenticator = nkeyAuthenticator(await userSeed(login.nkeySeedFile));
  if (login.credsFile !== undefined)
    opts.authenticator = credsAuthenticator(await credsFile(login.credsFile));
  const tls = login.tls;
  if (tls !== undefined) {
    if (tls.ca !== undefined) await readSecret(tls.ca, "TLS CA file");
    if (tls.cert !== undefined) await readSecret(tls.cert, "TLS cert file");
    if (tls.key !== undefined) await readSecret(tls.key, "TLS key file");
    opts.tls = {
      ...(tls.ca !== undefined ? { caFile: tls.ca } : {}),
      ...(tls.cert !== undefined ? { certFile: tls.cert } : {}),
      ...(tls.key !== undefined ? { keyFile: tls.key } : {}),
    };
  }
  return opts;
}

/** The credential a login uses, as the caller's flags, and where the server must know it. */
export function describeCredential(login: NatsLogin, flags: LoginFlagNames): string {
  if (login.nkeySeedFile !== undefined)
    return `the NKey seed in ${flags.nkey} '${login.nkeySeedFile}' (its public key, 'U…', must be a user nkey on the server) against the server's authorization block`;
  if (login.credsFile !== undefined)
    return `the .creds file ${flags.creds} '${login.credsFile}': its user JWT must be signed by an account the server trusts (operator mode: the account's JWT in the server's resolver, signed by a trusted operator); write a new one with 'nsc generate creds -a ACCOUNT -n USER'`;
  if (login.user !== undefined)
    return `${flags.user} '${login.user}' and its password against the server's authorization block`;
  return `no credentials (the server wants some: give ${flags.user}/${flags.password}, ${flags.nkey} or ${flags.creds})`;
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
 * A connection failure the operator must fix, as one line: the server refused the
 * credentials (NATS_LOGIN_REFUSED, naming the one used) or the TLS handshake failed
 * (NATS_LOGIN_TLS). Undefined for failures that retrying may cure (server down, network).
 * `who` is the process in the message ("the agent's").
 */
export function loginFailure(
  err: unknown,
  login: NatsLogin,
  flags: LoginFlagNames,
  who: string,
): NatsLoginError | undefined {
  const e = err as { code?: unknown; message?: unknown; cause?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  const message = typeof e.message === "string" ? e.message : String(err);
  const cause = e.cause as { code?: unknown } | undefined;
  const causeCode = typeof cause?.code === "string" ? cause.code : "";
  if (code === ErrorCode.AuthorizationViolation || /authorization violation/i.test(message)) {
    return new NatsLoginError(
      "NATS_LOGIN_REFUSED",
      `NATS refused ${who} credentials (${message}): check ${describeCredential(login, flags)}`,
      { cause: err },
    );
  }
  const tls = TLS_CODES.has(code) || TLS_CODES.has(causeCode) || /\b(tls|ssl|certificate)\b/i.test(message);
  if (!tls) return undefined;
  const ca = login.tls?.ca;
  return new NatsLoginError(
    "NATS_LOGIN_TLS",
    `TLS to NATS failed (${message}): ${
      /requires tls/i.test(message)
        ? `the server requires TLS: give ${flags.tlsCa} FILE (the CA that signed its certificate)`
        : /does not support tls|not available/i.test(message)
          ? `the server does not offer TLS: drop the ${flags.tlsAll} options or enable tls {} on the server`
          : `check that ${ca !== undefined ? `${flags.tlsCa} '${ca}'` : flags.tlsCa} is the CA that signed the server's certificate and that the URL's host is in that certificate`
    }`,
    { cause: err },
  );
}
