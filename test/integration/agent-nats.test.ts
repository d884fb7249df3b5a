/**
 * The agent against a real nats-server (test/helpers/nats-server.ts): replayed fixture
 * batches in JetStream, commands on its own subject, garbage commands, a broker
 * restart mid-run, and user/password authentication.
 */

import { join } from "node:path";
import { Agent, type AgentConfig, parseConfig } from "@tunnelscope/agent";
import {
  agentCommandSubject,
  ClockSyncState,
  decodeHeartbeat,
  decodeSessionAck,
  decodeSummaryBatch,
  encodeSessionCommand,
  int64FromBigInt,
  msgId,
  SaDirection,
  SessionError,
  SessionState,
  SUMMARY_STREAM,
  SUMMARY_STREAM_SUBJECTS,
  type SummaryBatch,
  Tap,
} from "@tunnelscope/protocol";
import { connect, type NatsConnection } from "nats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogger, until } from "../helpers/agent-logs.js";
import { NatsTestServer } from "../helpers/nats-server.js";
import { natsSuite } from "../helpers/nats-suite.js";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "scenarios", "healthy", "ga.pcap");

function config(url: string, over: Record<string, unknown> = {}): AgentConfig {
  return parseConfig({
    id: "gw-a",
    nats: { servers: [url] },
    taps: { outer: "3", inner: "2" },
    capture: { backend: "file", replayFile: FIXTURE, replaySpeed: "max" },
    session: { samplingRate: 0.05 },
    heartbeat: { intervalMs: 500, ttlMs: 5000 },
    collectors: { enabled: false },
    ...over,
  });
}

async function ensureStream(nc: NatsConnection): Promise<void> {
  const jsm = await nc.jetstreamManager();
  await jsm.streams.add({ name: SUMMARY_STREAM, subjects: [...SUMMARY_STREAM_SUBJECTS] }).catch(() => {});
}

/** Every batch of the stream with its Nats-Msg-Id. */
async function readStream(nc: NatsConnection): Promise<{ batch: SummaryBatch; id: string | undefined }[]> {
  const jsm = await nc.jetstreamManager();
  const info = await jsm.streams.info(SUMMARY_STREAM);
  const out: { batch: SummaryBatch; id: string | undefined }[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const m = await jsm.streams.getMessage(SUMMARY_STREAM, { seq });
    const d = decodeSummaryBatch(m.data);
    if (!d.ok) throw d.error;
    out.push({ batch: d.value, id: m.header.get("Nats-Msg-Id") });
  }
  return out;
}

