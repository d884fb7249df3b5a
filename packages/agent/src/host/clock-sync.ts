/**
 * The host clock's synchronisation state for the heartbeat (ClockSync in agent.proto),
 * parsed by pure functions from what a time daemon says:
 *
 * - `chronyc -c tracking` (chrony's CSV: reference id, name, stratum, reference time,
 *   system time offset, last offset, RMS offset, frequency, residual frequency, skew,
 *   root delay, root dispersion, update interval, leap status);
 * - `timedatectl show` (systemd: `NTPSynchronized=yes|no`, the kernel's adjtimex
 *   STA_UNSYNC flag as timedated reads it).
 *
 * Nothing answering is "unknown": CLOCK_SYNC_STATE_UNSPECIFIED, no source.
 */
import { type ClockSync, ClockSyncState } from "@tunnelscope/protocol";

/** The heartbeat's clock when no time daemon answers. */
export const UNKNOWN_CLOCK: ClockSync = Object.freeze({
  state: ClockSyncState.CLOCK_SYNC_STATE_UNSPECIFIED,
  source: "",
});

const ns = (seconds: number): number => Math.round(Math.abs(seconds) * 1e9);

/**
 * `chronyc -c tracking`. Synchronised unless the leap status says "Not synchronised".
 * `offsetNs` is the last offset chrony measured; `estimatedErrorNs` the system clock's
 * current offset plus the RMS offset; `maxErrorNs` chrony's bound on the error, |system
 * offset| + root dispersion + root delay / 2 (chronyc(1), "Root dispersion"). Undefined
 * when the text is not chrony's CSV.
 */
export function parseChronyTracking(text: string): ClockSync | undefined {
  const line = text.split("\n").find((l) => l.split(",").length >= 14);
  if (line === undefined) return undefined;
  const f = line.trim().split(",");
  const n = (i: number) => Number(f[i]);
  const [system, last, rms, rootDelay, rootDispersion] = [n(4), n(5), n(6), n(10), n(11)];
  if (![system, last, rms, rootDelay, rootDispersion].every(Number.isFinite)) return undefined;
  const leap = (f[13] ?? "").trim();
  if (leap === "Not synchronised") {
    return { state: ClockSyncState.CLOCK_SYNC_STATE_UNSYNCHRONIZED, source: "chrony" };
  }
  return {
    state: ClockSyncState.CLOCK_SYNC_STATE_SYNCHRONIZED,
    source: "chrony",
    offsetNs: Math.round(last * 1e9),
    estimatedErrorNs: ns(system) + ns(rms),
    maxErrorNs: ns(system) + ns(rootDispersion) + ns(rootDelay / 2),
  };
}

/**
 * `timedatectl show`: `NTPSynchronized=yes|no` (the kernel's view), and which daemon
 * when `NTP=yes` (systemd-timesyncd is the one timedatectl controls). Undefined when the
 * text has no `NTPSynchronized=` line.
 */
export function parseTimedatectlShow(text: string): ClockSync | undefined {
  const kv = new Map<string, string>();
  for (const line of text.split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) kv.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const synced = kv.get("NTPSynchronized");
  if (synced !== "yes" && synced !== "no") return undefined;
  return {
    state:
      synced === "yes"
        ? ClockSyncState.CLOCK_SYNC_STATE_SYNCHRONIZED
        : ClockSyncState.CLOCK_SYNC_STATE_UNSYNCHRONIZED,
    source: kv.get("NTP") === "yes" ? "systemd-timesyncd" : "",
  };
}
