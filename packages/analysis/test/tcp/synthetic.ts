/**
 * Synthetic TCP captures for the edge cases the scenario captures do not reach: sequence
 * numbers wrapping through 2^32, a missed handshake, SACK, keep-alives, zero-window probes,
 * window full, port reuse, out-of-order against the handshake RTT, the same packets on two
 * interfaces. Each is written to test/fixtures/tcp/syn-<name>.pcap (see
 * synthetic-fixtures.test.ts) so that scripts/golden-tcp.mjs can run tshark on it.
 */
import {
  buildPcap,
  ethernet,
  type Frame,
  frame,
  ipv4,
  ipv6,
  type Layer,
  sll2,
  type TcpOptions,
  tcp,
} from "../helpers/pcap-writer.js";

const FIN = 0x01;
const SYN = 0x02;
const RST = 0x04;
const PSH = 0x08;
const ACK = 0x10;

/** Capture start of every synthetic file (µs since the epoch). */
const T0 = 1_700_000_000_000_000;

interface Side {
  addr: string;
  port: number;
  /** Next sequence number this side sends. */
  nxt: number;
}

/** One segment; every field has a default taken from the connection's state. */
interface Seg {
  /** Time in ms since the start of the capture (default: previous + 0.1 ms). */
  at?: number;
  flags?: number;
  seq?: number;
  ack?: number;
  len?: number;
  /** Raw window field (default 1000). */
  win?: number;
  options?: TcpOptions;
  /** Build the segment (advance the state) but leave it out of the capture. */
  drop?: boolean;
  /** Do not advance the sender's next sequence number (a probe the receiver does not take). */
  keep?: boolean;
}

/** Builds one connection's segments, tracking each side's next sequence number. */
class Conn {
  readonly frames: Frame[] = [];
  private t = 0;
  private readonly sides: [Side, Side];

  constructor(
    client: { addr: string; port: number; isn: number },
    server: { addr: string; port: number; isn: number },
    private readonly link: (ip: Layer, fromClient: boolean) => Layer[] = (ip) => [ethernet({}, ip)],
    private readonly v6 = false,
  ) {
    this.sides = [
      { addr: client.addr, port: client.port, nxt: client.isn },
      { addr: server.addr, port: server.port, nxt: server.isn },
    ];
  }

  /** Client → server. */
  c(s: Seg = {}): this {
    return this.send(0, s);
  }

  /** Server → client. */
  s(s: Seg = {}): this {
    return this.send(1, s);
  }

  /** Current next sequence number of the client (0) or server (1). */
  nxt(side: 0 | 1): number {
    return this.sides[side].nxt;
  }

  private send(from: 0 | 1, s: Seg): this {
    const me = this.sides[from];
    const peer = this.sides[from ^ 1]!;
    this.t = s.at !== undefined ? s.at * 1000 : this.t + 100;
    const flags = s.flags ?? ACK;
    const len = s.len ?? 0;
    const seq = (s.seq ?? me.nxt) >>> 0;
    const end = (seq + len + ((flags & (SYN | FIN)) !== 0 ? 1 : 0)) >>> 0;
    if (!s.keep && ((end - me.nxt) | 0) > 0) me.nxt = end;
    const ack = (s.ack ?? ((flags & ACK) !== 0 ? peer.nxt : 0)) >>> 0;
    const seg = tcp({
      sport: me.port,
      dport: peer.port,
      seq,
      ack,
      flags,
      window: s.win ?? 1000,
      ...(s.options === undefined ? {} : { options: s.options }),
      payloadLen: len,
    });
    const ip = this.v6
      ? ipv6({ src: me.addr, dst: peer.addr }, seg)
      : ipv4({ src: me.addr, dst: peer.addr }, seg);
    if (s.drop) return this;
    this.link(ip, from === 0).forEach((l, i) => {
      this.frames.push({ ts: T0 + this.t + i * 40, ...frame(l) });
    });
    return this;
  }
}

const C = { addr: "10.1.0.10", port: 40000 };
const S = { addr: "10.2.0.10", port: 5001 };
const syn = (o: TcpOptions = {}): TcpOptions => ({ mss: 1460, wscale: 7, sackPermitted: true, ...o });

