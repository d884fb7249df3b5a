/**
 * NATS connection flags shared by `tunnelscope coordinator` and `tunnelscope session run`:
 * `--nats URL`, `--creds FILE`, `--nkey FILE`, `--user`/`--password` (or the environment's
 * TUNNELSCOPE_NATS_PASSWORD), `--tls-ca FILE` — the same credentials the agent accepts
 * (packages/agent/src/nats/connect-options.ts), checked the same way.
 */
import { readFile } from "node:fs/promises";
import { type ConnectionOptions, credsAuthenticator, nkeyAuthenticator } from "nats";
import { CoordinatorError } from "../errors.js";
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

async function readSecret(file: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (err as Error).message;
    throw new CoordinatorError("COORD_NATS_CREDENTIALS", `cannot read the ${what} '${file}': ${why}`, {
      cause: err,
    });
  }
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
    opts.user = user;
    opts.pass = password;
  } else if (str(values.password) !== undefined) {
    throw new CoordinatorError("COORD_NATS_CREDENTIALS", "--password needs --user NAME");
  }
  if (nkey !== undefined) {
    const seed = new TextDecoder().decode(await readSecret(nkey, "NKey seed file")).trim();
    if (!/^SU[A-Z2-7]{50,}$/.test(seed))
      throw new CoordinatorError(
        "COORD_NATS_CREDENTIALS",
        `the NKey seed file '${nkey}' does not hold a user seed (a line starting with 'SU'); create one with 'nsc generate nkey --user'`,
      );
    opts.authenticator = nkeyAuthenticator(new TextEncoder().encode(seed));
  }
  if (creds !== undefined) {
    const bytes = await readSecret(creds, "NATS credentials file");
    if (!new TextDecoder().decode(bytes).includes("BEGIN NATS USER JWT"))
      throw new CoordinatorError(
        "COORD_NATS_CREDENTIALS",
        `'${creds}' is not a NATS .creds file (no 'BEGIN NATS USER JWT' block)`,
      );
    opts.authenticator = credsAuthenticator(bytes);
  }
  const ca = str(values["tls-ca"]);
  if (ca !== undefined) {
    await readSecret(ca, "TLS CA file");
    opts.tls = { caFile: ca };
  }
  return opts;
}
