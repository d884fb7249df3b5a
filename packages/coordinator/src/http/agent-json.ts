/** `GET /api/agents`: an agent's latest heartbeat as plain JSON (names, not enum numbers). */
import {
  CaptureBackend,
  Collector,
  int64ToBigInt,
  int64ToNumber,
  SaDirection,
  Tap,
} from "@tunnelscope/protocol";
import type { AgentStatus } from "../nats/coordinator.js";

export interface AgentJson {
  readonly id: string;
  readonly online: true;
  readonly version: string;
  readonly hostLabel: string;
  readonly seenAt: string;
  readonly startedAt: string | null;
  readonly capabilities: {
    readonly captureBackends: string[];
    readonly collectors: string[];
    readonly pmtuProbe: boolean;
    readonly maxSnaplen: number;
  };
  readonly interfaces: { name: string; role: string; mtu: number; addresses: string[] }[];
  readonly sas: {
    spi: string;
    src: string;
    dst: string;
    direction: string;
    replayWindow: number;
    packets: number;
    bytes: number;
    replayWindowDrops: number;
    udpEncap: boolean;
  }[];
  readonly activeSessions: string[];
}

/** `TAP_OUTER` → `outer`, from the enum object protobufjs generates. */
function enumName(e: Readonly<Record<string, unknown>>, prefix: string, value: unknown): string {
  for (const [k, v] of Object.entries(e))
    if (v === value)
      return k.startsWith(prefix) ? k.slice(prefix.length).toLowerCase().replace(/_/g, "-") : k;
  return "unspecified";
}

/** An IPv4 or IPv6 address from its bytes; hex when neither length. */
export function formatIp(b: Uint8Array | null | undefined): string {
  if (b === null || b === undefined || b.length === 0) return "";
  if (b.length === 4) return [...b].join(".");
  if (b.length === 16) {
    const words: string[] = [];
    for (let i = 0; i < 16; i += 2) words.push((((b[i] as number) << 8) | (b[i + 1] as number)).toString(16));
    return words.join(":").replace(/(^|:)0(:0)+(:|$)/, "::");
  }
  return Buffer.from(b).toString("hex");
}

export function agentJson(s: AgentStatus): AgentJson {
  const h = s.hello;
  const caps = h.capabilities;
  const started = int64ToBigInt(h.startedAtNs);
  return {
    id: s.id,
    online: true,
    version: h.version,
    hostLabel: h.hostLabel,
    seenAt: new Date(s.seenAtMs).toISOString(),
    startedAt: started > 0n ? new Date(Number(started / 1_000_000n)).toISOString() : null,
    capabilities: {
      captureBackends: (caps?.captureBackends ?? []).map((c) =>
        enumName(CaptureBackend, "CAPTURE_BACKEND_", c),
      ),
      collectors: (caps?.collectors ?? []).map((c) => enumName(Collector, "COLLECTOR_", c)),
      pmtuProbe: caps?.pmtuProbe === true,
      maxSnaplen: caps?.maxSnaplen ?? 0,
    },
    interfaces: (h.interfaces ?? []).map((i) => ({
      name: i.name ?? "",
      role: enumName(Tap, "TAP_", i.role ?? Tap.TAP_UNSPECIFIED),
      mtu: i.mtu ?? 0,
      addresses: (i.addresses ?? []).map(formatIp),
    })),
    sas: (s.heartbeat.sas ?? []).map((a) => ({
      spi: `0x${((a.spi ?? 0) >>> 0).toString(16).padStart(8, "0")}`,
      src: formatIp(a.srcAddr),
      dst: formatIp(a.dstAddr),
      direction: enumName(SaDirection, "SA_DIRECTION_", a.direction ?? SaDirection.SA_DIRECTION_UNSPECIFIED),
      replayWindow: a.replayWindow ?? 0,
      packets: int64ToNumber(a.packets),
      bytes: int64ToNumber(a.bytes),
      replayWindowDrops: int64ToNumber(a.replayWindowDrops),
      udpEncap: a.udpEncap === true,
    })),
    activeSessions: [...(s.heartbeat.activeSessionIds ?? [])],
  };
}
