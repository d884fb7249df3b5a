import { describe, expect, it } from "vitest";
import { mtuBlackhole } from "../../../src/verdict/rules/mtu-blackhole.js";
import { mtuEvidence } from "../evidence-fixtures.js";
import { fires, quietOnOthers } from "./helpers.js";

describe("rule mtu-blackhole", () => {
  it("fires when big ESP vanishes and small passes, and clamps the MSS from what got through", () => {
    const c = fires(mtuBlackhole, mtuEvidence());
    expect(c.location).toBe("underlay");
    expect(c.confidence).toBeGreaterThanOrEqual(0.9);
    expect(c.evidence[0]).toMatch(
      /1464 bytes or more .* \(10 of 10 lost\), while 3 of 3 smaller ones arrived/,
    );
    // 616 (largest ESP through) − 64 (overhead) = 552 inner; − 40 (IPv4 + TCP) = 512.
    expect(c.recommendations).toContain(
      "nft add rule inet filter forward tcp flags syn tcp option maxseg size set 512",
    );
    expect(c.recommendations).toContain(
      "iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 512",
    );
  });

  it("uses IPv6 header sizes for IPv6 flows", () => {
    const e = mtuEvidence();
    e.ipVersion = 6;
    expect(fires(mtuBlackhole, e).recommendations.join(" ")).toMatch(/maxseg size set 492/);
  });

  it("is less sure when an ICMP too-big with a smaller MTU did reach the sender side", () => {
    const e = mtuEvidence();
    e.mtu.icmpRelevant = 1;
    e.mtu.icmpMtus = [1300];
    expect(fires(mtuBlackhole, e).confidence).toBeLessThan(0.7);
  });

  it("stays quiet on every other case", () => {
    quietOnOthers(mtuBlackhole, ["mtu-blackhole"]);
  });
});
