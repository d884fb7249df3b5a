/** Runs a capture file through CaptureReader and TcpAnalyzer, keeping per-frame outputs for comparison with tshark. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CaptureReader } from "../../src/capture/reader.js";
import { L4 } from "../../src/decode/packet.js";
import { TcpAnalyzer } from "../../src/tcp/analyzer.js";
import { TCP_FLAG_COUNT, TcpFlagName } from "../../src/tcp/flags.js";
import type { TcpAnalysisResult, TcpAnalyzerOptions } from "../../src/tcp/types.js";

export interface CaptureRun {
  /** Frame number (1-based, as tshark) → analysis flag mask, for flagged frames. */
  readonly flags: Map<number, number>;
  readonly bytesInFlight: Map<number, number>;
  readonly ackRttUs: Map<number, number>;
  readonly windowSize: Map<number, number>;
  /** Frames whose TCP options were cut by the snaplen. */
  readonly optionsCut: Set<number>;
  /** Interface of each TCP frame. */
  readonly iface: Map<number, number>;
  readonly result: TcpAnalysisResult;
}

/** Analyses `file`; `only` keeps the packets of one interface (the others are not fed). */
export function runCapture(file: string, opts: TcpAnalyzerOptions = {}, only?: number): CaptureRun {
  const analyzer = new TcpAnalyzer(opts);
  const run = {
    flags: new Map<number, number>(),
    bytesInFlight: new Map<number, number>(),
    ackRttUs: new Map<number, number>(),
    windowSize: new Map<number, number>(),
    optionsCut: new Set<number>(),
    iface: new Map<number, number>(),
  };
  const reader = new CaptureReader((pv) => {
    if (only !== undefined && pv.iface !== only) return;
    const mask = analyzer.add(pv);
    const frame = pv.index + 1;
    if (pv.l4 !== L4.Tcp) return;
    run.iface.set(frame, pv.iface);
    if (pv.tcpOptionsTruncated) run.optionsCut.add(frame);
    if (mask !== 0) run.flags.set(frame, mask);
    if (analyzer.lastBytesInFlight > 0) run.bytesInFlight.set(frame, analyzer.lastBytesInFlight);
    if (analyzer.lastRttUs >= 0) run.ackRttUs.set(frame, analyzer.lastRttUs);
    if (analyzer.lastWindow >= 0) run.windowSize.set(frame, analyzer.lastWindow);
  });
  reader.push(readFileSync(file));
  reader.end();
  return { ...run, result: analyzer.finish() };
}

/** Frames carrying flag `name`, ascending, optionally leaving out some frames. */
export function framesOf(run: CaptureRun, name: TcpFlagName, except?: Set<number>): number[] {
  const bit = 1 << TcpFlagName.indexOf(name);
  const out: number[] = [];
  for (const [frame, mask] of run.flags) if ((mask & bit) !== 0 && !except?.has(frame)) out.push(frame);
  return out.sort((a, b) => a - b);
}

/** Per-flag totals over the run's frames, optionally only over (or except) some frames. */
export function totalsOf(
  run: CaptureRun,
  keep: (frame: number) => boolean = () => true,
): Record<TcpFlagName, number> {
  const counts = new Array<number>(TCP_FLAG_COUNT).fill(0);
  for (const [frame, mask] of run.flags) {
    if (!keep(frame)) continue;
    for (let i = 0; i < TCP_FLAG_COUNT; i++) if ((mask & (1 << i)) !== 0) counts[i]!++;
  }
  return Object.fromEntries(TcpFlagName.map((n, i) => [n, counts[i]!])) as Record<TcpFlagName, number>;
}

/** Repository root. */
export const ROOT = join(import.meta.dirname, "../../../..");
export const GOLDEN_DIR = join(ROOT, "test/fixtures/golden/tcp");

export interface Golden {
  fixture: string;
  packets: number;
  tcpPackets: number;
  totals: Record<TcpFlagName, number>;
  frames: Record<TcpFlagName, number[]>;
  bytesInFlight: [number, number][];
  ackRttUs: [number, number][];
  windowSize: [number, number][];
}

export function loadGolden(name: string): Golden {
  return JSON.parse(readFileSync(join(GOLDEN_DIR, `${name}.json`), "utf8")) as Golden;
}
