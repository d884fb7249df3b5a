import { describe, expect, it } from "vitest";
import { DecodeStatus, L4, PacketView } from "../../src/decode/packet.js";
import { TcpAnalyzer } from "../../src/tcp/analyzer.js";
import { TcpAnalysisFlag as F, TcpFlagName, tcpFlagNames } from "../../src/tcp/flags.js";
import type { TcpIntervalSummary } from "../../src/tcp/types.js";

const FIN = 0x01;
const SYN = 0x02;
const PSH = 0x08;
const ACK = 0x10;
const T0 = 1_700_000_000_000_000;
const CLIENT = 0x0a01000a; // 10.1.0.10
const SERVER = 0x0a02000a; // 10.2.0.10

interface P {
  /** ms since T0 */
  t: number;
  /** "c" client → server, "s" server → client */
  from: "c" | "s";
  seq: number;
  ack?: number;
  flags?: number;
  win?: number;
  len?: number;
  iface?: number;
  mss?: number;
  ws?: number;
  sackPerm?: boolean;
  sack?: [number, number][];
  sport?: number;
}

/** Feeds hand-built packets; returns the flag mask of each. */
function feed(a: TcpAnalyzer, packets: readonly P[]): number[] {
  const pv = new PacketView();
  return packets.map((p, i) => {
    pv.reset();
    pv.ts = T0 + Math.round(p.t * 1000);
    pv.index = i;
    pv.iface = p.iface ?? 1;
    pv.status = DecodeStatus.Ok;
    pv.ipVersion = 4;
    const port = p.sport ?? 40000;
    pv.src4 = p.from === "c" ? CLIENT : SERVER;
    pv.dst4 = p.from === "c" ? SERVER : CLIENT;
    pv.srcPort = p.from === "c" ? port : 5001;
    pv.dstPort = p.from === "c" ? 5001 : port;
    pv.l4 = L4.Tcp;
    pv.tcpSeq = p.seq >>> 0;
    pv.tcpAck = (p.ack ?? 0) >>> 0;
    pv.tcpFlags = p.flags ?? ACK;
    pv.tcpWindow = p.win ?? 1000;
    pv.payloadLen = p.len ?? 0;
    pv.tcpHeaderLen = 20;
    pv.ipTotalLen = 40 + pv.payloadLen;
    pv.tcpMss = p.mss ?? -1;
    pv.tcpWindowScale = p.ws ?? -1;
    pv.tcpSackPermitted = p.sackPerm ?? false;
    if (p.sack) {
      pv.tcpSackCount = p.sack.length;
      p.sack.forEach(([l, r], k) => {
        pv.tcpSack[2 * k] = l;
        pv.tcpSack[2 * k + 1] = r;
      });
    }
    return a.add(pv);
  });
}

/** Handshake with window scale 7 both ways, client ISN 1000, server ISN 5000. */
const HANDSHAKE: P[] = [
  { t: 0, from: "c", seq: 1000, flags: SYN, win: 64240, mss: 1460, ws: 7, sackPerm: true },
  { t: 10, from: "s", seq: 5000, ack: 1001, flags: SYN | ACK, win: 65160, mss: 1400, ws: 7, sackPerm: true },
  { t: 20, from: "c", seq: 1001, ack: 5001, win: 502 },
];

