/** Number formatting for evidence sentences (pure; fixed units so sentences read the same everywhere). */

/** Microseconds as "850 µs", "12.3 ms" or "1.24 s". */
export function fmtUs(us: number): string {
  const a = Math.abs(us);
  if (a < 1000) return `${Math.round(us)} µs`;
  if (a < 1_000_000) return `${(us / 1000).toFixed(a < 10_000 ? 2 : 1)} ms`;
  return `${(us / 1_000_000).toFixed(2)} s`;
}

/** Bytes as "512 B", "17.4 KiB", "2.00 MiB". */
export function fmtBytes(b: number): string {
  if (b < 1024) return `${Math.round(b)} B`;
  if (b < 1024 * 1024) return `${(b / 1024).toFixed(1)} KiB`;
  return `${(b / 1024 / 1024).toFixed(2)} MiB`;
}

/** Bits per second as "850 kbit/s" or "3.28 Mbit/s". */
export function fmtBps(bps: number): string {
  if (bps < 1e6) return `${(bps / 1e3).toFixed(0)} kbit/s`;
  if (bps < 1e9) return `${(bps / 1e6).toFixed(bps < 1e7 ? 2 : 1)} Mbit/s`;
  return `${(bps / 1e9).toFixed(2)} Gbit/s`;
}

/** A share as "2.5%" (two significant digits below 10%). */
export function pct(part: number, whole: number): string {
  if (whole <= 0) return "0%";
  const p = (part / whole) * 100;
  return `${p < 10 ? p.toPrecision(2) : p.toFixed(0)}%`;
}

export function hexSpi(spi: number): string {
  return `0x${(spi >>> 0).toString(16).padStart(8, "0")}`;
}

/** "p50 1.2 ms, p90 3.4 ms, max 5.6 ms" */
export function fmtDist(d: { p50: number; p90: number; max: number }): string {
  return `p50 ${fmtUs(d.p50)}, p90 ${fmtUs(d.p90)}, max ${fmtUs(d.max)}`;
}

export function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Rounds a confidence to two decimals inside 0..0.99 (we never claim certainty). */
export function conf(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0, x)) * 100) / 100;
}
