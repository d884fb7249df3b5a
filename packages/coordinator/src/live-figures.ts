/**
 * Live figures of a running session, per tap and per batch interval, from what the
 * SummaryBatches really carry: per-flow-direction summaries (TCP packets, bytes, Wireshark
 * `tcp.analysis.*` counts, zero-window time) at each tap, and per-SA ESP summaries at the
 * outer tap (ESP is not a TCP flow, so its packets and bytes come from the SA rows). Pure.
 *
 * The same JSON frame goes to the WebSocket clients and, on
 * `tunnelscope.v1.session.<id>.live`, to `tunnelscope session run` for its progress line.
 */
import { int64ToBigInt, int64ToNumber, type SummaryBatch, Tap } from "@tunnelscope/protocol";

/** A tap of the four-point path: `A.outer`, `B.inner`, … (`tunnel` for a tunnel device). */
export type TapName = `${"A" | "B"}.${"outer" | "inner" | "tunnel"}`;

/** One tap over one batch interval, plus its running totals since the session started. */
export interface TapFigures {
  readonly tap: TapName;
  readonly packets: number;
  readonly bytes: number;
  /** bytes × 8 over the interval length. */
  readonly throughputBps: number;
  /** Wireshark `tcp.analysis.retransmission` count in the interval. */
  readonly retransmissions: number;
  /** Wireshark `tcp.analysis.zero_window` count in the interval. */
  readonly zeroWindows: number;
  /** Time a receive window stood at zero in the interval, ms (longest over the flows). */
  readonly zeroWindowMs: number;
  readonly totalPackets: number;
  readonly totalBytes: number;
  readonly totalRetransmissions: number;
  readonly totalZeroWindows: number;
}

/** One frame: the figures of one agent's batch. */
export interface LiveFrame {
  readonly type: "figures";
  readonly sessionId: string;
  readonly agent: string;
  readonly side: "A" | "B";
  readonly batchSeq: number;
  readonly final: boolean;
  /** Seconds since the session's capture start when the coordinator got the batch. */
  readonly elapsedS: number;
  /** Length of the batch interval, ms. */
  readonly intervalMs: number;
  readonly taps: readonly TapFigures[];
}

const TAP_NAMES: Readonly<Record<number, "outer" | "inner" | "tunnel">> = {
  [Tap.TAP_OUTER]: "outer",
  [Tap.TAP_INNER]: "inner",
  [Tap.TAP_TUNNEL]: "tunnel",
};

interface Acc {
  packets: number;
  bytes: number;
  retransmissions: number;
  zeroWindows: number;
  zeroWindowUs: number;
}

const zero = (): Acc => ({ packets: 0, bytes: 0, retransmissions: 0, zeroWindows: 0, zeroWindowUs: 0 });

/** Running totals per tap of one session; {@link LiveTotals.frame} turns a batch into a frame. */
export class LiveTotals {
  private readonly totals = new Map<TapName, Acc>();

  constructor(
    readonly sessionId: string,
    private readonly sides: { readonly a: string; readonly b: string },
  ) {}

