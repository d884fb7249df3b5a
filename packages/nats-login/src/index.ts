/**
 * @tunnelscope/nats-login — the NATS login shared by the agent and the coordinator:
 * credential files read and checked, nats.js authenticator and TLS options, and a refused
 * login or failed TLS handshake as one line naming the credential and the fix.
 */
export type { NatsLoginErrorCode } from "./errors.js";
export { NatsLoginError } from "./errors.js";
export type { LoginFlagNames, LoginOptions, NatsLogin } from "./login.js";
export { describeCredential, loginFailure, loginOptions, readSecret } from "./login.js";
