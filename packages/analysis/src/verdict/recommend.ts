/**
 * Computed remedies: numbers derived from what was measured, with the exact lines to apply.
 */
import { nextPowerOfTwo } from "../correlate/stats.js";
import { fmtBps, fmtBytes, fmtUs } from "./format.js";

/**
 * Ceiling for a suggested receive buffer. Every TCP socket may autotune up to tcp_rmem's
 * maximum, so thousands of connections × a huge maximum is a memory-exhaustion (DoS) risk;
 * 16 MiB fills 1 Gbit/s at 60 ms RTT with headroom, beyond what an IPsec tunnel usually carries.
 */
const RMEM_CAP = 16 * 1024 * 1024;

export interface RmemAdvice {
  readonly bytes: number;
  readonly lines: readonly string[];
  readonly why: string;
}

/**
 * tcp_rmem / rmem_max from the bandwidth-delay product: capacity × RTT, doubled because Linux
 * advertises only part of the buffer as window (tcp_adv_win_scale / scaling_ratio) and to
 * absorb RTT variation; rounded up to a power of two and capped at `RMEM_CAP`.
 * `capacityBps` 0 means unknown: the advice is then sized for the capacity the caller assumes.
 */
export function rmemAdvice(capacityBps: number, rttUs: number, currentWindow: number): RmemAdvice {
  const bdp = (capacityBps / 8) * (rttUs / 1e6);
  const wanted = Math.max(2 * bdp, 2 * currentWindow, 1);
  const bytes = Math.min(RMEM_CAP, nextPowerOfTwo(Math.ceil(wanted)));
  const capped = 2 * bdp > RMEM_CAP;
  const why =
    capacityBps > 0
      ? `bandwidth-delay product ${fmtBps(capacityBps)} × ${fmtUs(rttUs)} = ${fmtBytes(bdp)}; ×2 headroom ` +
        `(Linux advertises only part of the buffer as window) → ${fmtBytes(bytes)}` +
        (capped
          ? ` (capped at ${fmtBytes(RMEM_CAP)}: every socket may grow to this size, so larger values are a memory/DoS risk)`
          : `, below the ${fmtBytes(RMEM_CAP)} cap we keep because every socket may grow to this size (memory/DoS risk)`)
      : `path capacity could not be measured (no stage ever queued); ${fmtBytes(bytes)} covers twice the current window, below the ${fmtBytes(RMEM_CAP)} cap (every socket may grow to this size: memory/DoS risk)`;
  return {
    bytes,
    why,
    lines: [
      `sysctl -w net.core.rmem_max=${bytes}`,
      `sysctl -w net.ipv4.tcp_rmem="4096 131072 ${bytes}"`,
      `sysctl -w net.ipv4.tcp_moderate_rcvbuf=1`,
    ],
  };
}

export interface MssAdvice {
  readonly mss: number;
  /** Largest cleartext IP packet that fits the ESP size that got through. */
  readonly innerMtu: number;
  readonly lines: readonly string[];
}

/**
 * MSS clamp: the largest ESP packet that got through, minus the largest ESP overhead measured
 * (so the worst-case padding still fits), minus IP and TCP headers (40 bytes for IPv4, 60 for IPv6).
 */
export function mssAdvice(largestEspDelivered: number, overheadMax: number, ipVersion: number): MssAdvice {
  const innerMtu = largestEspDelivered - overheadMax;
  const mss = innerMtu - (ipVersion === 6 ? 60 : 40);
  return {
    mss,
    innerMtu,
    lines: [
      `nft add rule inet filter forward tcp flags syn tcp option maxseg size set ${mss}`,
      `iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss ${mss}`,
    ],
  };
}

/** Replay window that accepts the deepest reordering seen: the next power of two above it. */
export function replayWindowAdvice(maxDepth: number): { window: number; line: string } {
  const window = Math.max(64, nextPowerOfTwo(maxDepth + 1));
  return { window, line: `replay_window = ${window}` };
}
