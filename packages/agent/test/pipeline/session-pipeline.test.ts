import {
  DigestKind,
  decodeSummaryBatch,
  encodeSummaryBatch,
  int64ToBigInt,
  PacketDirection,
  type SummaryBatchInit,
  Tap,
} from "@tunnelscope/protocol";
import { describe, expect, it } from "vitest";
import { pcapFileHeader, pcapRecord } from "../../src/capture/pcap-writer.js";
import { rateThreshold } from "../../src/pipeline/digest-hash.js";
import { SINGLE_IFACE_BASE } from "../../src/pipeline/session-pipeline.js";
import { replayFixture, smallPipeline, tcpSegment } from "./helpers.js";

function roundTrip(b: SummaryBatchInit) {
  const e = encodeSummaryBatch(b);
  if (!e.ok) throw e.error;
  const d = decodeSummaryBatch(e.value);
  if (!d.ok) throw d.error;
  return { bytes: e.value, batch: d.value };
}

describe("SessionPipeline on a real gateway capture (healthy/ga.pcap)", () => {
  const batches = replayFixture("healthy");

  it("emits one batch per aligned interval, numbered from 1, the last one final", () => {
    expect(batches.length).toBeGreaterThanOrEqual(3);
    batches.forEach((b, i) => {
      expect(b.batchSeq).toBe(i + 1);
      const start = int64ToBigInt(b.intervalStartNs);
      const end = int64ToBigInt(b.intervalEndNs);
      if (i > 0) expect(start).toBe(int64ToBigInt(batches[i - 1]?.intervalEndNs));
      if (!b.final) {
        expect(start % 1_000_000_000n).toBe(0n);
        expect(end - start).toBe(1_000_000_000n);
      }
    });
    expect(batches.at(-1)?.final).toBe(true);
    expect(batches.filter((b) => b.final)).toHaveLength(1);
  });

  it("every batch encodes and decodes, well under the 1 MiB cap", () => {
    for (const b of batches) expect(roundTrip(b).bytes.length).toBeLessThan(64 * 1024);
  });

  it("summarises the inner flow directions and the outer ESP SAs, matching inspect's totals", () => {
    const data = batches
      .flatMap((b) => b.flows ?? [])
      .filter((f) => f.tap === 2 && f.flow?.srcPort === 39738);
    const packets = data.reduce((n, f) => n + Number(f.packets), 0);
    const payload = data.reduce((n, f) => n + Number(f.payloadBytes), 0);
    // `tunnelscope inspect` on the same file: iface 2, 10.1.0.10:39738 → 10.2.0.10:5999
    expect(packets).toBe(194);
    expect(payload).toBe(3029136);
    const retrans = data.reduce((n, f) => n + (f.analysis?.retransmission ?? 0), 0);
    expect(retrans).toBe(1);
    expect(data[0]?.mss).toBe(1460);
    expect(data[0]?.windowScale).toBeDefined();
    const sa = batches.flatMap((b) => b.sas ?? []).filter((s) => s.spi === 0xa8ba1f11);
    expect(sa.reduce((n, s) => n + Number(s.packets), 0)).toBe(2397);
    expect(sa.reduce((n, s) => n + (s.gaps ?? 0), 0)).toBe(0);
    expect(sa.every((s) => s.tap === 1 && s.udpEncap)).toBe(true);
  });

  it("digests reference their flow or SA in the same batch", () => {
    for (const b of batches) {
      for (const d of b.digests ?? []) {
        if (d.kind === DigestKind.DIGEST_KIND_ICMP_TOO_BIG) {
          expect(d.ref).toBe(0);
          continue;
        }
        const list = d.kind === 1 ? b.flows : b.sas;
        expect(d.ref).toBeGreaterThan(0);
        expect(list?.[(d.ref ?? 0) - 1]?.tap).toBe(d.tap);
      }
    }
  });

  it("samples about the configured share of packets", () => {
    const digests = batches.reduce((n, b) => n + (b.digests?.length ?? 0), 0);
    const packets = 1149 + 3352; // TCP on the inner tap + ESP on the outer tap
    expect(digests / packets).toBeGreaterThan(0.03);
    expect(digests / packets).toBeLessThan(0.07);
    expect(batches.every((b) => b.digestsFullRate === false)).toBe(true);
  });
});

