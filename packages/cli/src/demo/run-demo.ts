/**
 * `tunnelscope demo`: the lab, a NATS server, a coordinator and an agent in each gateway
 * namespace, one live session while a scenario's fault and traffic run, then the report.
 * Everything it starts it stops again, in reverse order, also on SIGINT/SIGTERM.
 */
import {
  Coordinator,
  requestSession,
  type SessionReport,
  saveEvidenceBeside,
} from "@tunnelscope/coordinator";
import {
  clearFault,
  labDown,
  labStatus,
  labUp,
  NS,
  type OptionValue,
  runScenario,
  type ScenarioRunResult,
} from "@tunnelscope/lab";
import { connect, type NatsConnection } from "nats";
import pino from "pino";
import { type LabAgent, labViciUri, startLabAgent, waitForHeartbeats } from "./lab-agents.js";
import { natsAnswers, startLocalNats } from "./nats.js";
import { startRelay } from "./relay.js";

export interface DemoOptions {
  readonly scenario: string;
  /** Seconds of traffic (default 5). */
  readonly seconds: number;
  readonly options?: Readonly<Record<string, OptionValue | undefined>>;
  /** Progress lines (stderr). */
  readonly progress: (line: string) => void;
  /**
   * Where the HTML report will be written: the session's evidence captures are fetched
   * from the coordinator and saved beside it (`<name>-evidence/`) before it stops.
   */
  readonly htmlFile?: string;
  /** The machine's NATS server to try first (default 127.0.0.1:4222). */
  readonly sharedNats?: { readonly host: string; readonly port: number } | false;
}

export interface DemoResult {
  /** The session's report; with `htmlFile`, its evidence links point at the saved captures. */
  readonly report: SessionReport;
  /** Evidence captures saved beside `htmlFile`, and one line per capture that was not. */
  readonly evidence: { readonly saved: readonly string[]; readonly failures: readonly string[] };
  readonly run: ScenarioRunResult;
}

/**
 * Scenario options for live sessions. The agents share the lab machine's CPU with both
 * gateways' charon, so bulk traffic (the lab's default) can queue in the sending gateway
 * while it encrypts: a real but unintended overload; and at sampling rate 1 it digests more
 * packets per interval than a batch carries (health.digestDrops), leaving holes that look
 * like loss. Paced traffic keeps `underlay-loss` about the underlay alone; for
 * `replay-window-drops` the slow class is slowed to match, so its packets still arrive more
 * than a replay window late and it drains before the fault is cleared.
 */
export const LIVE_SCENARIO_OPTIONS: Readonly<Record<string, Readonly<Record<string, OptionValue>>>> = {
  "underlay-loss": { rate: 1_500_000 },
  "replay-window-drops": { rate: 1_500_000, slowKbit: 400 },
};

/** Seconds the session runs beyond the traffic: fault setup before it, drain after it. */
const SESSION_MARGIN_S = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Cleanup steps, run once, last registered first. */
class Cleanup {
  private readonly steps: { what: string; fn: () => Promise<unknown> }[] = [];
  private running: Promise<void> | undefined;
  constructor(private readonly progress: (line: string) => void) {}
  add(what: string, fn: () => Promise<unknown>): void {
    this.steps.push({ what, fn });
  }
  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step.fn();
        } catch (e) {
          this.progress(`cleanup: ${step.what} failed: ${(e as Error).message}`);
        }
      }
    })();
    return this.running;
  }
}

/** Runs the demo; see the module comment. Throws after cleaning up when a step fails. */
export async function runDemo(opts: DemoOptions): Promise<DemoResult> {
  const say = opts.progress;
  const cleanup = new Cleanup(say);
  const onSignal = (sig: NodeJS.Signals) => {
    say(`${sig}: cleaning up`);
    void cleanup.run().finally(() => process.exit(sig === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const status = await labStatus();
    let mgmt = status.management.rootAddress;
    if (!status.up) {
      say("bringing the lab up (about 5 s)");
      cleanup.add("lab down", async () => {
        say("taking the lab down");
        await labDown();
      });
      mgmt = (await labUp()).management.rootAddress;
    } else say("using the running lab");
    cleanup.add("clear the fault", () => clearFault());

    const shared = opts.sharedNats ?? { host: "127.0.0.1", port: 4222 };
    let coordinatorUrl: string;
    let agentUrl: string;
    if (shared !== false && (await natsAnswers(shared.host, shared.port))) {
      const relay = await startRelay(mgmt, shared);
      cleanup.add("relay", () => relay.close());
      coordinatorUrl = `nats://${shared.host}:${shared.port}`;
      agentUrl = `nats://${relay.host}:${relay.port}`;
      say(
        `using the NATS server on ${shared.host}:${shared.port} (agents reach it through ${relay.host}:${relay.port})`,
      );
    } else {
      const local = await startLocalNats(mgmt);
      cleanup.add("nats-server", async () => {
        say(`stopping nats-server (pid ${local.pid})`);
        await local.stop();
      });
      coordinatorUrl = agentUrl = local.url;
      say(`started nats-server -js on ${local.url.slice(7)} (pid ${local.pid})`);
    }

    const nc: NatsConnection = await connect({ servers: coordinatorUrl, name: "tunnelscope-demo" });
    cleanup.add("nats connection", () => nc.close());
    const log = pino({ level: "warn", base: { component: "demo" } }, pino.destination(2));
    const coordinator = new Coordinator(nc, log.child({ component: "coordinator" }));
    await coordinator.start();
    // a session still running (Ctrl-C) ends with its agents: do not wait for it long
    cleanup.add("coordinator", () => Promise.race([coordinator.stop(), sleep(2000)]));

    const tag = process.pid.toString(36);
    const agents: LabAgent[] = [];
    const heartbeats = waitForHeartbeats(nc, agents, 20_000, () => {
      for (const [id, ns, gw] of [
        [`demo-a-${tag}`, NS.gatewayA, "a"],
        [`demo-b-${tag}`, NS.gatewayB, "b"],
      ] as const) {
        const swanctlUri = labViciUri(status.stateDir, gw);
        const agent = startLabAgent({ id, ns, natsUrl: agentUrl, swanctlUri });
        agents.push(agent);
        cleanup.add(`agent ${id}`, () => agent.stop());
      }
    });
    await heartbeats;
    const [a, b] = agents as [LabAgent, LabAgent];
    say(`agents ${a.id} (in ${NS.gatewayA}) and ${b.id} (in ${NS.gatewayB}) are up`);

    const durationMs = (opts.seconds + SESSION_MARGIN_S) * 1000;
    say(`session of ${durationMs / 1000} s; ${opts.scenario} with ${opts.seconds} s of traffic`);
    const capturing = Promise.all(agents.map((x) => x.nextLog("capturing", 20_000)));
    const session = requestSession(nc, {
      a: a.id,
      b: b.id,
      durationMs,
      samplingRate: 1,
      intervalMs: 0,
      graceMs: 10_000,
    });
    session.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
    await Promise.race([capturing, session]);
    const run = await runScenario(opts.scenario, {
      seconds: opts.seconds,
      options: { ...LIVE_SCENARIO_OPTIONS[opts.scenario], ...opts.options },
      log: (line) => say(`lab: ${line}`),
    });
    say("traffic done; waiting for the session's report");
    const { sessionId, report } = await session;
    if (opts.htmlFile === undefined) return { report, run, evidence: { saved: [], failures: [] } };
    const linked = await saveEvidenceBeside(nc, sessionId, report, opts.htmlFile);
    return { report: linked.report, run, evidence: { saved: linked.saved, failures: linked.failures } };
  } finally {
    await cleanup.run();
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}
