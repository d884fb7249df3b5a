/**
 * Per-interval ESP SA summaries (EspSaSummary in summary.proto). `EspAnalyzer` does the
 * sequence analysis (gaps, duplicates, reorder depth) cumulatively; this table keeps
 * what is per interval (first/last sequence number, the right edge's jumps for collapse
 * detection) and turns the analyzer's cumulative figures into interval deltas.
 *
 * Per packet: one numeric Map lookup, no allocation except for a new SA.
 */
import { type EspSaResult, formatAddress, type PacketView, REORDER_BUCKETS } from "@tunnelscope/analysis";
import type { EspSaSummary } from "@tunnelscope/protocol";

class SaInterval {
  next: SaInterval | undefined;
  packets = 0;
  seqFirst = 0;
  seqLast = 0;
  right = -1;
  /** Sequence numbers skipped by the right edge during the interval. */
  jumps = 0;
  prev: EspSaResult | undefined;

  constructor(
    readonly key: number,
    readonly slot: number,
    readonly tap: number,
    readonly iface: number,
    readonly spi: number,
    readonly srcText: string,
    readonly src: Uint8Array,
    readonly dst: Uint8Array,
  ) {}
}

function ipBytes(pv: PacketView, which: "src" | "dst"): Uint8Array {
  if (pv.ipVersion === 4) {
    const v = which === "src" ? pv.src4 : pv.dst4;
    return new Uint8Array([v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255]);
  }
  const w = which === "src" ? pv.src6 : pv.dst6;
  const out = new Uint8Array(16);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) view.setUint32(i * 4, w[i] as number);
  return out;
}

function srcWord(pv: PacketView): number {
  return pv.ipVersion === 4 ? pv.src4 : (pv.src6[3] as number);
}

const REORDER_BOUNDS: number[] = [...REORDER_BUCKETS];

export class SaTable {
  private readonly map = new Map<number, SaInterval>();
  private readonly bySlot: SaInterval[] = [];
  /** Right-edge jumps (sequence numbers skipped) of every SA since the last `close`. */
  jumps = 0;

  constructor(private readonly maxSas = 4096) {}

  private keyOf(tap: number, pv: PacketView): number {
    let h = Math.imul(pv.espSpi ^ (tap << 28) ^ pv.iface, 0x9e3779b1);
    h = Math.imul(h ^ srcWord(pv), 0x85ebca6b);
    return (h ^ (h >>> 13)) | 0;
  }

  /** Adds one ESP packet; returns the SA's slot or -1 when the table is full. */
  add(tap: number, pv: PacketView): number {
    const key = this.keyOf(tap, pv);
    let sa = this.map.get(key);
    while (sa !== undefined && !(sa.tap === tap && sa.spi === pv.espSpi && sa.iface === pv.iface))
      sa = sa.next;
    if (sa === undefined) {
      if (this.bySlot.length >= this.maxSas) return -1;
      const src = formatAddress(pv, "src");
      sa = new SaInterval(
        key,
        this.bySlot.length,
        tap,
        pv.iface,
        pv.espSpi,
        src,
        ipBytes(pv, "src"),
        ipBytes(pv, "dst"),
      );
      sa.next = this.map.get(key);
      this.map.set(key, sa);
      this.bySlot.push(sa);
    }
    const seq = pv.espSeq;
    if (sa.packets === 0) sa.seqFirst = seq;
    sa.packets++;
    sa.seqLast = seq;
    if (sa.right >= 0 && seq > sa.right + 1) {
      const skipped = seq - sa.right - 1;
      sa.jumps += skipped;
      this.jumps += skipped;
    }
    if (seq > sa.right) sa.right = seq;
    return sa.slot;
  }

  /**
   * Summaries of the SAs seen in the interval, with the cumulative results of each tap's
   * `EspAnalyzer` (`results[tap]`) turned into deltas. `index[slot]` receives the 1-based
   * position in the result.
   */
  close(results: ReadonlyMap<number, readonly EspSaResult[]>, index: number[]): EspSaSummary[] {
    const byKey = new Map<string, EspSaResult>();
    for (const [tap, list] of results)
      for (const r of list) byKey.set(`${tap}|${r.iface}|${r.spi}|${r.src}`, r);
    const out: EspSaSummary[] = [];
    this.jumps = 0;
    for (const sa of this.bySlot) {
      index[sa.slot] = 0;
      if (sa.packets === 0) continue;
      const now = byKey.get(`${sa.tap}|${sa.iface}|${sa.spi}|${sa.srcText}`);
      const p = sa.prev;
      const d = (a: number | undefined, b: number | undefined) => Math.max(0, (a ?? 0) - (b ?? 0));
      const hist = (now?.reorderHistogram ?? []).map((n, i) => d(n, p?.reorderHistogram[i]));
      const late = d(now?.late, p?.late);
      // No late packet in the interval: the all-zero histogram and its bounds are left
      // out (about 26 bytes per SA and batch, summary.proto EspSaSummary).
      const reordered = hist.some((n) => n > 0);
      out.push({
        spi: sa.spi,
        srcAddr: sa.src,
        dstAddr: sa.dst,
        tap: sa.tap,
        packets: d(now?.packets, p?.packets),
        bytes: d(now?.bytes, p?.bytes),
        seqFirst: sa.seqFirst,
        seqLast: sa.seqLast,
        seqMax: Math.max(sa.right, 0),
        gaps: d(now?.gaps, p?.gaps),
        duplicates: d(now?.duplicates, p?.duplicates),
        late,
        reorderBucketBounds: reordered ? REORDER_BOUNDS : [],
        reorderHistogram: reordered ? hist : [],
        reorderDepthMax: late > 0 ? (now?.maxReorderDepth ?? 0) : 0,
        largestPacket: now?.largestIp ?? 0,
        largestEsp: now?.largestEsp ?? 0,
        udpEncap: now?.udpEncap ?? false,
      });
      index[sa.slot] = out.length;
      sa.prev = now;
      sa.packets = 0;
      sa.jumps = 0;
    }
    return out;
  }
}
