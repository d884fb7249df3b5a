import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createCoordinatorCommand } from "../src/cli/coordinator-command.js";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on("data", (c: Buffer) => out.push(String(c)));
  stderr.on("data", (c: Buffer) => err.push(String(c)));
  const stdin = new PassThrough();
  stdin.end();
  return { io: { stdout, stderr, stdin, isTty: false }, out: () => out.join(""), err: () => err.join("") };
}

describe("tunnelscope coordinator (arguments)", () => {
  it("--help names the API, the WebSocket, the credentials and says there is no authentication", async () => {
    const t = io();
    expect(await createCoordinatorCommand().run(["--help"], t.io)).toBe(0);
    for (const s of [
      "POST /api/sessions",
      "WS   /api/sessions/ID/live",
      "--creds FILE",
      "--nkey FILE",
      "TUNNELSCOPE_NATS_PASSWORD",
      "--tls-ca FILE",
      "NO authentication",
      "127.0.0.1",
    ])
      expect(t.out()).toContain(s);
  });

  it("refuses a bad --http with one line and exit 2", async () => {
    const t = io();
    expect(await createCoordinatorCommand().run(["--http", "host:port"], t.io)).toBe(2);
    expect(t.err()).toBe(
      "tunnelscope coordinator: --http host:port: use [HOST:]PORT, e.g. 127.0.0.1:8080 [COORD_INVALID_REQUEST]\n",
    );
  });

  it("refuses unreadable credentials before connecting, exit 1", async () => {
    const t = io();
    expect(await createCoordinatorCommand().run(["--creds", "/nonexistent/x.creds"], t.io)).toBe(1);
    expect(t.err()).toBe(
      "tunnelscope coordinator: cannot read the NATS credentials file '/nonexistent/x.creds': no such file [COORD_NATS_CREDENTIALS]\n",
    );
  });
});