  /** The frame of one verified batch of agent a or b; undefined for another agent. */
  frame(batch: SummaryBatch, elapsedS: number): LiveFrame | undefined {
    const side = batch.agentId === this.sides.a ? "A" : batch.agentId === this.sides.b ? "B" : undefined;
    if (side === undefined) return undefined;
    const now = new Map<TapName, Acc>();
    const at = (tap: Tap | null | undefined): Acc | undefined => {
      const name = TAP_NAMES[tap ?? Tap.TAP_UNSPECIFIED];
      if (name === undefined) return undefined;
      const key: TapName = `${side}.${name}`;
      let acc = now.get(key);
      if (acc === undefined) {
        acc = zero();
        now.set(key, acc);
      }
      return acc;
    };
    for (const f of batch.flows) {
      const acc = at(f.tap);
      if (acc === undefined) continue;
      acc.packets += int64ToNumber(f.packets);
      acc.bytes += int64ToNumber(f.bytes);
      acc.retransmissions += f.analysis?.retransmission ?? 0;
      acc.zeroWindows += f.analysis?.zeroWindow ?? 0;
      acc.zeroWindowUs = Math.max(acc.zeroWindowUs, f.zeroWindowUs ?? 0);
    }
    for (const s of batch.sas) {
      const acc = at(s.tap);
      if (acc === undefined) continue;
      acc.packets += int64ToNumber(s.packets);
      acc.bytes += int64ToNumber(s.bytes);
    }
    const startNs = int64ToBigInt(batch.intervalStartNs);
    const endNs = int64ToBigInt(batch.intervalEndNs);
    const intervalMs = endNs > startNs ? Number((endNs - startNs) / 1000n) / 1000 : 0;
    const taps: TapFigures[] = [];
    for (const [tap, acc] of [...now].sort(([x], [y]) => x.localeCompare(y))) {
      const t = this.totals.get(tap) ?? zero();
      t.packets += acc.packets;
      t.bytes += acc.bytes;
      t.retransmissions += acc.retransmissions;
      t.zeroWindows += acc.zeroWindows;
      this.totals.set(tap, t);
      taps.push({
        tap,
        packets: acc.packets,
        bytes: acc.bytes,
        throughputBps: intervalMs > 0 ? Math.round((acc.bytes * 8 * 1000) / intervalMs) : 0,
        retransmissions: acc.retransmissions,
        zeroWindows: acc.zeroWindows,
        zeroWindowMs: Math.round(acc.zeroWindowUs / 1000),
        totalPackets: t.packets,
        totalBytes: t.bytes,
        totalRetransmissions: t.retransmissions,
        totalZeroWindows: t.zeroWindows,
      });
    }
    return {
      type: "figures",
      sessionId: this.sessionId,
      agent: batch.agentId,
      side,
      batchSeq: batch.batchSeq,
      final: batch.final === true,
      elapsedS: Math.round(elapsedS * 1000) / 1000,
      intervalMs,
      taps,
    };
  }
}

const TAP_RE = /^[AB]\.(outer|inner|tunnel)$/;
const count = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

/**
 * Checks a frame received from NATS (the session client does not trust the wire): the
 * shape above, numbers finite and non-negative. Returns the frame or why it is not one.
 */
export function parseLiveFrame(
  input: unknown,
): { ok: true; frame: LiveFrame } | { ok: false; reason: string } {
  if (typeof input !== "object" || input === null) return { ok: false, reason: "not a JSON object" };
  const o = input as Record<string, unknown>;
  if (o.type !== "figures") return { ok: false, reason: "type is not 'figures'" };
  if (typeof o.sessionId !== "string" || typeof o.agent !== "string")
    return { ok: false, reason: "sessionId and agent must be strings" };
  if (o.side !== "A" && o.side !== "B") return { ok: false, reason: "side must be A or B" };
  for (const k of ["batchSeq", "elapsedS", "intervalMs"])
    if (!count(o[k])) return { ok: false, reason: `${k} must be a non-negative number` };
  if (!Array.isArray(o.taps) || o.taps.length > 8) return { ok: false, reason: "taps must be a short array" };
  for (const t of o.taps as unknown[]) {
    if (typeof t !== "object" || t === null) return { ok: false, reason: "a tap is not an object" };
    const r = t as Record<string, unknown>;
    if (typeof r.tap !== "string" || !TAP_RE.test(r.tap))
      return { ok: false, reason: "a tap name is invalid" };
    for (const k of [
      "packets",
      "bytes",
      "throughputBps",
      "retransmissions",
      "zeroWindows",
      "zeroWindowMs",
      "totalPackets",
      "totalBytes",
      "totalRetransmissions",
      "totalZeroWindows",
    ])
      if (!count(r[k])) return { ok: false, reason: `${r.tap}.${k} must be a non-negative number` };
  }
  return { ok: true, frame: { ...(o as unknown as LiveFrame), final: o.final === true } };
}
