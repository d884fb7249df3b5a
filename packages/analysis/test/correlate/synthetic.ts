/**
 * Two synthetic gateway captures of one TCP transfer through an IPsec tunnel, built as
 * PacketViews (no pcap bytes): the sender behind A sends `packets` data segments, the
 * receiver behind B ACKs each. Knobs make packets die in a gateway, get lost in the
 * underlay, or skew B's clock; interface numbers differ between the gateways on purpose.
 */
import { type GatewayCapture, GatewayCaptureAnalyzer } from "../../src/correlate/gateway-capture.js";
import { L4, PacketView, TcpFlag } from "../../src/decode/packet.js";

const ip = (s: string) => s.split(".").reduce((n, o) => n * 256 + Number(o), 0);
export const SENDER = ip("10.1.0.10");
export const RECEIVER = ip("10.2.0.10");
const GW_A = ip("192.0.2.1");
const GW_B = ip("198.51.100.1");
const OVERHEAD = 64;

export interface SyntheticOptions {
  readonly packets?: number;
  /** Data segment indices (0-based) lost in the underlay A→B. */
  readonly lostInUnderlay?: ReadonlySet<number>;
  /** Data segment indices that die inside A (never encrypted). */
  readonly diedInA?: ReadonlySet<number>;
  /** Data segment indices whose ESP B rejects (decrypted never). */
  readonly diedInB?: ReadonlySet<number>;
  /** B's clock minus A's (µs). */
  readonly offsetUs?: number;
  /** One-way underlay delay A→B and B→A (µs). */
  readonly owdAB?: number;
  readonly owdBA?: number;
  /** Encrypt transit in A for segment i (µs). */
  readonly transitA?: (i: number) => number;
  /** Receiver window (bytes, scale 0) in ACK i. */
  readonly window?: (i: number) => number;
  /** Packet interval at the sender (µs; default 400: ~40 KB in flight, under the window). */
  readonly gapUs?: number;
  /** Payload bytes of segment i. */
  readonly payload?: (i: number) => number;
  /** ACK indices (one per delivered segment) that die inside B before encryption. */
  readonly ackDiedInB?: ReadonlySet<number>;
  /** Encrypt transit in B for ACK i (µs; default 70). */
  readonly ackTransitB?: (i: number) => number;
  /** Keep only the outer interfaces (ESP-only captures). */
  readonly outerOnly?: boolean;
  /** Drop B's outer interface (B captured only the cleartext side). */
  readonly noOuterB?: boolean;
}

interface Ev {
  ts: number;
  set: (pv: PacketView) => void;
}

function tcp(
  pv: PacketView,
  src: number,
  dst: number,
  sport: number,
  dport: number,
  seq: number,
  ack: number,
  flags: number,
  payload: number,
  win: number,
  ipId: number,
): void {
  pv.ipVersion = 4;
  pv.src4 = src;
  pv.dst4 = dst;
  pv.ipProto = 6;
  pv.l4 = L4.Tcp;
  pv.srcPort = sport;
  pv.dstPort = dport;
  pv.tcpSeq = seq >>> 0;
  pv.tcpAck = ack >>> 0;
  pv.tcpFlags = flags;
  pv.payloadLen = payload;
  pv.tcpHeaderLen = 20;
  pv.ipTotalLen = 40 + payload;
  pv.tcpWindow = win;
  pv.ipId = ipId & 0xffff;
}

function esp(pv: PacketView, src: number, dst: number, spi: number, seq: number, innerLen: number): void {
  pv.ipVersion = 4;
  pv.src4 = src;
  pv.dst4 = dst;
  pv.ipProto = 17;
  pv.l4 = L4.Esp;
  pv.srcPort = 4500;
  pv.dstPort = 4500;
  pv.espSpi = spi;
  pv.espSeq = seq;
  pv.espUdpEncap = true;
  pv.ipTotalLen = innerLen + OVERHEAD;
  pv.espLen = innerLen + OVERHEAD - 28;
}

function at(iface: number, pktType: number, f: (pv: PacketView) => void): (pv: PacketView) => void {
  return (pv) => {
    pv.iface = iface;
    pv.pktType = pktType;
    pv.linkType = 276;
    f(pv);
  };
}

