/**
 * Command-line options of the traffic scripts (run as `ip netns exec NS node SCRIPT …`).
 * Kept tiny and dependency-free: they run inside the lab's namespaces.
 */
import { parseArgs } from "node:util";

export interface TrafficOptions {
  readonly host: string;
  readonly port: number;
  /** Sender: how long to send. Receiver: give up after this long without a finished connection. */
  readonly seconds: number;
  /** Bytes per second; 0 = as fast as possible (sender: unpaced; receiver: read everything). */
  readonly rate: number;
}

/** Parses the traffic script options; throws an Error with a one-line message on bad input. */
export function parseTrafficArgs(argv: readonly string[], defaults: TrafficOptions): TrafficOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      host: { type: "string" },
      port: { type: "string" },
      seconds: { type: "string" },
      rate: { type: "string" },
    },
    strict: true,
  });
  const num = (name: string, v: string | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got '${v}'`);
    return n;
  };
  return {
    host: values.host ?? defaults.host,
    port: num("port", values.port, defaults.port),
    seconds: num("seconds", values.seconds, defaults.seconds),
    rate: num("rate", values.rate, defaults.rate),
  };
}

/** Writes one JSON line on stdout (the parent reads these as events). */
export function emit(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}
