/** Turns the analysis state into the plain result objects (called per interval / at the end, not per packet). */
import { formatIpv6Words } from "../esp/esp-analyzer.js";
import { flagRecord, sparseFlagRecord, TCP_FLAG_COUNT } from "./flags.js";
import type { TcpConv, TcpDir } from "./flow.js";
import type { TcpDirectionResult, TcpInterval, TcpIntervalSummary } from "./types.js";

function ip4(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** The connection's endpoint addresses as strings (made once, then cached). */
export function endpointNames(c: TcpConv): [string, string] {
  if (c.names === undefined) {
    c.names =
      c.ipVersion === 4
        ? [ip4(c.a3), ip4(c.b3)]
        : [formatIpv6Words(c.a0, c.a1, c.a2, c.a3), formatIpv6Words(c.b0, c.b1, c.b2, c.b3)];
  }
  return c.names;
}

/** The open interval of `dir` as a result object, or undefined when it saw nothing. */
export function intervalOf(dir: TcpDir, intervalUs: number): TcpInterval | undefined {
  if (dir.ivStart < 0 || (dir.ivPackets === 0 && dir.ivRttCount === 0)) return undefined;
  const perSecond = 1e6 / intervalUs;
  return {
    startUs: dir.ivStart,
    packets: dir.ivPackets,
    bytes: dir.ivBytes,
    payloadBytes: dir.ivPayload,
    newPayloadBytes: dir.ivNewPayload,
    syn: dir.ivSyn,
    fin: dir.ivFin,
    rst: dir.ivRst,
    flags: sparseFlagRecord(dir.counts, dir.at + TCP_FLAG_COUNT),
    windowMin: dir.ivWinMin,
    windowMax: dir.ivWinMax,
    windowLast: dir.ivWinLast,
    maxBytesInFlight: dir.ivMaxBif,
    rttSamples: dir.ivRttCount,
    rttMinUs: dir.ivRttMin,
    rttMaxUs: dir.ivRttMax,
    throughputBps: dir.ivPayload * 8 * perSecond,
    goodputBps: dir.ivNewPayload * 8 * perSecond,
  };
}

/** `interval` with the identity of the flow direction it belongs to. */
export function intervalSummary(c: TcpConv, d: number, interval: TcpInterval): TcpIntervalSummary {
  const names = endpointNames(c);
  return {
    ...interval,
    iface: c.iface,
    connection: c.id,
    src: d === 0 ? names[0] : names[1],
    srcPort: d === 0 ? c.aPort : c.bPort,
    dst: d === 0 ? names[1] : names[0],
    dstPort: d === 0 ? c.bPort : c.aPort,
  };
}

/** Wireshark's `tcp.window_size_scalefactor` for a direction's `winScale`. */
export function scaleFactor(winScale: number): number {
  return winScale >= 0 ? 2 ** winScale : winScale;
}

/** The result of one direction; `intervals` includes the open one if it saw anything. */
export function directionResult(
  c: TcpConv,
  d: number,
  intervals: readonly TcpInterval[],
): TcpDirectionResult {
  const dir = c.dirs[d]!;
  const names = endpointNames(c);
  return {
    iface: c.iface,
    connection: c.id,
    ipVersion: c.ipVersion,
    src: d === 0 ? names[0] : names[1],
    srcPort: d === 0 ? c.aPort : c.bPort,
    dst: d === 0 ? names[1] : names[0],
    dstPort: d === 0 ? c.bPort : c.aPort,
    firstTs: dir.firstTs,
    lastTs: dir.lastTs,
    packets: dir.packets,
    bytes: dir.bytes,
    payloadBytes: dir.payloadBytes,
    newPayloadBytes: dir.newPayloadBytes,
    flags: flagRecord(dir.counts, dir.at),
    handshake: {
      sawSyn: dir.sawSyn,
      mss: dir.mss >= 0 ? dir.mss : null,
      windowScaleShift: dir.wscaleOption >= 0 ? dir.wscaleOption : null,
      sackPermitted: dir.sackPermitted,
      timestamps: dir.timestamps,
    },
    windowScaleFactor: scaleFactor(dir.winScale),
    windowMin: dir.winMin,
    windowMax: dir.winMax,
    windowLast: dir.winLast,
    maxBytesInFlight: dir.maxBif,
    rtt: {
      samples: dir.rttCount,
      minUs: dir.rttMin,
      maxUs: dir.rttMax,
      meanUs: dir.rttCount === 0 ? 0 : dir.rttSum / dir.rttCount,
      lastUs: dir.rttLast,
    },
    superPackets: dir.superPackets,
    wireSegments: dir.wireSegments,
    intervals,
    intervalsDropped: dir.intervalsDropped,
  };
}
