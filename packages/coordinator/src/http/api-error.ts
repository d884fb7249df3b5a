/** An HTTP API failure: a status, a stable code (docs/errors.md) and a one-line message. */
import { CoordinatorError, type CoordinatorErrorCode } from "../errors.js";

export class ApiError extends CoordinatorError {
  override name = "ApiError";

  constructor(
    readonly status: number,
    code: CoordinatorErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}

/** HTTP status of a CoordinatorError raised while starting a session. */
export function statusOf(e: CoordinatorError): number {
  if (e instanceof ApiError) return e.status;
  switch (e.code) {
    case "COORD_INVALID_REQUEST":
      return 400;
    case "COORD_UNKNOWN_AGENT":
      return 422;
    case "COORD_AGENT_UNREACHABLE":
    case "COORD_AGENT_REFUSED":
      return 502;
    default:
      return 500;
  }
}