describe("digests say where and which way (healthy/ga.pcap, every interface)", () => {
  // `tcpdump -i any` on gateway A: ifindex 2 = site LAN, 3 = outer (ESP in UDP 4500),
  // 5 = strongSwan's ipsec0 tunnel device; counts as `tunnelscope inspect` gives them.
  const batches = replayFixture("healthy", { binding: { kind: "select" }, rate: 1 }).map(
    (b) => roundTrip(b).batch,
  );
  const digests = batches.flatMap((b) => b.digests ?? []);
  const OUT = PacketDirection.PACKET_DIRECTION_OUTGOING;
  const IN = PacketDirection.PACKET_DIRECTION_INCOMING;
  const count = (iface: number, kind: number, dir: number) =>
    digests.filter((d) => d.interface === iface && d.kind === kind && d.direction === dir).length;

  it("every digest names its capture interface and direction", () => {
    expect(digests.every((d) => d.interface !== undefined && d.interface !== null)).toBe(true);
    expect(new Set(digests.map((d) => d.interface))).toEqual(new Set([2, 3, 5]));
    expect(digests.every((d) => d.direction === OUT || d.direction === IN)).toBe(true);
  });

  it("counts per interface and direction match the capture", () => {
    const TCP = DigestKind.DIGEST_KIND_TCP;
    const ESP = DigestKind.DIGEST_KIND_ESP;
    expect(count(2, TCP, IN)).toBe(194); // from the sender host (GRO-merged)
    expect(count(2, TCP, OUT)).toBe(955); // ACKs back to the sender
    expect(count(3, ESP, OUT)).toBe(2397);
    expect(count(3, ESP, IN)).toBe(955);
    expect(count(5, TCP, OUT)).toBe(2397); // into the tunnel device, to be encrypted
    expect(count(5, TCP, IN)).toBe(955); // decrypted ACKs
    expect(count(3, TCP, IN) + count(3, TCP, OUT)).toBe(0);
  });

  it("ESP digests carry the ESP length (UDP-encapsulated: IP length - 28)", () => {
    const esp = digests.filter((d) => d.kind === DigestKind.DIGEST_KIND_ESP);
    expect(esp.length).toBe(3352);
    expect(esp.every((d) => d.espLength === (d.ipLength ?? 0) - 28 && (d.espLength ?? 0) > 0)).toBe(true);
  });

  it("SYN digests carry MSS, window scale and SACK-permitted; other segments none", () => {
    const syn = digests.filter((d) => d.kind === DigestKind.DIGEST_KIND_TCP && ((d.tcpFlags ?? 0) & 2) !== 0);
    expect(syn.length).toBeGreaterThanOrEqual(2);
    const fromSender = syn.find((d) => d.interface === 2 && d.direction === IN);
    expect(fromSender?.tcpMss).toBe(1460);
    expect(fromSender?.tcpWindowScale).toBeTypeOf("number");
    expect(fromSender?.tcpSackPermitted).toBe(true);
    const rest = digests.filter(
      (d) => d.kind === DigestKind.DIGEST_KIND_TCP && ((d.tcpFlags ?? 0) & 2) === 0,
    );
    expect(rest.every((d) => !d.tcpMss && d.tcpWindowScale == null && !d.tcpSackPermitted)).toBe(true);
  });

  it("ICMP too-big messages are digested whatever the sampling rate", () => {
    for (const rate of [1, 0]) {
      const all = replayFixture("healthy", { binding: { kind: "select" }, rate }).flatMap(
        (b) => b.digests ?? [],
      );
      const tooBig = all.filter((d) => d.kind === DigestKind.DIGEST_KIND_ICMP_TOO_BIG);
      expect(tooBig).toHaveLength(2);
      for (const d of tooBig) {
        // Gateway A tells the sender (10.1.0.10) that its segment does not fit ipsec0.
        expect(d.interface).toBe(2);
        expect(d.direction).toBe(OUT);
        expect(d.tap).toBe(Tap.TAP_INNER);
        expect(d.ref).toBe(0);
        expect(d.icmpTooBig?.mtu).toBe(1400);
        expect(d.icmpTooBig?.quotedProtocol).toBe(6);
        expect([...(d.icmpTooBig?.dstAddr ?? [])]).toEqual([10, 1, 0, 10]);
        expect([...(d.icmpTooBig?.quotedSrcAddr ?? [])]).toEqual([10, 1, 0, 10]);
        expect([...(d.icmpTooBig?.quotedDstAddr ?? [])]).toEqual([10, 2, 0, 10]);
        expect(d.icmpTooBig?.quotedLength).toBeGreaterThan(1400);
      }
    }
  });

  it("the interface tables sent list every digest's interface; roles stay unspecified without names or selectors", () => {
    const listed = new Set<number>();
    for (const b of batches) {
      for (const i of b.interfaces ?? []) listed.add(i.id as number);
      for (const d of b.digests ?? []) expect(listed.has(d.interface as number)).toBe(true);
    }
    const last = batches.at(-1)?.interfaces ?? [];
    expect(last.map((i) => i.id).sort()).toEqual([2, 3, 5]);
    expect(last.every((i) => (i.role ?? 0) === Tap.TAP_UNSPECIFIED)).toBe(true);
  });

  it("a selected outer interface gets the outer role", () => {
    const sel = replayFixture("healthy").at(-1)?.interfaces ?? [];
    expect(sel.find((i) => i.id === 3)?.role).toBe(Tap.TAP_OUTER);
    expect(sel.map((i) => i.id).sort()).toEqual([2, 3]);
  });
});

