/**
 * The agent runtime: NATS connection (reconnecting forever with backoff), hello +
 * heartbeat in the agents KV bucket, the per-agent command subject, capture sessions,
 * and their batches through the bounded spool into the JetStream summary stream with
 * `Nats-Msg-Id` de-duplication. A bad command is answered with an error, counted and
 * logged once per subject; it never stops the agent.
 */
import {
  AGENTS_KV_BUCKET,
  type AgentHelloInit,
  type AgentInterface,
  agentCommandSubject,
  type Capabilities,
  CaptureBackend,
  type ClockSync,
  decodeSessionCommand,
  encodeHeartbeat,
  encodeSessionAck,
  encodeSummaryBatch,
  type HostCounters,
  type IpsecSa,
  int64FromBigInt,
  msgId,
  type SessionAckInit,
  SessionError,
  SessionState,
  SUMMARY_STREAM,
  SUMMARY_STREAM_SUBJECTS,
  type SummaryBatchInit,
  summarySubject,
  Tap,
} from "@tunnelscope/protocol";
import {
  connect,
  DebugEvents,
  Events,
  type JetStreamClient,
  type KV,
  type Msg,
  type NatsConnection,
  nanos,
} from "nats";
import type { Logger } from "pino";
import { createSources as defaultCreateSources } from "./capture/factory.js";
import type { CaptureSource } from "./capture/source.js";
import type { AgentConfig } from "./config/schema.js";
import { AgentError } from "./errors.js";
import { backoffMs, connectFailure, connectOptions } from "./nats/connect-options.js";
import { BatchPublisher } from "./nats/publisher.js";
import { Spool } from "./nats/spool.js";
import { CaptureSession } from "./session/capture-session.js";
import {
  autoStartPlan,
  configuredTaps,
  isPlanError,
  planFromStart,
  type SessionPlan,
} from "./session/plan.js";

export const AGENT_VERSION = "0.1.0";

/** Host facts and counters, read by the host collectors (optional: absent = not collected). */
export interface HostProbe {
  /** Interface descriptions for the hello (ifindex, MTU, addresses). */
  interfaces?(names: readonly { name: string; role: Tap }[]): Promise<AgentInterface[]>;
  /** Host counters for one session since its previous call (deltas), sysctls and MTUs. */
  hostCounters?(sessionId: string): HostCounters | undefined;
  /** Forget a session's previous snapshot. */
  endSession?(sessionId: string): void;
  /** IPsec SAs installed now. */
  sas?(): Promise<IpsecSa[]>;
  /** The host clock's synchronisation state. */
  clock?(): Promise<ClockSync>;
  /** Collectors that work here (for the capabilities). */
  readonly collectors?: readonly number[];
  /** The capture backends that work here, preferred first. */
  readonly backends?: readonly CaptureBackend[];
  readonly pmtuProbe?: boolean;
}

export interface AgentOptions {
  readonly config: AgentConfig;
  /** The process's root logger (pino); the agent makes children per component. */
  readonly logger: Logger;
  readonly host?: HostProbe;
  /** Overrides the capture backends (tests). */
  readonly createSources?: (plan: SessionPlan) => CaptureSource[];
  /** How long a clean shutdown waits for the spool to drain (default 5000 ms). */
  readonly flushTimeoutMs?: number;
}

/** What the agent counted since it started. */
export interface AgentCounters {
  commands: number;
  commandsRejected: number;
  batchesBuilt: number;
  batchesTooLarge: number;
  heartbeats: number;
  heartbeatFailures: number;
  reconnects: number;
}

const BACKEND_ENUM = {
  tcpdump: CaptureBackend.CAPTURE_BACKEND_TCPDUMP,
  "raw-socket": CaptureBackend.CAPTURE_BACKEND_RAW_SOCKET,
  file: CaptureBackend.CAPTURE_BACKEND_FILE_REPLAY,
} as const;

const TAP_ROLE: Record<"outer" | "inner" | "tunnel", Tap> = {
  outer: Tap.TAP_OUTER,
  inner: Tap.TAP_INNER,
  tunnel: Tap.TAP_TUNNEL,
};

