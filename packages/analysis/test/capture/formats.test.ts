import { describe, expect, it } from "vitest";
import { L4 } from "../../src/decode/packet.js";
import {
  block,
  buildPcap,
  buildPcapng,
  bytes,
  esp,
  ethernet,
  frame,
  ipv4,
  put32,
  sll2,
  tcp,
  udp,
} from "../helpers/pcap-writer.js";
import { readAll } from "./read-all.js";

const T0 = 1_795_712_883_485_449; // µs
const pktA = frame(ethernet({}, ipv4({}, tcp({ seq: 11, payloadLen: 1000 }))));
const pktB = frame(ethernet({}, ipv4({}, udp({}, esp({ spi: 0xabcdef01, seq: 3 })))));
const frames = [
  { ts: T0, ...pktA },
  { ts: T0 + 1_000_001, ...pktB },
];

describe("pcap", () => {
  it.each([
    ["little-endian µs", {}],
    ["big-endian µs", { bigEndian: true }],
    ["little-endian ns", { nanos: true }],
    ["big-endian ns", { nanos: true, bigEndian: true }],
  ])("%s", (_name, opts) => {
    const { packets, reader } = readAll(buildPcap({ linkType: 1, snaplen: 96, ...opts }, frames));
    expect(reader.format).toBe("pcap");
    expect(reader.interfaces).toEqual([{ id: 0, name: undefined, linkType: 1, snaplen: 96 }]);
    expect(packets.map((p) => [p.index, p.ts, p.l4, p.wireLen])).toEqual([
      [0, T0, L4.Tcp, pktA.origLen],
      [1, T0 + 1_000_001, L4.Esp, pktB.origLen],
    ]);
    expect(reader.health).toMatchObject({ packets: 2, decoded: 2, badRecords: 0, truncatedFile: false });
  });

  it("nanosecond timestamps are rounded down to microseconds", () => {
    const file = buildPcap({ linkType: 1, nanos: true }, [{ ts: T0, ...pktA }]);
    put32(file, 24 + 4, 485_449_999, true);
    expect(readAll(file).packets[0]!.ts).toBe(T0);
  });

  it("Kuznetzov's modified pcap (24-byte record headers)", () => {
    const std = buildPcap({ linkType: 1 }, frames);
    const parts = [std.subarray(0, 24)];
    put32(parts[0]!, 0, 0xa1b2cd34, true);
    for (let o = 24; o < std.length; ) {
      const cap = new DataView(std.buffer, std.byteOffset).getUint32(o + 8, true);
      parts.push(std.subarray(o, o + 16), new Uint8Array(8), std.subarray(o + 16, o + 16 + cap));
      o += 16 + cap;
    }
    const file = bytes(...parts);
    expect(readAll(file).packets.map((p) => p.l4)).toEqual([L4.Tcp, L4.Esp]);
  });

  it("the FCS bits of the link type field are ignored", () => {
    const file = buildPcap({ linkType: 1 | (1 << 26) | (4 << 28) }, frames);
    expect(readAll(file).packets.map((p) => p.linkType)).toEqual([1, 1]);
  });
});

