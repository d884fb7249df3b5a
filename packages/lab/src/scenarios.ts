/**
 * The lab's fault scenarios: what each one does, its options, the traffic it runs and its
 * ground truth (DESIGN §5). Pure data and validation: no I/O.
 */
import type { Cause, Location } from "@tunnelscope/analysis";
import { LabError } from "./errors.js";

/** The verdict vocabulary is the analysis engine's (DESIGN §5): a truth is a verdict. */
export type { Cause, Location };

/** What a scenario's captures should be diagnosed as (written to `truth.json`). */
export interface Truth {
  readonly scenario: ScenarioName;
  readonly location: Location;
  readonly cause: Cause;
}

export const SCENARIO_NAMES = [
  "healthy",
  "receiver-not-reading",
  "receive-buffer-limited",
  "underlay-loss",
  "replay-window-drops",
  "gateway-overload",
  "mtu-blackhole",
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export type OptionValue = number | string;

/** One option of a scenario (`--flag` on the command line, camelCase key in the API). */
export interface OptionSpec {
  readonly flag: string;
  readonly description: string;
  readonly default: OptionValue;
  /** Allowed values of a string option; a number option has min/max instead. */
  readonly choices?: readonly string[];
  readonly min?: number;
  readonly max?: number;
}

export interface Scenario {
  readonly name: ScenarioName;
  /** One sentence: the fault and where it sits. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly truth: (options: Readonly<Record<string, OptionValue>>) => Truth;
}

/** Sender pacing, common to every scenario (0 = bulk, as fast as TCP allows). */
const RATE = (dflt: number): OptionSpec => ({
  flag: "rate",
  description: "sender pacing in bytes/s (0 = bulk)",
  default: dflt,
  min: 0,
  max: 1e9,
});

const RMEM = (dflt: number): OptionSpec => ({
  flag: "rmem",
  description: "maximum of net.ipv4.tcp_rmem in the receiver's namespace, bytes",
  default: dflt,
  min: 4096,
  max: 64 * 1024 * 1024,
});

function fixed(scenario: ScenarioName, location: Location, cause: Cause) {
  return (): Truth => ({ scenario, location, cause });
}

/** Every scenario, by name. */
export const SCENARIOS: Readonly<Record<ScenarioName, Scenario>> = {
  healthy: {
    name: "healthy",
    description: "no fault; the sender is paced well below the tunnel's capacity",
    options: { rate: RATE(1_000_000) },
    truth: fixed("healthy", "none", "healthy"),
  },
  "receiver-not-reading": {
    name: "receiver-not-reading",
    description: "the receiving application reads slowly from a small receive buffer: zero windows",
    options: {
      rate: RATE(0),
      readRate: {
        flag: "read-rate",
        description: "receiver's reading speed, bytes/s",
        default: 40_000,
        min: 1,
        max: 1e9,
      },
      rmem: RMEM(65_536),
    },
    truth: fixed("receiver-not-reading", "receiver-host", "receiver-not-reading"),
  },
  "receive-buffer-limited": {
    name: "receive-buffer-limited",
    description:
      "tiny tcp_rmem at the receiver plus a user-space delay bridge between WAN router and gateway B: the window caps throughput",
    options: {
      rate: RATE(0),
      rmem: RMEM(32_768),
      delayMs: {
        flag: "delay-ms",
        description: "one-way delay added by the delay bridge, each direction, ms",
        default: 20,
        min: 0,
        max: 1000,
      },
    },
    truth: fixed("receive-buffer-limited", "receiver-host", "receive-buffer-limited"),
  },
  "underlay-loss": {
    name: "underlay-loss",
    description:
      "the WAN router drops a random share of ESP-in-UDP (port 4500) from A to B (nftables numgen)",
    options: {
      rate: RATE(0),
      lossPercent: {
        flag: "loss-percent",
        description: "share of ESP packets from A to B dropped, percent",
        default: 3,
        min: 1,
        max: 100,
      },
    },
    truth: fixed("underlay-loss", "underlay", "underlay-loss"),
  },
  "replay-window-drops": {
    name: "replay-window-drops",
    description:
      "the WAN router holds a random share of ESP towards B in a slow HTB class, so it arrives behind the replay window",
    options: {
      rate: RATE(0),
      sharePercent: {
        flag: "share-percent",
        description: "share of ESP packets towards B sent through the slow class, percent",
        default: 4,
        min: 1,
        max: 100,
      },
      slowKbit: {
        flag: "slow-kbit",
        description: "rate of the slow HTB class, kbit/s",
        default: 1000,
        min: 8,
        max: 1_000_000,
      },
    },
    truth: fixed("replay-window-drops", "receiver-gateway", "replay-window-drops"),
  },
  "gateway-overload": {
    name: "gateway-overload",
    description: "a CPU quota (cgroup) on one gateway's charon: packets queue and die inside that gateway",
    options: {
      rate: RATE(0),
      gateway: {
        flag: "gateway",
        description: "the loaded gateway: a or b",
        default: "b",
        choices: ["a", "b"],
      },
      cpuPercent: {
        flag: "cpu-percent",
        description: "CPU quota of that gateway's charon, percent of one CPU",
        default: 8,
        min: 1,
        max: 100,
      },
    },
    truth: (o) => ({
      scenario: "gateway-overload",
      location: o.gateway === "a" ? "sender-gateway" : "receiver-gateway",
      cause: "gateway-overload",
    }),
  },
  "mtu-blackhole": {
    name: "mtu-blackhole",
    description: "gateway B's WAN interface gets a small MTU: larger ESP frames vanish, no ICMP",
    options: {
      rate: RATE(0),
      mtu: { flag: "mtu", description: "MTU of gateway B's WAN veth", default: 1200, min: 576, max: 1500 },
    },
    truth: fixed("mtu-blackhole", "underlay", "mtu-blackhole"),
  },
};

export function isScenarioName(name: string): name is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(name);
}

/** The scenario called `name`, or a usage error listing the valid names. */
export function getScenario(name: string): Scenario {
  if (!isScenarioName(name)) {
    throw new LabError("LAB_USAGE", `unknown scenario '${name}'; one of: ${SCENARIO_NAMES.join(", ")}`);
  }
  return SCENARIOS[name];
}

/**
 * Fills in defaults and validates the options of a scenario. Keys are the camelCase
 * option names; values may be strings (from the command line) or numbers.
 */
export function resolveOptions(
  scenario: Scenario,
  given: Readonly<Record<string, OptionValue | undefined>> = {},
): Readonly<Record<string, OptionValue>> {
  const out: Record<string, OptionValue> = {};
  for (const key of Object.keys(given)) {
    if (given[key] !== undefined && scenario.options[key] === undefined) {
      const flag = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const valid = Object.values(scenario.options).map((o) => `--${o.flag}`);
      throw new LabError(
        "LAB_USAGE",
        `--${flag} does not apply to scenario ${scenario.name} (its options: ${valid.join(", ") || "none"})`,
      );
    }
  }
  for (const [key, spec] of Object.entries(scenario.options)) {
    const v = given[key];
    if (v === undefined) {
      out[key] = spec.default;
      continue;
    }
    if (spec.choices !== undefined) {
      const s = String(v);
      if (!spec.choices.includes(s)) {
        throw new LabError(
          "LAB_USAGE",
          `--${spec.flag} must be one of ${spec.choices.join(", ")}, got '${s}'`,
        );
      }
      out[key] = s;
      continue;
    }
    const n = typeof v === "number" ? v : Number(v);
    if (
      (typeof v === "string" && v.trim() === "") ||
      !Number.isFinite(n) ||
      n < (spec.min ?? -Infinity) ||
      n > (spec.max ?? Infinity)
    ) {
      throw new LabError(
        "LAB_USAGE",
        `--${spec.flag} must be a number from ${spec.min} to ${spec.max}, got '${String(v)}'`,
      );
    }
    out[key] = n;
  }
  return Object.freeze(out);
}

/** The ground truth of a scenario run with the given options (defaults filled in). */
export function scenarioTruth(
  name: string,
  options?: Readonly<Record<string, OptionValue | undefined>>,
): Truth {
  const scenario = getScenario(name);
  return scenario.truth(resolveOptions(scenario, options));
}
