import { LAB_USAGE, runLabCli } from "@tunnelscope/lab";
import type { CommandIo } from "../io/output.js";
import type { Command } from "./command.js";

/** `tunnelscope lab …`: the real strongSwan tunnel lab (packages/lab). */
export const labCommand: Command = {
  help: LAB_USAGE,
  run: (argv: readonly string[], io: CommandIo) => runLabCli(argv, io),
};
