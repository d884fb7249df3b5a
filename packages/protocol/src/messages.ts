/**
 * Friendly names for the generated message types and enums (schemas in proto/).
 *
 * Top-level messages come in two forms: `X` is what decoding gives (a class instance,
 * absent fields read as defaults) and `XInit` is what encoding takes (a plain object,
 * every field optional). Nested messages have one form, a plain object of optional
 * fields, used both ways. 64-bit fields are `number | Long`: see int64.ts.
 */
import { v1 } from "./codec.js";

// ── enums (values and types) ─────────────────────────────────────────────────────
export const Tap = v1.Tap;
export type Tap = v1.Tap;
export const CaptureBackend = v1.CaptureBackend;
export type CaptureBackend = v1.CaptureBackend;
export const Collector = v1.Collector;
export type Collector = v1.Collector;
export const SaDirection = v1.SaDirection;
export type SaDirection = v1.SaDirection;
export const ClockSyncState = v1.ClockSyncState;
export type ClockSyncState = v1.ClockSyncState;
export const SessionError = v1.SessionError;
export type SessionError = v1.SessionError;
export const SessionState = v1.SessionState;
export type SessionState = v1.SessionState;
export const DigestKind = v1.DigestKind;
export type DigestKind = v1.DigestKind;
export const PacketDirection = v1.PacketDirection;
export type PacketDirection = v1.PacketDirection;
export const Location = v1.Location;
export type Location = v1.Location;
export const Cause = v1.Cause;
export type Cause = v1.Cause;
export const LimitedBy = v1.LimitedBy;
export type LimitedBy = v1.LimitedBy;
export const TapPoint = v1.TapPoint;
export type TapPoint = v1.TapPoint;

// ── top-level messages ───────────────────────────────────────────────────────────
export type AgentHello = v1.AgentHello;
export type AgentHelloInit = v1.AgentHello.$Properties;
export type Heartbeat = v1.Heartbeat;
export type HeartbeatInit = v1.Heartbeat.$Properties;
export type SessionCommand = v1.SessionCommand;
export type SessionCommandInit = v1.SessionCommand.$Properties;
export type SessionAck = v1.SessionAck;
export type SessionAckInit = v1.SessionAck.$Properties;
export type SummaryBatch = v1.SummaryBatch;
export type SummaryBatchInit = v1.SummaryBatch.$Properties;
export type Report = v1.Report;
export type ReportInit = v1.Report.$Properties;

// ── nested messages ──────────────────────────────────────────────────────────────
export type FlowKey = v1.FlowKey.$Properties;
export type AgentInterface = v1.AgentInterface.$Properties;
export type Capabilities = v1.Capabilities.$Properties;
export type IpsecSa = v1.IpsecSa.$Properties;
export type ClockSync = v1.ClockSync.$Properties;
export type StartCapture = v1.StartCapture.$Properties;
export type StopCapture = v1.StopCapture.$Properties;
export type StatusRequest = v1.StatusRequest.$Properties;
export type TcpAnalysisCounts = v1.TcpAnalysisCounts.$Properties;
export type FlowDirectionSummary = v1.FlowDirectionSummary.$Properties;
export type EspSaSummary = v1.EspSaSummary.$Properties;
export type Sysctls = v1.Sysctls.$Properties;
export type InterfaceMtu = v1.InterfaceMtu.$Properties;
export type HostCounters = v1.HostCounters.$Properties;
export type PacketDigest = v1.PacketDigest.$Properties;
export type IcmpTooBig = v1.IcmpTooBig.$Properties;
export type CaptureInterfaceRole = v1.CaptureInterfaceRole.$Properties;
export type CaptureHealth = v1.CaptureHealth.$Properties;
export type Verdict = v1.Verdict.$Properties;
export type SegmentRow = v1.SegmentRow.$Properties;
export type ClockAlignment = v1.ClockAlignment.$Properties;
export type FlowDirectionReport = v1.FlowDirectionReport.$Properties;
