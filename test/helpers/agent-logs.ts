/**
 * What the NATS tests of the agent share: a pino logger whose lines the test reads back as
 * objects, the poll-until of fault-rig.ts, the "refused agent" check (one NATS error line,
 * not one a retry) and making the summary stream on a fresh server.
 */
import { Writable } from "node:stream";
import { Agent, type AgentConfig } from "@tunnelscope/agent";
import { SUMMARY_STREAM, SUMMARY_STREAM_SUBJECTS } from "@tunnelscope/protocol";
import { type ConnectionOptions, connect } from "nats";
import { type Level, type Logger, pino } from "pino";
import { expect } from "vitest";
import { until } from "./fault-rig.js";

/** Polls a condition (fault-rig.ts), re-exported for the agent tests. */
export { until };

/** A pino logger at `level` whose lines the test reads back as objects. */
export function captureLogger(level: Level = "info"): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split("\n")) if (l.trim() !== "") lines.push(JSON.parse(l));
      cb();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

/**
 * Starts an agent that cannot log in and returns its NATS error line, after checking that
 * it never connected and said it once, not once a retry.
 */
export async function refusedLine(cfg: AgentConfig): Promise<Record<string, unknown>> {
  const { logger, lines } = captureLogger();
  const agent = new Agent({ config: cfg, logger });
  let connected = false;
  void agent.ready.then(() => {
    connected = true;
  });
  try {
    await agent.start();
    const isError = (l: Record<string, unknown>) => l.component === "nats" && l.level === 50;
    await until(() => lines.some(isError), 15_000, "the NATS error line");
    expect(connected).toBe(false);
    const errors = lines.filter(isError);
    // one line, not one per retry
    expect(errors).toHaveLength(1);
    return errors[0] as Record<string, unknown>;
  } finally {
    await agent.stop();
  }
}

/** Connects with `opts`, adds the summary stream and closes. */
export async function addSummaryStream(opts: ConnectionOptions): Promise<void> {
  const nc = await connect(opts);
  try {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.add({ name: SUMMARY_STREAM, subjects: [...SUMMARY_STREAM_SUBJECTS] });
  } finally {
    await nc.close();
  }
}
