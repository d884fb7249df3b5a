/**
 * The headers-only pcap sent with a collapse dump (SummaryBatch.collapse_pcap): it opens
 * with tshark, holds the packets around the collapse, and no frame carries a byte past
 * its transport header.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  decodeSummaryBatch,
  encodeSummaryBatch,
  int64ToBigInt,
  type SummaryBatchInit,
} from "@tunnelscope/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pcapFileHeader, pcapRecord } from "../../src/capture/pcap-writer.js";
import { SLICE_SNAP } from "../../src/pipeline/header-slice.js";
import { replayFixture, smallPipeline, tcpSegment } from "./helpers.js";

const run = promisify(execFile);

/** tshark's fields of every frame of `file`, one array per frame. */
async function tsharkFields(file: string, fields: readonly string[]): Promise<string[][]> {
  const args = ["-r", file, "-T", "fields", "-E", "separator=|", ...fields.flatMap((f) => ["-e", f])];
  const { stdout } = await run("tshark", args, { maxBuffer: 64 << 20 });
  return stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.split("|"));
}

describe("collapse pcap (slow-reader/ga.pcap: a zero window)", () => {
  let dir = "";
  let file = "";
  let batch: SummaryBatchInit | undefined;
  let rows: string[][] = [];
  const FIELDS = [
    "frame.cap_len",
    "frame.len",
    "frame.time_epoch",
    "sll.ifindex",
    "ip.hdr_len",
    "ip.proto",
    "tcp.hdr_len",
    "tcp.len",
    "udp.srcport",
    "esp.spi",
    "esp.sequence",
    "tcp.analysis.zero_window",
    "frame.interface_name",
  ] as const;
  const col = (r: string[], f: (typeof FIELDS)[number]) => r[FIELDS.indexOf(f)] ?? "";

  beforeAll(async () => {
    const batches = replayFixture("slow-reader", { rate: 0, sliceMaxBytes: 256 * 1024 });
    batch = batches.find((b) => b.digestsFullRate);
    dir = await mkdtemp(join(tmpdir(), "ts-slice-"));
    file = join(dir, "collapse.pcapng");
    // what a reader of the stream gets: the batch through the codec
    const e = encodeSummaryBatch(batch as SummaryBatchInit);
    if (!e.ok) throw e.error;
    const d = decodeSummaryBatch(e.value);
    if (!d.ok) throw d.error;
    await writeFile(file, d.value.collapsePcap as Uint8Array);
    rows = await tsharkFields(file, FIELDS);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("comes with the full-rate dump, and only with it", () => {
    expect(batch?.collapsePcap?.length).toBeGreaterThan(1000);
    const batches = replayFixture("slow-reader", { rate: 0, sliceMaxBytes: 256 * 1024 });
    for (const b of batches.filter((x) => !x.digestsFullRate)) expect(b.collapsePcap).toBeUndefined();
    expect(replayFixture("slow-reader", { rate: 0 }).every((b) => b.collapsePcap === undefined)).toBe(true);
  });

  it("opens with tshark and holds the ring's packets around the collapse", () => {
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.length).toBeLessThanOrEqual(1024); // the ring size
    const at = Number(int64ToBigInt(batch?.collapseAtNs)) / 1e9;
    const times = rows.map((r) => Number(col(r, "frame.time_epoch")));
    expect(Math.min(...times)).toBeLessThanOrEqual(at);
    expect(Math.max(...times)).toBeGreaterThanOrEqual(at);
    expect(rows.some((r) => col(r, "tcp.analysis.zero_window") !== "")).toBe(true);
    expect(new Set(rows.map((r) => col(r, "sll.ifindex")))).toEqual(new Set(["2", "3"]));
  });

  it("cuts every frame after its transport header: no payload byte", () => {
    const SLL2 = 20;
    let tcp = 0;
    let esp = 0;
    for (const r of rows) {
      const cap = Number(col(r, "frame.cap_len"));
      const ipHdr = Number(col(r, "ip.hdr_len"));
      expect(cap).toBeLessThan(Number(col(r, "frame.len")) + 1);
      if (col(r, "ip.proto") === "6") {
        expect(cap).toBe(SLL2 + ipHdr + Number(col(r, "tcp.hdr_len")));
        tcp++;
      } else if (col(r, "udp.srcport") !== "") {
        // ESP in UDP 4500: UDP header, then SPI and sequence number only
        expect(cap).toBe(SLL2 + ipHdr + 8 + 8);
        expect(col(r, "esp.spi")).not.toBe("");
        esp++;
      }
    }
    expect(tcp).toBeGreaterThan(10);
    expect(esp).toBeGreaterThan(10);
  });

  it("stays within sliceMaxBytes, keeping the frames nearest the collapse", async () => {
    const small = replayFixture("slow-reader", { rate: 0, sliceMaxBytes: 8192 }).find(
      (b) => b.digestsFullRate,
    );
    const bytes = small?.collapsePcap as Uint8Array;
    expect(bytes.length).toBeLessThanOrEqual(8192);
    const f = join(dir, "small.pcapng");
    await writeFile(f, bytes);
    const times = (await tsharkFields(f, ["frame.time_epoch"])).map((r) => Number(r[0]));
    expect(times.length).toBeGreaterThan(20);
    const at = Number(int64ToBigInt(small?.collapseAtNs)) / 1e9;
    expect(Math.min(...times)).toBeLessThanOrEqual(at);
    expect(Math.max(...times)).toBeGreaterThanOrEqual(at);
  });
});

describe("collapse pcap of a crafted zero window with a payload marker", () => {
  it("never holds the payload, and names the configured interface", async () => {
    const marker = Buffer.from("TOP-SECRET-PAYLOAD-0123456789");
    const seg = (win: number, withPayload: boolean) =>
      tcpSegment(win, withPayload ? marker : new Uint8Array(0), 12);
    const { pipeline: p, batches } = smallPipeline({ samplingThreshold: 0, sliceMaxBytes: 65536 });
    const id = p.addReader({ kind: "fixed", tap: "inner", name: "lan0" }, () => ({
      kernelDrops: 0,
      interfaceDrops: 0,
    }));
    p.push(id, pcapFileHeader(228, 256));
    p.push(id, pcapRecord(1_700_000_000_000_000, seg(1000, true), 256));
    p.push(id, pcapRecord(1_700_000_000_100_000, seg(0, false), 256));
    p.finish();
    const slice = batches.find((b) => b.digestsFullRate)?.collapsePcap as Uint8Array;
    expect(slice.length).toBeGreaterThan(0);
    expect(Buffer.from(slice).includes(marker.subarray(0, 8))).toBe(false);
    const dir = await mkdtemp(join(tmpdir(), "ts-slice-"));
    try {
      const f = join(dir, "s.pcapng");
      await writeFile(f, slice);
      const rows = await tsharkFields(f, ["frame.cap_len", "frame.len", "tcp.len", "frame.interface_name"]);
      expect(rows).toEqual([
        ["52", String(52 + marker.length), String(marker.length), "lan0"],
        ["52", "52", "0", "lan0"],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(SLICE_SNAP).toBeGreaterThanOrEqual(20 + 40 + 60);
  });
});