describe("pcapng", () => {
  const ifaces = [
    { linkType: 1, name: "lan0", snaplen: 96 },
    { linkType: 276, name: "any", tsresol: 9 },
  ];
  const sllFrame = frame(sll2({ ifindex: 7, pktType: 4 }, ipv4({}, tcp({ seq: 5 }))));
  const records = [
    { ts: T0, iface: 0, ...pktA },
    { blockType: 4, body: new Uint8Array(12) }, // name resolution block: skipped
    { ts: T0 + 5, iface: 1, ...sllFrame },
    { blockType: 0x40000bad, body: Uint8Array.of(1, 2, 3, 4) }, // custom block: skipped
    { ts: T0 + 9, iface: 0, kind: "opb" as const, ...pktB },
  ];

  it.each([
    ["little-endian", false],
    ["big-endian", true],
  ])("%s: interfaces with names, EPB, OPB, unknown blocks skipped", (_n, bigEndian) => {
    const { packets, reader } = readAll(buildPcapng({ bigEndian, interfaces: ifaces, records }));
    expect(reader.format).toBe("pcapng");
    expect(reader.interfaces).toEqual([
      { id: 0, name: "lan0", linkType: 1, snaplen: 96 },
      { id: 1, name: "any", linkType: 276, snaplen: 0 },
    ]);
    expect(packets.map((p) => [p.ts, p.iface, p.linkType, p.l4])).toEqual([
      [T0, 0, 1, L4.Tcp],
      [T0 + 5, 7, 276, L4.Tcp], // SLL2: the ifindex wins over the interface id
      [T0 + 9, 0, 1, L4.Esp],
    ]);
    expect(reader.health).toMatchObject({ packets: 3, decoded: 3, badRecords: 0 });
  });

  it("several sections of either byte order: interface ids run on across sections", () => {
    const file = buildPcapng([
      { interfaces: [{ linkType: 1, name: "a" }], records: [{ ts: T0, ...pktA }] },
      {
        bigEndian: true,
        interfaces: [
          { linkType: 101, name: "b" },
          { linkType: 1, name: "c" },
        ],
        records: [
          { ts: T0 + 1, iface: 1, ...pktB },
          { ts: T0 + 2, iface: 0, ...frame(ipv4({}, tcp({}))) },
        ],
      },
    ]);
    const { packets, reader } = readAll(file);
    expect(reader.interfaces.map((i) => [i.id, i.name, i.linkType])).toEqual([
      [0, "a", 1],
      [1, "b", 101],
      [2, "c", 1],
    ]);
    expect(packets.map((p) => [p.iface, p.l4])).toEqual([
      [0, L4.Tcp],
      [2, L4.Esp],
      [1, L4.Tcp],
    ]);
  });

  it.each([
    ["µs (default)", undefined],
    ["ms", 3],
    ["ns", 9],
    ["100 ns", 7],
    ["2^-20 s", 0x80 | 20],
    ["2^-30 s", 0x80 | 30],
  ])("if_tsresol %s", (_n, tsresol) => {
    const iface = tsresol === undefined ? { linkType: 1 } : { linkType: 1, tsresol };
    const ts = tsresol === 3 ? T0 - (T0 % 1000) : T0;
    const { packets } = readAll(buildPcapng({ interfaces: [iface], records: [{ ts, ...pktA }] }));
    // Binary fractions cannot hold every µs exactly: allow rounding down by one.
    expect(ts - packets[0]!.ts).toBeGreaterThanOrEqual(0);
    expect(ts - packets[0]!.ts).toBeLessThanOrEqual(tsresol !== undefined && tsresol & 0x80 ? 1 : 0);
  });

  it("if_tsoffset is added", () => {
    const file = buildPcapng({
      interfaces: [{ linkType: 1, tsoffset: 3600 }],
      records: [{ ts: T0, ...pktA }],
    });
    expect(readAll(file).packets[0]!.ts).toBe(T0);
  });

  it("simple packet blocks: no timestamp, cut to the snaplen", () => {
    const file = buildPcapng({
      interfaces: [{ linkType: 1, snaplen: 54 }],
      records: [{ ts: T0, kind: "spb", ...pktA }],
    });
    const { packets } = readAll(file);
    expect(packets[0]).toMatchObject({ ts: 0, capLen: 54, wireLen: pktA.origLen, l4: L4.Tcp });
  });

  it("a packet for an interface never described is a bad record", () => {
    const file = buildPcapng({
      interfaces: [{ linkType: 1 }],
      records: [
        { ts: T0, iface: 3, ...pktA },
        { ts: T0, ...pktB },
      ],
    });
    const { packets, reader } = readAll(file);
    expect(packets).toHaveLength(1);
    expect(reader.health).toMatchObject({ packets: 1, badRecords: 1 });
  });

  it("an EPB whose caplen overruns its block is a bad record; reading goes on", () => {
    const bad = block(6, new Uint8Array(24)); // caplen field patched below
    put32(bad, 20, 1000, true);
    const good = buildPcapng({ interfaces: [{ linkType: 1 }], records: [{ ts: T0, ...pktA }] });
    const file = new Uint8Array(good.length + bad.length);
    file.set(good.subarray(0, good.length));
    file.set(bad, good.length);
    const { packets, reader } = readAll(file);
    expect(packets).toHaveLength(1);
    expect(reader.health.badRecords).toBe(1);
  });
});
