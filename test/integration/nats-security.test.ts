/**
 * deploy/nats-server.conf, run as shipped by a real nats-server (test/helpers/nats-server.ts):
 * each placeholder password is replaced by one generated here and the JetStream store
 * moves to a temporary directory; nothing else changes. Checks every permission the file
 * grants or withholds (DESIGN §4): an agent publishes its own summaries and heartbeat
 * and nothing else, receives only its own commands, a client without credentials is
 * refused, the coordinator reads the stream and commands agents.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Agent, parseConfig } from "@tunnelscope/agent";
import {
  AGENTS_KV_BUCKET,
  agentCommandSubject,
  decodeHeartbeat,
  decodeSessionAck,
  decodeSummaryBatch,
  encodeSessionCommand,
  SESSION_EVIDENCE_SUBJECTS,
  SessionError,
  SUMMARY_STREAM,
  SUMMARY_STREAM_SUBJECTS,
  sessionEvidenceSubject,
  summarySubject,
} from "@tunnelscope/protocol";
import { connect, type NatsConnection, nanos, type Status } from "nats";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsTestServer } from "../helpers/nats-server.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CONF = join(ROOT, "deploy", "nats-server.conf");
const FIXTURE = join(ROOT, "test", "fixtures", "scenarios", "healthy", "ga.pcap");
const PLACEHOLDER = /"REPLACE_ME_([A-Za-z0-9_-]+)"/g;

/** The shipped configuration with generated passwords and a temporary store. */
async function loadConfig(storeDir: string): Promise<{ text: string; passwords: Map<string, string> }> {
  const shipped = await readFile(CONF, "utf8");
  const passwords = new Map<string, string>();
  const text = shipped
    .replace(PLACEHOLDER, (_all, user: string) => {
      const password = randomBytes(18).toString("base64url");
      passwords.set(user, password);
      return JSON.stringify(password);
    })
    .replace(/store_dir: "[^"]*"/, `store_dir: ${JSON.stringify(storeDir)}`);
  return { text, passwords };
}

const value = <T>(r: { ok: true; value: T } | { ok: false; error: Error }): T => {
  if (!r.ok) throw r.error;
  return r.value;
};

/** A connection that records the permission violations the server reports to it. */
interface Client {
  readonly nc: NatsConnection;
  readonly violations: { operation: string; subject: string }[];
}

async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Bytes no protobuf decoder accepts: a first tag with the invalid wire type 7. */
const junkBytes = (n: number): Uint8Array =>
  Uint8Array.from({ length: n }, (_, i) => (i === 0 ? 0xff : (i * 131) & 0xff));

const silent = () =>
  pino(
    { level: "warn" },
    new Writable({
      write(_c, _e, cb) {
        cb();
      },
    }),
  );

