/**
 * Faults with real processes: a nats-server (test helper), a coordinator and two agents,
 * each a child process of the built CLI, the agents replaying a scenario's captures at
 * their recorded speed. (a) the broker restarts mid-session: the report is complete, no
 * batch counted twice, the verdict is the scenario's truth; (b) an agent is SIGKILLed
 * mid-session: the report is partial, names that agent and the gap, and still says what
 * the other agent saw.
 */
import { decodeSummaryBatch, SUMMARY_STREAM, type SummaryBatch } from "@tunnelscope/protocol";
import { connect, type NatsConnection } from "nats";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type CliProcess,
  cliMissing,
  type LogLine,
  startCoordinator,
  startPairSession,
  truth,
} from "../helpers/fault-rig.js";
import { NatsTestServer } from "../helpers/nats-server.js";

const missing = cliMissing();
if (missing !== undefined) process.stderr.write(`faults-session: skipped: ${missing}\n`);

/** Every batch of a session in the stream, with its Nats-Msg-Id. */
async function streamBatches(nc: NatsConnection, sessionId: string) {
  const jsm = await nc.jetstreamManager();
  const info = await jsm.streams.info(SUMMARY_STREAM);
  const out: { batch: SummaryBatch; id: string | undefined }[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const m = await jsm.streams.getMessage(SUMMARY_STREAM, { seq }).catch(() => undefined);
    if (m === undefined) continue;
    const d = decodeSummaryBatch(m.data);
    if (d.ok && d.value.sessionId === sessionId)
      out.push({ batch: d.value, id: m.header.get("Nats-Msg-Id") });
  }
  return out;
}

const sessionStopped = (id: string) => (l: LogLine) => l.msg === "session stopped" && l.session === id;

