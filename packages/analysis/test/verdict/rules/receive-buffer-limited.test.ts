import { describe, expect, it } from "vitest";
import { receiveBufferLimited } from "../../../src/verdict/rules/receive-buffer-limited.js";
import { bufferLimitedEvidence } from "../evidence-fixtures.js";
import { fires, quietOnOthers } from "./helpers.js";

describe("rule receive-buffer-limited", () => {
  it("fires when the window caps throughput near window/RTT, and sizes tcp_rmem from the BDP", () => {
    const c = fires(receiveBufferLimited, bufferLimitedEvidence());
    expect(c.location).toBe("receiver-host");
    expect(c.confidence).toBeGreaterThanOrEqual(0.85);
    const text = c.evidence.join(" ");
    expect(text).toMatch(/never exceeded 17\.4 KiB/);
    expect(text).toMatch(/546 of 568 data segments \(96%\)/);
    expect(text).toMatch(/window\/RTT = 17\.4 KiB \/ 42\.5 ms = 3\.35 Mbit\/s/);
    // 49.6 Mbit/s × 42.5 ms = 263 KB; ×2 = 527 KB → next power of two 1 MiB.
    expect(c.recommendations).toContain("sysctl -w net.core.rmem_max=1048576");
    expect(c.recommendations).toContain('sysctl -w net.ipv4.tcp_rmem="4096 131072 1048576"');
    expect(c.recommendations.join(" ")).toMatch(/16\.00 MiB cap.*DoS/);
  });

  it("stays quiet when the window already covers the path's BDP", () => {
    const e = bufferLimitedEvidence();
    e.capacityBps = 3e6; // 3 Mbit/s × 42.5 ms = 16 KB < 17.4 KiB window
    expect(receiveBufferLimited(e).fired).toBe(false);
  });

  it("caps the suggested buffer at 16 MiB on a fat long path", () => {
    const e = bufferLimitedEvidence();
    e.capacityBps = 10e9;
    e.sender.rtt.p50 = 200_000;
    e.goodputBps = (e.receiver.window.max * 8 * 1e6) / 200_000;
    const c = fires(receiveBufferLimited, e);
    expect(c.recommendations).toContain("sysctl -w net.core.rmem_max=16777216");
    expect(c.recommendations.join(" ")).toMatch(/capped at 16\.00 MiB/);
  });

  it("stays quiet on every other case", () => {
    quietOnOthers(receiveBufferLimited, ["receive-buffer-limited"]);
  });
});
