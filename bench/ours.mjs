// One measured run of tunnelscope's decode + analysis over a file (child of bench/run.mjs,
// so its peak RSS is its own). Prints {packets, seconds, maxRssKb} as JSON.
import { createReadStream } from "node:fs";
import { CaptureInspector } from "@tunnelscope/analysis";

const file = process.argv[2];
const inspector = new CaptureInspector();
const t0 = process.hrtime.bigint();
for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) inspector.push(chunk);
inspector.end();
const report = inspector.report();
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(
  JSON.stringify({ packets: report.health.packets, seconds, maxRssKb: process.resourceUsage().maxRSS }),
);
