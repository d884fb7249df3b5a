/**
 * The agent's configuration: its shape, its defaults (in one place: {@link DEFAULTS}) and
 * `parseConfig`, which validates with a zod schema, rejects conflicting fields by name
 * and returns a deeply frozen {@link AgentConfig}.
 *
 * Where the values come from (YAML file, environment, flags) is `load.ts`'s business:
 * `parseConfig` takes the merged plain object.
 */
import { isValidId } from "@tunnelscope/protocol";
import { z } from "zod";
import { filterPartProblem, isValidInterfaceName, normalizeNet } from "../capture/filter.js";
import { AgentError } from "../errors.js";

/** Capture backends (DESIGN §3). */
export const BACKENDS = ["tcpdump", "raw-socket", "file"] as const;
export type BackendName = (typeof BACKENDS)[number];
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The agent's validated, frozen configuration. */
export interface AgentConfig {
  /** Agent id: NATS subject token and KV key. */
  readonly id: string;
  /** Operator label of the gateway (never read from the host). */
  readonly hostLabel: string;
  readonly nats: {
    readonly servers: readonly string[];
    readonly user?: string;
    readonly password?: string;
    readonly nkeySeedFile?: string;
    readonly credsFile?: string;
    readonly tls?: { readonly ca?: string; readonly cert?: string; readonly key?: string };
    /** Create the summary stream when it does not exist (needs the permission to). */
    readonly ensureStream: boolean;
  };
  /**
   * Capture interfaces per tap (live backends), or interface selectors (file replay).
   * `tunnel` is a route-based tunnel device (vti, xfrmi, strongSwan's `ipsec0`): the
   * cleartext side as it enters and leaves the tunnel, a third tap beside `inner` (the
   * site LAN), or the inner tap itself when `inner` is not set.
   */
  readonly taps: { readonly outer?: string; readonly inner?: string; readonly tunnel?: string };
  readonly capture: {
    readonly backend: BackendName;
    /** Bytes kept per packet: headers only. */
    readonly snaplen: number;
    readonly tcpdumpPath: string;
    /** Restrict capture to these hosts/networks. */
    readonly hosts: readonly string[];
    /** Restrict the inner tap's TCP to these ports. */
    readonly ports: readonly number[];
    /** Extra BPF expressions (validated parts). */
    readonly filter: readonly string[];
    readonly replayFile?: string;
    readonly replaySpeed: "realtime" | "max";
  };
  readonly session: {
    /** Summary interval. */
    readonly intervalMs: number;
    /** Default digest sampling rate as a fraction of packets (0..1). */
    readonly samplingRate: number;
    readonly maxSessions: number;
    /** Start this session at launch (no coordinator needed), e.g. for a replay. */
    readonly autoStart?: { readonly id: string; readonly durationMs: number };
  };
  readonly digests: {
    /** Full-rate digests kept for a collapse (ring buffer, packets). */
    readonly ringSize: number;
    /** Most digests in one batch (more are counted in health.digest_drops). */
    readonly maxPerBatch: number;
    /** ESP sequence gaps within one interval that count as a collapse. */
    readonly espGapBurst: number;
    /** Shortest time between two full-rate dumps. */
    readonly collapseCooldownMs: number;
    /** Largest headers-only pcap of the ring sent with a dump (bytes); 0 = none. */
    readonly sliceMaxBytes: number;
  };
  readonly spool: { readonly maxBatches: number; readonly maxBytes: number };
  readonly heartbeat: { readonly intervalMs: number; readonly ttlMs: number };
  readonly collectors: {
    readonly enabled: boolean;
    readonly swanctlPath: string;
    /** charon's vici socket for swanctl (`--uri`), e.g. unix:///var/run/charon.vici; default swanctl's own. */
    readonly swanctlUri?: string;
    readonly ssPath: string;
    /** iproute2's `ip` (for `ip -s xfrm state`). */
    readonly ipPath: string;
    /** chrony's `chronyc` and systemd's `timedatectl` (clock-sync state). */
    readonly chronycPath: string;
    readonly timedatectlPath: string;
  };
  readonly log: { readonly level: LogLevel };
}

