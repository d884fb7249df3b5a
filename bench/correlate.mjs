// npm run bench (after run.mjs): the coordinator's two costs.
//
// 1. Correlation throughput: two gateways' captures (a committed fixture, replicated with
//    new ports/SPIs and shifted in time, the same way on both sides) go through the agent's
//    SessionPipeline (sampling rate 1) into real SummaryBatches, over the wire codec, then
//    through exactly what the coordinator runs at a session's end: SessionState +
//    buildSessionReport (digest feed → correlate → verdicts). Prints matched digest pairs
//    (the same packet digested by both agents) per second of that work. Peer: tshark's TCP
//    analysis of the same two captures in the same run (tshark does not correlate two
//    captures; reading both is the least a person does by hand before correlating).
// 2. Time from a session's end to its report: a real nats-server (spawned here on a free
//    port, JetStream in a temporary directory), a coordinator in-process, two publishers of
//    the real SummaryBatches behaving as agents (heartbeat, command reply, batches; the final
//    batch at the session's end). Measured from the moment the last final batch is stored
//    in JetStream (its PubAck) to the moment the report arrives at `session run`'s client.
//    No peer: no other tool turns two agents' streams into a verdict.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { rateThreshold, SessionPipeline } from "@tunnelscope/agent";
import { buildSessionReport, Coordinator, requestSession, SessionState } from "@tunnelscope/coordinator";
import {
  AGENTS_KV_BUCKET,
  SessionState as AgentSessionState,
  agentCommandSubject,
  decodeSessionCommand,
  decodeSummaryBatch,
  encodeHeartbeat,
  encodeSessionAck,
  encodeSummaryBatch,
  int64FromBigInt,
  int64ToBigInt,
  msgId,
  summarySubject,
  Tap,
} from "@tunnelscope/protocol";
import { connect } from "nats";
import pino from "pino";
import { readPcap } from "./make-capture.mjs";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const SCENARIO = process.env.BENCH_CORR_SCENARIO ?? "healthy";
/** Packets per gateway capture (at least; whole copies of the fixture). */
const TARGET = Number(process.env.BENCH_CORR_PACKETS ?? 200_000);
const SESSIONS = Number(process.env.BENCH_CORR_SESSIONS ?? 5);
const LAB = {
  aOuter: new Uint8Array([192, 0, 2, 1]),
  aInner: new Uint8Array([10, 1, 0, 1]),
  bOuter: new Uint8Array([198, 51, 100, 1]),
  bInner: new Uint8Array([10, 2, 0, 1]),
};

// ---- captures -------------------------------------------------------------------------

const secondsOf = (p) => [p.records[0].hdr.readUInt32LE(0), p.records.at(-1).hdr.readUInt32LE(0)];

/**
 * `copies` copies of a capture: copy k shifted by k × span seconds (the same span for both
 * gateways, so copies stay aligned), TCP ports + k, ESP SPIs + k (new flows and SAs).
 */
function replicate(p, copies, firstSec, span) {
  const ip = p.linkType === 276 ? 20 : p.linkType === 1 ? 14 : -1;
  const parts = [p.header];
  for (let copy = 0; copy < copies; copy++) {
    for (const r of p.records) {
      const hdr = Buffer.from(r.hdr);
      hdr.writeUInt32LE(r.hdr.readUInt32LE(0) - firstSec + 1_000_000 + copy * span, 0);
      const data = Buffer.from(r.data);
      if (ip >= 0 && data.length > ip + 20 && data[ip] >> 4 === 4) {
        const l4 = ip + (data[ip] & 15) * 4;
        const proto = data[ip + 9];
        if (proto === 6 && data.length >= l4 + 4) {
          data.writeUInt16BE((data.readUInt16BE(l4) + copy) & 0xffff, l4);
          data.writeUInt16BE((data.readUInt16BE(l4 + 2) + copy) & 0xffff, l4 + 2);
        } else if (proto === 17 && data.length >= l4 + 12) {
          const esp = data.readUInt16BE(l4) === 4500 || data.readUInt16BE(l4 + 2) === 4500;
          const spi = l4 + 8;
          if (esp && data.readUInt32BE(spi) !== 0)
            data.writeUInt32BE((data.readUInt32BE(spi) + copy) >>> 0, spi);
        }
      }
      parts.push(hdr, data);
    }
  }
  return Buffer.concat(parts);
}