/** Builds both captures; the true B−A offset is `offsetUs`. */
export function synthetic(o: SyntheticOptions = {}): { a: GatewayCapture; b: GatewayCapture } {
  const n = o.packets ?? 400;
  const gap = o.gapUs ?? 400;
  const owdAB = o.owdAB ?? 5000;
  const owdBA = o.owdBA ?? 7000;
  const theta = o.offsetUs ?? 0;
  const transitA = o.transitA ?? (() => 300);
  const window = o.window ?? (() => 60000);
  const payload = o.payload ?? (() => 1348);
  const A = { lan: 2, outer: 3, tun: 5 };
  const B = { lan: 8, outer: 7, tun: 9 };
  const evA: Ev[] = [];
  const evB: Ev[] = [];
  const t0 = 1_700_000_000_000_000 + 20_000;
  const SPI_AB = 0xc0ffee01;
  const SPI_BA = 0xc0ffee02;
  let espA = 1;
  let espB = 1;
  let seq = 1000;
  const ackSeq = 5000;
  let aId = 100;
  let bId = 9000;
  // Handshake (window scale 0 both ways) so windows are known.
  const isn = seq - 1;
  const synId = aId++;
  const syn = (pv: PacketView) => {
    tcp(pv, SENDER, RECEIVER, 40000, 5999, isn, 0, TcpFlag.SYN, 0, 65535, synId);
    pv.tcpWindowScale = 0;
  };
  const synAck = (pv: PacketView) => {
    tcp(pv, RECEIVER, SENDER, 5999, 40000, ackSeq - 1, isn + 1, TcpFlag.SYN | TcpFlag.ACK, 0, 65535, 0);
    pv.tcpWindowScale = 0;
  };
  // The handshake crosses the tunnel like any packet (its own ESP sequence numbers).
  const k0 = espA++;
  evA.push({ ts: t0 - 1000, set: at(A.lan, 0, syn) }, { ts: t0 - 990, set: at(A.tun, 4, syn) });
  evA.push({ ts: t0 - 900, set: at(A.outer, 4, (pv) => esp(pv, GW_A, GW_B, SPI_AB, k0, 40)) });
  evB.push({
    ts: t0 - 900 + owdAB + theta,
    set: at(B.outer, 0, (pv) => esp(pv, GW_A, GW_B, SPI_AB, k0, 40)),
  });
  evB.push(
    { ts: t0 - 800 + owdAB + theta, set: at(B.tun, 0, syn) },
    { ts: t0 - 795 + owdAB + theta, set: at(B.lan, 4, syn) },
  );
  const kb0 = espB++;
  const tsa = t0 - 700 + owdAB;
  evB.push(
    { ts: tsa + theta, set: at(B.lan, 0, synAck) },
    { ts: tsa + 5 + theta, set: at(B.tun, 4, synAck) },
  );
  evB.push({ ts: tsa + 80 + theta, set: at(B.outer, 4, (pv) => esp(pv, GW_B, GW_A, SPI_BA, kb0, 40)) });
  evA.push({ ts: tsa + 80 + owdBA, set: at(A.outer, 0, (pv) => esp(pv, GW_B, GW_A, SPI_BA, kb0, 40)) });
  evA.push(
    { ts: tsa + 140 + owdBA, set: at(A.tun, 0, synAck) },
    { ts: tsa + 150 + owdBA, set: at(A.lan, 4, synAck) },
  );
  for (let i = 0; i < n; i++) {
    const t = t0 + i * gap;
    const len = payload(i);
    const s = seq;
    seq += len;
    const id = aId++;
    const data = (pv: PacketView) =>
      tcp(pv, SENDER, RECEIVER, 40000, 5999, s, ackSeq, TcpFlag.ACK, len, 1000, id);
    evA.push({ ts: t, set: at(A.lan, 0, data) }, { ts: t + 10, set: at(A.tun, 4, data) });
    if (o.diedInA?.has(i)) continue;
    const te = t + 10 + transitA(i);
    const k = espA++;
    evA.push({ ts: te, set: at(A.outer, 4, (pv) => esp(pv, GW_A, GW_B, SPI_AB, k, 40 + len)) });
    if (o.lostInUnderlay?.has(i)) continue;
    const tb = te + owdAB + theta;
    evB.push({ ts: tb, set: at(B.outer, 0, (pv) => esp(pv, GW_A, GW_B, SPI_AB, k, 40 + len)) });
    if (o.diedInB?.has(i)) continue;
    evB.push({ ts: tb + 150, set: at(B.tun, 0, data) }, { ts: tb + 160, set: at(B.lan, 4, data) });
    // The receiver ACKs every segment it gets.
    const ta = tb + 300;
    const a = seq;
    const win = window(i);
    const bid = bId++;
    const ackp = (pv: PacketView) =>
      tcp(pv, RECEIVER, SENDER, 5999, 40000, ackSeq, a, TcpFlag.ACK, 0, win, bid);
    evB.push({ ts: ta, set: at(B.lan, 0, ackp) }, { ts: ta + 10, set: at(B.tun, 4, ackp) });
    if (o.ackDiedInB?.has(i)) continue;
    const kb = espB++;
    const tbe = ta + 10 + (o.ackTransitB?.(i) ?? 70);
    evB.push({ ts: tbe, set: at(B.outer, 4, (pv) => esp(pv, GW_B, GW_A, SPI_BA, kb, 40)) });
    const taa = tbe - theta + owdBA;
    evA.push({ ts: taa, set: at(A.outer, 0, (pv) => esp(pv, GW_B, GW_A, SPI_BA, kb, 40)) });
    evA.push({ ts: taa + 60, set: at(A.tun, 0, ackp) }, { ts: taa + 70, set: at(A.lan, 4, ackp) });
  }
  void ackSeq;
  const keep = (outer: number, noOuter: boolean) => (e: Ev) => {
    const pv = new PacketView();
    e.set(pv);
    return o.outerOnly === true ? pv.iface === outer : !(noOuter && pv.iface === outer);
  };
  return {
    a: build("A", evA.filter(keep(A.outer, false))),
    b: build("B", evB.filter(keep(B.outer, o.noOuterB === true))),
  };
}

function build(label: string, events: Ev[]): GatewayCapture {
  events.sort((x, y) => x.ts - y.ts);
  const g = new GatewayCaptureAnalyzer(label);
  const pv = new PacketView();
  events.forEach((e, index) => {
    pv.reset();
    e.set(pv);
    pv.ts = e.ts;
    pv.index = index;
    g.add(pv);
  });
  return g.finish();
}
