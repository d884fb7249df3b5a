// Writes the tshark oracle for the TCP analysis parity test: for every single-interface
// fixture, tshark's tcp.analysis.* per-flag totals and the frame numbers of each flag, plus
// tcp.analysis.bytes_in_flight, tcp.analysis.ack_rtt and tcp.window_size per packet, to
// test/fixtures/golden/tcp/<name>.json. The test reads these files and never runs tshark.
//
//   node scripts/golden-tcp.mjs            # every fixture
//   node scripts/golden-tcp.mjs NAME...    # only fixtures whose name contains NAME
//
// Fixtures: test/fixtures/scenarios/*/hb-lan.pcap (receiver host LAN), two whole gateway
// captures per small scenario (<scenario>-ga-any, -gb-any: several interfaces) and
// test/fixtures/tcp/*.pcap (per-interface splits of the gateway captures, synthetic cases).
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "test/fixtures/golden/tcp");

/** The flag names, in the order of TcpFlagName (packages/analysis/src/tcp/flags.ts). */
export const FLAGS = [
  "retransmission",
  "fast_retransmission",
  "spurious_retransmission",
  "duplicate_ack",
  "lost_segment",
  "ack_lost_segment",
  "out_of_order",
  "zero_window",
  "zero_window_probe",
  "zero_window_probe_ack",
  "window_full",
  "window_update",
  "keep_alive",
  "keep_alive_ack",
  "reused_ports",
];

/** tshark's defaults for TCP analysis, stated so that a user's preferences cannot change them. */
const PREFS = [
  "tcp.analyze_sequence_numbers:TRUE",
  "tcp.relative_sequence_numbers:TRUE",
  "tcp.track_bytes_in_flight:TRUE",
  "tcp.bif_seq_based:FALSE",
  "tcp.fastrt_supersedes_ooo:TRUE",
  "tcp.calculate_timestamps:TRUE",
];

function fixtures() {
  const list = [];
  const scen = join(root, "test/fixtures/scenarios");
  for (const s of readdirSync(scen, { withFileTypes: true })) {
    if (s.isDirectory()) list.push({ name: `${s.name}-hb-lan`, file: join(scen, s.name, "hb-lan.pcap") });
  }
  // Whole `tcpdump -i any` gateway captures: tshark mixes their interfaces (the parity test
  // asserts how, and that we match tshark on each interface alone instead).
  for (const s of ["slow-reader", "mtu-blackhole"]) {
    for (const g of ["ga", "gb"]) list.push({ name: `${s}-${g}-any`, file: join(scen, s, `${g}.pcap`) });
  }
  const tcpDir = join(root, "test/fixtures/tcp");
  let extra = [];
  try {
    extra = readdirSync(tcpDir).filter((f) => f.endsWith(".pcap") || f.endsWith(".pcapng"));
  } catch {
    // no split or synthetic fixtures yet
  }
  for (const f of extra) list.push({ name: basename(f).replace(/\.pcap(ng)?$/, ""), file: join(tcpDir, f) });
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

async function tshark(file) {
  const args = ["-n", "-r", file];
  for (const p of PREFS) args.push("-o", p);
  args.push(
    "-T",
    "fields",
    "-E",
    "separator=\t",
    "-E",
    "occurrence=f",
    "-e",
    "frame.number",
    "-e",
    "tcp.len",
  );
  for (const f of FLAGS) args.push("-e", `tcp.analysis.${f}`);
  args.push("-e", "tcp.analysis.bytes_in_flight", "-e", "tcp.analysis.ack_rtt", "-e", "tcp.window_size");
  const { stdout } = await run("tshark", args, { maxBuffer: 1 << 28 });
  return stdout;
}

async function golden({ file }) {
  const out = await tshark(file);
  const totals = Object.fromEntries(FLAGS.map((f) => [f, 0]));
  const frames = Object.fromEntries(FLAGS.map((f) => [f, []]));
  const bytesInFlight = [];
  const ackRttUs = [];
  const windowSize = [];
  let packets = 0;
  let tcpPackets = 0;
  for (const line of out.split("\n")) {
    if (line === "") continue;
    const cols = line.split("\t");
    const frame = Number(cols[0]);
    packets++;
    if (cols[1] === "") continue; // not TCP (or no TCP length)
    tcpPackets++;
    FLAGS.forEach((f, i) => {
      if (cols[2 + i] !== "") {
        totals[f]++;
        frames[f].push(frame);
      }
    });
    const base = 2 + FLAGS.length;
    if (cols[base] !== "") bytesInFlight.push([frame, Number(cols[base])]);
    if (cols[base + 1] !== "") ackRttUs.push([frame, Math.round(Number(cols[base + 1]) * 1e6)]);
    if (cols[base + 2] !== "") windowSize.push([frame, Number(cols[base + 2])]);
  }
  const { stdout: version } = await run("tshark", ["--version"]);
  return {
    fixture: relative(root, file),
    tshark: version.split("\n")[0],
    prefs: PREFS,
    packets,
    tcpPackets,
    totals,
    frames,
    bytesInFlight,
    ackRttUs,
    windowSize,
  };
}

/** One JSON document, with the long number lists kept on one line each. */
function format(g) {
  const lines = ["{"];
  const entries = Object.entries(g);
  entries.forEach(([k, v], i) => {
    const comma = i + 1 < entries.length ? "," : "";
    if (k === "frames") {
      lines.push(`  "frames": {`);
      const fs = Object.entries(v);
      fs.forEach(([f, list], j) => {
        lines.push(`    "${f}": ${JSON.stringify(list)}${j + 1 < fs.length ? "," : ""}`);
      });
      lines.push(`  }${comma}`);
    } else lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)}${comma}`);
  });
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

const filters = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
for (const fx of fixtures()) {
  if (filters.length > 0 && !filters.some((f) => fx.name.includes(f))) continue;
  try {
    const g = await golden(fx);
    writeFileSync(join(outDir, `${fx.name}.json`), format(g));
    const nonzero = Object.entries(g.totals)
      .filter(([, n]) => n > 0)
      .map(([f, n]) => `${f}=${n}`)
      .join(" ");
    process.stdout.write(`${fx.name}: ${g.tcpPackets} TCP packets ${nonzero}\n`);
  } catch (err) {
    process.stderr.write(
      `golden-tcp: ${fx.name}: ${err.code === "ENOENT" ? "tshark not found (apt-get install tshark)" : err.message}\n`,
    );
    process.exitCode = 1;
  }
}
