/**
 * `lab run SCENARIO`: bring the lab up if needed, apply the fault, run the traffic
 * (optionally capturing), write the ground truth, clear the fault.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  type CaptureStats,
  type CounterSnapshot,
  type RunningCapture,
  snapshotCounters,
  startCaptures,
} from "./capture.js";
import { LabError } from "./errors.js";
import { applyFaultTo, clearFaultOf } from "./faults.js";
import { labDown, labStatus, labUp } from "./lab.js";
import { preflight } from "./preflight.js";
import { getScenario, type OptionValue, resolveOptions, type ScenarioName, type Truth } from "./scenarios.js";
import { defaultStateDir, type LabState, readState, withLock } from "./state.js";
import { ADDR, NS, TRAFFIC_PORT } from "./topology.js";
import { startTraffic, type TrafficEvent } from "./traffic.js";

/** Wait after the traffic before stopping tcpdump (longer than libpcap's 1 s block timeout). */
const CAPTURE_DRAIN_MS = 1200;

export interface RunScenarioOptions {
  /** Seconds of traffic (default 3). */
  readonly seconds?: number;
  /** Write ga.pcap, gb.pcap, hb-lan.pcap, counters and truth.json here. */
  readonly captureDir?: string;
  /** Keep a lab this run brought up (by default it takes it down again). */
  readonly keep?: boolean;
  /** Scenario options by camelCase name (see `SCENARIOS[name].options`); defaults fill the rest. */
  readonly options?: Readonly<Record<string, OptionValue | undefined>>;
  readonly stateDir?: string;
  readonly log?: (line: string) => void;
}

export interface ScenarioRunResult {
  readonly truth: Truth;
  readonly options: Readonly<Record<string, OptionValue>>;
  readonly seconds: number;
  /** The sender's `done` event: bytesQueued, bytesUnsent, seconds, reason. */
  readonly sender: TrafficEvent;
  /** The receiver's `done` event: bytes, seconds, pauses, reason. */
  readonly receiver: TrafficEvent;
  /** Receiver goodput, bytes per second of traffic. */
  readonly goodput: number;
  readonly captureDir?: string;
  readonly captures?: readonly CaptureStats[];
  /** Whether this run brought the lab up (and, unless `keep`, took it down). */
  readonly broughtUp: boolean;
}

/** Runs one scenario on the lab; see `RunScenarioOptions`. */
export function runScenario(name: string, opts: RunScenarioOptions = {}): Promise<ScenarioRunResult> {
  const scenario = getScenario(name);
  const options = resolveOptions(scenario, opts.options);
  const seconds = opts.seconds ?? 3;
  if (!(seconds > 0 && seconds <= 3600)) {
    throw new LabError("LAB_USAGE", `--seconds must be from 1 to 3600, got ${seconds}`);
  }
  preflight();
  const stateDir = opts.stateDir ?? defaultStateDir();
  const log = opts.log ?? (() => {});
  return withLock(stateDir, async () => {
    let broughtUp = false;
    const st = await labStatus({ stateDir });
    if (!st.up) {
      if (st.stale) {
        throw new LabError("LAB_STALE", "the lab is half up (a crash?); run `tunnelscope lab down` first");
      }
      log("bringing the lab up");
      await labUp({ stateDir, log });
      broughtUp = true;
    }
    try {
      const state = readState(stateDir);
      if (state === undefined) throw new LabError("LAB_NOT_UP", "the lab's state file vanished");
      return await runOn(state, scenario.name, options, seconds, opts.captureDir, log, broughtUp);
    } finally {
      if (broughtUp && opts.keep !== true) {
        log("taking the lab down again");
        await labDown({ stateDir });
      }
    }
  });
}

async function runOn(
  state: LabState,
  name: ScenarioName,
  options: Readonly<Record<string, OptionValue>>,
  seconds: number,
  captureDir: string | undefined,
  log: (line: string) => void,
  broughtUp: boolean,
): Promise<ScenarioRunResult> {
  const truth = getScenario(name).truth(options);
  const readRate = typeof options.readRate === "number" ? options.readRate : 0;
  const rate = typeof options.rate === "number" ? options.rate : 0;
  let capture: RunningCapture | undefined;
  let receiver: ReturnType<typeof startTraffic> | undefined;
  let sender: ReturnType<typeof startTraffic> | undefined;
  try {
    log(`applying ${name}`);
    await applyFaultTo(state, name, options);
    receiver = startTraffic(NS.receiver, "receiver", [
      "--port",
      String(TRAFFIC_PORT),
      "--rate",
      String(readRate),
      "--seconds",
      String(seconds + 10),
    ]);
    await receiver.waitFor("listening", 5000);
    let before: CounterSnapshot | undefined;
    if (captureDir !== undefined) {
      mkdirSync(captureDir, { recursive: true });
      capture = await startCaptures(captureDir);
      before = await snapshotCounters(state);
    }
    log(`sending for ${seconds} s`);
    sender = startTraffic(NS.sender, "sender", [
      "--host",
      ADDR.receiver,
      "--port",
      String(TRAFFIC_PORT),
      "--seconds",
      String(seconds),
      "--rate",
      String(rate),
    ]);
    const sent = await sender.waitFor("done", (seconds + 10) * 1000);
    // the receiver ends on close/reset; give it a moment, then stop it
    const got = await receiver.waitFor("done", 3000).catch(() => {
      receiver?.kill();
      return receiver!.waitFor("done", 2000);
    });
    const goodput = Number(got.bytes) / seconds;
    let captures: CaptureStats[] | undefined;
    if (capture !== undefined && captureDir !== undefined) {
      // tcpdump reads the kernel's TPACKET_V3 ring block by block, and a block is handed over
      // when full or after its 1 s timeout: a stop sooner would lose the last packets.
      await new Promise((r) => setTimeout(r, CAPTURE_DRAIN_MS));
      captures = await capture.stop();
      capture = undefined;
      const after = await snapshotCounters(state);
      const json = (file: string, v: unknown) =>
        writeFileSync(path.join(captureDir, file), `${JSON.stringify(v, null, 2)}\n`);
      json("counters-before.json", before);
      json("counters-after.json", after);
      writeFileSync(path.join(captureDir, "truth.json"), `${JSON.stringify(truth)}\n`);
      json("run.json", {
        scenario: name,
        options,
        seconds,
        replayWindow: state.replayWindow,
        sender: sent,
        receiver: got,
        goodputBytesPerSecond: Math.round(goodput),
        captures,
      });
    }
    return {
      truth,
      options,
      seconds,
      sender: sent,
      receiver: got,
      goodput,
      ...(captureDir !== undefined ? { captureDir } : {}),
      ...(captures !== undefined ? { captures } : {}),
      broughtUp,
    };
  } finally {
    sender?.kill();
    receiver?.kill();
    if (capture !== undefined) await capture.stop().catch(() => []);
    log(`clearing ${name}`);
    await clearFaultOf(state);
  }
}
