/**
 * tshark parity: on every single-interface capture, our tcp.analysis.* flags equal tshark
 * 4.0's frame by frame, and so do bytes in flight, ack_rtt and the scaled window.
 * The oracle is test/fixtures/golden/tcp/*.json, written by scripts/golden-tcp.mjs.
 *
 * Known differences, asserted here and explained in docs/tshark-parity.md:
 * - segments whose TCP options were cut by the snaplen: tshark's option dissector throws
 *   before it prints the analysis, so it shows no flags, bytes in flight or RTT for them
 *   (its state is updated all the same); we report them;
 * - captures with several interfaces: tshark analyses all copies of a packet as one
 *   connection; we analyse each interface on its own (multi-interface.test.ts).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TcpFlagName } from "../../src/tcp/flags.js";
import {
  type CaptureRun,
  framesOf,
  GOLDEN_DIR,
  loadGolden,
  ROOT,
  runCapture,
  totalsOf,
} from "./run-capture.js";
import { MULTI_INTERFACE } from "./synthetic.js";

const single = readdirSync(GOLDEN_DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5))
  .filter((n) => !n.endsWith("-any") && !MULTI_INTERFACE.has(n))
  .sort();

/** Values per frame, leaving out `except`. */
function perFrame(m: Map<number, number> | [number, number][], except: Set<number>): [number, number][] {
  return [...m].filter(([f]) => !except.has(f)).sort((a, b) => a[0] - b[0]);
}

describe("tshark parity on single-interface captures", () => {
  it("covers every tap type", () => {
    expect(single).toEqual(
      expect.arrayContaining(["healthy-hb-lan", "underlay-loss-ga-lan", "underlay-loss-gb-ipsec0"]),
    );
    expect(single.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of single) {
    describe(name, () => {
      const golden = loadGolden(name);
      let run: CaptureRun | undefined;
      const get = (): CaptureRun => {
        run ??= runCapture(join(ROOT, golden.fixture));
        return run;
      };

      it("per-flag totals equal tshark's (segments with cut options aside)", () => {
        const r = get();
        expect(r.iface.size).toBe(golden.tcpPackets);
        expect(totalsOf(r, (f) => !r.optionsCut.has(f))).toEqual(golden.totals);
      });

      it("tshark shows no analysis on segments whose options were cut; we count them", () => {
        const r = get();
        for (const n of TcpFlagName) expect(golden.frames[n].filter((f) => r.optionsCut.has(f))).toEqual([]);
        const ours = totalsOf(r);
        const onCut = totalsOf(r, (f) => r.optionsCut.has(f));
        for (const n of TcpFlagName) expect(ours[n]).toBe(golden.totals[n] + onCut[n]);
        const all = r.result.ifaces.reduce((s, i) => s + i.packets, 0);
        expect(all).toBe(golden.tcpPackets);
      });

      it("flags frame by frame", () => {
        const r = get();
        for (const n of TcpFlagName)
          expect({ [n]: framesOf(r, n, r.optionsCut) }).toEqual({ [n]: golden.frames[n] });
      });

      it("bytes in flight, ack_rtt and window size frame by frame", () => {
        const r = get();
        expect(perFrame(r.bytesInFlight, r.optionsCut)).toEqual(perFrame(golden.bytesInFlight, r.optionsCut));
        expect(perFrame(r.ackRttUs, r.optionsCut)).toEqual(perFrame(golden.ackRttUs, r.optionsCut));
        expect(perFrame(r.windowSize, new Set())).toEqual(perFrame(golden.windowSize, new Set()));
      });
    });
  }
});

describe("snaplen-cut options on gateway captures", () => {
  it("underlay-loss at the receiver gateway: duplicate ACKs tshark does not show are counted", () => {
    const golden = loadGolden("underlay-loss-gb-ipsec0");
    const r = runCapture(join(ROOT, golden.fixture));
    expect(r.optionsCut.size).toBeGreaterThan(100);
    const ours = totalsOf(r);
    expect(ours.duplicate_ack).toBeGreaterThan(golden.totals.duplicate_ack);
    // Every extra is a SACK-carrying duplicate ACK that tshark hid.
    const extra = framesOf(r, "duplicate_ack").filter((f) => !golden.frames.duplicate_ack.includes(f));
    expect(extra.length).toBe(ours.duplicate_ack - golden.totals.duplicate_ack);
    for (const f of extra) expect(r.optionsCut.has(f)).toBe(true);
  });
});
