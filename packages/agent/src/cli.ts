/**
 * `tunnelscope agent`: the command the CLI registers. It re-declares the CLI's
 * `CommandIo` shape (structurally identical) so this package does not depend on the
 * CLI package.
 */
import process from "node:process";
import { agentHelp } from "./config/help.js";
import { loadConfig, parseAgentArgs } from "./config/load.js";
import { isAgentError } from "./errors.js";
import { createRootLogger, runAgent } from "./main.js";
import { runPmtuProbe } from "./probe/run-probe.js";

/** Where a command writes (same shape as packages/cli's CommandIo). */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly isTty: boolean;
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

export const agentCommand: {
  readonly help: string;
  run(argv: readonly string[], io: CommandIo): Promise<number>;
} = {
  help: agentHelp(),
  async run(argv: readonly string[], io: CommandIo): Promise<number> {
    try {
      const values = parseAgentArgs(argv);
      if (values.help === true) {
        await write(io.stdout, agentHelp());
        return 0;
      }
      if (typeof values["probe-pmtu"] === "string") {
        const result = await runPmtuProbe({
          target: values["probe-pmtu"],
          ...(typeof values["probe-max"] === "string" ? { max: values["probe-max"] } : {}),
          ...(typeof values["probe-if"] === "string" ? { interface: values["probe-if"] } : {}),
        });
        await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      const { config } = await loadConfig(argv, process.env);
      return await runAgent(config, createRootLogger(config, io.stderr));
    } catch (err) {
      if (isAgentError(err, "AGENT_CONFIG_INVALID", "AGENT_CONFIG_CONFLICT", "AGENT_CONFIG_FILE")) {
        await write(io.stderr, `tunnelscope: ${err.message.split("\n")[0]} [${err.code}]\n`);
        return 2;
      }
      throw err; // the CLI prints one line with the code
    }
  },
};