describe("agent ↔ NATS", () => {
  const nats = natsSuite();

  it("publishes a replayed capture's batches to JetStream: decodable, numbered, de-duplicated by msg id", async () => {
    const { logger, lines } = captureLogger("debug");
    const agent = new Agent({
      config: config(nats.server.url, {
        session: { autoStart: { id: "replay1", durationMs: 0 }, samplingRate: 0.05 },
      }),
      logger,
    });
    await agent.start();
    await agent.ready;
    await agent.sessions.get("replay1")?.done;
    await agent.stop();
    const all = (await readStream(nats.nc)).filter((x) => x.batch.sessionId === "replay1");
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.length).toBe(agent.counters.batchesBuilt);
    all.forEach((x, i) => {
      expect(x.batch.agentId).toBe("gw-a");
      expect(x.batch.batchSeq).toBe(i + 1);
      expect(x.id).toBe(`replay1.gw-a.${i + 1}`);
    });
    expect(all.at(-1)?.batch.final).toBe(true);
    const flows = all.flatMap((x) => x.batch.flows);
    expect(flows.some((f) => f.tap === Tap.TAP_INNER && f.flow?.dstPort === 5999)).toBe(true);
    expect(all.flatMap((x) => x.batch.sas).some((s) => s.tap === Tap.TAP_OUTER)).toBe(true);
    expect(all.flatMap((x) => x.batch.digests).length).toBeGreaterThan(50);
    // A retried publish of the same batch is dropped by JetStream.
    const js = nats.nc.jetstream();
    const first = await nats.nc
      .jetstreamManager()
      .then((m) => m.streams.getMessage(SUMMARY_STREAM, { seq: 1 }));
    const ack = await js.publish(first.subject, first.data, {
      msgID: msgId("replay1", "gw-a", 1).ok ? "replay1.gw-a.1" : "",
    });
    expect(ack.duplicate).toBe(true);
    expect((await readStream(nats.nc)).filter((x) => x.batch.sessionId === "replay1")).toHaveLength(
      all.length,
    );
    // The heartbeat is in the agents KV bucket.
    const kv = await js.views.kv("tunnelscope-v1-agents");
    expect((await kv.get("gw-a"))?.value.length).toBeGreaterThan(0);
    // Log lines are objects with a component.
    expect(lines.some((l) => l.component === "nats" && l.msg === "connected to NATS")).toBe(true);
    expect(lines.some((l) => l.component === "session" && l.msg === "session stopped")).toBe(true);
  });

  it("heartbeats the host's IPsec SAs and clock-sync state, and the tunnel tap's role", async () => {
    const { logger } = captureLogger("debug");
    const agent = new Agent({
      config: config(nats.server.url, { id: "gw-hb", taps: { outer: "3", inner: "2", tunnel: "5" } }),
      logger,
      host: {
        sas: async () => [
          {
            spi: 0x8976fbe8,
            srcAddr: new Uint8Array([198, 51, 100, 1]),
            dstAddr: new Uint8Array([192, 0, 2, 1]),
            direction: SaDirection.SA_DIRECTION_IN,
            replayWindow: 32,
            packets: 861,
            replayWindowDrops: 17,
            udpEncap: true,
          },
        ],
        clock: async () => ({
          state: ClockSyncState.CLOCK_SYNC_STATE_SYNCHRONIZED,
          source: "chrony",
          offsetNs: -29,
          estimatedErrorNs: 1118,
          maxErrorNs: 4205,
        }),
      },
    });
    await agent.start();
    await agent.ready;
    await agent.stop();
    const kv = await nats.nc.jetstream().views.kv("tunnelscope-v1-agents");
    const hb = decodeHeartbeat((await kv.get("gw-hb"))?.value ?? new Uint8Array(0));
    if (!hb.ok) throw hb.error;
    expect(hb.value.clock?.state).toBe(ClockSyncState.CLOCK_SYNC_STATE_SYNCHRONIZED);
    expect(hb.value.clock?.source).toBe("chrony");
    expect(Number(hb.value.clock?.maxErrorNs)).toBe(4205);
    expect(hb.value.sas).toHaveLength(1);
    expect(hb.value.sas[0]?.spi).toBe(0x8976fbe8);
    expect(Number(hb.value.sas[0]?.replayWindowDrops)).toBe(17);
    // a replay's hello names its outer and inner selectors
    expect((hb.value.hello?.interfaces ?? []).map((i) => [i.name, i.role])).toEqual([
      ["3", Tap.TAP_OUTER],
      ["2", Tap.TAP_INNER],
    ]);
  });

  it("describes its interfaces as they are now in every heartbeat (an address added after start)", async () => {
    const { logger } = captureLogger("warn");
    let calls = 0;
    const agent = new Agent({
      config: config(nats.server.url, { id: "gw-addr" }),
      logger,
      host: {
        // the inner interface has no address when the agent starts, and one from then on
        interfaces: async (taps) =>
          taps.map((t) => ({
            name: t.name,
            role: t.role,
            addresses: t.role === Tap.TAP_INNER && calls++ > 0 ? [new Uint8Array([10, 1, 0, 1])] : [],
          })),
      },
    });
    await agent.start();
    await agent.ready;
    const kv = await nats.nc.jetstream().views.kv("tunnelscope-v1-agents");
    const innerAddresses = async () => {
      const hb = decodeHeartbeat((await kv.get("gw-addr"))?.value ?? new Uint8Array(0));
      if (!hb.ok) return [];
      return (hb.value.hello?.interfaces ?? [])
        .filter((i) => i.role === Tap.TAP_INNER)
        .flatMap((i) => (i.addresses ?? []).map((a) => [...a].join(".")));
    };
    try {
      await until(
        async () => (await innerAddresses()).length > 0,
        20_000,
        "a heartbeat with the new address",
      );
      expect(await innerAddresses()).toEqual(["10.1.0.1"]);
    } finally {
      await agent.stop();
    }
  });

  describe("commands", () => {
    let agent: Agent;
    let lines: Record<string, unknown>[];
    const subject = (agentCommandSubject("gw-a") as { value: string }).value;
    const request = async (bytes: Uint8Array) => {
      const reply = await nats.nc.request(subject, bytes, { timeout: 5000 });
      const ack = decodeSessionAck(reply.data);
      if (!ack.ok) throw ack.error;
      return ack.value;
    };
    const command = (sessionId: string, c: Record<string, unknown>) => {
      const b = encodeSessionCommand({ sessionId, ...c });
      if (!b.ok) throw b.error;
      return b.value;
    };

    beforeAll(async () => {
      const c = captureLogger("debug");
      lines = c.lines;
      agent = new Agent({
        config: config(nats.server.url, {
          capture: { backend: "file", replayFile: FIXTURE, replaySpeed: "realtime" },
        }),
        logger: c.logger,
      });
      await agent.start();
      await agent.ready;
    });
    afterAll(async () => {
      await agent?.stop();
    });

    it("answers status for an unknown session with UNKNOWN_SESSION", async () => {
      const ack = await request(command("nope", { status: {} }));
      expect(ack.accepted).toBe(false);
      expect(ack.error).toBe(SessionError.SESSION_ERROR_UNKNOWN_SESSION);
    });

    it("starts, reports and stops a session on its own subject", async () => {
      const start = await request(
        command("cmd1", {
          start: {
            startAtNs: int64FromBigInt(0n),
            durationMs: 0,
            taps: [Tap.TAP_OUTER, Tap.TAP_INNER],
            samplingRate: int64FromBigInt(1n << 28n),
            intervalMs: 500,
          },
        }),
      );
      expect(start.accepted).toBe(true);
      expect(start.state).toBe(SessionState.SESSION_STATE_CAPTURING);
      const again = await request(command("cmd1", { start: { taps: [Tap.TAP_OUTER] } }));
      expect(again.error).toBe(SessionError.SESSION_ERROR_ALREADY_RUNNING);
      await until(async () => (await request(command("cmd1", { status: {} }))).batches >= 1, 5000, "a batch");
      const stop = await request(command("cmd1", { stop: { reason: "test" } }));
      expect(stop.accepted).toBe(true);
      expect(stop.state).toBe(SessionState.SESSION_STATE_STOPPED);
      await until(
        async () =>
          (await readStream(nats.nc)).filter((x) => x.batch.sessionId === "cmd1").some((x) => x.batch.final),
        5000,
        "the final batch",
      );
    });

    it("rejects an invalid start with INVALID_ARGUMENT and a sentence", async () => {
      const ack = await request(command("bad1", { start: { snaplen: 9000 } }));
      expect(ack.error).toBe(SessionError.SESSION_ERROR_INVALID_ARGUMENT);
      expect(ack.message).toMatch(/snaplen 9000/);
      const filter = await request(command("bad2", { start: { bpfFilter: ["tcp; reboot"] } }));
      expect(filter.error).toBe(SessionError.SESSION_ERROR_INVALID_ARGUMENT);
    });

    it("answers garbage with an error, counts it, logs it once, and keeps running", async () => {
      const before = agent.counters.commandsRejected;
      for (let i = 0; i < 3; i++) {
        const ack = await request(new Uint8Array([0xff, 0x13, 0x37, i]));
        expect(ack.accepted).toBe(false);
        expect(ack.error).toBe(SessionError.SESSION_ERROR_INVALID_ARGUMENT);
        expect(ack.message).toMatch(/PROTO_/);
      }
      expect(agent.counters.commandsRejected).toBe(before + 3);
      const logged = lines.filter(
        (l) => l.msg?.toString().startsWith("command rejected") && l.why === "PROTO_MALFORMED",
      );
      expect(logged).toHaveLength(1);
      expect(logged[0]?.subject).toBe(subject);
      const ok = await request(command("nope", { status: {} }));
      expect(ok.error).toBe(SessionError.SESSION_ERROR_UNKNOWN_SESSION);
    });

    it("listens only on its own command subject", async () => {
      const other = (agentCommandSubject("gw-b") as { value: string }).value;
      await expect(nats.nc.request(other, command("x", { status: {} }), { timeout: 500 })).rejects.toThrow();
    });
  });
});