/** The agent's pipeline over one capture: every SummaryBatch, as it went over the wire. */
function batchesOf(pcap, sessionId, agentId) {
  const out = [];
  const p = new SessionPipeline({
    sessionId,
    agentId,
    intervalUs: 1_000_000,
    samplingThreshold: rateThreshold(1),
    ringSize: 0,
    maxDigests: 1 << 20,
    espGapBurst: 8,
    collapseCooldownUs: 10_000_000,
    onBatch: (b) => out.push(b),
  });
  const id = p.addReader({ kind: "select" }, () => ({ kernelDrops: 0, interfaceDrops: 0 }));
  p.push(id, pcap);
  p.end(id);
  p.finish();
  return out;
}

function wire(batch) {
  const e = encodeSummaryBatch(batch);
  if (!e.ok) throw e.error;
  return e.value;
}

function unwire(bytes) {
  const d = decodeSummaryBatch(bytes, { maxBytes: bytes.length + 1 });
  if (!d.ok) throw d.error;
  return d.value;
}

/** Digests of A that B digested too (the same packet at both gateways), as a multiset. */
function matchedPairs(batchesA, batchesB) {
  const seen = new Map();
  for (const b of batchesA)
    for (const d of b.digests ?? []) {
      const h = int64ToBigInt(d.hash);
      seen.set(h, (seen.get(h) ?? 0) + 1);
    }
  let pairs = 0;
  for (const b of batchesB)
    for (const d of b.digests ?? []) {
      const h = int64ToBigInt(d.hash);
      const n = seen.get(h) ?? 0;
      if (n > 0) {
        pairs++;
        seen.set(h, n - 1);
      }
    }
  return pairs;
}

const identities = {
  a: { outerAddresses: [LAB.aOuter], innerAddresses: [LAB.aInner] },
  b: { outerAddresses: [LAB.bOuter], innerAddresses: [LAB.bInner] },
};

function report(sessionId, batchesA, batchesB) {
  const state = new SessionState(sessionId, ["gw-a", "gw-b"]);
  for (const b of batchesA) state.add(b);
  for (const b of batchesB) state.add(b);
  return buildSessionReport({
    state,
    startAtNs: "0",
    durationMs: 0,
    samplingRate: 1,
    identities,
    timedOut: false,
  });
}

// ---- 1. correlation throughput ---------------------------------------------------------

