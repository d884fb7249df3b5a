import { describe, expect, it } from "vitest";
import { EVIDENCE_SNAPLEN, PcapWriter } from "../../src/capture/pcap-writer.js";
import { CaptureReader } from "../../src/capture/reader.js";

describe("PcapWriter", () => {
  it("writes records a CaptureReader reads back, cut at 128 bytes, one link type", () => {
    const w = new PcapWriter();
    const frame = new Uint8Array(300).map((_, i) => i & 0xff);
    w.add(1_700_000_000_123_456, 276, frame, 0, 300, 1500);
    w.add(1_700_000_001_000_001, 276, frame, 10, 40, 40);
    w.add(1_700_000_002_000_000, 1, frame, 0, 60, 60);
    expect(w.count).toBe(2);
    expect(w.skipped).toBe(1);
    const seen: { ts: number; cap: number; wire: number; first: number; link: number }[] = [];
    const r = new CaptureReader((pv) =>
      seen.push({
        ts: pv.ts,
        cap: pv.capLen,
        wire: pv.wireLen,
        first: pv.frameBytes?.[pv.frameOffset] ?? -1,
        link: pv.linkType,
      }),
    );
    r.push(w.bytes());
    r.end();
    expect(seen).toEqual([
      { ts: 1_700_000_000_123_456, cap: EVIDENCE_SNAPLEN, wire: 1500, first: 0, link: 276 },
      { ts: 1_700_000_001_000_001, cap: 40, wire: 40, first: 10, link: 276 },
    ]);
  });

  it("refuses a snaplen above 128", () => {
    expect(() => new PcapWriter(129)).toThrow(RangeError);
  });
});
