import { writeFile } from "node:fs/promises";
import {
  CaptureFormatError,
  CaptureReader,
  correlate,
  type GatewayCapture,
  GatewayCaptureAnalyzer,
} from "@tunnelscope/analysis";
import { parseCommandArgs } from "../args.js";
import { CliError, usageError } from "../errors.js";
import { captureChunks } from "../io/capture-source.js";
import { type CommandIo, write } from "../io/output.js";
import { renderAnalyzeHtml } from "../render/analyze-html.js";
import { renderAnalyze } from "../render/analyze-text.js";
import type { Command } from "./command.js";

const HELP = `Usage: tunnelscope analyze --a A.pcap --b B.pcap [--json] [--html FILE]

Correlates one capture per tunnel gateway ('tcpdump -i any' on each, or pcapng with
interface names) and says where the tunnel's window collapses and why: it recognises
each gateway's taps from the traffic, follows packets through both gateways and the
underlay, aligns the two clocks from the traffic itself, and judges every TCP flow
direction (the sending side is read from the traffic, not from the option order).

Options:
  --a FILE      capture taken on one gateway ('-' reads stdin)
  --b FILE      capture taken on the other gateway
  --json        print the report JSON (schema tunnelscope.report/v1) and nothing else
  --html FILE   also write a self-contained HTML report to FILE
  -h, --help    this help

Exit status: 0 analysed (whatever the verdict), 1 unreadable input or unwritable output,
2 usage error.
`;

async function readCapture(path: string, label: string, io: CommandIo): Promise<GatewayCapture> {
  const gateway = new GatewayCaptureAnalyzer(label);
  const reader = new CaptureReader((pv) => gateway.add(pv));
  try {
    for await (const chunk of captureChunks(path, io.stdin)) reader.push(chunk);
    reader.end();
  } catch (err) {
    if (err instanceof CaptureFormatError) {
      throw new CliError("CLI_INPUT", `cannot read '${path}': ${err.message} [${err.code}]`, 1, {
        cause: err,
      });
    }
    throw err;
  }
  gateway.setInterfaces(reader.interfaces);
  gateway.setHealth(reader.health);
  return gateway.finish();
}

export const analyzeCommand: Command = {
  help: HELP,
  async run(argv: readonly string[], io: CommandIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(
      "analyze",
      argv,
      { a: { type: "string" }, b: { type: "string" }, json: { type: "boolean" }, html: { type: "string" } },
      true,
    );
    if (positionals.length > 0)
      throw usageError(
        "analyze",
        `unexpected argument '${positionals[0]}'; give the captures with --a and --b`,
      );
    const a = values.a;
    const b = values.b;
    if (a === undefined || a === "")
      throw usageError("analyze", "missing --a FILE (the capture of one gateway)");
    if (b === undefined || b === "")
      throw usageError("analyze", "missing --b FILE (the capture of the other gateway)");
    if (a === "-" && b === "-") throw usageError("analyze", "only one of --a and --b can read stdin ('-')");
    if (values.html === "") throw usageError("analyze", "--html wants a file name");
    const capA = await readCapture(a, "A", io);
    const capB = await readCapture(b, "B", io);
    const report = correlate(capA, capB, { sources: { a, b } });
    if (values.html !== undefined) {
      const path = values.html;
      try {
        await writeFile(path, renderAnalyzeHtml(report, { a, b }));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const why =
          code === "ENOENT"
            ? "its directory does not exist"
            : code === "EACCES" || code === "EPERM"
              ? "permission denied"
              : code === "EISDIR"
                ? "it is a directory"
                : ((err as Error).message ?? String(err));
        throw new CliError("CLI_OUTPUT", `cannot write '${path}': ${why}`, 1, { cause: err });
      }
    }
    if (values.json === true) await write(io.stdout, `${JSON.stringify(report, null, 2)}\n`);
    else {
      let text = renderAnalyze(report, { a, b });
      if (values.html !== undefined) text += `\nHTML report written to ${values.html}\n`;
      await write(io.stdout, text);
    }
    return 0;
  },
};
