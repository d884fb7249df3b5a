/**
 * The base error of tunnelscope and the protocol package's error codes.
 *
 * Every error a tunnelscope package reports has a stable `code` (documented in
 * docs/errors.md, checked by a test), a message that says how to fix it, and the
 * underlying error as `cause` when there is one.
 */

/**
 * Base class of every tunnelscope error. Packages subclass it with their own code union:
 *
 * ```ts
 * type CaptureErrorCode = "CAPTURE_PERMISSION_DENIED" | "CAPTURE_NO_INTERFACE";
 * class CaptureError extends TunnelscopeError<CaptureErrorCode> {
 *   override name = "CaptureError";
 * }
 * ```
 */
export class TunnelscopeError<C extends string = string> extends Error {
  override name = "TunnelscopeError";
  /** Stable, documented code (UPPER_SNAKE, prefixed by the package, e.g. `PROTO_`). */
  readonly code: C;

  constructor(code: C, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Codes of the protocol package (docs/errors.md, section protocol). */
export type ProtocolErrorCode =
  | "PROTO_EMPTY"
  | "PROTO_TOO_LARGE"
  | "PROTO_MALFORMED"
  | "PROTO_INVALID"
  | "PROTO_INVALID_ID"
  | "PROTO_INVALID_SEQ"
  | "PROTO_INVALID_OPTION"
  | "PROTO_UNKNOWN_TYPE";

/** An error of the protocol package: a message or identifier that cannot be used. */
export class ProtocolError extends TunnelscopeError<ProtocolErrorCode> {
  override name = "ProtocolError";
}
