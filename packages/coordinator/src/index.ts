/**
 * @tunnelscope/coordinator — live sessions: commands two agents over NATS, reads their
 * SummaryBatches from JetStream and runs the same engine as `tunnelscope analyze`.
 */
export type { DigestFeedResult, GatewayIdentity } from "./digest-feed.js";
export { captureFromBatches, commonPrefix, FEED_IFACE } from "./digest-feed.js";
export type { CoordinatorErrorCode } from "./errors.js";
export { CoordinatorError } from "./errors.js";
