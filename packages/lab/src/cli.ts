/**
 * `tunnelscope lab up|down|status|run|scenarios|fixtures`: the command line of the lab.
 * Errors are one line on stderr with their stable code; a stack trace only with
 * TUNNELSCOPE_DEBUG=1.
 */
import { parseArgs } from "node:util";
import { LabError } from "./errors.js";
import { generateFixtures } from "./fixtures.js";
import { labDown, labStatus, labUp } from "./lab.js";
import { runScenario } from "./run-scenario.js";
import { getScenario, type OptionValue, SCENARIO_NAMES, SCENARIOS } from "./scenarios.js";

/** Where the lab CLI writes. */
export interface LabCliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

function scenarioHelp(): string {
  return SCENARIO_NAMES.map((n) => {
    const s = SCENARIOS[n];
    const t = s.truth(Object.fromEntries(Object.entries(s.options).map(([k, o]) => [k, o.default])));
    const opts = Object.values(s.options)
      .map(
        (o) =>
          `      --${o.flag} ${o.choices ? o.choices.join("|") : "N"}  ${o.description} (default ${o.default})`,
      )
      .join("\n");
    return `  ${n.padEnd(24)}${s.description}\n      truth: ${t.location} / ${t.cause}\n${opts}`;
  }).join("\n");
}

export const LAB_USAGE = `Usage:
  tunnelscope lab up [--replay-window N] [--json]
  tunnelscope lab down
  tunnelscope lab status                       (JSON: up, namespaces, management address, SAs)
  tunnelscope lab run SCENARIO [--seconds N] [--capture DIR] [--keep] [--json] [scenario options]
  tunnelscope lab scenarios [--json]
  tunnelscope lab fixtures DIR [--seconds N] [--only CASE,…] [--force]

A real strongSwan IKEv2 tunnel (kernel-libipsec, ESP-in-UDP 4500, AES-GCM) between network
namespaces: sender 10.1.0.10 — gateway A — WAN router — gateway B — receiver 10.2.0.10.
Needs root. 'run' brings the lab up if it is down (and takes it down after, unless --keep),
applies the fault, sends TCP for --seconds (default 3) and clears the fault. With --capture
it writes ga.pcap, gb.pcap, hb-lan.pcap, counters-before/after.json, run.json, truth.json.

Scenarios:
${scenarioHelp()}
`;

const SCENARIO_FLAGS: Record<string, string> = {};
for (const s of Object.values(SCENARIOS)) {
  for (const [key, o] of Object.entries(s.options)) SCENARIO_FLAGS[o.flag] = key;
}

function parse(argv: readonly string[]) {
  const options: Record<string, { type: "string" | "boolean" }> = {
    help: { type: "boolean" },
    json: { type: "boolean" },
    seconds: { type: "string" },
    capture: { type: "string" },
    keep: { type: "boolean" },
    force: { type: "boolean" },
    only: { type: "string" },
    "replay-window": { type: "string" },
  };
  for (const flag of Object.keys(SCENARIO_FLAGS)) options[flag] = { type: "string" };
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new LabError("LAB_USAGE", `${(err as Error).message.split("\n")[0]}; see 'tunnelscope lab --help'`);
  }
}

type Values = ReturnType<typeof parse>["values"];

function str(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

function positiveInt(values: Values, name: string, max: number): number | undefined {
  const v = str(values, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new LabError("LAB_USAGE", `--${name} must be a whole number from 1 to ${max}, got '${v}'`);
  }
  return n;
}

/** Rejects options that do not belong to the subcommand. */
function only(values: Values, sub: string, allowed: readonly string[]): void {
  for (const [k, v] of Object.entries(values)) {
    if (v !== undefined && k !== "help" && !allowed.includes(k)) {
      throw new LabError("LAB_USAGE", `--${k} does not apply to 'lab ${sub}'; see 'tunnelscope lab --help'`);
    }
  }
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.write(text, (e) => (e ? reject(e) : resolve())));
}

/**
 * Runs `tunnelscope lab …` (argv without the leading `lab`) and returns the exit code:
 * 0 success, 2 usage error, 1 any other error (one line on stderr).
 */
