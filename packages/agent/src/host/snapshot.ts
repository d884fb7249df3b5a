/**
 * Host counter snapshots and their deltas for one session's batch (HostCounters in
 * summary.proto). Pure.
 */
import type { HostCounters, InterfaceMtu, Sysctls } from "@tunnelscope/protocol";

export interface HostSnapshot {
  /** Cumulative counters by name ("netstat.TcpExt.TCPRcvQDrop", "iface.eth0.rx_dropped", …). */
  readonly counters: ReadonlyMap<string, number>;
  /** Instantaneous values (socket queues): reported as they are, not as deltas. */
  readonly gauges: ReadonlyMap<string, number>;
  readonly sysctls: Sysctls;
  readonly mtus: readonly InterfaceMtu[];
}

function sameSysctls(a: Sysctls, b: Sysctls): boolean {
  const ka = Object.keys(a) as (keyof Sysctls)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function sameMtus(a: readonly InterfaceMtu[], b: readonly InterfaceMtu[]): boolean {
  return a.length === b.length && a.every((m, i) => m.name === b[i]?.name && m.mtu === b[i]?.mtu);
}

/**
 * What changed from `prev` to `cur`: counter deltas (a counter that went backwards
 * reports its new value; unchanged ones are left out), gauges as they are, and sysctls
 * and MTUs when there is no `prev` or they changed.
 */
export function hostDelta(prev: HostSnapshot | undefined, cur: HostSnapshot): HostCounters {
  const deltas: Record<string, number> = {};
  if (prev !== undefined) {
    for (const [name, v] of cur.counters) {
      const before = prev.counters.get(name);
      if (before === undefined) continue;
      const d = v >= before ? v - before : v;
      if (d > 0) deltas[name] = d;
    }
  }
  for (const [name, v] of cur.gauges) if (v > 0) deltas[name] = v;
  const out: HostCounters = { deltas };
  if (prev === undefined || !sameSysctls(prev.sysctls, cur.sysctls)) out.sysctls = cur.sysctls;
  if (prev === undefined || !sameMtus(prev.mtus, cur.mtus)) out.mtus = [...cur.mtus];
  return out;
}
