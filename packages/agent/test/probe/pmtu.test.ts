import { describe, expect, it } from "vitest";
import { classifyReply, echoRequest, internetChecksum } from "../../src/probe/icmp-prober.js";
import { type ProbeOutcome, sweepPmtu } from "../../src/probe/pmtu-sweep.js";

function path(mtu: number, mode: "blackhole" | "icmp") {
  const sizes: number[] = [];
  return {
    sizes,
    probe: async (size: number): Promise<ProbeOutcome> => {
      sizes.push(size);
      if (size <= mtu) return { passed: true, fragNeeded: false };
      return mode === "icmp"
        ? { passed: false, fragNeeded: true, nextHopMtu: mtu }
        : { passed: false, fragNeeded: false };
    },
  };
}

describe("sweepPmtu", () => {
  it("finds the largest size through a black hole by binary search", async () => {
    const p = path(1200, "blackhole");
    const r = await sweepPmtu(p.probe, { min: 68, max: 1500 });
    expect(r).toMatchObject({ largestPassing: 1200, smallestFailing: 1201, fragNeeded: false });
    expect(r.probes).toBeLessThanOrEqual(13);
  });

  it("uses the next-hop MTU of a fragmentation-needed", async () => {
    const p = path(1400, "icmp");
    const r = await sweepPmtu(p.probe, { min: 68, max: 1500 });
    expect(r).toMatchObject({ largestPassing: 1400, fragNeeded: true, nextHopMtu: 1400 });
    expect(r.probes).toBeLessThanOrEqual(4);
  });

  it("reports a path where everything passes, or nothing does", async () => {
    expect(await sweepPmtu(path(9000, "blackhole").probe, { min: 68, max: 1500 })).toMatchObject({
      largestPassing: 1500,
      smallestFailing: undefined,
      probes: 1,
    });
    expect(await sweepPmtu(path(10, "blackhole").probe, { min: 68, max: 1500 })).toMatchObject({
      largestPassing: 0,
      smallestFailing: 68,
    });
  });
});

describe("ICMP echo", () => {
  it("builds a request of the exact IP size with a valid checksum", () => {
    const b = echoRequest(0x1234, 7, 1400);
    expect(b.length).toBe(1380);
    expect(b[0]).toBe(8);
    expect(internetChecksum(b)).toBe(0);
  });

  it("recognises its echo reply and a fragmentation-needed quoting it", () => {
    const reply = Buffer.alloc(28);
    reply[0] = 0x45;
    reply[20] = 0;
    reply.writeUInt16BE(0x1234, 24);
    reply.writeUInt16BE(7, 26);
    expect(classifyReply(reply, 0x1234, 7)).toEqual({ passed: true, fragNeeded: false });
    expect(classifyReply(reply, 0x1234, 8)).toBeUndefined();
    const fn = Buffer.alloc(20 + 8 + 20 + 8);
    fn[0] = 0x45;
    fn[20] = 3;
    fn[21] = 4;
    fn.writeUInt16BE(1200, 26);
    fn[28] = 0x45;
    fn[37] = 1; // quoted protocol ICMP
    fn.writeUInt16BE(0x1234, 52);
    fn.writeUInt16BE(7, 54);
    expect(classifyReply(fn, 0x1234, 7)).toEqual({ passed: false, fragNeeded: true, nextHopMtu: 1200 });
  });
});
