/**
 * One or more sample of every top-level message, together setting every field of every
 * message type (codec.test.ts checks that, so a new field needs a value here).
 */
import {
  type AgentHelloInit,
  CaptureBackend,
  Cause,
  ClockSyncState,
  Collector,
  DigestKind,
  type HeartbeatInit,
  int64FromBigInt,
  LimitedBy,
  Location,
  type MessageInit,
  type MessageName,
  type ReportInit,
  SaDirection,
  type SessionAckInit,
  type SessionCommandInit,
  SessionError,
  SessionState,
  type SummaryBatchInit,
  Tap,
  TapPoint,
} from "../src/index.js";

const T0 = 1_732_670_000_123_456_789n;
const ns = (offset: bigint) => int64FromBigInt(T0 + offset);
const ip4 = (...b: number[]) => new Uint8Array(b);
const ip6 = new Uint8Array([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);

export const agentHello: AgentHelloInit = {
  agentId: "gw-a_1",
  version: "0.1.0",
  hostLabel: "dc1-gw-a",
  interfaces: [
    { name: "eth0", role: Tap.TAP_OUTER, ifindex: 2, mtu: 1500, addresses: [ip4(192, 0, 2, 1), ip6] },
    { name: "vti0", role: Tap.TAP_INNER, ifindex: 7, mtu: 1436, addresses: [ip4(10, 1, 0, 1)] },
  ],
  capabilities: {
    captureBackends: [CaptureBackend.CAPTURE_BACKEND_TCPDUMP, CaptureBackend.CAPTURE_BACKEND_RAW_SOCKET],
    collectors: [Collector.COLLECTOR_SNMP, Collector.COLLECTOR_XFRM_STAT, Collector.COLLECTOR_SAS],
    pmtuProbe: true,
    maxSnaplen: 256,
  },
  startedAtNs: ns(0n),
};

export const heartbeat: HeartbeatInit = {
  hello: agentHello,
  sequence: 42,
  sentAtNs: ns(5_000_000_000n),
  clock: {
    state: ClockSyncState.CLOCK_SYNC_STATE_SYNCHRONIZED,
    source: "chrony",
    estimatedErrorNs: 150_000,
    maxErrorNs: 2_500_000,
    offsetNs: int64FromBigInt(-12_345n, false),
  },
  sas: [
    {
      spi: 0xc0ffee01,
      srcAddr: ip4(192, 0, 2, 1),
      dstAddr: ip4(198, 51, 100, 1),
      direction: SaDirection.SA_DIRECTION_OUT,
      replayWindow: 64,
      packets: 1_000_000,
      bytes: int64FromBigInt(9_007_199_254_740_993n),
      replayWindowDrops: 3,
      replayDrops: 1,
      integrityFailures: 2,
      udpEncap: true,
      esn: true,
    },
  ],
  activeSessionIds: ["s-1", "s_2"],
};

export const sessionStart: SessionCommandInit = {
  sessionId: "s-1",
  start: {
    startAtNs: ns(10_000_000_000n),
    durationMs: 30_000,
    taps: [Tap.TAP_OUTER, Tap.TAP_INNER],
    samplingRate: int64FromBigInt(0x1_0000_0000n),
    snaplen: 128,
    bpfFilter: ["host 198.51.100.1", "esp or udp port 4500 or tcp"],
    intervalMs: 1000,
  },
};
export const sessionStop: SessionCommandInit = { sessionId: "s-1", stop: { reason: "duration reached" } };
export const sessionStatus: SessionCommandInit = { sessionId: "s-1", status: {} };

export const sessionAccepted: SessionAckInit = {
  sessionId: "s-1",
  accepted: true,
  state: SessionState.SESSION_STATE_SCHEDULED,
  agentTimeNs: ns(9_000_000_000n),
};
export const sessionRefused: SessionAckInit = {
  sessionId: "s-1",
  error: SessionError.SESSION_ERROR_PERMISSION_DENIED,
  message: "tcpdump needs CAP_NET_RAW: run the agent with it",
  state: SessionState.SESSION_STATE_FAILED,
  batches: 7,
  agentTimeNs: ns(11_000_000_000n),
};

export const summaryBatch: SummaryBatchInit = {
  sessionId: "s-1",
  agentId: "gw-a_1",
  batchSeq: 3,
  intervalStartNs: ns(12_000_000_000n),
  intervalEndNs: ns(13_000_000_000n),
  final: true,
  flows: [
    {
      flow: {
        srcAddr: ip4(10, 1, 0, 10),
        dstAddr: ip4(10, 2, 0, 20),
        srcPort: 40000,
        dstPort: 5201,
        protocol: 6,
      },
      tap: Tap.TAP_INNER,
      packets: 8000,
      bytes: 11_600_000,
      payloadBytes: 11_200_000,
      analysis: {
        retransmission: 1,
        fastRetransmission: 2,
        spuriousRetransmission: 3,
        duplicateAck: 4,
        lostSegment: 5,
        ackLostSegment: 6,
        outOfOrder: 7,
        zeroWindow: 8,
        zeroWindowProbe: 9,
        zeroWindowProbeAck: 10,
        windowFull: 11,
        windowUpdate: 12,
        keepAlive: 13,
        keepAliveAck: 14,
      },
      windowMin: 1,
      windowMax: 6_291_456,
      windowLast: 131_072,
      windowScale: 0,
      zeroWindowUs: 250_000,
      bytesInFlightMax: 4_194_304,
      rttSamples: 900,
      rttMinUs: 20_100,
      rttAvgUs: 22_500,
      rttMaxUs: 80_000,
      throughputBps: 89_600_000.5,
      mss: 1380,
      maxIpLength: 1420,
    },
  ],
  sas: [
    {
      spi: 0xc0ffee01,
      srcAddr: ip6,
      dstAddr: ip6,
      tap: Tap.TAP_OUTER,
      packets: 8100,
      bytes: 12_000_000,
      seqFirst: 4_294_967_000,
      seqLast: 295,
      seqMax: 300,
      gaps: 2,
      duplicates: 1,
      late: 17,
      reorderBucketBounds: [1, 2, 4, 8, 16, 32, 64, 128, 256, 1024],
      reorderHistogram: [5, 4, 3, 2, 1, 1, 1, 0, 0, 0, 0],
      reorderDepthMax: 40,
      largestPacket: 1500,
      largestEsp: 1480,
      udpEncap: true,
    },
  ],
  host: {
    deltas: {
      "netstat.TcpExt.TCPRcvQDrop": 0,
      "xfrm_stat.XfrmInStateSeqError": 12,
      "iface.eth0.rx_bytes": int64FromBigInt(1n << 60n),
    },
    sysctls: {
      tcpRmemMin: 4096,
      tcpRmemDefault: 131_072,
      tcpRmemMax: 6_291_456,
      tcpWmemMin: 4096,
      tcpWmemDefault: 16_384,
      tcpWmemMax: 4_194_304,
      rmemMax: 212_992,
      wmemMax: 212_992,
      tcpWindowScaling: 1,
      tcpMtuProbing: 0,
      tcpSack: 1,
      netdevMaxBacklog: 1000,
      ipNoPmtuDisc: 0,
    },
    mtus: [
      { name: "eth0", mtu: 1500 },
      { name: "vti0", mtu: 1436 },
    ],
  },
  digests: [
    {
      tap: Tap.TAP_INNER,
      timestampNs: ns(12_000_000_001n),
      hash: int64FromBigInt(0xffff_ffff_ffff_fffen),
      kind: DigestKind.DIGEST_KIND_TCP,
      ref: 1,
      tcpSeq: 0xfedc_ba98,
      tcpAck: 1,
      tcpLen: 1368,
      tcpFlags: 0x18,
      tcpWindow: 65535,
      ipLength: 1420,
      ipId: 54321,
    },
    {
      tap: Tap.TAP_OUTER,
      timestampNs: ns(12_000_000_002n),
      hash: int64FromBigInt(0x0123_4567_89ab_cdefn),
      kind: DigestKind.DIGEST_KIND_ESP,
      ref: 1,
      espSpi: 0xc0ffee01,
      espSeq: 300,
      ipLength: 1500,
    },
  ],
  health: {
    packets: 16_100,
    kernelDrops: 1,
    interfaceDrops: 2,
    truncated: 3,
    malformed: 4,
    unknown: 5,
    evictedFlows: 6,
    spoolDrops: 7,
    digestDrops: 8,
  },
  digestsFullRate: true,
};

const segment = {
  segment: Location.LOCATION_UNDERLAY,
  from: TapPoint.TAP_POINT_A_OUTER,
  to: TapPoint.TAP_POINT_B_OUTER,
  packetsIn: 1000,
  packetsOut: 990,
  lost: 10,
  lossRatio: 0.01,
  reordered: 3,
  delayMinUs: 10_000,
  delayP50Us: 10_500,
  delayP90Us: 14_000,
  delayMaxUs: 30_000,
  unknown: 4,
};

export const report: ReportInit = {
  schemaVersion: 1,
  sessionId: "s-1",
  agentAId: "gw-a_1",
  agentBId: "gw-b_1",
  windowStartNs: ns(10_000_000_000n),
  windowEndNs: ns(40_000_000_000n),
  generatedAtNs: ns(41_000_000_000n),
  verdict: {
    location: Location.LOCATION_UNDERLAY,
    cause: Cause.CAUSE_UNDERLAY_LOSS,
    confidence: 0.93,
    evidence: ["1.0% of ESP sent at A.outer (10 of 1000 sampled) never reached B.outer"],
    recommendations: ["check the underlay path between 192.0.2.1 and 198.51.100.1"],
    limitedBy: LimitedBy.LIMITED_BY_NETWORK,
    filters: ["esp.spi == 0xc0ffee01 && esp.sequence >= 1200"],
  },
  flows: [
    {
      flow: {
        srcAddr: ip4(10, 1, 0, 10),
        dstAddr: ip4(10, 2, 0, 20),
        srcPort: 40000,
        dstPort: 5201,
        protocol: 6,
      },
      senderAgentId: "gw-a_1",
      receiverAgentId: "gw-b_1",
      verdict: {
        location: Location.LOCATION_UNDERLAY,
        cause: Cause.CAUSE_UNDERLAY_LOSS,
        confidence: 0.9,
        evidence: ["e"],
        recommendations: ["r"],
        limitedBy: LimitedBy.LIMITED_BY_NETWORK,
        filters: ["tcp.analysis.lost_segment"],
      },
      segments: [segment],
      throughputBps: 12_000_000,
    },
  ],
  clock: { offsetNs: int64FromBigInt(-1_500_000n, false), boundNs: 80_000, samples: 512 },
  segments: [segment],
  partial: true,
  missing: ["agent gw-b_1 batches 12-15"],
};

/** Every sample by message type. */
export const SAMPLES: { readonly [N in MessageName]: readonly MessageInit<N>[] } = {
  AgentHello: [agentHello],
  Heartbeat: [heartbeat],
  SessionCommand: [sessionStart, sessionStop, sessionStatus],
  SessionAck: [sessionAccepted, sessionRefused],
  SummaryBatch: [summaryBatch],
  Report: [report],
};
