import { describe, expect, it } from "vitest";
import { parseProcNet } from "../src/capture.js";
import { findCpuCgroup } from "../src/cgroup.js";
import { isLabError, LabError } from "../src/errors.js";
import { type PreflightProbe, preflight, REQUIREMENTS } from "../src/preflight.js";
import { childSaInstalled } from "../src/strongswan.js";

const all: PreflightProbe = { isRoot: () => true, hasNetns: () => true, locate: (w) => `/usr/bin/${w}` };

function failure(probe: PreflightProbe): LabError {
  try {
    preflight(probe);
  } catch (err) {
    if (err instanceof LabError) return err;
    throw err;
  }
  throw new Error("preflight passed");
}

describe("preflight", () => {
  it("passes when everything is there", () => {
    expect(() => preflight(all)).not.toThrow();
  });

  it("says root is needed, in one line", () => {
    const e = failure({ ...all, isRoot: () => false });
    expect(e.code).toBe("LAB_NOT_ROOT");
    expect(e.message).toMatch(/needs root/);
    expect(e.message).not.toContain("\n");
  });

  it("says when the kernel has no network namespaces", () => {
    expect(failure({ ...all, hasNetns: () => false }).code).toBe("LAB_NO_NETNS");
  });

  it("names every missing program and the one apt-get line that installs them", () => {
    const missing = new Set(["tcpdump", "nft", "/usr/lib/ipsec/charon", "swanctl"]);
    const e = failure({ ...all, locate: (w) => (missing.has(w) ? undefined : w) });
    expect(e.code).toBe("LAB_MISSING_TOOL");
    expect(e.message).toBe(
      "missing charon, swanctl, tcpdump, nft: install with `apt-get install strongswan-charon strongswan-swanctl tcpdump nftables`",
    );
  });

  it("maps the kernel-libipsec plugin to libcharon-extra-plugins", () => {
    const e = failure({ ...all, locate: (w) => (w.includes("kernel-libipsec") ? undefined : w) });
    expect(e.message).toMatch(
      /libstrongswan-kernel-libipsec\.so: install with `apt-get install libcharon-extra-plugins`$/,
    );
  });

  it("maps the openssl plugin (x25519, AES-GCM) to libstrongswan-standard-plugins", () => {
    const e = failure({ ...all, locate: (w) => (w.includes("openssl") ? undefined : w) });
    expect(e.message).toMatch(
      /libstrongswan-openssl\.so: install with `apt-get install libstrongswan-standard-plugins`$/,
    );
  });

  it("lists a package for every requirement", () => {
    for (const r of REQUIREMENTS) expect(r.pkg).toMatch(/^[a-z0-9.+-]+$/);
  });
});

describe("cgroup detection", () => {
  const v1 = [
    "tmpfs /sys/fs/cgroup tmpfs rw,relatime,mode=755 0 0",
    "cgroup /sys/fs/cgroup/cpu cgroup rw,relatime,cpu 0 0",
    "cgroup /sys/fs/cgroup/cpuacct cgroup rw,relatime,cpuacct 0 0",
    "cgroup2 /sys/fs/cgroup/unified cgroup2 rw,relatime 0 0",
  ].join("\n");

  it("prefers the v1 cpu hierarchy when mounted", () => {
    expect(findCpuCgroup(v1, () => true)).toEqual({ version: 1, mount: "/sys/fs/cgroup/cpu" });
  });

  it("falls back to cgroup2 with a cpu controller", () => {
    const v2 = "cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid 0 0";
    expect(findCpuCgroup(v2, () => true)).toEqual({ version: 2, mount: "/sys/fs/cgroup" });
    expect(findCpuCgroup(v2, () => false)).toBeUndefined();
  });

  it("does not take cpuacct or cpuset for cpu", () => {
    const only = "cgroup /sys/fs/cgroup/cpuset cgroup rw,cpuset 0 0\ncgroup /x cgroup rw,cpuacct 0 0";
    expect(findCpuCgroup(only, () => false)).toBeUndefined();
  });
});

describe("parsers", () => {
  it("reads /proc/net/snmp pairs of lines", () => {
    const text = "Udp: InDatagrams NoPorts RcvbufErrors\nUdp: 10 0 3\nTcp: RetransSegs\nTcp: 7\n";
    expect(parseProcNet(text)).toEqual({
      Udp: { InDatagrams: 10, NoPorts: 0, RcvbufErrors: 3 },
      Tcp: { RetransSegs: 7 },
    });
  });

  it("recognises an installed CHILD_SA in swanctl --list-sas output", () => {
    const out =
      "lab: #1, ESTABLISHED, IKEv2\n  lab: #1, reqid 1, INSTALLED, TUNNEL-in-UDP, ESP:AES_GCM_16-128\n";
    expect(childSaInstalled(out)).toBe(true);
    expect(childSaInstalled("lab: #1, CONNECTING, IKEv2\n")).toBe(false);
  });

  it("LabError carries its code and cause", () => {
    const cause = new Error("x");
    const e = new LabError("LAB_BUSY", "busy", { cause });
    expect(isLabError(e, "LAB_BUSY")).toBe(true);
    expect(e.cause).toBe(cause);
    expect(e.name).toBe("LabError");
  });
});
