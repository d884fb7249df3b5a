/** Test helper: decode one hand-made frame through the reader and keep a copy of the view. */
import { CaptureReader } from "../../src/capture/reader.js";
import type { CaptureHealth, PacketView } from "../../src/decode/packet.js";
import { buildPcap, frame, type Layer } from "../helpers/pcap-writer.js";

/** A plain copy of a decoded `PacketView` plus the reader's health. */
export type Decoded = PacketView & { health: CaptureHealth };

/** Decodes `l` as the single record of a pcap of `linkType`, optionally cut to `snaplen` bytes. */
export function decodeOne(linkType: number, l: Layer, snaplen?: number): Decoded {
  const f = frame(l);
  const data = snaplen === undefined ? f.data : f.data.subarray(0, snaplen);
  let out: PacketView | undefined;
  const reader = new CaptureReader((pv) => {
    out = structuredClone(pv);
  });
  reader.push(buildPcap({ linkType }, [{ ts: 1_700_000_000_123_456, data, origLen: f.origLen }]));
  reader.end();
  if (out === undefined) throw new Error("no packet decoded");
  return Object.assign(out, { health: { ...reader.health } });
}
