/** Error codes of the coordinator (docs/errors.md, section coordinator). */
import { TunnelscopeError } from "@tunnelscope/protocol";

export type CoordinatorErrorCode =
  | "COORD_INVALID_REQUEST"
  | "COORD_AGENT_UNREACHABLE"
  | "COORD_AGENT_REFUSED"
  | "COORD_NATS"
  | "COORD_NO_COORDINATOR"
  | "COORD_SESSION_TIMEOUT"
  | "COORD_NATS_CREDENTIALS"
  | "COORD_NATS_AUTH"
  | "COORD_NATS_TLS"
  | "COORD_HTTP_LISTEN"
  | "COORD_HTTP_BAD_JSON"
  | "COORD_HTTP_TOO_LARGE"
  | "COORD_HTTP_NOT_FOUND"
  | "COORD_HTTP_METHOD"
  | "COORD_HTTP_BAD_ID"
  | "COORD_HTTP_CROSS_ORIGIN"
  | "COORD_UNKNOWN_AGENT"
  | "COORD_UNKNOWN_SESSION"
  | "COORD_REPORT_NOT_READY"
  | "COORD_EVIDENCE_MISSING";

/** An error of the coordinator or of `tunnelscope session run`. */
export class CoordinatorError extends TunnelscopeError<CoordinatorErrorCode> {
  override name = "CoordinatorError";
}
