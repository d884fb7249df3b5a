import {
  decodeSummaryBatch,
  encodeSummaryBatch,
  int64FromBigInt,
  type SummaryBatch,
  type SummaryBatchInit,
  Tap,
} from "@tunnelscope/protocol";
import { describe, expect, it } from "vitest";
import { LiveTotals, parseLiveFrame } from "../src/live-figures.js";

const T0 = 1_700_000_000_000_000_000n;

/** A batch through the real codec, as the coordinator receives it. */
function batch(agentId: string, seq: number, init: Partial<SummaryBatchInit>): SummaryBatch {
  const bytes = encodeSummaryBatch({
    sessionId: "s1",
    agentId,
    batchSeq: seq,
    intervalStartNs: int64FromBigInt(T0 + BigInt(seq - 1) * 500_000_000n),
    intervalEndNs: int64FromBigInt(T0 + BigInt(seq) * 500_000_000n),
    ...init,
  });
  if (!bytes.ok) throw bytes.error;
  const d = decodeSummaryBatch(bytes.value);
  if (!d.ok) throw d.error;
  return d.value;
}

const flow = (tap: Tap, packets: number, bytes: number, retrans: number, zw: number, zwUs: number) => ({
  tap,
  packets,
  bytes,
  analysis: { retransmission: retrans, zeroWindow: zw },
  zeroWindowUs: zwUs,
});

describe("LiveTotals", () => {
  it("sums flows and outer-tap SAs per tap, rates over the interval, keeps running totals", () => {
    const live = new LiveTotals("s1", { a: "gw-a", b: "gw-b" });
    const f1 = live.frame(
      batch("gw-a", 1, {
        flows: [flow(Tap.TAP_INNER, 10, 15_000, 1, 2, 120_000), flow(Tap.TAP_INNER, 4, 240, 0, 1, 300_000)],
        sas: [{ spi: 1, tap: Tap.TAP_OUTER, packets: 14, bytes: 16_000 }],
      }),
      0.5,
    );
    expect(f1).toEqual({
      type: "figures",
      sessionId: "s1",
      agent: "gw-a",
      side: "A",
      batchSeq: 1,
      final: false,
      elapsedS: 0.5,
      intervalMs: 500,
      taps: [
        {
          tap: "A.inner",
          packets: 14,
          bytes: 15_240,
          throughputBps: 243_840,
          retransmissions: 1,
          zeroWindows: 3,
          zeroWindowMs: 300,
          totalPackets: 14,
          totalBytes: 15_240,
          totalRetransmissions: 1,
          totalZeroWindows: 3,
        },
        {
          tap: "A.outer",
          packets: 14,
          bytes: 16_000,
          throughputBps: 256_000,
          retransmissions: 0,
          zeroWindows: 0,
          zeroWindowMs: 0,
          totalPackets: 14,
          totalBytes: 16_000,
          totalRetransmissions: 0,
          totalZeroWindows: 0,
        },
      ],
    });
    const f2 = live.frame(
      batch("gw-a", 2, { final: true, flows: [flow(Tap.TAP_INNER, 6, 9000, 2, 0, 0)] }),
      1,
    );
    expect(f2?.final).toBe(true);
    expect(f2?.taps).toHaveLength(1);
    expect(f2?.taps[0]).toMatchObject({
      tap: "A.inner",
      packets: 6,
      totalPackets: 20,
      totalRetransmissions: 3,
    });
    const b = live.frame(batch("gw-b", 1, { flows: [flow(Tap.TAP_TUNNEL, 1, 100, 0, 0, 0)] }), 1);
    expect(b?.side).toBe("B");
    expect(b?.taps.map((t) => t.tap)).toEqual(["B.tunnel"]);
    expect(live.frame(batch("gw-x", 1, {}), 1)).toBeUndefined();
  });

  it("parseLiveFrame accepts its frames and refuses wrong ones", () => {
    const live = new LiveTotals("s1", { a: "gw-a", b: "gw-b" });
    const f = live.frame(batch("gw-a", 1, { flows: [flow(Tap.TAP_INNER, 1, 60, 0, 0, 0)] }), 1);
    const round = parseLiveFrame(JSON.parse(JSON.stringify(f)));
    expect(round).toEqual({ ok: true, frame: f });
    const bad = (patch: Record<string, unknown>) =>
      parseLiveFrame({ ...JSON.parse(JSON.stringify(f)), ...patch });
    expect(bad({ type: "x" })).toEqual({ ok: false, reason: "type is not 'figures'" });
    expect(bad({ side: "C" })).toEqual({ ok: false, reason: "side must be A or B" });
    expect(bad({ batchSeq: -1 })).toEqual({ ok: false, reason: "batchSeq must be a non-negative number" });
    expect(bad({ taps: [{ tap: "C.inner" }] })).toEqual({ ok: false, reason: "a tap name is invalid" });
    expect(bad({ taps: [{ ...f?.taps[0], totalPackets: "9" }] })).toEqual({
      ok: false,
      reason: "A.inner.totalPackets must be a non-negative number",
    });
    expect(parseLiveFrame(null)).toEqual({ ok: false, reason: "not a JSON object" });
  });
});
