/**
 * A TCP relay: listens on one address and pipes every connection to another. The demo
 * uses it so agents inside the lab's gateway namespaces (which reach the root namespace
 * only at the management address) can talk to a NATS server that listens on 127.0.0.1.
 */
import { createConnection, createServer, type Server, type Socket } from "node:net";

export interface Relay {
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Starts a relay on `host` (port chosen by the kernel) to `target`. */
export function startRelay(host: string, target: { host: string; port: number }): Promise<Relay> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection(target);
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      resolve({
        host,
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
