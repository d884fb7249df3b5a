/**
 * `lab fixtures DIR`: regenerates the scenario capture set (`test/fixtures/scenarios/`
 * layout: one folder per case with ga.pcap, gb.pcap, hb-lan.pcap, truth.json) from the lab.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LabError } from "./errors.js";
import { labDown, labStatus, labUp } from "./lab.js";
import { runScenario } from "./run-scenario.js";
import type { OptionValue, ScenarioName } from "./scenarios.js";

export interface FixtureCase {
  /** Folder name (the names the committed fixtures use). */
  readonly name: string;
  readonly scenario: ScenarioName;
  readonly options: Readonly<Record<string, OptionValue>>;
}

/** The committed fixture set, by folder name. */
export const FIXTURE_CASES: readonly FixtureCase[] = [
  { name: "healthy", scenario: "healthy", options: {} },
  { name: "slow-reader", scenario: "receiver-not-reading", options: {} },
  { name: "underlay-loss", scenario: "underlay-loss", options: {} },
  { name: "replay-reorder", scenario: "replay-window-drops", options: {} },
  { name: "overload-b", scenario: "gateway-overload", options: { gateway: "b" } },
  { name: "overload-a", scenario: "gateway-overload", options: { gateway: "a" } },
  { name: "buffer-limited", scenario: "receive-buffer-limited", options: {} },
  { name: "mtu-blackhole", scenario: "mtu-blackhole", options: {} },
];

const KEEP = new Set(["ga.pcap", "gb.pcap", "hb-lan.pcap", "truth.json"]);

export interface FixtureOptions {
  readonly seconds?: number;
  /** Only these case names. */
  readonly only?: readonly string[];
  /** Replace case folders that already exist (refused by default). */
  readonly force?: boolean;
  readonly stateDir?: string;
  readonly log?: (line: string) => void;
}

/** Runs every fixture case with capture into `dir/<case>/`; returns the folders written. */
export async function generateFixtures(dir: string, opts: FixtureOptions = {}): Promise<string[]> {
  const cases = FIXTURE_CASES.filter((c) => opts.only === undefined || opts.only.includes(c.name));
  const unknown = (opts.only ?? []).filter((n) => !FIXTURE_CASES.some((c) => c.name === n));
  if (unknown.length > 0) {
    throw new LabError(
      "LAB_USAGE",
      `unknown fixture case ${unknown.join(", ")}; one of: ${FIXTURE_CASES.map((c) => c.name).join(", ")}`,
    );
  }
  for (const c of cases) {
    const target = path.join(dir, c.name);
    if (existsSync(target) && readdirSync(target).length > 0 && opts.force !== true) {
      throw new LabError("LAB_USAGE", `${target} already exists; pass --force to replace it`);
    }
  }
  const lab = opts.stateDir !== undefined ? { stateDir: opts.stateDir } : {};
  const broughtUp = !(await labStatus(lab)).up;
  if (broughtUp) await labUp({ ...lab, ...(opts.log !== undefined ? { log: opts.log } : {}) });
  const written: string[] = [];
  try {
    for (const c of cases) written.push(await generateCase(dir, c, opts));
  } finally {
    if (broughtUp) await labDown(lab);
  }
  return written;
}

async function generateCase(dir: string, c: FixtureCase, opts: FixtureOptions): Promise<string> {
  const target = path.join(dir, c.name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  opts.log?.(`fixture ${c.name}: ${c.scenario}`);
  const r = await runScenario(c.scenario, {
    captureDir: target,
    keep: true,
    options: c.options,
    ...(opts.seconds !== undefined ? { seconds: opts.seconds } : {}),
    ...(opts.stateDir !== undefined ? { stateDir: opts.stateDir } : {}),
    ...(opts.log !== undefined ? { log: opts.log } : {}),
  });
  for (const f of readdirSync(target)) if (!KEEP.has(f)) rmSync(path.join(target, f));
  writeFileSync(
    path.join(target, "truth.json"),
    `${JSON.stringify({ scenario: c.name, location: r.truth.location, cause: r.truth.cause })}\n`,
  );
  return target;
}
