/**
 * @tunnelscope/agent — captures packet headers beside an IPsec gateway and publishes
 * per-interval summaries over NATS (DESIGN §3–4).
 */

export type { FilterSpec } from "./capture/filter.js";
export {
  BASE_FILTER,
  buildFilter,
  filterPartProblem,
  isValidInterfaceName,
  normalizeNet,
  validateInterfaceName,
} from "./capture/filter.js";
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
