/**
 * `inspect`: one capture, every tap, every flow direction and ESP SA — the single-file
 * view that scripts compare with tshark. Pure: the caller pushes the file's bytes.
 */
import { CaptureReader } from "../capture/reader.js";
import { type CaptureHealth, L4, type PacketView } from "../decode/packet.js";
import { EspAnalyzer, type EspSaResult } from "../esp/esp-analyzer.js";
import { TcpAnalyzer } from "../tcp/analyzer.js";
import { flagRecord, TCP_FLAG_COUNT, type TcpFlagCounts, TcpFlagName } from "../tcp/flags.js";
import type { TcpDirectionResult } from "../tcp/types.js";

/** Packets seen on one capture interface (tap). */
export interface InspectInterface {
  readonly id: number;
  readonly name: string | undefined;
  readonly linkType: number;
  readonly packets: number;
  readonly tcpPackets: number;
  readonly espPackets: number;
}

export interface InspectReport {
  readonly schema: "tunnelscope.inspect/v1";
  readonly format: "pcap" | "pcapng" | undefined;
  readonly health: CaptureHealth;
  readonly interfaces: readonly InspectInterface[];
  /** One entry per TCP flow direction per interface. */
  readonly flows: readonly TcpDirectionResult[];
  readonly sas: readonly EspSaResult[];
  readonly tcp: {
    readonly intervalUs: number;
    readonly fragmentsSkipped: number;
    /** Connections evicted from the full flow table (their figures are in the totals). */
    readonly evictions: number;
  };
  readonly totals: {
    readonly packets: number;
    readonly tcpPackets: number;
    readonly espPackets: number;
    /** Every tcp.analysis flag summed over the file (compare with tshark's io,stat COUNT). */
    readonly analysis: TcpFlagCounts;
  };
}

/** Interface numbers below this are looked up in an array (ifindex and pcapng ids are small). */
const SMALL_IFACE = 256;

class IfaceCounts {
  packets = 0;
  tcp = 0;
  esp = 0;
  linkType = 0;
}

export interface InspectorOptions {
  /** Per-interval summary length in microseconds (default 1 s). */
  readonly intervalUs?: number;
  /** Connections tracked at once (default 65536); the least recently seen are evicted and counted. */
  readonly maxFlows?: number;
}

/**
 * Bytes of a capture's first chunk that the first inspector of a process reads twice (about
 * 250 packets of a headers-only capture): see `primeWith()`.
 */
const PRIME_BYTES = 32 * 1024;
let primed = false;

/**
 * JIT warm-up, once per process: runs the head of the first capture through a throwaway
 * inspector before the real one reads it.
 *
 * V8 gives a function its feedback vector (where it records the types and paths each
 * operation saw) only after it has run for a while. A capture's first connection set-up (SYN
 * options, a new connection in the flow table) is among its first packets, so those paths
 * run before the decoder and the TCP analyzer have vectors and leave no feedback; the
 * optimiser then compiles the hot functions without them, and the next connection's SYN
 * deoptimises them (four deoptimisations on the benchmark capture, each followed by a stretch
 * of slow code until the recompile): 20-30 ms a run. Read twice, the head's paths have
 * feedback from the second reading on. The throwaway inspector's results (and errors: the
 * real reading reports them) are dropped.
 */
function primeWith(chunk: Uint8Array): void {
  primed = true;
  try {
    const p = new CaptureInspector();
    p.push(chunk.subarray(0, Math.min(chunk.length, PRIME_BYTES)));
    p.end();
    p.report();
  } catch {
    // The real reading of the same bytes reports the problem.
  }
}

/** Feeds a capture through the decoder and the analyzers; `report()` when the input ends. */
export class CaptureInspector {
  private readonly reader: CaptureReader;
  private readonly esp = new EspAnalyzer();
  private readonly tcp: TcpAnalyzer;
  private readonly ifaces = new Map<number, IfaceCounts>();
  /** The same counts by interface number, for the small numbers most taps have (no Map lookup). */
  private readonly byId: (IfaceCounts | undefined)[] = new Array<IfaceCounts | undefined>(SMALL_IFACE).fill(
    undefined,
  );

  constructor(options: InspectorOptions = {}) {
    this.tcp = new TcpAnalyzer({
      ...(options.intervalUs === undefined ? {} : { intervalUs: options.intervalUs }),
      ...(options.maxFlows === undefined ? {} : { maxFlows: options.maxFlows }),
    });
    this.reader = new CaptureReader((pv) => this.onPacket(pv));
  }

  push(chunk: Uint8Array): void {
    if (!primed && chunk.length > 0) primeWith(chunk);
    this.reader.push(chunk);
  }

  end(): void {
    this.reader.end();
  }

  report(): InspectReport {
    const interfaces: InspectInterface[] = [];
    const named = new Map(this.reader.interfaces.map((i) => [i.id, i]));
    let packets = 0;
    let tcpPackets = 0;
    let espPackets = 0;
    for (const [id, c] of [...this.ifaces].sort((a, b) => a[0] - b[0])) {
      interfaces.push({
        id,
        name: named.get(id)?.name,
        linkType: c.linkType,
        packets: c.packets,
        tcpPackets: c.tcp,
        espPackets: c.esp,
      });
      packets += c.packets;
      tcpPackets += c.tcp;
      espPackets += c.esp;
    }
    const tcp = this.tcp.finish();
    const sums = new Float64Array(TCP_FLAG_COUNT);
    for (const i of tcp.ifaces) {
      TcpFlagName.forEach((n, k) => {
        sums[k] = (sums[k] as number) + i.flags[n];
      });
    }
    const analysis = flagRecord(sums);
    return {
      schema: "tunnelscope.inspect/v1",
      format: this.reader.format,
      health: { ...this.reader.health },
      interfaces,
      flows: tcp.directions,
      sas: this.esp.results(),
      tcp: { intervalUs: tcp.intervalUs, fragmentsSkipped: tcp.skipped.fragments, evictions: tcp.evictions },
      totals: { packets, tcpPackets, espPackets, analysis },
    };
  }

  /** The counts of interface `id`, created at its first packet. */
  private counts(id: number, linkType: number): IfaceCounts {
    let c = this.ifaces.get(id);
    if (c === undefined) {
      c = new IfaceCounts();
      c.linkType = linkType;
      this.ifaces.set(id, c);
    }
    if (id >= 0 && id < SMALL_IFACE) this.byId[id] = c;
    return c;
  }

  /**
   * Hot path (guarded by `npm run bench`): no Map lookup for small interface numbers (a
   * `tcpdump -i any` capture alternates between taps packet by packet).
   */
  private onPacket(pv: PacketView): void {
    const id = pv.iface;
    let c = id < SMALL_IFACE ? this.byId[id] : undefined;
    if (c === undefined) c = this.counts(id, pv.linkType);
    c.packets++;
    if (pv.l4 === L4.Tcp) {
      c.tcp++;
      this.tcp.add(pv);
    } else if (pv.l4 === L4.Esp) {
      c.esp++;
      this.esp.add(pv);
    }
  }
}
