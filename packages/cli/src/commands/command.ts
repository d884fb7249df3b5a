import type { CommandIo } from "../io/output.js";

/** One `tunnelscope` sub-command: its help text and what it does; returns the exit code. */
export interface Command {
  readonly help: string;
  run(argv: readonly string[], io: CommandIo): Promise<number>;
}
