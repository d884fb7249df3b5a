/** `tunnelscope demo [SCENARIO] [--seconds N] [--own-nats] [--json] [--html FILE]`: the whole product on the lab. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";
import type { SessionReport } from "@tunnelscope/coordinator";
import { SCENARIO_NAMES } from "@tunnelscope/lab";
import { runDemo } from "../demo/run-demo.js";
import { type CommandIo, write } from "../io/output.js";
import { renderAnalyzeHtml } from "../render/analyze-html.js";
import { renderAnalyze } from "../render/analyze-text.js";
import { sessionEvidenceHtml } from "../render/session-evidence.js";
import type { Command } from "./command.js";

const DEFAULT_SCENARIO = "underlay-loss";
const NON_ROOT =
  "tunnelscope demo needs root (it builds a network-namespace lab and captures packets); " +
  "without root, diagnose the shipped captures: tunnelscope analyze --a examples/underlay-loss/ga.pcap --b examples/underlay-loss/gb.pcap [DEMO_NOT_ROOT]\n";

const HELP = `Usage: tunnelscope demo [SCENARIO] [--seconds N] [--own-nats] [--json] [--html FILE]   (root)

The whole product on one machine: brings the tunnel lab up (or uses a running one),
uses the NATS server on 127.0.0.1:4222 if one answers (else starts 'nats-server -js'
on a free port of the lab's management address), starts a coordinator and an agent
in each gateway namespace, runs one live session while SCENARIO's fault and traffic
are on, prints the verdict (as 'session run' does) and writes the report as HTML and
JSON. It stops everything it started, also on Ctrl-C.

SCENARIO (default ${DEFAULT_SCENARIO}): ${SCENARIO_NAMES.join(", ")}

Options:
  --seconds N    seconds of traffic (default 5; the session runs 3 s longer)
  --own-nats     always start a private nats-server, even when 127.0.0.1:4222 answers
                 (nothing of the demo is left in the machine's NATS server)
  --json         print the report JSON (schema tunnelscope.report/v1) instead of the text
  --html FILE    write the HTML report to FILE (default: a new temp directory, named
                 on stderr, which also gets report.json)
  -h, --help     this help

Without root: tunnelscope analyze --a examples/underlay-loss/ga.pcap --b examples/underlay-loss/gb.pcap

Exit status: 0 reported (whatever the verdict), 1 a step failed, 2 usage error.
`;

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

const names = (r: SessionReport) => ({ a: `agent ${r.session.agents.a}`, b: `agent ${r.session.agents.b}` });

export const demoCommand: Command = {
  help: HELP,
  async run(argv: readonly string[], io: CommandIo): Promise<number> {
    const usage = async (m: string) => {
      await write(io.stderr, `tunnelscope demo: ${m} (see tunnelscope demo --help) [CLI_USAGE]\n`);
      return 2;
    };
    let parsed: ReturnType<
      typeof parseArgs<{
        options: {
          seconds: { type: "string" };
          "own-nats": { type: "boolean" };
          json: { type: "boolean" };
          html: { type: "string" };
          help: { type: "boolean"; short: "h" };
        };
        allowPositionals: true;
      }>
    >;
    try {
      parsed = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          seconds: { type: "string" },
          "own-nats": { type: "boolean" },
          json: { type: "boolean" },
          html: { type: "string" },
          help: { type: "boolean", short: "h" },
        },
      });
    } catch (e) {
      return usage((e as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.help === true) {
      await write(io.stdout, HELP);
      return 0;
    }
    if (positionals.length > 1) return usage(`one scenario at most, got ${positionals.join(" ")}`);
    const scenario = positionals[0] ?? DEFAULT_SCENARIO;
    if (!(SCENARIO_NAMES as readonly string[]).includes(scenario)) {
      return usage(`unknown scenario ${scenario}; one of ${SCENARIO_NAMES.join(", ")}`);
    }
    const seconds = values.seconds === undefined ? 5 : Number(values.seconds);
    if (!(Number.isInteger(seconds) && seconds >= 1 && seconds <= 600)) {
      return usage("--seconds must be a whole number from 1 to 600");
    }
    if (!isRoot()) {
      await write(io.stderr, NON_ROOT);
      return 1;
    }
    const progress = (line: string) => io.stderr.write(`demo: ${line}\n`);
    try {
      const dir = await mkdtemp(join(tmpdir(), "tunnelscope-demo-"));
      const html = values.html ?? join(dir, "report.html");
      const json = join(dir, "report.json");
      const { report, evidence } = await runDemo({
        scenario,
        seconds,
        progress,
        htmlFile: html,
        ...(values["own-nats"] === true ? { sharedNats: false as const } : {}),
      });
      await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
      await writeFile(html, renderAnalyzeHtml(report, names(report), sessionEvidenceHtml(report)));
      for (const f of evidence.failures) progress(f);
      progress(
        `report written: ${html} and ${json}` +
          (evidence.saved.length > 0 ? `; ${evidence.saved.length} evidence capture(s) beside it` : ""),
      );
      await write(
        io.stdout,
        values.json === true ? `${JSON.stringify(report, null, 2)}\n` : renderAnalyze(report, names(report)),
      );
      return 0;
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      await write(
        io.stderr,
        `tunnelscope demo: ${(e as Error).message}${typeof code === "string" ? ` [${code}]` : ""}\n`,
      );
      return 1;
    }
  },
};
