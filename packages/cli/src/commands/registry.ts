import { agentCommand } from "@tunnelscope/agent";
import { coordinatorCommand } from "@tunnelscope/coordinator";
import { analyzeCommand } from "./analyze.js";
import type { Command } from "./command.js";
import { demoCommand } from "./demo.js";
import { inspectCommand } from "./inspect.js";
import { labCommand } from "./lab.js";
import { sessionCommand } from "./session.js";

export const VERSION = "0.1.0";

/** Every sub-command by name. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  agent: agentCommand,
  analyze: analyzeCommand,
  coordinator: coordinatorCommand,
  demo: demoCommand,
  inspect: inspectCommand,
  lab: labCommand,
  session: sessionCommand,
};
