/**
 * What can be checked of the deployment files without a Docker engine: the compose file
 * through `docker-compose config` (its own schema and interpolation; skipped with a
 * note when no compose CLI is installed) and its shape, the Dockerfile's stages and
 * users, the systemd units through `systemd-analyze verify` when present. Nothing here
 * builds an image or starts a container.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (p: string) => readFile(join(ROOT, p), "utf8");

function run(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | "missing"; out: string }> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { cwd: ROOT, encoding: "utf8", timeout: 30_000, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        if (error !== null && (error as NodeJS.ErrnoException).code === "ENOENT") {
          resolve({ code: "missing", out: "" });
          return;
        }
        resolve({
          code: error === null ? 0 : typeof error.code === "number" ? error.code : 1,
          out: stdout + stderr,
        });
      },
    );
  });
}

/** Test-time values for the passwords compose requires (never real ones). */
const COMPOSE_ENV = {
  COORDINATOR_NATS_PASSWORD: "test-only-coordinator",
  GW_A_NATS_PASSWORD: "test-only-gw-a",
  GW_B_NATS_PASSWORD: "test-only-gw-b",
};

interface Service {
  image?: string;
  build?: { target?: string };
  command?: string[];
  cap_add?: string[];
  cap_drop?: string[];
  network_mode?: string;
  privileged?: boolean;
  user?: string;
  environment?: Record<string, string>;
  volumes?: string[];
}

/** Skips for a user without the tool; under CI (which installs it) a missing tool is a failure. */
function toolMissing(ctx: { skip: (note: string) => void }, why: string): void {
  if (process.env.CI === "true") throw new Error(`CI must install this tool: ${why}`);
  ctx.skip(why);
}

