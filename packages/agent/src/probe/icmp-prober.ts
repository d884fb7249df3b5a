/**
 * ICMP echo probes with DF set, through a raw socket (`raw-socket`): one request of an
 * exact IP size, answered by an echo reply (passed), an ICMP fragmentation-needed
 * quoting it (fragNeeded, with the next-hop MTU), a local EMSGSIZE (the kernel already
 * knows a smaller path MTU: fragNeeded) or silence (a black hole). IPv4 only.
 */
import { isIPv4 } from "node:net";
import { loadRawSocket, type RawSocket, rawSocketError } from "../capture/raw-socket-module.js";
import { AgentError } from "../errors.js";
import type { ProbeOutcome } from "./pmtu-sweep.js";

const IPPROTO_IP = 0;
const IP_MTU_DISCOVER = 10;
const IP_PMTUDISC_DO = 2;
const IP_HEADER = 20;
const ICMP_HEADER = 8;

/** Internet checksum of `b`. */
export function internetChecksum(b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i + 1 < b.length; i += 2) sum += ((b[i] as number) << 8) | (b[i + 1] as number);
  if (b.length % 2 === 1) sum += (b[b.length - 1] as number) << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/** An ICMP echo request (header + zero payload) making an IP packet of `ipSize` bytes. */
export function echoRequest(id: number, seq: number, ipSize: number): Buffer {
  const b = Buffer.alloc(ipSize - IP_HEADER);
  b[0] = 8;
  b.writeUInt16BE(id & 0xffff, 4);
  b.writeUInt16BE(seq & 0xffff, 6);
  b.writeUInt16BE(internetChecksum(b), 2);
  return b;
}

/** What a received packet (IPv4 header first) says about probe `id`/`seq`. */
export function classifyReply(p: Uint8Array, id: number, seq: number): ProbeOutcome | undefined {
  if (p.length < IP_HEADER + ICMP_HEADER) return undefined;
  const ihl = ((p[0] as number) & 0x0f) * 4;
  const type = p[ihl];
  const code = p[ihl + 1];
  const u16 = (o: number) => (((p[o] ?? 0) << 8) | (p[o + 1] ?? 0)) >>> 0;
  if (type === 0 && u16(ihl + 4) === (id & 0xffff) && u16(ihl + 6) === (seq & 0xffff)) {
    return { passed: true, fragNeeded: false };
  }
  if (type === 3 && code === 4) {
    const q = ihl + ICMP_HEADER;
    const qihl = ((p[q] ?? 0) & 0x0f) * 4;
    const qi = q + qihl;
    if (
      p.length >= qi + 8 &&
      p[q + 9] === 1 &&
      u16(qi + 4) === (id & 0xffff) &&
      u16(qi + 6) === (seq & 0xffff)
    ) {
      const mtu = u16(ihl + 6);
      return { passed: false, fragNeeded: true, ...(mtu > 0 ? { nextHopMtu: mtu } : {}) };
    }
  }
  return undefined;
}

export interface IcmpProberOptions {
  readonly target: string;
  /** Send out of this interface (SO_BINDTODEVICE). */
  readonly interface?: string;
  readonly timeoutMs?: number;
  readonly attempts?: number;
}

/** A DF-set ICMP echo prober; `close()` when done. */
export class IcmpProber {
  private readonly socket: RawSocket;
  private readonly id = (process.pid ^ 0x5453) & 0xffff;
  private seq = 0;
  private waiting: ((p: Buffer) => void) | undefined;

  constructor(private readonly options: IcmpProberOptions) {
    if (!isIPv4(options.target)) {
      throw new AgentError("AGENT_PROBE_FAILED", `probe target '${options.target}': give an IPv4 address`);
    }
    const raw = loadRawSocket();
    try {
      this.socket = raw.createSocket({ addressFamily: raw.AddressFamily.IPv4, protocol: 1 });
      this.socket.setOption(IPPROTO_IP, IP_MTU_DISCOVER, IP_PMTUDISC_DO);
      const bind = raw.SocketOption.SO_BINDTODEVICE;
      if (options.interface !== undefined && bind !== undefined) {
        const name = Buffer.from(`${options.interface}\0`);
        this.socket.setOption(raw.SocketLevel.SOL_SOCKET, bind, name, name.length);
      }
    } catch (err) {
      throw rawSocketError(err, "PMTU probe");
    }
    this.socket.on("message", (p) => this.waiting?.(p));
    this.socket.on("error", () => {});
  }

  /** Sends probes of `ipSize` bytes until one is answered or the attempts run out. */
  async probe(ipSize: number): Promise<ProbeOutcome> {
    const attempts = this.options.attempts ?? 2;
    let last: ProbeOutcome = { passed: false, fragNeeded: false };
    for (let a = 0; a < attempts; a++) {
      last = await this.once(ipSize);
      if (last.passed || last.fragNeeded) return last;
    }
    return last;
  }

  private once(ipSize: number): Promise<ProbeOutcome> {
    this.seq = (this.seq + 1) & 0xffff;
    const seq = this.seq;
    const packet = echoRequest(this.id, seq, ipSize);
    return new Promise((resolve) => {
      const finish = (o: ProbeOutcome) => {
        clearTimeout(timer);
        this.waiting = undefined;
        resolve(o);
      };
      const timer = setTimeout(
        () => finish({ passed: false, fragNeeded: false }),
        this.options.timeoutMs ?? 1000,
      );
      this.waiting = (p) => {
        const o = classifyReply(p, this.id, seq);
        if (o !== undefined) finish(o);
      };
      this.socket.send(packet, 0, packet.length, this.options.target, null, (err) => {
        if (err === null) return;
        // EMSGSIZE: the kernel's cached path MTU is already smaller than this size.
        finish({ passed: false, fragNeeded: /EMSGSIZE|too long/i.test(err.message) });
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}
