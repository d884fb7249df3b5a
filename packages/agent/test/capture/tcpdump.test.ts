import { describe, expect, it } from "vitest";
import { tcpdumpArgs } from "../../src/capture/tcpdump.js";
import { classifyTcpdumpError, lastErrorLine, parseTcpdumpStats } from "../../src/capture/tcpdump-stats.js";

describe("tcpdumpArgs", () => {
  it("is an argument array with the filter as one argument after --", () => {
    expect(tcpdumpArgs({ interface: "eth1", tap: "outer", snaplen: 128, filter: {} })).toEqual([
      "-i",
      "eth1",
      "-s",
      "128",
      "-U",
      "-n",
      "-w",
      "-",
      "--",
      "(esp or udp port 4500 or udp port 500 or icmp or icmp6)",
    ]);
  });
  it("refuses a bad interface, snaplen or filter part before anything runs", () => {
    expect(() => tcpdumpArgs({ interface: "-w", tap: "inner", snaplen: 128, filter: {} })).toThrow(
      /interface/,
    );
    expect(() => tcpdumpArgs({ interface: "eth0", tap: "inner", snaplen: 1500, filter: {} })).toThrow(
      /snaplen/,
    );
    expect(() =>
      tcpdumpArgs({ interface: "eth0", tap: "inner", snaplen: 128, filter: { extra: ["a;b"] } }),
    ).toThrow(/filter part/);
  });
});

describe("tcpdump statistics", () => {
  it("reads the SIGUSR1 line and the exit lines, the latest winning", () => {
    const text =
      "tcpdump: listening on eth0, link-type EN10MB (Ethernet), snapshot length 128 bytes\n" +
      "tcpdump: 10 packets captured, 12 packets received by filter, 2 packets dropped by kernel\n" +
      "30 packets captured\n31 packets received by filter\n5 packets dropped by kernel\n1 packet dropped by interface\n";
    expect(parseTcpdumpStats(text)).toEqual({
      captured: 30,
      received: 31,
      kernelDrops: 5,
      interfaceDrops: 1,
    });
    expect(parseTcpdumpStats("tcpdump: listening on eth0\n")).toBeUndefined();
  });
  it("classifies early exits", () => {
    expect(
      classifyTcpdumpError(
        "tcpdump: eth0: You don't have permission to capture on that device (socket: Operation not permitted)",
      ),
    ).toBe("permission");
    expect(classifyTcpdumpError("tcpdump: nosuch0: No such device exists\n(No such device exists)")).toBe(
      "no-interface",
    );
    expect(classifyTcpdumpError("tcpdump: can't parse filter expression: syntax error")).toBe("filter");
    expect(classifyTcpdumpError("tcpdump: something else")).toBe("other");
    expect(lastErrorLine("tcpdump: listening on x\nboom\n0 packets captured\n")).toBe("boom");
  });
});
