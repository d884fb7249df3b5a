/** `tunnelscope session run --a ID --b ID --duration SECONDS [--nats URL] [--json] [--html FILE]`. */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { connect } from "nats";
import { CoordinatorError } from "../errors.js";
import { requestSession } from "../nats/session-client.js";
import { plainHtml, plainText, type ReportRenderers } from "../report-plain.js";
import { type CommandIo, type CoordinatorCliCommand, DEFAULT_NATS } from "./io.js";

const HELP = `Usage: tunnelscope session run --a ID --b ID --duration SECONDS [--nats URL]
                             [--sampling-rate R] [--json] [--html FILE]

Asks a coordinator for a live session between two agents (one per gateway), waits
for it and prints the verdict, like 'analyze' does for captures.

Options:
  --a ID, --b ID       the agents of the two gateways
  --duration SECONDS   how long both agents capture
  --sampling-rate R    fraction of packets digested, 0 < R <= 1 (default 1: every packet)
  --nats URL           NATS server (default ${DEFAULT_NATS})
  --json               print the report JSON (schema tunnelscope.report/v1) and nothing else
  --html FILE          also write an HTML report to FILE
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
            nats: { type: "string" },
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
      const url = typeof values.nats === "string" ? values.nats : DEFAULT_NATS;
      let nc: Awaited<ReturnType<typeof connect>>;
      try {
        nc = await connect({ servers: url, name: "tunnelscope-session" });
      } catch (e) {
        io.stderr.write(
          `tunnelscope session: cannot connect to ${url}: ${(e as Error).message} [COORD_NATS]\n`,
        );
        return 1;
      }
      try {
        const { report } = await requestSession(nc, {
          a: values.a,
          b: values.b,
          durationMs: Math.round(duration * 1000),
          samplingRate: rate,
          intervalMs: 0,
          graceMs: 10_000,
        });
        if (typeof values.html === "string")
          await writeFile(values.html, (renderers.html ?? plainHtml)(report));
        io.stdout.write(
          values.json ? `${JSON.stringify(report, null, 2)}\n` : (renderers.text ?? plainText)(report),
        );
        return 0;
      } catch (e) {
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
