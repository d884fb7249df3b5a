import { TunnelscopeError } from "@tunnelscope/protocol";

/** Codes of `tunnelscope demo` (docs/errors.md, section demo). */
export type DemoErrorCode = "DEMO_NOT_ROOT" | "DEMO_NATS" | "DEMO_AGENT";

/** A demo step that failed; lab and coordinator failures keep their own codes. */
export class DemoError extends TunnelscopeError<DemoErrorCode> {
  override name = "DemoError";
}
