/** `tunnelscope coordinator --nats URL [--http HOST:PORT]`: the process's main. */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { connect } from "nats";
import pino from "pino";
import { Coordinator } from "../nats/coordinator.js";
import { type CommandIo, type CoordinatorCliCommand, DEFAULT_NATS } from "./io.js";

const HELP = `Usage: tunnelscope coordinator [--nats URL] [--http HOST:PORT]

Serves live sessions: watches the agents (KV bucket), takes 'tunnelscope session run'
requests, commands both agents to start at the same instant, reads their batches from
JetStream and runs the same engine as 'analyze'. Logs JSON lines (pino) on stderr.

Options:
  --nats URL         NATS server (default ${DEFAULT_NATS})
  --http HOST:PORT   also serve GET /agents, /sessions, /sessions/<id> (report JSON)
  -h, --help         this help
`;

export const coordinatorCommand: CoordinatorCliCommand = {
  help: HELP,
  async run(argv: readonly string[], io: CommandIo): Promise<number> {
    let values: { nats?: string | undefined; http?: string | undefined; help?: boolean | undefined };
    try {
      ({ values } = parseArgs({
        args: [...argv],
        options: {
          nats: { type: "string" },
          http: { type: "string" },
          help: { type: "boolean", short: "h" },
        },
      }));
    } catch (e) {
      io.stderr.write(
        `tunnelscope coordinator: ${(e as Error).message} (see --help) [COORD_INVALID_REQUEST]\n`,
      );
      return 2;
    }
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const root = pino({ base: { component: "main" } }, pino.destination(2));
    let nc: Awaited<ReturnType<typeof connect>>;
    try {
      nc = await connect({ servers: values.nats ?? DEFAULT_NATS, name: "tunnelscope-coordinator" });
    } catch (e) {
      io.stderr.write(
        `tunnelscope coordinator: cannot connect to ${values.nats ?? DEFAULT_NATS}: ${(e as Error).message} [COORD_NATS]\n`,
      );
      return 1;
    }
    const coordinator = new Coordinator(nc, root.child({ component: "coordinator" }));
    await coordinator.start();
    let server: ReturnType<typeof createServer> | undefined;
    if (values.http !== undefined) {
      const m = /^(.*):(\d+)$/.exec(values.http);
      if (m === null) {
        io.stderr.write(
          `tunnelscope coordinator: --http ${values.http}: use HOST:PORT [COORD_INVALID_REQUEST]\n`,
        );
        await nc.close();
        return 2;
      }
      server = createServer((req, res) => {
        const url = req.url ?? "/";
        let body: unknown;
        if (url === "/agents") body = coordinator.agentIds();
        else if (url === "/sessions") body = coordinator.sessionIds();
        else if (url.startsWith("/sessions/")) body = coordinator.report(decodeURIComponent(url.slice(10)));
        res.writeHead(body === undefined ? 404 : 200, { "content-type": "application/json" });
        res.end(JSON.stringify(body ?? { error: "not found" }));
      });
      server.listen(Number(m[2]), m[1]);
      root.child({ component: "http" }).info({ listen: values.http }, "http serving");
    }
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
      void nc.closed().then(() => resolve());
    });
    server?.close();
    await coordinator.stop();
    await nc.drain().catch(() => {});
    return 0;
  },
};
