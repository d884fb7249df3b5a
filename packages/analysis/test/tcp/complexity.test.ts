/**
 * Guards the hot path against complexity regressions (a per-ACK walk of the whole unacked
 * list) on a bulk transfer with thousands of segments in flight, losses, SACK duplicate ACKs
 * and retransmissions. Deterministic: no clock is read; `npm run bench` measures speed.
 */
import { describe, expect, it, vi } from "vitest";
import { DecodeStatus, L4, PacketView } from "../../src/decode/packet.js";
import { TcpAnalyzer } from "../../src/tcp/analyzer.js";
import { UnackedSegments } from "../../src/tcp/unacked.js";

const MSS = 1448;
const IN_FLIGHT = 3000; // segments

/** Feeds `rounds` × (IN_FLIGHT data + ACKs) packets of one lossy bulk flow per tap; returns packets fed. */
function bulk(a: TcpAnalyzer, rounds: number, ifaces: number): number {
  const pv = new PacketView();
  let n = 0;
  let ts = 1_700_000_000_000_000;
  const isn = 0xfff00000; // wraps during the run
  let una = (isn + 1) >>> 0;
  let nxt = una;
  const send = (iface: number, fromSender: boolean, seq: number, ack: number, len: number, sack: number) => {
    pv.reset();
    pv.ts = ts;
    pv.index = n++;
    pv.iface = iface;
    pv.status = DecodeStatus.Ok;
    pv.ipVersion = 4;
    pv.src4 = fromSender ? 0x0a01000a : 0x0a02000a;
    pv.dst4 = fromSender ? 0x0a02000a : 0x0a01000a;
    pv.srcPort = fromSender ? 40000 : 5001;
    pv.dstPort = fromSender ? 5001 : 40000;
    pv.l4 = L4.Tcp;
    pv.tcpSeq = seq >>> 0;
    pv.tcpAck = ack >>> 0;
    pv.tcpFlags = 0x10;
    pv.tcpWindow = 20000;
    pv.payloadLen = len;
    pv.ipTotalLen = 52 + len;
    if (sack > 0) {
      pv.tcpSackCount = 1;
      pv.tcpSack[0] = (ack + MSS) >>> 0;
      pv.tcpSack[1] = (ack + MSS + sack) >>> 0;
    }
    for (let i = 1; i < ifaces; i++) {
      pv.iface = iface + i;
      a.add(pv);
      n++;
    }
    pv.iface = iface;
    a.add(pv);
  };
  for (let r = 0; r < rounds; r++) {
    // A window of new data.
    for (let i = 0; i < IN_FLIGHT; i++) {
      ts += 10;
      send(1, true, nxt, 1, MSS, 0);
      nxt = (nxt + MSS) >>> 0;
    }
    // The first segment of the round was lost: duplicate ACKs with growing SACK, then recovery.
    for (let i = 1; i < IN_FLIGHT; i++) {
      ts += 10;
      send(1, false, 1, una, 0, i * MSS);
    }
    ts += 10;
    send(1, true, una, 1, MSS, 0); // fast retransmission
    // Cumulative ACKs every other segment.
    for (let i = 2; i <= IN_FLIGHT; i += 2) {
      ts += 10;
      send(1, false, 1, (una + i * MSS) >>> 0, 0, 0);
    }
    una = nxt;
  }
  return n;
}

describe("TcpAnalyzer hot path complexity", () => {
  // Speed itself is measured by `npm run bench` against tshark, never by a timed test; this
  // guards the algorithm deterministically: Wireshark walks the whole unacked list on every
  // ACK (O(segments in flight) per packet); ours must never fall back to that walk on an
  // ordinary bulk transfer, however many segments are in flight.
  it("never walks the whole unacked list on a lossy bulk transfer with thousands in flight", () => {
    const proto = UnackedSegments.prototype as unknown as { ackSlow: (ack: number) => boolean };
    const slow = vi.spyOn(proto, "ackSlow");
    try {
      const a = new TcpAnalyzer();
      bulk(a, 4, 2);
      const r = a.finish();
      expect(r.directions.find((d) => d.srcPort === 40000 && d.iface === 1)!.flags.fast_retransmission).toBe(
        4,
      );
      expect(slow).not.toHaveBeenCalled();
      // The spy sees the walk when it does happen: an ACK more than 2^30 away takes it.
      const u = new UnackedSegments();
      u.push(0, 1448, 1);
      u.push(1448, 2896, 2);
      u.ack(0x50000000);
      expect(slow).toHaveBeenCalledTimes(1);
    } finally {
      slow.mockRestore();
    }
  });
});
