import type { SummaryBatchInit } from "@tunnelscope/protocol";
import { describe, expect, it } from "vitest";
import { pcapFileHeader, pcapRecord } from "../../src/capture/pcap-writer.js";
import { SINGLE_IFACE_BASE } from "../../src/pipeline/session-pipeline.js";
import { smallPipeline, tcpSegment } from "./helpers.js";

const T0 = 1_700_000_000_000_000;
const RAW_IPV4 = 228;
const noDrops = () => ({ kernelDrops: 0, interfaceDrops: 0 });
const ids = (b: SummaryBatchInit | undefined) => (b?.interfaces ?? []).map((i) => i.id);

describe("the interface table (SummaryBatch.interfaces)", () => {
  it("goes out in the first batch, again when it changes, every 16th batch and in the final one", () => {
    const { pipeline, batches } = smallPipeline();
    const first = pipeline.addReader({ kind: "fixed", tap: "inner" }, noDrops);
    pipeline.push(first, pcapFileHeader(RAW_IPV4, 256));
    let second: number | undefined;
    for (let s = 0; s < 40; s++) {
      pipeline.push(first, pcapRecord(T0 + s * 1_000_000 + 500_000, tcpSegment(1000), 256));
      if (s === 5) {
        // a second capture stream (a second interface) joins the session in its 6th second
        second = pipeline.addReader({ kind: "fixed", tap: "inner" }, noDrops);
        pipeline.push(second, pcapFileHeader(RAW_IPV4, 256));
        pipeline.push(second, pcapRecord(T0 + s * 1_000_000 + 600_000, tcpSegment(2000), 256));
        pipeline.end(second);
      }
    }
    pipeline.finish();
    expect(batches.length).toBeGreaterThanOrEqual(40);
    const sent = batches.filter((b) => (b.interfaces ?? []).length > 0).map((b) => b.batchSeq);
    const last = batches.at(-1)?.batchSeq ?? 0;
    // 1: first; 6: the second interface appeared; 22, 38: refreshes; the final batch
    expect(sent).toEqual([1, 6, 22, 38, last]);
    expect(ids(batches[0])).toEqual([SINGLE_IFACE_BASE]);
    expect(ids(batches[5])).toEqual([SINGLE_IFACE_BASE, SINGLE_IFACE_BASE + 1]);
    expect(ids(batches.at(-1))).toEqual([SINGLE_IFACE_BASE, SINGLE_IFACE_BASE + 1]);
    // a digest's interface is always in the last table sent at or before its batch
    const known = new Set<number | null | undefined>();
    for (const b of batches) {
      for (const i of b.interfaces ?? []) known.add(i.id);
      for (const d of b.digests ?? []) expect(known.has(d.interface)).toBe(true);
    }
    expect(second).toBeDefined();
  });
});