export class Agent {
  readonly counters: AgentCounters = {
    commands: 0,
    commandsRejected: 0,
    batchesBuilt: 0,
    batchesTooLarge: 0,
    heartbeats: 0,
    heartbeatFailures: 0,
    reconnects: 0,
  };
  readonly sessions = new Map<string, CaptureSession>();
  private readonly config: AgentConfig;
  private readonly log: Logger;
  private readonly natsLog: Logger;
  private readonly spool: Spool;
  private readonly publisher: BatchPublisher;
  private readonly commandSubject: string;
  private readonly startedAtNs = BigInt(Date.now()) * 1_000_000n;
  private nc: NatsConnection | undefined;
  private js: JetStreamClient | undefined;
  private kv: KV | undefined;
  private heartbeatSeq = 0;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private reconnectAttempt = 0;
  private stopped = false;
  private readonly loggedBad = new Set<string>();
  private hello: AgentHelloInit | undefined;
  private readonly readyPromise: Promise<void>;
  private resolveReady!: () => void;

  constructor(private readonly options: AgentOptions) {
    this.config = options.config;
    this.log = options.logger.child({ component: "agent", agent: this.config.id });
    this.natsLog = options.logger.child({ component: "nats", agent: this.config.id });
    const subject = agentCommandSubject(this.config.id);
    if (!subject.ok) throw new AgentError("AGENT_CONFIG_INVALID", `id: ${subject.error.message}`);
    this.commandSubject = subject.value;
    this.spool = new Spool(this.config.spool.maxBatches, this.config.spool.maxBytes);
    this.publisher = new BatchPublisher(
      this.spool,
      (item) => this.publishOne(item.subject, item.data, item.msgId),
      this.natsLog,
    );
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
  }

  /** Resolves once connected to NATS and listening for commands (the first time). */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  /** Spool and publishing figures. */
  get publishing(): {
    spooled: number;
    spoolBytes: number;
    spoolDrops: number;
    published: number;
    duplicates: number;
  } {
    return {
      spooled: this.spool.size,
      spoolBytes: this.spool.bytes,
      spoolDrops: this.spool.dropped,
      published: this.publisher.stats.published,
      duplicates: this.publisher.stats.duplicates,
    };
  }

  /**
   * Starts the agent: the configured auto-start session (capturing does not wait for
   * NATS) and the connection, in the background, retried forever. Throws only for
   * configuration errors (unreadable credentials) and an auto-start that cannot capture.
   */
  async start(): Promise<void> {
    const opts = await connectOptions(this.config, {
      onReconnectAttempt: () => backoffMs(this.reconnectAttempt++),
    });
    this.hello = await this.buildHello();
    this.connectLoop(opts).catch((err: unknown) => {
      this.natsLog.error({ err: (err as Error).message }, "NATS connection ended; batches stay spooled");
    });
    const plan = autoStartPlan(this.config);
    if (plan !== undefined) await this.startSession(plan);
  }

