/**
 * Symptom checks on a scenario's captures: what each fault must look like on the wire.
 *
 * Packets come from a `PacketSource`; the default one is the project's own streaming
 * decoder (`CaptureReader` of @tunnelscope/analysis). Every measure here is about the data
 * direction, sender host 10.1.0.10 → receiver host 10.2.0.10, and its ESP from gateway A
 * (192.0.2.1) to gateway B. Gateway captures are `tcpdump -i any` (SLL2), so a packet's
 * direction at a gateway is its SLL packet type: 0 = arrived at this host, 4 = sent by it.
 *
 * Taps inside a gateway capture (no interface names in SLL2; told apart by direction):
 * - gateway A: inner data arriving (pktType 0) = lan0 in; inner data sent (4) = into ipsec0;
 *   ESP sent (4) = wan0 out.
 * - gateway B: ESP arriving (0) = wan0 in; inner data arriving (0) = out of ipsec0 (decrypted);
 *   inner data sent (4) = lan0 out.
 */
import { createReadStream } from "node:fs";
import { CaptureReader, L4, type PacketView, TcpFlag } from "@tunnelscope/analysis";

/** The fields of one packet these checks use (a copy: `PacketView`s are reused). */
export interface Pkt {
  readonly ts: number;
  readonly iface: number;
  readonly pktType: number;
  readonly src: number;
  readonly dst: number;
  readonly l4: number;
  readonly ipLen: number;
  readonly ipId: number;
  readonly tcpSeq: number;
  readonly tcpFlags: number;
  readonly tcpWindow: number;
  readonly tcpWindowScale: number;
  readonly payloadLen: number;
  readonly espSeq: number;
  readonly icmpType: number;
  readonly icmpCode: number;
  readonly icmpQuotedDstPort: number;
}

/** Where packets come from: a capture file read by some decoder. */
export interface PacketSource {
  read(file: string): Promise<Pkt[]>;
}

function copy(pv: PacketView): Pkt {
  return {
    ts: pv.ts,
    iface: pv.iface,
    pktType: pv.pktType,
    src: pv.src4,
    dst: pv.dst4,
    l4: pv.l4,
    ipLen: pv.ipTotalLen,
    ipId: pv.ipId,
    tcpSeq: pv.tcpSeq,
    tcpFlags: pv.tcpFlags,
    tcpWindow: pv.tcpWindow,
    tcpWindowScale: pv.tcpWindowScale,
    payloadLen: pv.payloadLen,
    espSeq: pv.espSeq,
    icmpType: pv.icmpType,
    icmpCode: pv.icmpCode,
    icmpQuotedDstPort: pv.icmpQuotedDstPort,
  };
}

/** The project's decoder: `CaptureReader` fed from a file stream. */
export const readerSource: PacketSource = {
  async read(file) {
    const out: Pkt[] = [];
    const reader = new CaptureReader((pv) => {
      if (pv.ipVersion === 4) out.push(copy(pv));
    });
    for await (const chunk of createReadStream(file)) reader.push(chunk as Buffer);
    reader.end();
    return out;
  },
};

const ip4 = (s: string): number => s.split(".").reduce((a, o) => a * 256 + Number(o), 0);
export const SENDER = ip4("10.1.0.10");
export const RECEIVER = ip4("10.2.0.10");
export const GW_A_WAN = ip4("192.0.2.1");
const IN = 0;
const OUT = 4;

