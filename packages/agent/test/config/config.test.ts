import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agentHelp } from "../../src/config/help.js";
import { configFromEnv, loadConfig } from "../../src/config/load.js";
import { OPTIONS } from "../../src/config/options.js";
import { DEFAULTS, parseConfig } from "../../src/config/schema.js";
import { AgentError } from "../../src/errors.js";

const live = { id: "gw-a", taps: { outer: "eth1", inner: "eth0" } };

function failure(fn: () => unknown): AgentError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AgentError) return e;
    throw e;
  }
  throw new Error("expected an AgentError");
}

describe("parseConfig", () => {
  it("applies the defaults and freezes the result deeply", () => {
    const c = parseConfig(live);
    expect(c.nats.servers).toEqual(DEFAULTS.nats.servers);
    expect(c.capture.snaplen).toBe(128);
    expect(c.session.intervalMs).toBe(1000);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.nats.servers)).toBe(true);
    expect(() => {
      (c.capture as { snaplen: number }).snaplen = 9000;
    }).toThrow(TypeError);
  });

  it("names every invalid field", () => {
    const e = failure(() =>
      parseConfig({ ...live, id: "a.b", capture: { snaplen: 9000 }, taps: { outer: "-i" }, bogus: 1 }),
    );
    expect(e.code).toBe("AGENT_CONFIG_INVALID");
    expect(e.message).toMatch(/\bid: /);
    expect(e.message).toMatch(/capture\.snaplen: /);
    expect(e.message).toMatch(/taps\.outer: /);
    expect(e.message).toMatch(/bogus: unknown setting/);
  });

  it("rejects conflicting fields by name", () => {
    const e = failure(() =>
      parseConfig({ ...live, nats: { user: "u", password: "p", credsFile: "/x.creds" } }),
    );
    expect(e.code).toBe("AGENT_CONFIG_CONFLICT");
    expect(e.message).toContain("nats.password and nats.credsFile conflict");
    expect(failure(() => parseConfig({ ...live, nats: { password: "p" } })).message).toContain(
      "nats.password needs nats.user",
    );
    expect(failure(() => parseConfig({ ...live, nats: { tls: { cert: "/c" } } })).message).toContain(
      "nats.tls.cert and nats.tls.key",
    );
    expect(failure(() => parseConfig({ id: "a", capture: { backend: "file" } })).message).toContain(
      "capture.backend file needs capture.replayFile",
    );
    expect(failure(() => parseConfig({ ...live, capture: { replayFile: "x.pcap" } })).message).toContain(
      "capture.replayFile and capture.backend tcpdump conflict",
    );
    expect(failure(() => parseConfig({ id: "a" })).message).toContain(
      "needs taps.outer, taps.inner and/or taps.tunnel",
    );
  });

  it("validates filter parts and hosts", () => {
    expect(failure(() => parseConfig({ ...live, capture: { filter: ["tcp; rm -rf /"] } })).message).toMatch(
      /capture\.filter\.0: has a character outside/,
    );
    expect(failure(() => parseConfig({ ...live, capture: { hosts: ["10.0.0.0/33"] } })).message).toMatch(
      /capture\.hosts\.0: not an IP/,
    );
    expect(
      parseConfig({ ...live, capture: { hosts: ["10.1.0.0/24", "fd00::1"] } }).capture.hosts,
    ).toHaveLength(2);
  });

  it("accepts every authentication method alone", () => {
    expect(parseConfig({ ...live, nats: { user: "u", password: "p" } }).nats.user).toBe("u");
    expect(parseConfig({ ...live, nats: { nkeySeedFile: "/s.nk" } }).nats.nkeySeedFile).toBe("/s.nk");
    expect(
      parseConfig({ ...live, nats: { credsFile: "/a.creds", tls: { ca: "/ca.pem" } } }).nats.tls?.ca,
    ).toBe("/ca.pem");
  });
});

describe("loadConfig", () => {
  it("layers defaults < file < environment < flags", async () => {
    const dir = await mkdtemp(join(tmpdir(), "agent-config-"));
    const file = join(dir, "agent.yaml");
    await writeFile(
      file,
      "id: from-file\nhostLabel: dc1\ntaps:\n  outer: eth1\n  inner: eth0\nsession:\n  intervalMs: 2000\n  samplingRate: 0.5\n",
    );
    const { config } = await loadConfig(
      ["--config", file, "--sampling-rate", "0.25", "--nats", "nats://h1:4333,nats://h2:4333"],
      {
        TUNNELSCOPE_AGENT_INTERVAL: "500",
        TUNNELSCOPE_AGENT_SAMPLING_RATE: "0.75",
        TUNNELSCOPE_AGENT_ID: "from-env",
      },
    );
    expect(config.id).toBe("from-env");
    expect(config.hostLabel).toBe("dc1");
    expect(config.session.intervalMs).toBe(500);
    expect(config.session.samplingRate).toBe(0.25);
    expect(config.nats.servers).toEqual(["nats://h1:4333", "nats://h2:4333"]);
    expect(config.capture.backend).toBe("tcpdump");
  });

  it("turns --duration seconds into ms and repeatable flags into lists", async () => {
    const { config } = await loadConfig(
      [
        "--id",
        "a",
        "--replay",
        "x.pcap",
        "--backend",
        "file",
        "--session",
        "s1",
        "--duration",
        "3",
        "--filter",
        "host 10.1.0.10",
        "--filter",
        "not port 22",
      ],
      {},
    );
    expect(config.session.autoStart).toEqual({ id: "s1", durationMs: 3000 });
    expect(config.capture.filter).toEqual(["host 10.1.0.10", "not port 22"]);
  });

  it("rejects unknown flags, unknown TUNNELSCOPE_AGENT_ variables and bad values in one line", async () => {
    await expect(loadConfig(["--id", "a", "--nope"], {})).rejects.toThrow(/Unknown option '--nope'/);
    expect(() => configFromEnv({ TUNNELSCOPE_AGENT_NOPE: "1" })).toThrow(
      /TUNNELSCOPE_AGENT_NOPE is not an agent setting/,
    );
    await expect(loadConfig(["--id", "a", "--snaplen", "big"], {})).rejects.toThrow(
      /--snaplen wants a whole number, got "big"/,
    );
  });

  it("reports an unreadable or invalid file with AGENT_CONFIG_FILE", async () => {
    await expect(loadConfig(["--config", "/nonexistent/agent.yaml"], {})).rejects.toMatchObject({
      code: "AGENT_CONFIG_FILE",
    });
    const dir = await mkdtemp(join(tmpdir(), "agent-config-"));
    const file = join(dir, "bad.yaml");
    await writeFile(file, "id: [unclosed\n");
    await expect(loadConfig(["--config", file], {})).rejects.toMatchObject({ code: "AGENT_CONFIG_FILE" });
  });
});

describe("--help", () => {
  it("documents every option with its flag, variable and file key", () => {
    const help = agentHelp();
    for (const o of OPTIONS) {
      expect(help).toContain(`--${o.flag} `);
      expect(help).toContain(`file: ${o.path}]`);
    }
    expect(help).toContain("--config FILE");
    expect(help).toContain("inbound");
  });
});
