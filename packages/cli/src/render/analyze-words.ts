import type { Cause, FlowReport, Location, OverallVerdict } from "@tunnelscope/analysis";

/** The verdict in plain words, for people (the JSON keeps the codes). */
export const CAUSE_WORDS: Readonly<Record<Cause, string>> = {
  "receiver-not-reading": "the receiving application is not reading its socket (zero window)",
  "receive-buffer-limited": "the receiver's buffer is too small for the path (window-limited)",
  "underlay-loss": "ESP packets are lost in the underlay network between the gateways",
  "replay-window-drops": "the receiving gateway drops reordered ESP packets (anti-replay window)",
  "gateway-overload": "a gateway cannot encrypt/decrypt as fast as traffic arrives (overload)",
  "mtu-blackhole": "large packets vanish in the underlay and no ICMP says why (MTU black hole)",
  healthy: "nothing collapses: the tunnel path is healthy",
};

/** Where, named with the gateway letter when the flow tells which one it is. */
export function locationWords(location: Location, flow: FlowReport | undefined): string {
  const s = flow?.sender.gateway;
  const r = flow?.receiver.gateway;
  switch (location) {
    case "sender-host":
      return `the sending host${flow ? ` (${flow.sender.addr})` : ""}`;
    case "sender-lan":
      return "the sender's LAN";
    case "sender-gateway":
      return `the sending gateway${s ? ` (${s})` : ""}`;
    case "underlay":
      return `the underlay between the gateways${s && r ? ` (${s} → ${r})` : ""}`;
    case "receiver-gateway":
      return `the receiving gateway${r ? ` (${r})` : ""}`;
    case "receiver-lan":
      return "the receiver's LAN";
    case "receiver-host":
      return `the receiving host${flow ? ` (${flow.receiver.addr})` : ""}`;
    case "none":
      return "nowhere";
  }
}

/** One sentence: where and why. */
export function headline(v: OverallVerdict, flow: FlowReport | undefined): string {
  if (v.cause === "healthy")
    return `Healthy: ${CAUSE_WORDS.healthy} (confidence ${v.confidence.toFixed(2)}).`;
  return (
    `The window collapses at ${locationWords(v.location, flow)}: ${CAUSE_WORDS[v.cause]} ` +
    `(confidence ${v.confidence.toFixed(2)}).`
  );
}
