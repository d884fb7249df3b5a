import { PacketView } from "@tunnelscope/analysis";
import { describe, expect, it } from "vitest";
import { digestHash, isSampled, lastHash, rateThreshold } from "../../src/pipeline/digest-hash.js";
import { replayFixture } from "./helpers.js";

function tcp(seq: number, overrides: Partial<Record<keyof PacketView, unknown>> = {}): PacketView {
  const pv = new PacketView();
  Object.assign(pv, {
    l4: 6,
    ipVersion: 4,
    src4: 0x0a01000a,
    dst4: 0x0a02000a,
    srcPort: 39738,
    dstPort: 5999,
    tcpSeq: seq,
    tcpAck: 1,
    ipId: 7,
    payloadLen: 1448,
    tcpFlags: 0x10,
    ttl: 64,
    tcpWindow: 500,
    ...overrides,
  });
  return pv;
}

function hashOf(pv: PacketView): [number, number] {
  expect(digestHash(pv)).toBe(true);
  return [lastHash.hi, lastHash.lo];
}

describe("digestHash", () => {
  it("is deterministic and the same for the fields that survive the path", () => {
    const a = hashOf(tcp(1000));
    expect(hashOf(tcp(1000))).toEqual(a);
    // TTL, window, capture time and interface change between taps: same hash.
    expect(hashOf(tcp(1000, { ttl: 63, tcpWindow: 0, ts: 5, iface: 3 }))).toEqual(a);
  });

  it("changes with every field it covers", () => {
    const base = hashOf(tcp(1000));
    for (const o of [
      { tcpSeq: 1001 },
      { tcpAck: 2 },
      { ipId: 8 },
      { payloadLen: 1447 },
      { tcpFlags: 0x18 },
      { srcPort: 1 },
      { dst4: 0x0a02000b },
    ]) {
      expect(hashOf(tcp(1000, o))).not.toEqual(base);
    }
  });

  it("hashes ESP by SPI and sequence number only", () => {
    const esp = (spi: number, seq: number, src4: number) => {
      const pv = new PacketView();
      Object.assign(pv, { l4: 50, ipVersion: 4, espSpi: spi, espSeq: seq, src4 });
      return hashOf(pv);
    };
    expect(esp(0xa8ba1f11, 5, 1)).toEqual(esp(0xa8ba1f11, 5, 2));
    expect(esp(0xa8ba1f11, 5, 1)).not.toEqual(esp(0xa8ba1f11, 6, 1));
  });

  it("returns false for anything but TCP and ESP", () => {
    const pv = new PacketView();
    pv.l4 = 17;
    expect(digestHash(pv)).toBe(false);
  });

  it("samples close to the configured rate, and a higher rate keeps a superset", () => {
    let n1 = 0;
    let n10 = 0;
    const N = 200_000;
    let notSuperset = 0;
    const pv = tcp(0);
    const t1 = rateThreshold(0.01);
    const t10 = rateThreshold(0.1);
    for (let i = 0; i < N; i++) {
      pv.tcpSeq = (i * 1448) >>> 0;
      digestHash(pv);
      const s1 = isSampled(lastHash.hi, t1);
      const s10 = isSampled(lastHash.hi, t10);
      if (s1) n1++;
      if (s1 && !s10) notSuperset++;
      if (s10) n10++;
    }
    expect(notSuperset).toBe(0);
    expect(n1 / N).toBeGreaterThan(0.009);
    expect(n1 / N).toBeLessThan(0.011);
    expect(n10 / N).toBeGreaterThan(0.095);
    expect(n10 / N).toBeLessThan(0.105);
    expect(isSampled(0xffff_ffff, rateThreshold(1))).toBe(true);
    expect(isSampled(0, rateThreshold(0))).toBe(false);
  });
});

describe("consistent sampling across gateways", () => {
  it("both gateways' agents digest the same ESP packets of the same SA", () => {
    const spiSeqs = (scenario: string, file: string) =>
      new Set(
        replayFixture(scenario, { file, rate: 0.2, binding: { kind: "select" } })
          .flatMap((b) => b.digests ?? [])
          .filter((d) => d.kind === 2)
          .map((d) => `${d.espSpi}:${d.espSeq}`),
      );
    const a = spiSeqs("healthy", "ga.pcap");
    const b = spiSeqs("healthy", "gb.pcap");
    const both = [...a].filter((x) => b.has(x));
    // Same SA seen by both outer taps: what one samples the other samples too.
    expect(both.length).toBeGreaterThan(100);
    expect(both.length / Math.min(a.size, b.size)).toBeGreaterThan(0.9);
  });
});
