import { writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
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
import { EVIDENCE_CONTEXT, type EvidenceSlice, writeEvidenceSlices } from "../io/evidence-slices.js";
import { type CommandIo, write } from "../io/output.js";
import { renderAnalyzeHtml } from "../render/analyze-html.js";
import { renderAnalyzeMarkdown } from "../render/analyze-markdown.js";
import { renderAnalyze } from "../render/analyze-text.js";
import type { Command } from "./command.js";

const HELP = `Usage: tunnelscope analyze --a A.pcap --b B.pcap [--json] [--html FILE] [--markdown FILE]
                          [--evidence DIR]

Correlates one capture per tunnel gateway ('tcpdump -i any' on each, or pcapng with
interface names) and says where the tunnel's window collapses and why: it recognises
each gateway's taps from the traffic, follows packets through both gateways and the
underlay, aligns the two clocks from the traffic itself, and judges every TCP flow
direction (the sending side is read from the traffic, not from the option order).

Options:
  --a FILE      capture taken on one gateway ('-' reads stdin)
  --b FILE      capture taken on the other gateway
  --json        print the report JSON (schema tunnelscope.report/v1) and nothing else
  --html FILE   also write a self-contained HTML report to FILE: the verdict, the path
                diagram, timeline charts (inline SVG, 100 ms intervals on A's clock), the
                segment, SA, gateway and capture tables; works offline
  --markdown FILE
                also write a Markdown summary (verdict, evidence, recommendations, segment
                table) for tickets and chat
  --evidence DIR
                also write headers-only pcap slices (128 bytes a packet at most) of the
                packets around each finding of the verdict's flow, from both captures, as
                DIR/<finding>-<A|B>.pcap (e.g. underlay-loss-A.pcap); the HTML report links
                them. Needs the captures as files (not stdin)
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

async function writeOutput(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content);
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

export const analyzeCommand: Command = {
  help: HELP,
  async run(argv: readonly string[], io: CommandIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(
      "analyze",
      argv,
      {
        a: { type: "string" },
        b: { type: "string" },
        json: { type: "boolean" },
        html: { type: "string" },
        markdown: { type: "string" },
        evidence: { type: "string" },
      },
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
    if (values.markdown === "") throw usageError("analyze", "--markdown wants a file name");
    if (values.evidence === "") throw usageError("analyze", "--evidence wants a directory name");
    const capA = await readCapture(a, "A", io);
    const capB = await readCapture(b, "B", io);
    const report = correlate(capA, capB, { sources: { a, b } });
    let slices: EvidenceSlice[] = [];
    const notes: string[] = [];
    if (values.evidence !== undefined) {
      const out = await writeEvidenceSlices(report, { A: a, B: b }, values.evidence, io.stdin);
      slices = out.slices;
      notes.push(...out.notes);
    }
    const evidenceDir = values.evidence;
    if (values.html !== undefined) {
      const html = values.html;
      const links =
        evidenceDir === undefined
          ? []
          : slices.map((x) => ({
              href: relative(dirname(html), join(evidenceDir, x.file))
                .split(sep)
                .map(encodeURIComponent)
                .join("/"),
              label: x.file,
              description: `${x.description} (±${EVIDENCE_CONTEXT} packets around frames ${x.frames.slice(0, 8).join(", ")}${x.frames.length > 8 ? ", …" : ""} of capture ${x.gateway})`,
              packets: x.packets,
            }));
      await writeOutput(html, renderAnalyzeHtml(report, { a, b }, { evidence: links }));
    }
    if (values.markdown !== undefined) {
      const files = evidenceDir === undefined ? [] : slices.map((x) => join(evidenceDir, x.file));
      await writeOutput(values.markdown, renderAnalyzeMarkdown(report, { a, b }, files));
    }
    if (values.json === true) await write(io.stdout, `${JSON.stringify(report, null, 2)}\n`);
    else {
      let text = renderAnalyze(report, { a, b });
      if (values.html !== undefined) text += `\nHTML report written to ${values.html}\n`;
      if (values.markdown !== undefined) text += `Markdown summary written to ${values.markdown}\n`;
      for (const x of slices)
        text += `Evidence: ${join(values.evidence ?? "", x.file)} (${x.packets} packets)\n`;
      for (const n of notes) text += `Evidence: ${n}\n`;
      await write(io.stdout, text);
    }
    return 0;
  },
};
