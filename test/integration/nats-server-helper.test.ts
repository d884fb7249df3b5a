import { createConnection } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dockerEngineAnswers, NatsTestServer } from "../helpers/nats-server.js";

function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: "127.0.0.1", port });
    sock.setTimeout(1000, () => {
      sock.destroy();
      resolve(false);
    });
    sock.once("data", (d) => {
      sock.destroy();
      resolve(d.toString().startsWith("INFO "));
    });
    sock.once("error", () => resolve(false));
  });
}

describe("NatsTestServer", () => {
  let server: NatsTestServer;
  beforeAll(async () => {
    server = await NatsTestServer.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("runs on a free port, never the machine's 4222", async () => {
    expect(server.port).not.toBe(4222);
    expect(server.url).toBe(`nats://127.0.0.1:${server.port}`);
    expect(await greets(server.port)).toBe(true);
  });

  it("detects a missing Docker engine quickly", async () => {
    const t0 = Date.now();
    await dockerEngineAnswers(1000);
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it("halts and restarts on the same port", async () => {
    await server.halt();
    expect(await greets(server.port)).toBe(false);
    await server.restart(100);
    expect(await greets(server.port)).toBe(true);
  });

  it("surfaces an early exit with the server's stderr", async () => {
    await expect(
      NatsTestServer.start({ runner: "process", config: "this is { not a valid config" }),
    ).rejects.toThrow(/exited early \(code 1\); its stderr:\n.*Parse error/);
  });
});
