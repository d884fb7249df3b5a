// HOT PATH, written for speed on purpose (guarded by the throughput test in
// test/pipeline/digest-hash.test.ts): the fields are gathered into one preallocated
// word array and hashed with 32-bit integer multiplies (murmur3 mixing), twice with two
// seeds for a 64-bit digest hash; nothing is allocated per packet.
/**
 * The digest hash of trajectory sampling (DESIGN §3): a 64-bit hash of the packet
 * fields that survive the path from one tap to the next, so every agent computes the
 * same value for the same packet and selects it when the upper 32 bits are below the
 * sampling rate, with no coordination.
 *
 * - TCP: IP version, source and destination address, ports, sequence and acknowledgement
 *   numbers, IP identification, payload length, TCP flags (not TTL, checksums or
 *   options, which a gateway may change).
 * - ESP: SPI and sequence number (the outer addresses may be NATed).
 * - ICMP too-big: its addresses, IP identification, MTU and the quoted addresses, ports,
 *   protocol and length.
 */
import type { PacketView } from "@tunnelscope/analysis";

/** Seeds of the upper and lower 32 bits. Changing them breaks matching with older agents. */
export const SEED_HI = 0x7451_5c0b;
export const SEED_LO = 0x1b87_3593;

const words = new Uint32Array(16);

function murmur(n: number, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < n; i++) {
    let k = Math.imul(words[i] as number, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= n * 4;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash halves of the last {@link digestHash} call. */
export const lastHash = { hi: 0, lo: 0 };

function hashWords(n: number): void {
  lastHash.hi = murmur(n, SEED_HI);
  lastHash.lo = murmur(n, SEED_LO);
}

/**
 * Hashes a decoded TCP, ESP or ICMP/ICMPv6 packet into {@link lastHash}; returns false
 * (and leaves it unchanged) for anything else.
 */
export function digestHash(pv: PacketView): boolean {
  let n = 0;
  if (pv.l4 === 6) {
    words[n++] = 6;
    words[n++] = pv.ipVersion;
    if (pv.ipVersion === 4) {
      words[n++] = pv.src4;
      words[n++] = pv.dst4;
    } else {
      for (let i = 0; i < 4; i++) words[n++] = pv.src6[i] as number;
      for (let i = 0; i < 4; i++) words[n++] = pv.dst6[i] as number;
    }
    words[n++] = ((pv.srcPort << 16) | pv.dstPort) >>> 0;
    words[n++] = pv.tcpSeq;
    words[n++] = pv.tcpAck;
    words[n++] = pv.ipId;
    words[n++] = ((pv.payloadLen << 8) | (pv.tcpFlags & 0xff)) >>> 0;
    hashWords(n);
    return true;
  }
  if (pv.l4 === 50) {
    words[n++] = 50;
    words[n++] = pv.espSpi;
    words[n++] = pv.espSeq;
    hashWords(n);
    return true;
  }
  if (pv.l4 === 1 || pv.l4 === 58) {
    words[n++] = pv.l4;
    words[n++] = pv.ipVersion;
    if (pv.ipVersion === 4) {
      words[n++] = pv.src4;
      words[n++] = pv.dst4;
      words[n++] = pv.icmpQuotedSrc4;
      words[n++] = pv.icmpQuotedDst4;
    } else {
      for (let i = 0; i < 4; i++) words[n++] = (pv.src6[i] as number) ^ (pv.icmpQuotedSrc6[i] as number);
      for (let i = 0; i < 4; i++) words[n++] = (pv.dst6[i] as number) ^ (pv.icmpQuotedDst6[i] as number);
    }
    words[n++] = pv.ipId;
    words[n++] = pv.icmpMtu;
    words[n++] = ((pv.icmpQuotedSrcPort << 16) | pv.icmpQuotedDstPort) >>> 0;
    words[n++] = ((pv.icmpQuotedProto << 16) | pv.icmpQuotedLen) >>> 0;
    hashWords(n);
    return true;
  }
  return false;
}

/** True for an ICMP fragmentation-needed (v4 type 3 code 4) or ICMPv6 packet-too-big (type 2). */
export function isTooBig(pv: PacketView): boolean {
  if (pv.l4 === 1) return pv.icmpType === 3 && pv.icmpCode === 4;
  return pv.l4 === 58 && pv.icmpType === 2;
}

/**
 * A sampling rate as a threshold on the upper 32 bits: a fraction 0..1 → 0..2^32.
 * 2^32 selects every packet, 0 none.
 */
export function rateThreshold(fraction: number): number {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`sampling rate ${fraction}: use 0..1`);
  return Math.round(fraction * 0x1_0000_0000);
}

/** True when a packet whose upper hash half is `hi` is sampled at `threshold` (0..2^32). */
export function isSampled(hi: number, threshold: number): boolean {
  return hi < threshold;
}
