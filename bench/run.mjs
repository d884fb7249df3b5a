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

async function ours() {
  // Best of 3 runs, by wall time and (separately) by CPU time.
  const best = { pps: 0, cpuPps: 0, packets: 0, seconds: 0, cpuSeconds: 0, rssMb: 0 };
  for (let i = 0; i < 3; i++) {
    const { stdout } = await run(process.execPath, [join(here, "ours.mjs"), file], { maxBuffer: 1 << 20 });
    const r = JSON.parse(stdout);
    const pps = r.packets / r.seconds;
    const cpuPps = r.packets / r.cpuSeconds;
    best.packets = r.packets;
    if (pps > best.pps) Object.assign(best, { pps, seconds: r.seconds });
    if (cpuPps > best.cpuPps) Object.assign(best, { cpuPps, cpuSeconds: r.cpuSeconds });
    best.rssMb = Math.max(best.rssMb, r.maxRssKb / 1024);
  }
  return best;
}

const TIME = "/usr/bin/time";

/** tshark's wall time, and its user + system CPU time when /usr/bin/time is there to tell. */
async function tshark() {
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

/** Best of 3 tshark runs, by wall time and (separately) by CPU time, as for ours. */
async function tsharkBest() {
  const best = { seconds: Number.POSITIVE_INFINITY, cpuSeconds: Number.NaN };
  for (let i = 0; i < 3; i++) {
    const r = await tshark();
    best.seconds = Math.min(best.seconds, r.seconds);
    if (Number.isNaN(best.cpuSeconds) || r.cpuSeconds < best.cpuSeconds) best.cpuSeconds = r.cpuSeconds;
  }
  return best;
}

const o = await ours();
let t;
try {
  t = await tsharkBest();
} catch (err) {
  process.stderr.write(
    `bench: tshark failed (${err.code ?? err.message}); install it: apt-get install tshark\n`,
  );
  process.exit(1);
}
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
  "\n(ours: best of 3 runs each; wall = read + decode + analysis, CPU = user + system of that span,\n" +
    " including V8's compiler and GC threads, excluding Node start-up and module loading (~0.2 s CPU);\n" +
    " tshark: best of 3 runs, whole process, including its start-up (~0.45 s CPU))\n",
);
process.stdout.write(
  `wall: ${(o.pps / tPps).toFixed(1)}x tshark (target ≥ 30x); ours ${(o.pps / 1e6).toFixed(2)} M packets/s (target ≥ 3)\n`,
);
if (haveCpu)
  process.stdout.write(
    `CPU:  ${(o.cpuPps / tCpuPps).toFixed(1)}x tshark (target ≥ 30x); ours ${(o.cpuPps / 1e6).toFixed(2)} M packets/CPU-s (target ≥ 3)\n`,
  );
else
  process.stdout.write(
    `CPU:  ours ${(o.cpuPps / 1e6).toFixed(2)} M packets/CPU-s (${TIME} missing: no tshark CPU time)\n`,
  );
process.stdout.write(`peak RSS: ${o.rssMb.toFixed(0)} MB (target < 200 MB for 1M packets)\n`);
await import("./correlate.mjs"); // the coordinator: correlation throughput, session end → report
await import("./agent.mjs"); // the agent: CPU per 100k packets/s, bytes/flow/s per sampling rate