describe.skipIf(missing !== undefined)("faults with real processes", () => {
  let server: NatsTestServer;
  let nc: NatsConnection;
  let coordinator: CliProcess;
  const procs: CliProcess[] = [];

  beforeAll(async () => {
    server = await NatsTestServer.start();
    coordinator = startCoordinator("coordinator", server.url);
    procs.push(coordinator);
    await coordinator.waitLog((l) => l.msg === "coordinator ready", 20_000);
    nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
  });
  afterEach(async () => {
    // agents of one test are not the next test's
    await Promise.allSettled(procs.filter((p) => p !== coordinator).map((p) => p.stop()));
  });
  afterAll(async () => {
    await Promise.allSettled(procs.map((p) => p.stop()));
    await nc?.close();
    await server?.stop();
  });

  const pair = (
    tag: string,
    scenario: string,
    durationMs: number,
    graceMs: number,
    agentArgs: string[] = [],
  ) =>
    startPairSession({
      url: server.url,
      nc,
      tag,
      scenario,
      coordinators: [coordinator],
      procs,
      durationMs,
      graceMs,
      agentArgs,
    });

  it("(a) broker restarted mid-session: the report is complete, no batch twice, verdict = truth", async () => {
    const scenario = "healthy";
    const { a, b, run } = await pair("brk", scenario, 10_000, 15_000);
    // mid-replay (the captures last about 3.5 s): the broker goes away for a second
    await new Promise((r) => setTimeout(r, 1200));
    await server.restart(1000);
    const { sessionId, report } = await run;
    const [stopA, stopB] = await Promise.all([a, b].map((p) => p.waitLog(sessionStopped(sessionId), 15_000)));
    // both agents noticed the outage and drained their spool
    for (const p of [a, b]) {
      expect(p.lines.some((l) => l.msg === "disconnected from NATS; spooling batches")).toBe(true);
      expect(p.lines.some((l) => l.msg === "reconnected to NATS; draining the spool")).toBe(true);
    }
    // the outage fell inside the session: batches waited in a spool
    const spooled = [a, b].flatMap((p) =>
      p.lines
        .filter((l) => l.msg === "reconnected to NATS; draining the spool")
        .map((l) => Number(l.spooled)),
    );
    expect(Math.max(...spooled)).toBeGreaterThan(0);
    // complete: nothing missing from either agent (other "missing" lines are the engine's, not gaps)
    expect(report.missing.filter((m) => m.startsWith("agent "))).toEqual([]);
    expect(report.session.timedOut).toBe(false);
    expect(report.session.batches).toEqual({ a: stopA?.batches, b: stopB?.batches });
    const stream = await streamBatches(nc, sessionId);
    for (const agent of ["brk-a", "brk-b"]) {
      const seqs = stream.filter((x) => x.batch.agentId === agent).map((x) => x.batch.batchSeq);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs.sort((x, y) => x - y)).toEqual(seqs.map((_, i) => i + 1));
    }
    expect(stream.filter((x) => x.batch.agentId === "brk-a")).toHaveLength(Number(stopA?.batches));
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(truth(scenario));
    // the coordinator kept running through the outage
    expect(coordinator.child.exitCode).toBeNull();
  }, 80_000);

  it("(b) an agent SIGKILLed mid-session: the report is partial, names the agent and the gap, gives what it can", async () => {
    const scenario = "slow-reader";
    const { a, b, run } = await pair("kil", scenario, 6000, 2000);
    // a few batches out, then B dies without a word
    await new Promise((r) => setTimeout(r, 1500));
    await b.kill();
    const { sessionId, report } = await run;
    const stopA = await a.waitLog(sessionStopped(sessionId), 15_000);
    expect(report.partial).toBe(true);
    expect(report.session.timedOut).toBe(true);
    const gap = report.missing.filter((m) => m.startsWith("agent kil-b"));
    expect(gap.length, JSON.stringify(report.missing)).toBeGreaterThan(0);
    expect(gap.join(" ")).toMatch(/final batch not received|no batch received/);
    expect(report.missing.filter((m) => m.startsWith("agent kil-a"))).toEqual([]);
    // what A saw is all there, and the report still has flows and a verdict
    expect(report.session.batches.a).toBe(stopA.batches);
    expect(report.session.batches.b).toBeLessThan(report.session.batches.a);
    expect(report.session.digests.a).toBeGreaterThan(0);
    expect(report.flows.length).toBeGreaterThan(0);
    expect(report.verdict.location).toMatch(/\S/);
  }, 80_000);

  it("(c) a broker outage longer than the spool: drops counted in capture health, the report names the gap", async () => {
    const scenario = "slow-reader";
    const { a, run } = await pair("spl", scenario, 6000, 15_000, ["--spool-batches", "3"]);
    // 250 ms intervals, 3 batches of spool: a 2 s outage overflows it
    await new Promise((r) => setTimeout(r, 800));
    await server.restart(2000);
    const { sessionId, report } = await run;
    await a.waitLog(sessionStopped(sessionId), 15_000);
    // one line when the spool overflowed, one with the count when it drained
    expect(a.lines.filter((l) => String(l.msg).startsWith("spool full"))).toHaveLength(1);
    const drained = await a.waitLog(
      (l) => l.msg === "spool drained; batches dropped while it was full",
      15_000,
    );
    const dropped = Number(drained.dropped);
    expect(dropped).toBeGreaterThan(0);
    // the seqs A never stored are the batches its spool dropped
    const stream = await streamBatches(nc, sessionId);
    const ofA = stream.filter((x) => x.batch.agentId === "spl-a");
    const seqs = new Set(ofA.map((x) => x.batch.batchSeq));
    const lost = Array.from({ length: Math.max(...seqs) }, (_, i) => i + 1).filter((s) => !seqs.has(s));
    expect(lost.length).toBe(dropped);
    // the published batches' capture health tells them (all but what the last pushes dropped)
    const told = ofA.reduce((n, x) => n + Number(x.batch.health?.spoolDrops ?? 0), 0);
    expect(told).toBeGreaterThan(0);
    expect(told).toBeLessThanOrEqual(dropped);
    expect(told).toBeGreaterThan(dropped / 2);
    // the report: partial, the gap named by its batch numbers, the rest still used
    expect(report.partial).toBe(true);
    const gap = report.missing.find((m) => m.startsWith("agent spl-a: batch"));
    expect(gap, JSON.stringify(report.missing)).toMatch(/missing/);
    expect(gap).toContain(String(lost[0]));
    expect(report.missing).toContain(
      `agent spl-a: its spool dropped ${told} batches while NATS could not take them: those intervals are missing; ` +
        "raise --spool-batches/--spool-bytes or keep the broker reachable",
    );
    expect(report.session.batches.a).toBe(seqs.size);
    expect(report.flows.length).toBeGreaterThan(0);
  }, 80_000);
});
