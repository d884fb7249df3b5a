/**
 * `.creds` (JWT) logins against a real nats-server in operator mode: the test makes an
 * operator, a system account, an account with JetStream limits and its users with the
 * nats.js nkeys, hand-encodes their NATS v2 JWTs (header `ed25519-nkey`, claims signed by
 * the issuer's nkey) and preloads the accounts in a MEMORY resolver. Two replaying agents,
 * the coordinator and `session run` log in with `.creds` files and run a session to its
 * verdict; a user of an account the server does not trust (another operator) is refused
 * with one line naming the `.creds` file and the fix, by the agent and by `session run`.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { Agent, type AgentConfig, parseConfig } from "@tunnelscope/agent";
import { decodeSummaryBatch, SUMMARY_STREAM } from "@tunnelscope/protocol";
import { connect, type NatsConnection, nkeys } from "nats";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportRenderers } from "../../packages/cli/src/commands/session.js";
import { createCoordinatorCommand } from "../../packages/coordinator/src/cli/coordinator-command.js";
import { natsConnectOptions } from "../../packages/coordinator/src/cli/nats-flags.js";
import { createSessionCommand } from "../../packages/coordinator/src/cli/session-command.js";
import { Coordinator } from "../../packages/coordinator/src/nats/coordinator.js";
import { SCENARIOS, truthOf } from "../../packages/coordinator/test/helpers/live-setup.js";
import { captureLogger, refusedLine, until } from "../helpers/agent-logs.js";
import { NatsTestServer } from "../helpers/nats-server.js";

type KeyPair = ReturnType<typeof nkeys.createOperator>;

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + B32[(value << (5 - bits)) & 31] : out;
}
const b64url = (b: Uint8Array | string) => Buffer.from(b).toString("base64url");

/**
 * A NATS v2 JWT: `jti` is the base32 SHA-512/256 of the claims (as nats-io/jwt makes it),
 * `iss` the signer's public key, the signature the signer's ed25519 over `header.claims`.
 */
function natsJwt(signer: KeyPair, subject: string, name: string, nats: Record<string, unknown>): string {
  const claims = {
    jti: "",
    iat: Math.floor(Date.now() / 1000),
    iss: signer.getPublicKey(),
    name,
    sub: subject,
    nats: { ...nats, version: 2 },
  };
  claims.jti = base32(createHash("sha512-256").update(JSON.stringify(claims)).digest());
  const head = `${b64url(JSON.stringify({ typ: "JWT", alg: "ed25519-nkey" }))}.${b64url(JSON.stringify(claims))}`;
  return `${head}.${b64url(signer.sign(new TextEncoder().encode(head)))}`;
}

const UNLIMITED = {
  subs: -1,
  data: -1,
  payload: -1,
  imports: -1,
  exports: -1,
  wildcards: true,
  conn: -1,
  leaf: -1,
};
/** JetStream for the account: the agents publish to the summary stream, the coordinator consumes. */
const JETSTREAM = { mem_storage: -1, disk_storage: -1, streams: -1, consumer: -1 };

/** An account signed by `operator`, with its JWT. */
function account(operator: KeyPair, name: string, jetstream: boolean) {
  const kp = nkeys.createAccount();
  const limits = jetstream ? { ...UNLIMITED, ...JETSTREAM } : UNLIMITED;
  return { kp, jwt: natsJwt(operator, kp.getPublicKey(), name, { type: "account", limits }) };
}

/** A .creds file of a new user of `acct`: its JWT and its seed. */
function userCreds(acct: KeyPair, name: string): string {
  const user = nkeys.createUser();
  const jwt = natsJwt(acct, user.getPublicKey(), name, {
    type: "user",
    pub: {},
    sub: {},
    subs: -1,
    data: -1,
    payload: -1,
  });
  return `-----BEGIN NATS USER JWT-----\n${jwt}\n------END NATS USER JWT------\n\n-----BEGIN USER NKEY SEED-----\n${new TextDecoder().decode(user.getSeed())}\n------END USER NKEY SEED------\n`;
}

const SCENARIO = "slow-reader";
/** `session run` between the two agents. */
const AGENTS = ["--a", "gw-a", "--b", "gw-b"];
const truth = truthOf(SCENARIO);

function agentConfig(url: string, id: string, credsFile: string, pcap?: string): AgentConfig {
  return parseConfig({
    id,
    nats: { servers: [url], credsFile },
    capture: {
      backend: "file",
      replayFile: pcap ?? join(SCENARIOS, SCENARIO, "ga.pcap"),
      replaySpeed: "realtime",
    },
    heartbeat: { intervalMs: 500, ttlMs: 5000 },
    collectors: { enabled: false },
  });
}

function sink(): PassThrough & { text: () => string } {
  const chunks: string[] = [];
  const p = Object.assign(new PassThrough(), { text: () => chunks.join("") });
  p.on("data", (c: Buffer) => chunks.push(String(c)));
  return p;
}

async function sessionRun(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = sink();
  const stderr = sink();
  const stdin = new PassThrough();
  stdin.end();
  const code = await createSessionCommand(reportRenderers).run(["run", ...args], {
    stdout,
    stderr,
    stdin,
    isTty: false,
  });
  return { code, out: stdout.text(), err: stderr.text() };
}