const isData = (p: Pkt) => p.l4 === L4.Tcp && p.src === SENDER && p.dst === RECEIVER;
const isEspAB = (p: Pkt) => p.l4 === L4.Esp && p.src === GW_A_WAN;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const median = (xs: readonly number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

// ── receiver window (hb-lan.pcap) ─────────────────────────────────────────

export interface WindowSymptoms {
  /** Receiver → sender segments advertising a zero window (RST/SYN excluded). */
  readonly zeroWindows: number;
  /** Largest window the receiver advertised after the handshake, bytes (scaled). */
  readonly maxWindow: number;
  /** SYN/ACK sent → the sender's ACK back, as seen at the receiver: the path RTT. */
  readonly handshakeRttMs: number;
  /** Payload bytes from the sender per second between its first and last data segment. */
  readonly goodputBps: number;
}

export function receiverWindow(hb: readonly Pkt[]): WindowSymptoms {
  let scale = 0;
  let synAckTs = -1;
  let rtt = Number.NaN;
  let zero = 0;
  let maxWin = 0;
  let peerScales = false;
  let first = -1;
  let last = -1;
  let bytes = 0;
  for (const p of hb) {
    if (p.l4 !== L4.Tcp) continue;
    if (p.src === SENDER && (p.tcpFlags & TcpFlag.SYN) !== 0) peerScales = p.tcpWindowScale >= 0;
    if (p.src === RECEIVER && (p.tcpFlags & (TcpFlag.SYN | TcpFlag.ACK)) === (TcpFlag.SYN | TcpFlag.ACK)) {
      scale = peerScales && p.tcpWindowScale >= 0 ? p.tcpWindowScale : 0;
      synAckTs = p.ts;
      continue;
    }
    if (p.src === SENDER && synAckTs >= 0 && Number.isNaN(rtt)) rtt = (p.ts - synAckTs) / 1000;
    if (p.src === RECEIVER && (p.tcpFlags & (TcpFlag.SYN | TcpFlag.RST)) === 0) {
      if (p.tcpWindow === 0) zero++;
      maxWin = Math.max(maxWin, p.tcpWindow * 2 ** scale);
    }
    if (p.src === SENDER && p.payloadLen > 0) {
      if (first < 0) first = p.ts;
      last = p.ts;
      bytes += p.payloadLen;
    }
  }
  const secs = (last - first) / 1e6;
  return {
    zeroWindows: zero,
    maxWindow: maxWin,
    handshakeRttMs: rtt,
    goodputBps: secs > 0 ? bytes / secs : 0,
  };
}

// ── underlay loss (ga.pcap, gb.pcap) ──────────────────────────────────────

export interface LossSymptoms {
  readonly sentAtA: number;
  readonly arrivedAtB: number;
  /** ESP sequence numbers sent by A (within the range B saw) that never arrived at B. */
  readonly missingAtB: number;
}

export function underlayLoss(ga: readonly Pkt[], gb: readonly Pkt[]): LossSymptoms {
  const sentPkts = ga.filter((p) => isEspAB(p) && p.pktType === OUT);
  const arrivedPkts = gb.filter((p) => isEspAB(p) && p.pktType === IN);
  const sent = sentPkts.map((p) => p.espSeq);
  const arrivedAt = new Map(arrivedPkts.map((p) => [p.espSeq, p.ts]));
  if (arrivedAt.size === 0) return { sentAtA: sent.length, arrivedAtB: 0, missingAtB: sent.length };
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let lastAtB = Number.NEGATIVE_INFINITY;
  for (const [seq, ts] of arrivedAt) {
    lo = Math.min(lo, seq);
    hi = Math.max(hi, seq);
    lastAtB = Math.max(lastAtB, ts);
  }
  // A packet is lost only if it had as long to arrive as the slowest one that did arrive:
  // a delaying fault (the reorder queue) still holds packets when B's capture stops.
  let slowest = 0;
  for (const p of sentPkts) {
    const at = arrivedAt.get(p.espSeq);
    if (at !== undefined) slowest = Math.max(slowest, at - p.ts);
  }
  const missing = sentPkts.filter(
    (p) => p.espSeq >= lo && p.espSeq <= hi && !arrivedAt.has(p.espSeq) && p.ts + slowest <= lastAtB,
  ).length;
  return { sentAtA: sent.length, arrivedAtB: arrivedAt.size, missingAtB: missing };
}

// ── ESP ↔ inner packet at one gateway ─────────────────────────────────────

/** Identity of one transmission of an inner TCP segment: sequence number and IP ID. */
const key = (seq: number, ipId: number) => `${seq >>> 0}/${ipId & 0xffff}`;

/**
 * ESP sequence → inner segment key, learnt at a gateway that loses nothing: its inner
 * packets and ESP packets of the data direction pair up one to one, in order. The two
 * lists may differ at their ends (capture start/stop); sizes must agree (ESP = inner +
 * a constant overhead, within GCM's 4-byte padding), else undefined: pairing unsafe.
 */
export function espToInner(capture: readonly Pkt[], side: "a" | "b"): Map<number, string> | undefined {
  const inner = capture.filter((p) => isData(p) && p.pktType === (side === "a" ? OUT : IN));
  const esp = capture.filter((p) => isEspAB(p) && p.pktType === (side === "a" ? OUT : IN));
  if (side === "b")
    esp.sort((x, y) => x.ts - y.ts); // decrypted in arrival order
  else esp.sort((x, y) => x.espSeq - y.espSeq);
  const n = Math.min(inner.length, esp.length);
  if (n === 0 || Math.abs(inner.length - esp.length) > Math.max(5, n / 100)) return undefined;
  const diffs = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const d = esp[i]!.ipLen - inner[i]!.ipLen;
    diffs.set(d, (diffs.get(d) ?? 0) + 1);
  }
  const mode = [...diffs.entries()].sort((x, y) => y[1] - x[1])[0]![0];
  let off = 0;
  for (const [d, c] of diffs) if (Math.abs(d - mode) > 4) off += c;
  if (off > n / 100) return undefined;
  const m = new Map<number, string>();
  for (let i = 0; i < n; i++) m.set(esp[i]!.espSeq, key(inner[i]!.tcpSeq, inner[i]!.ipId));
  return m;
}

