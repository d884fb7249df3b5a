/**
 * TCP figures of one flow direction, read at one tap: what the sender did (at the sender
 * gateway's site side) and what the receiver advertised (at the receiver gateway's site side).
 *
 * Definitions follow Wireshark's tcp.analysis where one exists: zero window = an ACK (not
 * SYN/FIN/RST) with window 0; window full = a data segment that fills the advertised window
 * (bytes in flight after it >= window - 1 MSS-ish slack); retransmission = a data segment
 * that does not advance the highest sequence number sent. RTT follows Karn (no sample from
 * retransmitted data).
 */
import type { RecordStore } from "./records.js";
import { type Distribution, distribution, NumList } from "./stats.js";

const SYN = 0x02;
const FIN = 0x01;
const RST = 0x04;
const ACK = 0x10;

/** Signed 32-bit sequence unwrapper relative to the first value seen. */
class Unwrap {
  private last = 0;
  private base = -1;
  private rel = 0;
  get started(): boolean {
    return this.base >= 0;
  }
  /** Relative, unwrapped position of `raw` (first value = 0). */
  at(raw: number): number {
    if (this.base < 0) {
      this.base = raw;
      this.last = raw;
      this.rel = 0;
      return 0;
    }
    const delta = (raw - this.last) | 0;
    this.last = raw;
    this.rel += delta;
    return this.rel;
  }
  /** Position of `raw` without moving the reference. */
  peek(raw: number): number {
    if (this.base < 0) return 0;
    return this.rel + ((raw - this.last) | 0);
  }
}

export interface SenderMetrics {
  readonly dataPackets: number;
  readonly dataBytes: number;
  readonly retransmittedPackets: number;
  readonly retransmittedBytes: number;
  readonly firstDataTs: number;
  readonly lastDataTs: number;
  /** Data segment → ACK covering it, µs (at this tap). */
  readonly rtt: Distribution;
  /** Bytes in flight after each data segment. */
  readonly flight: Distribution;
  /** Data segments that filled the advertised window. */
  readonly windowFull: number;
  /** Largest payload seen (bytes): the effective MSS (or a GRO aggregate on a NIC tap). */
  readonly largestPayload: number;
  /** Most common payload size of full segments. */
  readonly typicalPayload: number;
  /** Zero-window probes (1-byte or empty segments sent while the window is 0). */
  readonly zeroWindowProbes: number;
}

export interface ReceiverMetrics {
  readonly acks: number;
  /** Advertised window in bytes (scaled when the scale is known), over ACKs after the handshake. */
  readonly window: Distribution;
  readonly zeroWindowAcks: number;
  /** Episodes: a run of zero-window ACKs until the window opens again. */
  readonly zeroWindowEpisodes: number;
  /** Total time spent at zero window, µs. */
  readonly zeroWindowUs: number;
  /** Delay from a data segment (delivered at this tap) to the first ACK covering it, µs. */
  readonly ackDelay: Distribution;
  readonly deliveredPackets: number;
  /** Bytes of new data delivered (not counting repeats). */
  readonly deliveredBytes: number;
  readonly firstDeliveryTs: number;
  readonly lastDeliveryTs: number;
}

export interface WindowScale {
  /** Shift applied to the receiver's advertised window. */
  readonly shift: number;
  /** False when the handshake was not captured (windows are then raw values). */
  readonly known: boolean;
}

/** Finds the receiver's window scale from the handshake records of both directions. */
export function findWindowScale(r: RecordStore, data: Int32Array, acks: Int32Array): WindowScale {
  let senderWs = -2;
  let receiverWs = -2;
  for (let k = 0; k < data.length; k++) {
    const i = data[k] as number;
    if (((r.flags[i] as number) & SYN) !== 0) {
      senderWs = ((r.aux[i] as number) & 255) - 1;
      break;
    }
  }
  for (let k = 0; k < acks.length; k++) {
    const i = acks[k] as number;
    if (((r.flags[i] as number) & SYN) !== 0) {
      receiverWs = ((r.aux[i] as number) & 255) - 1;
      break;
    }
  }
  if (senderWs === -2 || receiverWs === -2) return { shift: 0, known: false };
  // RFC 7323: scaling is in force only when both SYNs carried the option.
  if (senderWs < 0 || receiverWs < 0) return { shift: 0, known: true };
  return { shift: Math.min(14, receiverWs), known: true };
}

