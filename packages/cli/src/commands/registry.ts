import type { Command } from "./command.js";

export const VERSION = "0.1.0";

/**
 * Every sub-command by name, each loaded when it is run: `tunnelscope inspect` and `analyze`
 * do not load the agent's and the coordinator's modules (NATS client, protobuf code, HTTP
 * server, logger), which took about half a second of every start-up when they were imported
 * here eagerly.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  agent: async () => (await import("@tunnelscope/agent")).agentCommand,
  analyze: async () => (await import("./analyze.js")).analyzeCommand,
  coordinator: async () => {
    const [{ createCoordinatorCommand }, { reportRenderers }] = await Promise.all([
      import("@tunnelscope/coordinator"),
      import("./session.js"),
    ]);
    return createCoordinatorCommand(reportRenderers);
  },
  demo: async () => (await import("./demo.js")).demoCommand,
  inspect: async () => (await import("./inspect.js")).inspectCommand,
  lab: async () => (await import("./lab.js")).labCommand,
  session: async () => (await import("./session.js")).sessionCommand,
};

/** The loader of command `name`, or undefined (own names only: not `toString`, `__proto__`…). */
export function commandLoader(name: string): (() => Promise<Command>) | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}
