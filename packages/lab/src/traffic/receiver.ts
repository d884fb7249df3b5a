/**
 * Traffic receiver: accepts one TCP connection and reads it at full speed, or at `--rate`
 * bytes per second by pausing the socket (the kernel's receive buffer then fills and the
 * window closes). The receive buffer itself is set by the lab with the namespace's
 * `net.ipv4.tcp_rmem` (Node has no SO_RCVBUF setter).
 *
 * Events on stdout (JSON lines): `listening`, then `done` with the byte count.
 */
import net from "node:net";
import { emit, parseTrafficArgs } from "./options.js";

const opts = parseTrafficArgs(process.argv.slice(2), { host: "0.0.0.0", port: 5001, seconds: 30, rate: 0 });

let bytes = 0;
let firstByteAt = 0;
let pauses = 0;
let finished = false;

function finish(reason: string): void {
  if (finished) return;
  finished = true;
  const seconds = firstByteAt === 0 ? 0 : (performance.now() - firstByteAt) / 1000;
  emit({ event: "done", reason, bytes, seconds, pauses });
  process.exit(0);
}

const server = net.createServer((socket) => {
  server.close(); // one connection per run
  const start = performance.now();
  socket.on("data", (chunk: Buffer) => {
    if (firstByteAt === 0) firstByteAt = performance.now();
    bytes += chunk.length;
    if (opts.rate > 0) {
      const due = start + (bytes / opts.rate) * 1000;
      const wait = due - performance.now();
      if (wait > 1) {
        pauses++;
        socket.pause();
        setTimeout(() => socket.resume(), wait);
      }
    }
  });
  socket.on("error", () => finish("reset"));
  socket.on("close", () => finish("closed"));
});
server.on("error", (err) => {
  emit({ event: "error", message: err.message });
  process.exit(1);
});
server.listen(opts.port, opts.host, () => emit({ event: "listening", port: opts.port }));
setTimeout(() => finish("timeout"), opts.seconds * 1000).unref();
process.on("SIGTERM", () => finish("terminated"));