export async function runLabCli(argv: readonly string[], io: LabCliIo): Promise<number> {
  const progress = (line: string) => {
    io.stderr.write(`lab: ${line}\n`);
  };
  try {
    const { values, positionals } = parse(argv);
    const [sub, ...rest] = positionals;
    if (values.help === true || sub === "help" || sub === undefined) {
      await write(io.stdout, LAB_USAGE);
      return sub === undefined && values.help !== true ? 2 : 0;
    }
    const noMore = () => {
      if (rest.length > 0)
        throw new LabError("LAB_USAGE", `unexpected argument '${rest[0]}' after 'lab ${sub}'`);
    };
    switch (sub) {
      case "up": {
        noMore();
        only(values, sub, ["replay-window", "json"]);
        const replayWindow = positiveInt(values, "replay-window", 4096);
        const st = await labUp({ log: progress, ...(replayWindow !== undefined ? { replayWindow } : {}) });
        await write(
          io.stdout,
          values.json === true
            ? `${JSON.stringify(st, null, 2)}\n`
            : `lab is up: ${st.hosts.sender.address} → ${st.hosts.receiver.address} through the tunnel; ` +
                `agents reach the root namespace at ${st.management.rootAddress}\n`,
        );
        return 0;
      }
      case "down": {
        noMore();
        only(values, sub, []);
        const removed = await labDown({ log: progress });
        await write(
          io.stdout,
          removed.length === 0
            ? "lab: nothing to remove\n"
            : `lab is down (${removed.length} items removed)\n`,
        );
        return 0;
      }
      case "status": {
        noMore();
        only(values, sub, ["json"]);
        await write(io.stdout, `${JSON.stringify(await labStatus(), null, 2)}\n`);
        return 0;
      }
      case "scenarios": {
        noMore();
        only(values, sub, ["json"]);
        if (values.json === true) {
          const list = SCENARIO_NAMES.map((n) => {
            const s = SCENARIOS[n];
            return { name: n, description: s.description, options: s.options, truth: getTruthDefaults(n) };
          });
          await write(io.stdout, `${JSON.stringify(list, null, 2)}\n`);
        } else await write(io.stdout, `${scenarioHelp()}\n`);
        return 0;
      }
      case "run": {
        const [name, ...extra] = rest;
        if (name === undefined)
          throw new LabError("LAB_USAGE", "lab run needs a SCENARIO; see 'tunnelscope lab --help'");
        if (extra.length > 0)
          throw new LabError("LAB_USAGE", `unexpected argument '${extra[0]}' after the scenario`);
        getScenario(name);
        const scenarioOptions: Record<string, OptionValue> = {};
        for (const [flag, key] of Object.entries(SCENARIO_FLAGS)) {
          const v = str(values, flag);
          if (v !== undefined) scenarioOptions[key] = v;
        }
        only(values, sub, ["seconds", "capture", "keep", "json", ...Object.keys(SCENARIO_FLAGS)]);
        const seconds = positiveInt(values, "seconds", 3600);
        const capture = str(values, "capture");
        const r = await runScenario(name, {
          options: scenarioOptions,
          keep: values.keep === true,
          log: progress,
          ...(seconds !== undefined ? { seconds } : {}),
          ...(capture !== undefined ? { captureDir: capture } : {}),
        });
        if (values.json === true) await write(io.stdout, `${JSON.stringify(r, null, 2)}\n`);
        else {
          const mb = (Number(r.receiver.bytes) / 1e6).toFixed(2);
          await write(
            io.stdout,
            `${name}: receiver got ${mb} MB in ${r.seconds} s (${(r.goodput / 1e6).toFixed(2)} MB/s); ` +
              `truth ${r.truth.location} / ${r.truth.cause}` +
              (r.captureDir !== undefined ? `; captures in ${r.captureDir}` : "") +
              "\n",
          );
        }
        return 0;
      }
      case "fixtures": {
        const [dir, ...extra] = rest;
        if (dir === undefined) throw new LabError("LAB_USAGE", "lab fixtures needs a target DIR");
        if (extra.length > 0) throw new LabError("LAB_USAGE", `unexpected argument '${extra[0]}'`);
        only(values, sub, ["seconds", "only", "force"]);
        const seconds = positiveInt(values, "seconds", 3600);
        const onlyCases = str(values, "only")
          ?.split(",")
          .filter((s) => s !== "");
        const written = await generateFixtures(dir, {
          log: progress,
          force: values.force === true,
          ...(seconds !== undefined ? { seconds } : {}),
          ...(onlyCases !== undefined ? { only: onlyCases } : {}),
        });
        await write(io.stdout, `${written.join("\n")}\n`);
        return 0;
      }
      default:
        throw new LabError("LAB_USAGE", `unknown lab command '${sub}'; see 'tunnelscope lab --help'`);
    }
  } catch (err) {
    await write(io.stderr, `tunnelscope lab: ${describeError(err)}\n`).catch(() => {});
    if (process.env.TUNNELSCOPE_DEBUG === "1" && err instanceof Error && err.stack !== undefined) {
      await write(io.stderr, `${err.stack}\n`).catch(() => {});
    }
    return err instanceof LabError && err.code === "LAB_USAGE" ? 2 : 1;
  }
}

function getTruthDefaults(name: (typeof SCENARIO_NAMES)[number]) {
  const s = SCENARIOS[name];
  return s.truth(Object.fromEntries(Object.entries(s.options).map(([k, o]) => [k, o.default])));
}

/** One line: the message and the code of a `LabError`; other errors as their first line. */
export function describeError(err: unknown): string {
  if (err instanceof LabError) return `${err.message.split("\n")[0]} [${err.code}]`;
  if (err instanceof Error) return err.message.split("\n")[0] ?? "";
  return String(err);
}
