// One measured run of tunnelscope's decode + analysis over a file (child of bench/run.mjs,
// so its peak RSS is its own), read exactly as `tunnelscope inspect FILE` reads it (the
// CLI's captureChunks). Prints {packets, seconds, cpuSeconds, maxRssKb} as JSON: wall time
// and user+system CPU time of the read + decode + analysis (module loading excluded).
import { CaptureInspector } from "@tunnelscope/analysis";
import { captureChunks } from "../packages/cli/dist/io/capture-source.js";

const file = process.argv[2];
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
// Inside the span: the constructor warms the analyzers once per process (prime.ts).
const inspector = new CaptureInspector();
for await (const chunk of captureChunks(file, process.stdin)) inspector.push(chunk);
inspector.end();
const report = inspector.report();
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
process.stdout.write(
  JSON.stringify({
    packets: report.health.packets,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssKb: process.resourceUsage().maxRSS,
  }),
);