describe("deploy/nats-server.conf on a real nats-server", () => {
  let server: NatsTestServer;
  let storeDir: string;
  let passwords: Map<string, string>;
  const clients: NatsConnection[] = [];

  const client = async (user: string): Promise<Client> => {
    const nc = await connect({
      servers: server.url,
      user,
      pass: passwords.get(user) ?? "",
      reconnect: false,
    });
    clients.push(nc);
    const violations: Client["violations"] = [];
    void (async () => {
      for await (const s of nc.status() as AsyncIterable<
        Status & { permissionContext?: { operation: string; subject: string } }
      >) {
        if (s.permissionContext !== undefined) violations.push(s.permissionContext);
      }
    })();
    return { nc, violations };
  };

  let coordinator: Client;

  beforeAll(async () => {
    storeDir = await mkdtemp(join(tmpdir(), "tunnelscope-nats-sec-"));
    const loaded = await loadConfig(storeDir);
    passwords = loaded.passwords;
    server = await NatsTestServer.start({ config: loaded.text, jetstream: false });
    coordinator = await client("coordinator");
    // What the coordinator does at start: the stream and the agents bucket.
    const jsm = await coordinator.nc.jetstreamManager();
    await jsm.streams.add({
      name: SUMMARY_STREAM,
      subjects: [...SUMMARY_STREAM_SUBJECTS],
      duplicate_window: nanos(60_000),
    });
    await coordinator.nc.jetstream().views.kv(AGENTS_KV_BUCKET, { ttl: 30_000, history: 1 });
  });

  afterAll(async () => {
    for (const nc of clients) await nc.close().catch(() => {});
    await server?.stop();
    if (storeDir !== undefined) await rm(storeDir, { recursive: true, force: true });
  });

  it("ships placeholders only: every password is a REPLACE_ME_ token, no user goes without one", async () => {
    const shipped = await readFile(CONF, "utf8");
    const users = [...shipped.matchAll(/user: "([^"]+)"/g)].map((m) => m[1]);
    expect(users).toEqual(["coordinator", "operator", "agent-gw-a", "agent-gw-b", "system"]);
    expect([...passwords.keys()]).toEqual(users);
    expect(shipped).not.toMatch(/^\s*no_auth_user/m);
    expect(shipped).toMatch(/^# tls \{/m);
  });

  it("refuses a client without credentials, or with a wrong password", async () => {
    await expect(connect({ servers: server.url, reconnect: false })).rejects.toThrow(/Authorization/i);
    await expect(
      connect({ servers: server.url, user: "agent-gw-a", pass: "wrong", reconnect: false }),
    ).rejects.toThrow(/Authorization/i);
    await expect(
      connect({
        servers: server.url,
        user: "agent-gw-a",
        pass: passwords.get("agent-gw-b") ?? "",
        reconnect: false,
      }),
    ).rejects.toThrow(/Authorization/i);
  });

  it("lets an agent publish its own summaries and put its own heartbeat", async () => {
    const a = await client("agent-gw-a");
    const js = a.nc.jetstream();
    const ack = await js.publish(value(summarySubject("sec1", "gw-a")), new Uint8Array([1, 2, 3]), {
      msgID: "sec1.gw-a.1",
    });
    expect(ack.stream).toBe(SUMMARY_STREAM);
    const kv = await js.views.kv(AGENTS_KV_BUCKET, { bindOnly: true });
    expect(await kv.put("gw-a", new Uint8Array([9]))).toBeGreaterThan(0);
    // Opening the bucket the way the agent does (create-or-bind) needs only read access.
    await js.views.kv(AGENTS_KV_BUCKET, { ttl: 30_000, history: 1 });
    expect(a.violations).toEqual([]);
  });

  it("refuses an agent publishing as another agent, or touching the JetStream API", async () => {
    const a = await client("agent-gw-a");
    const js = a.nc.jetstream();
    const asB = value(summarySubject("sec1", "gw-b"));
    await expect(js.publish(asB, new Uint8Array([6, 6, 6]), { timeout: 1500 })).rejects.toThrow(
      /permission|timeout/i,
    );
    a.nc.publish("tunnelscope.v1.summary.sec1.gw-b", new Uint8Array([6]));
    a.nc.publish("tunnelscope.v1.agent.gw-b.cmd", new Uint8Array([6]));
    const kv = await js.views.kv(AGENTS_KV_BUCKET, { bindOnly: true });
    await expect(kv.put("gw-b", new Uint8Array([6]), { timeout: 1500 } as never)).rejects.toThrow();
    const jsm = await a.nc.jetstreamManager({ checkAPI: false });
    await expect(jsm.streams.purge(SUMMARY_STREAM)).rejects.toThrow();
    await expect(jsm.streams.delete(SUMMARY_STREAM)).rejects.toThrow();
    await expect(jsm.streams.add({ name: "EVIL", subjects: ["evil.>"] })).rejects.toThrow();
    await until(() => a.violations.length >= 6, 3000, "the server's permission violations");
    const denied = a.violations.filter((v) => v.operation === "publish").map((v) => v.subject);
    expect(denied).toEqual(
      expect.arrayContaining([
        asB,
        "tunnelscope.v1.agent.gw-b.cmd",
        `$KV.${AGENTS_KV_BUCKET}.gw-b`,
        `$JS.API.STREAM.PURGE.${SUMMARY_STREAM}`,
        `$JS.API.STREAM.DELETE.${SUMMARY_STREAM}`,
        "$JS.API.STREAM.CREATE.EVIL",
      ]),
    );
    // Nothing from gw-a landed under gw-b's name; the stream is intact.
    const info = await (await coordinator.nc.jetstreamManager()).streams.info(SUMMARY_STREAM, {
      subjects_filter: ">",
    });
    expect(Object.keys(info.state.subjects ?? {})).not.toContain(asB);
    expect(info.state.messages).toBeGreaterThan(0);
  });

  it("refuses an agent subscribing to another agent's commands, or to anyone's summaries", async () => {
    const a = await client("agent-gw-a");
    const otherCmd = value(agentCommandSubject("gw-b"));
    const errors: string[] = [];
    for (const subject of [otherCmd, "tunnelscope.v1.agent.*.cmd", "tunnelscope.v1.summary.>", "$KV.>"]) {
      a.nc.subscribe(subject, {
        callback: (err) => {
          if (err !== null) errors.push(`${subject}: ${err.message}`);
        },
      });
    }
    await until(() => errors.length >= 4, 3000, "four refused subscriptions");
    expect(errors.every((e) => /permissions violation/i.test(e))).toBe(true);
    expect(a.violations.filter((v) => v.operation === "subscription").map((v) => v.subject)).toEqual(
      expect.arrayContaining([otherCmd, "tunnelscope.v1.summary.>"]),
    );
    // So a command to gw-b reaches nobody.
    await expect(coordinator.nc.request(otherCmd, new Uint8Array([1]), { timeout: 500 })).rejects.toThrow();
  });

  it("runs the real agent with its own credential; the coordinator reads its batches and heartbeat and commands it", async () => {
    const agent = new Agent({
      config: parseConfig({
        id: "gw-a",
        nats: {
          servers: [server.url],
          user: "agent-gw-a",
          password: passwords.get("agent-gw-a"),
          ensureStream: false,
        },
        taps: { outer: "3", inner: "2" },
        capture: { backend: "file", replayFile: FIXTURE, replaySpeed: "max" },
        session: { autoStart: { id: "sec2", durationMs: 0 }, samplingRate: 0.05 },
        heartbeat: { intervalMs: 500, ttlMs: 5000 },
        collectors: { enabled: false },
      }),
      logger: silent(),
    });
    try {
      await agent.start();
      await agent.ready;
      await agent.sessions.get("sec2")?.done;
      await until(() => agent.publishing.published === agent.counters.batchesBuilt, 10_000, "every batch");
      expect(agent.counters.batchesBuilt).toBeGreaterThanOrEqual(3);
      expect(agent.counters.heartbeats).toBeGreaterThan(0);
      expect(agent.counters.heartbeatFailures).toBe(0);

      // The coordinator reads the stream (a consumer, like a session) …
      const js = coordinator.nc.jetstream();
      const jsm = await coordinator.nc.jetstreamManager();
      await jsm.consumers.add(SUMMARY_STREAM, {
        durable_name: "sec2",
        filter_subject: "tunnelscope.v1.summary.sec2.*",
        ack_policy: "explicit" as never,
      });
      const consumer = await js.consumers.get(SUMMARY_STREAM, "sec2");
      const batches = [];
      const msgs = await consumer.fetch({ max_messages: 1000, expires: 2000 });
      for await (const m of msgs) {
        batches.push(value(decodeSummaryBatch(m.data)));
        m.ack();
        if (batches.length === agent.counters.batchesBuilt) break;
      }
      expect(batches.map((b) => b.agentId)).toEqual(batches.map(() => "gw-a"));
      expect(batches.map((b) => b.batchSeq)).toEqual(batches.map((_, i) => i + 1));

      // … and the agents bucket …
      const kv = await js.views.kv(AGENTS_KV_BUCKET);
      const entry = await kv.get("gw-a");
      expect(value(decodeHeartbeat(entry?.value ?? new Uint8Array())).hello?.agentId).toBe("gw-a");

      // … and commands the agent, whose answer goes back through allow_responses.
      const reply = await coordinator.nc.request(
        value(agentCommandSubject("gw-a")),
        value(encodeSessionCommand({ sessionId: "nope", status: {} })),
        { timeout: 5000 },
      );
      expect(value(decodeSessionAck(reply.data)).error).toBe(SessionError.SESSION_ERROR_UNKNOWN_SESSION);

      // Hostile input on its only input: a payload as large as the server allows
      // (1 MiB of garbage) and a burst of junk are answered and counted; a payload over
      // max_payload never reaches it. The agent keeps answering.
      const cmd = value(agentCommandSubject("gw-a"));
      const before = agent.counters.commandsRejected;
      const maxPayload = coordinator.nc.info?.max_payload ?? 0;
      expect(maxPayload).toBe(1024 * 1024);
      const huge = new Uint8Array(maxPayload).fill(0xff);
      const hugeAck = value(
        decodeSessionAck((await coordinator.nc.request(cmd, huge, { timeout: 5000 })).data),
      );
      expect(hugeAck.error).toBe(SessionError.SESSION_ERROR_INVALID_ARGUMENT);
      expect(() => coordinator.nc.publish(cmd, new Uint8Array(maxPayload + 1))).toThrow(/MAX_PAYLOAD/i);
      const junk = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          coordinator.nc
            .request(cmd, junkBytes(1 + i * 37), { timeout: 5000 })
            .then((m) => decodeSessionAck(m.data)),
        ),
      );
      expect(junk.every((a) => a.ok && !a.value.accepted)).toBe(true);
      expect(agent.counters.commandsRejected).toBe(before + 1 + 50);
      const still = await coordinator.nc.request(
        cmd,
        value(encodeSessionCommand({ sessionId: "nope", status: {} })),
        { timeout: 5000 },
      );
      expect(value(decodeSessionAck(still.data)).error).toBe(SessionError.SESSION_ERROR_UNKNOWN_SESSION);
    } finally {
      await agent.stop();
    }
  });

  it("keeps an agent left at ensureStream: true working: it may not check the stream, says so, and publishes", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: "warn" },
      new Writable({
        write(chunk, _e, cb) {
          for (const l of String(chunk).split("\n")) if (l.trim() !== "") lines.push(JSON.parse(l));
          cb();
        },
      }),
    );
    const agent = new Agent({
      config: parseConfig({
        id: "gw-b",
        nats: { servers: [server.url], user: "agent-gw-b", password: passwords.get("agent-gw-b") },
        taps: { outer: "3", inner: "2" },
        capture: { backend: "file", replayFile: FIXTURE, replaySpeed: "max" },
        session: { autoStart: { id: "sec4", durationMs: 0 }, samplingRate: 0.05 },
        collectors: { enabled: false },
      }),
      logger,
    });
    try {
      await agent.start();
      await agent.ready;
      await agent.sessions.get("sec4")?.done;
      await until(() => agent.publishing.published === agent.counters.batchesBuilt, 15_000, "every batch");
      expect(agent.counters.heartbeatFailures).toBe(0);
      expect(lines.some((l) => String(l.msg).startsWith("cannot check or create the summary stream"))).toBe(
        true,
      );
    } finally {
      await agent.stop();
    }
  });

  it("lets the operator ask for sessions but not publish summaries or command agents", async () => {
    const op = await client("operator");
    op.nc.publish("tunnelscope.v1.session.request", new Uint8Array([1]));
    op.nc.publish(value(summarySubject("sec3", "gw-a")), new Uint8Array([1]));
    op.nc.publish(value(agentCommandSubject("gw-a")), new Uint8Array([1]));
    await until(() => op.violations.length >= 2, 3000, "two refused publishes");
    await op.nc.flush();
    expect(op.violations.map((v) => v.subject).sort()).toEqual(
      [value(agentCommandSubject("gw-a")), value(summarySubject("sec3", "gw-a"))].sort(),
    );
  });

  it("lets the operator fetch a session's evidence from the coordinator, and no agent", async () => {
    const op = await client("operator");
    const agent = await client("agent-gw-a");
    // The coordinator answers evidence requests (session run --html fetches the captures).
    const sub = coordinator.nc.subscribe(SESSION_EVIDENCE_SUBJECTS);
    void (async () => {
      for await (const m of sub) m.respond(new Uint8Array([0x0a, 0x0d, 0x0d, 0x0a]));
    })();
    await coordinator.nc.flush();
    try {
      const subject = value(sessionEvidenceSubject("sec6"));
      const reply = await op.nc.request(subject, new TextEncoder().encode("a-collapse-1.pcapng"), {
        timeout: 5000,
      });
      expect([...reply.data]).toEqual([0x0a, 0x0d, 0x0d, 0x0a]);
      expect(op.violations).toEqual([]);
      agent.nc.publish(subject, new Uint8Array([1]));
      await until(() => agent.violations.length >= 1, 3000, "the agent's refused publish");
      expect(agent.violations.map((v) => v.subject)).toEqual([subject]);
    } finally {
      sub.unsubscribe();
    }
  });
});