/** Every default, in one place. */
export const DEFAULTS = {
  hostLabel: "",
  nats: { servers: ["nats://127.0.0.1:4222"], ensureStream: true },
  taps: {},
  capture: {
    backend: "tcpdump",
    snaplen: 128,
    tcpdumpPath: "tcpdump",
    hosts: [],
    ports: [],
    filter: [],
    replaySpeed: "max",
  },
  session: { intervalMs: 1000, samplingRate: 0.01, maxSessions: 4 },
  digests: {
    ringSize: 4096,
    maxPerBatch: 8192,
    espGapBurst: 8,
    collapseCooldownMs: 10_000,
    sliceMaxBytes: 256 * 1024,
  },
  spool: { maxBatches: 2048, maxBytes: 64 * 1024 * 1024 },
  heartbeat: { intervalMs: 5000, ttlMs: 30_000 },
  collectors: {
    enabled: true,
    swanctlPath: "swanctl",
    ssPath: "ss",
    ipPath: "ip",
    chronycPath: "chronyc",
    timedatectlPath: "timedatectl",
  },
  log: { level: "info" },
} as const;

/** Smallest and largest snaplen: headers only (DESIGN §4), enough for SLL2+IPv6+TCP options. */
export const SNAPLEN_MIN = 64;
export const SNAPLEN_MAX = 256;

const path = z.string().min(1, "must not be empty");
const posInt = (max: number) => z.number().int().min(1).max(max);
const iface = z.string().refine(isValidInterfaceName, {
  message: "not an interface name (1-15 of A-Z a-z 0-9 _ . : @ -, not starting with '-')",
});
const natsUrl = z
  .string()
  .regex(/^(nats|tls|ws|wss):\/\/[^\s/]+(:\d+)?\/?$|^[^\s/:]+:\d+$/, "not a NATS URL (nats://HOST:PORT)");