// ── replay-window drops (gb.pcap, with ga.pcap for the pairing) ──────────

export interface ReplaySymptoms {
  readonly espIn: number;
  /** Inner data packets that left B on its LAN side. */
  readonly innerOut: number;
  /** ESP that arrived with a reorder depth (right edge − seq) ≥ the replay window. */
  readonly beyondWindow: number;
  readonly maxDepth: number;
  /** Beyond-window ESP whose inner packet never left B (dropped by the replay check). */
  readonly beyondWindowDropped: number;
  /** In-window ESP whose inner packet never left B (other losses inside B). */
  readonly otherDropped: number;
}

export function replayDrops(ga: readonly Pkt[], gb: readonly Pkt[], window: number): ReplaySymptoms {
  const map = espToInner(ga, "a");
  const left = new Set(gb.filter((p) => isData(p) && p.pktType === OUT).map((p) => key(p.tcpSeq, p.ipId)));
  const esp = gb.filter((p) => isEspAB(p) && p.pktType === IN);
  let right = -1;
  let beyond = 0;
  let maxDepth = 0;
  let beyondDropped = 0;
  let otherDropped = 0;
  for (const p of esp) {
    const depth = right - p.espSeq;
    const late = depth >= window;
    if (depth > 0) maxDepth = Math.max(maxDepth, depth);
    if (late) beyond++;
    right = Math.max(right, p.espSeq);
    const k = map?.get(p.espSeq);
    if (k !== undefined && !left.has(k)) {
      if (late) beyondDropped++;
      else otherDropped++;
    }
  }
  return {
    espIn: esp.length,
    innerOut: left.size,
    beyondWindow: beyond,
    maxDepth,
    beyondWindowDropped: map === undefined ? Number.NaN : beyondDropped,
    otherDropped: map === undefined ? Number.NaN : otherDropped,
  };
}

// ── MTU black hole ────────────────────────────────────────────────────────

export interface MtuSymptoms {
  readonly bigSentAtA: number;
  readonly bigArrivedAtB: number;
  readonly smallSentAtA: number;
  readonly smallArrivedAtB: number;
  /** ICMP fragmentation-needed about UDP 4500 arriving at A (there must be none). */
  readonly icmpTooBigAtA: number;
}

export function mtuBlackhole(ga: readonly Pkt[], gb: readonly Pkt[], mtu: number): MtuSymptoms {
  const aOut = ga.filter((p) => isEspAB(p) && p.pktType === OUT);
  const bIn = gb.filter((p) => isEspAB(p) && p.pktType === IN);
  return {
    bigSentAtA: aOut.filter((p) => p.ipLen > mtu).length,
    bigArrivedAtB: bIn.filter((p) => p.ipLen > mtu).length,
    smallSentAtA: aOut.filter((p) => p.ipLen <= mtu).length,
    smallArrivedAtB: bIn.filter((p) => p.ipLen <= mtu).length,
    icmpTooBigAtA: ga.filter(
      (p) => p.l4 === L4.Icmp && p.icmpType === 3 && p.icmpCode === 4 && p.icmpQuotedDstPort === 4500,
    ).length,
  };
}

// ── gateway transit ───────────────────────────────────────────────────────

