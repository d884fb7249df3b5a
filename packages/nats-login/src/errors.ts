/** Error codes of the NATS login (docs/errors.md, section nats-login). */
import { TunnelscopeError } from "@tunnelscope/protocol";

/**
 * - `NATS_LOGIN_FILE`: a credential file cannot be read or is not of its kind;
 * - `NATS_LOGIN_REFUSED`: the server refused the credentials (Authorization Violation);
 * - `NATS_LOGIN_TLS`: the TLS handshake failed.
 *
 * The agent and the coordinator report these under their own codes
 * (AGENT_NATS_CREDENTIALS/AUTH/TLS, COORD_NATS_CREDENTIALS/AUTH/TLS), same message.
 */
export type NatsLoginErrorCode = "NATS_LOGIN_FILE" | "NATS_LOGIN_REFUSED" | "NATS_LOGIN_TLS";

/** A NATS login the operator must fix: one line naming the problem and the fix. */
export class NatsLoginError extends TunnelscopeError<NatsLoginErrorCode> {
  override name = "NatsLoginError";
}
