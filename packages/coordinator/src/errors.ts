/** Error codes of the coordinator (docs/errors.md, section coordinator). */
import { TunnelscopeError } from "@tunnelscope/protocol";

export type CoordinatorErrorCode =
  | "COORD_INVALID_REQUEST"
  | "COORD_AGENT_UNREACHABLE"
  | "COORD_AGENT_REFUSED"
  | "COORD_NATS"
  | "COORD_NO_COORDINATOR"
  | "COORD_SESSION_TIMEOUT";

/** An error of the coordinator or of `tunnelscope session run`. */
export class CoordinatorError extends TunnelscopeError<CoordinatorErrorCode> {
  override name = "CoordinatorError";
}