const dir = join(root, "test/fixtures/scenarios", SCENARIO);
const pa = readPcap(join(dir, "ga.pcap"));
const pb = readPcap(join(dir, "gb.pcap"));
const [a0, a1] = secondsOf(pa);
const [b0, b1] = secondsOf(pb);
const first = Math.min(a0, b0);
const span = Math.max(a1, b1) - first + 2;
const copies = Math.max(1, Math.ceil(TARGET / Math.max(pa.records.length, pb.records.length)));
const capA = replicate(pa, copies, first, span);
const capB = replicate(pb, copies, first, span);
const packets = (pa.records.length + pb.records.length) * copies;
process.stdout.write(
  `\ncorrelation: ${SCENARIO} fixture × ${copies} copies = ${packets.toLocaleString("en")} packets at two gateways\n`,
);
const initA = batchesOf(capA, "bench", "gw-a");
const initB = batchesOf(capB, "bench", "gw-b");
const wiredA = initA.map(wire);
const wiredB = initB.map(wire);
let best = Number.POSITIVE_INFINITY;
let last;
for (let i = 0; i < 3; i++) {
  const t0 = process.hrtime.bigint();
  last = report("bench", wiredA.map(unwire), wiredB.map(unwire));
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (s < best) best = s;
}
const pairs = matchedPairs(wiredA.map(unwire), wiredB.map(unwire));
const digests = last.session.digests.a + last.session.digests.b;
const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8"));
process.stdout.write(
  `  ${digests.toLocaleString("en")} digests, ${pairs.toLocaleString("en")} matched pairs; decode + feed + correlate + verdicts: ` +
    `${best.toFixed(3)} s (best of 3) → ${Math.round(pairs / best).toLocaleString("en")} matched digest pairs/s\n` +
    `  verdict ${last.verdict.location}/${last.verdict.cause} (truth ${truth.location}/${truth.cause}), ` +
    `${last.flows.length} flow directions judged` +
    (last.flowsNotJudged > 0 ? ` (the busiest; ${last.flowsNotJudged} more not judged)` : "") +
    (last.missing.length > 0 ? `; partial: ${last.missing.slice(0, 3).join("; ")}` : "") +
    "\n",
);

