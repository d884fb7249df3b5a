/**
 * Faults with real processes: the summary stream hits its limits (a stream made with a
 * small `max_msgs` and `discard: new`, as an operator might). The agents log one clear
 * error line naming the limit and the fix, keep the refused batches spooled and count
 * them; the coordinator's report names the gap and the full stream — not a silent gap.
 */
import { SUMMARY_STREAM, SUMMARY_STREAM_SUBJECTS } from "@tunnelscope/protocol";
import { DiscardPolicy, nanos } from "nats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestSession } from "../../packages/coordinator/src/index.js";
import {
  type CliProcess,
  cliMissing,
  type LogLine,
  startAgent,
  startCoordinator,
} from "../helpers/fault-rig.js";
import { natsSuite } from "../helpers/nats-suite.js";

const missing = cliMissing();
if (missing !== undefined) process.stderr.write(`faults-jetstream-limits: skipped: ${missing}\n`);

/** Messages the stream takes: a few batches of each agent, then it refuses. */
const MAX_MSGS = 10;

describe.skipIf(missing !== undefined)("JetStream limits reached mid-session", () => {
  const nats = natsSuite();
  const procs: CliProcess[] = [];

  beforeAll(async () => {
    const jsm = await nats.nc.jetstreamManager();
    await jsm.streams.add({
      name: SUMMARY_STREAM,
      subjects: [...SUMMARY_STREAM_SUBJECTS],
      max_msgs: MAX_MSGS,
      discard: DiscardPolicy.New,
      duplicate_window: nanos(60_000),
    });
  });
  afterAll(async () => {
    await Promise.allSettled(procs.map((p) => p.stop()));
  });

  it("agents say which limit and how to fix it, count what they could not store; the report names the gap", async () => {
    const coordinator = startCoordinator("coordinator", nats.server.url);
    const a = startAgent({ id: "lim-a", url: nats.server.url, scenario: "slow-reader", gateway: "a" });
    const b = startAgent({ id: "lim-b", url: nats.server.url, scenario: "slow-reader", gateway: "b" });
    procs.push(coordinator, a, b);
    await coordinator.waitLog((l) => l.msg === "coordinator ready", 20_000);
    for (const id of ["lim-a", "lim-b"])
      await coordinator.waitLog((l) => l.msg === "agent seen" && l.agent === id, 20_000);
    const { report } = await requestSession(nats.nc, {
      a: "lim-a",
      b: "lim-b",
      durationMs: 6000,
      samplingRate: 1,
      intervalMs: 250,
      graceMs: 2000,
    });
    // the coordinator: partial, the gap named, and why
    expect(report.partial).toBe(true);
    expect(report.session.timedOut).toBe(true);
    expect(report.session.batches.a + report.session.batches.b).toBe(MAX_MSGS);
    const gaps = report.missing.filter((m) => m.startsWith("agent "));
    expect(gaps.length, JSON.stringify(report.missing)).toBeGreaterThan(0);
    const full = report.missing.find((m) => m.includes(SUMMARY_STREAM));
    expect(full, JSON.stringify(report.missing)).toMatch(/max_msgs 10/);
    expect(full).toMatch(/raise/);
    const warned = await coordinator.waitLog((l) => /summary stream \S+ is full/.test(String(l.msg)), 5000);
    expect(warned.stream).toBe(SUMMARY_STREAM);
    // each agent: one clear error line naming the limit and the fix, then the count
    for (const agent of [a, b]) {
      const during = (l: LogLine) => l.code === "AGENT_STREAM_LIMIT" && l.unstored === undefined;
      const line = await agent.waitLog(during, 10_000);
      expect(line.level).toBe(50);
      expect(String(line.msg)).toMatch(/maximum messages/);
      expect(String(line.msg)).toMatch(/max_msgs|max_bytes/);
      expect(agent.lines.filter(during)).toHaveLength(1);
    }
    await Promise.all([a.stop(), b.stop()]);
    let refused = 0;
    for (const agent of [a, b]) {
      const stopped = await agent.waitLog((l) => l.msg === "agent stopped", 10_000);
      expect(Number(stopped.spooled) + Number(stopped.spoolDrops)).toBeGreaterThan(0);
      const unstored = await agent.waitLog(
        (l) => l.code === "AGENT_STREAM_LIMIT" && l.unstored !== undefined,
        1000,
      );
      expect(Number(unstored.unstored)).toBe(Number(stopped.spooled));
      refused += Number(unstored.refused);
    }
    expect(refused).toBeGreaterThan(0);
    expect(coordinator.child.exitCode).toBeNull();
  }, 80_000);
});
