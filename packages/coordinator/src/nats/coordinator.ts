/**
 * The coordinator's NATS adapter: summary stream and agents KV bucket, the session
 * request subject, agent commands by request/reply, a durable consumer per session.
 *
 * A session runs in three steps, each its own method: {@link Coordinator.openSession}
 * (consumer + agent commands), {@link Coordinator.collectSession} (batches → state and live
 * frames) and {@link Coordinator.finishSession} (report). The live API
 * ({@link Coordinator.startSession}, {@link Coordinator.sessions},
 * {@link Coordinator.subscribe}) is what the HTTP/WebSocket server uses.
 */

import { hostname } from "node:os";
import process from "node:process";
import {
  AGENTS_KV_BUCKET,
  type AgentHello,
  agentCommandSubject,
  decodeHeartbeat,
  decodeSessionAck,
  encodeSessionCommand,
  type Heartbeat,
  int64FromBigInt,
  SAMPLING_RATE_ALL,
  SESSION_EVIDENCE_SUBJECTS,
  SUMMARY_STREAM,
  SUMMARY_STREAM_SUBJECTS,
  sessionLiveSubject,
  sessionSummaryFilter,
  Tap,
} from "@tunnelscope/protocol";
import {
  AckPolicy,
  DeliverPolicy,
  headers,
  type JetStreamClient,
  type JetStreamManager,
  type Msg,
  type NatsConnection,
  nanos,
} from "nats";
import type { Logger } from "pino";
import type { GatewayIdentity } from "../digest-feed.js";
import { CoordinatorError } from "../errors.js";
import {
  answerEvidenceRequest,
  collectEvidence,
  EVIDENCE_HEADERS,
  type EvidenceBlob,
  EvidenceStore,
} from "../evidence.js";
import { type LiveFrame, LiveTotals } from "../live-figures.js";
import { buildSessionReport, type SessionReport } from "../session-report.js";
import {
  COORDINATOR_QUEUE,
  parseSessionRequest,
  SESSION_REQUEST_SUBJECT,
  type SessionReply,
} from "../session-request.js";
import { SessionState, verifyBatch } from "../session-state.js";
import { SESSIONS_KV_BUCKET, type SessionLeaseRecord, SessionLeases } from "./lease.js";
import type { SessionAsk } from "./session-client.js";
import { streamLimitGap } from "./stream-limits.js";

export interface CoordinatorOptions {
  /** Time between the command and the capture start, so both agents start together (ms, default 500). */
  readonly leadMs?: number;
  /** Timeout of one agent command (ms, default 5000). */
  readonly commandTimeoutMs?: number;
  /** TTL of the agents KV bucket when the coordinator creates it (ms, default 30000). */
  readonly agentsTtlMs?: number;
  /** Session lease length (ms, default 6000): a dead coordinator's sessions are taken over after it. */
  readonly leaseMs?: number;
  /** This coordinator's id in the session leases (default host-pid-random). */
  readonly coordinatorId?: string;
}

export type SessionStatus = "pending" | "running" | "ended" | "failed";

/** What the live API says of one session. */
export interface SessionSummary {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  /** pending: agents being commanded; running: capturing/collecting; ended: report ready; failed: never started. */
  readonly status: SessionStatus;
  readonly createdAtMs: number;
  /** When both agents start capturing (epoch ms). */
  readonly startAtMs: number;
  readonly durationMs: number;
  readonly samplingRate: number;
  readonly endedAtMs?: number;
  readonly partial?: boolean;
  readonly verdict?: { readonly location: string; readonly cause: string; readonly confidence: number };
  /** Why a failed session did not start. */
  readonly error?: { readonly code: string; readonly message: string };
}

/** An agent as its latest heartbeat describes it. */
export interface AgentStatus {
  readonly id: string;
  readonly hello: AgentHello;
  readonly heartbeat: Heartbeat;
  readonly seenAtMs: number;
}

