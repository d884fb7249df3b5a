/**
 * Resource bounds under a flood of a million distinct TCP flows (one SYN each), through
 * the agent's pipeline and through the `inspect` analyzer, each in a child process with
 * --expose-gc (test/helpers/flow-flood-child.mjs) that measures its heap after a GC while
 * the flood goes through. The flow tables are capped: the heap stays under a bound
 * derived from the cap (not from a timing), and what was left out is counted — in the
 * batches' capture health (`evictedFlows`) and in the inspect report (`tcp.evictions`).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const CHILD = fileURLToPath(new URL("../helpers/flow-flood-child.mjs", import.meta.url));
const BUILT = ["agent", "analysis", "cli"].every((p) =>
  existsSync(fileURLToPath(new URL(`../../packages/${p}/dist/index.js`, import.meta.url))),
);
if (!BUILT) process.stderr.write("flow-flood: skipped: the packages are not built (npm run build)\n");

const FLOWS = 1_000_000;
const CAP = 20_000;
/**
 * The heap a tracked flow may cost at most (a pipeline flow has a flow-table entry and a
 * TCP conversation; measured ≈ 2.5-3 KiB at this cap), and the fixed part (buffers,
 * digests, the current chunk). Without the cap a million flows would need well over 1 GiB.
 */
const PER_FLOW = 4 * 1024;
const FIXED = 24 * 1024 * 1024;
const BOUND = FIXED + CAP * PER_FLOW;

interface FloodResult {
  readonly peak: number;
  readonly evicted: number;
  readonly batches: number;
  readonly maxBatchFlows: number;
  readonly reportFlows?: number;
  readonly packets?: number;
}

async function flood(mode: "pipeline" | "inspect"): Promise<FloodResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--expose-gc", CHILD, mode, String(FLOWS), String(CAP)],
    { maxBuffer: 1 << 20 },
  );
  const r = JSON.parse(stdout) as FloodResult;
  process.stderr.write(
    `flow-flood ${mode}: ${FLOWS} flows, cap ${CAP}: heap peak ${(r.peak / 2 ** 20).toFixed(1)} MiB ` +
      `(bound ${(BOUND / 2 ** 20).toFixed(1)} MiB), ${r.evicted} evicted/untracked\n`,
  );
  return r;
}

describe.skipIf(!BUILT)("a million distinct flows", () => {
  it("agent pipeline: heap bounded by the flow cap; the batches' capture health counts what it left out", async () => {
    const r = await flood("pipeline");
    expect(r.peak).toBeLessThan(BOUND);
    expect(r.batches).toBeGreaterThanOrEqual(4); // 1 s of packets in 250 ms intervals
    expect(r.maxBatchFlows).toBeLessThanOrEqual(CAP);
    // every SYN past the cap is a flow the table could not track, counted in evictedFlows
    expect(r.evicted).toBe(FLOWS - CAP);
  }, 120_000);

  it("inspect: heap bounded by the flow cap; evictions counted, the report lists at most the cap", async () => {
    const r = await flood("inspect");
    expect(r.peak).toBeLessThan(BOUND);
    expect(r.packets).toBe(FLOWS); // evicted flows' packets stay in the totals
    expect(r.evicted).toBe(FLOWS - CAP);
    expect(r.reportFlows).toBeLessThanOrEqual(CAP);
  }, 120_000);

  it("tunnelscope inspect on a flood file: says how many connections it evicted, lists a bounded table", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tunnelscope-flood-"));
    try {
      const file = join(dir, "flood.pcap");
      const flows = 100_000; // over the default table of 65536
      const run = promisify(execFile);
      await run(process.execPath, [CHILD, "write", String(flows), file]);
      const cli = fileURLToPath(new URL("../../packages/cli/bin/tunnelscope.mjs", import.meta.url));
      const { stdout } = await run(process.execPath, [cli, "inspect", file], { maxBuffer: 16 << 20 });
      expect(stdout).toMatch(new RegExp(`${flows} packets, ${flows} decoded`));
      expect(stdout).toMatch(/flow table full: (\d+) connections evicted/);
      const evicted = Number(/flow table full: (\d+)/.exec(stdout)?.[1]);
      expect(evicted).toBe(flows - 65536);
      expect(stdout).toMatch(/… 65336 more flow directions \(--json lists them all\)/);
      expect(stdout.length).toBeLessThan(64 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
