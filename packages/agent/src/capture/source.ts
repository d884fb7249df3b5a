/**
 * The one small interface every capture backend implements (tcpdump, raw socket, file
 * replay): a stream of pcap/pcapng bytes plus what the backend knows about its own
 * losses. The pipeline decodes the bytes with `CaptureReader`; a backend never decodes.
 */

/** Cumulative losses a backend knows of (zero when it cannot tell). */
export interface CaptureStats {
  /** Packets the kernel (or the backend's own queue) dropped before they were read (pcap ps_drop). */
  readonly kernelDrops: number;
  /** Packets the interface/driver dropped (pcap ps_ifdrop). */
  readonly interfaceDrops: number;
}

/**
 * A live capture's tap: the outer (ESP) side, the inner (site-LAN) side, or a route-based
 * tunnel device (cleartext entering and leaving the tunnel; its packets count as the
 * inner side, its interface's role says TAP_TUNNEL).
 */
export type LiveTap = "outer" | "inner" | "tunnel";

/** Which tap a source's packets belong to. */
export type TapBinding =
  /** Every packet of the source is on this tap (one live interface). */
  | {
      readonly kind: "fixed";
      readonly tap: LiveTap;
      /** The configured interface name, for the batch's interface table and the collapse pcap. */
      readonly name?: string;
    }
  /**
   * A capture holding several interfaces (file replay): a selector picks an interface by
   * name or number; without selectors ESP goes to the outer tap and the rest to the inner.
   */
  | {
      readonly kind: "select";
      readonly outer?: string;
      readonly inner?: string;
      /** The capture's tunnel-device interface (its packets feed the inner tap). */
      readonly tunnel?: string;
    };

export interface CaptureSource {
  /** For logs and errors, e.g. "tcpdump outer eth1". */
  readonly label: string;
  /** Tap assignment of the packets. */
  readonly binding: TapBinding;
  /** True when packets arrive in real time (intervals close on the wall clock too). */
  readonly live: boolean;
  /**
   * Resolves once the backend captures (tcpdump said "listening on"), rejects with a
   * one-line AgentError when it cannot start (no privilege, no interface, no binary).
   */
  ready(): Promise<void>;
  /** pcap/pcapng bytes until `stop()` or the end of the input; throws if the backend fails. */
  chunks(): AsyncIterable<Uint8Array>;
  /** Cumulative losses known so far. */
  stats(): CaptureStats;
  /** Asks the backend to refresh `stats()` (tcpdump: SIGUSR1); a no-op elsewhere. */
  refreshStats(): void;
  /** Stops capturing; `chunks()` then ends after the bytes already read. */
  stop(): Promise<void>;
}

export const NO_STATS: CaptureStats = Object.freeze({ kernelDrops: 0, interfaceDrops: 0 });
