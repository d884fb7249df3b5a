import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mutateCapture, rng } from "../../../../test/helpers/fuzz.js";
import { CaptureFormatError } from "../../src/capture/errors.js";
import { CaptureReader } from "../../src/capture/reader.js";
import { decodeFrame } from "../../src/decode/frame.js";
import { DecodeStatus, PacketView } from "../../src/decode/packet.js";
import {
  buildPcap,
  buildPcapng,
  cut,
  esp,
  ethernet,
  frame,
  icmp4,
  icmp6,
  ipv4,
  ipv6,
  natKeepalive,
  sll2,
  tcp,
  udp,
} from "../helpers/pcap-writer.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
const fixture = (p: string) => new Uint8Array(readFileSync(join(root, "test/fixtures", p)));

const T0 = 1_795_712_883_485_449;
const synthetic = [
  ethernet(
    { vlans: [5] },
    ipv4(
      { options: Uint8Array.of(1, 1, 1, 1) },
      tcp({ options: { mss: 1460, wscale: 7, sackPermitted: true, timestamps: [1, 2] } }),
    ),
  ),
  ethernet(
    {},
    ipv6(
      { ext: [{ type: 0 }, { type: 44, more: true }, { type: 60 }] },
      udp({ sport: 4500 }, esp({ spi: 1, seq: 2 })),
    ),
  ),
  ethernet({}, ipv4({}, icmp4({ type: 3, code: 4, mtu: 1400 }, cut(ipv4({}, udp({}, natKeepalive())), 28)))),
  ethernet(
    {},
    ipv6({}, icmp6({ type: 2, code: 0, mtu: 1280 }, cut(ipv6({}, tcp({ options: { sack: [[1, 2]] } })), 60))),
  ),
  ethernet({}, ipv4({ fragOffset: 800 }, udp({}))),
].map((l, i) => ({ ts: T0 + i, ...frame(l) }));

const bases: Uint8Array[] = [
  fixture("scenarios/mtu-blackhole/ga.pcap"),
  fixture("golden/decode/mtu-blackhole-merged.pcapng"),
  fixture("golden/decode/mtu-blackhole-ga.nsec.pcapng"),
  buildPcap({ linkType: 1 }, synthetic),
  buildPcap({ linkType: 1, bigEndian: true, nanos: true }, synthetic),
  buildPcapng({ bigEndian: true, interfaces: [{ linkType: 1, name: "x", tsresol: 9 }], records: synthetic }),
  buildPcap({ linkType: 276 }, [{ ts: T0, ...frame(sll2({ ifindex: 3 }, ipv4({}, tcp({})))) }]),
];

/** Runs `bytes` through a reader in random chunks; only CaptureFormatError may escape. */
function run(bytes: Uint8Array, r: () => number): number {
  let packets = 0;
  let maxCap = 0;
  const reader = new CaptureReader(
    (pv) => {
      packets++;
      if (pv.capLen > maxCap) maxCap = pv.capLen;
    },
    { maxRecordBytes: 64 * 1024 },
  );
  const chunk = [1, 3, 16, 100, 4096, bytes.length + 1][Math.floor(r() * 6)]!;
  try {
    for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk));
    reader.end();
  } catch (e) {
    if (!(e instanceof CaptureFormatError)) throw e;
  }
  const carry = (reader as unknown as { carry: Uint8Array }).carry;
  if (carry.length > 64 * 1024 + 4096 || maxCap > 64 * 1024 || packets > bytes.length / 16) {
    expect({ carry: carry.length, maxCap, packets, bytes: bytes.length }).toBe("within bounds");
  }
  return packets;
}

describe("fuzz: nothing but CaptureFormatError escapes, nothing hangs", () => {
  it("random bytes, bare and behind valid file headers", () => {
    const r = rng(0x5eed);
    const heads = [new Uint8Array(0), bases[3]!.subarray(0, 24), bases[5]!.subarray(0, 28)];
    for (let i = 0; i < 1500; i++) {
      const body = new Uint8Array(Math.floor(r() * 600));
      for (let j = 0; j < body.length; j++) body[j] = Math.floor(r() * 256);
      const head = heads[i % heads.length]!;
      const file = new Uint8Array(head.length + body.length);
      file.set(head);
      file.set(body, head.length);
      run(file, r);
    }
  });

  it("mutated captures", () => {
    const r = rng(42);
    let decoded = 0;
    for (let i = 0; i < 2500; i++) decoded += run(mutateCapture(bases[i % bases.length]!, r), r);
    expect(decoded).toBeGreaterThan(1000); // the mutations leave most of the files readable
  });

  it("decodeFrame on random frames of every link type", () => {
    const r = rng(7);
    const pv = new PacketView();
    const links = [0, 1, 12, 14, 101, 108, 113, 228, 229, 276, 999];
    const statuses = new Set<number>(Object.values(DecodeStatus));
    let bad = 0;
    const buf = new Uint8Array(200);
    for (let i = 0; i < 20000; i++) {
      const len = Math.floor(r() * buf.length);
      for (let j = 0; j < len; j++) buf[j] = r() < 0.3 ? 0 : Math.floor(r() * 256);
      // Steer some frames into the IP decoders.
      if (r() < 0.5) buf[r() < 0.5 ? 0 : 14] = r() < 0.5 ? 0x45 : 0x60;
      pv.reset();
      pv.capLen = len;
      pv.wireLen = r() < 0.5 ? len : Math.floor(r() * 70000);
      const status = decodeFrame(pv, buf, 0, len, links[i % links.length]!);
      if (!statuses.has(status) || !(pv.payloadLen >= 0) || !(pv.l4 === 0 || status === DecodeStatus.Ok))
        bad++;
    }
    expect(bad).toBe(0);
  });
});
