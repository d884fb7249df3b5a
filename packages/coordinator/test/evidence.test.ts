/**
 * Evidence captures of a live session: the collapse slices real agent pipelines attach to
 * their batches (slow-reader fixture, through the protobuf codec) are read, named, listed
 * with taps in path order and checked against tshark; the per-session limits count what
 * they leave out; unreadable and payload-carrying slices are refused; the store forgets
 * the oldest sessions' files past its bound.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { SummaryBatch } from "@tunnelscope/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replayFixture } from "../../agent/test/pipeline/helpers.js";
import { collectEvidence, type EvidenceBlob, EvidenceStore, readSlice } from "../src/evidence.js";
import { viaWire } from "./helpers/wire.js";

const run = promisify(execFile);

/** What an agent replaying `g`.pcap of the scenario publishes, as the coordinator decodes it. */
function agentBatches(scenario: string, g: "ga" | "gb", agentId: string): SummaryBatch[] {
  const batches = replayFixture(scenario, {
    file: `${g}.pcap`,
    agentId,
    binding: { kind: "select" }, // `-i any` without interface names: as the live setup's agents
    rate: 1,
    intervalUs: 500_000,
    ringSize: 4096,
    sliceMaxBytes: 256 * 1024,
  });
  return viaWire(batches);
}

/** A classic pcap (Ethernet) holding one frame of `len` bytes. */
function pcapWithFrame(len: number): Uint8Array {
  const out = new Uint8Array(24 + 16 + len);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0xa1b2c3d4, true);
  v.setUint16(4, 2, true);
  v.setUint16(6, 4, true);
  v.setUint32(16, 65535, true);
  v.setUint32(20, 1, true);
  v.setUint32(24, 1_700_000_000, true);
  v.setUint32(32, len, true);
  v.setUint32(36, len, true);
  if (len >= 14) v.setUint16(40 + 12, 0x0800); // an IPv4 ethertype; the rest is zero
  return out;
}

const sides = () => [
  { gateway: "A" as const, agent: "gw-a", batches: agentBatches("slow-reader", "ga", "gw-a") },
  { gateway: "B" as const, agent: "gw-b", batches: agentBatches("slow-reader", "gb", "gw-b") },
];

