/** `tunnelscope session run --a ID --b ID --duration SECONDS [--nats URL] [--json] [--html FILE]`. */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { connect } from "nats";
import { CoordinatorError } from "../errors.js";
import { requestSession } from "../nats/session-client.js";
import { plainHtml, plainText, type ReportRenderers } from "../report-plain.js";
import { saveEvidenceBeside } from "./evidence-files.js";
import type { CommandIo, CoordinatorCliCommand } from "./io.js";
import { NATS_FLAGS, NATS_FLAGS_HELP, natsConnectFailure, natsConnectOptions } from "./nats-flags.js";
import { ProgressLine, type ProgressStream } from "./progress.js";

const HELP = `Usage: tunnelscope session run --a ID --b ID --duration SECONDS [--nats URL]
                             [--sampling-rate R] [--json] [--html FILE] [credentials]

Asks a coordinator for a live session between two agents (one per gateway), waits
for it and prints the verdict, like 'analyze' does for captures. On a terminal,
stderr shows the progress while it runs: elapsed and remaining time, packets per tap
and current throughput. With --json, or when stderr is not a terminal, only the
result is printed.

Options:
  --a ID, --b ID       the agents of the two gateways
  --duration SECONDS   how long both agents capture
  --sampling-rate R    fraction of packets digested, 0 < R <= 1 (default 1: every packet)
${NATS_FLAGS_HELP}  --json               print the report JSON (schema tunnelscope.report/v1) and nothing else
  --html FILE          also write an HTML report to FILE, and the session's evidence
                       captures (headers-only pcapng) beside it in FILE's name + '-evidence/'
  -h, --help           this help

Exit status: 0 reported (whatever the verdict), 1 no coordinator/agent or no report, 2 usage error.
`;

/** Renderers `session run` can be given (text and HTML are used). */
export type SessionRenderers = Pick<ReportRenderers, "text" | "html">;

export function createSessionCommand(renderers: SessionRenderers = {}): CoordinatorCliCommand {
  return {
    help: HELP,
    async run(argv: readonly string[], io: CommandIo): Promise<number> {
      const usage = (m: string) => {
        io.stderr.write(
          `tunnelscope session: ${m} (see tunnelscope session run --help) [COORD_INVALID_REQUEST]\n`,
        );
        return 2;
      };
      const [sub, ...rest] = argv;
      if (sub === "-h" || sub === "--help") {
        io.stdout.write(HELP);
        return 0;
      }
      if (sub !== "run") return usage(`unknown sub-command ${sub ?? "(none)"}: use 'session run'`);
      let values: Record<string, string | boolean | undefined>;
      try {
        ({ values } = parseArgs({
          args: rest,
          options: {
            a: { type: "string" },
            b: { type: "string" },
            duration: { type: "string" },
            "sampling-rate": { type: "string" },
            ...NATS_FLAGS,
            json: { type: "boolean" },
            html: { type: "string" },
            help: { type: "boolean", short: "h" },
          },
        }));
      } catch (e) {
        return usage((e as Error).message);
      }
      if (values.help) {
        io.stdout.write(HELP);
        return 0;
      }
      if (typeof values.a !== "string" || typeof values.b !== "string")
        return usage("--a and --b are required");
      const duration = Number(values.duration);
      if (!(duration > 0)) return usage("--duration SECONDS (a positive number) is required");
      const rate = values["sampling-rate"] === undefined ? 1 : Number(values["sampling-rate"]);
      if (!(rate > 0 && rate <= 1)) return usage("--sampling-rate must be in (0, 1]");
      let nc: Awaited<ReturnType<typeof connect>>;
      try {
        nc = await connect(await natsConnectOptions(values, "tunnelscope-session"));
      } catch (e) {
        const err = natsConnectFailure(e, values, "session run's");
        io.stderr.write(`tunnelscope session: ${err.message} [${err.code}]\n`);
        return 1;
      }
      const progress = new ProgressLine(
        values.json ? { write: () => true } : (io.stderr as unknown as ProgressStream),
        duration,
      );
      try {
        const { sessionId, report } = await requestSession(
          nc,
          {
            a: values.a,
            b: values.b,
            durationMs: Math.round(duration * 1000),
            samplingRate: rate,
            intervalMs: 0,
            graceMs: 10_000,
          },
          progress.enabled
            ? {
                onStarted: (_id, startAtMs) => progress.started(startAtMs),
                onFrame: (f) => progress.frame(f),
              }
            : {},
        );
        progress.done();
        if (typeof values.html === "string") {
          const linked = await saveEvidenceBeside(nc, sessionId, report, values.html);
          await writeFile(values.html, (renderers.html ?? plainHtml)(linked.report));
          for (const f of linked.failures) io.stderr.write(`tunnelscope session: ${f}\n`);
        }
        io.stdout.write(
          values.json ? `${JSON.stringify(report, null, 2)}\n` : (renderers.text ?? plainText)(report),
        );
        return 0;
      } catch (e) {
        progress.done();
        const code = e instanceof CoordinatorError ? e.code : "COORD_NATS";
        io.stderr.write(`tunnelscope session: ${(e as Error).message} [${code}]\n`);
        return 1;
      } finally {
        await nc.close();
      }
    },
  };
}

export const sessionCommand: CoordinatorCliCommand = createSessionCommand();
