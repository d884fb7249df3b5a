/** Builds a session's capture sources for the configured backend. */
import type { AgentConfig } from "../config/schema.js";
import type { SessionPlan } from "../session/plan.js";
import { RawSocketSource } from "./raw-socket.js";
import { ReplaySource } from "./replay.js";
import type { CaptureSource } from "./source.js";
import { TcpdumpSource } from "./tcpdump.js";

/** One source per tap (live backends) or one for the replayed file. Throws AgentError for bad input. */
export function createSources(config: AgentConfig, plan: SessionPlan): CaptureSource[] {
  const c = config.capture;
  if (c.backend === "file") {
    return [
      new ReplaySource({
        file: c.replayFile as string,
        speed: c.replaySpeed,
        ...(config.taps.outer !== undefined ? { outer: config.taps.outer } : {}),
        ...(config.taps.inner !== undefined ? { inner: config.taps.inner } : {}),
        ...(config.taps.tunnel !== undefined ? { tunnel: config.taps.tunnel } : {}),
      }),
    ];
  }
  return plan.taps.map((tap) => {
    const iface = config.taps[tap] as string;
    if (c.backend === "raw-socket")
      return new RawSocketSource({ interface: iface, tap, snaplen: plan.snaplen });
    return new TcpdumpSource({
      tcpdumpPath: c.tcpdumpPath,
      interface: iface,
      tap,
      snaplen: plan.snaplen,
      filter: { hosts: c.hosts, ports: c.ports, extra: plan.filter },
    });
  });
}