describe("a tunnel-device tap (taps.tunnel, healthy/ga.pcap)", () => {
  // ifindex 5 is ipsec0: selected as the tunnel tap beside the LAN (2) and outer (3) taps.
  const batches = replayFixture("healthy", {
    binding: { kind: "select", outer: "3", inner: "2", tunnel: "5" },
    rate: 1,
  }).map((b) => roundTrip(b).batch);
  const digests = batches.flatMap((b) => b.digests ?? []);

  it("names the tunnel interface's role TAP_TUNNEL and digests its packets on the inner side", () => {
    const roles = new Map((batches.at(-1)?.interfaces ?? []).map((i) => [i.id, i.role]));
    expect(roles.get(5)).toBe(Tap.TAP_TUNNEL);
    expect(roles.get(3)).toBe(Tap.TAP_OUTER);
    expect(roles.get(2)).not.toBe(Tap.TAP_TUNNEL);
    const onTunnel = digests.filter((d) => d.interface === 5);
    expect(onTunnel).toHaveLength(2397 + 955);
    expect(onTunnel.every((d) => d.tap === Tap.TAP_INNER && d.kind === DigestKind.DIGEST_KIND_TCP)).toBe(
      true,
    );
  });

  it("gives the tunnel device its own flow entries (tap TAP_INNER) that its digests reference", () => {
    const entry = (iface: number) => {
      const refs = new Set<string>();
      let packets = 0;
      for (const b of batches) {
        const seen = new Set<number>();
        for (const d of b.digests ?? []) {
          if (d.interface !== iface || d.kind !== DigestKind.DIGEST_KIND_TCP) continue;
          expect(d.ref).toBeGreaterThan(0);
          const f = b.flows?.[(d.ref ?? 0) - 1];
          expect(f?.tap).toBe(Tap.TAP_INNER);
          if (f?.flow?.srcPort === 39738 && !seen.has(d.ref ?? 0)) {
            seen.add(d.ref ?? 0);
            packets += Number(f.packets);
          }
          refs.add(`${b.batchSeq}/${d.ref}`);
        }
      }
      return { refs, packets };
    };
    const lan = entry(2);
    const tunnel = entry(5);
    // each copy counted in its own entry: 194 GRO-merged segments on the LAN, 2397 on ipsec0
    expect(lan.packets).toBe(194);
    expect(tunnel.packets).toBe(2397);
    expect([...tunnel.refs].some((r) => lan.refs.has(r))).toBe(false);
  });

  it("is the inner tap when no LAN tap is configured (flows from the tunnel device)", () => {
    const alone = replayFixture("healthy", { binding: { kind: "select", outer: "3", tunnel: "5" } });
    const data = alone
      .flatMap((b) => b.flows ?? [])
      .filter((f) => f.tap === Tap.TAP_INNER && f.flow?.srcPort === 39738);
    expect(data.reduce((n, f) => n + Number(f.packets), 0)).toBe(2397);
    expect(alone.at(-1)?.interfaces?.find((i) => i.id === 5)?.role).toBe(Tap.TAP_TUNNEL);
  });

  it("a live tunnel tap on a raw-IP device gets its own interface number and the tunnel role", () => {
    const { pipeline: p, batches } = smallPipeline({ ringSize: 0 });
    const ip = tcpSegment(1000);
    const lan = p.addReader({ kind: "fixed", tap: "inner" }, () => ({ kernelDrops: 0, interfaceDrops: 0 }));
    const tun = p.addReader({ kind: "fixed", tap: "tunnel" }, () => ({ kernelDrops: 0, interfaceDrops: 0 }));
    for (const id of [lan, tun]) {
      p.push(id, pcapFileHeader(228, 256));
      p.push(id, pcapRecord(1_700_000_000_000_000, ip, 256));
    }
    p.finish();
    expect(batches[0]?.interfaces).toEqual([
      { id: SINGLE_IFACE_BASE, name: "", role: Tap.TAP_TUNNEL },
      { id: SINGLE_IFACE_BASE + 1, name: "", role: Tap.TAP_TUNNEL },
    ]);
    // one entry per tap, both reported on the inner side
    expect(batches[0]?.flows?.map((f) => [f.tap, Number(f.packets)])).toEqual([
      [Tap.TAP_INNER, 1],
      [Tap.TAP_INNER, 1],
    ]);
  });
});

