/**
 * `inspect`: one capture, every tap, every flow direction and ESP SA — the single-file
 * view that scripts compare with tshark. Pure: the caller pushes the file's bytes.
 */
import { CaptureReader } from "../capture/reader.js";
import { type CaptureHealth, L4, type PacketView } from "../decode/packet.js";
import { EspAnalyzer, type EspSaResult } from "../esp/esp-analyzer.js";

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
  readonly sas: readonly EspSaResult[];
  readonly totals: { readonly packets: number; readonly tcpPackets: number; readonly espPackets: number };
}

class IfaceCounts {
  packets = 0;
  tcp = 0;
  esp = 0;
  linkType = 0;
}

export interface InspectorOptions {
  /** Per-interval summary length in microseconds (default 1 s). */
  readonly intervalUs?: number;
}

/** Feeds a capture through the decoder and the analyzers; `report()` when the input ends. */
export class CaptureInspector {
  private readonly reader: CaptureReader;
  private readonly esp = new EspAnalyzer();
  private readonly ifaces = new Map<number, IfaceCounts>();

  constructor(_options: InspectorOptions = {}) {
    this.reader = new CaptureReader((pv) => this.onPacket(pv));
  }

  push(chunk: Uint8Array): void {
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
    return {
      schema: "tunnelscope.inspect/v1",
      format: this.reader.format,
      health: { ...this.reader.health },
      interfaces,
      sas: this.esp.results(),
      totals: { packets, tcpPackets, espPackets },
    };
  }

  private onPacket(pv: PacketView): void {
    let c = this.ifaces.get(pv.iface);
    if (c === undefined) {
      c = new IfaceCounts();
      c.linkType = pv.linkType;
      this.ifaces.set(pv.iface, c);
    }
    c.packets++;
    if (pv.l4 === L4.Tcp) c.tcp++;
    else if (pv.l4 === L4.Esp) {
      c.esp++;
      this.esp.add(pv);
    }
  }
}