/** Sequence numbers wrap through 2^32 during the transfer: loss, fast retransmission, spurious retransmission. */
function wrap(): Frame[] {
  const k = new Conn({ ...C, isn: 0xffffe000 }, { ...S, isn: 0x7ffffff0 });
  k.c({ at: 0, flags: SYN, win: 64240, options: syn() });
  k.s({ at: 10, flags: SYN | ACK, win: 65160, options: syn() });
  k.c({ at: 20, win: 502 });
  for (let i = 0; i < 8; i++) k.c({ at: 21 + i * 0.1, len: 1000, flags: ACK | PSH, win: 502 });
  const wrapped = k.nxt(0);
  k.s({ at: 31, ack: (wrapped - 4000) >>> 0, win: 500 });
  k.s({ at: 31.1, win: 500 });
  const lost = k.nxt(0);
  k.c({ at: 32, len: 1000, drop: true });
  for (let i = 0; i < 3; i++) k.c({ at: 32.1 + i * 0.1, len: 1000, win: 502 });
  for (let i = 0; i < 3; i++) k.s({ at: 42 + i * 0.1, ack: lost, win: 500 });
  k.c({ at: 45, seq: lost, len: 1000, win: 502 });
  k.s({ at: 55, win: 500 });
  k.c({ at: 300, seq: lost, len: 1000, win: 502 }); // already acknowledged: spurious
  k.s({ at: 310, win: 500 });
  k.c({ at: 400, flags: FIN | ACK, win: 502 });
  k.s({ at: 410, flags: FIN | ACK, win: 500 });
  k.c({ at: 420, win: 502 });
  return k.frames;
}

/** No handshake captured: windows unscaled (scale unknown), lost segment, ACKed unseen segment, retransmissions. */
function noHandshake(): Frame[] {
  const k = new Conn({ ...C, isn: 123456789 }, { ...S, isn: 987654321 });
  for (let i = 0; i < 4; i++) k.c({ at: i * 0.2, len: 1448, win: 501 });
  k.s({ at: 5, win: 3000 });
  k.c({ at: 6, len: 1448, win: 501, drop: true });
  k.c({ at: 6.2, len: 1448, win: 501 }); // previous segment not captured
  k.s({ at: 12, win: 3000 }); // acknowledges the unseen segment
  k.s({ at: 12.5, win: 3000 });
  k.c({ at: 13, len: 1448, win: 501 });
  k.s({ at: 19, win: 3000 });
  const back = (k.nxt(0) - 1448) >>> 0;
  k.c({ at: 19.5, seq: back, len: 1448, win: 501 }); // acknowledged already: spurious
  k.c({ at: 20, len: 1448, win: 501 });
  k.c({ at: 20.1, len: 1448, win: 501 });
  const resend = (k.nxt(0) - 2896) >>> 0;
  k.c({ at: 22, seq: resend, len: 1448, win: 501 }); // within 3 ms of the highest: out-of-order
  k.c({ at: 250, seq: resend, len: 1448, win: 501 }); // much later: retransmission
  k.s({ at: 260, win: 3000 });
  k.s({ at: 261, win: 0 }); // zero window
  k.s({ at: 262, win: 3000 }); // window update
  return k.frames;
}

/** SACK during loss recovery: duplicate ACKs with growing SACK blocks (bytes in flight shrink), fast retransmission, D-SACK. */
function sack(): Frame[] {
  const k = new Conn({ ...C, isn: 1000 }, { ...S, isn: 5000 });
  k.c({ at: 0, flags: SYN, win: 64240, options: syn({ timestamps: [1, 0] }) });
  k.s({ at: 8, flags: SYN | ACK, win: 65160, options: syn({ timestamps: [2, 1] }) });
  k.c({ at: 16, win: 502 });
  const start = k.nxt(0);
  for (let i = 0; i < 10; i++) k.c({ at: 17 + i * 0.05, len: 1448, win: 502 });
  const hole = (start + 2 * 1448) >>> 0;
  k.s({ at: 25, ack: (start + 1448) >>> 0, win: 1000 });
  k.s({ at: 25.1, ack: hole, win: 1000 });
  for (let i = 1; i <= 4; i++) {
    k.s({
      at: 25.2 + i * 0.1,
      ack: hole,
      win: 1000,
      options: { sack: [[(hole + 1448) >>> 0, (hole + 1448 * (i + 1)) >>> 0]] },
    });
  }
  k.c({ at: 26, seq: hole, len: 1448, win: 502 }); // fast retransmission
  k.s({ at: 34, win: 1000 });
  k.c({ at: 35, seq: hole, len: 1448, win: 502 }); // spurious
  k.s({ at: 43, win: 1000, options: { sack: [[hole, (hole + 1448) >>> 0]] } }); // D-SACK
  for (let i = 0; i < 3; i++) k.c({ at: 44 + i * 0.05, len: 1448, win: 502 });
  k.s({ at: 52, win: 1000 });
  return k.frames;
}

