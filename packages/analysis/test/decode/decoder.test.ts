import { describe, expect, it } from "vitest";
import { DecodeStatus, L4, TcpFlag } from "../../src/decode/packet.js";
import {
  esp,
  ethernet,
  ip4,
  ipv4,
  ipv6,
  nullLink,
  raw,
  sll,
  sll2,
  tcp,
  udp,
} from "../helpers/pcap-writer.js";
import { decodeOne } from "./decode-one.js";

const v4 = (a: string) => new DataView(ip4(a).buffer).getUint32(0);
const syn = tcp({ sport: 40000, dport: 5001, seq: 1000, flags: TcpFlag.SYN, window: 64240 });

describe("link layers", () => {
  it("Ethernet with an 802.1Q tag", () => {
    const pv = decodeOne(1, ethernet({ vlans: [42] }, ipv4({ src: "10.1.0.10", dst: "10.2.0.10" }, syn)));
    expect(pv).toMatchObject({ status: DecodeStatus.Ok, vlanId: 42, ipOffset: 18, l4: L4.Tcp, tcpSeq: 1000 });
    expect(pv.src4).toBe(v4("10.1.0.10"));
    expect(pv.dst4).toBe(v4("10.2.0.10"));
  });

  it("Ethernet QinQ (802.1ad outer, 802.1Q inner): keeps the inner VLAN", () => {
    const pv = decodeOne(1, ethernet({ vlans: [{ tpid: 0x88a8, id: 100 }, 7] }, ipv4({}, syn)));
    expect(pv).toMatchObject({ status: DecodeStatus.Ok, vlanId: 7, ipOffset: 22, l4: L4.Tcp });
  });

  it("a frame cut inside a VLAN tag is truncated", () => {
    const pv = decodeOne(1, ethernet({ vlans: [1, 2] }, ipv4({}, syn)), 16);
    expect(pv.status).toBe(DecodeStatus.Truncated);
    expect(pv.health.truncated).toBe(1);
  });

  it("ARP is an unknown protocol, counted, not an error", () => {
    const pv = decodeOne(1, ethernet({ type: 0x0806 }, raw(new Uint8Array(28))));
    expect(pv).toMatchObject({ status: DecodeStatus.UnknownProtocol, l4: L4.None, ipVersion: 0 });
    expect(pv.health.unknownProtocol).toBe(1);
  });

  it("SLL2 keeps the ifindex in iface and the packet type", () => {
    const pv = decodeOne(276, sll2({ ifindex: 5, pktType: 4 }, ipv4({}, syn)));
    expect(pv).toMatchObject({ iface: 5, pktType: 4, linkType: 276, ipOffset: 20, l4: L4.Tcp });
  });

  it("SLL keeps the packet type; iface stays 0", () => {
    const pv = decodeOne(113, sll({ pktType: 0 }, ipv4({}, syn)));
    expect(pv).toMatchObject({ iface: 0, pktType: 0, ipOffset: 16, l4: L4.Tcp });
  });

  it.each([101, 12, 14, 228])("raw IPv4 (link %i)", (link) => {
    expect(decodeOne(link, ipv4({}, syn))).toMatchObject({ ipVersion: 4, ipOffset: 0, l4: L4.Tcp });
  });

  it.each([101, 229])("raw IPv6 (link %i)", (link) => {
    expect(decodeOne(link, ipv6({}, syn))).toMatchObject({ ipVersion: 6, l4: L4.Tcp });
  });

  it("raw IP with neither version is malformed", () => {
    expect(decodeOne(101, raw([0x50, 0, 0, 0])).status).toBe(DecodeStatus.Malformed);
  });

  it("null link in either byte order, IPv4 and IPv6 families", () => {
    expect(decodeOne(0, nullLink(2, ipv4({}, syn)))).toMatchObject({ ipVersion: 4, ipOffset: 4, l4: L4.Tcp });
    expect(decodeOne(0, nullLink(2, ipv4({}, syn), false))).toMatchObject({ ipVersion: 4, l4: L4.Tcp });
    expect(decodeOne(0, nullLink(30, ipv6({}, syn)))).toMatchObject({ ipVersion: 6, l4: L4.Tcp });
    expect(decodeOne(108, nullLink(24, ipv6({}, syn), false))).toMatchObject({ ipVersion: 6, l4: L4.Tcp });
    expect(decodeOne(0, nullLink(7, raw([1, 2, 3]))).status).toBe(DecodeStatus.UnknownProtocol);
  });

  it("an unknown link type is counted as such", () => {
    const pv = decodeOne(147, ipv4({}, syn));
    expect(pv.status).toBe(DecodeStatus.UnknownLink);
    expect(pv.health).toMatchObject({ packets: 1, decoded: 0, unknownLink: 1 });
  });
});

