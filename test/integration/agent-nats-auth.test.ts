/**
 * The agent logging in to a real nats-server (test/helpers/nats-server.ts) with an NKey
 * seed file and over TLS with a CA file (a throwaway CA and server certificate made here
 * with openssl), and what it says when the server refuses it: one error line naming the
 * problem and the fix, with its code, while it keeps retrying.
 *
 * `.creds` (JWT) logins need nats-server in operator mode (trusted operator, account
 * resolver), never a plain `authorization {}` block: test/integration/nats-jwt-login.test.ts.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Agent, type AgentConfig, parseConfig } from "@tunnelscope/agent";
import { decodeSummaryBatch, SUMMARY_STREAM } from "@tunnelscope/protocol";
import { type ConnectionOptions, connect, nkeys } from "nats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSummaryStream, captureLogger, refusedLine } from "../helpers/agent-logs.js";
import { NatsTestServer } from "../helpers/nats-server.js";

const run = promisify(execFile);
const FIXTURE = join(import.meta.dirname, "..", "fixtures", "scenarios", "healthy", "ga.pcap");
const READER = { user: "reader", pass: "reader-pw" };

function config(url: string, nats: Record<string, unknown>, session = true): AgentConfig {
  return parseConfig({
    id: "gw-a",
    nats: { servers: [url], ...nats },
    taps: { outer: "3", inner: "2" },
    capture: { backend: "file", replayFile: FIXTURE, replaySpeed: "max" },
    ...(session ? { session: { autoStart: { id: "login1", durationMs: 0 } } } : {}),
    heartbeat: { intervalMs: 500, ttlMs: 5000 },
    collectors: { enabled: false },
  });
}

/** Runs a replaying agent to its end; returns how many batches of its session the stream holds. */
async function publishAndCount(cfg: AgentConfig, reader: ConnectionOptions): Promise<[number, number]> {
  const { logger } = captureLogger();
  const agent = new Agent({ config: cfg, logger });
  await agent.start();
  await agent.ready;
  await agent.sessions.get("login1")?.done;
  await agent.stop();
  const nc = await connect(reader);
  try {
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(SUMMARY_STREAM);
    let n = 0;
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const d = decodeSummaryBatch((await jsm.streams.getMessage(SUMMARY_STREAM, { seq })).data);
      if (d.ok && d.value.sessionId === "login1") n++;
    }
    return [n, agent.counters.batchesBuilt];
  } finally {
    await nc.close();
  }
}

describe("agent login with an NKey seed file", () => {
  const user = nkeys.createUser();
  const stranger = nkeys.createUser();
  let server: NatsTestServer;
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ts-nkey-"));
    await writeFile(join(dir, "gw-a.nk"), `${new TextDecoder().decode(user.getSeed())}\n`, { mode: 0o600 });
    await writeFile(join(dir, "stranger.nk"), new TextDecoder().decode(stranger.getSeed()), { mode: 0o600 });
    server = await NatsTestServer.start({
      config: `authorization {\n  users = [\n    { nkey: "${user.getPublicKey()}" }\n    { user: "${READER.user}", password: "${READER.pass}" }\n  ]\n}\n`,
    });
    await addSummaryStream({ servers: server.url, ...READER });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("signs the server's nonce with the seed and publishes every batch", async () => {
    const [stored, built] = await publishAndCount(
      config(server.url, { nkeySeedFile: join(dir, "gw-a.nk"), ensureStream: false }),
      { servers: server.url, ...READER },
    );
    expect(built).toBeGreaterThan(1);
    expect(stored).toBe(built);
  });

  it("a seed the server does not know: one error line with the fix, AGENT_NATS_AUTH", async () => {
    const line = await refusedLine(
      config(server.url, { nkeySeedFile: join(dir, "stranger.nk"), ensureStream: false }, false),
    );
    expect(line.code).toBe("AGENT_NATS_AUTH");
    expect(String(line.msg)).toMatch(/NATS refused the agent's credentials/);
    expect(String(line.msg)).toContain("--nats-nkey-seed");
    expect(String(line.msg)).toContain("[AGENT_NATS_AUTH]");
    expect(String(line.msg)).not.toMatch(/\n|\s{2}at /);
  });

  it("a wrong password names the user flags", async () => {
    const line = await refusedLine(
      config(server.url, { user: READER.user, password: "wrong", ensureStream: false }, false),
    );
    expect(line.code).toBe("AGENT_NATS_AUTH");
    expect(String(line.msg)).toContain("--nats-user 'reader'");
  });
});

describe("agent login over TLS with a CA file", () => {
  let server: NatsTestServer;
  let dir = "";
  const openssl = (args: string[]) => run("openssl", args, { cwd: dir });
  /** A new P-256 key without a passphrase, written to `keyout`. */
  const newKey = (keyout: string) => [
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-keyout",
    keyout,
  ];
  const ca = (name: string) => [
    "req",
    "-x509",
    ...newKey(`${name}.key`),
    "-out",
    `${name}.pem`,
    "-days",
    "1",
    "-subj",
    `/CN=tunnelscope test ${name}`,
  ];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ts-tls-"));
    await openssl(ca("ca"));
    await openssl(ca("other-ca"));
    await openssl(["req", ...newKey("server.key"), "-out", "server.csr", "-subj", "/CN=127.0.0.1"]);
    // nats.js checks a loopback server's certificate against the name "localhost"
    await writeFile(join(dir, "san.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    await openssl([
      "x509",
      "-req",
      "-in",
      "server.csr",
      "-CA",
      "ca.pem",
      "-CAkey",
      "ca.key",
      "-CAcreateserial",
      "-out",
      "server.pem",
      "-days",
      "1",
      "-extfile",
      "san.cnf",
    ]);
    server = await NatsTestServer.start({
      runner: "process", // the certificate files are on this host
      config: `tls {\n  cert_file: "${join(dir, "server.pem")}"\n  key_file: "${join(dir, "server.key")}"\n}\n`,
    });
    await addSummaryStream({ servers: server.url, tls: { caFile: join(dir, "ca.pem") } });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("verifies the server with the CA and publishes every batch", async () => {
    const [stored, built] = await publishAndCount(
      config(server.url, { tls: { ca: join(dir, "ca.pem") }, ensureStream: false }),
      { servers: server.url, tls: { caFile: join(dir, "ca.pem") } },
    );
    expect(built).toBeGreaterThan(1);
    expect(stored).toBe(built);
  });

  it("a CA that did not sign the server's certificate: one error line with the fix, AGENT_NATS_TLS", async () => {
    const line = await refusedLine(
      config(server.url, { tls: { ca: join(dir, "other-ca.pem") }, ensureStream: false }, false),
    );
    expect(line.code).toBe("AGENT_NATS_TLS");
    expect(String(line.msg)).toContain("--nats-tls-ca");
    expect(String(line.msg)).toContain("other-ca.pem");
    expect(String(line.msg)).toContain("[AGENT_NATS_TLS]");
  });
});
