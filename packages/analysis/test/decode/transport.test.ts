import { describe, expect, it } from "vitest";
import { DecodeStatus, L4, TcpFlag } from "../../src/decode/packet.js";
import {
  cut,
  esp,
  ethernet,
  icmp4,
  icmp6,
  ikeNatT,
  ip4,
  ipv4,
  ipv6,
  natKeepalive,
  raw,
  sll2,
  tcp,
  udp,
} from "../helpers/pcap-writer.js";
import { decodeOne } from "./decode-one.js";

const v4 = (a: string) => new DataView(ip4(a).buffer).getUint32(0);
const outer = { src: "192.0.2.1", dst: "198.51.100.1" };

describe("TCP", () => {
  it("SYN options: MSS, window scale, SACK permitted, timestamps", () => {
    const l = tcp({
      seq: 0xfffffff0,
      ack: 0,
      flags: TcpFlag.SYN | TcpFlag.ECE | TcpFlag.CWR,
      window: 64240,
      options: { mss: 1460, sackPermitted: true, timestamps: [0xdeadbeef, 0], wscale: 7 },
    });
    const pv = decodeOne(1, ethernet({}, ipv4({}, l)));
    expect(pv).toMatchObject({
      status: DecodeStatus.Ok,
      l4: L4.Tcp,
      tcpSeq: 0xfffffff0,
      tcpFlags: 0xc2,
      tcpWindow: 64240,
      tcpHeaderLen: 44,
      tcpMss: 1460,
      tcpWindowScale: 7,
      tcpSackPermitted: true,
      tcpHasTimestamps: true,
      tcpTsVal: 0xdeadbeef,
      tcpTsEcr: 0,
      tcpOptionsTruncated: false,
      payloadLen: 0,
    });
  });

  it("SACK blocks", () => {
    const sack = [
      [1000, 2000],
      [3000, 4000],
      [0xfffffff0, 16],
    ] as const;
    const pv = decodeOne(
      101,
      ipv4({}, tcp({ ack: 500, options: { timestamps: [1, 2], sack }, payloadLen: 0 })),
    );
    expect(pv.tcpSackCount).toBe(3);
    expect([...pv.tcpSack.subarray(0, 6)]).toEqual([1000, 2000, 3000, 4000, 0xfffffff0, 16]);
  });

  it("options cut by the snaplen: flagged, whole SACK blocks kept", () => {
    const sack = [
      [1, 2],
      [3, 4],
      [5, 6],
    ] as const;
    const l = sll2(
      { ifindex: 2 },
      ipv4({}, tcp({ options: { timestamps: [9, 8], sack }, payloadLen: 1448 })),
    );
    // SLL2 20 + IP 20 + TCP 20 + TS 12 + SACK header 4 + 1.5 blocks = 96 bytes.
    const pv = decodeOne(276, l, 96);
    expect(pv).toMatchObject({ status: DecodeStatus.Ok, tcpOptionsTruncated: true, tcpHasTimestamps: true });
    expect(pv).toMatchObject({ tcpSackCount: 2, payloadLen: 1448, tcpHeaderLen: 60 });
    const noOpts = decodeOne(276, l, 60);
    expect(noOpts).toMatchObject({
      status: DecodeStatus.Ok,
      tcpOptionsTruncated: true,
      tcpHasTimestamps: false,
    });
  });

  it("bad option lengths stop option parsing without failing the packet", () => {
    const pv = decodeOne(101, ipv4({}, tcp({ options: { mss: 1400, raw: Uint8Array.of(8, 0, 3, 3) } })));
    expect(pv).toMatchObject({ status: DecodeStatus.Ok, tcpMss: 1400, tcpHasTimestamps: false });
  });

  it("data offset that lies: below 5 or beyond the IP payload is malformed", () => {
    expect(decodeOne(101, ipv4({}, tcp({ dataOffset: 4 }))).status).toBe(DecodeStatus.Malformed);
    const over = decodeOne(101, ipv4({}, tcp({ dataOffset: 15 })));
    expect(over).toMatchObject({ status: DecodeStatus.Malformed, l4: L4.None });
  });

  it("a TCP header cut by the snaplen is truncated but keeps the ports", () => {
    const pv = decodeOne(101, ipv4({}, tcp({ sport: 1234, dport: 80 })), 30);
    expect(pv).toMatchObject({ status: DecodeStatus.Truncated, l4: L4.None, srcPort: 1234, dstPort: 80 });
  });
});