const schema = z.strictObject({
  id: z.string().refine(isValidId, { message: "use 1-64 of A-Z a-z 0-9 _ - (no dots or wildcards)" }),
  hostLabel: z.string().max(128),
  nats: z.strictObject({
    servers: z.array(natsUrl).min(1, "give at least one server URL"),
    user: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    nkeySeedFile: path.optional(),
    credsFile: path.optional(),
    tls: z.strictObject({ ca: path.optional(), cert: path.optional(), key: path.optional() }).optional(),
    ensureStream: z.boolean(),
  }),
  taps: z.strictObject({ outer: iface.optional(), inner: iface.optional(), tunnel: iface.optional() }),
  capture: z.strictObject({
    backend: z.enum(BACKENDS),
    snaplen: z.number().int().min(SNAPLEN_MIN).max(SNAPLEN_MAX),
    tcpdumpPath: path,
    hosts: z.array(z.string().refine((h) => normalizeNet(h) !== undefined, "not an IP address or network")),
    ports: z.array(z.number().int().min(1).max(65535)),
    filter: z
      .array(
        z.string().superRefine((p, ctx) => {
          const problem = filterPartProblem(p);
          if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
        }),
      )
      .max(16),
    replayFile: path.optional(),
    replaySpeed: z.enum(["realtime", "max"]),
  }),
  session: z.strictObject({
    intervalMs: z.number().int().min(100).max(60_000),
    samplingRate: z.number().min(0).max(1),
    maxSessions: posInt(64),
    autoStart: z
      .strictObject({
        id: z.string().refine(isValidId, { message: "use 1-64 of A-Z a-z 0-9 _ -" }),
        // 0 = until stopped or the replay ends (the one default outside DEFAULTS: autoStart itself is optional)
        durationMs: z.number().int().min(0).default(0),
      })
      .optional(),
  }),
  digests: z.strictObject({
    ringSize: posInt(1 << 20),
    maxPerBatch: z.number().int().min(0).max(100_000),
    espGapBurst: posInt(1 << 20),
    collapseCooldownMs: z.number().int().min(0),
    // under the 1 MiB message cap together with a full-rate digest dump
    sliceMaxBytes: z
      .number()
      .int()
      .min(0)
      .max(512 * 1024),
  }),
  spool: z.strictObject({ maxBatches: posInt(1_000_000), maxBytes: posInt(8 * 1024 * 1024 * 1024) }),
  heartbeat: z.strictObject({ intervalMs: z.number().int().min(100), ttlMs: z.number().int().min(1000) }),
  collectors: z.strictObject({
    enabled: z.boolean(),
    swanctlPath: path,
    swanctlUri: z
      .string()
      .regex(/^(unix|tcp):\/\/\S+$/, "not a vici URI (unix:///path/charon.vici or tcp://host:port)")
      .optional(),
    ssPath: path,
    ipPath: path,
    chronycPath: path,
    timedatectlPath: path,
  }),
  log: z.strictObject({ level: z.enum(LOG_LEVELS) }),
});

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `over` on top of `base`, recursively for plain objects; arrays and scalars replace. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
  return out;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function conflicts(c: z.infer<typeof schema>): string[] {
  const out: string[] = [];
  const n = c.nats;
  const auth = [
    n.password !== undefined ? "nats.password" : undefined,
    n.nkeySeedFile !== undefined ? "nats.nkeySeedFile" : undefined,
    n.credsFile !== undefined ? "nats.credsFile" : undefined,
  ].filter((x): x is string => x !== undefined);
  if (auth.length > 1) out.push(`${auth.join(" and ")} conflict: choose one way to authenticate`);
  if (n.password !== undefined && n.user === undefined) out.push("nats.password needs nats.user");
  if (n.user !== undefined && n.password === undefined) out.push("nats.user needs nats.password");
  if (n.user !== undefined && (n.nkeySeedFile !== undefined || n.credsFile !== undefined)) {
    out.push(
      `nats.user and ${n.nkeySeedFile !== undefined ? "nats.nkeySeedFile" : "nats.credsFile"} conflict`,
    );
  }
  if ((n.tls?.cert === undefined) !== (n.tls?.key === undefined)) {
    out.push("nats.tls.cert and nats.tls.key go together: give both or neither");
  }
  const cap = c.capture;
  if (cap.backend === "file" && cap.replayFile === undefined) {
    out.push("capture.backend file needs capture.replayFile (--replay FILE)");
  }
  if (cap.backend !== "file" && cap.replayFile !== undefined) {
    out.push(`capture.replayFile and capture.backend ${cap.backend} conflict: a replay uses backend file`);
  }
  const t = c.taps;
  if (cap.backend !== "file" && t.outer === undefined && t.inner === undefined && t.tunnel === undefined) {
    out.push(
      `capture.backend ${cap.backend} needs taps.outer, taps.inner and/or taps.tunnel (--outer-if/--inner-if/--tunnel-if)`,
    );
  }
  // outer and inner may share an interface (a one-armed gateway); the tunnel device may not
  for (const [a, b] of [
    ["outer", "tunnel"],
    ["inner", "tunnel"],
  ] as const) {
    if (t[a] !== undefined && t[a] === t[b] && cap.backend !== "file") {
      out.push(`taps.${a} and taps.${b} are both '${t[a]}': give each tap its own interface`);
    }
  }
  if (t.tunnel === "any") out.push("taps.tunnel 'any' is not a tunnel device: name it (e.g. ipsec0, vti0)");
  if (c.heartbeat.ttlMs <= c.heartbeat.intervalMs) {
    out.push("heartbeat.ttlMs must be longer than heartbeat.intervalMs, or the entry expires between beats");
  }
  return out;
}

/**
 * Validates a merged configuration object (defaults are applied first) and returns it
 * frozen. Throws AGENT_CONFIG_INVALID naming every bad field, or AGENT_CONFIG_CONFLICT
 * naming the conflicting ones.
 */
export function parseConfig(input: unknown): AgentConfig {
  if (!isPlainObject(input)) {
    throw new AgentError("AGENT_CONFIG_INVALID", "configuration: expected an object of settings");
  }
  const merged = deepMerge(structuredClone(DEFAULTS), input);
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const where = i.path.join(".") || "configuration";
      const keys = i.code === "unrecognized_keys" ? ` (${i.keys.join(", ")}: unknown setting)` : "";
      return `${where}: ${i.message}${keys}`;
    });
    throw new AgentError("AGENT_CONFIG_INVALID", `invalid configuration: ${lines.join("; ")}`);
  }
  const problems = conflicts(parsed.data);
  if (problems.length > 0) {
    throw new AgentError("AGENT_CONFIG_CONFLICT", `conflicting configuration: ${problems.join("; ")}`);
  }
  return deepFreeze(parsed.data as AgentConfig);
}
