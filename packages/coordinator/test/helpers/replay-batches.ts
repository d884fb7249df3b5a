/**
 * Test helper: turns a gateway's fixture capture (`tcpdump -i any`, SLL2) into the
 * SummaryBatches an agent beside that gateway would publish: one per interval, with flow
 * and SA summaries, a digest per sampled TCP/ESP packet and per ICMP too-big, the
 * interface table, capture health, and the last one marked final. Not the agent's
 * pipeline (that lives in packages/agent): only the fields the coordinator reads, filled
 * the way the protocol documents them. `legacy` emits what agents sent before digests
 * carried the capture interface (no interface, direction, ESP length, SYN options, ICMP
 * digests or interface table), for the coordinator's fallback.
 */
import { readFileSync } from "node:fs";
import { CaptureReader, L4, type PacketView } from "@tunnelscope/analysis";
import {
  type CaptureInterfaceRole,
  DigestKind,
  type EspSaSummary,
  type FlowDirectionSummary,
  int64FromBigInt,
  type PacketDigest,
  PacketDirection,
  type SummaryBatchInit,
  Tap,
} from "@tunnelscope/protocol";

export interface ReplayOptions {
  readonly sessionId: string;
  readonly agentId: string;
  /** Interval length, µs (default 250 ms). */
  readonly intervalUs?: number;
  /** Fraction of packets digested, 0..1 (default 1). */
  readonly samplingRate?: number;
  /** Added to every timestamp (a skewed agent clock), µs. */
  readonly clockShiftUs?: number;
  /** Digests as older agents sent them: no interface, direction, ESP length, ICMP. */
  readonly legacy?: boolean;
}

/** What the agent would announce about its interfaces (AgentHello.interfaces addresses). */
export interface ReplayedGateway {
  readonly batches: SummaryBatchInit[];
  readonly outerAddress: Uint8Array | undefined;
}

function v4(n: number): Uint8Array {
  return new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
}

