/** `tunnelscope agent --help`, generated from the option table so every option is in it. */
import { envName, OPTIONS } from "./options.js";

const HEAD = `Usage: tunnelscope agent --id ID --nats URL --outer-if IF --inner-if IF [--config FILE] [options]
       tunnelscope agent --id ID --replay FILE [--outer-if SEL --inner-if SEL] --session ID [options]
       tunnelscope agent --probe-pmtu ADDRESS [--probe-max BYTES] [--probe-if IF]

Runs beside an IPsec gateway: captures packet headers on the outer (ESP) and inner
(cleartext) side, summarises them per interval (TCP analysis, ESP sequence analysis,
sampled packet digests, host counters) and publishes protobuf batches to NATS
JetStream. Commands arrive on tunnelscope.v1.agent.<ID>.cmd; the agent heartbeats in
the KV bucket tunnelscope-v1-agents. Payload bytes are never kept: snaplen covers
headers only. SIGINT/SIGTERM stop sessions, flush the spool and exit.

Settings come from defaults < the YAML file < environment < flags. Every flag has an
environment variable (shown below) and a key in the file (the dotted path).

Options:
  --config FILE                 YAML configuration file (${"TUNNELSCOPE_AGENT_CONFIG"})
`;

const TAIL = `
Actions:
  --probe-pmtu ADDRESS          DF-set ICMP echo size sweep (binary search) towards ADDRESS
                                through a raw socket; prints JSON: the largest size that
                                passes and whether a fragmentation-needed came back; exits
  --probe-max BYTES             largest IP packet size to try (default 1500)
  --probe-if IF                 send the probes out of this interface
  -h, --help                    this help

Taps (DESIGN §2):
  --outer-if   the underlay side: ESP (protocol 50 or UDP 4500), IKE and ICMP.
  --inner-if   the site-LAN side: the cleartext TCP before encryption / after decryption.
  --tunnel-if  a route-based tunnel device (strongSwan kernel-libipsec's ipsec0 TUN, vti,
               xfrmi): the same cleartext where it enters and leaves the tunnel. With
               --inner-if it is a third tap with its own TCP analysis and flow entries
               (reported on the inner side) and digests whose interface role is
               TAP_TUNNEL, so the coordinator sees LAN -> tunnel -> ESP transit inside
               the gateway. Without --inner-if it is the inner tap. A
               coordinator asking for TAP_INNER gets both; policy-based IPsec has no such
               device (leave it out). Prefer it to '--inner-if any': one tcpdump per
               interface, no management traffic, and the role is known, not guessed.

Capture backends:
  tcpdump      (default) one tcpdump per tap: 'tcpdump -i IF -s SNAPLEN -U -w - -- FILTER',
               kernel BPF, both directions, kernel drop counts in capture health.
               Needs tcpdump and CAP_NET_RAW + CAP_NET_ADMIN (see deploy/).
  raw-socket   no external binary, through the 'raw-socket' npm module. Limits: inbound
               packets only (what the host sends is not seen, so no RTT, bytes in flight
               or zero-window view of the local sender), IPv4 only, no kernel filter (every
               TCP/ESP/UDP packet is copied to user space: expect more CPU), no kernel drop
               counters, timestamps taken in user space; ESP-in-UDP only on port 4500.
  file         replay a pcap/pcapng capture (--replay FILE): with --outer-if/--inner-if a
               tap selects the capture's interface by name (pcapng) or number (pcapng
               interface id, SLL2 ifindex); without, ESP feeds the outer tap and TCP the
               inner one. --replay-speed realtime keeps the recorded timing.

Exit status: 0 clean stop, 1 runtime failure, 2 configuration error.
`;

export function agentHelp(): string {
  const rows = OPTIONS.map((o) => {
    const left = `  --${o.flag} ${o.arg}`.padEnd(32);
    return `${left}${o.help}\n${" ".repeat(32)}[${envName(o.flag)}, file: ${o.path}]`;
  });
  return `${HEAD}${rows.join("\n")}\n${TAIL}`;
}