export interface TransitSymptoms {
  /** Data packets followed through the gateway. */
  readonly matched: number;
  /** Packets that entered the gateway and never left it. */
  readonly diedInside: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly maxMs: number;
  /** Median transit of the first ten packets: before any queue could build. */
  readonly firstPacketsMs: number;
  /** Median transit of the first and the last quarter of the run (growth = queueing). */
  readonly firstQuarterMs: number;
  readonly lastQuarterMs: number;
}

function summarize(pairs: { t: number; d: number }[], died: number): TransitSymptoms {
  pairs.sort((x, y) => x.t - y.t);
  const ds = pairs.map((p) => p.d / 1000).sort((a, b) => a - b);
  const q = Math.max(1, Math.floor(pairs.length / 4));
  return {
    matched: pairs.length,
    diedInside: died,
    p50Ms: quantile(ds, 0.5),
    p90Ms: quantile(ds, 0.9),
    maxMs: ds.length > 0 ? ds[ds.length - 1]! : Number.NaN,
    firstPacketsMs: median(pairs.slice(0, 10).map((p) => p.d / 1000)),
    firstQuarterMs: median(pairs.slice(0, q).map((p) => p.d / 1000)),
    lastQuarterMs: median(pairs.slice(-q).map((p) => p.d / 1000)),
  };
}

/**
 * Transit of data packets through one gateway, packet by packet: ESP ↔ inner identity is
 * learnt at the *other* gateway (which must lose nothing), then followed exactly here.
 * Gateway A: LAN in → ESP out (a LAN-side TSO super-packet counts for each segment it
 * carries). Gateway B: ESP in → LAN out.
 */
export function gatewayTransit(ga: readonly Pkt[], gb: readonly Pkt[], gateway: "a" | "b"): TransitSymptoms {
  if (gateway === "b") {
    const map = espToInner(ga, "a");
    if (map === undefined) return summarize([], Number.NaN);
    const out = new Map<string, number>();
    for (const p of gb) if (isData(p) && p.pktType === OUT) out.set(key(p.tcpSeq, p.ipId), p.ts);
    const pairs: { t: number; d: number }[] = [];
    let died = 0;
    for (const p of gb) {
      if (!isEspAB(p) || p.pktType !== IN) continue;
      const k = map.get(p.espSeq);
      if (k === undefined) continue;
      const t = out.get(k);
      if (t === undefined) died++;
      else pairs.push({ t: p.ts, d: t - p.ts });
    }
    return summarize(pairs, died);
  }
  const map = espToInner(gb, "b");
  if (map === undefined) return summarize([], Number.NaN);
  // segment size on the tunnel side, to split LAN-side super-packets
  const mss = Math.max(1, ...ga.filter((p) => isData(p) && p.pktType === OUT).map((p) => p.payloadLen));
  const inAt = new Map<string, number>();
  for (const p of ga) {
    if (!isData(p) || p.pktType !== IN) continue;
    const n = Math.max(1, Math.ceil(p.payloadLen / mss));
    for (let k = 0; k < n; k++) {
      const kk = key(p.tcpSeq + k * mss, p.ipId + k);
      if (!inAt.has(kk)) inAt.set(kk, p.ts);
    }
  }
  const espOut = new Map<number, number>();
  for (const p of ga) if (isEspAB(p) && p.pktType === OUT) espOut.set(p.espSeq, p.ts);
  const pairs: { t: number; d: number }[] = [];
  for (const [seq, k] of map) {
    const tin = inAt.get(k);
    const tout = espOut.get(seq);
    if (tin !== undefined && tout !== undefined) pairs.push({ t: tin, d: tout - tin });
  }
  // handed to the tunnel device but never encrypted (qdisc drops before the tap are not seen)
  const tunnelSide = ga.filter((p) => isData(p) && p.pktType === OUT).length;
  const died = Math.max(0, tunnelSide - espOut.size);
  return summarize(pairs, died);
}

/** Reads the three captures of a scenario directory. */
export async function loadRun(
  dir: string,
  source: PacketSource = readerSource,
): Promise<{ ga: Pkt[]; gb: Pkt[]; hb: Pkt[] }> {
  const [ga, gb, hb] = await Promise.all([
    source.read(`${dir}/ga.pcap`),
    source.read(`${dir}/gb.pcap`),
    source.read(`${dir}/hb-lan.pcap`),
  ]);
  return { ga, gb, hb };
}