/** Keep-alives (0 and 1 byte) and their ACKs, over IPv6. */
function keepalive(): Frame[] {
  const k = new Conn(
    { addr: "2001:db8:1::10", port: 40000, isn: 77 },
    { addr: "2001:db8:2::10", port: 22, isn: 99 },
    undefined,
    true,
  );
  k.c({ at: 0, flags: SYN, win: 64800, options: syn() });
  k.s({ at: 5, flags: SYN | ACK, win: 64800, options: syn() });
  k.c({ at: 10, win: 507 });
  k.c({ at: 11, len: 100, flags: ACK | PSH, win: 507 });
  k.s({ at: 16, len: 200, flags: ACK | PSH, win: 507 });
  k.c({ at: 21, win: 507 });
  for (let i = 1; i <= 3; i++) {
    const at = 21 + i * 45_000;
    k.c({ at, seq: (k.nxt(0) - 1) >>> 0, win: 507 }); // keep-alive, no data
    k.s({ at: at + 5, win: 507 }); // keep-alive ACK
  }
  k.c({ at: 200_000, seq: (k.nxt(0) - 1) >>> 0, len: 1, win: 507 }); // keep-alive with one garbage byte
  k.s({ at: 200_005, win: 507 });
  k.c({ at: 200_010, flags: RST | ACK, win: 0 });
  return k.frames;
}

/** A receiver that stops reading: window full, zero window, zero-window probes and their ACKs, window update. */
function zeroWindow(): Frame[] {
  const k = new Conn({ ...C, isn: 40000 }, { ...S, isn: 90000 });
  k.c({ at: 0, flags: SYN, win: 64240, options: syn({ wscale: 2 }) });
  k.s({ at: 4, flags: SYN | ACK, win: 8192, options: syn({ wscale: 2 }) });
  k.c({ at: 8, win: 2048 });
  k.s({ at: 8.5, win: 2048 }); // server's first ACK: its windows are scaled from now on (×4 = 8192)
  for (let i = 0; i < 5; i++) k.c({ at: 9 + i * 0.1, len: 1000, win: 2048 });
  k.s({ at: 13, win: 1000 }); // 4000 bytes left
  for (let i = 0; i < 4; i++) k.c({ at: 13.5 + i * 0.1, len: 1000, win: 2048 }); // the last one fills the window
  k.s({ at: 18, win: 0 }); // zero window
  for (let i = 0; i < 3; i++) {
    const at = 218 + i * 400;
    k.c({ at, len: 1, win: 2048, keep: true }); // zero-window probe (the byte is not taken)
    k.s({ at: at + 4, win: 0 }); // zero-window probe ACK
  }
  k.s({ at: 1500, win: 2048 }); // window update
  k.c({ at: 1504, len: 1000, win: 2048 });
  k.c({ at: 1504.1, len: 1000, win: 2048 });
  k.s({ at: 1508, win: 2048 });
  return k.frames;
}

/** Window full while the receiver's first ACK has not come yet (its window is not scaled then). */
function windowFullFirstAck(): Frame[] {
  const k = new Conn({ ...C, isn: 3000000000 }, { ...S, isn: 42 });
  k.c({ at: 0, flags: SYN, win: 64240, options: syn() });
  k.s({ at: 2, flags: SYN | ACK, win: 14600, options: syn() });
  k.c({ at: 4, win: 502 });
  for (let i = 0; i < 10; i++) k.c({ at: 4.1 + i * 0.05, len: 1460, win: 502 }); // 14600: ends at the SYN/ACK's window
  k.s({ at: 6, win: 114 }); // 114 << 7 = 14592
  for (let i = 0; i < 10; i++) k.c({ at: 6.1 + i * 0.05, len: 1460, win: 502 });
  k.s({ at: 8, win: 114 });
  return k.frames;
}

