#!/usr/bin/env node
// npm run fleet -- --pairs N: many tunnels (agent pairs) against one broker and two
// coordinators. Each pair replays a scenario's fixture captures: the agent's own pipeline
// (packages/agent, built) turns them into real SummaryBatch messages once per scenario;
// lightweight in-process agents heartbeat in the agents KV bucket, answer the coordinators'
// commands and publish those batches (re-stamped with the session's ids) to JetStream.
// Every pair asks for a session at once; two `tunnelscope coordinator` processes share
// them through the queue group. Prints sessions/s, broker bytes/s (nats-server /varz) and
// the coordinators' peak memory; `--json` prints one JSON object instead.
//
//   node scripts/fleet.mjs [--pairs 100] [--nats URL --monitor URL] [--json]
//
// Without --nats a nats-server (JetStream, monitoring port) is started on free ports.
// Needs `npm run build`.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { rateThreshold, SessionPipeline } from "@tunnelscope/agent";
import { requestSession } from "@tunnelscope/coordinator";
import {
  AGENTS_KV_BUCKET,
  agentCommandSubject,
  decodeSessionCommand,
  encodeHeartbeat,
  encodeSessionAck,
  encodeSummaryBatch,
  int64FromBigInt,
  msgId,
  SessionState,
  summarySubject,
  Tap,
} from "@tunnelscope/protocol";
import { connect } from "nats";

const root = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(root, "packages/cli/bin/tunnelscope.mjs");
const SCENARIOS = join(root, "test/fixtures/scenarios");
/** Small captures, so hundreds of sessions stay light; each with its own truth. */
const MIX = ["slow-reader", "mtu-blackhole"];
/** SLL2 interface numbers of the fixtures (see test/fixtures/scenarios/README.md). */
const TAPS = { a: { outer: "3", inner: "2", tunnel: "5" }, b: { outer: "2", inner: "3", tunnel: "5" } };