export type CoordinatorEvent =
  | { readonly type: "session"; readonly session: SessionSummary }
  | { readonly type: "figures"; readonly frame: LiveFrame };

export type CoordinatorListener = (event: CoordinatorEvent) => void;

interface SessionRecord {
  summary: SessionSummary;
  readonly frames: LiveFrame[];
}

interface SessionRun {
  readonly id: string;
  readonly ask: SessionAsk;
  readonly startAtNs: bigint;
  readonly durable: string;
  readonly rec: SessionRecord;
  readonly log: Logger;
  /** Taken over from a coordinator whose lease ran out: read the batches from the stream's start. */
  readonly resumed?: boolean;
}

/** Sessions kept in memory (the oldest finished ones are forgotten first). */
const MAX_SESSIONS = 200;
/** Subjects remembered as already logged for a rejected message. */
const MAX_LOGGED_SUBJECTS = 10_000;
/** Largest session request taken (a request is a small JSON object). */
const MAX_REQUEST_BYTES = 64 * 1024;
/** Live frames kept per session for late subscribers. */
const MAX_FRAMES = 20_000;

const enc = new TextEncoder();
const dec = new TextDecoder();

function asCoordinatorError(e: unknown): CoordinatorError {
  return e instanceof CoordinatorError ? e : new CoordinatorError("COORD_NATS", String(e), { cause: e });
}

