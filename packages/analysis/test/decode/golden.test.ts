import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CaptureReader } from "../../src/capture/reader.js";
import { fnv1a, goldenRow } from "./golden-row.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
const goldenDir = join(root, "test/fixtures/golden/decode");

interface Golden {
  source: string;
  packets: number;
  blockSize: number;
  blocks: string;
  sample: Record<string, string>;
}

/** Decodes a whole capture, pushed in `chunk`-byte pieces, into golden rows. */
export function decodeRows(bytes: Uint8Array, chunk = bytes.length): string[] {
  const rows: string[] = [];
  const reader = new CaptureReader((pv) => rows.push(goldenRow(pv)));
  for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk));
  reader.end();
  return rows;
}

const goldens = readdirSync(goldenDir).filter((f) => f.endsWith(".json"));

describe("decoder against tshark (golden files from scripts/golden-decode.mjs)", () => {
  it("has a golden file for every scenario capture", () => {
    expect(goldens.length).toBeGreaterThanOrEqual(24);
  });

  for (const file of goldens) {
    it(file.replace(/\.json$/, ""), () => {
      const golden = JSON.parse(readFileSync(join(goldenDir, file), "utf8")) as Golden;
      const rows = decodeRows(readFileSync(join(root, golden.source)));
      expect(rows.length).toBe(golden.packets);
      for (const [n, row] of Object.entries(golden.sample)) expect(rows[Number(n) - 1]).toBe(row);
      const blocks: string[] = [];
      for (let i = 0; i < rows.length; i += golden.blockSize) {
        blocks.push(fnv1a(rows.slice(i, i + golden.blockSize).join("\n")));
      }
      const expected = golden.blocks.split(" ");
      for (let i = 0; i < expected.length; i++) {
        // On a mismatch, print the block's rows so the difference can be found with tshark.
        if (blocks[i] !== expected[i]) {
          const from = i * golden.blockSize;
          expect
            .soft(rows.slice(from, from + golden.blockSize).join("\n"), `block of frames ${from + 1}…`)
            .toBe(`(hash ${expected[i]})`);
        }
      }
      expect(blocks).toEqual(expected);
    });
  }
});
