/**
 * Every agent option, once: its flag, its environment variable, where it goes in the
 * configuration and its help line. `--help` is generated from this table, so it
 * documents every option.
 */

/** How an option's text becomes a value. */
export type OptionKind = "string" | "int" | "number" | "bool" | "list" | "int-list" | "seconds";

export interface OptionDef {
  /** Flag without the leading `--`. */
  readonly flag: string;
  /** Dotted path in the configuration object (and the YAML file). */
  readonly path: string;
  readonly kind: OptionKind;
  /** Placeholder in the help text. */
  readonly arg: string;
  readonly help: string;
  /** Split list values given in one flag/variable on this (default ","). */
  readonly separator?: string;
}

/** Prefix of every environment variable: the flag upper-cased, '-' → '_'. */
export const ENV_PREFIX = "TUNNELSCOPE_AGENT_";

export function envName(flag: string): string {
  return ENV_PREFIX + flag.toUpperCase().replace(/-/g, "_");
}

export const OPTIONS: readonly OptionDef[] = [
  { flag: "id", path: "id", kind: "string", arg: "ID", help: "agent id, 1-64 of A-Z a-z 0-9 _ - (required)" },
  {
    flag: "host-label",
    path: "hostLabel",
    kind: "string",
    arg: "LABEL",
    help: "gateway label shown in reports",
  },
  {
    flag: "nats",
    path: "nats.servers",
    kind: "list",
    arg: "URL[,URL]",
    help: "NATS server URL(s) (default nats://127.0.0.1:4222)",
  },
  {
    flag: "nats-user",
    path: "nats.user",
    kind: "string",
    arg: "USER",
    help: "NATS user (with --nats-password)",
  },
  {
    flag: "nats-password",
    path: "nats.password",
    kind: "string",
    arg: "PASSWORD",
    help: "NATS password; prefer the environment or the file over a flag",
  },
  {
    flag: "nats-nkey-seed",
    path: "nats.nkeySeedFile",
    kind: "string",
    arg: "FILE",
    help: "file holding the agent's NKey seed (SU…)",
  },
  {
    flag: "nats-creds",
    path: "nats.credsFile",
    kind: "string",
    arg: "FILE",
    help: "NATS .creds file (JWT + seed)",
  },
  {
    flag: "nats-tls-ca",
    path: "nats.tls.ca",
    kind: "string",
    arg: "FILE",
    help: "CA certificate to verify the server",
  },
  {
    flag: "nats-tls-cert",
    path: "nats.tls.cert",
    kind: "string",
    arg: "FILE",
    help: "client certificate (with key)",
  },
  { flag: "nats-tls-key", path: "nats.tls.key", kind: "string", arg: "FILE", help: "client private key" },
  {
    flag: "ensure-stream",
    path: "nats.ensureStream",
    kind: "bool",
    arg: "true|false",
    help: "create the summary stream if missing (default true)",
  },
  { flag: "outer-if", path: "taps.outer", kind: "string", arg: "IF", help: "outer (ESP/underlay) interface" },
  {
    flag: "inner-if",
    path: "taps.inner",
    kind: "string",
    arg: "IF",
    help: "inner (cleartext LAN) interface",
  },
  {
    flag: "tunnel-if",
    path: "taps.tunnel",
    kind: "string",
    arg: "IF",
    help: "route-based tunnel device (ipsec0, vti0, xfrmi): a third tap beside --inner-if, or the inner tap without it",
  },
  {
    flag: "backend",
    path: "capture.backend",
    kind: "string",
    arg: "NAME",
    help: "capture backend: tcpdump (default), raw-socket, file",
  },
  {
    flag: "snaplen",
    path: "capture.snaplen",
    kind: "int",
    arg: "BYTES",
    help: "bytes kept per packet, headers only, 64-256 (default 128)",
  },
  {
    flag: "tcpdump",
    path: "capture.tcpdumpPath",
    kind: "string",
    arg: "PATH",
    help: "tcpdump binary (default tcpdump)",
  },
  {
    flag: "filter-host",
    path: "capture.hosts",
    kind: "list",
    arg: "NET[,NET]",
    help: "capture only these hosts/networks (repeatable)",
  },
  {
    flag: "filter-port",
    path: "capture.ports",
    kind: "int-list",
    arg: "PORT[,PORT]",
    help: "inner tap: only TCP on these ports (repeatable)",
  },
  {
    flag: "filter",
    path: "capture.filter",
    kind: "list",
    arg: "EXPR",
    separator: ";",
    help: "extra BPF expression, and-ed (repeatable; ';' separates in the environment)",
  },
  {
    flag: "replay",
    path: "capture.replayFile",
    kind: "string",
    arg: "FILE",
    help: "replay a pcap/pcapng file (backend file; --outer-if/--inner-if then select interfaces by name or index)",
  },
  {
    flag: "replay-speed",
    path: "capture.replaySpeed",
    kind: "string",
    arg: "SPEED",
    help: "realtime (recorded timing) or max (default)",
  },
  {
    flag: "interval",
    path: "session.intervalMs",
    kind: "int",
    arg: "MS",
    help: "summary interval, 100-60000 ms (default 1000)",
  },
  {
    flag: "sampling-rate",
    path: "session.samplingRate",
    kind: "number",
    arg: "FRACTION",
    help: "default share of packets digested, 0-1 (default 0.01)",
  },
  {
    flag: "max-sessions",
    path: "session.maxSessions",
    kind: "int",
    arg: "N",
    help: "sessions at once (default 4)",
  },
  {
    flag: "session",
    path: "session.autoStart.id",
    kind: "string",
    arg: "ID",
    help: "start this session at launch, without a coordinator",
  },
  {
    flag: "duration",
    path: "session.autoStart.durationMs",
    kind: "seconds",
    arg: "SECONDS",
    help: "length of the --session; 0 = until stopped or the replay ends (default 0)",
  },
  {
    flag: "ring-size",
    path: "digests.ringSize",
    kind: "int",
    arg: "N",
    help: "full-rate digests kept for a collapse (default 4096)",
  },
  {
    flag: "max-digests",
    path: "digests.maxPerBatch",
    kind: "int",
    arg: "N",
    help: "digests per batch at most (default 8192)",
  },
  {
    flag: "esp-gap-burst",
    path: "digests.espGapBurst",
    kind: "int",
    arg: "N",
    help: "ESP gaps in one interval that count as a collapse (default 8)",
  },
  {
    flag: "slice-max-bytes",
    path: "digests.sliceMaxBytes",
    kind: "int",
    arg: "BYTES",
    help: "headers-only pcap of the ring sent with a collapse dump, at most (default 262144; 0 = none)",
  },
  {
    flag: "spool-batches",
    path: "spool.maxBatches",
    kind: "int",
    arg: "N",
    help: "batches kept while NATS is away (default 2048)",
  },
  {
    flag: "spool-bytes",
    path: "spool.maxBytes",
    kind: "int",
    arg: "BYTES",
    help: "bytes kept while NATS is away (default 64 MiB)",
  },
  {
    flag: "heartbeat",
    path: "heartbeat.intervalMs",
    kind: "int",
    arg: "MS",
    help: "heartbeat period (default 5000)",
  },
  {
    flag: "heartbeat-ttl",
    path: "heartbeat.ttlMs",
    kind: "int",
    arg: "MS",
    help: "agents KV entry lifetime (default 30000)",
  },
  {
    flag: "collectors",
    path: "collectors.enabled",
    kind: "bool",
    arg: "true|false",
    help: "read host counters every interval (default true)",
  },
  { flag: "swanctl", path: "collectors.swanctlPath", kind: "string", arg: "PATH", help: "swanctl binary" },
  {
    flag: "swanctl-uri",
    path: "collectors.swanctlUri",
    kind: "string",
    arg: "URI",
    help: "charon's vici socket for swanctl --uri (default: swanctl's own)",
  },
  { flag: "ss", path: "collectors.ssPath", kind: "string", arg: "PATH", help: "ss binary" },
  {
    flag: "ip",
    path: "collectors.ipPath",
    kind: "string",
    arg: "PATH",
    help: "ip binary (ip -s xfrm state)",
  },
  {
    flag: "chronyc",
    path: "collectors.chronycPath",
    kind: "string",
    arg: "PATH",
    help: "chronyc binary (clock-sync state)",
  },
  {
    flag: "timedatectl",
    path: "collectors.timedatectlPath",
    kind: "string",
    arg: "PATH",
    help: "timedatectl binary (clock-sync state when chrony does not answer)",
  },
  {
    flag: "log-level",
    path: "log.level",
    kind: "string",
    arg: "LEVEL",
    help: "fatal, error, warn, info (default), debug, trace, silent",
  },
];
