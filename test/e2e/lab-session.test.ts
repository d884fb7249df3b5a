/**
 * End to end, live (root): the lab's real strongSwan tunnel → a real nats-server (test
 * helper, reached from the gateway namespaces through a relay on the management address)
 * → a coordinator → a real agent (tcpdump backend) in each gateway namespace →
 * `tunnelscope session run` while a scenario's fault and traffic are on → the verdict is
 * the scenario's ground truth.
 *
 * Holds the cross-process lab lock (packages/lab/test/lab.test.ts uses the lab too).
 * Needs the built CLI (`npm run build`): the agents run as compiled JavaScript.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { connect, type NatsConnection } from "nats";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../packages/cli/src/cli.js";
import { type LabAgent, startLabAgent, waitForHeartbeats } from "../../packages/cli/src/demo/lab-agents.js";
import { type Relay, startRelay } from "../../packages/cli/src/demo/relay.js";
import { LIVE_SCENARIO_OPTIONS } from "../../packages/cli/src/demo/run-demo.js";
import { Coordinator } from "../../packages/coordinator/src/index.js";
import {
  labDown,
  labUp,
  NS,
  runScenario,
  SCENARIO_NAMES,
  scenarioTruth,
} from "../../packages/lab/src/index.js";
import { labWithCliSkipReason } from "../helpers/lab.js";
import { acquireLabLock, type LabLock } from "../helpers/lab-lock.js";
import { NatsTestServer } from "../helpers/nats-server.js";

/**
 * Every lab scenario. Live options (LIVE_SCENARIO_OPTIONS) pace the senders that would
 * otherwise saturate the shared CPU and the agents' per-batch digest budget.
 */
const SCENARIOS = SCENARIO_NAMES;
/** Seconds of traffic per scenario; the session runs SESSION_MARGIN_S longer. */
const TRAFFIC_S = 4;
const SESSION_MARGIN_S = 4;

const reason = labWithCliSkipReason("the agents run the compiled CLI");

async function sessionRun(
  a: string,
  b: string,
  url: string,
): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const o: Buffer[] = [];
  const e: Buffer[] = [];
  out.on("data", (c: Buffer) => o.push(c));
  err.on("data", (c: Buffer) => e.push(c));
  const code = await runCli(
    [
      "session",
      "run",
      "--a",
      a,
      "--b",
      b,
      "--duration",
      String(TRAFFIC_S + SESSION_MARGIN_S),
      "--nats",
      url,
      "--json",
    ],
    { stdout: out, stderr: err, stdin: new PassThrough(), isTty: false },
  );
  return { code, out: Buffer.concat(o).toString(), err: Buffer.concat(e).toString() };
}

describe.skipIf(reason !== undefined)(
  "live session on the lab (root): session run names each scenario's truth",
  () => {
    const work = mkdtempSync(path.join(os.tmpdir(), "tunnelscope-e2e-lab-"));
    let lock: LabLock | undefined;
    let server: NatsTestServer | undefined;
    let relay: Relay | undefined;
    let nc: NatsConnection | undefined;
    let coordinator: Coordinator | undefined;
    const agents: LabAgent[] = [];

    beforeAll(async () => {
      lock = await acquireLabLock();
      process.env.TUNNELSCOPE_LAB_DIR = path.join(work, "state");
      const st = await labUp();
      server = await NatsTestServer.start();
      relay = await startRelay(st.management.rootAddress, { host: "127.0.0.1", port: server.port });
      nc = await connect({ servers: server.url, name: "e2e-lab-session" });
      coordinator = new Coordinator(nc, pino({ level: "warn" }, pino.destination(2)));
      await coordinator.start();
      const agentUrl = `nats://${relay.host}:${relay.port}`;
      await waitForHeartbeats(nc, agents, 30_000, () => {
        agents.push(startLabAgent({ id: "e2e-a", ns: NS.gatewayA, natsUrl: agentUrl }));
        agents.push(startLabAgent({ id: "e2e-b", ns: NS.gatewayB, natsUrl: agentUrl }));
      });
    }, 660_000);

    afterAll(async () => {
      await Promise.allSettled(agents.map((a) => a.stop()));
      await coordinator?.stop();
      await nc?.close().catch(() => {});
      await relay?.close();
      await server?.stop();
      await labDown().catch(() => {});
      rmSync(work, { recursive: true, force: true });
      lock?.release();
    }, 60_000);

    for (const scenario of SCENARIOS) {
      const truth = scenarioTruth(scenario);
      it(`${scenario}: ${truth.location} / ${truth.cause}`, async () => {
        const url = server?.url ?? "";
        const capturing = Promise.all(agents.map((a) => a.nextLog("capturing", 20_000)));
        const session = sessionRun("e2e-a", "e2e-b", url);
        // traffic once both agents' taps are live, so each flow's handshake is in the session
        await capturing;
        const run = await runScenario(scenario, {
          seconds: TRAFFIC_S,
          options: LIVE_SCENARIO_OPTIONS[scenario] ?? {},
        });
        const res = await session;
        const tails = agents.map((a) => `${a.id}: ${a.log().slice(-600)}`).join("\n");
        expect(res.err, tails).toBe("");
        expect(res.code).toBe(0);
        const report = JSON.parse(res.out) as {
          verdict: { location: string; cause: string; evidence: string[] };
          partial: boolean;
          missing: string[];
        };
        expect(
          { location: report.verdict.location, cause: report.verdict.cause },
          `${report.verdict.cause}: ${report.verdict.evidence.slice(0, 3).join(" | ")}; ${report.missing.join("; ")}`,
        ).toEqual({
          location: run.truth.location,
          cause: run.truth.cause,
        });
        // The live view was complete: no agent had to drop digests at its per-batch cap.
        expect(report.missing.filter((m) => m.includes("digests dropped"))).toEqual([]);
      }, 90_000);
    }
  },
);