const work = mkdtempSync(join(tmpdir(), "tunnelscope-bench-corr-"));
try {
  const fa = join(work, "ga.pcap");
  const fb = join(work, "gb.pcap");
  writeFileSync(fa, capA);
  writeFileSync(fb, capB);
  const args = (f) => ["-n", "-r", f, "-q", "-z", "io,stat,0,COUNT(tcp.analysis.flags)tcp.analysis.flags"];
  try {
    const t0 = process.hrtime.bigint();
    await run("tshark", args(fa), { maxBuffer: 1 << 24 });
    await run("tshark", args(fb), { maxBuffer: 1 << 24 });
    const ts = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stdout.write(
      `  tshark tcp.analysis of the same two captures: ${ts.toFixed(3)} s → ours ${(ts / best).toFixed(1)}x its speed ` +
        "(ours also matches and judges; tshark only analyses each file)\n",
    );
  } catch (err) {
    process.stdout.write(
      `  tshark: not run (${err.code ?? err.message}); install it: apt-get install tshark\n`,
    );
  }

  // ---- 2. end of session → report ------------------------------------------------------
  const port = await new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  const server = spawn(
    "nats-server",
    ["-a", "127.0.0.1", "-p", String(port), "-js", "-sd", join(work, "js")],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let serverErr = "";
  server.stderr.on("data", (c) => {
    serverErr = (serverErr + c).slice(-2000);
  });
  const exited = new Promise((r) => server.once("exit", r));
  try {
    const url = `nats://127.0.0.1:${port}`;
    let nc;
    for (let i = 0; i < 100 && nc === undefined; i++) {
      if (server.exitCode !== null) throw new Error(`nats-server exited: ${serverErr.trim()}`);
      nc = await connect({ servers: url, name: "bench-coordinator" }).catch(
        () => new Promise((r) => setTimeout(() => r(undefined), 50)),
      );
    }
    if (nc === undefined) throw new Error(`nats-server did not answer on ${url}`);
    const coordinator = new Coordinator(nc, pino({ level: "warn" }, pino.destination(2)), { leadMs: 100 });
    await coordinator.start();
    const templates = { "gw-a": initA, "gw-b": initB };
    const agents = [];
    for (const [id, outer, inner] of [
      ["gw-a", LAB.aOuter, LAB.aInner],
      ["gw-b", LAB.bOuter, LAB.bInner],
    ])
      agents.push(await startPublisher(url, id, outer, inner, templates[id]));
    while (!coordinator.agentIds().includes("gw-b") || !coordinator.agentIds().includes("gw-a"))
      await new Promise((r) => setTimeout(r, 20));
    const lat = [];
    for (let i = 0; i < SESSIONS; i++) {
      for (const a of agents) a.lastFinalAt = 0;
      const { report: r } = await requestSession(nc, {
        a: "gw-a",
        b: "gw-b",
        durationMs: 300,
        samplingRate: 1,
        intervalMs: 0,
        graceMs: 30_000,
      });
      const got = performance.now();
      const end = Math.max(...agents.map((a) => a.lastFinalAt));
      if (r.session.timedOut) throw new Error("a bench session timed out");
      lat.push(got - end);
    }
    for (const a of agents) await a.close();
    await coordinator.stop();
    await nc.close();
    lat.sort((x, y) => x - y);
    const med = lat[Math.floor(lat.length / 2)];
    process.stdout.write(
      `\nsession end → report (${SESSIONS} sessions of ${(digests / 2).toLocaleString("en")} digests per agent, local nats-server): ` +
        `median ${med.toFixed(0)} ms, min ${lat[0].toFixed(0)} ms, max ${lat.at(-1).toFixed(0)} ms ` +
        "(from the last final batch's PubAck to the report at the client; no peer tool does this)\n",
    );
  } finally {
    server.kill("SIGTERM");
    await exited;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * One agent as the coordinator sees it: a heartbeat in the agents bucket, a reply to each
 * command, and on a start command the batches of `templates` for that session — all but the
 * final one at once, the final one when the session's time is up.
 */
async function startPublisher(url, id, outer, inner, templates) {
  const nc = await connect({ servers: url, name: `bench-${id}` });
  const js = nc.jetstream();
  const kv = await js.views.kv(AGENTS_KV_BUCKET, { ttl: 30_000, history: 1 });
  const hb = encodeHeartbeat({
    hello: {
      agentId: id,
      version: "0.0.0-bench",
      hostLabel: id,
      interfaces: [
        { name: "wan0", role: Tap.TAP_OUTER, addresses: [outer] },
        { name: "lan0", role: Tap.TAP_INNER, addresses: [inner] },
      ],
    },
    sequence: 1,
    sentAtNs: int64FromBigInt(BigInt(Date.now()) * 1_000_000n),
  });
  if (!hb.ok) throw hb.error;
  await kv.put(id, hb.value);
  const cmdSubject = agentCommandSubject(id);
  if (!cmdSubject.ok) throw cmdSubject.error;
  const sub = nc.subscribe(cmdSubject.value);
  const me = {
    lastFinalAt: 0,
    async close() {
      sub.unsubscribe();
      await nc.close();
    },
  };
  (async () => {
    for await (const m of sub) {
      const cmd = decodeSessionCommand(m.data);
      if (!cmd.ok) continue;
      const c = cmd.value;
      const ack = encodeSessionAck({
        sessionId: c.sessionId,
        accepted: true,
        state: AgentSessionState.SESSION_STATE_SCHEDULED,
        agentTimeNs: int64FromBigInt(BigInt(Date.now()) * 1_000_000n),
      });
      if (ack.ok) m.respond(ack.value);
      if (!c.start) continue;
      const endMs = Number(int64ToBigInt(c.start.startAtNs) / 1_000_000n) + (c.start.durationMs ?? 0);
      const subject = summarySubject(c.sessionId, id);
      if (!subject.ok) continue;
      const publish = async (t) => {
        const msg = msgId(c.sessionId, id, t.batchSeq);
        if (!msg.ok) throw msg.error;
        await js.publish(subject.value, wire({ ...t, sessionId: c.sessionId, agentId: id }), {
          msgID: msg.value,
        });
      };
      for (const t of templates.slice(0, -1)) await publish(t);
      await new Promise((r) => setTimeout(r, Math.max(0, endMs - Date.now())));
      await publish(templates.at(-1));
      me.lastFinalAt = performance.now();
    }
  })().catch((err) => process.stderr.write(`bench publisher ${id}: ${err.message}\n`));
  return me;
}
