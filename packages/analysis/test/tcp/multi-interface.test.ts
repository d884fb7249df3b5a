/**
 * Captures with several interfaces (`tcpdump -i any` on a gateway: LAN side, ipsec0,
 * WAN). A forwarded packet appears once per interface. tshark keys conversations by
 * addresses and ports only, so it analyses the copies as one connection and flags the
 * second copy of every segment (retransmission, out-of-order, duplicate ACK…). We keep
 * flow state per (interface, direction): each tap is analysed as if captured alone, which
 * is what tshark reports on a per-interface split of the same file.
 * This is a deliberate difference from tshark; docs/tshark-parity.md says why.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TcpFlagName } from "../../src/tcp/flags.js";
import { loadGolden, ROOT, runCapture, totalsOf } from "./run-capture.js";

/** Whole gateway captures and, per interface, the golden file of that interface alone. */
const GATEWAYS: { any: string; splits: Record<number, string> }[] = [
  { any: "slow-reader-ga-any", splits: { 2: "slow-reader-ga-lan", 5: "slow-reader-ga-ipsec0" } },
  { any: "slow-reader-gb-any", splits: { 3: "slow-reader-gb-lan", 5: "slow-reader-gb-ipsec0" } },
  { any: "mtu-blackhole-ga-any", splits: { 2: "mtu-blackhole-ga-lan", 5: "mtu-blackhole-ga-ipsec0" } },
  { any: "mtu-blackhole-gb-any", splits: { 3: "mtu-blackhole-gb-lan", 5: "mtu-blackhole-gb-ipsec0" } },
];

describe("captures with several interfaces", () => {
  for (const g of GATEWAYS) {
    it(`${g.any}: each interface equals tshark on that interface alone; tshark on the whole file does not`, () => {
      const whole = loadGolden(g.any);
      const r = runCapture(join(ROOT, whole.fixture));
      const sumSplits = Object.fromEntries(TcpFlagName.map((n) => [n, 0])) as Record<TcpFlagName, number>;
      for (const [iface, split] of Object.entries(g.splits)) {
        const golden = loadGolden(split);
        const ours = totalsOf(r, (f) => r.iface.get(f) === Number(iface) && !r.optionsCut.has(f));
        expect({ iface, ...ours }).toEqual({ iface, ...golden.totals });
        // The interface analysed alone gives the same flags on the same frames.
        const alone = runCapture(join(ROOT, whole.fixture), {}, Number(iface));
        for (const [frame, mask] of alone.flags) expect(r.flags.get(frame)).toBe(mask);
        for (const n of TcpFlagName) sumSplits[n] += golden.totals[n];
        const totals = r.result.ifaces.find((t) => t.iface === Number(iface))!;
        expect(totals.flags).toEqual(totalsOf(r, (f) => r.iface.get(f) === Number(iface)));
      }
      // tshark mixes the copies: many more "retransmissions" than on the taps alone.
      expect(whole.totals.retransmission).toBeGreaterThan(sumSplits.retransmission);
    });
  }

  it("syn-two-interfaces: the second copy of each segment is a retransmission to tshark, not to us", () => {
    const whole = loadGolden("syn-two-interfaces");
    const r = runCapture(join(ROOT, whole.fixture));
    // tshark: every SYN, data segment and FIN seen the second time (on the other interface).
    expect(whole.frames.retransmission).toEqual([2, 4, 8, 10, 12, 14, 16, 18, 24, 26]);
    expect(whole.totals.duplicate_ack).toBe(4);
    const ours = totalsOf(r);
    expect(ours.retransmission).toBe(0);
    expect(ours.duplicate_ack).toBe(0);
    expect(ours.window_update).toBe(2); // the server's window update, once per interface
    expect(r.result.ifaces.map((i) => [i.iface, i.packets, i.connections])).toEqual([
      [2, 14, 1],
      [5, 14, 1],
    ]);
    // Each interface gives RTT samples of its own (SYN, data, FIN acknowledged); tshark pairs
    // copies across interfaces instead.
    const dirs = r.result.directions.filter((d) => d.src === "10.1.0.10");
    expect(dirs.map((d) => [d.iface, d.rtt.samples, d.flags.retransmission])).toEqual([
      [2, 3, 0],
      [5, 3, 0],
    ]);
  });
});
