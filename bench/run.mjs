// npm run bench: decode + full analysis (TCP flags, ESP SAs) on a capture of ≥ 1 million
// packets, against tshark's TCP analysis on the same file in the same run.
// Prints packets/s for both, by wall time and by CPU time (user + system: what the run cost
// on a shared machine), the ratios of like with like, and our peak RSS. The capture is built here from a
// committed fixture (see make-capture.mjs) and never committed.
import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { benchCapture } from "./make-capture.mjs";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));

const file = await benchCapture();
const size = statSync(file).size;

/** Runs per tool. */
const RUNS = 5;

/** One run of ours (a new process, so its peak RSS is its own). */
async function oursOnce() {
  const { stdout } = await run(process.execPath, [join(here, "ours.mjs"), file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout);
}

const TIME = "/usr/bin/time";

/** tshark's wall time, and its user + system CPU time when /usr/bin/time is there to tell. */
async function tsharkOnce() {
  const args = ["-n", "-r", file, "-q", "-z", "io,stat,0,COUNT(tcp.analysis.flags)tcp.analysis.flags"];
  const timed = existsSync(TIME);
  const t0 = process.hrtime.bigint();
  const { stdout, stderr } = timed
    ? await run(TIME, ["-f", "cpu %U %S", "tshark", ...args], { maxBuffer: 1 << 24 })
    : await run("tshark", args, { maxBuffer: 1 << 24 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = timed ? /^cpu (\S+) (\S+)$/m.exec(stderr) : null;
  const cpuSeconds = m === null ? Number.NaN : Number(m[1]) + Number(m[2]);
  return { seconds, cpuSeconds, out: stdout };
}

/**
 * RUNS runs of each tool, alternating (ours, tshark, ours, …) so that both sample the same
 * stretch of time: on a shared machine the speed drifts by tens of percent over seconds, and
 * five of ours in a row (two seconds) against five of tshark (a minute) would compare
 * different machines. Best (lowest) of the runs by wall time and, separately, by CPU time.
 */
async function measure() {
  const o = { pps: 0, cpuPps: 0, packets: 0, seconds: 0, cpuSeconds: 0, rssMb: 0, walls: [] };
  const t = { seconds: Number.POSITIVE_INFINITY, cpuSeconds: Number.NaN, walls: [] };
  for (let i = 0; i < RUNS; i++) {
    const r = await oursOnce();
    const pps = r.packets / r.seconds;
    const cpuPps = r.packets / r.cpuSeconds;
    o.packets = r.packets;
    o.walls.push(r.seconds);
    if (pps > o.pps) Object.assign(o, { pps, seconds: r.seconds });
    if (cpuPps > o.cpuPps) Object.assign(o, { cpuPps, cpuSeconds: r.cpuSeconds });
    o.rssMb = Math.max(o.rssMb, r.maxRssKb / 1024);
    let ts;
    try {
      ts = await tsharkOnce();
    } catch (err) {
      process.stderr.write(
        `bench: tshark failed (${err.code ?? err.message}); install it: apt-get install tshark\n`,
      );
      process.exit(1);
    }
    t.walls.push(ts.seconds);
    t.seconds = Math.min(t.seconds, ts.seconds);
    if (Number.isNaN(t.cpuSeconds) || ts.cpuSeconds < t.cpuSeconds) t.cpuSeconds = ts.cpuSeconds;
  }
  return { o, t };
}

const { o, t } = await measure();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tPps = o.packets / t.seconds;
const tCpuPps = o.packets / t.cpuSeconds;
const haveCpu = Number.isFinite(tCpuPps);
const fmt = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString("en") : "n/a");
const rows = [
  ["tool", "packets", "wall s", "packets/s", "CPU s", "packets/CPU-s"],
  [
    "tunnelscope (decode+TCP+ESP)",
    o.packets,
    o.seconds.toFixed(3),
    fmt(o.pps),
    o.cpuSeconds.toFixed(3),
    fmt(o.cpuPps),
  ],
  [
    "tshark tcp.analysis",
    o.packets,
    t.seconds.toFixed(3),
    fmt(tPps),
    haveCpu ? t.cpuSeconds.toFixed(2) : "n/a",
    fmt(tCpuPps),
  ],
];
process.stdout.write(`\ncapture: ${o.packets.toLocaleString("en")} packets, ${(size / 1e6).toFixed(1)} MB\n`);
for (const r of rows)
  process.stdout.write(
    `${String(r[0]).padEnd(30)} ${String(r[1]).padStart(9)} ${String(r[2]).padStart(8)} ${String(r[3]).padStart(11)} ${String(r[4]).padStart(7)} ${String(r[5]).padStart(14)}\n`,
  );
process.stdout.write(
  `\n(best of ${RUNS} runs each, ours and tshark alternating;\n` +
    " ours: wall = read + decode + analysis, CPU = user + system of that span, including V8's\n" +
    " compiler and GC threads, excluding Node start-up and module loading (~0.2 s CPU);\n" +
    " tshark: the whole process, including its start-up (~0.45 s CPU))\n",
);
process.stdout.write(
  `wall: ${(o.pps / tPps).toFixed(1)}x tshark (target ≥ 30x); ours ${(o.pps / 1e6).toFixed(2)} M packets/s (target ≥ 3)\n`,
);
if (haveCpu)
  process.stdout.write(
    `CPU:  ${(o.cpuPps / tCpuPps).toFixed(1)}x tshark; ours ${(o.cpuPps / 1e6).toFixed(2)} M packets/CPU-s ` +
      "(for reference: the targets are packets/s; this counts V8's compiler threads, ~0.15 s a run)\n",
  );
else
  process.stdout.write(
    `CPU:  ours ${(o.cpuPps / 1e6).toFixed(2)} M packets/CPU-s (${TIME} missing: no tshark CPU time)\n`,
  );
process.stdout.write(
  `wall, median run against median run: ${(median(t.walls) / median(o.walls)).toFixed(1)}x ` +
    `(ours ${o.walls.map((w) => w.toFixed(3)).join(" ")} s; tshark ${t.walls.map((w) => w.toFixed(1)).join(" ")} s)\n`,
);
process.stdout.write(`peak RSS: ${o.rssMb.toFixed(0)} MB (target < 200 MB for 1M packets)\n`);
await import("./correlate.mjs"); // the coordinator: correlation throughput, session end → report
await import("./agent.mjs"); // the agent: CPU per 100k packets/s, bytes/flow/s per sampling rate
