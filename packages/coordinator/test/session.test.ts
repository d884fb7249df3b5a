import { readFileSync } from "node:fs";
import { join } from "node:path";
import { connect, type NatsConnection } from "nats";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsTestServer } from "../../../test/helpers/nats-server.js";
import { Coordinator } from "../src/nats/coordinator.js";
import { requestSession } from "../src/nats/session-client.js";
import { FakeAgent, type FakeAgentOptions } from "./helpers/fake-agent.js";

const SCENARIOS = join(import.meta.dirname, "../../../test/fixtures/scenarios");
const ADDR = {
  aOuter: new Uint8Array([192, 0, 2, 1]),
  aInner: new Uint8Array([10, 1, 0, 1]),
  bOuter: new Uint8Array([198, 51, 100, 1]),
  bInner: new Uint8Array([10, 2, 0, 1]),
};

let server: NatsTestServer;
let nc: NatsConnection;
let coordinator: Coordinator;
const logs: Record<string, unknown>[] = [];
let n = 0;

beforeAll(async () => {
  server = await NatsTestServer.start();
  nc = await connect({ servers: server.url });
  const log = pino(
    { level: process.env.DEBUG_LOGS ? "debug" : "info" },
    { write: (s: string) => logs.push(JSON.parse(s)) },
  );
  coordinator = new Coordinator(nc, log.child({ component: "coordinator" }), { leadMs: 100 });
  await coordinator.start();
});

afterAll(async () => {
  if (process.env.DEBUG_LOGS) console.log(JSON.stringify(logs));
  await coordinator?.stop();
  await nc?.drain();
  await server?.stop();
});

async function session(
  scenario: string,
  a: Partial<FakeAgentOptions> = {},
  b: Partial<FakeAgentOptions> = {},
  graceMs = 20_000,
) {
  n++;
  const ga = new FakeAgent(nc, `gw-a${n}`, {
    file: join(SCENARIOS, scenario, "ga.pcap"),
    outerAddress: ADDR.aOuter,
    innerAddress: ADDR.aInner,
    ...a,
  });
  const gb = new FakeAgent(nc, `gw-b${n}`, {
    file: join(SCENARIOS, scenario, "gb.pcap"),
    outerAddress: ADDR.bOuter,
    innerAddress: ADDR.bInner,
    ...b,
  });
  await ga.start();
  await gb.start();
  // the coordinator learns the agents' addresses from the KV watch
  for (let i = 0; i < 50 && !coordinator.agentIds().includes(gb.id); i++)
    await new Promise((r) => setTimeout(r, 20));
  if (process.env.DEBUG_LOGS)
    setTimeout(
      () => console.log("published", ga.published.length, gb.published.length, ga.error, gb.error),
      5000,
    );
  try {
    return await requestSession(nc, {
      a: ga.id,
      b: gb.id,
      durationMs: 500,
      samplingRate: 1,
      intervalMs: 250,
      graceMs,
    });
  } finally {
    if (ga.error || gb.error) console.error("fake agent failed", ga.error ?? gb.error);
    ga.stop();
    gb.stop();
  }
}

function truth(scenario: string): { location: string; cause: string } {
  const t = JSON.parse(readFileSync(join(SCENARIOS, scenario, "truth.json"), "utf8"));
  return { location: t.location, cause: t.cause };
}

describe("live session with two fake agents replaying a scenario", () => {
  for (const scenario of ["healthy", "underlay-loss", "replay-reorder", "slow-reader", "mtu-blackhole"]) {
    it(`${scenario}: the verdict equals truth.json`, async () => {
      const { report } = await session(scenario);
      expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(truth(scenario));
      expect(report.schema).toBe("tunnelscope.report/v1");
      expect(report.missing.filter((m) => m.startsWith("agent "))).toEqual([]);
      expect(report.session.timedOut).toBe(false);
      expect(report.session.rejected).toBe(0);
      expect(report.session.approximate).toEqual([]);
    });
  }

  it("agents that predate PacketDigest.interface: the verdict still equals truth.json (inferred taps)", async () => {
    const { report } = await session("underlay-loss", { legacy: true }, { legacy: true });
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(
      truth("underlay-loss"),
    );
    expect(report.session.rejected).toBe(0);
  });

  it("clock skew: B's clock 3.5 s ahead gives the same verdict, offset found within its bound", async () => {
    const shift = 3_500_000;
    const { report } = await session("underlay-loss", {}, { clockShiftUs: shift });
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(
      truth("underlay-loss"),
    );
    expect(report.clock.boundUs).not.toBeNull();
    expect(Math.abs(report.clock.offsetUs - shift)).toBeLessThanOrEqual((report.clock.boundUs ?? 0) + 1000);
  });

  it("garbage and a batch whose agent id is not its subject's are counted, rejected, logged once; the session goes on", async () => {
    const { report } = await session("healthy", { garbage: true });
    expect(report.session.rejected).toBe(2);
    expect(report.verdict.cause).toBe("healthy");
    expect(report.missing.filter((m) => m.startsWith("agent "))).toEqual([]);
    const rejected = logs.filter((l) => l.msg === "message rejected");
    expect(rejected.length).toBe(1); // one subject, logged once
    expect(String(rejected[0]?.subject)).toMatch(/^tunnelscope\.v1\.summary\./);
    // still serving
    const again = await session("slow-reader");
    expect(again.report.verdict.cause).toBe(truth("slow-reader").cause);
  });

  it("one agent silent: after the timeout the report is partial and names the missing agent", async () => {
    const { report } = await session("healthy", {}, { silent: true }, 1000);
    expect(report.partial).toBe(true);
    expect(report.session.timedOut).toBe(true);
    expect(report.missing).toContain(`agent gw-b${n}: no batch received (silent agent)`);
  });

  it("an unknown agent is refused at once with COORD_AGENT_UNREACHABLE", async () => {
    await expect(
      requestSession(nc, {
        a: "nobody-a",
        b: "nobody-b",
        durationMs: 100,
        samplingRate: 1,
        intervalMs: 0,
        graceMs: 0,
      }),
    ).rejects.toMatchObject({ code: "COORD_AGENT_UNREACHABLE" });
  });
});
