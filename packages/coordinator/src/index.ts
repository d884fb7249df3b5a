/**
 * @tunnelscope/coordinator — live sessions: commands two agents over NATS, reads their
 * SummaryBatches from JetStream and runs the same engine as `tunnelscope analyze`.
 */

export { coordinatorCommand, createCoordinatorCommand, parseListen } from "./cli/coordinator-command.js";
export type { SavedEvidence } from "./cli/evidence-files.js";
export { evidenceFolderName, saveEvidenceBeside } from "./cli/evidence-files.js";
export type { CommandIo, CoordinatorCliCommand } from "./cli/io.js";
export type { NatsFlagValues } from "./cli/nats-flags.js";
export { NATS_FLAGS, natsConnectOptions } from "./cli/nats-flags.js";
export type { SessionRenderers } from "./cli/session-command.js";
export { createSessionCommand, sessionCommand } from "./cli/session-command.js";
export type { DigestFeedResult, GatewayIdentity } from "./digest-feed.js";
export { captureFromBatches, commonPrefix, FEED_IFACE } from "./digest-feed.js";
export type { CoordinatorErrorCode } from "./errors.js";
export { CoordinatorError } from "./errors.js";
export type { EvidenceTap, SessionEvidence, SessionEvidenceFile } from "./evidence.js";
export type { HttpServerOptions } from "./http/server.js";
export { CoordinatorHttpServer } from "./http/server.js";
export type { LiveFrame, TapFigures, TapName } from "./live-figures.js";
export { LiveTotals, parseLiveFrame } from "./live-figures.js";
export type {
  AgentStatus,
  CoordinatorEvent,
  CoordinatorListener,
  CoordinatorOptions,
  SessionStatus,
  SessionSummary,
} from "./nats/coordinator.js";
export { Coordinator } from "./nats/coordinator.js";
export type { SessionAsk, SessionOutcome } from "./nats/session-client.js";
export { requestSession } from "./nats/session-client.js";
export type { ReportRenderers } from "./report-plain.js";
export type { SessionInfo, SessionReport, SessionReportInput } from "./session-report.js";
export { buildSessionReport } from "./session-report.js";
export type { SessionReply, SessionRequest } from "./session-request.js";
export { COORDINATOR_QUEUE, parseSessionRequest, SESSION_REQUEST_SUBJECT } from "./session-request.js";
export type { Verified } from "./session-state.js";
export { SessionState, verifyBatch } from "./session-state.js";
