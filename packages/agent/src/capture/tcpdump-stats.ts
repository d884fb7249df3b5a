/**
 * Parses what tcpdump prints about its own losses: on SIGUSR1 one line
 * (`tcpdump: 12 packets captured, 12 packets received by filter, 0 packets dropped by
 * kernel`) and on exit several (`… packets dropped by kernel`, sometimes `… packets
 * dropped by interface`). Pure.
 */

export interface TcpdumpStats {
  readonly captured: number;
  readonly received: number;
  readonly kernelDrops: number;
  readonly interfaceDrops: number;
}

function lastNumber(text: string, re: RegExp): number | undefined {
  let found: number | undefined;
  for (const m of text.matchAll(re)) found = Number(m[1]);
  return found;
}

/** The latest figures found in `text` (stderr so far); undefined when there are none. */
export function parseTcpdumpStats(text: string): TcpdumpStats | undefined {
  const kernel = lastNumber(text, /(\d+) packets? dropped by kernel/g);
  if (kernel === undefined) return undefined;
  return {
    captured: lastNumber(text, /(\d+) packets? captured/g) ?? 0,
    received: lastNumber(text, /(\d+) packets? received by filter/g) ?? 0,
    kernelDrops: kernel,
    interfaceDrops: lastNumber(text, /(\d+) packets? dropped by interface/g) ?? 0,
  };
}

/** What went wrong, from tcpdump's stderr when it exits early. */
export type TcpdumpFailure = "permission" | "no-interface" | "filter" | "other";

export function classifyTcpdumpError(stderr: string): TcpdumpFailure {
  if (/permission|Operation not permitted|not permitted/i.test(stderr)) return "permission";
  if (/No such device|doesn't exist|no such interface|SIOCGIFHWADDR|device not found/i.test(stderr)) {
    return "no-interface";
  }
  if (/can't parse filter expression|syntax error/i.test(stderr)) return "filter";
  return "other";
}

/** The last non-empty line of tcpdump's stderr that is not its banner or statistics. */
export function lastErrorLine(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/^tcpdump: listening on|packets? (captured|received|dropped)/.test(l));
  return lines[lines.length - 1] ?? "tcpdump exited without a message";
}
