/**
 * Agent and session ids. They are NATS subject tokens, KV keys and parts of
 * Nats-Msg-Id values, so they are restricted to characters that mean nothing to NATS.
 */
import { ProtocolError } from "./errors.js";
import { err, ok, type Result } from "./result.js";

/** 1-64 characters from A-Z a-z 0-9 _ -: no dots, wildcards (`*`, `>`) or whitespace. */
export const ID_PATTERN: RegExp = /^[A-Za-z0-9_-]{1,64}$/;

/** What an id names, for error messages. */
export type IdKind = "agent id" | "session id";

/** True when `value` is a valid agent or session id. */
export function isValidId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

/** Shows untrusted text in a message: quoted, escaped, at most 80 characters. */
export function quote(value: unknown): string {
  if (typeof value !== "string") return value === undefined ? "nothing" : `a ${typeof value}`;
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(shown);
}

/** Checks an agent or session id; the error says what a valid one looks like. */
export function validateId(kind: IdKind, value: unknown): Result<string, ProtocolError> {
  if (isValidId(value)) return ok(value);
  return err(
    new ProtocolError(
      "PROTO_INVALID_ID",
      `${kind} ${quote(value)} is invalid: use 1-64 characters from A-Z a-z 0-9 _ - ` +
        "(no dots, wildcards or whitespace)",
    ),
  );
}
