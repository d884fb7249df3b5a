/**
 * Checks that this machine can run the lab, before anything is created: root, network
 * namespaces, and every program with the Debian package that provides it.
 */
import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";
import { LabError } from "./errors.js";

/** A program (or file) the lab needs and the Debian package that provides it. */
export interface Requirement {
  /** A command looked up on PATH (plus the sbin directories), or an absolute file path. */
  readonly what: string;
  readonly pkg: string;
  /** What the lab uses it for (shown in `--help`/README). */
  readonly why: string;
}

export const CHARON = "/usr/lib/ipsec/charon";
export const KERNEL_LIBIPSEC = "/usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so";
export const OPENSSL_PLUGIN = "/usr/lib/ipsec/plugins/libstrongswan-openssl.so";

export const REQUIREMENTS: readonly Requirement[] = [
  { what: "ip", pkg: "iproute2", why: "namespaces, veth links, addresses, routes" },
  { what: "tc", pkg: "iproute2", why: "HTB classes for the replay-window scenario" },
  { what: CHARON, pkg: "strongswan-charon", why: "the IKEv2 daemon on each gateway" },
  { what: "swanctl", pkg: "strongswan-swanctl", why: "loads connections and PSK, lists SAs" },
  { what: KERNEL_LIBIPSEC, pkg: "libcharon-extra-plugins", why: "user-space ESP (no kernel ESP here)" },
  {
    what: OPENSSL_PLUGIN,
    pkg: "libstrongswan-standard-plugins",
    why: "the openssl plugin: x25519 and AES-GCM of the lab's IKE/ESP proposals",
  },
  { what: "tcpdump", pkg: "tcpdump", why: "captures on the gateways and the receiver host" },
  { what: "nft", pkg: "nftables", why: "loss and reordering faults on the WAN router" },
  { what: "ethtool", pkg: "ethtool", why: "turns offloads off on the delay-bridge path" },
  { what: "python3", pkg: "python3", why: "the AF_PACKET delay bridge and the ICMP tunnel probe" },
  { what: "unshare", pkg: "util-linux", why: "a private /run for each charon" },
];

const EXTRA_DIRS = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

/** Where a requirement is found, or undefined. */
export function locate(what: string, envPath = process.env.PATH ?? ""): string | undefined {
  if (what.startsWith("/")) return existsSync(what) ? what : undefined;
  const dirs = [...envPath.split(path.delimiter).filter((d) => d !== ""), ...EXTRA_DIRS];
  for (const dir of dirs) {
    const p = path.join(dir, what);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** What preflight looks at; injectable so the error lines can be tested without root. */
export interface PreflightProbe {
  readonly isRoot: () => boolean;
  readonly hasNetns: () => boolean;
  readonly locate: (what: string) => string | undefined;
}

export const systemProbe: PreflightProbe = {
  isRoot: () => typeof process.getuid === "function" && process.getuid() === 0,
  hasNetns: () => existsSync("/proc/self/ns/net"),
  locate: (what) => locate(what),
};

/**
 * Throws the first problem as a one-line `LabError`: not root, no namespaces, or every
 * missing program at once with the single `apt-get install` line that fixes them all.
 */
export function preflight(probe: PreflightProbe = systemProbe): void {
  if (!probe.isRoot()) {
    throw new LabError(
      "LAB_NOT_ROOT",
      "the lab needs root (it creates network namespaces and captures packets): run it with sudo or as root",
    );
  }
  if (!probe.hasNetns()) {
    throw new LabError(
      "LAB_NO_NETNS",
      "this kernel has no network namespaces (/proc/self/ns/net is missing): the lab cannot run here",
    );
  }
  const missing = REQUIREMENTS.filter((r) => probe.locate(r.what) === undefined);
  if (missing.length > 0) {
    const names = missing.map((r) => (r.what.startsWith("/") ? path.basename(r.what) : r.what));
    const pkgs = [...new Set(missing.map((r) => r.pkg))];
    throw new LabError(
      "LAB_MISSING_TOOL",
      `missing ${names.join(", ")}: install with \`apt-get install ${pkgs.join(" ")}\``,
    );
  }
}
