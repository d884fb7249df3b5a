/**
 * The raw-socket backend: no external binary, through the `raw-socket` npm module.
 *
 * Limits (also in `--help` and the README): IPv4 only; inbound packets only, and only
 * those delivered to this host (a raw IP socket does not see what the host sends nor
 * what it forwards); no kernel filter (every packet of the protocol is copied to user
 * space); no kernel drop counters (the backend counts its own queue overflows as
 * drops); timestamps are taken in user space. The packets are framed as a pcap stream
 * (LINKTYPE_IPV4) so the pipeline decodes them like any capture.
 */
import { performance } from "node:perf_hooks";
import { ChunkQueue } from "./chunk-queue.js";
import { validateInterfaceName } from "./filter.js";
import { LINKTYPE_IPV4, pcapFileHeader, pcapRecord } from "./pcap-writer.js";
import { loadRawSocket, type RawSocket, rawSocketError } from "./raw-socket-module.js";
import type { CaptureSource, CaptureStats, LiveTap, TapBinding } from "./source.js";

export interface RawSocketOptions {
  readonly interface: string;
  readonly tap: LiveTap;
  readonly snaplen: number;
}

/** IP protocols read per tap: ESP, UDP (4500/500 kept) and ICMP outside; TCP and ICMP inside. */
export const RAW_PROTOCOLS = { outer: [50, 17, 1], inner: [6, 1], tunnel: [6, 1] } as const;
const QUEUE_BYTES = 8 * 1024 * 1024;

/** True for a UDP packet (IPv4 header at 0) to or from port 4500 or 500 (IKE, ESP-in-UDP). */
export function isIkeOrNatT(p: Uint8Array): boolean {
  const ihl = ((p[0] ?? 0) & 0x0f) * 4;
  if (p.length < ihl + 4) return false;
  const sport = ((p[ihl] ?? 0) << 8) | (p[ihl + 1] ?? 0);
  const dport = ((p[ihl + 2] ?? 0) << 8) | (p[ihl + 3] ?? 0);
  return sport === 4500 || dport === 4500 || sport === 500 || dport === 500;
}

export class RawSocketSource implements CaptureSource {
  readonly label: string;
  readonly binding: TapBinding;
  readonly live = true;
  private readonly queue = new ChunkQueue(QUEUE_BYTES);
  private sockets: RawSocket[] = [];
  private opened = false;

  constructor(private readonly options: RawSocketOptions) {
    validateInterfaceName(options.interface, `${options.tap} interface`);
    this.label = `raw-socket ${options.tap} ${options.interface}`;
    this.binding = { kind: "fixed", tap: options.tap, name: options.interface };
  }

  private open(): void {
    if (this.opened) return;
    this.opened = true;
    const raw = loadRawSocket();
    const { interface: iface, snaplen } = this.options;
    const origin = performance.timeOrigin;
    this.queue.push(pcapFileHeader(LINKTYPE_IPV4, snaplen));
    try {
      for (const protocol of RAW_PROTOCOLS[this.options.tap]) {
        const s = raw.createSocket({ addressFamily: raw.AddressFamily.IPv4, protocol, bufferSize: 65535 });
        this.sockets.push(s);
        const bind = raw.SocketOption.SO_BINDTODEVICE;
        if (bind !== undefined && iface !== "any") {
          const name = Buffer.from(`${iface}\0`);
          s.setOption(raw.SocketLevel.SOL_SOCKET, bind, name, name.length);
        }
        s.on("message", (buffer) => {
          if (protocol === 17 && !isIkeOrNatT(buffer)) return;
          const tsUs = Math.round((origin + performance.now()) * 1000);
          this.queue.push(pcapRecord(tsUs, buffer, snaplen));
        });
        s.on("error", (err) => this.queue.close(rawSocketError(err, this.label)));
      }
    } catch (err) {
      this.closeSockets();
      throw rawSocketError(err, this.label);
    }
  }

  async ready(): Promise<void> {
    this.open();
  }

  chunks(): AsyncIterable<Uint8Array> {
    this.open();
    return this.queue;
  }

  stats(): CaptureStats {
    return { kernelDrops: this.queue.dropped, interfaceDrops: 0 };
  }

  refreshStats(): void {}

  private closeSockets(): void {
    for (const s of this.sockets) s.close();
    this.sockets = [];
  }

  async stop(): Promise<void> {
    this.closeSockets();
    this.queue.close();
  }
}
