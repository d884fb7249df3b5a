/**
 * Hostile input on every subject the coordinator and the agents listen on — the session
 * request subject, an agent's command subject, the summary stream subjects of a running
 * session, the agents and sessions KV buckets — against a real nats-server whose
 * max_payload (4 MiB) is above the codec's 1 MiB cap: garbage, truncated protobuf, valid
 * protobuf with the wrong ids, messages over the codec cap and over max_payload, JSON with
 * wrong types. Every process keeps running, counts the rejects, logs one line per
 * subject, answers requests with a clear error, and still runs a session to the truth.
 */
import { createConnection } from "node:net";
import { join } from "node:path";
import { Agent, type AgentConfig, parseConfig } from "@tunnelscope/agent";
import {
  AGENTS_KV_BUCKET,
  agentCommandSubject,
  DEFAULT_MAX_BYTES,
  decodeSessionAck,
  decodeSummaryBatch,
  encodeHeartbeat,
  encodeSessionCommand,
  encodeSummaryBatch,
  SessionError,
  SUMMARY_STREAM,
  summarySubject,
} from "@tunnelscope/protocol";
import { connect, type NatsConnection } from "nats";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  Coordinator,
  SESSION_REQUEST_SUBJECT,
  type SessionReply,
  type SessionSummary,
} from "../../packages/coordinator/src/index.js";
import { SESSIONS_KV_BUCKET } from "../../packages/coordinator/src/nats/lease.js";
import { SCENARIOS, truth } from "../helpers/fault-rig.js";
import { NatsTestServer } from "../helpers/nats-server.js";

const MAX_PAYLOAD = 4 * 1024 * 1024;
const enc = new TextEncoder();
const dec = new TextDecoder();

function logged() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: "info" }, { write: (s: string) => lines.push(JSON.parse(s)) });
  return { logger, lines };
}

function agentConfig(url: string, id: string, gateway: "a" | "b"): AgentConfig {
  const taps =
    gateway === "a" ? { outer: "3", inner: "2", tunnel: "5" } : { outer: "2", inner: "3", tunnel: "5" };
  return parseConfig({
    id,
    nats: { servers: [url] },
    taps,
    capture: {
      backend: "file",
      replayFile: join(SCENARIOS, "healthy", `g${gateway}.pcap`),
      replaySpeed: "max",
    },
    heartbeat: { intervalMs: 500, ttlMs: 5000 },
    collectors: { enabled: false },
  });
}

/** Random bytes (a fixed seed: the same run every time). */
function noise(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/**
 * Publishes `size` bytes on `subject` over a raw NATS connection (the client library
 * refuses to send past max_payload; a hostile client does not) and returns what the
 * server answered.
 */
function rawPublish(port: number, subject: string, size: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = createConnection({ host: "127.0.0.1", port });
    let text = "";
    sock.setEncoding("latin1");
    // the server answers -ERR and closes as soon as it reads the PUB line: writing the rest fails
    sock.on("error", (e: NodeJS.ErrnoException) =>
      e.code === "EPIPE" || e.code === "ECONNRESET" ? resolve(text) : reject(e),
    );
    sock.once("close", () => resolve(text));
    sock.on("data", (d: string) => {
      text += d;
      if (text.startsWith("INFO ") && !text.includes("CONNECT_SENT")) {
        text += "CONNECT_SENT";
        sock.write('CONNECT {"verbose":false,"pedantic":false}\r\n');
        // the server judges the size from the PUB line; the body would follow
        sock.write(`PUB ${subject} ${size}\r\n`);
        sock.write(Buffer.alloc(64 * 1024, 0x41));
      }
      if (/-ERR|PONG/.test(text)) {
        sock.destroy();
        resolve(text);
      }
    });
    sock.setTimeout(5000, () => {
      sock.destroy();
      resolve(text);
    });
  });
}