  private async connectLoop(opts: Awaited<ReturnType<typeof connectOptions>>): Promise<void> {
    const servers = this.config.nats.servers.join(",");
    this.natsLog.info({ servers }, "connecting to NATS");
    let nc: NatsConnection | undefined;
    let lastFailure: string | undefined;
    // The first connection is retried here (not with waitOnFirstConnect) so a shutdown can
    // abandon it; once connected, nats.js reconnects forever with the same backoff.
    for (let attempt = 0; nc === undefined; attempt++) {
      try {
        nc = await connect(opts);
      } catch (err) {
        if (this.stopped) return;
        const delay = backoffMs(attempt);
        const fatal = connectFailure(err, this.config);
        if (fatal !== undefined) {
          // Retrying cannot cure this until the operator fixes it: one error line with the
          // fix, repeated only when the problem changes or every 20 attempts.
          if (fatal.code !== lastFailure || attempt % 20 === 0) {
            this.natsLog.error(
              { code: fatal.code, servers, retryInMs: delay },
              `${fatal.message} [${fatal.code}]; capturing and spooling meanwhile`,
            );
          }
          lastFailure = fatal.code;
        } else if (attempt % 20 === 0) {
          this.natsLog.warn(
            { err: (err as Error).message, servers, retryInMs: delay },
            "cannot connect to NATS yet; capturing and spooling meanwhile (check --nats and credentials)",
          );
        }
        await new Promise((r) => setTimeout(r, delay));
        if (this.stopped) return;
      }
    }
    if (this.stopped) {
      await nc.close();
      return;
    }
    this.nc = nc;
    this.js = nc.jetstream();
    this.natsLog.info({ server: nc.getServer() }, "connected to NATS");
    void this.watchStatus(nc);
    nc.subscribe(this.commandSubject, {
      callback: (err, msg) => {
        if (err !== null) {
          this.natsLog.warn({ err: err.message, subject: this.commandSubject }, "command subscription error");
          return;
        }
        void this.onCommand(msg);
      },
    });
    await this.ensureStream();
    await this.openKv();
    await this.heartbeat();
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.config.heartbeat.intervalMs);
    this.publisher.setConnected(true);
    this.resolveReady();
  }

  private async watchStatus(nc: NatsConnection): Promise<void> {
    for await (const s of nc.status()) {
      if (s.type === Events.Disconnect) {
        this.publisher.setConnected(false);
        this.natsLog.warn({ server: String(s.data) }, "disconnected from NATS; spooling batches");
      } else if (s.type === Events.Reconnect) {
        this.reconnectAttempt = 0;
        this.counters.reconnects++;
        this.natsLog.info(
          { server: String(s.data), spooled: this.spool.size },
          "reconnected to NATS; draining the spool",
        );
        this.publisher.setConnected(true);
        void this.heartbeat();
      } else if (s.type === DebugEvents.Reconnecting) {
        // every attempt: too chatty for info
        this.natsLog.debug({ attempt: this.reconnectAttempt }, "reconnecting");
      } else if (s.type === Events.Error) {
        this.natsLog.warn({ err: String(s.data) }, "NATS error");
      }
    }
  }

  private async ensureStream(): Promise<void> {
    if (!this.config.nats.ensureStream || this.nc === undefined) return;
    try {
      const jsm = await this.nc.jetstreamManager();
      try {
        await jsm.streams.info(SUMMARY_STREAM);
      } catch {
        await jsm.streams.add({
          name: SUMMARY_STREAM,
          subjects: [...SUMMARY_STREAM_SUBJECTS],
          duplicate_window: nanos(5 * 60_000),
        });
        this.natsLog.info({ stream: SUMMARY_STREAM }, "created the summary stream");
      }
    } catch (err) {
      this.natsLog.warn(
        { err: (err as Error).message, stream: SUMMARY_STREAM },
        "cannot check or create the summary stream (JetStream off, or no permission); publishing anyway",
      );
    }
  }

  private async openKv(): Promise<void> {
    if (this.js === undefined) return;
    try {
      this.kv = await this.js.views.kv(AGENTS_KV_BUCKET, { ttl: this.config.heartbeat.ttlMs, history: 1 });
    } catch (err) {
      try {
        this.kv = await this.js.views.kv(AGENTS_KV_BUCKET, { bindOnly: true });
      } catch {
        this.natsLog.warn(
          { err: (err as Error).message, bucket: AGENTS_KV_BUCKET },
          "cannot open the agents KV bucket",
        );
      }
    }
  }

  /** The configured taps with their ifindex, MTU and addresses as the host has them now. */
  private async describeInterfaces(): Promise<AgentInterface[]> {
    const taps = configuredTaps(this.config)
      .map((t) => ({ name: this.config.taps[t], role: TAP_ROLE[t] }))
      .filter((t): t is { name: string; role: Tap } => t.name !== undefined);
    try {
      if (this.options.host?.interfaces !== undefined) return await this.options.host.interfaces(taps);
    } catch {
      // keep the bare names
    }
    return taps.map((t) => ({ name: t.name, role: t.role }));
  }

  private async buildHello(): Promise<AgentHelloInit> {
    const interfaces = await this.describeInterfaces();
    const h = this.options.host;
    const capabilities: Capabilities = {
      captureBackends: [...(h?.backends ?? [BACKEND_ENUM[this.config.capture.backend]])],
      collectors: [...(h?.collectors ?? [])],
      pmtuProbe: h?.pmtuProbe ?? false,
      maxSnaplen: 256,
    };
    return {
      agentId: this.config.id,
      version: AGENT_VERSION,
      hostLabel: this.config.hostLabel,
      interfaces,
      capabilities,
      startedAtNs: int64FromBigInt(this.startedAtNs),
    };
  }

  private async heartbeat(): Promise<void> {
    const kv = this.kv;
    if (kv === undefined || this.nc === undefined || this.nc.isClosed()) return;
    // Interfaces and their addresses change under a running agent (an address added after
    // the agent started, a tunnel device re-created on rekey, DHCP): every heartbeat
    // describes them as they are now, since the coordinator orients traffic by them.
    if (this.hello !== undefined) this.hello = { ...this.hello, interfaces: await this.describeInterfaces() };
    let sas: IpsecSa[] = [];
    let clock: ClockSync = {};
    try {
      sas = (await this.options.host?.sas?.()) ?? [];
    } catch {
      // unavailable: no SAs listed
    }
    try {
      clock = (await this.options.host?.clock?.()) ?? {};
    } catch {
      // unknown
    }
    const bytes = encodeHeartbeat({
      hello: this.hello ?? { agentId: this.config.id },
      sequence: ++this.heartbeatSeq,
      sentAtNs: int64FromBigInt(BigInt(Date.now()) * 1_000_000n),
      clock,
      sas,
      activeSessionIds: [...this.sessions.entries()]
        .filter(
          ([, s]) =>
            s.state === SessionState.SESSION_STATE_CAPTURING ||
            s.state === SessionState.SESSION_STATE_SCHEDULED,
        )
        .map(([id]) => id),
    });
    if (!bytes.ok) {
      this.log.error({ err: bytes.error.message }, "cannot encode the heartbeat (a bug)");
      return;
    }
    try {
      await kv.put(this.config.id, bytes.value);
      this.counters.heartbeats++;
    } catch (err) {
      this.counters.heartbeatFailures++;
      this.natsLog.debug({ err: (err as Error).message }, "heartbeat not stored");
    }
  }

  private async publishOne(subject: string, data: Uint8Array, id: string): Promise<{ duplicate: boolean }> {
    const js = this.js;
    if (js === undefined) throw new Error("not connected");
    const ack = await js.publish(subject, data, { msgID: id, timeout: 5000 });
    return { duplicate: ack.duplicate };
  }

  // ── sessions ──────────────────────────────────────────────────────────────

  private async startSession(plan: SessionPlan): Promise<CaptureSession> {
    const log = this.options.logger.child({
      component: "session",
      agent: this.config.id,
      session: plan.sessionId,
    });
    const session = new CaptureSession(plan, this.config, {
      createSources: this.options.createSources ?? ((p) => defaultCreateSources(this.config, p)),
      onBatch: (b) => this.onBatch(b),
      log,
    });
    this.sessions.set(plan.sessionId, session);
    void session.done.then(() => {
      this.options.host?.endSession?.(plan.sessionId);
      void this.heartbeat();
    });
    await session.start();
    void this.heartbeat();
    return session;
  }

  private onBatch(batch: SummaryBatchInit): void {
    this.counters.batchesBuilt++;
    const sessionId = batch.sessionId as string;
    const seq = batch.batchSeq as number;
    batch.health = { ...batch.health, spoolDrops: this.spool.takeDrops() };
    const host = this.options.host?.hostCounters?.(sessionId);
    if (host !== undefined) batch.host = host;
    let bytes = encodeSummaryBatch(batch);
    // Too large: leave out the collapse pcap, then send fewer digests, then fewer flows
    // (largest first kept), counting what was left out.
    while (!bytes.ok && bytes.error.code === "PROTO_TOO_LARGE") {
      this.counters.batchesTooLarge++;
      const digests = batch.digests ?? [];
      if ((batch.collapsePcap?.length ?? 0) > 0) {
        this.log.warn(
          { seq, bytes: batch.collapsePcap?.length },
          "collapse pcap left out: the batch would exceed the message size cap (lower --slice-max-bytes)",
        );
        batch.collapsePcap = new Uint8Array(0);
      } else if (digests.length > 0) {
        const keep = Math.floor(digests.length / 2);
        batch.digests = digests.slice(digests.length - keep);
        batch.health = {
          ...batch.health,
          digestDrops: Number(batch.health?.digestDrops ?? 0) + (digests.length - keep),
        };
      } else if ((batch.flows?.length ?? 0) > 1) {
        batch.flows = [...(batch.flows ?? [])]
          .sort((a, b) => Number(b.bytes ?? 0) - Number(a.bytes ?? 0))
          .slice(0, Math.floor((batch.flows?.length ?? 0) / 2));
      } else break;
      bytes = encodeSummaryBatch(batch);
    }
    if (!bytes.ok) {
      this.log.error(
        { err: bytes.error.message, code: bytes.error.code, seq },
        "cannot encode a batch (a bug); dropped",
      );
      return;
    }
    const subject = summarySubject(sessionId, this.config.id);
    const id = msgId(sessionId, this.config.id, seq);
    if (!subject.ok || !id.ok) return; // ids were validated when the session started
    this.publisher.enqueue({ subject: subject.value, msgId: id.value, data: bytes.value });
  }

  // ── commands ──────────────────────────────────────────────────────────────

  private reply(msg: Msg, ack: SessionAckInit): void {
    const bytes = encodeSessionAck({ ...ack, agentTimeNs: int64FromBigInt(BigInt(Date.now()) * 1_000_000n) });
    if (!bytes.ok) {
      this.log.error({ err: bytes.error.message }, "cannot encode a SessionAck (a bug)");
      return;
    }
    if (msg.reply === undefined || msg.reply === "") {
      this.log.debug({ subject: msg.subject }, "command without a reply subject: not answered");
      return;
    }
    msg.respond(bytes.value);
  }

  private reject(msg: Msg, sessionId: string, error: SessionError, message: string, why: string): void {
    this.counters.commandsRejected++;
    const key = `${msg.subject}|${why}`;
    if (!this.loggedBad.has(key)) {
      this.loggedBad.add(key);
      this.log.warn(
        { subject: msg.subject, why, message },
        "command rejected (logged once per subject and reason)",
      );
    }
    const known = this.sessions.get(sessionId);
    this.reply(msg, {
      sessionId: /^[A-Za-z0-9_-]{1,64}$/.test(sessionId) ? sessionId : "unknown",
      accepted: false,
      error,
      message,
      state: known?.state ?? SessionState.SESSION_STATE_UNSPECIFIED,
      batches: known?.batches ?? 0,
    });
  }

  private async onCommand(msg: Msg): Promise<void> {
    this.counters.commands++;
    try {
      if (msg.subject !== this.commandSubject) {
        this.reject(
          msg,
          "unknown",
          SessionError.SESSION_ERROR_INVALID_ARGUMENT,
          "not this agent's command subject",
          "subject",
        );
        return;
      }
      const decoded = decodeSessionCommand(msg.data);
      if (!decoded.ok) {
        this.reject(
          msg,
          "unknown",
          SessionError.SESSION_ERROR_INVALID_ARGUMENT,
          `${decoded.error.message} [${decoded.error.code}]`,
          decoded.error.code,
        );
        return;
      }
      const cmd = decoded.value;
      const id = cmd.sessionId;
      const existing = this.sessions.get(id);
      if (cmd.start !== null && cmd.start !== undefined) {
        if (
          existing !== undefined &&
          (existing.state === SessionState.SESSION_STATE_CAPTURING ||
            existing.state === SessionState.SESSION_STATE_SCHEDULED)
        ) {
          this.reject(
            msg,
            id,
            SessionError.SESSION_ERROR_ALREADY_RUNNING,
            `session ${id} is already running`,
            "running",
          );
          return;
        }
        const running = [...this.sessions.values()].filter(
          (s) =>
            s.state === SessionState.SESSION_STATE_CAPTURING ||
            s.state === SessionState.SESSION_STATE_SCHEDULED,
        ).length;
        if (running >= this.config.session.maxSessions) {
          this.reject(
            msg,
            id,
            SessionError.SESSION_ERROR_BUSY,
            `this agent runs ${running} sessions, its maximum (--max-sessions); stop one first`,
            "busy",
          );
          return;
        }
        const plan = planFromStart(id, cmd.start, this.config);
        if (isPlanError(plan)) {
          this.reject(msg, id, plan.error, plan.message, "invalid start");
          return;
        }
        let session: CaptureSession;
        try {
          session = await this.startSession(plan);
        } catch (err) {
          const e = err instanceof AgentError ? err : new AgentError("AGENT_CAPTURE_FAILED", String(err));
          const code =
            e.code === "AGENT_CAPTURE_PERMISSION_DENIED"
              ? SessionError.SESSION_ERROR_PERMISSION_DENIED
              : e.code === "AGENT_INVALID_FILTER" || e.code === "AGENT_INVALID_INTERFACE"
                ? SessionError.SESSION_ERROR_INVALID_ARGUMENT
                : SessionError.SESSION_ERROR_CAPTURE_FAILED;
          this.reject(msg, id, code, `${e.message} [${e.code}]`, e.code);
          return;
        }
        this.log.info(
          { session: id, taps: plan.taps, startAtUs: plan.startAtUs },
          "session started by command",
        );
        this.reply(msg, { sessionId: id, accepted: true, state: session.state, batches: session.batches });
        return;
      }
      if (existing === undefined) {
        this.reject(
          msg,
          id,
          SessionError.SESSION_ERROR_UNKNOWN_SESSION,
          `no session ${id} on this agent`,
          "unknown session",
        );
        return;
      }
      if (cmd.stop !== null && cmd.stop !== undefined) {
        this.log.info({ session: id, reason: cmd.stop.reason }, "stop command");
        await existing.stop(cmd.stop.reason || "stop command");
      }
      this.reply(msg, { sessionId: id, accepted: true, state: existing.state, batches: existing.batches });
    } catch (err) {
      this.log.error({ err: (err as Error).message }, "command handling failed (a bug)");
      this.reject(
        msg,
        "unknown",
        SessionError.SESSION_ERROR_INTERNAL,
        "internal error; see the agent's log",
        "internal",
      );
    }
  }

  // ── shutdown ──────────────────────────────────────────────────────────────

  /**
   * Clean shutdown: stops every session (their final batches are spooled), waits for the
   * spool to drain (at most `flushTimeoutMs`), then drains and closes the connection.
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.heartbeatTimer !== undefined) clearInterval(this.heartbeatTimer);
    await Promise.allSettled([...this.sessions.values()].map((s) => s.stop("agent shutting down")));
    const nc = this.nc;
    if (nc !== undefined && !nc.isClosed()) {
      const left = await this.publisher.flush(this.options.flushTimeoutMs ?? 5000);
      if (left > 0) this.natsLog.warn({ left }, "shutting down with batches still spooled");
      await this.heartbeat();
      this.publisher.close();
      try {
        await nc.drain();
      } catch {
        await nc.close();
      }
    } else {
      this.publisher.close();
      if (nc !== undefined) await nc.close().catch(() => {});
      else this.natsLog.warn({ left: this.spool.size }, "never connected; spooled batches are lost");
    }
    this.log.info({ ...this.publishing, ...this.counters }, "agent stopped");
  }
}
