import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SummaryBatchInit } from "@tunnelscope/protocol";
import type { TapBinding } from "../../src/capture/source.js";
import { rateThreshold } from "../../src/pipeline/digest-hash.js";
import { type PipelineOptions, SessionPipeline } from "../../src/pipeline/session-pipeline.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
export const fixture = (scenario: string, file = "ga.pcap") =>
  join(ROOT, "test", "fixtures", "scenarios", scenario, file);

/** Runs a fixture through a pipeline and returns its batches. */
export function replayFixture(
  scenario: string,
  options: Partial<PipelineOptions> & { binding?: TapBinding; rate?: number; file?: string } = {},
): SummaryBatchInit[] {
  const batches: SummaryBatchInit[] = [];
  const p = new SessionPipeline({
    sessionId: "s1",
    agentId: "gw-a",
    intervalUs: 1_000_000,
    samplingThreshold: rateThreshold(options.rate ?? 0.05),
    ringSize: 1024,
    maxDigests: 8192,
    espGapBurst: 8,
    collapseCooldownUs: 10_000_000,
    ...options,
    onBatch: (b) => batches.push(b),
  });
  const id = p.addReader(options.binding ?? { kind: "select", outer: "3", inner: "2" }, () => ({
    kernelDrops: 0,
    interfaceDrops: 0,
  }));
  const bytes = readFileSync(fixture(scenario, options.file));
  for (let off = 0; off < bytes.length; off += 65536) p.push(id, bytes.subarray(off, off + 65536));
  p.end(id);
  p.finish();
  return batches;
}

/**
 * An IPv4 TCP segment 10.1.0.10:40000 → 10.2.0.10:5001 (seq 1, PSH+ACK) with `window`, a
 * header of 20 + `optionBytes` (NOPs) and `payload` after it.
 */
export function tcpSegment(window: number, payload: Uint8Array = new Uint8Array(0), optionBytes = 0): Buffer {
  const hl = 20 + optionBytes;
  const ip = Buffer.alloc(20 + hl + payload.length);
  ip[0] = 0x45;
  ip.writeUInt16BE(ip.length, 2);
  ip[8] = 64;
  ip[9] = 6;
  ip.writeUInt32BE(0x0a01000a, 12);
  ip.writeUInt32BE(0x0a02000a, 16);
  ip.writeUInt16BE(40000, 20);
  ip.writeUInt16BE(5001, 22);
  ip.writeUInt32BE(1, 24);
  ip[32] = (hl / 4) << 4;
  ip[33] = 0x18;
  ip.writeUInt16BE(window, 34);
  ip.fill(1, 40, 20 + hl);
  ip.set(payload, 20 + hl);
  return ip;
}

/** A pipeline with 1 s intervals, every packet sampled, and the batches it emits. */
export function smallPipeline(options: Partial<PipelineOptions> = {}): {
  pipeline: SessionPipeline;
  batches: SummaryBatchInit[];
} {
  const batches: SummaryBatchInit[] = [];
  const pipeline = new SessionPipeline({
    sessionId: "s",
    agentId: "a",
    intervalUs: 1_000_000,
    samplingThreshold: rateThreshold(1),
    ringSize: 16,
    maxDigests: 16,
    espGapBurst: 8,
    collapseCooldownUs: 0,
    ...options,
    onBatch: (b) => batches.push(b),
  });
  return { pipeline, batches };
}
