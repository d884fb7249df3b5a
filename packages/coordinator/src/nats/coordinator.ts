/**
 * The coordinator's NATS adapter: summary stream and agents KV bucket, the session
 * request subject, agent commands by request/reply, a durable consumer per session.
 */
import {
  AGENTS_KV_BUCKET,
  type AgentHello,
  agentCommandSubject,
  decodeHeartbeat,
  decodeSessionAck,
  encodeSessionCommand,
  int64FromBigInt,
  SAMPLING_RATE_ALL,
  SUMMARY_STREAM,
  SUMMARY_STREAM_SUBJECTS,
  sessionSummaryFilter,
  Tap,
} from "@tunnelscope/protocol";
import {
  AckPolicy,
  DeliverPolicy,
  type JetStreamClient,
  type JetStreamManager,
  type Msg,
  type NatsConnection,
  nanos,
} from "nats";
import type { Logger } from "pino";
import type { GatewayIdentity } from "../digest-feed.js";
import { CoordinatorError } from "../errors.js";
import { buildSessionReport, type SessionReport } from "../session-report.js";
import {
  COORDINATOR_QUEUE,
  parseSessionRequest,
  SESSION_REQUEST_SUBJECT,
  type SessionReply,
  type SessionRequest,
} from "../session-request.js";
import { SessionState, verifyBatch } from "../session-state.js";

