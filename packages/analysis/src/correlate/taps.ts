/**
 * Recognises a gateway capture's taps from its traffic (never from interface numbers):
 * - `outer`: the interface carrying the most ESP;
 * - `tunnel`: the interface whose cleartext packets mirror the ESP counts in the same
 *   direction (outgoing inner ↔ outgoing ESP, incoming inner ↔ incoming ESP), as a route-based
 *   tunnel device (strongSwan `ipsec0`, vti, xfrmi) does;
 * - `lan`: the interface whose cleartext packets mirror the ESP counts crosswise (packets
 *   arriving from the site leave as ESP) — the site side.
 * Interface names (pcapng `if_name`) and link types only nudge the decision.
 */
import type { InterfaceCounters } from "./gateway-capture.js";
import { closeness } from "./stats.js";

export type TapRole = "outer" | "tunnel" | "lan" | "other";

export interface TapAssignment {
  readonly outer: number | undefined;
  readonly tunnel: number | undefined;
  readonly lan: number | undefined;
  /** True when decrypted packets show up on the outer interface (policy-based IPsec, no tunnel device). */
  readonly innerOnOuter: boolean;
  readonly roles: ReadonlyMap<number, TapRole>;
  /** Sentences saying how each tap was recognised. */
  readonly reasons: readonly string[];
}

const TUNNEL_NAME = /^(ipsec|vti|xfrm|tun|ppp|gre)/i;
/** Link types without a link-layer header: raw IPv4/IPv6 (101, 228, 229, 12, 14). */
const RAW_LINKS = new Set([12, 14, 101, 228, 229]);

function esp(c: InterfaceCounters): number {
  return c.espIn + c.espOut + c.espUnknownDir;
}
function tcp(c: InterfaceCounters): number {
  return c.tcpIn + c.tcpOut + c.tcpUnknownDir;
}

export function classifyTaps(interfaces: readonly InterfaceCounters[]): TapAssignment {
  const roles = new Map<number, TapRole>();
  const reasons: string[] = [];
  for (const c of interfaces) roles.set(c.id, "other");
  let outer: InterfaceCounters | undefined;
  for (const c of interfaces) if (esp(c) > 0 && (outer === undefined || esp(c) > esp(outer))) outer = c;
  if (outer === undefined) {
    reasons.push("no interface carries ESP: no outer tap");
    return { outer: undefined, tunnel: undefined, lan: undefined, innerOnOuter: false, roles, reasons };
  }
  roles.set(outer.id, "outer");
  reasons.push(`outer = ${ifName(outer)}: ${esp(outer)} ESP packets`);
  // The largest TCP packet a tunnel device can hand to the ESP layer is bounded by the
  // largest ESP packet; bigger cleartext packets are GRO/TSO aggregates, seen only on a NIC.
  const largestEspIp = largestEsp(interfaces);

  let tunnel: InterfaceCounters | undefined;
  let tunnelScore = 0;
  const scores = new Map<number, number>();
  for (const c of interfaces) {
    if (c === outer || tcp(c) === 0) continue;
    let s = 0;
    if (c.tcpIn + c.tcpOut > 0 && outer.espIn + outer.espOut > 0) {
      // Packet counts (GRO on a NIC blurs them) and bytes (ACKs vs data make them lopsided):
      // each says "same direction" or "crosswise"; together they separate the two taps even
      // when one direction is all ACKs and ACK and data counts are close.
      const same = closeness(c.tcpOut, outer.espOut) + closeness(c.tcpIn, outer.espIn);
      const cross = closeness(c.tcpIn, outer.espOut) + closeness(c.tcpOut, outer.espIn);
      const sameB = closeness(c.tcpOutBytes, outer.espOutBytes) + closeness(c.tcpInBytes, outer.espInBytes);
      const crossB = closeness(c.tcpInBytes, outer.espOutBytes) + closeness(c.tcpOutBytes, outer.espInBytes);
      s += (same - cross + sameB - crossB) / 2;
    }
    if (c.name !== undefined && TUNNEL_NAME.test(c.name)) s += 1;
    if (RAW_LINKS.has(c.linkType)) s += 0.5;
    if (largestEspIp > 0 && c.largestIp > largestEspIp) s -= 1;
    scores.set(c.id, s);
    if (s > tunnelScore) {
      tunnelScore = s;
      tunnel = c;
    }
  }
  // A score above 0.3 means the same-direction mirror clearly beats the crosswise one (or a
  // name/link type says so); below that we'd be guessing.
  let innerOnOuter = false;
  if (tunnel !== undefined && tunnelScore >= 0.3) {
    roles.set(tunnel.id, "tunnel");
    reasons.push(
      `tunnel = ${ifName(tunnel)}: its cleartext packets mirror the ESP counts in the same direction ` +
        `(out ${tunnel.tcpOut} TCP vs ${outer.espOut} ESP, in ${tunnel.tcpIn} TCP vs ${outer.espIn} ESP)`,
    );
  } else {
    tunnel = undefined;
    if (outer.tcpIn > 0) {
      innerOnOuter = true;
      reasons.push(
        `no tunnel device: ${outer.tcpIn} cleartext TCP packets arrive on ${ifName(outer)} (policy-based IPsec)`,
      );
    } else {
      reasons.push("no tunnel device tap recognised");
    }
  }

  let lan: InterfaceCounters | undefined;
  for (const c of interfaces) {
    if (c === outer || c === tunnel || tcp(c) === 0) continue;
    const s = scores.get(c.id) ?? 0;
    if (s > 0.3) continue; // looks like a second tunnel device, not a site LAN
    if (lan === undefined || tcp(c) > tcp(lan)) lan = c;
  }
  if (lan !== undefined) {
    roles.set(lan.id, "lan");
    reasons.push(
      `lan = ${ifName(lan)}: ${tcp(lan)} cleartext TCP packets` +
        (largestEspIp > 0 && lan.largestIp > largestEspIp
          ? ` (GRO/TSO aggregates up to ${lan.largestIp} bytes)`
          : ""),
    );
  } else {
    reasons.push("no LAN tap recognised");
  }
  return {
    outer: outer.id,
    tunnel: tunnel?.id ?? (innerOnOuter ? outer.id : undefined),
    lan: lan?.id,
    innerOnOuter,
    roles,
    reasons,
  };
}

function largestEsp(interfaces: readonly InterfaceCounters[]): number {
  let m = 0;
  for (const c of interfaces) if (c.largestEspIp > m) m = c.largestEspIp;
  return m;
}

function ifName(c: InterfaceCounters): string {
  return c.name !== undefined ? `${c.name} (if ${c.id})` : `if ${c.id}`;
}