/**
 * Sender-side figures from the data segments (`data`) and the ACKs coming back (`acks`),
 * both record-index lists of one tap in capture order.
 */
export function senderMetrics(
  r: RecordStore,
  data: Int32Array,
  acks: Int32Array,
  ws: WindowScale,
  /** When given, receives the first window-full data records (at most its `limit`). */
  fullMarks?: { readonly list: number[]; readonly limit: number },
): SenderMetrics {
  const seq = new Unwrap();
  const ackU = new Unwrap();
  let maxEnd = 0;
  let maxAck = -1;
  let window = -1;
  let dataPackets = 0;
  let dataBytes = 0;
  let retrPackets = 0;
  let retrBytes = 0;
  let firstTs = 0;
  let lastTs = 0;
  let windowFull = 0;
  let largest = 0;
  let probes = 0;
  const sizes = new Map<number, number>();
  const rtt = new NumList();
  const flight = new NumList();
  // Outstanding first transmissions: start/end sequence, send time, retransmitted flag.
  const qStart = new NumList(256);
  const qEnd = new NumList(256);
  const qTs = new NumList(256);
  const qRetx = new NumList(256);
  let qHead = 0;
  let a = 0;
  let d = 0;
  while (a < acks.length || d < data.length) {
    const ai = a < acks.length ? (acks[a] as number) : -1;
    const di = d < data.length ? (data[d] as number) : -1;
    if (di >= 0 && (ai < 0 || di < ai)) {
      d++;
      const flags = r.flags[di] as number;
      const len = r.payLen[di] as number;
      const s = seq.at(r.seq[di] as number);
      if ((flags & SYN) !== 0) {
        maxEnd = Math.max(maxEnd, s + 1);
        continue;
      }
      if (len <= 0) continue;
      const ts = r.ts[di] as number;
      if (dataPackets === 0) firstTs = ts;
      lastTs = ts;
      dataPackets++;
      dataBytes += len;
      if (len > largest) largest = len;
      sizes.set(len, (sizes.get(len) ?? 0) + 1);
      if (window === 0 && len <= 1) probes++;
      const end = s + len;
      if (end <= maxEnd) {
        retrPackets++;
        retrBytes += len;
        // Karn: mark queued segments this one repeats.
        for (let q = qHead; q < qEnd.length; q++) {
          if (qEnd.get(q) > s && qStart.get(q) < end) qRetx.data[q] = 1;
        }
      } else {
        if (s < maxEnd) {
          retrPackets++; // partial repeat
          retrBytes += maxEnd - s;
        }
        qStart.push(Math.max(s, maxEnd));
        maxEnd = end;
        qEnd.push(end);
        qTs.push(ts);
        qRetx.push(0);
      }
      if (maxAck >= 0) {
        const inFlight = maxEnd - maxAck;
        flight.push(inFlight);
        if (window >= 0 && inFlight >= window - Math.min(len, 1460) && window > 0) {
          windowFull++;
          if (fullMarks !== undefined && fullMarks.list.length < fullMarks.limit) fullMarks.list.push(di);
        }
      }
      continue;
    }
    a++;
    const flags = r.flags[ai] as number;
    if ((flags & ACK) === 0) continue;
    const ackRel = ackU.started || seq.started ? seq.peek(r.ack[ai] as number) : 0;
    if (!seq.started) continue;
    if ((flags & SYN) === 0) window = (r.win[ai] as number) * 2 ** ws.shift;
    if (ackRel > maxAck) {
      maxAck = ackRel;
      let last = -1;
      while (qHead < qEnd.length && qEnd.get(qHead) <= ackRel) last = qHead++;
      if (last >= 0 && qRetx.get(last) === 0) rtt.push((r.ts[ai] as number) - qTs.get(last));
    }
  }
  let typical = 0;
  let best = 0;
  for (const [len, n] of sizes) if (n > best || (n === best && len > typical)) [typical, best] = [len, n];
  return {
    dataPackets,
    dataBytes,
    retransmittedPackets: retrPackets,
    retransmittedBytes: retrBytes,
    firstDataTs: firstTs,
    lastDataTs: lastTs,
    rtt: distribution(rtt.view()),
    flight: distribution(flight.view()),
    windowFull,
    largestPayload: largest,
    typicalPayload: typical,
    zeroWindowProbes: probes,
  };
}

