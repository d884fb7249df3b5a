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
