/**
 * Validated pieces of a capture command line: interface names and the BPF filter.
 *
 * The filter is assembled from parts, each checked, and handed to tcpdump as ONE
 * argument after `--` (never through a shell, never where getopt could read it as an
 * option). Free-form parts (a SessionCommand's `bpf_filter`, `capture.filter` in the
 * configuration) pass a character whitelist: no quotes, backslashes, `;`, `$`, backticks
 * or control characters, no token starting with `-`, balanced parentheses.
 */
import { isIP } from "node:net";
import { AgentError } from "../errors.js";
import type { LiveTap } from "./source.js";

/** Linux interface names: 1-15 characters, no '/', whitespace or leading '-'. */
const IFACE = /^[A-Za-z0-9_.:@-]{1,15}$/;

/** Returns the name when it is a valid Linux interface name; throws AGENT_INVALID_INTERFACE. */
export function validateInterfaceName(name: unknown, field = "interface"): string {
  if (
    typeof name !== "string" ||
    !IFACE.test(name) ||
    name.startsWith("-") ||
    name === "." ||
    name === ".."
  ) {
    throw new AgentError(
      "AGENT_INVALID_INTERFACE",
      `${field}: ${JSON.stringify(name)} is not an interface name; use 1-15 characters from ` +
        "A-Z a-z 0-9 _ . : @ - not starting with '-' (see `ip -br link`)",
    );
  }
  return name;
}

/** True when `name` is a valid interface name. */
export function isValidInterfaceName(name: unknown): boolean {
  return (
    typeof name === "string" && IFACE.test(name) && !name.startsWith("-") && name !== "." && name !== ".."
  );
}

/** Most free-form parts and characters per part accepted. */
export const MAX_FILTER_PARTS = 16;
export const MAX_FILTER_PART_LENGTH = 256;
const FREE_PART = /^[A-Za-z0-9 .:/()!&|=<>[\]*+-]+$/;

/** Checks one free-form BPF expression part; returns a reason, or undefined when acceptable. */
export function filterPartProblem(part: unknown): string | undefined {
  if (typeof part !== "string") return "not a string";
  const p = part.trim();
  if (p === "") return "empty";
  if (p.length > MAX_FILTER_PART_LENGTH) return `longer than ${MAX_FILTER_PART_LENGTH} characters`;
  if (!FREE_PART.test(p)) {
    return "has a character outside A-Z a-z 0-9 space . : / ( ) ! & | = < > [ ] * + -";
  }
  if (/(^|[\s(])-/.test(p)) return "has a token starting with '-'";
  let depth = 0;
  for (const ch of p) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return "has unbalanced parentheses";
  }
  if (depth !== 0) return "has unbalanced parentheses";
  return undefined;
}

/** What a tap's filter is built from. */
export interface FilterSpec {
  /** Which side: the outer tap captures ESP/IKE/ICMP, the inner and tunnel taps TCP/ICMP. */
  readonly tap: LiveTap;
  /** Restrict to these hosts or networks (IPv4/IPv6 address, optionally /prefix). */
  readonly hosts?: readonly string[];
  /** Inner tap only: restrict TCP to these ports. */
  readonly ports?: readonly number[];
  /** Free-form BPF expressions, each checked by {@link filterPartProblem}. */
  readonly extra?: readonly string[];
}

/** Returns the address or CIDR when valid; undefined otherwise. */
export function normalizeNet(value: string): string | undefined {
  const m = /^([0-9A-Fa-f:.]+)(?:\/(\d{1,3}))?$/.exec(value.trim());
  if (m === null) return undefined;
  const version = isIP(m[1] as string);
  if (version === 0) return undefined;
  if (m[2] !== undefined) {
    const bits = Number(m[2]);
    if (bits > (version === 4 ? 32 : 128)) return undefined;
  }
  return value.trim();
}

/** The tap's base expression: what tunnelscope needs to see there, headers only. */
export const BASE_FILTER = {
  outer: "esp or udp port 4500 or udp port 500 or icmp or icmp6",
  inner: "tcp or icmp or icmp6",
  tunnel: "tcp or icmp or icmp6",
} as const;

/**
 * Builds the BPF expression for a tap: `(base) and (hosts) and (ports) and (extra1) and …`.
 * Throws AGENT_INVALID_FILTER naming the bad part.
 */
export function buildFilter(spec: FilterSpec): string {
  const parts: string[] = [`(${BASE_FILTER[spec.tap]})`];
  const hosts = spec.hosts ?? [];
  if (hosts.length > 0) {
    const nets = hosts.map((h, i) => {
      const n = typeof h === "string" ? normalizeNet(h) : undefined;
      if (n === undefined) {
        throw new AgentError(
          "AGENT_INVALID_FILTER",
          `filter hosts[${i}]: ${JSON.stringify(h)} is not an IPv4/IPv6 address or network (e.g. 10.1.0.0/24)`,
        );
      }
      return `net ${n}`;
    });
    parts.push(`(${nets.join(" or ")})`);
  }
  const ports = spec.ports ?? [];
  if (ports.length > 0 && spec.tap !== "outer") {
    for (const [i, p] of ports.entries()) {
      if (!Number.isInteger(p) || p < 1 || p > 65535) {
        throw new AgentError(
          "AGENT_INVALID_FILTER",
          `filter ports[${i}]: ${String(p)} is not a port (1-65535)`,
        );
      }
    }
    parts.push(`(not tcp or ${ports.map((p) => `tcp port ${p}`).join(" or ")})`);
  }
  const extra = spec.extra ?? [];
  if (extra.length > MAX_FILTER_PARTS) {
    throw new AgentError(
      "AGENT_INVALID_FILTER",
      `${extra.length} filter parts: at most ${MAX_FILTER_PARTS}; join some with 'and'/'or'`,
    );
  }
  for (const [i, e] of extra.entries()) {
    const problem = filterPartProblem(e);
    if (problem !== undefined) {
      throw new AgentError(
        "AGENT_INVALID_FILTER",
        `filter part ${i + 1} ${JSON.stringify(e)} ${problem}; give a plain BPF expression such as 'host 10.1.0.10'`,
      );
    }
    parts.push(`(${(e as string).trim()})`);
  }
  return parts.join(" and ");
}
