/**
 * A full-rate batch from the sampled list and the ring: each packet exactly once, also when
 * the capture readers hand over their chunks out of time order (tcpdump per interface: the
 * ring's first insertion is then not its oldest packet).
 */
import { L4, PacketView } from "@tunnelscope/analysis";
import { DigestKind, int64ToBigInt, type PacketDigest, Tap } from "@tunnelscope/protocol";
import { describe, expect, it } from "vitest";
import { DigestBuffer } from "../../src/pipeline/digest-buffer.js";

const ref = () => 1;

/** Pushes packet `n` (time `ts` µs, interface `iface`) as the pipeline does: list if sampled, ring always. */
function push(
  list: DigestBuffer,
  ring: DigestBuffer,
  n: number,
  ts: number,
  iface: number,
  sampled: boolean,
) {
  const pv = new PacketView();
  pv.ts = ts;
  pv.l4 = L4.Tcp;
  pv.tcpSeq = n;
  pv.ipTotalLen = 52;
  const hi = sampled ? 1 : 0xffff_ffff;
  if (sampled) list.push(pv, hi, n, DigestKind.DIGEST_KIND_TCP, Tap.TAP_INNER, 0, iface);
  ring.push(pv, hi, n, DigestKind.DIGEST_KIND_TCP, Tap.TAP_INNER, 0, iface);
}

const seqs = (ds: readonly PacketDigest[]) => ds.map((d) => d.tcpSeq ?? -1).sort((x, y) => x - y);

describe("DigestBuffer.drainFullRate", () => {
  it("chunks out of time order: every packet once, none repeated, none left out", () => {
    const list = new DigestBuffer(1000, false);
    const ring = new DigestBuffer(8, true);
    // Reader 1 hands over packets 0-9 (t = 1000…1009), then reader 2 its packets 10-19,
    // captured earlier (t = 500…509). Every third packet is sampled.
    for (let n = 0; n < 10; n++) push(list, ring, n, 1000 + n, 1, n % 3 === 0);
    for (let n = 10; n < 20; n++) push(list, ring, n, 490 + n, 2, n % 3 === 0);
    // The ring holds the last 8 insertions (12-19): its first insertion (t 502) is not its
    // oldest packet… and the sampled packets 0, 3, 6, 9 (t ≥ 1000) are not in it.
    const out = DigestBuffer.drainFullRate(list, ring, ref, () => false);
    const expected = [0, 3, 6, 9, 12, 13, 14, 15, 16, 17, 18, 19];
    expect(seqs(out)).toEqual(expected);
    const keys = out.map((d) => `${int64ToBigInt(d.hash)}/${int64ToBigInt(d.timestampNs)}/${d.interface}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(list.size).toBe(0);
    expect(ring.size).toBe(0);
  });

  it("the same packet on two interfaces (same hash and time) is two digests", () => {
    const list = new DigestBuffer(100, false);
    const ring = new DigestBuffer(100, true);
    push(list, ring, 7, 100, 1, true);
    push(list, ring, 7, 100, 2, true);
    const out = DigestBuffer.drainFullRate(list, ring, ref, () => false);
    expect(out.map((d) => d.interface).sort()).toEqual([1, 2]);
  });

  it("leaves out what an earlier batch sent, keeps what arrived late in this one", () => {
    const list = new DigestBuffer(100, false);
    const ring = new DigestBuffer(100, true);
    for (let n = 0; n < 4; n++) push(list, ring, n, 100 + n, 1, true); // interval 1
    list.drain(ref); // interval 1's batch (sampled only)
    // Interval 2 starts at t = 200; packet 4 (t = 150) arrives late, counted in interval 2.
    push(list, ring, 4, 150, 2, true);
    for (let n = 5; n < 8; n++) push(list, ring, n, 200 + n, 1, n === 5);
    const sent = (ts: number, hi: number) => ts < 200 && hi === 1;
    const out = DigestBuffer.drainFullRate(list, ring, ref, sent);
    expect(seqs(out)).toEqual([4, 5, 6, 7]);
  });
});
