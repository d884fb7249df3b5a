/**
 * Traffic sender: one TCP connection to the receiver, bulk (as fast as the socket takes
 * it) or paced at `--rate` bytes per second, for `--seconds`. Then a graceful close,
 * or a reset when the peer does not take the rest within a second (zero window).
 *
 * Events on stdout (JSON lines): `connected`, then `done` with the byte counts.
 */
import net from "node:net";
import { emit, parseTrafficArgs } from "./options.js";

const opts = parseTrafficArgs(process.argv.slice(2), { host: "10.2.0.10", port: 5001, seconds: 3, rate: 0 });
const CHUNK = Buffer.alloc(64 * 1024, 0x5a);
const TICK_MS = 5;

const socket = net.connect({ host: opts.host, port: opts.port });
let start = 0;
let queued = 0;
let stopped = false;
let finished = false;

function finish(reason: string): void {
  if (finished) return;
  finished = true;
  const seconds = start === 0 ? 0 : (performance.now() - start) / 1000;
  emit({ event: "done", reason, bytesQueued: queued, bytesUnsent: socket.writableLength, seconds });
  process.exit(0);
}

function elapsed(): number {
  return performance.now() - start;
}

/** Bulk: write until the socket pushes back, continue on drain. */
function pump(): void {
  while (!stopped && elapsed() < opts.seconds * 1000) {
    queued += CHUNK.length;
    if (!socket.write(CHUNK)) return; // resumes on 'drain'
  }
  stop();
}

/** Paced: every tick, write what is due, but never pile up behind a full socket. */
function pace(): void {
  const timer = setInterval(() => {
    if (stopped || elapsed() >= opts.seconds * 1000) {
      clearInterval(timer);
      stop();
      return;
    }
    const due = (elapsed() / 1000) * opts.rate - queued;
    if (due <= 0 || socket.writableNeedDrain) return;
    const n = Math.min(Math.floor(due), CHUNK.length);
    queued += n;
    socket.write(CHUNK.subarray(0, n));
  }, TICK_MS);
}

function stop(): void {
  if (stopped) return;
  stopped = true;
  socket.end();
  setTimeout(() => {
    socket.resetAndDestroy();
    finish("reset");
  }, 1000).unref();
}

socket.on("connect", () => {
  start = performance.now();
  emit({ event: "connected" });
  // bulk mode stops here too when the socket never drains again (a black hole)
  setTimeout(stop, opts.seconds * 1000).unref();
  if (opts.rate > 0) pace();
  else {
    socket.on("drain", pump);
    pump();
  }
});
socket.on("error", (err) => {
  if (start === 0) {
    emit({ event: "error", message: err.message });
    process.exit(1);
  }
  finish("error");
});
socket.on("close", () => finish("closed"));
// connect timeout: the tunnel should answer a SYN within a few seconds
setTimeout(() => {
  if (start === 0) {
    emit({ event: "error", message: `no connection to ${opts.host}:${opts.port} within 5 s` });
    process.exit(1);
  }
}, 5000).unref();
