/**
 * Wiring: the agent's one pino root logger, the host collectors and the Agent, run
 * until SIGINT/SIGTERM (or until an auto-started session ends), then a clean shutdown
 * that flushes the spool. Adapters receive `logger.child({ component })`.
 */
import process from "node:process";
import { type Logger, pino } from "pino";
import { Agent } from "./agent.js";
import type { AgentConfig } from "./config/schema.js";
import { createHostProbe } from "./host/host-probe.js";

/** The process's root logger: JSON lines on `destination` (stderr in the CLI). */
export function createRootLogger(config: AgentConfig, destination: NodeJS.WritableStream): Logger {
  return pino(
    { level: config.log.level, base: { app: "tunnelscope-agent" }, timestamp: pino.stdTimeFunctions.isoTime },
    destination as unknown as pino.DestinationStream,
  );
}

export interface RunOptions {
  /** Signals that stop the agent (default SIGINT, SIGTERM). */
  readonly signals?: readonly NodeJS.Signals[];
  /** Resolves to stop the agent (tests). */
  readonly stopWhen?: Promise<void>;
}

/** Runs the agent until a signal (or the auto-start session's end); returns the exit code. */
export async function runAgent(
  config: AgentConfig,
  logger: Logger,
  options: RunOptions = {},
): Promise<number> {
  const host =
    config.collectors.enabled && config.capture.backend !== "file"
      ? createHostProbe(config, logger.child({ component: "host" }))
      : undefined;
  const agent = new Agent({ config, logger, ...(host !== undefined ? { host } : {}) });
  const signals = options.signals ?? ["SIGINT", "SIGTERM"];
  let onSignal: ((s: NodeJS.Signals) => void) | undefined;
  const signalled = new Promise<void>((resolve) => {
    onSignal = (s) => {
      logger.info({ signal: s }, "stopping");
      resolve();
    };
    for (const s of signals) process.once(s, onSignal);
  });
  try {
    await host?.start();
    await agent.start();
    const waits: Promise<unknown>[] = [signalled];
    if (options.stopWhen !== undefined) waits.push(options.stopWhen);
    const auto = config.session.autoStart;
    if (auto !== undefined) {
      const s = agent.sessions.get(auto.id);
      if (s !== undefined) waits.push(s.done);
    }
    await Promise.race(waits);
    return 0;
  } finally {
    for (const s of signals) if (onSignal !== undefined) process.off(s, onSignal);
    await agent.stop();
    host?.stop();
  }
}
