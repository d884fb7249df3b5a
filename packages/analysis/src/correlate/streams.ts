/**
 * Per-gateway packet streams by tap and direction, as record-index arrays in capture order.
 */
import type { GatewayCapture } from "./gateway-capture.js";
import { RecKind } from "./records.js";
import { IntList } from "./stats.js";
import { classifyTaps, type TapAssignment } from "./taps.js";

export interface GatewayStreams {
  readonly cap: GatewayCapture;
  readonly taps: TapAssignment;
  /** ESP sent / received on the outer tap. */
  readonly espOut: Int32Array;
  readonly espIn: Int32Array;
  /** Cleartext packets handed to the tunnel (to be encrypted) / delivered by it (decrypted). */
  readonly tunnelOut: Int32Array;
  readonly tunnelIn: Int32Array;
  /** Cleartext packets arriving from the site LAN / leaving towards it. */
  readonly lanIn: Int32Array;
  readonly lanOut: Int32Array;
  /** ICMP too-big records on any tap. */
  readonly tooBig: Int32Array;
  /** Capture time span of the tap the stream comes from (µs, own clock). */
  readonly outerSpan: readonly [number, number];
  readonly tunnelSpan: readonly [number, number];
  readonly lanSpan: readonly [number, number];
}

export function buildStreams(cap: GatewayCapture): GatewayStreams {
  const taps = classifyTaps(cap.interfaces);
  const r = cap.records;
  const espOut = new IntList();
  const espIn = new IntList();
  const tunnelOut = new IntList();
  const tunnelIn = new IntList();
  const lanIn = new IntList();
  const lanOut = new IntList();
  const tooBig = new IntList();
  for (let i = 0; i < r.length; i++) {
    const k = r.kind[i] as number;
    const iface = r.iface[i] as number;
    const dir = r.dir[i] as number;
    if (k === RecKind.TooBig) tooBig.push(i);
    if (k === RecKind.Esp) {
      if (iface !== taps.outer) continue;
      if (dir === 4) espOut.push(i);
      else if (dir === 0) espIn.push(i);
      continue;
    }
    if (iface === taps.tunnel) {
      if (taps.innerOnOuter) {
        if (dir === 0 && k !== RecKind.TooBig) tunnelIn.push(i);
      } else if (dir === 4) tunnelOut.push(i);
      else if (dir === 0) tunnelIn.push(i);
    } else if (iface === taps.lan) {
      if (dir === 0) lanIn.push(i);
      else if (dir === 4) lanOut.push(i);
    }
  }
  const span = (id: number | undefined): readonly [number, number] => {
    const c = cap.interfaces.find((x) => x.id === id);
    return c === undefined ? [0, 0] : [c.firstTs, c.lastTs];
  };
  return {
    cap,
    taps,
    espOut: espOut.view(),
    espIn: espIn.view(),
    tunnelOut: tunnelOut.view(),
    tunnelIn: tunnelIn.view(),
    lanIn: lanIn.view(),
    lanOut: lanOut.view(),
    tooBig: tooBig.view(),
    outerSpan: span(taps.outer),
    tunnelSpan: span(taps.tunnel),
    lanSpan: span(taps.lan),
  };
}
