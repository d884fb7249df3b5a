import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CAPTURE_ERROR_CODES, CaptureFormatError } from "../../src/capture/errors.js";
import { CaptureReader } from "../../src/capture/reader.js";
import { goldenRow } from "../decode/golden-row.js";
import { buildPcap, buildPcapng, ethernet, frame, ipv4, put32, tcp } from "../helpers/pcap-writer.js";
import { readAll } from "./read-all.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
const fixture = (p: string) => new Uint8Array(readFileSync(join(root, "test/fixtures", p)));
const T0 = 1_795_712_883_485_449;
const pkt = frame(ethernet({}, ipv4({}, tcp({ seq: 1, payloadLen: 100 }))));
const three = buildPcap(
  { linkType: 1 },
  [0, 1, 2].map((i) => ({ ts: T0 + i, ...pkt })),
);

function formatError(run: () => void): CaptureFormatError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(CaptureFormatError);
    return e as CaptureFormatError;
  }
  throw new Error("expected a CaptureFormatError");
}

describe("chunk boundaries do not matter", () => {
  const rows = (bytes: Uint8Array, chunk?: number) => {
    const out: string[] = [];
    const r = new CaptureReader((pv) => out.push(goldenRow(pv)));
    const n = chunk ?? bytes.length;
    for (let i = 0; i < bytes.length; i += n) r.push(bytes.subarray(i, i + n));
    r.end();
    return { out, health: r.health, interfaces: r.interfaces };
  };
  it.each([
    ["scenarios/slow-reader/ga.pcap", [1, 7, 4096]],
    ["scenarios/healthy/ga.pcap", [7, 4096, 65536]],
    ["golden/decode/mtu-blackhole-merged.pcapng", [1, 7, 4096]],
    ["golden/decode/mtu-blackhole-ga.nsec.pcapng", [1, 3, 4096]],
  ] as const)("%s", (path, sizes) => {
    const bytes = fixture(path);
    const whole = rows(bytes);
    expect(whole.out.length).toBeGreaterThan(0);
    for (const size of sizes) expect(rows(bytes, size)).toEqual(whole);
  });
});

describe("file header errors are CaptureFormatError with a documented code", () => {
  it("empty input", () => {
    const r = new CaptureReader(() => {});
    r.push(new Uint8Array(0));
    const e = formatError(() => r.end());
    expect(e.code).toBe("CAPTURE_EMPTY");
  });

  it("wrong magic: says what the file is not and what to do", () => {
    const e = formatError(() =>
      new CaptureReader(() => {}).push(new TextEncoder().encode("<!DOCTYPE html>")),
    );
    expect(e.code).toBe("CAPTURE_BAD_MAGIC");
    expect(e.message).toMatch(/not a pcap or pcapng capture.*"<!DO".*editcap/);
  });

  it("a gzip file is named as such", () => {
    const e = formatError(() => new CaptureReader(() => {}).push(Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0)));
    expect(e.message).toMatch(/gzip/);
  });

  it("magic split over pushes is still detected", () => {
    const r = new CaptureReader(() => {});
    r.push(Uint8Array.of(0x7f));
    expect(() => r.push(Uint8Array.of(0x45, 0x4c, 0x46))).toThrow(CaptureFormatError);
  });

  it("a file ending inside its header", () => {
    const r = new CaptureReader(() => {});
    r.push(three.subarray(0, 10));
    expect(formatError(() => r.end()).code).toBe("CAPTURE_BAD_HEADER");
    const ng = new CaptureReader(() => {});
    ng.push(buildPcapng({ interfaces: [], records: [] }).subarray(0, 20));
    expect(formatError(() => ng.end()).code).toBe("CAPTURE_BAD_HEADER");
  });

  it("pcap of an unknown version", () => {
    const file = buildPcap({ linkType: 1, major: 1 }, []);
    expect(formatError(() => new CaptureReader(() => {}).push(file)).code).toBe("CAPTURE_BAD_HEADER");
  });

  it("pcapng with a bad byte-order mark", () => {
    const file = buildPcapng({ interfaces: [], records: [] });
    put32(file, 8, 0x12345678);
    expect(formatError(() => new CaptureReader(() => {}).push(file)).code).toBe("CAPTURE_BAD_HEADER");
  });

  it("after the error the reader ignores further input", () => {
    const r = new CaptureReader(() => {});
    expect(() => r.push(Uint8Array.of(1, 2, 3, 4))).toThrow(CaptureFormatError);
    expect(() => r.push(three)).not.toThrow();
    expect(() => r.end()).not.toThrow();
  });

  it("every code has a description", () => {
    for (const [code, text] of Object.entries(CAPTURE_ERROR_CODES)) {
      expect(code).toMatch(/^CAPTURE_[A-Z_]+$/);
      expect(text.length).toBeGreaterThan(20);
    }
  });
});

