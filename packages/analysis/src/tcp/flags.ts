/**
 * The TCP analysis flags, named and defined as Wireshark's `tcp.analysis.*` fields so that
 * counts can be checked against tshark (`tshark -Y tcp.analysis.<name>`).
 *
 * One deliberate convenience mirrors tshark's display filters: the `retransmission` bit is
 * set for every kind of retransmission (tshark adds the `tcp.analysis.retransmission`
 * expert item to fast and spurious retransmissions too), and `fast_retransmission` /
 * `spurious_retransmission` say which kind it was.
 */

/** Bit of each analysis flag in the mask `TcpAnalyzer.add()` returns. */
export const TcpAnalysisFlag = {
  Retransmission: 1 << 0,
  FastRetransmission: 1 << 1,
  SpuriousRetransmission: 1 << 2,
  DuplicateAck: 1 << 3,
  LostSegment: 1 << 4,
  AckLostSegment: 1 << 5,
  OutOfOrder: 1 << 6,
  ZeroWindow: 1 << 7,
  ZeroWindowProbe: 1 << 8,
  ZeroWindowProbeAck: 1 << 9,
  WindowFull: 1 << 10,
  WindowUpdate: 1 << 11,
  KeepAlive: 1 << 12,
  KeepAliveAck: 1 << 13,
  ReusedPorts: 1 << 14,
} as const;
export type TcpAnalysisFlag = (typeof TcpAnalysisFlag)[keyof typeof TcpAnalysisFlag];

/**
 * Stable flag names, indexed by bit number (`1 << i` is the bit of `TcpFlagName[i]`); each is
 * the Wireshark field `tcp.analysis.<name>`.
 */
export const TcpFlagName = [
  "retransmission",
  "fast_retransmission",
  "spurious_retransmission",
  "duplicate_ack",
  "lost_segment",
  "ack_lost_segment",
  "out_of_order",
  "zero_window",
  "zero_window_probe",
  "zero_window_probe_ack",
  "window_full",
  "window_update",
  "keep_alive",
  "keep_alive_ack",
  "reused_ports",
] as const;
export type TcpFlagName = (typeof TcpFlagName)[number];

/** Number of analysis flags (length of every per-flag count array). */
export const TCP_FLAG_COUNT = TcpFlagName.length;

/** Per-flag counts keyed by name. */
export type TcpFlagCounts = Record<TcpFlagName, number>;

/** Names of the flags set in `mask`, in bit order. */
export function tcpFlagNames(mask: number): TcpFlagName[] {
  const out: TcpFlagName[] = [];
  for (let i = 0; i < TCP_FLAG_COUNT; i++) if ((mask & (1 << i)) !== 0) out.push(TcpFlagName[i]!);
  return out;
}

/**
 * Adds one, for every bit `i` set in `mask`, to `dir[at + i]` (a direction's totals), to
 * `dir[at + TCP_FLAG_COUNT + i]` (its open interval) and to `iface[i]` (hot path: no allocation).
 */
export function countFlags(dir: Float64Array, at: number, iface: Float64Array, mask: number): void {
  let m = mask;
  while (m !== 0) {
    const low = m & -m;
    const i = 31 - Math.clz32(low);
    dir[at + i] = dir[at + i]! + 1;
    dir[at + TCP_FLAG_COUNT + i] = dir[at + TCP_FLAG_COUNT + i]! + 1;
    iface[i] = iface[i]! + 1;
    m ^= low;
  }
}

/** A count array (from `offset`) as a record with every flag name present. */
export function flagRecord(counts: ArrayLike<number>, offset = 0): TcpFlagCounts {
  const out = {} as TcpFlagCounts;
  for (let i = 0; i < TCP_FLAG_COUNT; i++) out[TcpFlagName[i]!] = counts[offset + i] ?? 0;
  return out;
}

/** A count array (from `offset`) as a record of the non-zero counts only. */
export function sparseFlagRecord(counts: ArrayLike<number>, offset = 0): Partial<TcpFlagCounts> {
  const out: Partial<TcpFlagCounts> = {};
  for (let i = 0; i < TCP_FLAG_COUNT; i++) {
    const n = counts[offset + i] ?? 0;
    if (n !== 0) out[TcpFlagName[i]!] = n;
  }
  return out;
}
