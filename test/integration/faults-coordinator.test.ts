/**
 * Coordinator failover with real processes: two coordinators in the queue group, two
 * agents replaying a scenario. The coordinator that took the session is SIGKILLed
 * mid-session; once its KV lease runs out the other takes the session over, reads its
 * batches from the stream from the start, and the report (verdict = truth) reaches the
 * requester — `tunnelscope session run --json`, a process of its own — on the subject it
 * waits on.
 */
import { afterAll, describe, expect, it } from "vitest";
import { SESSIONS_KV_BUCKET } from "../../packages/coordinator/src/nats/lease.js";
import {
  type CliProcess,
  cliMissing,
  startCoordinator,
  startPairSession,
  truth,
} from "../helpers/fault-rig.js";
import { natsSuite } from "../helpers/nats-suite.js";

const missing = cliMissing();
if (missing !== undefined) process.stderr.write(`faults-coordinator: skipped: ${missing}\n`);

describe.skipIf(missing !== undefined)("coordinator killed mid-session", () => {
  const nats = natsSuite();
  const procs: CliProcess[] = [];

  afterAll(async () => {
    await Promise.allSettled(procs.map((p) => p.stop()));
  });

  it("the other coordinator finishes the session from the stream; 'session run' gets the report", async () => {
    const scenario = "healthy";
    const c1 = startCoordinator("coordinator 1", nats.server.url);
    const c2 = startCoordinator("coordinator 2", nats.server.url);
    procs.push(c1, c2);
    await Promise.all([c1, c2].map((c) => c.waitLog((l) => l.msg === "coordinator ready", 20_000)));
    const { a, b, run } = await startPairSession({
      url: nats.server.url,
      nc: nats.nc,
      tag: "fo",
      scenario,
      coordinators: [c1, c2],
      procs,
      durationMs: 8000,
      graceMs: 10_000,
      sessionRun: true,
    });
    const started = (c: CliProcess) => c.lines.find((l) => l.msg === "session started");
    const owner = started(c1) !== undefined ? c1 : c2;
    const other = owner === c1 ? c2 : c1;
    const sessionId = String(started(owner)?.session);
    expect(started(other)).toBeUndefined();
    // mid-replay: the owner dies without a word
    await new Promise((r) => setTimeout(r, 1000));
    await owner.kill();
    const { sessionId: got, report } = await run.catch((e: Error) => {
      throw new Error(`${e.message}\nthe other coordinator's log:\n${other.tail()}`);
    });
    expect(got).toBe(sessionId);
    const taken = await other.waitLog(
      (l) => l.msg?.toString().startsWith("session taken over") === true,
      1000,
    );
    expect(taken.session).toBe(sessionId);
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(truth(scenario));
    expect(report.missing.filter((m) => m.startsWith("agent "))).toEqual([]);
    expect(report.session.timedOut).toBe(false);
    const stops = await Promise.all(
      [a, b].map((p) => p.waitLog((l) => l.msg === "session stopped" && l.session === sessionId, 10_000)),
    );
    expect(report.session.batches).toEqual({ a: stops[0]?.batches, b: stops[1]?.batches });
    // the lease record says who finished it
    const kv = await nats.nc.jetstream().views.kv(SESSIONS_KV_BUCKET);
    const rec = JSON.parse(new TextDecoder().decode((await kv.get(sessionId))?.value));
    expect(rec).toMatchObject({ state: "ended", takeovers: 1 });
    expect(other.child.exitCode).toBeNull();
  }, 90_000);
});