/** A finished connection, then a SYN with a new ISN on the same ports, then that SYN again. */
function portReuse(): Frame[] {
  const k = new Conn({ ...C, isn: 111 }, { ...S, isn: 222 });
  k.c({ at: 0, flags: SYN, win: 64240, options: syn() });
  k.s({ at: 1, flags: SYN | ACK, win: 65160, options: syn() });
  k.c({ at: 2, win: 502 });
  k.c({ at: 3, len: 500, flags: ACK | PSH, win: 502 });
  k.s({ at: 4, win: 508 });
  k.c({ at: 5, flags: FIN | ACK, win: 502 });
  k.s({ at: 6, flags: FIN | ACK, win: 508 });
  k.c({ at: 7, win: 502 });
  const k2 = new Conn({ ...C, isn: 5_000_000 }, { ...S, isn: 6_000_000 });
  k2.c({ at: 1000, flags: SYN, win: 64240, options: syn() });
  k2.c({ at: 2000, seq: 5_000_000, flags: SYN, win: 64240, options: syn() }); // SYN retransmission
  k2.s({ at: 2001, flags: SYN | ACK, win: 65160, options: syn() });
  k2.c({ at: 2002, win: 502 });
  k2.c({ at: 2003, len: 300, flags: ACK | PSH, win: 502 });
  k2.s({ at: 2004, win: 508 });
  return [...k.frames, ...k2.frames];
}

/** A new connection on the same ports whose SYN was not captured: only its SYN/ACK shows the new ISNs. */
function synAckReuse(): Frame[] {
  const k = new Conn({ ...C, isn: 111 }, { ...S, isn: 222 });
  k.c({ at: 0, flags: SYN, win: 64240, options: syn() });
  k.s({ at: 1, flags: SYN | ACK, win: 65160, options: syn() });
  k.c({ at: 2, win: 502 });
  k.c({ at: 3, len: 500, flags: ACK | PSH, win: 502 });
  k.s({ at: 4, win: 508 });
  k.c({ at: 5, flags: FIN | ACK, win: 502 });
  k.s({ at: 6, flags: FIN | ACK, win: 508 });
  k.c({ at: 7, win: 502 });
  const k2 = new Conn({ ...C, isn: 7_000_000 }, { ...S, isn: 9_000_000 });
  k2.c({ at: 1000, flags: SYN, win: 64240, options: syn(), drop: true });
  k2.s({ at: 1001, flags: SYN | ACK, win: 65160, options: syn() });
  k2.c({ at: 1002, win: 502 });
  k2.c({ at: 1003, len: 300, flags: ACK | PSH, win: 502 });
  k2.s({ at: 1004, win: 508 });
  k2.s({ at: 1005, len: 100, flags: ACK | PSH, win: 508 });
  k2.c({ at: 1006, win: 502 });
  return [...k.frames, ...k2.frames];
}

/** A SYN repeated with its ISN after a gap in the data (Wireshark 4.2 would restore nextseq here; 4.0 does not). */
function synRepeat(): Frame[] {
  const k = new Conn({ ...C, isn: 1000 }, { ...S, isn: 2000 });
  k.c({ at: 0, flags: SYN, win: 64240, options: syn() });
  k.s({ at: 1, flags: SYN | ACK, win: 65160, options: syn() });
  k.c({ at: 2, win: 502 });
  k.c({ at: 3, len: 1000, win: 502 });
  k.c({ at: 3.1, len: 1000, win: 502, drop: true });
  k.c({ at: 3.2, len: 1000, win: 502 }); // previous segment not captured
  k.c({ at: 4, seq: 1000, flags: SYN, win: 64240, options: syn() }); // the SYN again
  k.c({ at: 5, len: 1000, win: 502 });
  k.s({ at: 6, win: 508 });
  return k.frames;
}

/** Out-of-order versus retransmission with the handshake RTT (20 ms) as the threshold instead of 3 ms. */
function oooRtt(): Frame[] {
  const k = new Conn({ ...C, isn: 7 }, { ...S, isn: 8 });
  k.c({ at: 0, flags: SYN, win: 64240, options: syn() });
  k.s({ at: 10, flags: SYN | ACK, win: 65160, options: syn() });
  k.c({ at: 20, win: 502 });
  const a = k.nxt(0);
  k.c({ at: 21, len: 1000, win: 502, drop: true });
  k.c({ at: 21.1, len: 1000, win: 502 });
  k.c({ at: 26, seq: a, len: 1000, win: 502 }); // 5 ms later: out-of-order (< 20 ms)
  k.c({ at: 27, len: 1000, win: 502 });
  k.c({ at: 27.1, len: 1000, win: 502, drop: true });
  k.c({ at: 27.2, len: 1000, win: 502 });
  const b = (k.nxt(0) - 2000) >>> 0;
  k.c({ at: 60, seq: b, len: 1000, win: 502 }); // 33 ms later: retransmission
  k.s({ at: 70, win: 510 });
  const c = k.nxt(0);
  k.c({ at: 75, len: 1000, win: 502 });
  k.s({ at: 76, win: 510 });
  k.c({ at: 77, seq: c, len: 1000, win: 502 }); // acknowledged, 2 ms after: spurious (checked before out-of-order)
  k.s({ at: 78, win: 510 });
  return k.frames;
}

