/**
 * A real nats-server (nats-server.ts) and a connection to it for the enclosing `describe` (or
 * file): started in a beforeAll, closed and stopped in an afterAll. Vitest runs after-hooks in
 * reverse order, so a suite's own afterAll registered after this call runs first, while the
 * connection is still open.
 */
import { connect, type NatsConnection } from "nats";
import { afterAll, beforeAll } from "vitest";
import { NatsTestServer } from "./nats-server.js";

export interface NatsSuite {
  /** The server; read it inside hooks and tests, not when the suite is defined. */
  readonly server: NatsTestServer;
  /** A plain connection to it (no credentials). */
  readonly nc: NatsConnection;
}

export function natsSuite(): NatsSuite {
  let server: NatsTestServer | undefined;
  let nc: NatsConnection | undefined;
  beforeAll(async () => {
    server = await NatsTestServer.start();
    nc = await connect({ servers: server.url });
  });
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });
  const started = <T>(v: T | undefined): T => {
    if (v === undefined)
      throw new Error("natsSuite: the nats-server is not started yet (use it in a hook or test)");
    return v;
  };
  return {
    get server() {
      return started(server);
    },
    get nc() {
      return started(nc);
    },
  };
}
