/** Test helper: run a whole capture through a `CaptureReader` in chunks and keep copies. */
import { CaptureReader, type CaptureReaderOptions } from "../../src/capture/reader.js";
import type { PacketView } from "../../src/decode/packet.js";

/** Pushes `bytes` in `chunk`-byte pieces (default: at once), ends, returns packets and reader. */
export function readAll(
  bytes: Uint8Array,
  chunk = bytes.length || 1,
  options?: CaptureReaderOptions,
): { packets: PacketView[]; reader: CaptureReader } {
  const packets: PacketView[] = [];
  const reader = new CaptureReader((pv) => packets.push(structuredClone(pv)), options);
  for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk));
  reader.end();
  return { packets, reader };
}