describe("TcpAnalyzer", () => {
  it("flag names are Wireshark's field names, one per bit", () => {
    expect(TcpFlagName.length).toBe(15);
    expect(1 << TcpFlagName.indexOf("zero_window")).toBe(F.ZeroWindow);
    expect(tcpFlagNames(F.Retransmission | F.FastRetransmission)).toEqual([
      "retransmission",
      "fast_retransmission",
    ]);
  });

  it("handshake, scaled windows, RTT, bytes in flight and the interval summary", () => {
    const a = new TcpAnalyzer();
    const masks = feed(a, [
      ...HANDSHAKE,
      { t: 21, from: "c", seq: 1001, ack: 5001, len: 1000, win: 502 },
      { t: 21.5, from: "c", seq: 2001, ack: 5001, len: 1000, win: 502 },
      { t: 31, from: "s", seq: 5001, ack: 3001, win: 600 },
      { t: 1200, from: "c", seq: 3001, ack: 5001, len: 400, flags: ACK | PSH, win: 502 },
      { t: 1210, from: "s", seq: 5001, ack: 3401, win: 0 },
    ]);
    expect(masks.map(tcpFlagNames)).toEqual([[], [], [], [], [], [], [], ["zero_window"]]);
    const r = a.finish();
    expect(r.packets).toBe(8);
    const [c, s] = [
      r.directions.find((d) => d.src === "10.1.0.10")!,
      r.directions.find((d) => d.src === "10.2.0.10")!,
    ];
    expect(c.handshake).toEqual({
      sawSyn: true,
      mss: 1460,
      windowScaleShift: 7,
      sackPermitted: true,
      timestamps: false,
    });
    expect(s.handshake.mss).toBe(1400);
    expect(c.windowScaleFactor).toBe(128);
    expect([s.windowMin, s.windowMax, s.windowLast]).toEqual([0, 600 * 128, 0]);
    expect(c.maxBytesInFlight).toBe(2000);
    // RTT of the client's data: SYN→SYN/ACK 10 ms, 2nd segment→ACK 9.5 ms, last →10 ms.
    expect(c.rtt).toEqual({
      samples: 3,
      minUs: 9500,
      maxUs: 10000,
      meanUs: (10000 + 9500 + 10000) / 3,
      lastUs: 10000,
    });
    expect(c.payloadBytes).toBe(2400);
    expect(c.newPayloadBytes).toBe(2400);
    expect(c.intervals.map((i) => [i.packets, i.payloadBytes, i.throughputBps, i.maxBytesInFlight])).toEqual([
      [4, 2000, 16000, 2000],
      [1, 400, 3200, 400],
    ]);
    expect(c.intervals[0]!.startUs % 1_000_000).toBe(0);
    expect(s.intervals[1]!.flags).toEqual({ zero_window: 1 });
    expect(r.ifaces).toEqual([
      {
        iface: 1,
        packets: 8,
        connections: 1,
        flags: expect.objectContaining({ zero_window: 1, retransmission: 0 }),
      },
    ]);
  });

  it("without the handshake: scale factor unknown (-1), windows unscaled, no window-full check", () => {
    const a = new TcpAnalyzer();
    const masks = feed(a, [
      { t: 0, from: "s", seq: 5001, ack: 1001, win: 3 }, // window 3 (×128 in truth, unknown here)
      { t: 1, from: "c", seq: 1001, ack: 5001, len: 3, win: 502 }, // ends exactly at 1001 + 3
    ]);
    expect(masks).toEqual([0, 0]);
    expect(a.lastWindow).toBe(502);
    const r = a.finish();
    for (const d of r.directions) expect(d.windowScaleFactor).toBe(-1);
    expect(r.directions.find((d) => d.src === "10.2.0.10")!.windowMax).toBe(3);
  });

  it("window full when a segment reaches the edge of the scaled window", () => {
    const a = new TcpAnalyzer();
    const masks = feed(a, [
      ...HANDSHAKE,
      { t: 21, from: "s", seq: 5001, ack: 1001, win: 10 }, // 10 × 128 = 1280
      { t: 22, from: "c", seq: 1001, ack: 5001, len: 1000, win: 502 },
      { t: 22.1, from: "c", seq: 2001, ack: 5001, len: 280, win: 502 },
    ]);
    // The server's first ACK repeats its SYN/ACK's numbers with a new window: a window update.
    expect(masks.slice(3).map(tcpFlagNames)).toEqual([["window_update"], [], ["window_full"]]);
  });

  it("duplicate ACKs, then a fast retransmission; the number of each duplicate", () => {
    const a = new TcpAnalyzer();
    const dup: number[] = [];
    const pkts: P[] = [
      ...HANDSHAKE,
      { t: 21, from: "c", seq: 1001, ack: 5001, len: 1000, win: 502 },
      { t: 21.1, from: "c", seq: 2001, ack: 5001, len: 1000, win: 502 },
      { t: 21.2, from: "c", seq: 3001, ack: 5001, len: 1000, win: 502 },
      { t: 31, from: "s", seq: 5001, ack: 2001, win: 600 },
      { t: 31.1, from: "s", seq: 5001, ack: 2001, win: 600, sack: [[3001, 4001]] },
      { t: 31.2, from: "s", seq: 5001, ack: 2001, win: 600, sack: [[3001, 4001]] },
      { t: 32, from: "c", seq: 2001, ack: 5001, len: 1000, win: 502 },
    ];
    const masks = pkts.map((p) => {
      const m = feed(a, [p])[0]!;
      dup.push(a.lastDupAckNum);
      return m;
    });
    // feed() restarts frame numbers; only flags matter here.
    expect(masks.slice(6).map(tcpFlagNames)).toEqual([
      [],
      ["duplicate_ack"],
      ["duplicate_ack"],
      ["retransmission", "fast_retransmission"],
    ]);
    expect(dup.slice(6)).toEqual([0, 1, 2, 0]);
  });

  it("one packet seen on two interfaces is two taps, not a retransmission", () => {
    const a = new TcpAnalyzer();
    const both = (p: P): P[] => [
      { ...p, iface: 2 },
      { ...p, iface: 5, t: p.t + 0.05 },
    ];
    const pkts: P[] = [...HANDSHAKE, { t: 21, from: "c", seq: 1001, ack: 5001, len: 1000, win: 502 }];
    const masks = feed(a, pkts.flatMap(both));
    expect(masks.every((m) => m === 0)).toBe(true);
    const r = a.finish();
    expect(r.ifaces.map((i) => [i.iface, i.packets, i.connections])).toEqual([
      [2, 4, 1],
      [5, 4, 1],
    ]);
  });

  it("evicts the least recently seen connection when the table is full, and counts it", () => {
    const a = new TcpAnalyzer({ maxFlows: 2 });
    feed(a, [
      { t: 0, from: "c", seq: 1, ack: 1, sport: 1 },
      { t: 1, from: "c", seq: 1, ack: 1, sport: 2 },
      { t: 2, from: "c", seq: 1, ack: 1, sport: 1 },
      { t: 3, from: "c", seq: 1, ack: 1, sport: 3 }, // evicts port 2
      { t: 4, from: "c", seq: 1, ack: 1, sport: 1 },
    ]);
    const r = a.finish();
    expect(r.evictions).toBe(1);
    expect(r.directions.map((d) => [d.srcPort, d.packets])).toEqual([
      [1, 3],
      [3, 1],
    ]);
    expect(r.ifaces[0]!.packets).toBe(5);
    expect(r.ifaces[0]!.connections).toBe(3);
  });

  it("streams interval summaries to onInterval instead of keeping them", () => {
    const got: TcpIntervalSummary[] = [];
    const a = new TcpAnalyzer({ intervalUs: 100_000, onInterval: (iv) => got.push(iv) });
    feed(a, [...HANDSHAKE, { t: 150, from: "c", seq: 1001, ack: 5001, len: 100, win: 502 }]);
    expect(got.map((g) => [g.src, g.srcPort, g.packets])).toEqual([["10.1.0.10", 40000, 2]]);
    const r = a.finish();
    expect(got.length).toBe(3);
    expect(r.directions.every((d) => d.intervals.length === 0)).toBe(true);
    expect(got[0]!.syn).toBe(1);
  });

  it("keeps at most maxIntervals interval summaries and counts the rest", () => {
    const a = new TcpAnalyzer({ intervalUs: 1000, maxIntervals: 3 });
    feed(a, [...HANDSHAKE, { t: 30, from: "c", seq: 1001, ack: 5001, len: 10, win: 502 }]);
    const r = a.finish();
    const kept = r.directions.reduce((n, d) => n + d.intervals.length, 0);
    const dropped = r.directions.reduce((n, d) => n + d.intervalsDropped, 0);
    expect([kept, dropped]).toEqual([3, 3]); // 6 in all: 4 with packets, 2 with only an RTT sample
  });

  it("counts TSO/GRO super-packets and the wire segments they stand for", () => {
    const a = new TcpAnalyzer();
    feed(a, [...HANDSHAKE, { t: 21, from: "c", seq: 1001, ack: 5001, len: 14000, win: 502 }]);
    const c = a.finish().directions.find((d) => d.src === "10.1.0.10")!;
    expect(c.superPackets).toBe(1);
    expect(c.wireSegments).toBe(2 + 10); // SYN, ACK, then 14000 bytes at the server's MSS of 1400
  });

  it("a SYN with a new ISN on the same ports starts a new connection; the old one is kept", () => {
    const a = new TcpAnalyzer();
    const masks = feed(a, [
      ...HANDSHAKE,
      { t: 30, from: "c", seq: 1001, ack: 5001, flags: FIN | ACK, win: 502 },
      { t: 5000, from: "c", seq: 900000, flags: SYN, win: 64240, mss: 1460, ws: 7 },
    ]);
    expect(tcpFlagNames(masks[4]!)).toEqual(["reused_ports"]);
    const r = a.finish();
    expect(new Set(r.directions.map((d) => d.connection)).size).toBe(2);
    expect(r.ifaces[0]!.connections).toBe(2);
  });

  it("ignores what is not TCP, and IP fragments", () => {
    const a = new TcpAnalyzer();
    const pv = new PacketView();
    pv.l4 = L4.Udp;
    expect(a.add(pv)).toBe(0);
    pv.l4 = L4.Tcp;
    pv.status = DecodeStatus.Truncated;
    expect(a.add(pv)).toBe(0);
    pv.status = DecodeStatus.Ok;
    pv.ipFragment = true;
    expect(a.add(pv)).toBe(0);
    expect(a.finish().skipped).toEqual({ notTcp: 2, fragments: 1 });
  });

  it("rejects a non-positive interval", () => {
    expect(() => new TcpAnalyzer({ intervalUs: 0 })).toThrow(RangeError);
  });
});
