/**
 * The committed synthetic captures (test/fixtures/tcp/syn-*.pcap) are exactly what
 * synthetic.ts builds, so the tshark golden files stay tied to the code that made them.
 * After changing synthetic.ts: WRITE_TCP_FIXTURES=1 npx vitest run packages/analysis/test/tcp
 * then node scripts/golden-tcp.mjs syn-
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SYNTHETIC } from "./synthetic.js";

const dir = join(import.meta.dirname, "../../../../test/fixtures/tcp");

describe("synthetic TCP captures", () => {
  for (const [name, build] of Object.entries(SYNTHETIC)) {
    it(`${name}.pcap is up to date`, () => {
      const file = join(dir, `${name}.pcap`);
      const bytes = build();
      if (process.env.WRITE_TCP_FIXTURES === "1") writeFileSync(file, bytes);
      expect(Buffer.from(readFileSync(file)).equals(Buffer.from(bytes))).toBe(true);
    });
  }
});
