/**
 * Fleet scale: scripts/fleet.mjs against a real nats-server (test helper, monitoring port
 * on): 100 agent pairs replaying fixtures, two coordinator processes in the queue group.
 * Every session gets a report with its scenario's verdict, both coordinators take a
 * share, and the figures (sessions/s, broker bytes/s, coordinator memory) are printed.
 * Figures are printed, never asserted (no timed assertions).
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliMissing } from "../helpers/fault-rig.js";
import { freePort, NatsTestServer } from "../helpers/nats-server.js";

const SCRIPT = fileURLToPath(new URL("../../scripts/fleet.mjs", import.meta.url));
const PAIRS = 100;
const missing = cliMissing();
if (missing !== undefined) process.stderr.write(`fleet: skipped: ${missing}\n`);

interface FleetResult {
  readonly sessions: number;
  readonly right: number;
  readonly wrong: readonly string[];
  readonly seconds: number;
  readonly sessionsPerSecond: number;
  readonly brokerBytesPerSecond: number;
  readonly coordinators: readonly { name: string; sessions: number; peakRssMiB: number }[];
}

describe.skipIf(missing !== undefined)("fleet", () => {
  let server: NatsTestServer;
  let monitorPort: number;

  beforeAll(async () => {
    monitorPort = await freePort();
    server = await NatsTestServer.start({ config: `http_port: ${monitorPort}\n` });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it(`${PAIRS} agent pairs, two coordinators: every session's verdict is its truth, both coordinators share the load`, async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        SCRIPT,
        "--pairs",
        String(PAIRS),
        "--nats",
        server.url,
        "--monitor",
        `http://127.0.0.1:${monitorPort}`,
        "--json",
      ],
      { maxBuffer: 1 << 20 },
    ).catch((e: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`fleet script failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
    });
    const r = JSON.parse(stdout) as FleetResult;
    process.stderr.write(
      `fleet: ${r.sessions} sessions in ${r.seconds} s: ${r.sessionsPerSecond} sessions/s, ` +
        `broker ${(r.brokerBytesPerSecond / 2 ** 20).toFixed(2)} MiB/s, ` +
        r.coordinators
          .map((c) => `${c.name} ${c.sessions} sessions, peak RSS ${c.peakRssMiB} MiB`)
          .join("; ") +
        "\n",
    );
    expect(r.wrong).toEqual([]);
    expect(r.sessions).toBe(PAIRS);
    expect(r.right).toBe(PAIRS);
    expect(r.coordinators).toHaveLength(2);
    expect(r.coordinators.reduce((n, c) => n + c.sessions, 0)).toBe(PAIRS);
    for (const c of r.coordinators) {
      expect(c.sessions).toBeGreaterThan(0);
      expect(c.peakRssMiB).toBeGreaterThan(0);
    }
    expect(r.brokerBytesPerSecond).toBeGreaterThan(0);
  }, 120_000);
});