describe("UDP, ESP, IKE", () => {
  it("ESP in UDP 4500", () => {
    const pv = decodeOne(101, ipv4(outer, udp({}, esp({ spi: 0xc1a2b3c4, seq: 77, payloadLen: 1392 }))));
    expect(pv).toMatchObject({ l4: L4.Esp, espUdpEncap: true, espSpi: 0xc1a2b3c4, espSeq: 77, espLen: 1400 });
    expect(pv).toMatchObject({ srcPort: 4500, dstPort: 4500, payloadLen: 1400, ipTotalLen: 1428 });
  });

  it("ESP over IP protocol 50", () => {
    const pv = decodeOne(101, ipv4(outer, esp({ spi: 1, seq: 0xffffffff, payloadLen: 92 })));
    expect(pv).toMatchObject({ l4: L4.Esp, espUdpEncap: false, espSpi: 1, espSeq: 0xffffffff, espLen: 100 });
  });

  it("non-ESP marker on 4500 is IKE; UDP 500 is IKE", () => {
    expect(decodeOne(101, ipv4(outer, udp({ sport: 4500, dport: 4500 }, ikeNatT(300))))).toMatchObject({
      l4: L4.Ike,
      payloadLen: 300,
    });
    expect(decodeOne(101, ipv4(outer, udp({ sport: 500, dport: 500 }, raw([1, 2, 3], 280))))).toMatchObject({
      l4: L4.Ike,
      srcPort: 500,
    });
  });

  it("a single 0xff byte on 4500 is a NAT-T keepalive", () => {
    expect(decodeOne(101, ipv4(outer, udp({ sport: 4500, dport: 4500 }, natKeepalive())))).toMatchObject({
      status: DecodeStatus.Ok,
      l4: L4.NatKeepalive,
      payloadLen: 1,
    });
  });

  it("ESP on 4500 with the SPI cut by the snaplen is truncated", () => {
    const l = ipv4(outer, udp({}, esp({ spi: 5, seq: 6 })));
    expect(decodeOne(101, l, 30).status).toBe(DecodeStatus.Truncated);
  });

  it("other UDP", () => {
    expect(decodeOne(101, ipv4({}, udp({ sport: 53, dport: 33000 }, raw([1], 40))))).toMatchObject({
      l4: L4.Udp,
      payloadLen: 40,
    });
  });
});

describe("ICMP", () => {
  it("fragmentation needed with the quoted ESP-in-UDP header", () => {
    const quoted = ipv4(
      { ...outer, totalLen: 1500 },
      udp({ sport: 4500, dport: 4501 }, esp({ spi: 1, seq: 2 })),
    );
    const pv = decodeOne(
      101,
      ipv4({ src: "203.0.113.9", dst: "192.0.2.1" }, icmp4({ type: 3, code: 4, mtu: 1400 }, cut(quoted, 28))),
    );
    expect(pv).toMatchObject({ l4: L4.Icmp, icmpType: 3, icmpCode: 4, icmpMtu: 1400 });
    expect(pv).toMatchObject({
      icmpQuotedProto: 17,
      icmpQuotedSrcPort: 4500,
      icmpQuotedDstPort: 4501,
      icmpQuotedLen: 1500,
    });
    expect(pv.icmpQuotedSrc4).toBe(v4("192.0.2.1"));
    expect(pv.icmpQuotedDst4).toBe(v4("198.51.100.1"));
  });

  it("a quote cut before the ports keeps the addresses", () => {
    const quoted = ipv4({ ...outer, totalLen: 1500 }, tcp({}));
    const pv = decodeOne(101, ipv4({}, icmp4({ type: 3, code: 4, mtu: 1280 }, cut(quoted, 20))));
    expect(pv).toMatchObject({
      icmpMtu: 1280,
      icmpQuotedProto: 6,
      icmpQuotedSrcPort: 0,
      icmpQuotedLen: 1500,
    });
  });

  it("echo request: type and code only", () => {
    expect(decodeOne(101, ipv4({}, icmp4({ type: 8, code: 0 }, raw([1, 2, 3, 4]))))).toMatchObject({
      l4: L4.Icmp,
      icmpType: 8,
      icmpMtu: 0,
      icmpQuotedLen: 0,
    });
  });

  it("ICMPv6 packet too big with the quoted IPv6/TCP header", () => {
    const quoted = ipv6(
      { src: "2001:db8::1", dst: "2001:db8::2", payloadLen: 1460 },
      tcp({ sport: 443, dport: 50000 }),
    );
    const pv = decodeOne(
      101,
      ipv6(
        { src: "2001:db8:ff::1", dst: "2001:db8::1" },
        icmp6({ type: 2, code: 0, mtu: 1280 }, cut(quoted, 48)),
      ),
    );
    expect(pv).toMatchObject({
      l4: L4.Icmp6,
      icmpType: 2,
      icmpMtu: 1280,
      icmpQuotedProto: 6,
      icmpQuotedLen: 1500,
    });
    expect(pv).toMatchObject({ icmpQuotedSrcPort: 443, icmpQuotedDstPort: 50000 });
    expect([...pv.icmpQuotedSrc6]).toEqual([0x20010db8, 0, 0, 1]);
    expect([...pv.icmpQuotedDst6]).toEqual([0x20010db8, 0, 0, 2]);
  });

  it("ICMP over IPv6 / ICMPv6 over IPv4 are unknown protocols", () => {
    expect(decodeOne(101, ipv6({}, icmp4({ type: 8, code: 0 }))).status).toBe(DecodeStatus.UnknownProtocol);
    expect(decodeOne(101, ipv4({}, icmp6({ type: 128, code: 0 }))).status).toBe(DecodeStatus.UnknownProtocol);
  });
});