describe("damaged records are counted, never thrown", () => {
  it("a truncated last record flags the file", () => {
    const { packets, reader } = readAll(three.subarray(0, three.length - 5));
    expect(packets).toHaveLength(2);
    expect(reader.health).toMatchObject({ packets: 2, truncatedFile: true });
  });

  it("a file cut inside a record header flags the file", () => {
    const { reader } = readAll(three.subarray(0, 24 + 16 + pkt.data.length + 9));
    expect(reader.health).toMatchObject({ packets: 1, truncatedFile: true });
  });

  it.each([1, 5, 4096])(
    "an absurd caplen is counted and the reader resyncs on the next record (chunks of %i)",
    (chunk) => {
      const file = three.slice();
      put32(file, 24 + 8, 0x7fffffff, true); // first record's caplen
      const { packets, reader } = readAll(file, chunk);
      expect(reader.health.badRecords).toBe(1);
      expect(packets.map((p) => p.ts)).toEqual([T0 + 1, T0 + 2]);
    },
  );

  it("maxRecordBytes is the per-record cap, and the carry-over buffer stays within it", () => {
    const big = frame(ethernet({}, ipv4({}, tcp({}))));
    const data = new Uint8Array(5000);
    data.set(big.data);
    const file = buildPcap({ linkType: 1 }, [
      { ts: T0, data },
      { ts: T0 + 1, ...pkt },
    ]);
    const { packets, reader } = readAll(file, 100, { maxRecordBytes: 2000 });
    expect(reader.health.badRecords).toBe(1);
    expect(packets.length).toBeLessThanOrEqual(1);
    const carry = (reader as unknown as { carry: Uint8Array }).carry;
    expect(carry.length).toBeLessThanOrEqual(2000 + 4096);
  });

  it("an oversized pcapng block is skipped without buffering it", () => {
    const huge = new Uint8Array(300_000);
    const file = buildPcapng({
      interfaces: [{ linkType: 1 }],
      records: [
        { ts: T0, ...pkt },
        { blockType: 0x0bad, body: huge },
        { ts: T0 + 2, ...pkt },
      ],
    });
    const r = new CaptureReader(() => {});
    for (let i = 0; i < file.length; i += 8192) r.push(file.subarray(i, i + 8192));
    r.end();
    expect(r.health).toMatchObject({ packets: 2, badRecords: 1, truncatedFile: false });
    expect((r as unknown as { carry: Uint8Array }).carry.length).toBe(0);
  });

  it("pcapng framing lost (length not a multiple of 4, trailer mismatch): counted, reading stops", () => {
    const file = buildPcapng({
      interfaces: [{ linkType: 1 }],
      records: [0, 1, 2].map((i) => ({ ts: T0 + i, ...pkt })),
    });
    const firstEpb = file.indexOf(6, 28 + 20);
    const a = file.slice();
    put32(a, firstEpb + 4, 0x101, true);
    expect(readAll(a).reader.health).toMatchObject({ packets: 0, badRecords: 1 });
    const b = file.slice();
    const len = new DataView(b.buffer).getUint32(firstEpb + 4, true);
    put32(b, firstEpb + len - 4, len + 4, true);
    expect(readAll(b).reader.health).toMatchObject({ packets: 0, badRecords: 1 });
  });

  it("an unknown link type is counted per packet", () => {
    const file = buildPcap({ linkType: 4242 }, [{ ts: T0, ...pkt }]);
    expect(readAll(file).reader.health).toMatchObject({ packets: 1, decoded: 0, unknownLink: 1 });
  });
});