describe("docker-compose.yml", () => {
  it("passes `docker-compose config` (schema and interpolation), and refuses to start without passwords", async (ctx) => {
    let cli: string[] = ["docker-compose"];
    let ok = await run("docker-compose", ["-f", "docker-compose.yml", "config", "-q"], COMPOSE_ENV);
    if (ok.code === "missing") {
      cli = ["docker", "compose"];
      ok = await run("docker", ["compose", "-f", "docker-compose.yml", "config", "-q"], COMPOSE_ENV);
    }
    if (ok.code === "missing" || /unknown command/.test(ok.out)) {
      toolMissing(
        ctx,
        "no compose CLI installed (apt-get install docker-compose): only the shape below is checked",
      );
      return;
    }
    expect(ok.out).toBe("");
    expect(ok.code).toBe(0);
    const [bin = "docker-compose", ...pre] = cli;
    const missing = await run(bin, [...pre, "-f", "docker-compose.yml", "config", "-q"], {
      COORDINATOR_NATS_PASSWORD: "",
      GW_A_NATS_PASSWORD: "",
      GW_B_NATS_PASSWORD: "",
    });
    expect(missing.code).not.toBe(0);
    expect(missing.out).toMatch(/set (COORDINATOR|GW_A|GW_B)_NATS_PASSWORD in \.env/);
  });

  it("has NATS with the shipped config and a JetStream volume, a coordinator and two capturing agents", async () => {
    const doc = parse(await read("docker-compose.yml")) as { services: Record<string, Service> };
    const s = doc.services;
    expect(Object.keys(s).sort()).toEqual(["agent-gw-a", "agent-gw-b", "coordinator", "nats"]);
    expect(s.nats?.image).toMatch(/^nats:2\.\d+/);
    expect(s.nats?.volumes).toContain(
      `${"$"}{NATS_CONF:-./deploy/nats-server.conf}:/etc/nats/nats-server.conf:ro`,
    );
    expect(s.nats?.volumes?.some((v) => v.endsWith(":/var/lib/nats"))).toBe(true);
    expect(s.coordinator?.build?.target).toBe("coordinator");
    expect(s.coordinator?.cap_drop).toEqual(["ALL"]);
    expect(s.coordinator?.cap_add).toBeUndefined();
    for (const id of ["gw-a", "gw-b"]) {
      const a = s[`agent-${id}`];
      expect(a?.cap_add?.sort()).toEqual(["NET_ADMIN", "NET_RAW"]);
      expect(a?.cap_drop).toEqual(["ALL"]);
      expect(a?.network_mode).toBe("host");
      expect(a?.privileged).toBeUndefined();
      expect(a?.user).toBeUndefined(); // the image's unprivileged user
      expect(a?.command?.slice(0, 3)).toEqual(["agent", "--id", id]);
      expect(a?.command).toContain(`agent-${id}`);
      // the password comes from the environment (required), never from a flag or the file
      expect(a?.command?.join(" ")).not.toMatch(/password/i);
      expect(a?.environment?.TUNNELSCOPE_AGENT_NATS_PASSWORD).toMatch(/^\$\{GW_[AB]_NATS_PASSWORD:\?/);
    }
  });
});

describe("deploy/Dockerfile", () => {
  it("is multi-stage: build with npm ci && npm run build, runtimes with dist + production deps, non-root users", async () => {
    const text = await read("deploy/Dockerfile");
    const stages = [...text.matchAll(/^FROM \S+ AS (\S+)$/gm)].map((m) => m[1]);
    expect(stages).toEqual(["build", "prod-deps", "runtime", "coordinator", "agent"]);
    const stage = (name: string) => text.split(/^FROM /m).find((b) => b.includes(` AS ${name}\n`)) ?? "";
    expect(stage("build")).toMatch(/RUN npm ci .*\n/);
    expect(stage("build")).toMatch(/RUN npm run build/);
    expect(stage("prod-deps")).toMatch(/npm ci --omit=dev/);
    expect(stage("runtime")).not.toMatch(/COPY --from=build \/src\/node_modules/);
    expect(stage("runtime")).not.toMatch(/packages\/\w+\/src(?!\/gen)/);
    expect(stage("coordinator")).toMatch(/^USER node$/m);
    expect(stage("agent")).toMatch(/^USER tunnelscope$/m);
    expect(stage("agent")).toMatch(/setcap cap_net_raw,cap_net_admin\+eip \/usr\/bin\/tcpdump/);
  });
});

describe("systemd units", () => {
  it("agent: capture capabilities only; coordinator: none", async () => {
    const agent = await read("deploy/tunnelscope-agent.service");
    const coord = await read("deploy/tunnelscope-coordinator.service");
    expect(agent).toMatch(/^AmbientCapabilities=CAP_NET_RAW CAP_NET_ADMIN$/m);
    expect(coord).toMatch(/^CapabilityBoundingSet=$/m);
    expect(coord).toMatch(/^AmbientCapabilities=$/m);
    for (const unit of [agent, coord]) {
      expect(unit).toMatch(/^User=tunnelscope$/m);
      expect(unit).toMatch(/^NoNewPrivileges=yes$/m);
      expect(unit).toMatch(/^ProtectSystem=strict$/m);
    }
  });

  it("pass `systemd-analyze verify` when it is installed", async (ctx) => {
    const r = await run("systemd-analyze", [
      "verify",
      "deploy/tunnelscope-agent.service",
      "deploy/tunnelscope-coordinator.service",
    ]);
    if (r.code === "missing") {
      toolMissing(ctx, "systemd-analyze is not installed (apt-get install systemd)");
      return;
    }
    expect(r.out.split("\n").filter((l) => /tunnelscope-(agent|coordinator)\.service/.test(l))).toEqual([]);
  });
});

describe("deploy files", () => {
  it("hold no machine paths and no secrets beyond placeholders", async () => {
    for (const f of [
      "docker-compose.yml",
      "deploy/Dockerfile",
      "deploy/nats-server.conf",
      "deploy/tunnelscope-coordinator.service",
      "deploy/tunnelscope-agent.service",
    ]) {
      const text = await read(f);
      expect(text, f).not.toContain(ROOT);
      expect(text, f).not.toMatch(/\/home\/|\/tmp\//);
      for (const m of text.matchAll(/password:\s*"([^"]*)"/g)) expect(m[1], f).toMatch(/^REPLACE_ME_/);
    }
  });
});