describe(".creds (JWT) login, nats-server in operator mode", () => {
  let server: NatsTestServer;
  let dir = "";
  let nc: NatsConnection;
  let coordinator: Coordinator;
  const agents: Agent[] = [];
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ts-jwt-"));
    const operator = nkeys.createOperator();
    const sys = account(operator, "SYS", false);
    const opJwt = natsJwt(operator, operator.getPublicKey(), "tunnelscope-test", {
      type: "operator",
      system_account: sys.kp.getPublicKey(),
    });
    const acct = account(operator, "TUNNELSCOPE", true);
    // A user the server must refuse: its account is signed by an operator it does not trust.
    const strangerAcct = account(nkeys.createOperator(), "ELSEWHERE", true);
    for (const [name, acctKp] of [
      ["gw-a", acct.kp],
      ["gw-b", acct.kp],
      ["coordinator", acct.kp],
      ["operator", acct.kp],
      ["stranger", strangerAcct.kp],
    ] as const)
      await writeFile(file(`${name}.creds`), userCreds(acctKp, name), { mode: 0o600 });
    server = await NatsTestServer.start({
      config: [
        `operator: "${opJwt}"`,
        `system_account: ${sys.kp.getPublicKey()}`,
        "resolver: MEMORY",
        "resolver_preload: {",
        `  ${acct.kp.getPublicKey()}: "${acct.jwt}"`,
        `  ${sys.kp.getPublicKey()}: "${sys.jwt}"`,
        "}",
        "",
      ].join("\n"),
    });
    nc = await connect(
      await natsConnectOptions({ nats: server.url, creds: file("coordinator.creds") }, "coord"),
    );
    coordinator = new Coordinator(nc, pino({ level: "warn" }, pino.destination(2)), { leadMs: 200 });
    await coordinator.start();
    for (const [id, pcap] of [
      ["gw-a", "ga.pcap"],
      ["gw-b", "gb.pcap"],
    ] as const) {
      const agent = new Agent({
        config: agentConfig(server.url, id, file(`${id}.creds`), join(SCENARIOS, SCENARIO, pcap)),
        logger: captureLogger("warn").logger,
      });
      agents.push(agent);
      await agent.start();
    }
    await until(() => coordinator.agentIds().length === 2, 15_000, "both agents in the KV bucket");
  }, 60_000);

  afterAll(async () => {
    for (const a of agents) await a.stop();
    await coordinator?.stop();
    await nc?.drain().catch(() => {});
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("agents, coordinator and session run log in with .creds files: a session to its verdict", async () => {
    const r = await sessionRun([
      ...AGENTS,
      "--duration",
      "5",
      "--nats",
      server.url,
      "--creds",
      file("operator.creds"),
      "--json",
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe("");
    const report = JSON.parse(r.out) as {
      verdict: { location: string; cause: string };
      session: { id: string };
    };
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(truth);
    // Both agents' batches of the session are in the account's JetStream stream.
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(SUMMARY_STREAM);
    const from = new Set<string>();
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const d = decodeSummaryBatch((await jsm.streams.getMessage(SUMMARY_STREAM, { seq })).data);
      if (d.ok && d.value.sessionId === report.session.id) from.add(d.value.agentId);
    }
    expect([...from].sort()).toEqual(["gw-a", "gw-b"]);
  }, 60_000);

  it("an agent with a .creds of another operator's account: one error line naming the file and the fix", async () => {
    const stranger = file("stranger.creds");
    const line = await refusedLine(agentConfig(server.url, "gw-x", stranger));
    expect(line.code).toBe("AGENT_NATS_AUTH");
    const msg = String(line.msg);
    expect(msg).toMatch(
      /^NATS refused the agent's credentials \(.*\): check the \.creds file --nats-creds '/,
    );
    expect(msg).toContain(`'${stranger}'`);
    expect(msg).toContain("signed by an account the server trusts");
    expect(msg).toContain("nsc generate creds");
    expect(msg).not.toMatch(/\n|\s{2}at /);
  });

  it("session run and the coordinator with that .creds: one line naming the file and the fix, COORD_NATS_AUTH, exit 1", async () => {
    const stranger = file("stranger.creds");
    const r = await sessionRun([...AGENTS, "--duration", "1", "--nats", server.url, "--creds", stranger]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(
      /^tunnelscope session: NATS refused session run's credentials \([^\n]*\): check the \.creds file --creds '[^\n]*': [^\n]*nsc generate creds[^\n]* \[COORD_NATS_AUTH\]\n$/,
    );
    expect(r.err).toContain(`'${stranger}'`);
    // The coordinator says the same, as itself.
    const stderr = sink();
    const stdin = new PassThrough();
    stdin.end();
    const io = { stdout: sink(), stderr, stdin, isTty: false };
    expect(await createCoordinatorCommand().run(["--nats", server.url, "--creds", stranger], io)).toBe(1);
    expect(stderr.text()).toMatch(
      /^tunnelscope coordinator: NATS refused the coordinator's credentials \([^\n]*\): check the \.creds file --creds '[^\n]*' [^\n]*\[COORD_NATS_AUTH\]\n$/,
    );
  });
});