/** ACKed unseen segments, repeated after the data sender's ACK number changes (Wireshark 4's rule). */
function ackUnseen(): Frame[] {
  const k = new Conn({ ...C, isn: 1_000_000 }, { ...S, isn: 2_000_000 });
  k.c({ at: 0, len: 1000, win: 502 });
  k.c({ at: 0.1, len: 1000, win: 502, drop: true });
  k.c({ at: 0.2, len: 1000, win: 502 });
  k.s({ at: 5, win: 3000 }); // acknowledges the unseen one
  k.s({ at: 5.1, win: 3000 });
  k.s({ at: 5.2, len: 10, flags: ACK | PSH, win: 3000 });
  k.c({ at: 6, len: 1000, win: 502 });
  k.s({ at: 10, win: 3000 });
  k.c({ at: 11, len: 1000, win: 502 });
  k.s({ at: 15, win: 3000 });
  return k.frames;
}

/** The same packets on two interfaces of one gateway (`tcpdump -i any`, SLL2): LAN (2) then ipsec0 (5). */
function twoInterfaces(): Frame[] {
  const both = (ip: Layer, fromClient: boolean): Layer[] =>
    fromClient
      ? [sll2({ ifindex: 2, pktType: 0 }, ip), sll2({ ifindex: 5, pktType: 4 }, ip)]
      : [sll2({ ifindex: 5, pktType: 0 }, ip), sll2({ ifindex: 2, pktType: 4 }, ip)];
  const k = new Conn({ ...C, isn: 500 }, { ...S, isn: 600 }, both);
  k.c({ at: 0, flags: SYN, win: 64240, options: syn() });
  k.s({ at: 10, flags: SYN | ACK, win: 65160, options: syn() });
  k.c({ at: 20, win: 502 });
  for (let i = 0; i < 6; i++) k.c({ at: 21 + i * 0.2, len: 1400, flags: ACK | PSH, win: 502 });
  k.s({ at: 31, win: 510 });
  k.s({ at: 31.3, win: 520 });
  k.c({ at: 40, flags: FIN | ACK, win: 502 });
  k.s({ at: 50, flags: FIN | ACK, win: 520 });
  k.c({ at: 60, win: 502 });
  return k.frames;
}

/** Synthetic capture name → file bytes. */
export const SYNTHETIC: Record<string, () => Uint8Array> = {
  "syn-wrap": () => buildPcap({ linkType: 1 }, wrap()),
  "syn-no-handshake": () => buildPcap({ linkType: 1 }, noHandshake()),
  "syn-sack": () => buildPcap({ linkType: 1 }, sack()),
  "syn-keepalive-v6": () => buildPcap({ linkType: 1 }, keepalive()),
  "syn-zero-window": () => buildPcap({ linkType: 1 }, zeroWindow()),
  "syn-window-full-first-ack": () => buildPcap({ linkType: 1 }, windowFullFirstAck()),
  "syn-port-reuse": () => buildPcap({ linkType: 1 }, portReuse()),
  "syn-ooo-rtt": () => buildPcap({ linkType: 1 }, oooRtt()),
  "syn-synack-reuse": () => buildPcap({ linkType: 1 }, synAckReuse()),
  "syn-syn-repeat": () => buildPcap({ linkType: 1 }, synRepeat()),
  "syn-ack-unseen": () => buildPcap({ linkType: 1 }, ackUnseen()),
  "syn-two-interfaces": () => buildPcap({ linkType: 276 }, twoInterfaces()),
};

/** Synthetic captures that hold more than one interface (not single-interface parity fixtures). */
export const MULTI_INTERFACE = new Set(["syn-two-interfaces"]);
