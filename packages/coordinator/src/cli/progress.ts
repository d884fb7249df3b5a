/**
 * `tunnelscope session run`'s progress line on a terminal (stderr): elapsed and remaining
 * time, packets per tap and current throughput, redrawn in place (`\r` + erase line) from
 * the coordinator's live frames and a one-second tick. Hand-written: one line of text
 * needs no library. Nothing is drawn when stderr is not a TTY.
 */
import type { LiveFrame, TapFigures } from "../live-figures.js";

/** A writable stream that may be a terminal. */
export interface ProgressStream {
  write(s: string): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export function formatBps(bps: number): string {
  if (bps >= 1e9) return `${(bps / 1e9).toFixed(2)} Gbit/s`;
  if (bps >= 1e6) return `${(bps / 1e6).toFixed(1)} Mbit/s`;
  if (bps >= 1e3) return `${(bps / 1e3).toFixed(0)} kbit/s`;
  return `${Math.round(bps)} bit/s`;
}

const clock = (s: number) => {
  const t = Math.max(0, Math.round(s));
  return t >= 60 ? `${Math.floor(t / 60)}m${String(t % 60).padStart(2, "0")}s` : `${t}s`;
};

/** The progress line's text (no control characters), cut to `width`. Pure. */
export function progressText(
  taps: ReadonlyMap<string, TapFigures>,
  elapsedS: number,
  durationS: number,
  width: number,
): string {
  const time =
    elapsedS < 0
      ? `starting in ${clock(-elapsedS)}`
      : elapsedS <= durationS
        ? `${clock(elapsedS)} elapsed, ${clock(durationS - elapsedS)} left`
        : `${clock(elapsedS)} elapsed, collecting`;
  const parts = [...taps.values()]
    .sort((x, y) => x.tap.localeCompare(y.tap))
    .map((t) => `${t.tap} ${t.totalPackets} pkts ${formatBps(t.throughputBps)}`);
  const line = [time, ...parts].join(" · ");
  return line.length > width ? `${line.slice(0, Math.max(0, width - 1))}…` : line;
}

export class ProgressLine {
  private readonly taps = new Map<string, TapFigures>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private drawn = false;
  private startAtMs: number | undefined;

  constructor(
    private readonly stream: ProgressStream,
    private readonly durationS: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether the stream is a terminal (otherwise every method does nothing). */
  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** The session started: draws now and every second until {@link ProgressLine.done}. */
  started(startAtMs: number, tickMs = 1000): void {
    if (!this.enabled) return;
    this.startAtMs = startAtMs;
    this.draw();
    this.timer = setInterval(() => this.draw(), tickMs);
    this.timer.unref?.();
  }

  frame(f: LiveFrame): void {
    if (!this.enabled) return;
    for (const t of f.taps) this.taps.set(t.tap, t);
    this.draw();
  }

  /** Redraws the line. */
  draw(): void {
    if (!this.enabled || this.startAtMs === undefined) return;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    const text = progressText(this.taps, (this.now() - this.startAtMs) / 1000, this.durationS, width);
    this.stream.write(`\r\x1b[2K${text}`);
    this.drawn = true;
  }

  /** Stops the tick and erases the line, so the result starts on a clean line. */
  done(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }
}
