// Builds a large benchmark capture (not committed) from a committed fixture: the fixture's
// packets are repeated with each copy's TCP ports and ESP SPIs rewritten and its timestamps
// shifted, so every copy is a set of new flows and SAs, as on a busy gateway.

import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LINK_ETHERNET = 1;
const LINK_SLL2 = 276;

/** Returns [{hdr: Buffer(16), data: Buffer}] and the link type of a little-endian µs pcap. */
export function readPcap(path) {
  const buf = readFileSync(path);
  if (buf.readUInt32LE(0) !== 0xa1b2c3d4)
    throw new Error(`${path}: expected a little-endian microsecond pcap`);
  const linkType = buf.readUInt32LE(20);
  const records = [];
  for (let off = 24; off + 16 <= buf.length; ) {
    const incl = buf.readUInt32LE(off + 8);
    records.push({ hdr: buf.subarray(off, off + 16), data: buf.subarray(off + 16, off + 16 + incl) });
    off += 16 + incl;
  }
  return { linkType, header: buf.subarray(0, 24), records };
}

function ipOffset(linkType) {
  if (linkType === LINK_SLL2) return 20;
  if (linkType === LINK_ETHERNET) return 14;
  return -1;
}

/**
 * Writes `target` packets or more to `out` and resolves with the number written.
 * @param {string} fixture @param {string} out @param {number} target
 */
export async function makeCapture(fixture, out, target) {
  const { linkType, header, records } = readPcap(fixture);
  const first = records[0].hdr.readUInt32LE(0);
  const last = records[records.length - 1].hdr.readUInt32LE(0);
  const span = last - first + 1;
  const ws = createWriteStream(out, { highWaterMark: 1 << 22 });
  ws.write(header);
  let written = 0;
  for (let copy = 0; written < target; copy++) {
    const parts = [];
    for (const r of records) {
      const hdr = Buffer.from(r.hdr);
      hdr.writeUInt32LE(r.hdr.readUInt32LE(0) + copy * span, 0);
      const data = Buffer.from(r.data);
      const ip = ipOffset(linkType);
      if (ip >= 0 && data.length > ip + 20 && data[ip] >> 4 === 4) {
        const ihl = (data[ip] & 15) * 4;
        const proto = data[ip + 9];
        const l4 = ip + ihl;
        if (proto === 6 && data.length >= l4 + 4) {
          // Shift both ports by the copy number (both directions stay one connection).
          data.writeUInt16BE((data.readUInt16BE(l4) + copy) & 0xffff, l4);
          data.writeUInt16BE((data.readUInt16BE(l4 + 2) + copy) & 0xffff, l4 + 2);
        } else if (proto === 17 && data.length >= l4 + 12 && data.readUInt16BE(l4 + 2) === 4500) {
          const spi = l4 + 8;
          if (data.readUInt32BE(spi) !== 0) data.writeUInt32BE((data.readUInt32BE(spi) + copy) >>> 0, spi);
        } else if (proto === 17 && data.length >= l4 + 12 && data.readUInt16BE(l4) === 4500) {
          const spi = l4 + 8;
          if (data.readUInt32BE(spi) !== 0) data.writeUInt32BE((data.readUInt32BE(spi) + copy) >>> 0, spi);
        }
      }
      parts.push(hdr, data);
      written++;
    }
    if (!ws.write(Buffer.concat(parts))) await once(ws, "drain");
  }
  ws.end();
  await once(ws, "finish");
  return written;
}

/**
 * The capture `npm run bench` measures: BENCH_PACKETS packets (default 1 000 000) built from
 * overload-b/gb.pcap into bench/.work/ when missing. Resolves with its path.
 * @returns {Promise<string>}
 */
export async function benchCapture() {
  const here = dirname(fileURLToPath(import.meta.url));
  const work = join(here, ".work");
  const target = Number(process.env.BENCH_PACKETS ?? 1_000_000);
  const fixture = join(here, "..", "test/fixtures/scenarios/overload-b/gb.pcap");
  const file = join(work, `bench-${target}.pcap`);
  mkdirSync(work, { recursive: true });
  if (!existsSync(file)) {
    process.stdout.write(`building ${file} from ${fixture} …\n`);
    await makeCapture(fixture, file, target);
  }
  return file;
}