describe("IPv4", () => {
  it("header options: transport found after them", () => {
    const pv = decodeOne(101, ipv4({ options: Uint8Array.of(1, 1, 1, 0) }, tcp({ seq: 7, payloadLen: 100 })));
    expect(pv).toMatchObject({ l4: L4.Tcp, tcpSeq: 7, ipTotalLen: 24 + 20 + 100, payloadLen: 100 });
  });

  it("first fragment has the transport header, later ones do not", () => {
    const first = decodeOne(101, ipv4({ mf: true, id: 9 }, udp({ sport: 1, dport: 2 }, raw([], 1472))));
    expect(first).toMatchObject({ ipFragment: true, ipFragOffset: 0, ipId: 9, l4: L4.Udp, srcPort: 1 });
    const later = decodeOne(101, ipv4({ fragOffset: 1480, proto: 17 }, raw(new Uint8Array(8), 600)));
    expect(later).toMatchObject({
      status: DecodeStatus.Ok,
      ipFragment: true,
      ipFragOffset: 1480,
      l4: L4.None,
    });
    expect(later).toMatchObject({ srcPort: 0, payloadLen: 600, ipProto: 17 });
  });

  it("DF, TTL, id", () => {
    expect(decodeOne(101, ipv4({ df: true, ttl: 3, id: 0xbeef }, syn))).toMatchObject({
      ipDontFragment: true,
      ttl: 3,
      ipId: 0xbeef,
      ipFragment: false,
    });
  });

  it("IHL that lies: below 5 is malformed, beyond the capture is truncated", () => {
    expect(decodeOne(101, ipv4({ ihl: 4 }, syn)).status).toBe(DecodeStatus.Malformed);
    const cut = decodeOne(101, ipv4({ ihl: 15, totalLen: 1500 }, tcp({ payloadLen: 1460 })), 40);
    expect(cut).toMatchObject({ status: DecodeStatus.Truncated, l4: L4.None });
    // A header longer than the datagram it describes contradicts itself.
    expect(decodeOne(101, ipv4({ ihl: 15, totalLen: 40 }, syn)).status).toBe(DecodeStatus.Malformed);
  });

  it("total length shorter than the header is malformed", () => {
    expect(decodeOne(101, ipv4({ totalLen: 12 }, syn)).status).toBe(DecodeStatus.Malformed);
  });

  it("TSO: total length 0 means the captured frame's wire length (as Wireshark)", () => {
    const pv = decodeOne(1, ethernet({}, ipv4({ totalLen: 0 }, tcp({ payloadLen: 8000 }))), 96);
    expect(pv).toMatchObject({ l4: L4.Tcp, ipTotalLen: 0, payloadLen: 8000 });
  });

  it("Ethernet padding beyond the IP length is not payload", () => {
    const pv = decodeOne(1, ethernet({}, raw([...ipv4({}, tcp({})).bytes, 0, 0, 0, 0, 0, 0])));
    expect(pv).toMatchObject({ l4: L4.Tcp, payloadLen: 0 });
  });

  it("an IP length beyond the wire length is cut to it (as Wireshark)", () => {
    const pv = decodeOne(101, ipv4({ totalLen: 1500 }, tcp({ payloadLen: 10 })));
    expect(pv).toMatchObject({ l4: L4.Tcp, ipTotalLen: 1500, payloadLen: 10 });
  });
});

describe("IPv6", () => {
  it("walks hop-by-hop, destination options and routing headers", () => {
    const l = ipv6(
      { src: "2001:db8::a", dst: "fd00::1:2", ext: [{ type: 0 }, { type: 60, units: 1 }, { type: 43 }] },
      tcp({ payloadLen: 50 }),
    );
    const pv = decodeOne(101, l);
    expect(pv).toMatchObject({ status: DecodeStatus.Ok, ipProto: 6, l4: L4.Tcp, payloadLen: 50 });
    expect(pv.ipTotalLen).toBe(40 + 8 + 16 + 8 + 20 + 50);
    expect([...pv.src6]).toEqual([0x20010db8, 0, 0, 0xa]);
    expect([...pv.dst6]).toEqual([0xfd000000, 0, 0, 0x10002]);
  });

  it("fragment header: first fragment decoded, later ones not", () => {
    const first = decodeOne(
      101,
      ipv6({ ext: [{ type: 44, more: true, id: 77 }] }, udp({ sport: 9, dport: 10 }, raw([], 100))),
    );
    expect(first).toMatchObject({
      ipFragment: true,
      ipFragOffset: 0,
      ipId: 77,
      l4: L4.Udp,
      dstPort: 10,
      payloadLen: 100,
    });
    const later = decodeOne(
      101,
      ipv6({ next: 17, ext: [{ type: 44, offset: 1232 }] }, raw(new Uint8Array(16), 300)),
    );
    expect(later).toMatchObject({
      status: DecodeStatus.Ok,
      ipFragOffset: 1232,
      l4: L4.None,
      payloadLen: 300,
    });
  });

  it("stops at ESP and at no-next-header", () => {
    const e = decodeOne(101, ipv6({ ext: [{ type: 60 }] }, esp({ spi: 0x1234, seq: 5, payloadLen: 92 })));
    expect(e).toMatchObject({ l4: L4.Esp, espSpi: 0x1234, espSeq: 5, espLen: 100, espUdpEncap: false });
    expect(decodeOne(101, ipv6({ next: 59 }))).toMatchObject({
      status: DecodeStatus.Ok,
      l4: L4.None,
      ipProto: 59,
    });
  });

  it("an extension header cut by the snaplen is truncated; one longer than the payload malformed", () => {
    expect(decodeOne(101, ipv6({ ext: [{ type: 0, units: 4 }] }, syn), 41).status).toBe(
      DecodeStatus.Truncated,
    );
    expect(decodeOne(101, ipv6({ ext: [{ type: 0, units: 4 }], payloadLen: 8 }, syn)).status).toBe(
      DecodeStatus.Malformed,
    );
  });
});
