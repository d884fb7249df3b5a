/**
 * A whole live setup for API and browser tests: a real nats-server (test/helpers), a
 * coordinator with its HTTP server on a free port (the CLI's analyze renderers), and two
 * real agents replaying a scenario's `ga.pcap`/`gb.pcap` in real time with the agent's
 * file-replay backend, as `gw-a` and `gw-b`.
 */
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { Agent, parseConfig } from "@tunnelscope/agent";
import { connect, type NatsConnection } from "nats";
import pino from "pino";
import { NatsTestServer } from "../../../../test/helpers/nats-server.js";
import { reportRenderers } from "../../../cli/src/commands/session.js";
import { CoordinatorHttpServer } from "../../src/http/server.js";
import { Coordinator } from "../../src/nats/coordinator.js";

export const SCENARIOS = join(import.meta.dirname, "../../../../test/fixtures/scenarios");

/** The scenario's expected verdict (truth.json without its name). */
export function truthOf(scenario: string): { location: string; cause: string } {
  const t = JSON.parse(readFileSync(join(SCENARIOS, scenario, "truth.json"), "utf8"));
  return { location: t.location, cause: t.cause };
}

export interface LiveSetup {
  readonly server: NatsTestServer;
  readonly nc: NatsConnection;
  readonly coordinator: Coordinator;
  readonly http: CoordinatorHttpServer;
  /** `http://127.0.0.1:PORT` */
  readonly base: string;
  stop(): Promise<void>;
}

function replayAgent(url: string, id: string, file: string): Agent {
  return new Agent({
    config: parseConfig({
      id,
      nats: { servers: [url] },
      capture: { backend: "file", replayFile: file, replaySpeed: "realtime" },
      heartbeat: { intervalMs: 500, ttlMs: 5000 },
      collectors: { enabled: false },
      log: { level: "warn" },
    }),
    logger: pino({ level: "warn" }, pino.destination(2)),
  });
}

/** Starts everything; resolves once the coordinator sees both agents. */
export async function startLiveSetup(scenario: string): Promise<LiveSetup> {
  const server = await NatsTestServer.start();
  const nc = await connect({ servers: server.url });
  const log = pino({ level: "warn" }, pino.destination(2));
  const coordinator = new Coordinator(nc, log, { leadMs: 200 });
  await coordinator.start();
  const http = new CoordinatorHttpServer({ coordinator, log, renderers: reportRenderers });
  const base = `http://127.0.0.1:${(await http.listen(0)).port}`;
  const agents = [
    replayAgent(server.url, "gw-a", join(SCENARIOS, scenario, "ga.pcap")),
    replayAgent(server.url, "gw-b", join(SCENARIOS, scenario, "gb.pcap")),
  ];
  for (const a of agents) await a.start();
  for (let i = 0; i < 200 && coordinator.agentIds().length < 2; i++)
    await new Promise((r) => setTimeout(r, 50));
  return {
    server,
    nc,
    coordinator,
    http,
    base,
    async stop() {
      await http.close();
      for (const a of agents) await a.stop();
      await coordinator.stop();
      await nc.drain();
      await server.stop();
    },
  };
}

/**
 * A raw HTTP request to 127.0.0.1:`port`: the path goes out exactly as written (no URL
 * normalisation, so traversal attempts reach the server as sent); the answer must be JSON.
 */
export function rawJson(
  port: number,
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = body === undefined ? {} : { "content-type": "application/json" },
): Promise<{ status: number; json: { error?: string; code?: string } & Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) });
        } catch {
          reject(new Error(`not JSON (${res.statusCode}): ${text.slice(0, 200)}`));
        }
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}
