import { describe, expect, it } from "vitest";
import {
  buildTimeline,
  newPathBins,
  TIMELINE_BASE_US,
  TIMELINE_MAX_POINTS,
  TimelineGrid,
} from "../../src/correlate/timeline.js";
import type { TcpInterval } from "../../src/tcp/types.js";

const iv = (startUs: number, over: Partial<TcpInterval>): TcpInterval => ({
  startUs,
  packets: 1,
  bytes: 0,
  payloadBytes: 0,
  newPayloadBytes: 0,
  syn: 0,
  fin: 0,
  rst: 0,
  flags: {},
  windowMin: -1,
  windowMax: -1,
  windowLast: -1,
  maxBytesInFlight: 0,
  rttSamples: 0,
  rttMinUs: 0,
  rttMaxUs: 0,
  throughputBps: 0,
  goodputBps: 0,
  ...over,
});

describe("timeline", () => {
  it("uses 100 ms intervals aligned on A's clock, widened to stay under the point cap", () => {
    const g = new TimelineGrid(1_000_050_000, 1_004_999_999);
    expect(g.intervalUs).toBe(TIMELINE_BASE_US);
    expect(g.startUs).toBe(1_000_000_000);
    expect(g.points).toBe(50);
    const long = new TimelineGrid(0, 3_600_000_000);
    expect(long.points).toBeLessThanOrEqual(TIMELINE_MAX_POINTS);
    expect(long.intervalUs % TIMELINE_BASE_US).toBe(0);
    expect(long.bin(3_600_000_000)).toBe(long.points - 1);
    expect(long.bin(-1)).toBe(-1);
  });

  it("moves B's intervals onto A's clock and merges them per figure", () => {
    const grid = new TimelineGrid(0, 999_999);
    const bins = newPathBins(grid);
    bins.underlay.enter(2);
    bins.underlay.lose(2);
    bins.underlay.delay.add(2, 500);
    bins.underlay.delay.add(2, 700);
    bins.underlay.delay.add(2, 900);
    const t = buildTimeline(
      bins,
      {
        dataAtSender: {
          intervals: [
            iv(100_000, { maxBytesInFlight: 5000, flags: { retransmission: 2, fast_retransmission: 1 } }),
          ],
        },
        ackAtSender: { intervals: [iv(300_000, { windowMin: 0 })] },
        dataAtReceiver: { intervals: [iv(5_100_000, { newPayloadBytes: 1250 })] },
        // B's clock is 5 s ahead of A's
        ackAtReceiver: {
          intervals: [
            iv(5_300_000, { windowMin: 0, flags: { zero_window: 3 } }),
            iv(5_400_000, { windowMin: 65535 }),
          ],
        },
        senderShift: 0,
        receiverShift: 5_000_000,
      },
      [
        { from: "A.tunnel", to: "A.outer" },
        { from: "A.outer", to: "B.outer" },
        { from: "B.outer", to: "B.lan" },
      ],
    );
    expect(t.points).toBe(10);
    expect(t.bytesInFlight[1]).toBe(5000);
    expect(t.retransmissions[1]).toBe(3);
    expect(t.windowAtSender[3]).toBe(0);
    expect(t.windowAtReceiver.slice(3, 5)).toEqual([0, 65535]);
    expect(t.goodputBps[1]).toBe(100_000);
    expect(t.zeroWindowAcks[3]).toBe(3);
    expect(t.zeroWindowPeriods).toEqual([{ startUs: 300_000, endUs: 400_000 }]);
    const u = t.segments[1];
    expect(u?.segment).toBe("underlay");
    expect(u?.packets[2]).toBe(1);
    expect(u?.lost[2]).toBe(1);
    expect(u?.delayP50Us[2]).toBe(700);
    expect(u?.delayP50Us[3]).toBeNull();
  });
});