describe("hostile input on every subject", () => {
  let server: NatsTestServer;
  let nc: NatsConnection;
  let coordinator: Coordinator;
  const coordLog = logged();
  const agentLog = logged();
  let ga: Agent;
  let gb: Agent;
  const cmdA = (agentCommandSubject("hs-a") as { value: string }).value;

  beforeAll(async () => {
    server = await NatsTestServer.start({ config: `max_payload: ${MAX_PAYLOAD}\n` });
    nc = await connect({ servers: server.url });
    coordinator = new Coordinator(nc, coordLog.logger.child({ component: "coordinator" }), {
      leadMs: 200,
      leaseMs: 1500,
    });
    await coordinator.start();
    ga = new Agent({ config: agentConfig(server.url, "hs-a", "a"), logger: agentLog.logger });
    gb = new Agent({ config: agentConfig(server.url, "hs-b", "b"), logger: agentLog.logger });
    await ga.start();
    await gb.start();
    await Promise.all([ga.ready, gb.ready]);
    for (let i = 0; i < 100 && coordinator.agentIds().length < 2; i++)
      await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => {
    await ga?.stop();
    await gb?.stop();
    await coordinator?.stop();
    await nc?.close();
    await server?.stop();
  });

  const rejectedLines = (subject: string) =>
    coordLog.lines.filter((l) => l.msg === "message rejected" && l.subject === subject);

  it("session request subject: garbage, wrong types, oversized JSON → a clear error, counted, logged once", async () => {
    const before = coordinator.rejected;
    const ask = async (data: Uint8Array) =>
      JSON.parse(
        dec.decode((await nc.request(SESSION_REQUEST_SUBJECT, data, { timeout: 5000 })).data),
      ) as SessionReply;
    const bodies = [
      noise(300),
      enc.encode("{"),
      enc.encode(JSON.stringify({ a: 5, b: ["x"], durationMs: "10", reportSubject: 7 })),
      enc.encode(JSON.stringify({ a: "hs-a", b: "hs-b", durationMs: 1000, reportSubject: "tunnelscope.>" })),
      enc.encode(
        JSON.stringify({
          a: "hs-a",
          b: "hs-b",
          durationMs: 1000,
          reportSubject: "r",
          pad: "x".repeat(200_000),
        }),
      ),
      enc.encode("null"),
    ];
    for (const body of bodies) {
      const r = await ask(body);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe("COORD_INVALID_REQUEST");
        expect(r.message).toMatch(/^session request: .+/);
      }
    }
    expect(coordinator.rejected - before).toBe(bodies.length);
    expect(rejectedLines(SESSION_REQUEST_SUBJECT)).toHaveLength(1);
  });

  it("an agent's command subject: garbage, truncated, wrong ids, over the codec cap → INVALID_ARGUMENT, counted", async () => {
    const before = ga.counters.commandsRejected;
    const status = encodeSessionCommand({ sessionId: "ok1", status: {} });
    if (!status.ok) throw status.error;
    const wrongId = new Uint8Array([0x0a, 5, ...enc.encode("a.b.>"), 0x22, 0x00]);
    const bodies = [
      noise(64),
      status.value.subarray(0, status.value.length - 2),
      wrongId,
      noise(DEFAULT_MAX_BYTES + 1000),
      new Uint8Array(0),
    ];
    for (const body of bodies) {
      const ack = decodeSessionAck((await nc.request(cmdA, body, { timeout: 5000 })).data);
      if (!ack.ok) throw ack.error;
      expect(ack.value.accepted).toBe(false);
      expect(ack.value.error).toBe(SessionError.SESSION_ERROR_INVALID_ARGUMENT);
      expect(ack.value.message).toMatch(/PROTO_[A-Z_]+/);
    }
    expect(ga.counters.commandsRejected - before).toBe(bodies.length);
    // once per reason on this subject, not once per message
    const lines = agentLog.lines.filter(
      (l) => String(l.msg).startsWith("command rejected") && l.subject === cmdA,
    );
    const reasons = new Set(lines.map((l) => l.why));
    expect(lines.length).toBe(reasons.size);
    for (let i = 0; i < 3; i++) await nc.request(cmdA, noise(64, i + 1), { timeout: 5000 });
    expect(
      agentLog.lines.filter((l) => String(l.msg).startsWith("command rejected") && l.subject === cmdA),
    ).toHaveLength(lines.length);
  });

  it("over the server's max_payload: the server refuses the client; nobody else notices", async () => {
    for (const subject of [SESSION_REQUEST_SUBJECT, cmdA, "tunnelscope.v1.summary.x.hs-a"]) {
      const answer = await rawPublish(server.port, subject, MAX_PAYLOAD + 1024);
      expect(answer).toMatch(/-ERR 'Maximum Payload/i);
    }
    const status = encodeSessionCommand({ sessionId: "nope", status: {} });
    if (!status.ok) throw status.error;
    const ack = decodeSessionAck((await nc.request(cmdA, status.value, { timeout: 5000 })).data);
    expect(ack.ok && ack.value.error).toBe(SessionError.SESSION_ERROR_UNKNOWN_SESSION);
  });

  it("agents and sessions KV: garbage, wrong id, oversized heartbeats and records are rejected, never agents", async () => {
    const before = coordinator.rejected;
    const js = nc.jetstream();
    const agents = await js.views.kv(AGENTS_KV_BUCKET);
    const forged = encodeHeartbeat({ hello: { agentId: "hs-a" }, sequence: 1 });
    if (!forged.ok) throw forged.error;
    await agents.put("evil-1", noise(100));
    await agents.put("evil-2", forged.value); // valid protobuf, another agent's id
    await agents.put("evil-3", noise(DEFAULT_MAX_BYTES + 10));
    const sessions = await js.views.kv(SESSIONS_KV_BUCKET);
    await sessions.put("evil-4", enc.encode('{"id":"evil-4","state":"running","expiresAtMs":0}'));
    const deadline = Date.now() + 10_000;
    while (coordinator.rejected - before < 4 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(coordinator.rejected - before).toBe(4);
    expect(coordinator.agentIds()).toEqual(["hs-a", "hs-b"]);
    for (const key of ["evil-1", "evil-2", "evil-3"])
      expect(rejectedLines(`$KV.${AGENTS_KV_BUCKET}.${key}`)).toHaveLength(1);
    expect(rejectedLines(`$KV.${SESSIONS_KV_BUCKET}`)).toHaveLength(1);
  });

  it("summary subjects of a running session: garbage, truncated, wrong ids, oversized are counted; the verdict holds", async () => {
    const ended = new Promise<SessionSummary>((resolve) => {
      const off = coordinator.subscribe((e) => {
        if (e.type === "session" && e.session.status === "ended" && e.session.a === "hs-a") {
          off();
          resolve(e.session);
        }
      });
    });
    const started = await coordinator.startSession({
      a: "hs-a",
      b: "hs-b",
      durationMs: 3000,
      samplingRate: 1,
      intervalMs: 250,
      graceMs: 15_000,
    });
    const js = nc.jetstream();
    const subject = (summarySubject(started.id, "hs-a") as { value: string }).value;
    const good = encodeSummaryBatch({ sessionId: started.id, agentId: "hs-a", batchSeq: 999, digests: [] });
    if (!good.ok) throw good.error;
    const truncated = good.value.subarray(0, good.value.length - 1);
    expect(decodeSummaryBatch(truncated).ok).toBe(false);
    const wrongAgent = encodeSummaryBatch({ sessionId: started.id, agentId: "hs-b", batchSeq: 1 });
    const wrongSession = encodeSummaryBatch({ sessionId: "other", agentId: "hs-a", batchSeq: 1 });
    if (!wrongAgent.ok || !wrongSession.ok) throw new Error("cannot encode");
    const hostile = [
      noise(500),
      truncated,
      wrongAgent.value,
      wrongSession.value,
      noise(DEFAULT_MAX_BYTES + 100),
    ];
    for (const [i, body] of hostile.entries()) await js.publish(subject, body, { msgID: `hostile-${i}` });
    const summary = await ended;
    const report = coordinator.report(summary.id);
    expect(report?.session.rejected).toBe(hostile.length);
    expect(rejectedLines(subject)).toHaveLength(1);
    expect({ location: report?.verdict.location, cause: report?.verdict.cause }).toEqual(truth("healthy"));
    expect(report?.missing.filter((m) => m.startsWith("agent "))).toEqual([]);
    // the stream still holds them: nothing was lost on the way, only refused on reading
    const jsm = await nc.jetstreamManager();
    expect((await jsm.streams.info(SUMMARY_STREAM)).state.messages).toBeGreaterThan(hostile.length);
  }, 60_000);
});
