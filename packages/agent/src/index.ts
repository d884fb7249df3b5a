/**
 * @tunnelscope/agent — captures packet headers beside an IPsec gateway and publishes
 * per-interval summaries over NATS (DESIGN §3–4). The CLI registers `agentCommand`.
 */
export type { AgentCounters, AgentOptions, HostProbe } from "./agent.js";
export { AGENT_VERSION, Agent } from "./agent.js";
export { createSources } from "./capture/factory.js";
export type { FilterSpec } from "./capture/filter.js";
export {
  BASE_FILTER,
  buildFilter,
  filterPartProblem,
  isValidInterfaceName,
  normalizeNet,
  validateInterfaceName,
} from "./capture/filter.js";
export type { RawSocketOptions } from "./capture/raw-socket.js";
export { RawSocketSource } from "./capture/raw-socket.js";
export type { ReplayOptions } from "./capture/replay.js";
export { ReplaySource } from "./capture/replay.js";
export type { CaptureSource, CaptureStats, TapBinding } from "./capture/source.js";
export type { TcpdumpOptions } from "./capture/tcpdump.js";
export { TcpdumpSource, tcpdumpArgs } from "./capture/tcpdump.js";
export type { TcpdumpStats } from "./capture/tcpdump-stats.js";
export { parseTcpdumpStats } from "./capture/tcpdump-stats.js";
export type { CommandIo } from "./cli.js";
export { agentCommand } from "./cli.js";
export { agentHelp } from "./config/help.js";
export type { LoadedConfig } from "./config/load.js";
export { configFromEnv, configFromFile, configFromFlags, loadConfig, parseAgentArgs } from "./config/load.js";
export type { OptionDef, OptionKind } from "./config/options.js";
export { ENV_PREFIX, envName, OPTIONS } from "./config/options.js";
export type { AgentConfig, BackendName, LogLevel } from "./config/schema.js";
export {
  BACKENDS,
  DEFAULTS,
  deepMerge,
  LOG_LEVELS,
  parseConfig,
  SNAPLEN_MAX,
  SNAPLEN_MIN,
} from "./config/schema.js";
export type { AgentErrorCode } from "./errors.js";
export { AGENT_ERROR_CODES, AgentError, isAgentError } from "./errors.js";
export { parseChronyTracking, parseTimedatectlShow, UNKNOWN_CLOCK } from "./host/clock-sync.js";
export type { HostProbeHandle, HostProbeOptions } from "./host/host-probe.js";
export { createHostProbe, mergeSas, toIpsecSa } from "./host/host-probe.js";
export type { ParsedSa, ViciSection } from "./host/ipsec-sas.js";
export { parseSwanctlRawSas, parseViciEvents, parseXfrmState, saCounters } from "./host/ipsec-sas.js";
export type { SsSocket, SwanctlSa } from "./host/parsers.js";
export {
  parseProcPairs,
  parseProcStat,
  parseSoftirqs,
  parseSs,
  parseSwanctlSas,
  parseXfrmStat,
} from "./host/parsers.js";
export type { HostSnapshot } from "./host/snapshot.js";
export { hostDelta } from "./host/snapshot.js";
export type { RunOptions } from "./main.js";
export { createRootLogger, runAgent } from "./main.js";
export { connectFailure } from "./nats/connect-options.js";
export type { SpoolItem } from "./nats/spool.js";
export { Spool } from "./nats/spool.js";
export { digestHash, isSampled, lastHash, rateThreshold } from "./pipeline/digest-hash.js";
export { HeaderRing, headerCut, SLICE_SNAP } from "./pipeline/header-slice.js";
export type { PipelineOptions } from "./pipeline/session-pipeline.js";
export { SessionPipeline } from "./pipeline/session-pipeline.js";
export type { ProbeOutcome, SweepOptions, SweepResult } from "./probe/pmtu-sweep.js";
export { sweepPmtu } from "./probe/pmtu-sweep.js";
export type { SessionPlan } from "./session/plan.js";
export { autoStartPlan, planFromStart } from "./session/plan.js";
