import { describe, expect, it } from "vitest";
import {
  addressBytes,
  parseProcPairs,
  parseProcStat,
  parseSoftirqs,
  parseSs,
  parseSwanctlSas,
  parseSysctlNumbers,
  parseXfrmStat,
} from "../../src/host/parsers.js";
import { hostDelta } from "../../src/host/snapshot.js";

const NETSTAT = `TcpExt: SyncookiesSent SyncookiesRecv PruneCalled RcvPruned TCPRcvQDrop TCPZeroWindowDrop TCPToZeroWindowAdv TCPFromZeroWindowAdv TCPWantZeroWindowAdv TCPOFOQueue
TcpExt: 0 0 3 1 7 2 11 10 40 123
IpExt: InNoRoutes InTruncatedPkts
IpExt: 0 0
`;
const SNMP = `Ip: Forwarding DefaultTTL InReceives
Ip: 1 64 1000
Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens RetransSegs
Tcp: 1 200 120000 -1 5 42
Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors
Udp: 10 0 3 10 2 0
`;

describe("host parsers", () => {
  it("reads /proc/net/netstat and /proc/net/snmp name/value line pairs", () => {
    const n = parseProcPairs(NETSTAT);
    expect(n.get("TcpExt.TCPZeroWindowDrop")).toBe(2);
    expect(n.get("TcpExt.TCPToZeroWindowAdv")).toBe(11);
    expect(n.get("TcpExt.TCPFromZeroWindowAdv")).toBe(10);
    expect(n.get("TcpExt.TCPWantZeroWindowAdv")).toBe(40);
    expect(n.get("TcpExt.TCPRcvQDrop")).toBe(7);
    expect(n.get("TcpExt.PruneCalled")).toBe(3);
    expect(n.get("TcpExt.RcvPruned")).toBe(1);
    expect(n.get("TcpExt.TCPOFOQueue")).toBe(123);
    const s = parseProcPairs(SNMP);
    expect(s.get("Tcp.RetransSegs")).toBe(42);
    expect(s.get("Tcp.MaxConn")).toBe(-1);
    expect(s.get("Udp.RcvbufErrors")).toBe(2);
    expect(s.get("Udp.InErrors")).toBe(3);
  });

  it("skips mismatched or garbled line pairs instead of throwing", () => {
    expect(parseProcPairs("Tcp: A B\nUdp: 1 2\n").size).toBe(0);
    expect(parseProcPairs("Tcp: A B\nTcp: 1\n").size).toBe(0);
    expect(parseProcPairs("").size).toBe(0);
  });

  it("reads /proc/net/xfrm_stat", () => {
    const x = parseXfrmStat(
      "XfrmInError             \t0\nXfrmInStateSeqError     \t17\nXfrmOutNoStates\t3\n",
    );
    expect(x.get("XfrmInStateSeqError")).toBe(17);
    expect(x.get("XfrmOutNoStates")).toBe(3);
  });

  it("reads NET_RX/NET_TX per CPU from /proc/softirqs and CPU ticks from /proc/stat", () => {
    const soft = parseSoftirqs(
      "                    CPU0       CPU1\n          HI:          1          0\n      NET_TX:        10         20\n      NET_RX:       300        400\n",
    );
    expect(Object.fromEntries(soft)).toEqual({
      "NET_TX.cpu0": 10,
      "NET_TX.cpu1": 20,
      "NET_RX.cpu0": 300,
      "NET_RX.cpu1": 400,
    });
    const stat = parseProcStat("cpu  10 0 20 300 1 0 5 0 0 0\ncpu0 5 0 10 150 1 0 3 0 0 0\nintr 123\n");
    expect(stat.get("cpu.softirq")).toBe(5);
    expect(stat.get("cpu0.idle")).toBe(150);
    expect(stat.has("intr.user")).toBe(false);
  });

  it("reads sysctl numbers", () => {
    expect(parseSysctlNumbers("4096\t131072\t6291456\n")).toEqual([4096, 131072, 6291456]);
    expect(parseSysctlNumbers("1\n")).toEqual([1]);
  });

  it("parses swanctl --list-sas into in/out SAs with addresses and counters", () => {
    const text = `gw-gw: #1, ESTABLISHED, IKEv2, 6a7b7d3e1b0c9f2e_i* 9f8e7d6c5b4a3928_r
  local  'gw-a' @ 192.0.2.1[4500]
  remote 'gw-b' @ 198.51.100.1[4500]
  AES_GCM_16-128/PRF_HMAC_SHA2_256/CURVE_25519
  established 12s ago, rekeying in 13925s
  net: #1, reqid 1, INSTALLED, TUNNEL-in-UDP, ESP:AES_GCM_16-128
    installed 12s ago, rekeying in 3307s, expires in 3948s
    in  c2a6e4f4 (-|0x00000000),   1093452 bytes,   793 packets,     0s ago
    out a8ba1f11 (-|0x00000000),  3491232 bytes,  2397 packets,     0s ago
    local  10.1.0.0/24
    remote 10.2.0.0/24
`;
    const sas = parseSwanctlSas(text);
    expect(sas).toEqual([
      {
        spi: 0xc2a6e4f4,
        direction: "in",
        src: "198.51.100.1",
        dst: "192.0.2.1",
        bytes: 1093452,
        packets: 793,
        udpEncap: true,
        esn: false,
      },
      {
        spi: 0xa8ba1f11,
        direction: "out",
        src: "192.0.2.1",
        dst: "198.51.100.1",
        bytes: 3491232,
        packets: 2397,
        udpEncap: true,
        esn: false,
      },
    ]);
    expect(parseSwanctlSas("no SAs\n")).toEqual([]);
  });

  it("parses ss -tinm sockets with skmem, rcv_space and rcv_ssthresh", () => {
    const text = `State Recv-Q Send-Q Local Address:Port Peer Address:Port Process
ESTAB 131072 0 10.2.0.10:5999 10.1.0.10:39738
	 skmem:(r262144,rb262144,t0,tb46080,f0,w0,o0,bl0,d12) cubic wscale:7,7 rto:204 rtt:0.5/0.25 ato:40 mss:1448 rcv_space:14480 rcv_ssthresh:64088 minrtt:0.02
`;
    const [s] = parseSs(text);
    expect(s).toMatchObject({
      state: "ESTAB",
      recvQ: 131072,
      local: "10.2.0.10:5999",
      peer: "10.1.0.10:39738",
      rcvSpace: 14480,
      rcvSsthresh: 64088,
      rttMs: 0.5,
    });
    expect(s?.skmem).toMatchObject({ r: 262144, rb: 262144, tb: 46080, d: 12 });
  });

  it("turns addresses into bytes", () => {
    expect([...(addressBytes("192.0.2.1") ?? [])]).toEqual([192, 0, 2, 1]);
    expect(addressBytes("fd00::1")?.length).toBe(16);
    expect(addressBytes("fd00::1")?.[15]).toBe(1);
    expect(addressBytes("300.1.1.1")).toBeUndefined();
    expect(addressBytes("nope")).toBeUndefined();
  });
});