describe("collectEvidence on the slices of two agent pipelines (slow-reader)", () => {
  const both = sides();
  const got = collectEvidence("s1", both);
  let dir = "";

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ts-evidence-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("names one capture per agent and lists where the coordinator serves it", () => {
    const slices = both.flatMap((s) => s.batches.filter((b) => (b.collapsePcap?.length ?? 0) > 0));
    expect(slices.length).toBe(2);
    expect(got.evidence.files.map((f) => f.name).sort()).toEqual([
      "a-collapse-1.pcapng",
      "b-collapse-1.pcapng",
    ]);
    expect([...got.blobs.keys()].sort()).toEqual(["a-collapse-1.pcapng", "b-collapse-1.pcapng"]);
    const a = got.evidence.files.find((f) => f.gateway === "A");
    expect(a).toMatchObject({
      agent: "gw-a",
      href: "evidence/a-collapse-1.pcapng",
      path: "/api/sessions/s1/evidence/a-collapse-1.pcapng",
      format: "pcapng",
    });
    expect(a?.bytes).toBe(got.blobs.get("a-collapse-1.pcapng")?.bytes.length);
    expect(got.evidence.dropped).toEqual({ files: 0, bytes: 0 });
    expect(got.evidence.refused).toEqual([]);
  });

  it("counts packets, taps and time span from the file, as tshark reads it", async () => {
    for (const f of got.evidence.files) {
      const file = join(dir, f.name);
      await writeFile(file, (got.blobs.get(f.name) as EvidenceBlob).bytes);
      const { stdout } = await run("tshark", [
        "-r",
        file,
        "-T",
        "fields",
        "-e",
        "frame.time_epoch",
        "-e",
        "sll.ifindex",
      ]);
      const rows = stdout
        .trim()
        .split("\n")
        .map((l) => l.split("\t"));
      expect(f.packets).toBe(rows.length);
      const times = rows.map((r) => Number(r[0]));
      expect(f.spanMs).toBeCloseTo((Math.max(...times) - Math.min(...times)) * 1000, 0);
      expect(Date.parse(f.firstAt) / 1000).toBeCloseTo(Math.min(...times), 2);
      const perIf = new Map<string, number>();
      for (const r of rows) perIf.set(`if ${r[1]}`, (perIf.get(`if ${r[1]}`) ?? 0) + 1);
      expect(new Map(f.taps.map((t) => [t.interface, t.packets]))).toEqual(perIf);
      // in path order: inner side first at A, outer first at B
      const order = f.taps.map((t) => t.tap.split(".")[1] ?? "");
      expect(order).toEqual(
        f.gateway === "A" ? [...order].sort((x, y) => x.localeCompare(y)) : [...order].sort().reverse(),
      );
      expect(f.taps.some((t) => t.tap === `${f.gateway}.outer`)).toBe(true);
      expect(f.description).toContain(`agent ${f.agent} (${f.gateway})`);
      const outer = f.taps.find((t) => t.tap === `${f.gateway}.outer`);
      expect(outer?.roleFrom).toBe("traffic"); // -i any: the agent names no role, ESP says outer
      expect(f.description).toContain(`${f.gateway}.outer (${outer?.interface}, ${outer?.packets})`);
    }
  });

  it("keeps at most the per-session limits and counts the rest", () => {
    const small = collectEvidence("s1", both, { maxFiles: 1, maxBytes: 1 << 20 });
    expect(small.evidence.files.length).toBe(1);
    // the earlier collapse is kept; the other agent's capture is counted
    const other = got.evidence.files.find((f) => f.gateway !== small.evidence.files[0]?.gateway);
    expect(small.evidence.dropped).toEqual({ files: 1, bytes: other?.bytes });
    const none = collectEvidence("s1", both, { maxFiles: 32, maxBytes: 1000 });
    expect(none.evidence.files).toEqual([]);
    expect(none.blobs.size).toBe(0);
    expect(none.evidence.dropped.files).toBe(2);
  });

  it("refuses a slice that does not read, is empty or carries more than headers", () => {
    const [a, b] = sides();
    const first = (a?.batches ?? []).find((x) => (x.collapsePcap?.length ?? 0) > 0) as SummaryBatch;
    first.collapsePcap = new Uint8Array([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    ]);
    const second = (b?.batches ?? []).find((x) => (x.collapsePcap?.length ?? 0) > 0) as SummaryBatch;
    second.collapsePcap = pcapWithFrame(1400);
    const r = collectEvidence("s1", [a, b] as ReturnType<typeof sides>);
    expect(r.evidence.files).toEqual([]);
    expect(r.evidence.refused).toHaveLength(2);
    expect(r.evidence.refused.find((x) => x.startsWith("agent gw-a"))).toMatch(
      /^agent gw-a, batch \d+: not a capture file/,
    );
    expect(r.evidence.refused.find((x) => x.startsWith("agent gw-b"))).toMatch(
      /^agent gw-b, batch \d+: 1 frames longer than 256 bytes \(up to 1400\): not headers only$/,
    );
    expect(readSlice(pcapWithFrame(200))).toMatchObject({ ok: true, packets: 1, format: "pcap" });
    expect(readSlice(pcapWithFrame(0).subarray(0, 24))).toEqual({ ok: false, reason: "no packet in it" });
  });
});

describe("EvidenceStore", () => {
  const blob = (name: string, n: number): [string, EvidenceBlob] => [
    name,
    { name, type: "application/x-pcapng", bytes: new Uint8Array(n) },
  ];

  it("forgets the oldest sessions' files past its bound, and says so", () => {
    const store = new EvidenceStore(1000);
    store.put("s1", new Map([blob("a-collapse-1.pcapng", 400)]));
    store.put("s2", new Map([blob("a-collapse-1.pcapng", 400)]));
    expect(store.bytes).toBe(800);
    store.put("s3", new Map([blob("b-collapse-1.pcapng", 400)]));
    expect(store.bytes).toBe(800);
    expect(store.get("s1", "a-collapse-1.pcapng")).toBeUndefined();
    expect(store.wasEvicted("s1")).toBe(true);
    expect(store.get("s2", "a-collapse-1.pcapng")?.bytes.length).toBe(400);
    expect(store.get("s3", "b-collapse-1.pcapng")?.bytes.length).toBe(400);
    expect(store.get("s3", "a-collapse-1.pcapng")).toBeUndefined();
    store.forget("s1");
    store.forget("s2");
    expect(store.wasEvicted("s1")).toBe(false);
    expect(store.bytes).toBe(400);
  });
});
