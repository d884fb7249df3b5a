/** `tunnelscope coordinator --nats URL [--http HOST:PORT] [credentials]`: the process's main. */
import { parseArgs } from "node:util";
import { connect } from "nats";
import pino from "pino";
import { CoordinatorError } from "../errors.js";
import { CoordinatorHttpServer } from "../http/server.js";
import { Coordinator } from "../nats/coordinator.js";
import type { ReportRenderers } from "../report-plain.js";
import type { CommandIo, CoordinatorCliCommand } from "./io.js";
import { NATS_FLAGS, NATS_FLAGS_HELP, natsConnectFailure, natsConnectOptions } from "./nats-flags.js";

const HELP = `Usage: tunnelscope coordinator [--nats URL] [--http [HOST:]PORT] [credentials]

Serves live sessions: watches the agents (KV bucket), takes 'tunnelscope session run'
requests, commands both agents to start at the same instant, reads their batches from
JetStream and runs the same engine as 'analyze'. Logs JSON lines (pino) on stderr.

With --http it also serves a web page (agents online, start a session, watch it live,
open the report) and a JSON API with a WebSocket live stream:
  GET  /                                 the web page
  GET  /api/agents                       agents online (version, capabilities, interfaces, SAs)
  GET  /api/sessions                     sessions with status and verdict
  POST /api/sessions                     start one: {"a":ID,"b":ID,"durationS":N,
                                         "samplingRate"?:R,"intervalMs"?:MS}
  GET  /api/sessions/ID                  one session's status
  GET  /api/sessions/ID/report           its report: JSON, report.html, report.md
  WS   /api/sessions/ID/live             per-tap figures each second, then the verdict
The HTTP server has NO authentication: it binds to 127.0.0.1 unless HOST says otherwise.
Keep it on localhost, or put it behind a reverse proxy that authenticates users.

Options:
${NATS_FLAGS_HELP}  --http [HOST:]PORT   serve the web page and API (HOST default 127.0.0.1; PORT 0: any free port)
  -h, --help           this help
`;

/** `--http` value → host and port. */
export function parseListen(v: string): { host: string; port: number } | undefined {
  const m = /^(?:(\[[0-9a-fA-F:.]+\]|[^:[\]]+):)?(\d{1,5})$/.exec(v);
  if (m === null) return undefined;
  const port = Number(m[2]);
  if (port > 65535) return undefined;
  const host = (m[1] ?? "127.0.0.1").replace(/^\[(.*)\]$/, "$1");
  return { host, port };
}

/** The coordinator command; the CLI injects its report renderers (HTML and Markdown of `analyze`). */
export function createCoordinatorCommand(renderers: ReportRenderers = {}): CoordinatorCliCommand {
  return {
    help: HELP,
    async run(argv: readonly string[], io: CommandIo): Promise<number> {
      const fail = (m: string, code: string, status: number) => {
        io.stderr.write(`tunnelscope coordinator: ${m} [${code}]\n`);
        return status;
      };
      let values: Record<string, string | boolean | undefined>;
      try {
        ({ values } = parseArgs({
          args: [...argv],
          options: { ...NATS_FLAGS, http: { type: "string" }, help: { type: "boolean", short: "h" } },
        }));
      } catch (e) {
        return fail(`${(e as Error).message} (see --help)`, "COORD_INVALID_REQUEST", 2);
      }
      if (values.help) {
        io.stdout.write(HELP);
        return 0;
      }
      const listen = typeof values.http === "string" ? parseListen(values.http) : undefined;
      if (typeof values.http === "string" && listen === undefined)
        return fail(
          `--http ${values.http}: use [HOST:]PORT, e.g. 127.0.0.1:8080`,
          "COORD_INVALID_REQUEST",
          2,
        );
      let nc: Awaited<ReturnType<typeof connect>>;
      try {
        nc = await connect(await natsConnectOptions(values, "tunnelscope-coordinator"));
      } catch (e) {
        const err = natsConnectFailure(e, values, "the coordinator's");
        return fail(err.message, err.code, 1);
      }
      const root = pino({ base: null }, pino.destination(2));
      const coordinator = new Coordinator(nc, root.child({ component: "coordinator" }));
      let http: CoordinatorHttpServer | undefined;
      try {
        await coordinator.start();
        if (listen !== undefined) {
          http = new CoordinatorHttpServer({
            coordinator,
            log: root.child({ component: "http" }),
            renderers,
          });
          const addr = await http.listen(listen.port, listen.host);
          io.stderr.write(
            `tunnelscope coordinator: web page and API on http://${addr.family === "IPv6" ? `[${addr.address}]` : addr.address}:${addr.port}/ (no authentication)\n`,
          );
        }
      } catch (e) {
        await nc.close();
        if (e instanceof CoordinatorError) return fail(e.message, e.code, 1);
        return fail((e as Error).message, "COORD_NATS", 1);
      }
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
        void nc.closed().then(() => resolve());
      });
      await http?.close();
      await coordinator.stop();
      await nc.drain().catch(() => {});
      return 0;
    },
  };
}

export const coordinatorCommand: CoordinatorCliCommand = createCoordinatorCommand();