describe("hostDelta", () => {
  const snap = (counters: Record<string, number>, mtu = 1500, rmem = 6291456) => ({
    counters: new Map(Object.entries(counters)),
    gauges: new Map([["sockets.a>b.recv_q", 5]]),
    sysctls: { tcpRmemMax: rmem },
    mtus: [{ name: "eth0", mtu }],
  });

  it("reports sysctls and MTUs first, then only changed counters as deltas", () => {
    const first = hostDelta(undefined, snap({ "netstat.TcpExt.TCPRcvQDrop": 5 }));
    expect(first.sysctls).toEqual({ tcpRmemMax: 6291456 });
    expect(first.mtus).toEqual([{ name: "eth0", mtu: 1500 }]);
    expect(first.deltas).toEqual({ "sockets.a>b.recv_q": 5 });
    const next = hostDelta(
      snap({ "netstat.TcpExt.TCPRcvQDrop": 5, "snmp.Tcp.RetransSegs": 10 }),
      snap({ "netstat.TcpExt.TCPRcvQDrop": 9, "snmp.Tcp.RetransSegs": 10 }),
    );
    expect(next.deltas).toEqual({ "netstat.TcpExt.TCPRcvQDrop": 4, "sockets.a>b.recv_q": 5 });
    expect(next.sysctls).toBeUndefined();
    expect(next.mtus).toBeUndefined();
  });

  it("reports a counter that went backwards (reset) with its new value, and changed MTUs", () => {
    const d = hostDelta(snap({ x: 100 }), snap({ x: 3 }, 1200));
    expect(d.deltas?.x).toBe(3);
    expect(d.mtus).toEqual([{ name: "eth0", mtu: 1200 }]);
  });
});
