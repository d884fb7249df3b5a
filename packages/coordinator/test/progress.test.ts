import { describe, expect, it } from "vitest";
import { formatBps, ProgressLine, progressText } from "../src/cli/progress.js";
import type { LiveFrame, TapFigures } from "../src/live-figures.js";

/** A stream that says it is a terminal and keeps what is written. */
function fakeTty(columns = 120, isTTY = true) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns, write: (s: string) => writes.push(s) > 0 } };
}

function tap(name: TapFigures["tap"], totalPackets: number, throughputBps: number): TapFigures {
  return {
    tap: name,
    packets: 0,
    bytes: 0,
    throughputBps,
    retransmissions: 0,
    zeroWindows: 0,
    zeroWindowMs: 0,
    totalPackets,
    totalBytes: 0,
    totalRetransmissions: 0,
    totalZeroWindows: 0,
  };
}

function frame(taps: TapFigures[]): LiveFrame {
  return {
    type: "figures",
    sessionId: "s1",
    agent: "gw-a",
    side: "A",
    batchSeq: 1,
    final: false,
    elapsedS: 1,
    intervalMs: 1000,
    taps,
  };
}

describe("progress line", () => {
  it("on a terminal: draws in place elapsed/remaining time, packets per tap and throughput", () => {
    let now = 10_000;
    const { writes, stream } = fakeTty();
    const p = new ProgressLine(stream, 10, () => now);
    expect(p.enabled).toBe(true);
    p.started(10_500, 60_000);
    expect(writes).toEqual(["\r\x1b[2Kstarting in 1s"]);
    now = 12_500;
    p.frame(frame([tap("A.outer", 90, 2_400_000), tap("A.inner", 100, 2_500_000)]));
    expect(writes.at(-1)).toBe(
      "\r\x1b[2K2s elapsed, 8s left · A.inner 100 pkts 2.5 Mbit/s · A.outer 90 pkts 2.4 Mbit/s",
    );
    now = 14_500;
    p.frame(frame([tap("A.inner", 250, 40_000)]));
    expect(writes.at(-1)).toBe(
      "\r\x1b[2K4s elapsed, 6s left · A.inner 250 pkts 40 kbit/s · A.outer 90 pkts 2.4 Mbit/s",
    );
    now = 22_500;
    p.draw();
    expect(writes.at(-1)).toBe(
      "\r\x1b[2K12s elapsed, collecting · A.inner 250 pkts 40 kbit/s · A.outer 90 pkts 2.4 Mbit/s",
    );
    p.done();
    expect(writes.at(-1)).toBe("\r\x1b[2K");
    const n = writes.length;
    p.done();
    expect(writes.length).toBe(n);
  });

  it("is cut to the terminal's width", () => {
    const { writes, stream } = fakeTty(30);
    const p = new ProgressLine(stream, 10, () => 0);
    p.started(0, 60_000);
    p.frame(frame([tap("A.inner", 123456, 1e9)]));
    const text = (writes.at(-1) ?? "").replace("\r\x1b[2K", "");
    expect(text).toBe("0s elapsed, 10s left · A.inn…");
    expect(text.length).toBe(29);
    p.done();
  });

  it("writes nothing when the stream is not a terminal", () => {
    const { writes, stream } = fakeTty(80, false);
    const p = new ProgressLine(stream, 10);
    expect(p.enabled).toBe(false);
    p.started(Date.now());
    p.frame(frame([tap("A.inner", 1, 1)]));
    p.draw();
    p.done();
    expect(writes).toEqual([]);
  });

  it("formats throughput and long durations", () => {
    expect([formatBps(999), formatBps(1500), formatBps(12_340_000), formatBps(2.5e9)]).toEqual([
      "999 bit/s",
      "2 kbit/s",
      "12.3 Mbit/s",
      "2.50 Gbit/s",
    ]);
    expect(progressText(new Map(), 75, 120, 200)).toBe("1m15s elapsed, 45s left");
  });
});
