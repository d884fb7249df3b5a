/**
 * The lab's fixed topology: names and addresses. Pure data.
 *
 * ```
 *  ts-snd ──lan0── ts-gwa ──wan0══a0── ts-wan ──b0══w0── ts-dly ──g0══wan0── ts-gwb ──lan0── ts-rcv
 *  10.1.0.10   10.1.0.1 │ 192.0.2.1  192.0.2.254  198.51.100.254  (bridge or     198.51.100.1 │ 10.2.0.1   10.2.0.10
 *                       │                                          delay bridge)                │
 *                    mgmt0 172.31.255.2 ── ts-mga ─ root 172.31.255.1 ─ ts-mgb ── 172.31.255.3 mgmt0
 * ```
 * Every name the lab creates starts with `ts-` (namespaces, root-side links) or
 * `tunnelscope-lab-` (cgroups), so `lab down` can find them even without its state file.
 */

export const NS = {
  sender: "ts-snd",
  gatewayA: "ts-gwa",
  wan: "ts-wan",
  /** Layer-2 element between the WAN router and gateway B: a kernel bridge, or the delay bridge. */
  delay: "ts-dly",
  gatewayB: "ts-gwb",
  receiver: "ts-rcv",
} as const;

/** All namespaces, in creation order. */
export const NAMESPACES: readonly string[] = [
  NS.sender,
  NS.gatewayA,
  NS.wan,
  NS.delay,
  NS.gatewayB,
  NS.receiver,
];

export const ADDR = {
  sender: "10.1.0.10",
  gatewayALan: "10.1.0.1",
  senderSubnet: "10.1.0.0/24",
  receiver: "10.2.0.10",
  gatewayBLan: "10.2.0.1",
  receiverSubnet: "10.2.0.0/24",
  gatewayAWan: "192.0.2.1",
  wanA: "192.0.2.254",
  underlayA: "192.0.2.0/24",
  gatewayBWan: "198.51.100.1",
  wanB: "198.51.100.254",
  underlayB: "198.51.100.0/24",
} as const;

/** Management links from the root namespace to each gateway (agents reach NATS through them). */
export const MGMT = {
  subnet: "172.31.255.0/24",
  /** The root namespace's address on both management links. */
  root: "172.31.255.1",
  gatewayA: "172.31.255.2",
  gatewayB: "172.31.255.3",
  rootLinkA: "ts-mga",
  rootLinkB: "ts-mgb",
} as const;

/** Root-namespace links the lab creates (their peers live in the gateway namespaces). */
export const ROOT_LINKS: readonly string[] = [MGMT.rootLinkA, MGMT.rootLinkB];

/** Interface names inside the namespaces. */
export const IF = {
  lan: "lan0",
  wan: "wan0",
  mgmt: "mgmt0",
  /** WAN router side towards gateway A / towards gateway B. */
  wanToA: "a0",
  wanToB: "b0",
  /** Delay namespace: towards the WAN router / towards gateway B, and its kernel bridge. */
  delayWan: "w0",
  delayGw: "g0",
  delayBridge: "br0",
  /** strongSwan kernel-libipsec's TUN device. */
  tunnel: "ipsec0",
} as const;

export const CGROUP_PREFIX = "tunnelscope-lab-";

/** The cgroup of each gateway's charon. */
export function cgroupName(gateway: "a" | "b"): string {
  return `${CGROUP_PREFIX}gw${gateway}`;
}

export function gatewayNs(gateway: "a" | "b"): string {
  return gateway === "a" ? NS.gatewayA : NS.gatewayB;
}

/** TCP port the traffic receiver listens on. */
export const TRAFFIC_PORT = 5001;

/** tcpdump filter for the gateway captures. */
export const GATEWAY_CAPTURE_FILTER = `udp port 4500 or net ${ADDR.senderSubnet} or net ${ADDR.receiverSubnet}`;

/** Capture snap length (headers only: the project never ships payload bytes). */
export const SNAPLEN = 96;
