/**
 * Reads the agent's settings from their three sources and validates them once:
 * defaults < YAML file (`--config FILE` / TUNNELSCOPE_AGENT_CONFIG) < environment
 * (TUNNELSCOPE_AGENT_*) < flags.
 */
import { readFile } from "node:fs/promises";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { AgentError } from "../errors.js";
import { ENV_PREFIX, envName, OPTIONS, type OptionDef } from "./options.js";
import { type AgentConfig, deepMerge, parseConfig } from "./schema.js";

/** Flags that are actions of the command, not settings. */
export const ACTION_FLAGS = {
  config: { type: "string" },
  help: { type: "boolean", short: "h" },
  "probe-pmtu": { type: "string" },
  "probe-max": { type: "string" },
  "probe-if": { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parseOptions(): NonNullable<ParseArgsConfig["options"]> {
  const opts: NonNullable<ParseArgsConfig["options"]> = { ...ACTION_FLAGS };
  for (const o of OPTIONS) {
    opts[o.flag] =
      o.kind === "list" || o.kind === "int-list" ? { type: "string", multiple: true } : { type: "string" };
  }
  return opts;
}

/** Parses the command line; unknown flags and positionals are rejected with one line. */
export function parseAgentArgs(argv: readonly string[]): Values {
  try {
    return parseArgs({ args: [...argv], options: parseOptions(), allowPositionals: false, strict: true })
      .values as Values;
  } catch (err) {
    const msg = (err instanceof Error ? err.message : String(err))
      .replace(/\.?\s*To specify a positional argument.*$/s, "")
      .replace(/\.$/, "");
    throw new AgentError("AGENT_CONFIG_INVALID", `${msg}; see 'tunnelscope agent --help'`, { cause: err });
  }
}

function convert(o: OptionDef, raw: readonly string[], source: string): unknown {
  const bad = (v: string, want: string) =>
    new AgentError("AGENT_CONFIG_INVALID", `${source} wants ${want}, got ${JSON.stringify(v)}`);
  const items =
    o.kind === "list" || o.kind === "int-list" ? raw.flatMap((r) => r.split(o.separator ?? ",")) : raw;
  const values = items
    .map((s) => s.trim())
    .filter((s) => s !== "" || (o.kind !== "list" && o.kind !== "int-list"));
  const last = values[values.length - 1] ?? "";
  switch (o.kind) {
    case "string":
      return last;
    case "list":
      return values;
    case "int":
    case "seconds": {
      if (!/^\d+$/.test(last))
        throw bad(last, o.kind === "int" ? "a whole number" : "a whole number of seconds");
      return o.kind === "int" ? Number(last) : Number(last) * 1000;
    }
    case "int-list":
      return values.map((v) => {
        if (!/^\d+$/.test(v)) throw bad(v, "whole numbers");
        return Number(v);
      });
    case "number": {
      const n = Number(last);
      if (last === "" || !Number.isFinite(n)) throw bad(last, "a number");
      return n;
    }
    case "bool": {
      const v = last.toLowerCase();
      if (["true", "1", "yes", "on"].includes(v)) return true;
      if (["false", "0", "no", "off"].includes(v)) return false;
      throw bad(last, "true or false");
    }
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let at = target;
  for (const k of keys.slice(0, -1)) {
    const next = at[k];
    if (typeof next !== "object" || next === null) at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys[keys.length - 1] as string] = value;
}

/** Settings given in the environment (TUNNELSCOPE_AGENT_*), as a partial configuration. */
export function configFromEnv(env: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = new Set(OPTIONS.map((o) => envName(o.flag)));
  known.add(`${ENV_PREFIX}CONFIG`);
  for (const name of Object.keys(env)) {
    if (name.startsWith(ENV_PREFIX) && !known.has(name)) {
      throw new AgentError(
        "AGENT_CONFIG_INVALID",
        `environment variable ${name} is not an agent setting; see 'tunnelscope agent --help'`,
      );
    }
  }
  for (const o of OPTIONS) {
    const v = env[envName(o.flag)];
    if (v !== undefined) setPath(out, o.path, convert(o, [v], `environment variable ${envName(o.flag)}`));
  }
  return out;
}

/** Settings given as flags, as a partial configuration. */
export function configFromFlags(values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const o of OPTIONS) {
    const v = values[o.flag];
    if (v === undefined) continue;
    const raw = (Array.isArray(v) ? v : [v]).map(String);
    setPath(out, o.path, convert(o, raw, `--${o.flag}`));
  }
  return out;
}

/** Reads and parses the YAML configuration file (an object of settings). */
export async function configFromFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (err as Error).message;
    throw new AgentError("AGENT_CONFIG_FILE", `cannot read configuration file '${file}': ${why}`, {
      cause: err,
    });
  }
  let doc: unknown;
  try {
    doc = parseYaml(text, { prettyErrors: true });
  } catch (err) {
    const where =
      err instanceof YAMLParseError && err.linePos?.[0] !== undefined ? ` (line ${err.linePos[0].line})` : "";
    const first = (err instanceof Error ? err.message : String(err)).split("\n")[0];
    throw new AgentError(
      "AGENT_CONFIG_FILE",
      `configuration file '${file}' is not valid YAML${where}: ${first}`,
      {
        cause: err,
      },
    );
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== "object" || Array.isArray(doc)) {
    throw new AgentError("AGENT_CONFIG_FILE", `configuration file '${file}' must hold a mapping of settings`);
  }
  return doc as Record<string, unknown>;
}

/** The parsed command line and the validated configuration. */
export interface LoadedConfig {
  readonly config: AgentConfig;
  readonly values: Values;
}

/**
 * Builds the configuration from a file, the environment and flags (in rising priority)
 * and validates it with `parseConfig`.
 */
export async function loadConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<LoadedConfig> {
  const values = parseAgentArgs(argv);
  const file = (values.config as string | undefined) ?? env[`${ENV_PREFIX}CONFIG`];
  const fromFile = file === undefined ? {} : await configFromFile(file);
  const merged = deepMerge(deepMerge(fromFile, configFromEnv(env)), configFromFlags(values));
  return { config: parseConfig(merged), values };
}
