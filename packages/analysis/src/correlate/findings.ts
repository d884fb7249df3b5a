/**
 * Which packets show each problem of a flow direction: record samples taken while
 * `followPath` follows the packets (no extra pass), plus the zero-window ACKs from the flow's
 * own ACK lists, turned into frame numbers of each capture for the report's `findings`
 * (a caller can cut evidence pcaps from them with a second pass over the files).
 */
import { type EvidenceFinding, MAX_FINDING_FRAMES } from "../verdict/report.js";
import type { LinkedCapture } from "./pair.js";

/** Record indices sampled on the path (first `MAX_FINDING_FRAMES` of each). */
export interface PathMarks {
  /** ESP lost in the underlay, at the sender's outer tap. */
  readonly lostSnd: number[];
  /** The last ESP that reached the receiver's outer tap before each loss. */
  readonly lostRcv: number[];
  /** Cleartext packets that died in the sending gateway (sender's tunnel tap). */
  readonly sndDied: number[];
  /** ESP that died in the receiving gateway (receiver's outer tap) and its sending record. */
  readonly rcvDied: number[];
  readonly rcvDiedSnd: number[];
  /** Data segments that filled the receiver's window (sender's site-side tap). */
  readonly windowFull: number[];
  /** The packets that took longest through each gateway (entry and exit records). */
  readonly sndSlow: TopK;
  readonly rcvSlow: TopK;
}

/**
 * The `k` largest values offered, with two record indices each: a binary min-heap, so an
 * offer costs O(log k) and nothing is allocated after construction.
 */
export class TopK {
  private readonly keys: Float64Array;
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  size = 0;
  constructor(readonly k: number) {
    this.keys = new Float64Array(k);
    this.a = new Int32Array(k);
    this.b = new Int32Array(k);
  }
  offer(key: number, a: number, b: number): void {
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if ((this.keys[p] as number) <= key) break;
        this.set(i, this.keys[p] as number, this.a[p] as number, this.b[p] as number);
        i = p;
      }
      this.set(i, key, a, b);
      return;
    }
    if (this.k === 0 || key <= (this.keys[0] as number)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && (this.keys[r] as number) < (this.keys[l] as number) ? r : l;
      if ((this.keys[c] as number) >= key) break;
      this.set(i, this.keys[c] as number, this.a[c] as number, this.b[c] as number);
      i = c;
    }
    this.set(i, key, a, b);
  }
  private set(i: number, key: number, a: number, b: number): void {
    this.keys[i] = key;
    this.a[i] = a;
    this.b[i] = b;
  }
  /** Both record indices of every kept entry. */
  records(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.a[i] as number, this.b[i] as number);
    return out;
  }
}

export function newPathMarks(): PathMarks {
  // Half the frame budget each: a slow packet is named by its entry and exit record.
  const slow = MAX_FINDING_FRAMES / 2;
  return {
    lostSnd: [],
    lostRcv: [],
    sndDied: [],
    rcvDied: [],
    rcvDiedSnd: [],
    windowFull: [],
    sndSlow: new TopK(slow),
    rcvSlow: new TopK(slow),
  };
}

export function mark(list: number[], record: number): void {
  if (record >= 0 && list.length < MAX_FINDING_FRAMES) list.push(record);
}

interface Side {
  readonly label: string;
  readonly x: LinkedCapture;
}

function frames(x: LinkedCapture, records: readonly number[]): number[] {
  const out = new Set<number>();
  for (const i of records) out.add((x.r.frame[i] as number) + 1);
  return [...out].sort((p, q) => p - q);
}

function zeroWindowAcks(x: LinkedCapture, acks: Int32Array): number[] {
  const out: number[] = [];
  const r = x.r;
  for (let k = 0; k < acks.length && out.length < MAX_FINDING_FRAMES; k++) {
    const i = acks[k] as number;
    // An ACK (not SYN/RST) advertising window 0.
    if (r.win[i] === 0 && ((r.flags[i] as number) & 0x16) === 0x10) out.push(i);
  }
  return out;
}

export function pathFindings(
  snd: Side,
  rcv: Side,
  m: PathMarks,
  tcp: {
    readonly sAck: Int32Array;
    readonly rAck: Int32Array;
    readonly tooBig: Int32Array;
  },
): EvidenceFinding[] {
  const out: EvidenceFinding[] = [];
  const add = (
    finding: EvidenceFinding["finding"],
    description: string,
    a: readonly number[],
    b: readonly number[],
  ) => {
    if (a.length === 0 && b.length === 0) return;
    out.push({
      finding,
      description,
      frames: [
        { gateway: snd.label, numbers: frames(snd.x, a) },
        { gateway: rcv.label, numbers: frames(rcv.x, b) },
      ],
    });
  };
  add(
    "underlay-loss",
    `ESP sent at ${snd.label}'s outer interface that never reached ${rcv.label}'s, and the last ESP ${rcv.label} received before each`,
    m.lostSnd,
    m.lostRcv,
  );
  add(
    "sender-gateway-deaths",
    `cleartext packets that entered ${snd.label} and never left it as ESP`,
    m.sndDied,
    [],
  );
  add(
    "receiver-gateway-deaths",
    `ESP that reached ${rcv.label} and whose inner packet never left it, and the same ESP as ${snd.label} sent it`,
    m.rcvDiedSnd,
    m.rcvDied,
  );
  add(
    "zero-window",
    `the receiver's zero-window ACKs, at ${snd.label} and at ${rcv.label}`,
    zeroWindowAcks(snd.x, tcp.sAck),
    zeroWindowAcks(rcv.x, tcp.rAck),
  );
  add(
    "window-full",
    `data segments that filled the receiver's advertised window, at ${snd.label}`,
    m.windowFull,
    [],
  );
  add(
    "sender-gateway-transit",
    `the ${m.sndSlow.size} packets that took longest through ${snd.label} (cleartext in, ESP out)`,
    m.sndSlow.records(),
    [],
  );
  add(
    "receiver-gateway-transit",
    `the ${m.rcvSlow.size} packets that took longest through ${rcv.label} (ESP in, cleartext out)`,
    [],
    m.rcvSlow.records(),
  );
  const tooBig: number[] = [];
  // Only worth showing next to packets that went missing.
  for (let k = 0; m.lostSnd.length > 0 && k < tcp.tooBig.length && tooBig.length < MAX_FINDING_FRAMES; k++)
    tooBig.push(tcp.tooBig[k] as number);
  add("icmp-too-big", `ICMP too-big messages seen at ${snd.label}`, tooBig, []);
  return out;
}
