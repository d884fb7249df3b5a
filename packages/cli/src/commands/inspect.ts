import { CaptureFormatError, CaptureInspector, type InspectReport } from "@tunnelscope/analysis";
import { parseCommandArgs, positiveInt } from "../args.js";
import { CliError, usageError } from "../errors.js";
import { captureChunks } from "../io/capture-source.js";
import { type CommandIo, write } from "../io/output.js";
import { renderInspect } from "../render/inspect-text.js";
import type { Command } from "./command.js";

const HELP = `Usage: tunnelscope inspect FILE [--json] [--interval MS]

Decodes one capture (pcap or pcapng; '-' reads stdin, so
'tcpdump -U -w - | tunnelscope inspect -' works live) and prints, per capture
interface and flow direction, Wireshark's tcp.analysis flags, windows and RTT, and per
ESP SA the packets, gaps, duplicates and reorder depth.

Options:
  --json          print one JSON document (schema tunnelscope.inspect/v1) and nothing else;
                  totals.analysis.<flag> sums each tcp.analysis flag over the file
  --interval MS   length of the per-interval summaries (default 1000)
  -h, --help      this help

Exit status: 0 success, 1 unreadable input, 2 usage error.
`;

export const inspectCommand: Command = {
  help: HELP,
  async run(argv: readonly string[], io: CommandIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(
      "inspect",
      argv,
      { json: { type: "boolean" }, interval: { type: "string" } },
      true,
    );
    if (positionals.length !== 1) {
      throw usageError("inspect", positionals.length === 0 ? "missing FILE" : "give exactly one FILE");
    }
    const file = positionals[0] as string;
    const intervalMs = positiveInt("inspect", "interval", values.interval, 1000);
    const inspector = new CaptureInspector({ intervalUs: intervalMs * 1000 });
    try {
      for await (const chunk of captureChunks(file, io.stdin)) inspector.push(chunk);
      inspector.end();
    } catch (err) {
      if (err instanceof CaptureFormatError) {
        throw new CliError("CLI_INPUT", `cannot read '${file}': ${err.message} [${err.code}]`, 1, {
          cause: err,
        });
      }
      throw err;
    }
    const report: InspectReport = inspector.report();
    if (values.json === true) await write(io.stdout, `${JSON.stringify(report, null, 2)}\n`);
    else await write(io.stdout, renderInspect(file, report));
    return 0;
  },
};
