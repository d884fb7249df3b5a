/**
 * NATS connection flags shared by `tunnelscope coordinator` and `tunnelscope session run`:
 * `--nats URL`, `--creds FILE`, `--nkey FILE`, `--user`/`--password` (or the environment's
 * TUNNELSCOPE_NATS_PASSWORD), `--tls-ca FILE` — the same credentials the agent accepts,
 * read and checked by the same login (@tunnelscope/nats-login).
 */
import {
  type LoginFlagNames,
  loginFailure,
  loginOptions,
  type NatsLogin,
  NatsLoginError,
} from "@tunnelscope/nats-login";
import type { ConnectionOptions } from "nats";
import { CoordinatorError, type CoordinatorErrorCode } from "../errors.js";
import { DEFAULT_NATS } from "./io.js";

/** parseArgs options of the NATS flags. */
export const NATS_FLAGS = {
  nats: { type: "string" },
  creds: { type: "string" },
  nkey: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
  "tls-ca": { type: "string" },
} as const;

/** The NATS flags' help lines. */
export const NATS_FLAGS_HELP = `  --nats URL           NATS server (default ${DEFAULT_NATS})
  --creds FILE         NATS user credentials file (.creds: JWT + NKey seed)
  --nkey FILE          file holding an NKey user seed (SU…)
  --user NAME          NATS user (with --password)
  --password PASS      NATS password; better: the environment variable TUNNELSCOPE_NATS_PASSWORD
  --tls-ca FILE        CA certificate(s) to verify the NATS server's TLS certificate
`;

export interface NatsFlagValues {
  readonly nats?: string | boolean | undefined;
  readonly creds?: string | boolean | undefined;
  readonly nkey?: string | boolean | undefined;
  readonly user?: string | boolean | undefined;
  readonly password?: string | boolean | undefined;
  readonly "tls-ca"?: string | boolean | undefined;
}

const str = (v: string | boolean | undefined): string | undefined => (typeof v === "string" ? v : undefined);

/** These flags, as messages name them. */
const FLAGS: LoginFlagNames = {
  user: "--user",
  password: "--password (or TUNNELSCOPE_NATS_PASSWORD)",
  nkey: "--nkey",
  creds: "--creds",
  tlsCa: "--tls-ca",
  tlsAll: "--tls-ca",
};

/** The coordinator's code of each login error. */
const CODES: Readonly<Record<NatsLoginError["code"], CoordinatorErrorCode>> = {
  NATS_LOGIN_FILE: "COORD_NATS_CREDENTIALS",
  NATS_LOGIN_REFUSED: "COORD_NATS_AUTH",
  NATS_LOGIN_TLS: "COORD_NATS_TLS",
};

const asCoordinatorError = (e: NatsLoginError): CoordinatorError =>
  new CoordinatorError(CODES[e.code], e.message, { cause: e.cause ?? e });

/** The login the flags describe (no check of conflicts: {@link natsConnectOptions} does). */
export function natsLogin(values: NatsFlagValues, env: NodeJS.ProcessEnv = process.env): NatsLogin {
  const ca = str(values["tls-ca"]);
  return {
    user: str(values.user),
    password: str(values.password) ?? env.TUNNELSCOPE_NATS_PASSWORD,
    nkeySeedFile: str(values.nkey),
    credsFile: str(values.creds),
    ...(ca !== undefined ? { tls: { ca } } : {}),
  };
}

/**
 * A failed connection as one line with its code: refused credentials (COORD_NATS_AUTH,
 * naming the credential used and the fix), a failed TLS handshake (COORD_NATS_TLS), or
 * anything else (COORD_NATS: cannot connect to URL).
 */
export function natsConnectFailure(
  err: unknown,
  values: NatsFlagValues,
  who: string,
  env: NodeJS.ProcessEnv = process.env,
): CoordinatorError {
  if (err instanceof CoordinatorError) return err;
  const login = loginFailure(err, natsLogin(values, env), FLAGS, who);
  if (login !== undefined) return asCoordinatorError(login);
  return new CoordinatorError(
    "COORD_NATS",
    `cannot connect to ${natsUrl(values)}: ${(err as Error).message}`,
    {
      cause: err,
    },
  );
}

/** The server URL of the flags. */
export function natsUrl(values: NatsFlagValues): string {
  return str(values.nats) ?? DEFAULT_NATS;
}

/**
 * nats.js connection options from the flags; reads and checks the credential files.
 * Fails with COORD_NATS_CREDENTIALS on an unreadable file, a file of the wrong kind,
 * conflicting credentials or a user without a password.
 */
export async function natsConnectOptions(
  values: NatsFlagValues,
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ConnectionOptions> {
  const opts: ConnectionOptions = { servers: natsUrl(values), name };
  const creds = str(values.creds);
  const nkey = str(values.nkey);
  const user = str(values.user);
  const password = str(values.password) ?? env.TUNNELSCOPE_NATS_PASSWORD;
  const kinds = [creds && "--creds", nkey && "--nkey", user && "--user"].filter(Boolean);
  if (kinds.length > 1)
    throw new CoordinatorError(
      "COORD_NATS_CREDENTIALS",
      `${kinds.join(" and ")} conflict: give one kind of NATS credentials`,
    );
  if (user !== undefined) {
    if (password === undefined || password === "")
      throw new CoordinatorError(
        "COORD_NATS_CREDENTIALS",
        `--user ${user} needs a password: set TUNNELSCOPE_NATS_PASSWORD or give --password`,
      );
  } else if (str(values.password) !== undefined) {
    throw new CoordinatorError("COORD_NATS_CREDENTIALS", "--password needs --user NAME");
  }
  try {
    Object.assign(opts, await loginOptions(natsLogin(values, env)));
  } catch (e) {
    throw e instanceof NatsLoginError ? asCoordinatorError(e) : e;
  }
  return opts;
}
