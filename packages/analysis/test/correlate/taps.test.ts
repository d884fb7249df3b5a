import { describe, expect, it } from "vitest";
import { emptyInterfaceCounters, type InterfaceCounters } from "../../src/correlate/gateway-capture.js";
import { classifyTaps } from "../../src/correlate/taps.js";

function iface(id: number, o: Partial<InterfaceCounters>): InterfaceCounters {
  return { ...emptyInterfaceCounters(id, undefined, 276, 0), ...o };
}

describe("tap recognition", () => {
  const outer = iface(7, {
    espOut: 2400,
    espOutBytes: 2400 * 1464,
    espIn: 950,
    espInBytes: 950 * 116,
    largestEspIp: 1464,
  });
  // Receiving-side gateway view of a sending site: data leaves through the tunnel device.
  const tunnel = iface(3, {
    tcpOut: 2400,
    tcpOutBytes: 2400 * 1400,
    tcpIn: 950,
    tcpInBytes: 950 * 52,
    largestIp: 1400,
  });
  // LAN: the same packets crosswise, as GRO aggregates.
  const lan = iface(11, {
    tcpIn: 200,
    tcpInBytes: 2400 * 1400,
    tcpOut: 950,
    tcpOutBytes: 950 * 52,
    largestIp: 16_436,
  });
  const mgmt = iface(1, { tcpIn: 5, tcpOut: 5, tcpInBytes: 300, tcpOutBytes: 300, largestIp: 60 });

  it("outer carries ESP, the tunnel mirrors it in the same direction, the LAN crosswise", () => {
    const t = classifyTaps([mgmt, tunnel, outer, lan]);
    expect([t.outer, t.tunnel, t.lan]).toEqual([7, 3, 11]);
    expect(t.roles.get(1)).toBe("other");
    expect(t.reasons.join(" ")).toMatch(/GRO\/TSO aggregates up to 16436 bytes/);
  });

  it("tells them apart when ACK and data counts are close (bytes decide)", () => {
    const o = iface(3, {
      espOut: 2534,
      espOutBytes: 2534 * 1464,
      espIn: 2302,
      espInBytes: 2302 * 116,
      largestEspIp: 1464,
    });
    const tun = iface(5, { tcpOut: 2539, tcpOutBytes: 2539 * 1400, tcpIn: 2302, tcpInBytes: 2302 * 52 });
    const l = iface(2, {
      tcpIn: 2400,
      tcpInBytes: 2539 * 1400,
      tcpOut: 2302,
      tcpOutBytes: 2302 * 52,
      largestIp: 39_144,
    });
    const t = classifyTaps([l, o, tun]);
    expect([t.outer, t.tunnel, t.lan]).toEqual([3, 5, 2]);
  });

  it("uses an interface name as a hint and reports when no tunnel device exists", () => {
    const named = classifyTaps([
      outer,
      { ...tunnel, name: "vti0", tcpIn: 0, tcpOut: 0, tcpUnknownDir: 3350 },
      lan,
    ]);
    expect(named.tunnel).toBe(3);
    const none = classifyTaps([outer, lan]);
    expect(none.tunnel).toBeUndefined();
    expect(none.lan).toBe(11);
    expect(none.reasons.join(" ")).toMatch(/no tunnel device tap/);
  });

  it("without ESP there is no outer tap", () => {
    const t = classifyTaps([lan]);
    expect(t.outer).toBeUndefined();
    expect(t.reasons[0]).toMatch(/no interface carries ESP/);
  });
});