describe("agent across a broker restart", () => {
  it("spools while NATS is down and drains on reconnect: every batch exactly once", async () => {
    const server = await NatsTestServer.start();
    const nc0 = await connect({ servers: server.url });
    await ensureStream(nc0);
    await nc0.close();
    const { logger, lines } = captureLogger("debug");
    const agent = new Agent({
      config: config(server.url, {
        capture: { backend: "file", replayFile: FIXTURE, replaySpeed: "realtime" },
        session: { autoStart: { id: "outage", durationMs: 0 }, intervalMs: 250, samplingRate: 0.05 },
      }),
      logger,
    });
    try {
      await agent.start();
      await agent.ready;
      await until(() => agent.publishing.published >= 2, 5000, "the first batches");
      await server.halt();
      const during = agent.counters.batchesBuilt;
      await new Promise((r) => setTimeout(r, 2500));
      expect(agent.counters.batchesBuilt).toBeGreaterThan(during); // still capturing
      expect(agent.publishing.spooled).toBeGreaterThan(0);
      await server.restart();
      await agent.sessions.get("outage")?.done;
      await until(() => agent.publishing.spooled === 0, 15_000, "the spool to drain");
      const nc = await connect({ servers: server.url });
      try {
        const all = (await readStream(nc)).filter((x) => x.batch.sessionId === "outage");
        const seqs = all.map((x) => x.batch.batchSeq);
        expect(new Set(seqs).size).toBe(seqs.length);
        expect(seqs.length).toBe(agent.counters.batchesBuilt);
        expect(seqs).toEqual(seqs.map((_, i) => i + 1));
        expect(all.every((x) => Number(x.batch.health?.spoolDrops ?? 0) === 0)).toBe(true);
      } finally {
        await nc.close();
      }
      expect(lines.some((l) => l.msg === "disconnected from NATS; spooling batches")).toBe(true);
      expect(lines.some((l) => l.msg === "reconnected to NATS; draining the spool")).toBe(true);
    } finally {
      await agent.stop();
      await server.stop();
    }
  });
});

describe("agent authentication", () => {
  it("connects with user/password to a server with authorization", async () => {
    const server = await NatsTestServer.start({
      config: 'authorization {\n  users = [ { user: "agent-gw-a", password: "s3cret-pw" } ]\n}\n',
    });
    try {
      const { logger } = captureLogger("debug");
      const agent = new Agent({
        config: config(server.url, {
          nats: { servers: [server.url], user: "agent-gw-a", password: "s3cret-pw" },
          session: { autoStart: { id: "auth1", durationMs: 0 } },
        }),
        logger,
      });
      await agent.start();
      await agent.ready;
      await agent.sessions.get("auth1")?.done;
      await agent.stop();
      expect(agent.publishing.published).toBe(agent.counters.batchesBuilt);
      await expect(connect({ servers: server.url, reconnect: false })).rejects.toThrow(/Authorization/i);
      const nc = await connect({ servers: server.url, user: "agent-gw-a", pass: "s3cret-pw" });
      try {
        expect((await readStream(nc)).filter((x) => x.batch.sessionId === "auth1")).toHaveLength(
          agent.counters.batchesBuilt,
        );
      } finally {
        await nc.close();
      }
    } finally {
      await server.stop();
    }
  });
});