const { values } = parseArgs({
  options: {
    pairs: { type: "string", default: "100" },
    nats: { type: "string" },
    monitor: { type: "string" },
    json: { type: "boolean", default: false },
  },
});
const PAIRS = Number(values.pairs);
if (!Number.isInteger(PAIRS) || PAIRS < 1 || PAIRS > 5000) {
  process.stderr.write("fleet: --pairs takes a whole number from 1 to 5000\n");
  process.exit(2);
}
const say = (s) => {
  if (!values.json) process.stdout.write(`${s}\n`);
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The batches the agent's pipeline makes of one gateway's capture (ids filled per session). */
function batchesOf(scenario, gateway) {
  const out = [];
  const p = new SessionPipeline({
    sessionId: "fleet",
    agentId: "fleet",
    intervalUs: 250_000,
    samplingThreshold: rateThreshold(1),
    ringSize: 1024,
    maxDigests: 8192,
    espGapBurst: 8,
    collapseCooldownUs: 10_000_000,
    onBatch: (b) => out.push(b),
  });
  const id = p.addReader({ kind: "select", ...TAPS[gateway] }, () => ({ kernelDrops: 0, interfaceDrops: 0 }));
  p.push(id, readFileSync(join(SCENARIOS, scenario, `g${gateway}.pcap`)));
  p.end(id);
  p.finish();
  return out;
}

/** `/varz` of the broker's monitoring port. */
async function varz(monitor) {
  const r = await fetch(`${monitor}/varz`);
  return r.json();
}

/** Peak RSS (VmHWM) of a process, bytes; 0 when it cannot be read. */
function peakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function startCoordinator(name, url) {
  const child = spawn(process.execPath, [CLI, "coordinator", "--nats", url], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const c = { name, child, sessions: new Set(), takeovers: 0, ready: undefined, peak: 0 };
  let buf = "";
  c.ready = new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}): ${buf.slice(-2000)}`)));
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (s) => {
      buf += s;
      let nl = buf.indexOf("\n");
      while (nl >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        nl = buf.indexOf("\n");
        let l;
        try {
          l = JSON.parse(line);
        } catch {
          continue;
        }
        if (l.msg === "coordinator ready") resolve();
        if (l.msg === "session started") c.sessions.add(l.session);
      }
    });
  });
  return c;
}

async function main() {
  let server;
  let url = values.nats;
  let monitor = values.monitor;
  if (url === undefined) {
    const port = await freePort();
    const mport = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "tunnelscope-fleet-"));
    server = {
      dir,
      child: spawn(
        "nats-server",
        ["-a", "127.0.0.1", "-p", String(port), "-m", String(mport), "-js", "-sd", dir],
        { stdio: "ignore" },
      ),
    };
    url = `nats://127.0.0.1:${port}`;
    monitor = `http://127.0.0.1:${mport}`;
    for (let i = 0; i < 100; i++) {
      if (
        await varz(monitor).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (monitor === undefined) throw new Error("--monitor URL (the broker's monitoring port) goes with --nats");
  const replay = Object.fromEntries(MIX.map((s) => [s, { a: batchesOf(s, "a"), b: batchesOf(s, "b") }]));
  const truth = Object.fromEntries(
    MIX.map((s) => [s, JSON.parse(readFileSync(join(SCENARIOS, s, "truth.json"), "utf8"))]),
  );
  const coordinators = [startCoordinator("coordinator-1", url), startCoordinator("coordinator-2", url)];
  const stopAll = async () => {
    for (const c of coordinators) c.child.kill("SIGTERM");
    if (server !== undefined) {
      server.child.kill("SIGTERM");
      await new Promise((r) => server.child.once("exit", r));
      rmSync(server.dir, { recursive: true, force: true });
    }
  };
  try {
    await Promise.all(coordinators.map((c) => c.ready));
    // the fleet's agents: a few connections, many agents each
    const conns = await Promise.all(Array.from({ length: 4 }, () => connect({ servers: url })));
    const kv = await conns[0].jetstream().views.kv(AGENTS_KV_BUCKET, { ttl: 60_000, history: 1 });
    const pairs = [];
    for (let i = 0; i < PAIRS; i++) {
      const scenario = MIX[i % MIX.length];
      pairs.push({ scenario, a: `fleet-${i}-a`, b: `fleet-${i}-b` });
    }
    for (const [i, pair] of pairs.entries()) {
      for (const gw of ["a", "b"]) {
        const id = pair[gw];
        const nc = conns[(2 * i + (gw === "a" ? 0 : 1)) % conns.length];
        const hb = encodeHeartbeat({
          hello: {
            agentId: id,
            version: "fleet",
            hostLabel: id,
            interfaces: [
              { name: TAPS[gw].outer, role: Tap.TAP_OUTER },
              { name: TAPS[gw].inner, role: Tap.TAP_INNER },
            ],
          },
          sequence: 1,
          sentAtNs: int64FromBigInt(BigInt(Date.now()) * 1_000_000n),
        });
        if (!hb.ok) throw hb.error;
        await kv.put(id, hb.value);
        const js = nc.jetstream();
        const subject = agentCommandSubject(id);
        if (!subject.ok) throw subject.error;
        nc.subscribe(subject.value, {
          callback: (_err, m) => {
            const cmd = decodeSessionCommand(m.data);
            if (!cmd.ok) return;
            const sid = cmd.value.sessionId;
            const ack = encodeSessionAck({
              sessionId: sid,
              accepted: true,
              state: SessionState.SESSION_STATE_SCHEDULED,
            });
            if (ack.ok) m.respond(ack.value);
            if (!cmd.value.start) return;
            void (async () => {
              const subj = summarySubject(sid, id);
              for (const b of replay[pair.scenario][gw]) {
                const bytes = encodeSummaryBatch({ ...b, sessionId: sid, agentId: id });
                const mid = msgId(sid, id, b.batchSeq);
                if (!bytes.ok || !subj.ok || !mid.ok) throw new Error("cannot encode a batch");
                await js.publish(subj.value, bytes.value, { msgID: mid.value, timeout: 30_000 });
              }
            })().catch((e) => process.stderr.write(`fleet: agent ${id}: ${e.message}\n`));
          },
        });
      }
    }
    // both coordinators know every agent before the sessions start (KV watch)
    await new Promise((r) => setTimeout(r, 1000));
    say(`fleet: ${PAIRS} agent pairs (${MIX.join(", ")}), 2 coordinators, broker ${url}`);
    const requester = await connect({ servers: url });
    const v0 = await varz(monitor);
    const t0 = performance.now();
    const sampler = setInterval(() => {
      for (const c of coordinators) c.peak = Math.max(c.peak, peakRss(c.child.pid));
    }, 250);
    const outcomes = await Promise.all(
      pairs.map((p) =>
        requestSession(
          requester,
          { a: p.a, b: p.b, durationMs: 500, samplingRate: 1, intervalMs: 250, graceMs: 60_000 },
          { requestTimeoutMs: 60_000 },
        ).then(
          (o) => ({ pair: p, sessionId: o.sessionId, report: o.report }),
          (e) => ({ pair: p, error: `${e.code ?? ""} ${e.message}` }),
        ),
      ),
    );
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    for (const c of coordinators) c.peak = Math.max(c.peak, peakRss(c.child.pid));
    const v1 = await varz(monitor);
    const bytes = v1.in_bytes - v0.in_bytes + (v1.out_bytes - v0.out_bytes);
    const wrong = [];
    for (const o of outcomes) {
      const t = truth[o.pair.scenario];
      if (o.error !== undefined) wrong.push(`${o.pair.a}: ${o.error}`);
      else if (o.report.verdict.cause !== t.cause || o.report.verdict.location !== t.location)
        wrong.push(
          `${o.pair.a} (${o.pair.scenario}): ${o.report.verdict.location}/${o.report.verdict.cause}`,
        );
      else if (o.report.missing.some((m) => m.startsWith("agent ")))
        wrong.push(`${o.pair.a}: partial (${o.report.missing.join("; ")})`);
    }
    const result = {
      pairs: PAIRS,
      sessions: outcomes.length,
      right: outcomes.length - wrong.length,
      wrong: wrong.slice(0, 20),
      seconds: Number(seconds.toFixed(2)),
      sessionsPerSecond: Number((outcomes.length / seconds).toFixed(2)),
      brokerBytes: bytes,
      brokerBytesPerSecond: Math.round(bytes / seconds),
      coordinators: coordinators.map((c) => ({
        name: c.name,
        sessions: c.sessions.size,
        peakRssMiB: Number((c.peak / 2 ** 20).toFixed(1)),
      })),
    };
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      say(`sessions: ${result.right}/${result.sessions} with the right verdict in ${result.seconds} s`);
      say(`sessions/s: ${result.sessionsPerSecond}`);
      say(`broker bytes/s (in + out, /varz): ${(result.brokerBytesPerSecond / 2 ** 20).toFixed(2)} MiB/s`);
      for (const c of result.coordinators)
        say(`${c.name}: ${c.sessions} sessions, peak RSS ${c.peakRssMiB} MiB`);
      for (const w of result.wrong) say(`wrong: ${w}`);
    }
    await requester.close();
    await Promise.all(conns.map((c) => c.close()));
    return wrong.length === 0 ? 0 : 1;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`fleet: ${e.message}\n`);
    process.exit(1);
  },
);