export interface CoordinatorOptions {
  /** Time between the command and the capture start, so both agents start together (ms, default 500). */
  readonly leadMs?: number;
  /** Timeout of one agent command (ms, default 5000). */
  readonly commandTimeoutMs?: number;
  /** TTL of the agents KV bucket when the coordinator creates it (ms, default 30000). */
  readonly agentsTtlMs?: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export class Coordinator {
  private js!: JetStreamClient;
  private jsm!: JetStreamManager;
  private readonly agents = new Map<string, AgentHello>();
  private readonly reports = new Map<string, SessionReport>();
  private readonly running = new Set<Promise<void>>();
  private readonly loggedSubjects = new Set<string>();
  private stopped = false;
  /** Messages rejected across all sessions. */
  rejected = 0;

  constructor(
    private readonly nc: NatsConnection,
    private readonly log: Logger,
    private readonly options: CoordinatorOptions = {},
  ) {}

  /** Creates/uses the stream and the KV bucket, watches agents, takes session requests. */
  async start(): Promise<void> {
    this.jsm = await this.nc.jetstreamManager();
    this.js = this.nc.jetstream();
    try {
      await this.jsm.streams.info(SUMMARY_STREAM);
    } catch {
      await this.jsm.streams.add({
        name: SUMMARY_STREAM,
        subjects: [...SUMMARY_STREAM_SUBJECTS],
        duplicate_window: nanos(120_000),
        max_age: nanos(24 * 3600_000),
      });
      this.log.info({ stream: SUMMARY_STREAM }, "summary stream created");
    }
    const kv = await this.js.views.kv(AGENTS_KV_BUCKET, {
      ttl: this.options.agentsTtlMs ?? 30_000,
      history: 1,
    });
    const watch = await kv.watch();
    void (async () => {
      for await (const e of watch) {
        if (e.operation !== "PUT") {
          this.agents.delete(e.key);
          continue;
        }
        const hb = decodeHeartbeat(e.value);
        if (!hb.ok || hb.value.hello?.agentId !== e.key) {
          this.reject(
            `$KV.${AGENTS_KV_BUCKET}.${e.key}`,
            hb.ok ? "heartbeat agent id is not the key" : hb.error.message,
          );
          continue;
        }
        if (!this.agents.has(e.key)) this.log.info({ agent: e.key }, "agent seen");
        this.agents.set(e.key, hb.value.hello as AgentHello);
      }
    })();
    const sub = this.nc.subscribe(SESSION_REQUEST_SUBJECT, { queue: COORDINATOR_QUEUE });
    void (async () => {
      for await (const m of sub) this.onRequest(m);
    })();
    this.log.info({ subject: SESSION_REQUEST_SUBJECT }, "coordinator ready");
  }

  /** Agents currently in the KV bucket. */
  agentIds(): string[] {
    return [...this.agents.keys()].sort();
  }

  /** Reports of the sessions that ended, by id. */
  report(id: string): SessionReport | undefined {
    return this.reports.get(id);
  }

  sessionIds(): string[] {
    return [...this.reports.keys()];
  }

  /** Waits for running sessions to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.running]);
  }

  private onRequest(m: Msg): void {
    let input: unknown;
    try {
      input = JSON.parse(dec.decode(m.data));
    } catch {
      input = undefined;
    }
    const req = parseSessionRequest(input);
    if (!req.ok) {
      this.reply(m, { ok: false, code: "COORD_INVALID_REQUEST", message: `session request: ${req.reason}` });
      return;
    }
    const p = this.runSession(req.value, m).catch((e: unknown) => {
      this.log.error({ err: e }, "session failed");
    });
    this.running.add(p);
    void p.finally(() => this.running.delete(p));
  }

  private reply(m: Msg, r: SessionReply): void {
    if (m.reply) m.respond(enc.encode(JSON.stringify(r)));
  }

  private reject(subject: string, reason: string): void {
    this.rejected++;
    if (this.loggedSubjects.has(subject)) return;
    this.loggedSubjects.add(subject);
    this.log.warn({ subject, reason }, "message rejected");
  }

  private async runSession(req: SessionRequest, m: Msg): Promise<void> {
    const id = `s${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
    const log = this.log.child({ session: id });
    const filter = sessionSummaryFilter(id);
    if (!filter.ok) throw filter.error;
    const durable = `session-${id}`;
    await this.jsm.consumers.add(SUMMARY_STREAM, {
      durable_name: durable,
      filter_subject: filter.value,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
    });
    const startAtNs = BigInt(Date.now() + (this.options.leadMs ?? 500)) * 1_000_000n;
    const rate = BigInt(Math.round(req.samplingRate * Number(SAMPLING_RATE_ALL)));
    try {
      for (const agent of [req.a, req.b]) await this.command(agent, id, startAtNs, req, rate);
    } catch (e) {
      await this.jsm.consumers.delete(SUMMARY_STREAM, durable).catch(() => {});
      const err =
        e instanceof CoordinatorError ? e : new CoordinatorError("COORD_NATS", String(e), { cause: e });
      log.warn({ code: err.code }, err.message);
      this.reply(m, { ok: false, code: err.code, message: err.message });
      return;
    }
    this.reply(m, { ok: true, sessionId: id, startAtNs: startAtNs.toString() });
    log.info({ a: req.a, b: req.b, durationMs: req.durationMs }, "session started");

    const state = new SessionState(id, [req.a, req.b]);
    const consumer = await this.js.consumers.get(SUMMARY_STREAM, durable);
    const messages = await consumer.consume();
    const deadline = Number(startAtNs / 1_000_000n) + req.durationMs + req.graceMs;
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        messages.stop();
      },
      Math.max(0, deadline - Date.now()),
    );
    try {
      for await (const msg of messages) {
        const v = verifyBatch(msg.subject, msg.data, id);
        if (!v.ok) {
          state.rejected++;
          this.reject(msg.subject, v.reason);
          msg.term();
          continue;
        }
        if (!state.add(v.batch))
          this.reject(msg.subject, `agent ${v.batch.agentId} is not part of this session`);
        msg.ack();
        log.debug({ agent: v.batch.agentId, seq: v.batch.batchSeq, final: v.batch.final }, "batch");
        if (state.complete() || this.stopped) break;
      }
    } finally {
      clearTimeout(timer);
      log.debug({ complete: state.complete() }, "consumer loop ended");
      messages.stop();
      await this.jsm.consumers.delete(SUMMARY_STREAM, durable).catch(() => {});
    }
    const report = buildSessionReport({
      state,
      startAtNs: startAtNs.toString(),
      durationMs: req.durationMs,
      samplingRate: req.samplingRate,
      identities: { a: this.identity(req.a), b: this.identity(req.b) },
      timedOut,
    });
    this.reports.set(id, report);
    log.info(
      {
        verdict: `${report.verdict.location}/${report.verdict.cause}`,
        partial: report.partial,
        rejected: state.rejected,
      },
      "session ended",
    );
    this.nc.publish(req.reportSubject, enc.encode(JSON.stringify(report)));
  }

  private async command(agent: string, id: string, startAtNs: bigint, req: SessionRequest, rate: bigint) {
    const subject = agentCommandSubject(agent);
    if (!subject.ok) throw new CoordinatorError("COORD_INVALID_REQUEST", subject.error.message);
    const cmd = encodeSessionCommand({
      sessionId: id,
      start: {
        startAtNs: int64FromBigInt(startAtNs),
        durationMs: req.durationMs,
        taps: [Tap.TAP_OUTER, Tap.TAP_INNER],
        samplingRate: int64FromBigInt(rate),
        intervalMs: req.intervalMs,
      },
    });
    if (!cmd.ok) throw new CoordinatorError("COORD_INVALID_REQUEST", cmd.error.message);
    let reply: Msg;
    try {
      reply = await this.nc.request(subject.value, cmd.value, {
        timeout: this.options.commandTimeoutMs ?? 5000,
      });
    } catch (cause) {
      throw new CoordinatorError(
        "COORD_AGENT_UNREACHABLE",
        `agent ${agent} did not answer on ${subject.value}: check that it runs and is connected to this NATS server`,
        { cause },
      );
    }
    const ack = decodeSessionAck(reply.data);
    if (!ack.ok) {
      this.reject(subject.value, ack.error.message);
      throw new CoordinatorError(
        "COORD_AGENT_REFUSED",
        `agent ${agent} answered with a bad SessionAck: ${ack.error.message}`,
      );
    }
    if (!ack.value.accepted)
      throw new CoordinatorError(
        "COORD_AGENT_REFUSED",
        `agent ${agent} refused the session: ${ack.value.message}`,
      );
  }

  private identity(agent: string): GatewayIdentity {
    const hello = this.agents.get(agent);
    const outer: Uint8Array[] = [];
    const inner: Uint8Array[] = [];
    for (const i of hello?.interfaces ?? []) {
      const list = i.role === Tap.TAP_OUTER ? outer : i.role === Tap.TAP_INNER ? inner : undefined;
      for (const a of i.addresses ?? []) list?.push(a);
    }
    return { outerAddresses: outer, innerAddresses: inner };
  }
}
