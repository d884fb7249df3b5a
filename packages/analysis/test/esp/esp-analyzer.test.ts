import { describe, expect, it } from "vitest";
import { L4, PacketView } from "../../src/decode/packet.js";
import { EspAnalyzer, formatIpv6Words, REORDER_BUCKETS } from "../../src/esp/esp-analyzer.js";

function feed(seqs: number[], opts: { spi?: number; iface?: number; len?: number } = {}): EspAnalyzer {
  const a = new EspAnalyzer();
  const pv = new PacketView();
  let ts = 1_000_000;
  for (const seq of seqs) {
    pv.reset();
    pv.ts = ts++;
    pv.iface = opts.iface ?? 3;
    pv.ipVersion = 4;
    pv.src4 = 0xc0000201; // 192.0.2.1
    pv.dst4 = 0xc6336401; // 198.51.100.1
    pv.ipTotalLen = opts.len ?? 1400;
    pv.l4 = L4.Esp;
    pv.espSpi = opts.spi ?? 0xc1a2b3c4;
    pv.espSeq = seq;
    pv.espLen = (opts.len ?? 1400) - 28;
    pv.espUdpEncap = true;
    a.add(pv);
  }
  return a;
}

describe("EspAnalyzer", () => {
  it("counts an in-order SA with no gaps", () => {
    const [sa] = feed([1, 2, 3, 4, 5]).results();
    expect(sa).toMatchObject({
      spi: 0xc1a2b3c4,
      src: "192.0.2.1",
      dst: "198.51.100.1",
      packets: 5,
      bytes: 7000,
      gaps: 0,
      duplicates: 0,
      late: 0,
      maxReorderDepth: 0,
      largestIp: 1400,
      largestEsp: 1372,
      firstSeq: 1,
      maxSeq: 5,
    });
  });

  it("counts sequence numbers that never arrive as gaps", () => {
    const [sa] = feed([1, 2, 4, 5, 9, 10]).results();
    expect(sa?.gaps).toBe(4); // 3, 6, 7, 8
  });

  it("measures reorder depth from the right edge and fills the gap", () => {
    const [sa] = feed([1, 2, 3, 5, 6, 7, 8, 4, 40, 9]).results();
    expect(sa?.late).toBe(2);
    expect(sa?.maxReorderDepth).toBe(31); // 9 arrived when 40 was the right edge
    const hist = sa?.reorderHistogram ?? [];
    expect(hist[REORDER_BUCKETS.indexOf(4)]).toBe(1); // depth 4 (8 - 4)
    expect(hist[REORDER_BUCKETS.indexOf(32)]).toBe(1); // depth 31
    expect(sa?.gaps).toBe(30); // 10..39 missing; 9 arrived late
  });

  it("counts duplicates once, not as late packets", () => {
    const [sa] = feed([1, 2, 3, 2, 3, 4]).results();
    expect(sa?.duplicates).toBe(2);
    expect(sa?.late).toBe(0);
    expect(sa?.packets).toBe(6);
  });

  it("keeps gap counts right across jumps larger than the tracking window", () => {
    const [sa] = feed([1, 2, 200_000, 200_001, 3]).results();
    expect(sa?.gaps).toBe(200_000 - 3 - 1); // 3 arrived late; 4..199_999 missing
    expect(sa?.late).toBe(1);
    expect(sa?.maxReorderDepth).toBe(199_998);
  });

  it("separates SAs by SPI and by tap", () => {
    const a = new EspAnalyzer();
    const pv = new PacketView();
    for (const [iface, spi] of [
      [1, 10],
      [2, 10],
      [1, 11],
      [1, 10],
    ] as const) {
      pv.reset();
      pv.ipVersion = 4;
      pv.l4 = L4.Esp;
      pv.iface = iface;
      pv.espSpi = spi;
      pv.espSeq = 1;
      a.add(pv);
    }
    const r = a.results();
    expect(r.map((s) => [s.iface, s.spi, s.packets, s.duplicates])).toEqual([
      [1, 10, 2, 1],
      [1, 11, 1, 0],
      [2, 10, 1, 0],
    ]);
  });

  it("stops tracking new SAs past its cap and counts their packets", () => {
    const a = new EspAnalyzer({ maxSas: 1 });
    const pv = new PacketView();
    for (const spi of [1, 2, 2]) {
      pv.reset();
      pv.ipVersion = 4;
      pv.l4 = L4.Esp;
      pv.espSpi = spi;
      pv.espSeq = 1;
      a.add(pv);
    }
    expect(a.results()).toHaveLength(1);
    expect(a.untrackedPackets).toBe(2);
  });

  it("formats IPv6 words per RFC 5952", () => {
    expect(formatIpv6Words(0x20010db8, 0, 0, 1)).toBe("2001:db8::1");
    expect(formatIpv6Words(0, 0, 0, 0)).toBe("::");
    expect(formatIpv6Words(0x20010db8, 0x00010000, 0x00010000, 0x00000001)).toBe("2001:db8:1:0:1::1");
    expect(formatIpv6Words(0x20010db8, 0x00000001, 0x00010001, 0x00010001)).toBe("2001:db8:0:1:1:1:1:1");
  });
});
