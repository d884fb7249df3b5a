import { type ParseArgsConfig, parseArgs } from "node:util";
import { usageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What `parseCommandArgs` returns: the typed flag values and the positionals. */
export type ParsedCommandArgs<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: boolean; strict: true; args: string[] }>
>;

/**
 * `node:util` parseArgs in strict mode, with its errors turned into one usage line.
 * (Node's own parser is enough for this CLI: a handful of flags per command, no
 * completion or prompts; it keeps the agent's dependency footprint small.)
 */
export function parseCommandArgs<O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
  allowPositionals: boolean,
): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw usageError(
      command,
      msg.replace(/\.?\s*To specify a positional argument.*$/s, "").replace(/\.$/, ""),
    );
  }
}

/** Parses a positive integer flag value or throws a usage error naming the flag. */
export function positiveInt(command: string, flag: string, value: string | undefined, dflt: number): number {
  if (value === undefined) return dflt;
  if (!/^\d+$/.test(value) || Number(value) <= 0 || !Number.isSafeInteger(Number(value))) {
    throw usageError(command, `--${flag} wants a positive integer, got '${value}'`);
  }
  return Number(value);
}
