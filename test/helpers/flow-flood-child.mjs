// A flood of distinct TCP flows through the agent's pipeline or the `inspect` analyzer, in
// a process of its own started with --expose-gc, so the heap it measures after a GC is the
// flood's alone. Prints one JSON line on stdout. Run by test/integration/flow-flood.test.ts:
//
//   node --expose-gc flow-flood-child.mjs pipeline|inspect FLOWS CAP
//   node flow-flood-child.mjs write FLOWS FILE      (the same flood as a pcap file)
//
// The capture is generated as it is pushed (never held whole): a pcap stream (LINKTYPE_IPV4)
// of FLOWS SYNs, each from its own address and port, 1 µs apart.
import { createWriteStream } from "node:fs";
import { rateThreshold, SessionPipeline } from "@tunnelscope/agent";
import { CaptureInspector } from "@tunnelscope/analysis";

const [mode, flowsArg, capArg] = process.argv.slice(2);
const FLOWS = Number(flowsArg);
const CAP = Number(capArg);
const PER_CHUNK = 8192;
const REC = 16 + 40; // record header + IPv4 + TCP (no options)

function header() {
  const b = new Uint8Array(24);
  const v = new DataView(b.buffer);
  v.setUint32(0, 0xa1b2c3d4, true);
  v.setUint16(4, 2, true);
  v.setUint16(6, 4, true);
  v.setUint32(16, 96, true);
  v.setUint32(20, 228, true);
  return b;
}

/** Packets [from, to) as one pcap chunk. */
function chunk(from, to) {
  const b = new Uint8Array((to - from) * REC);
  const v = new DataView(b.buffer);
  for (let i = from, o = 0; i < to; i++, o += REC) {
    const ts = 1_700_000_000_000_000 + i;
    v.setUint32(o, Math.floor(ts / 1e6), true);
    v.setUint32(o + 4, ts % 1e6, true);
    v.setUint32(o + 8, 40, true);
    v.setUint32(o + 12, 40, true);
    const ip = o + 16;
    v.setUint8(ip, 0x45);
    v.setUint16(ip + 2, 40);
    v.setUint16(ip + 4, i & 0xffff);
    v.setUint8(ip + 8, 64);
    v.setUint8(ip + 9, 6);
    v.setUint32(ip + 12, (10 << 24) | (1 << 16) | ((i >>> 8) & 0xffff)); // 10.1.x.y
    v.setUint32(ip + 16, (10 << 24) | (2 << 16) | 10); // 10.2.0.10
    const tcp = ip + 20;
    v.setUint16(tcp, 1024 + (i & 0xff) * 200 + ((i >>> 24) & 0xff));
    v.setUint16(tcp + 2, 5001);
    v.setUint32(tcp + 4, i * 7919);
    v.setUint8(tcp + 12, 0x50);
    v.setUint8(tcp + 13, 0x02); // SYN
    v.setUint16(tcp + 14, 64240);
  }
  return b;
}

if (mode === "write") {
  const out = createWriteStream(capArg);
  out.write(header());
  for (let i = 0; i < FLOWS; i += PER_CHUNK) {
    if (!out.write(chunk(i, Math.min(FLOWS, i + PER_CHUNK)))) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r) => out.end(r));
  process.exit(0);
}

const heap = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

let evicted = 0;
let batches = 0;
let maxBatchFlows = 0;
let push;
let done;
if (mode === "pipeline") {
  const p = new SessionPipeline({
    sessionId: "flood",
    agentId: "gw-a",
    intervalUs: 250_000,
    samplingThreshold: rateThreshold(0.01),
    ringSize: 1024,
    maxDigests: 8192,
    espGapBurst: 8,
    collapseCooldownUs: 10_000_000,
    maxFlows: CAP,
    onBatch: (b) => {
      batches++;
      evicted += Number(b.health?.evictedFlows ?? 0);
      maxBatchFlows = Math.max(maxBatchFlows, b.flows?.length ?? 0);
    },
  });
  const id = p.addReader({ kind: "select" }, () => ({ kernelDrops: 0, interfaceDrops: 0 }));
  push = (c) => p.push(id, c);
  done = () => {
    p.end(id);
    p.finish();
    return {};
  };
} else {
  const ins = new CaptureInspector({ maxFlows: CAP });
  push = (c) => ins.push(c);
  done = () => {
    ins.end();
    const r = ins.report();
    evicted = r.tcp.evictions;
    return { reportFlows: r.flows.length, packets: r.totals.tcpPackets, health: r.health };
  };
}

const base = heap();
push(header());
let peak = 0;
for (let i = 0, n = 0; i < FLOWS; i += PER_CHUNK, n++) {
  push(chunk(i, Math.min(FLOWS, i + PER_CHUNK)));
  if (n % 16 === 15) peak = Math.max(peak, heap() - base);
}
const extra = done();
peak = Math.max(peak, heap() - base);
process.stdout.write(
  `${JSON.stringify({ mode, flows: FLOWS, cap: CAP, base, peak, evicted, batches, maxBatchFlows, ...extra })}\n`,
);