function mix(h: number, k: number): number {
  let x = Math.imul(k | 0, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

function fin(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function hashOf(pv: PacketView, seed: number): number {
  let h = seed;
  if (pv.l4 === L4.Tcp) {
    for (const w of [6, pv.src4, pv.dst4, (pv.srcPort << 16) | pv.dstPort, pv.tcpSeq, pv.tcpAck, pv.ipId])
      h = mix(h, w);
    h = mix(h, (pv.payloadLen << 8) | pv.tcpFlags);
  } else {
    h = mix(mix(mix(h, 50), pv.espSpi), pv.espSeq);
  }
  return fin(h);
}

/** Replays `file` into batches (IPv4 fixtures; site traffic is 10.0.0.0/8). */
export function replayCapture(file: string, o: ReplayOptions): ReplayedGateway {
  const I = o.intervalUs ?? 250_000;
  const threshold = Math.round((o.samplingRate ?? 1) * 2 ** 32);
  const shift = o.clockShiftUs ?? 0;
  const batches: SummaryBatchInit[] = [];
  let outerAddress: Uint8Array | undefined;
  let espIface = -1;
  let cur = -1;
  let flows: FlowDirectionSummary[] = [];
  let flowIdx = new Map<string, number>();
  let sas: EspSaSummary[] = [];
  let saIdx = new Map<string, number>();
  let digests: PacketDigest[] = [];
  let packets = 0;
  const legacy = o.legacy === true;
  const interfaces = new Map<number, CaptureInterfaceRole>();
  const close = (end: number, final: boolean) => {
    batches.push({
      sessionId: o.sessionId,
      agentId: o.agentId,
      batchSeq: batches.length + 1,
      intervalStartNs: int64FromBigInt(BigInt(cur) * 1000n),
      intervalEndNs: int64FromBigInt(BigInt(end) * 1000n),
      final,
      flows,
      sas,
      digests,
      health: { packets },
      ...(legacy ? {} : { interfaces: [...interfaces.values()].map((i) => ({ ...i })) }),
    });
    flows = [];
    flowIdx = new Map();
    sas = [];
    saIdx = new Map();
    digests = [];
    packets = 0;
  };
  const direction = (pv: PacketView) =>
    pv.pktType === 4
      ? PacketDirection.PACKET_DIRECTION_OUTGOING
      : pv.pktType >= 0
        ? PacketDirection.PACKET_DIRECTION_INCOMING
        : PacketDirection.PACKET_DIRECTION_UNSPECIFIED;
  const reader = new CaptureReader((pv) => {
    const tooBig = pv.l4 === L4.Icmp && pv.icmpType === 3 && pv.icmpCode === 4;
    if (pv.l4 !== L4.Tcp && pv.l4 !== L4.Esp && !(tooBig && !legacy)) return;
    if (pv.ipVersion !== 4) return;
    if (pv.l4 === L4.Tcp && pv.src4 >>> 24 !== 10 && pv.dst4 >>> 24 !== 10) return; // management traffic
    const ts = pv.ts + shift;
    if (cur < 0) cur = Math.floor(ts / I) * I;
    while (ts >= cur + I) {
      close(cur + I, false);
      cur += I;
    }
    packets++;
    if (!legacy && !interfaces.has(pv.iface)) interfaces.set(pv.iface, { id: pv.iface, name: "", role: 0 });
    if (tooBig) {
      digests.push({
        tap: pv.icmpQuotedProto === 50 ? Tap.TAP_OUTER : Tap.TAP_INNER,
        timestampNs: int64FromBigInt(BigInt(Math.round(ts)) * 1000n),
        hash: int64FromBigInt(BigInt(hashOf(pv, 0x74515c0b))),
        kind: DigestKind.DIGEST_KIND_ICMP_TOO_BIG,
        ipLength: pv.ipTotalLen,
        ipId: pv.ipId,
        interface: pv.iface,
        direction: direction(pv),
        icmpTooBig: {
          srcAddr: v4(pv.src4),
          dstAddr: v4(pv.dst4),
          mtu: pv.icmpMtu,
          quotedProtocol: pv.icmpQuotedProto,
          quotedSrcAddr: v4(pv.icmpQuotedSrc4),
          quotedDstAddr: v4(pv.icmpQuotedDst4),
          quotedSrcPort: pv.icmpQuotedSrcPort,
          quotedDstPort: pv.icmpQuotedDstPort,
          quotedLength: pv.icmpQuotedLen,
        },
      });
      return;
    }
    const esp = pv.l4 === L4.Esp;
    if (esp && espIface < 0) espIface = pv.iface;
    if (esp && pv.pktType === 4 && outerAddress === undefined) outerAddress = v4(pv.src4);
    const tap = esp || pv.iface === espIface ? Tap.TAP_OUTER : Tap.TAP_INNER;
    let ref: number;
    if (esp) {
      const key = `${tap}/${pv.espSpi}/${pv.src4}/${pv.dst4}`;
      ref = saIdx.get(key) ?? 0;
      if (ref === 0) {
        sas.push({
          spi: pv.espSpi,
          srcAddr: v4(pv.src4),
          dstAddr: v4(pv.dst4),
          tap,
          udpEncap: pv.espUdpEncap,
        });
        ref = sas.length;
        saIdx.set(key, ref);
      }
      const s = sas[ref - 1] as EspSaSummary;
      s.packets = Number(s.packets ?? 0) + 1;
    } else {
      const key = `${tap}/${pv.src4}/${pv.dst4}/${pv.srcPort}/${pv.dstPort}`;
      ref = flowIdx.get(key) ?? 0;
      if (ref === 0) {
        flows.push({
          flow: {
            srcAddr: v4(pv.src4),
            dstAddr: v4(pv.dst4),
            srcPort: pv.srcPort,
            dstPort: pv.dstPort,
            protocol: 6,
          },
          tap,
        });
        ref = flows.length;
        flowIdx.set(key, ref);
      }
      const f = flows[ref - 1] as FlowDirectionSummary;
      f.packets = Number(f.packets ?? 0) + 1;
      if ((pv.tcpFlags & 0x02) !== 0) {
        if (pv.tcpMss >= 0) f.mss = pv.tcpMss;
        if (pv.tcpWindowScale >= 0) f.windowScale = pv.tcpWindowScale;
      }
    }
    const hi = hashOf(pv, 0x74515c0b);
    if (hi >= threshold) return;
    const lo = hashOf(pv, 0x1b873593);
    const d: PacketDigest = {
      tap,
      timestampNs: int64FromBigInt(BigInt(Math.round(ts)) * 1000n),
      hash: int64FromBigInt((BigInt(hi) << 32n) | BigInt(lo)),
      kind: esp ? DigestKind.DIGEST_KIND_ESP : DigestKind.DIGEST_KIND_TCP,
      ref,
      ipLength: pv.ipTotalLen,
      ipId: pv.ipId,
    };
    if (esp) {
      d.espSpi = pv.espSpi;
      d.espSeq = pv.espSeq;
    } else {
      d.tcpSeq = pv.tcpSeq;
      d.tcpAck = pv.tcpAck;
      d.tcpLen = pv.payloadLen;
      d.tcpFlags = pv.tcpFlags;
      d.tcpWindow = pv.tcpWindow;
    }
    if (!legacy) {
      d.interface = pv.iface;
      d.direction = direction(pv);
      if (esp) d.espLength = pv.espLen;
      else if ((pv.tcpFlags & 0x02) !== 0) {
        if (pv.tcpMss > 0) d.tcpMss = pv.tcpMss;
        if (pv.tcpWindowScale >= 0) d.tcpWindowScale = pv.tcpWindowScale;
        if (pv.tcpSackPermitted) d.tcpSackPermitted = true;
      }
    }
    digests.push(d);
  });
  reader.push(readFileSync(file));
  reader.end();
  if (cur < 0) cur = 0;
  close(cur + I, true);
  return { batches, outerAddress };
}
