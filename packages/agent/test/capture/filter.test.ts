import { describe, expect, it } from "vitest";
import { buildFilter, filterPartProblem, validateInterfaceName } from "../../src/capture/filter.js";

describe("validateInterfaceName", () => {
  it.each(["eth0", "ipsec0", "vti-1", "eth0.100", "veth@if3", "xfrm:1", "any", "a".repeat(15)])(
    "accepts %s",
    (n) => {
      expect(validateInterfaceName(n)).toBe(n);
    },
  );
  it.each(["", "-i", "--help", "a".repeat(16), "eth 0", "eth/0", "eth0;ls", "é0", ".", ".."])(
    "rejects %j",
    (n) => {
      expect(() => validateInterfaceName(n)).toThrow(
        expect.objectContaining({ code: "AGENT_INVALID_INTERFACE" }),
      );
    },
  );
  it("rejects non-strings", () => {
    expect(() => validateInterfaceName(3)).toThrow(/is not an interface name/);
  });
});

describe("filterPartProblem", () => {
  it.each([
    "host 10.1.0.10",
    "tcp port 5001",
    "not (udp port 53)",
    "net fd00::/8",
    "len <= 1500",
    "tcp[13] & 2 != 0",
  ])("accepts %j", (p) => {
    expect(filterPartProblem(p)).toBeUndefined();
  });
  it.each([
    ["tcp; reboot", /character/],
    ["$(id)", /character/],
    ["`id`", /character/],
    ["host 'x'", /character/],
    ["-w /tmp/x", /starting with '-'/],
    ["tcp and (-w x)", /starting with '-'/],
    ["(tcp", /unbalanced/],
    ["tcp)", /unbalanced/],
    ["", /empty/],
    ["x".repeat(300), /longer/],
    ["tcp\nport 1", /character/],
  ])("rejects %j", (p, why) => {
    expect(filterPartProblem(p)).toMatch(why);
  });
});

describe("buildFilter", () => {
  it("starts from the tap's base expression", () => {
    expect(buildFilter({ tap: "outer" })).toBe("(esp or udp port 4500 or udp port 500 or icmp or icmp6)");
    expect(buildFilter({ tap: "inner" })).toBe("(tcp or icmp or icmp6)");
  });
  it("and-s hosts, ports and extra parts, each parenthesised", () => {
    expect(
      buildFilter({
        tap: "inner",
        hosts: ["10.1.0.0/24", "fd00::1"],
        ports: [5001, 443],
        extra: ["not host 10.1.0.1"],
      }),
    ).toBe(
      "(tcp or icmp or icmp6) and (net 10.1.0.0/24 or net fd00::1) and (not tcp or tcp port 5001 or tcp port 443) and (not host 10.1.0.1)",
    );
  });
  it("ignores ports on the outer tap (ESP has none)", () => {
    expect(buildFilter({ tap: "outer", ports: [5001] })).not.toContain("5001");
  });
  it("names the bad part", () => {
    expect(() => buildFilter({ tap: "inner", hosts: ["10.0.0.300"] })).toThrow(/hosts\[0\]/);
    expect(() => buildFilter({ tap: "inner", ports: [70000] })).toThrow(/ports\[0\]/);
    expect(() => buildFilter({ tap: "inner", extra: ["tcp", "a|b;c"] })).toThrow(/filter part 2/);
    expect(() => buildFilter({ tap: "inner", extra: Array(17).fill("tcp") })).toThrow(/at most 16/);
  });
});

describe("the tunnel tap's filter", () => {
  it("captures TCP and ICMP like the inner tap, with the port restriction", () => {
    expect(buildFilter({ tap: "tunnel" })).toBe("(tcp or icmp or icmp6)");
    expect(buildFilter({ tap: "tunnel", ports: [5001] })).toBe(
      "(tcp or icmp or icmp6) and (not tcp or tcp port 5001)",
    );
    expect(buildFilter({ tap: "outer", ports: [5001] })).not.toContain("5001");
  });
});
