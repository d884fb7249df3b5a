import { agentCommand } from "@tunnelscope/agent";
import { createCoordinatorCommand } from "@tunnelscope/coordinator";
import { analyzeCommand } from "./analyze.js";
import type { Command } from "./command.js";
import { demoCommand } from "./demo.js";
import { inspectCommand } from "./inspect.js";
import { labCommand } from "./lab.js";
import { reportRenderers, sessionCommand } from "./session.js";

export const VERSION = "0.1.0";

/** Every sub-command by name. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  agent: agentCommand,
  analyze: analyzeCommand,
  coordinator: createCoordinatorCommand(reportRenderers),
  demo: demoCommand,
  inspect: inspectCommand,
  lab: labCommand,
  session: sessionCommand,
};