/**
 * Receiver-side figures from the data segments delivered to the receiver (`data`) and its
 * ACKs (`acks`), both record-index lists of one tap in capture order.
 */
export function receiverMetrics(
  r: RecordStore,
  data: Int32Array,
  acks: Int32Array,
  ws: WindowScale,
): ReceiverMetrics {
  const seq = new Unwrap();
  let maxEnd = 0;
  let delivered = 0;
  let deliveredBytes = 0;
  let firstTs = 0;
  let lastTs = 0;
  const windows = new NumList();
  const ackDelay = new NumList();
  let zeroAcks = 0;
  let episodes = 0;
  let zeroUs = 0;
  let zeroSince = -1;
  let ackCount = 0;
  let maxAck = -1;
  const pEnd = new NumList(256);
  const pTs = new NumList(256);
  let pHead = 0;
  let a = 0;
  let d = 0;
  while (a < acks.length || d < data.length) {
    const ai = a < acks.length ? (acks[a] as number) : -1;
    const di = d < data.length ? (data[d] as number) : -1;
    if (di >= 0 && (ai < 0 || di < ai)) {
      d++;
      const flags = r.flags[di] as number;
      const s = seq.at(r.seq[di] as number);
      const len = r.payLen[di] as number;
      if ((flags & SYN) !== 0) {
        maxEnd = Math.max(maxEnd, s + 1);
        continue;
      }
      if (len <= 0) continue;
      const ts = r.ts[di] as number;
      delivered++;
      if (delivered === 1) firstTs = ts;
      lastTs = ts;
      const end = s + len;
      if (end > maxEnd) {
        deliveredBytes += end - Math.max(s, maxEnd);
        maxEnd = end;
        pEnd.push(end);
        pTs.push(ts);
      }
      continue;
    }
    a++;
    const flags = r.flags[ai] as number;
    if ((flags & ACK) === 0 || (flags & (SYN | RST)) !== 0) continue;
    ackCount++;
    const ts = r.ts[ai] as number;
    const w = (r.win[ai] as number) * 2 ** ws.shift;
    windows.push(w);
    if (w === 0 && (flags & FIN) === 0) {
      zeroAcks++;
      if (zeroSince < 0) {
        zeroSince = ts;
        episodes++;
      }
    } else if (zeroSince >= 0) {
      zeroUs += ts - zeroSince;
      zeroSince = -1;
    }
    if (!seq.started) continue;
    const ackRel = seq.peek(r.ack[ai] as number);
    if (ackRel > maxAck) {
      maxAck = ackRel;
      let first = -1;
      while (pHead < pEnd.length && pEnd.get(pHead) <= ackRel) {
        if (first < 0) first = pHead;
        pHead++;
      }
      // Delay of the oldest segment this ACK covers: how long the receiver sat on it.
      if (first >= 0) ackDelay.push(ts - pTs.get(first));
    }
  }
  if (zeroSince >= 0 && acks.length > 0)
    zeroUs += (r.ts[acks[acks.length - 1] as number] as number) - zeroSince;
  return {
    acks: ackCount,
    window: distribution(windows.view()),
    zeroWindowAcks: zeroAcks,
    zeroWindowEpisodes: episodes,
    zeroWindowUs: zeroUs,
    ackDelay: distribution(ackDelay.view()),
    deliveredPackets: delivered,
    deliveredBytes,
    firstDeliveryTs: firstTs,
    lastDeliveryTs: lastTs,
  };
}
