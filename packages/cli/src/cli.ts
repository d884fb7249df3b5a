import { commandLoader, VERSION } from "./commands/registry.js";
import { CliError, usageError } from "./errors.js";
import type { CommandIo } from "./io/output.js";
import { write } from "./io/output.js";

const USAGE = `tunnelscope ${VERSION} — find where an IPsec tunnel's window collapses, and why

Usage:
  tunnelscope demo        [SCENARIO] [--seconds N] [--json] [--html FILE]   (root)
  tunnelscope agent       --id ID --nats URL --outer-if IF --inner-if IF [--config FILE]
  tunnelscope coordinator --nats URL [--http HOST:PORT]
  tunnelscope session run --a ID --b ID --duration SECONDS [--json] [--html FILE]
  tunnelscope inspect     FILE.pcap [--json] [--interval MS]
  tunnelscope analyze     --a A.pcap --b B.pcap [--json] [--html FILE]
  tunnelscope lab         up|down|status|run SCENARIO
  tunnelscope --version

Run 'tunnelscope COMMAND --help' for a command's options.
`;

/**
 * Runs one CLI invocation and returns the process exit code.
 * Errors become one line on stderr; a stack trace only with TUNNELSCOPE_DEBUG=1.
 */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      await write(io.stdout, USAGE);
      return name === undefined ? 2 : 0;
    }
    if (name === "--version" || name === "-V") {
      await write(io.stdout, `${VERSION}\n`);
      return 0;
    }
    const load = commandLoader(name);
    if (load === undefined) throw usageError("", `unknown command '${name}'`);
    const command = await load();
    if (rest.includes("--help") || rest.includes("-h")) {
      await write(io.stdout, command.help);
      return 0;
    }
    return await command.run(rest, io);
  } catch (err) {
    await write(io.stderr, `tunnelscope: ${describeError(err)}\n`).catch(() => {});
    if (process.env.TUNNELSCOPE_DEBUG === "1" && err instanceof Error && err.stack) {
      await write(io.stderr, `${err.stack}\n`).catch(() => {});
    }
    return err instanceof CliError ? err.exitCode : 1;
  }
}

/** One line: the message, and the stable code when the error has one. */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    const line = err.message.split("\n")[0] ?? "";
    return typeof code === "string" && !(err instanceof CliError) ? `${line} [${code}]` : line;
  }
  return String(err);
}