describe("ESP reorder histogram (replay-reorder/gb.pcap)", () => {
  it("is sent only for intervals with late packets, summing to them", () => {
    const sas = replayFixture("replay-reorder", { file: "gb.pcap", binding: { kind: "select" } }).flatMap(
      (b) => b.sas ?? [],
    );
    const late = sas.filter((s) => (s.late ?? 0) > 0);
    expect(late.length).toBeGreaterThan(0);
    for (const s of late) {
      expect(s.reorderHistogram).toHaveLength((s.reorderBucketBounds?.length ?? 0) + 1);
      expect((s.reorderHistogram ?? []).reduce((n, x) => n + x, 0)).toBe(s.late);
    }
    const inOrder = sas.filter((s) => (s.late ?? 0) === 0);
    expect(inOrder.length).toBeGreaterThan(0);
    expect(
      inOrder.every((s) => s.reorderHistogram?.length === 0 && s.reorderBucketBounds?.length === 0),
    ).toBe(true);
  });
});

describe("collapse detection", () => {
  it("sends the full-rate ring around a zero window (slow-reader/ga.pcap)", () => {
    const batches = replayFixture("slow-reader", { rate: 0 });
    const full = batches.filter((b) => b.digestsFullRate);
    expect(full.length).toBeGreaterThanOrEqual(1);
    expect(full[0]?.digests?.length).toBeGreaterThan(10);
    const zw = batches.flatMap((b) => b.flows ?? []).reduce((n, f) => n + (f.analysis?.zeroWindow ?? 0), 0);
    expect(zw).toBeGreaterThan(0);
    const sampledOut = batches
      .filter((b) => !b.digestsFullRate)
      .flatMap((b) => b.digests ?? [])
      .filter((d) => d.kind !== DigestKind.DIGEST_KIND_ICMP_TOO_BIG);
    expect(sampledOut).toHaveLength(0);
  });

  it("a full-rate dump never repeats a digest an earlier batch sent (slow-reader/ga.pcap, rate 1)", () => {
    const batches = replayFixture("slow-reader", {
      rate: 1,
      binding: { kind: "select" },
      intervalUs: 250_000,
    });
    expect(batches.some((b) => b.digestsFullRate)).toBe(true);
    const keys = batches.flatMap((b) =>
      (b.digests ?? []).map((d) => `${int64ToBigInt(d.hash)}/${int64ToBigInt(d.timestampNs)}/${d.interface}`),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("closes a batch early when its digests reach the cap: every digest sent once, none dropped", () => {
    const key = (d: NonNullable<SummaryBatchInit["digests"]>[number]) =>
      `${int64ToBigInt(d.hash)}/${int64ToBigInt(d.timestampNs)}/${d.interface}`;
    const whole = replayFixture("healthy", { rate: 1, maxDigests: 1 << 20, ringSize: 0 });
    const batches = replayFixture("healthy", { rate: 1, maxDigests: 100, ringSize: 0 });
    expect(batches.length).toBeGreaterThan(whole.length * 10);
    expect(batches.every((b) => (b.digests?.length ?? 0) <= 100)).toBe(true);
    expect(batches.reduce((n, b) => n + Number(b.health?.digestDrops ?? 0), 0)).toBe(0);
    const sent = batches.flatMap((b) => (b.digests ?? []).map(key));
    expect(new Set(sent).size).toBe(sent.length);
    expect(sent.sort()).toEqual(whole.flatMap((b) => (b.digests ?? []).map(key)).sort());
    // Batches follow each other without gap or overlap, inside the aligned 1 s intervals.
    expect(batches.map((b) => b.batchSeq)).toEqual(batches.map((_, i) => i + 1));
    for (let i = 1; i < batches.length; i++) {
      const prev = batches[i - 1] as SummaryBatchInit;
      const cur = batches[i] as SummaryBatchInit;
      expect(int64ToBigInt(cur.intervalStartNs)).toBe(int64ToBigInt(prev.intervalEndNs));
    }
    const aligned = (b: SummaryBatchInit) => int64ToBigInt(b.intervalStartNs) / 1_000_000_000n;
    for (const b of batches.slice(0, -1))
      expect((int64ToBigInt(b.intervalEndNs) - 1n) / 1_000_000_000n).toBe(aligned(b));
    // The flow summaries of the sub-interval batches add up to those of whole intervals.
    const bytes = (bs: SummaryBatchInit[]) =>
      bs.flatMap((b) => b.flows ?? []).reduce((n, f) => n + Number(f.bytes ?? 0), 0);
    expect(bytes(batches)).toBe(bytes(whole));
  });

  it("keeps room for the ring in a full-rate batch (slow-reader/ga.pcap, rate 1, small cap)", () => {
    const batches = replayFixture("slow-reader", {
      rate: 1,
      binding: { kind: "select" },
      maxDigests: 600,
      ringSize: 256,
    });
    expect(batches.some((b) => b.digestsFullRate)).toBe(true);
    expect(batches.every((b) => (b.digests?.length ?? 0) <= 600)).toBe(true);
    expect(batches.reduce((n, b) => n + Number(b.health?.digestDrops ?? 0), 0)).toBe(0);
  });
});

describe("headers only", () => {
  it("never puts payload bytes in a batch", () => {
    const marker = Buffer.from("TOP-SECRET-PAYLOAD-0123456789");
    const ip = Buffer.alloc(20 + 20 + marker.length);
    ip[0] = 0x45;
    ip.writeUInt16BE(ip.length, 2);
    ip[8] = 64;
    ip[9] = 6;
    ip.writeUInt32BE(0x0a01000a, 12);
    ip.writeUInt32BE(0x0a02000a, 16);
    ip.writeUInt16BE(40000, 20);
    ip.writeUInt16BE(5001, 22);
    ip.writeUInt32BE(1, 24);
    ip[32] = 0x50;
    ip[33] = 0x18;
    ip.writeUInt16BE(1000, 34);
    marker.copy(ip, 40);
    const { pipeline: p, batches } = smallPipeline();
    const id = p.addReader({ kind: "fixed", tap: "inner" }, () => ({ kernelDrops: 0, interfaceDrops: 0 }));
    p.push(id, pcapFileHeader(228, 256));
    p.push(id, pcapRecord(1_700_000_000_000_000, ip, 256));
    p.finish();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.digests).toHaveLength(1);
    expect(batches[0]?.digests?.[0]?.tcpLen).toBe(marker.length);
    // One interface without a number (raw IP): an agent-assigned id; raw IP = a tunnel device.
    expect(batches[0]?.digests?.[0]?.interface).toBe(SINGLE_IFACE_BASE);
    expect(batches[0]?.digests?.[0]?.direction).toBe(PacketDirection.PACKET_DIRECTION_UNSPECIFIED);
    expect(batches[0]?.interfaces).toEqual([{ id: SINGLE_IFACE_BASE, name: "", role: Tap.TAP_TUNNEL }]);
    const { bytes } = roundTrip(batches[0] as SummaryBatchInit);
    expect(Buffer.from(bytes).includes(marker.subarray(0, 8))).toBe(false);
  });
});

describe("live clock", () => {
  it("closes idle intervals on advance() and reports kernel drops as deltas", () => {
    let drops = 0;
    const { pipeline: p, batches } = smallPipeline({ samplingThreshold: 0, ringSize: 0, maxDigests: 0 });
    p.addReader({ kind: "fixed", tap: "outer" }, () => ({ kernelDrops: drops, interfaceDrops: 0 }));
    p.start(5_500_000);
    drops = 7;
    p.advance(6_100_000);
    drops = 9;
    p.advance(8_000_000);
    p.finish(8_200_000);
    expect(batches.map((b) => [Number(int64ToBigInt(b.intervalStartNs) / 1000n), b.final])).toEqual([
      [5_000_000, false],
      [6_000_000, false],
      [7_000_000, false],
      [8_000_000, true],
    ]);
    expect(batches.map((b) => Number(b.health?.kernelDrops))).toEqual([7, 2, 0, 0]);
  });
});

describe("sampling that survives a gateway", () => {
  it("both agents select the same ESP packets: those carrying a selected cleartext packet (healthy, rate 0.25)", () => {
    const threshold = rateThreshold(0.25);
    const hi = (h: bigint) => Number(h >> 32n);
    const pick = (file: string) => {
      const esp = new Map<string, { own: bigint; inner: bigint }>();
      const tcp = new Set<bigint>();
      const syn = new Set<bigint>();
      for (const b of replayFixture("healthy", { rate: 0.25, binding: { kind: "select" }, file }))
        for (const d of b.digests ?? []) {
          const h = int64ToBigInt(d.hash);
          if (d.kind === DigestKind.DIGEST_KIND_ESP)
            esp.set(`${d.espSpi}/${d.espSeq}`, { own: h, inner: int64ToBigInt(d.innerHash ?? 0) });
          else if (d.kind === DigestKind.DIGEST_KIND_TCP) {
            tcp.add(h);
            if (((d.tcpFlags ?? 0) & 0x02) !== 0) syn.add(h);
          }
        }
      return { esp, tcp, syn };
    };
    const a = pick("ga.pcap");
    const b = pick("gb.pcap");
    const byInner = (x: ReturnType<typeof pick>) =>
      new Set([...x.esp].filter(([, e]) => e.inner !== 0n && hi(e.inner) < threshold).map(([k]) => k));
    expect(byInner(a).size).toBeGreaterThan(500);
    expect(byInner(a)).toEqual(byInner(b));
    for (const x of [a, b])
      for (const e of x.esp.values()) {
        if (e.inner === 0n) continue;
        // its cleartext packet is digested on both gateways...
        if (hi(e.inner) < threshold) {
          expect(a.tcp.has(e.inner)).toBe(true);
          expect(b.tcp.has(e.inner)).toBe(true);
        } else {
          // ...and one whose cleartext packet is not selected is sent only for its own hash or a SYN
          expect(hi(e.own) < threshold || x.syn.has(e.inner)).toBe(true);
        }
      }
  });
});
