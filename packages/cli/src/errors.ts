/** Errors the CLI reports as one line on stderr. Each has a stable code (docs/errors.md). */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    readonly code: "CLI_USAGE" | "CLI_INPUT" | "CLI_OUTPUT",
    message: string,
    /** Process exit code: 2 for usage errors, 1 for everything else. */
    readonly exitCode: number = code === "CLI_USAGE" ? 2 : 1,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A usage error: the message says what is wrong and where to read more. */
export function usageError(command: string, problem: string): CliError {
  const where = command === "" ? "tunnelscope --help" : `tunnelscope ${command} --help`;
  return new CliError("CLI_USAGE", `${problem}; see '${where}'`);
}