export class Coordinator {
  private js!: JetStreamClient;
  private jsm!: JetStreamManager;
  private readonly agents = new Map<string, AgentStatus>();
  private readonly reports = new Map<string, SessionReport>();
  private readonly evidence = new EvidenceStore();
  private readonly records = new Map<string, SessionRecord>();
  private readonly listeners = new Set<CoordinatorListener>();
  private readonly running = new Set<Promise<void>>();
  private readonly loggedSubjects = new Set<string>();
  private stopped = false;
  private leases: SessionLeases | undefined;
  private leaseTimer: NodeJS.Timeout | undefined;
  private leaseTicking = false;
  private leaseRejected = 0;
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
        this.agents.set(e.key, {
          id: e.key,
          hello: hb.value.hello as AgentHello,
          heartbeat: hb.value,
          seenAtMs: Date.now(),
        });
      }
    })();
    await this.startLeases();
    const sub = this.nc.subscribe(SESSION_REQUEST_SUBJECT, { queue: COORDINATOR_QUEUE });
    void (async () => {
      for await (const m of sub) this.onRequest(m);
    })();
    // Evidence captures for `session run --html` (every coordinator: the one that holds
    // the session answers, the others stay silent).
    const evidence = this.nc.subscribe(SESSION_EVIDENCE_SUBJECTS);
    void (async () => {
      for await (const m of evidence) this.onEvidenceRequest(m);
    })();
    this.log.info({ subject: SESSION_REQUEST_SUBJECT }, "coordinator ready");
  }

  /** Agents currently in the KV bucket. */
  agentIds(): string[] {
    return [...this.agents.keys()].sort();
  }

  /** Agents currently in the KV bucket, with their latest heartbeat, by id. */
  agentList(): AgentStatus[] {
    return [...this.agents.values()].sort((x, y) => x.id.localeCompare(y.id));
  }

  /** Reports of the sessions that ended, by id. */
  report(id: string): SessionReport | undefined {
    return this.reports.get(id);
  }

  /**
   * An evidence capture of an ended session by the name its report lists; undefined for
   * any other name. `evicted`: the session's files were forgotten to bound memory.
   */
  evidenceFile(id: string, name: string): EvidenceBlob | "evicted" | undefined {
    return this.evidence.get(id, name) ?? (this.evidence.wasEvicted(id) ? "evicted" : undefined);
  }

  /** Ids of the sessions that ended (with a report). */
  sessionIds(): string[] {
    return [...this.reports.keys()];
  }

  /** Waits for running sessions to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.leaseTimer !== undefined) clearInterval(this.leaseTimer);
    this.leases?.close();
    await Promise.allSettled([...this.running]);
  }

  /**
   * Starts a session from code, by the same path as a NATS session request: commands both
   * agents, then collects their batches in the background. Resolves once both agents
   * accepted (the session is running); rejects with a CoordinatorError otherwise.
   */
  async startSession(ask: SessionAsk): Promise<SessionSummary> {
    const run = await this.openSession(ask);
    await this.lease(run, undefined);
    this.track(this.collectSession(run).then(() => this.leases?.finish(run.id)));
    return run.rec.summary;
  }

  /** Every session this coordinator knows, newest first. */
  sessions(): SessionSummary[] {
    return [...this.records.values()].map((r) => r.summary).reverse();
  }

  /** One session's status, or undefined. */
  session(id: string): SessionSummary | undefined {
    return this.records.get(id)?.summary;
  }

  /** The live frames a session produced so far (for a client that joins late). */
  liveFrames(id: string): readonly LiveFrame[] {
    return this.records.get(id)?.frames ?? [];
  }

  /**
   * Calls `listener` for every session status change and every live frame, until the
   * returned function is called. A listener that throws is dropped and logged.
   */
  subscribe(listener: CoordinatorListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: CoordinatorEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        this.listeners.delete(l);
        this.log.warn({ err }, "event listener failed: dropped");
      }
    }
  }

  private onRequest(m: Msg): void {
    let input: unknown;
    if (m.data.length > MAX_REQUEST_BYTES) {
      const reason = `${m.data.length} bytes, more than ${MAX_REQUEST_BYTES}: send the JSON request only`;
      this.reject(m.subject, reason);
      this.reply(m, { ok: false, code: "COORD_INVALID_REQUEST", message: `session request: ${reason}` });
      return;
    }
    try {
      input = JSON.parse(dec.decode(m.data));
    } catch {
      input = undefined;
    }
    const req = parseSessionRequest(input);
    if (!req.ok) {
      this.reject(m.subject, req.reason);
      this.reply(m, { ok: false, code: "COORD_INVALID_REQUEST", message: `session request: ${req.reason}` });
      return;
    }
    const { reportSubject, ...ask } = req.value;
    this.track(
      (async () => {
        let run: SessionRun;
        try {
          run = await this.openSession(ask);
        } catch (e) {
          const err = asCoordinatorError(e);
          this.reply(m, { ok: false, code: err.code, message: err.message });
          return;
        }
        await this.lease(run, reportSubject);
        this.reply(m, { ok: true, sessionId: run.id, startAtNs: run.startAtNs.toString() });
        const report = await this.collectSession(run);
        this.nc.publish(reportSubject, enc.encode(JSON.stringify(report)));
        await this.leases?.finish(run.id);
      })(),
    );
  }

  /** One chunk of an evidence file, or a JSON error; nothing for sessions it does not know. */
  private onEvidenceRequest(m: Msg): void {
    const offset = m.headers?.get(EVIDENCE_HEADERS.offset);
    const a = answerEvidenceRequest(this, m.subject, m.data, offset || undefined, this.nc.info?.max_payload);
    if (a === undefined || m.reply === undefined) return;
    if (!a.ok) {
      m.respond(enc.encode(JSON.stringify({ code: a.code, error: a.error })));
      return;
    }
    const h = headers();
    for (const [k, v] of Object.entries(a.headers)) h.set(k, v);
    m.respond(a.bytes, { headers: h });
  }

  private track(p: Promise<unknown>): void {
    const q = p.then(
      () => {},
      (e: unknown) => {
        this.log.error({ err: e }, "session failed");
      },
    );
    this.running.add(q);
    void q.finally(() => this.running.delete(q));
  }

  private reply(m: Msg, r: SessionReply): void {
    if (m.reply) m.respond(enc.encode(JSON.stringify(r)));
  }

  private reject(subject: string, reason: string): void {
    this.rejected++;
    if (this.loggedSubjects.has(subject)) return;
    // bounded: a client inventing subjects (KV keys, session ids) must not grow it forever
    if (this.loggedSubjects.size >= MAX_LOGGED_SUBJECTS) {
      this.loggedSubjects.clear();
      this.log.warn(
        { rejected: this.rejected },
        "many subjects with rejected messages: logging each once again",
      );
    }
    this.loggedSubjects.add(subject);
    this.log.warn({ subject, reason }, "message rejected");
  }

  private setSummary(rec: SessionRecord, summary: SessionSummary): void {
    rec.summary = Object.freeze(summary);
    this.emit({ type: "session", session: rec.summary });
  }

  /**
   * Step 1 of a session: a new id and record (pending), the durable consumer of its
   * batches, both agents commanded (running). On failure the record says failed and the
   * consumer is gone.
   */
  private async openSession(ask: SessionAsk): Promise<SessionRun> {
    const id = `s${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
    const startAtNs = BigInt(Date.now() + (this.options.leadMs ?? 500)) * 1_000_000n;
    const rec = this.newRecord(id, ask, startAtNs, "pending");
    const log = this.log.child({ session: id });
    const filter = sessionSummaryFilter(id);
    if (!filter.ok) throw filter.error;
    const durable = `session-${id}`;
    try {
      await this.jsm.consumers.add(SUMMARY_STREAM, {
        durable_name: durable,
        filter_subject: filter.value,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
      });
      const rate = BigInt(Math.round(ask.samplingRate * Number(SAMPLING_RATE_ALL)));
      for (const agent of [ask.a, ask.b]) await this.command(agent, id, startAtNs, ask, rate);
    } catch (e) {
      await this.jsm.consumers.delete(SUMMARY_STREAM, durable).catch(() => {});
      const err = asCoordinatorError(e);
      log.warn({ code: err.code }, err.message);
      this.setSummary(rec, {
        ...rec.summary,
        status: "failed",
        endedAtMs: Date.now(),
        error: { code: err.code, message: err.message },
      });
      throw err;
    }
    this.setSummary(rec, { ...rec.summary, status: "running" });
    log.info({ a: ask.a, b: ask.b, durationMs: ask.durationMs }, "session started");
    return { id, ask, startAtNs, durable, rec, log };
  }

  /**
   * Step 2: reads the session's batches until both final batches arrived or the deadline
   * passed, publishing live frames as they come; then step 3, {@link finishSession}.
   */
  private async collectSession(run: SessionRun): Promise<SessionReport> {
    const { id, ask, startAtNs, durable, log } = run;
    const state = new SessionState(id, [ask.a, ask.b]);
    const live = new LiveTotals(id, { a: ask.a, b: ask.b });
    const liveSubject = sessionLiveSubject(id);
    const startMs = Number(startAtNs / 1_000_000n);
    // a resumed session reads what is in the stream even when its deadline has passed
    const deadline = Math.max(startMs + ask.durationMs + ask.graceMs, run.resumed ? Date.now() + 3000 : 0);
    let timedOut = false;
    try {
      const filter = sessionSummaryFilter(id);
      if (!filter.ok) throw filter.error;
      // ordered consumer from the start; one filter subject (nats-server 2.9 takes no list)
      const consumer = run.resumed
        ? await this.js.consumers.get(SUMMARY_STREAM, { filterSubjects: filter.value })
        : await this.js.consumers.get(SUMMARY_STREAM, durable);
      const messages = await consumer.consume();
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
          const before = state.batchesOf(v.batch.agentId).length;
          if (!state.add(v.batch))
            this.reject(msg.subject, `agent ${v.batch.agentId} is not part of this session`);
          else if (state.batchesOf(v.batch.agentId).length > before) {
            const frame = live.frame(v.batch, (Date.now() - startMs) / 1000);
            if (frame !== undefined) this.publishFrame(run, frame, liveSubject);
          }
          msg.ack();
          log.debug({ agent: v.batch.agentId, seq: v.batch.batchSeq, final: v.batch.final }, "batch");
          if (state.complete() || this.stopped) break;
        }
      } finally {
        clearTimeout(timer);
        messages.stop();
      }
    } finally {
      log.debug({ complete: state.complete() }, "consumer loop ended");
      await this.jsm.consumers.delete(SUMMARY_STREAM, durable).catch(() => {});
    }
    const full = timedOut && !state.complete() ? await this.streamGap(log) : undefined;
    return this.finishSession(run, state, timedOut, full);
  }

  /** A session ended with gaps: is the summary stream (or the account's storage) full? */
  private async streamGap(log: Logger): Promise<string | undefined> {
    try {
      const account = await this.jsm.getAccountInfo().catch(() => undefined);
      const gap = streamLimitGap(await this.jsm.streams.info(SUMMARY_STREAM), account);
      if (gap !== undefined) log.warn({ stream: SUMMARY_STREAM }, gap);
      return gap;
    } catch {
      return undefined;
    }
  }

  private publishFrame(run: SessionRun, frame: LiveFrame, subject: ReturnType<typeof sessionLiveSubject>) {
    if (run.rec.frames.length < MAX_FRAMES) run.rec.frames.push(frame);
    this.emit({ type: "figures", frame });
    if (subject.ok) this.nc.publish(subject.value, enc.encode(JSON.stringify(frame)));
  }

  /** Step 3: correlates what arrived, keeps the report, marks the session ended. */
  private finishSession(
    run: SessionRun,
    state: SessionState,
    timedOut: boolean,
    streamFull?: string,
  ): SessionReport {
    const { id, ask, startAtNs, rec, log } = run;
    const evidence = collectEvidence(id, [
      { gateway: "A", agent: ask.a, batches: state.batchesOf(ask.a) },
      { gateway: "B", agent: ask.b, batches: state.batchesOf(ask.b) },
    ]);
    const built = buildSessionReport({
      state,
      startAtNs: startAtNs.toString(),
      durationMs: ask.durationMs,
      samplingRate: ask.samplingRate,
      identities: { a: this.identity(ask.a), b: this.identity(ask.b) },
      timedOut,
      evidence: evidence.evidence,
    });
    const report =
      streamFull === undefined ? built : { ...built, partial: true, missing: [streamFull, ...built.missing] };
    this.reports.set(id, report);
    this.evidence.put(id, evidence.blobs);
    log.info(
      {
        verdict: `${report.verdict.location}/${report.verdict.cause}`,
        partial: report.partial,
        rejected: state.rejected,
      },
      "session ended",
    );
    this.setSummary(rec, {
      ...rec.summary,
      status: "ended",
      endedAtMs: Date.now(),
      partial: report.partial,
      verdict: {
        location: report.verdict.location,
        cause: report.verdict.cause,
        confidence: report.verdict.confidence,
      },
    });
    return report;
  }

  // ── session leases (DESIGN §8: coordinators take sessions by KV lease) ─────────

  private async startLeases(): Promise<void> {
    const id =
      this.options.coordinatorId ??
      `${hostname()}-${process.pid}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
    const leases = new SessionLeases(this.js, id, {
      ...(this.options.leaseMs !== undefined ? { leaseMs: this.options.leaseMs } : {}),
    });
    try {
      await leases.open();
    } catch (err) {
      this.log.warn(
        { err: (err as Error).message },
        "cannot open the sessions KV bucket: sessions are not shared, another coordinator cannot finish them",
      );
      return;
    }
    this.leases = leases;
    this.leaseTimer = setInterval(() => void this.leaseTick(), Math.max(100, leases.leaseMs / 3));
    this.log.info({ coordinator: id, leaseMs: leases.leaseMs }, "session leases on");
  }

  /** Records a new session in the leases bucket, owned here. */
  private async lease(run: SessionRun, reportSubject: string | undefined): Promise<void> {
    try {
      await this.leases?.create({
        id: run.id,
        ask: run.ask,
        ...(reportSubject !== undefined ? { reportSubject } : {}),
        startAtNs: run.startAtNs.toString(),
      });
    } catch (err) {
      run.log.warn(
        { err: (err as Error).message },
        "session lease not created: no other coordinator can finish it",
      );
    }
  }

  /** Renews the leases held here, then takes over running sessions whose lease ran out. */
  private async leaseTick(): Promise<void> {
    const leases = this.leases;
    if (leases === undefined || this.leaseTicking || this.stopped || this.nc.isClosed()) return;
    this.leaseTicking = true;
    try {
      for (const [id, rec] of this.records) {
        if (rec.summary.status !== "running" || leases.holding(id) === undefined) continue;
        if ((await leases.renew(id)) === undefined)
          this.log.warn({ session: id }, "session lease lost: another coordinator took the session over");
      }
      for (const found of leases.expired()) {
        const taken = await leases.take(found);
        if (taken !== undefined) this.track(this.resumeSession(taken.record, found.record.owner));
      }
      for (; this.leaseRejected < leases.rejected; this.leaseRejected++)
        this.reject(`$KV.${SESSIONS_KV_BUCKET}`, "a session record that does not parse: skipped");
    } catch (err) {
      this.log.debug({ err: (err as Error).message }, "lease tick failed");
    } finally {
      this.leaseTicking = false;
    }
  }

  /** Finishes a session another coordinator started: its batches from the stream, the report. */
  private async resumeSession(lease: SessionLeaseRecord, from: string): Promise<void> {
    const { id, ask } = lease;
    const startAtNs = BigInt(lease.startAtNs);
    const rec = this.newRecord(id, ask, startAtNs, "running");
    const log = this.log.child({ session: id });
    log.warn({ from, takeovers: lease.takeovers }, "session taken over: its coordinator's lease ran out");
    const report = await this.collectSession({
      id,
      ask,
      startAtNs,
      durable: `session-${id}`,
      rec,
      log,
      resumed: true,
    });
    if (lease.reportSubject !== undefined)
      this.nc.publish(lease.reportSubject, enc.encode(JSON.stringify(report)));
    await this.leases?.finish(id);
  }

  /** A session's record in the live API, announced to the listeners. */
  private newRecord(id: string, ask: SessionAsk, startAtNs: bigint, status: SessionStatus): SessionRecord {
    const rec: SessionRecord = {
      summary: {
        id,
        a: ask.a,
        b: ask.b,
        status,
        createdAtMs: Date.now(),
        startAtMs: Number(startAtNs / 1_000_000n),
        durationMs: ask.durationMs,
        samplingRate: ask.samplingRate,
      },
      frames: [],
    };
    this.records.set(id, rec);
    this.prune();
    this.emit({ type: "session", session: rec.summary });
    return rec;
  }

  /** Forgets the oldest finished sessions past {@link MAX_SESSIONS}. */
  private prune(): void {
    for (const [id, r] of this.records) {
      if (this.records.size <= MAX_SESSIONS) break;
      if (r.summary.status === "ended" || r.summary.status === "failed") {
        this.records.delete(id);
        this.reports.delete(id);
        this.evidence.forget(id);
      }
    }
  }

  private async command(agent: string, id: string, startAtNs: bigint, req: SessionAsk, rate: bigint) {
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
    const hello = this.agents.get(agent)?.hello;
    const outer: Uint8Array[] = [];
    const inner: Uint8Array[] = [];
    for (const i of hello?.interfaces ?? []) {
      const list = i.role === Tap.TAP_OUTER ? outer : i.role === Tap.TAP_INNER ? inner : undefined;
      for (const a of i.addresses ?? []) list?.push(a);
    }
    return { outerAddresses: outer, innerAddresses: inner };
  }
}
