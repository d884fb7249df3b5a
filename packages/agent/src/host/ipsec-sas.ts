/**
 * IPsec SAs from the two places a gateway keeps them, parsed by pure functions (text in,
 * SAs out; unknown lines skipped, never thrown on):
 *
 * - strongSwan's `swanctl --list-sas --raw` (the vici answer as text): every CHILD_SA's
 *   in/out SPI, UDP encapsulation and byte/packet counters with the IKE SA's addresses.
 *   This is what shows SAs when charon runs kernel-libipsec (the lab), where the kernel
 *   holds none.
 * - the kernel's `ip -s xfrm state` (kernel IPsec): SPI, addresses, replay window and
 *   the per-SA drop counters (`stats: replay-window N replay N failed N`), ESN, encap.
 */

/** One SA in one direction, as parsed (addresses as text). */
export interface ParsedSa {
  readonly spi: number;
  /** "in" = decrypted here, "out" = encrypted here, undefined = not known. */
  readonly direction: "in" | "out" | undefined;
  readonly src: string;
  readonly dst: string;
  readonly bytes: number;
  readonly packets: number;
  /** Anti-replay window in packets; undefined when the source does not say. */
  readonly replayWindow?: number;
  /** Packets dropped left of the replay window (cumulative). */
  readonly replayWindowDrops?: number;
  /** Packets dropped as replays (cumulative). */
  readonly replayDrops?: number;
  /** Packets that failed the integrity check (cumulative). */
  readonly integrityFailures?: number;
  readonly udpEncap: boolean;
  readonly esn: boolean;
}

/** A vici section: scalar values, lists and sub-sections by key. */
export type ViciSection = { [key: string]: string | string[] | ViciSection };

/**
 * One `{ … }` section of swanctl's `--raw` output starting at `text[start]` (just after
 * the `{`); returns it and the position after its closing `}`.
 */
function parseSection(text: string, start: number): { section: ViciSection; end: number } {
  const section: ViciSection = {};
  const token = /\s*(?:([^\s={}[\]]+)\s*\{|(\})|([^\s={}]+)=(\[[^\]]*\]|[^\s{}]*))/y;
  let i = start;
  while (i < text.length) {
    token.lastIndex = i;
    const m = token.exec(text);
    if (m === null) break;
    i = token.lastIndex;
    if (m[2] !== undefined) return { section, end: i };
    if (m[1] !== undefined) {
      const sub = parseSection(text, i);
      section[m[1]] = sub.section;
      i = sub.end;
    } else if (m[3] !== undefined) {
      const v = m[4] ?? "";
      section[m[3]] = v.startsWith("[")
        ? v
            .slice(1, -1)
            .split(/\s+/)
            .filter((x) => x !== "")
        : v;
    }
  }
  return { section, end: i };
}

/** The `list-sa event {…}` sections of `swanctl --list-sas --raw`, one per IKE SA event. */
export function parseViciEvents(text: string, event = "list-sa event"): ViciSection[] {
  const out: ViciSection[] = [];
  for (const line of text.split("\n")) {
    const at = line.indexOf(`${event} {`);
    if (at < 0) continue;
    out.push(parseSection(line, at + event.length + 2).section);
  }
  return out;
}

const num = (v: unknown): number => {
  const n = typeof v === "string" && /^\d+$/.test(v) ? Number(v) : 0;
  return Number.isSafeInteger(n) ? n : 0;
};
const sectionOf = (v: unknown): ViciSection | undefined =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as ViciSection) : undefined;

/**
 * `swanctl --list-sas --raw`: each installed ESP CHILD_SA as two SAs, in (remote →
 * local) and out (local → remote), with their counters. vici does not report the
 * replay window nor drop counters (those are the kernel's or libipsec's).
 */
export function parseSwanctlRawSas(text: string): ParsedSa[] {
  const out: ParsedSa[] = [];
  for (const ev of parseViciEvents(text)) {
    for (const ikeValue of Object.values(ev)) {
      const ike = sectionOf(ikeValue);
      if (ike === undefined) continue;
      const local = typeof ike["local-host"] === "string" ? ike["local-host"] : "";
      const remote = typeof ike["remote-host"] === "string" ? ike["remote-host"] : "";
      const children = sectionOf(ike["child-sas"]) ?? {};
      for (const childValue of Object.values(children)) {
        const c = sectionOf(childValue);
        if (c === undefined || (c.protocol !== undefined && c.protocol !== "ESP")) continue;
        const udpEncap = c.encap === "yes";
        const esn = c.esn === "1" || c.esn === "yes";
        for (const dir of ["in", "out"] as const) {
          const spiText = c[`spi-${dir}`];
          if (typeof spiText !== "string" || !/^[0-9a-fA-F]{1,8}$/.test(spiText)) continue;
          out.push({
            spi: Number.parseInt(spiText, 16) >>> 0,
            direction: dir,
            src: dir === "in" ? remote : local,
            dst: dir === "in" ? local : remote,
            bytes: num(c[`bytes-${dir}`]),
            packets: num(c[`packets-${dir}`]),
            udpEncap,
            esn,
          });
        }
      }
    }
  }
  return out;
}

/**
 * `ip -s xfrm state`: every ESP SA with its replay window, counters (`lifetime current:
 * B(bytes), P(packets)`) and drops (`stats: replay-window N replay N failed N`). The
 * direction comes from a `dir in|out` field (kernels ≥ 6.10) or else from `local`: an
 * SA whose destination is one of this host's addresses is inbound.
 */
export function parseXfrmState(text: string, local: readonly string[] = []): ParsedSa[] {
  const out: ParsedSa[] = [];
  type Draft = {
    -readonly [K in keyof ParsedSa]: ParsedSa[K];
  } & { proto: string };
  let cur: Draft | undefined;
  let inCurrent = false;
  let inStats = false;
  const flush = () => {
    if (cur !== undefined && cur.proto === "esp") {
      const { proto: _proto, ...sa } = cur;
      if (sa.direction === undefined) {
        sa.direction = local.includes(sa.dst) ? "in" : local.includes(sa.src) ? "out" : undefined;
      }
      out.push(sa);
    }
    cur = undefined;
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    let m = /^src (\S+) dst (\S+)$/.exec(line);
    if (m !== null && !/^\s/.test(raw)) {
      flush();
      cur = {
        spi: 0,
        direction: undefined,
        src: m[1] as string,
        dst: m[2] as string,
        bytes: 0,
        packets: 0,
        udpEncap: false,
        esn: false,
        proto: "",
      };
      inCurrent = false;
      inStats = false;
      continue;
    }
    if (cur === undefined) continue;
    m = /^proto (\S+) spi 0x([0-9a-fA-F]{1,8})\b/.exec(line);
    if (m !== null) {
      cur.proto = m[1] as string;
      cur.spi = Number.parseInt(m[2] as string, 16) >>> 0;
      continue;
    }
    m = /^replay-window (\d+) seq 0x[0-9a-fA-F]+ flag (.*)$/.exec(line);
    if (m !== null) {
      cur.replayWindow = Number(m[1]);
      if (/\besn\b/.test(m[2] as string)) cur.esn = true;
      continue;
    }
    m = /^anti-replay esn context:/.exec(line);
    if (m !== null) {
      cur.esn = true;
      continue;
    }
    m = /^replay_window (\d+), bitmap-length \d+/.exec(line);
    if (m !== null) {
      // the ESN replay window (the header's replay-window is 0 then)
      if ((cur.replayWindow ?? 0) === 0) cur.replayWindow = Number(m[1]);
      continue;
    }
    if (/^encap type espinudp/.test(line)) {
      cur.udpEncap = true;
      continue;
    }
    m = /^dir (in|out)\b/.exec(line);
    if (m !== null) {
      cur.direction = m[1] as "in" | "out";
      continue;
    }
    if (line === "lifetime current:") {
      inCurrent = true;
      inStats = false;
      continue;
    }
    if (line === "stats:") {
      inStats = true;
      inCurrent = false;
      continue;
    }
    if (inCurrent) {
      m = /^(\d+)\(bytes\), (\d+)\(packets\)/.exec(line);
      if (m !== null) {
        cur.bytes = Number(m[1]);
        cur.packets = Number(m[2]);
        continue;
      }
    }
    if (inStats) {
      m = /^replay-window (\d+) replay (\d+) failed (\d+)/.exec(line);
      if (m !== null) {
        cur.replayWindowDrops = Number(m[1]);
        cur.replayDrops = Number(m[2]);
        cur.integrityFailures = Number(m[3]);
      }
    }
  }
  flush();
  return out;
}

/**
 * Cumulative per-SA counters for the host counters ("sa.<spi>.<dir>.packets", …; spi as
 * 8 hex digits): `hostDelta` turns them into per-interval deltas like any counter.
 */
export function saCounters(sas: readonly ParsedSa[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sas) {
    const key = `sa.${s.spi.toString(16).padStart(8, "0")}.${s.direction ?? "unknown"}`;
    out.set(`${key}.packets`, s.packets);
    out.set(`${key}.bytes`, s.bytes);
    if (s.replayWindowDrops !== undefined) out.set(`${key}.replay_window_drops`, s.replayWindowDrops);
    if (s.replayDrops !== undefined) out.set(`${key}.replay_drops`, s.replayDrops);
    if (s.integrityFailures !== undefined) out.set(`${key}.integrity_failures`, s.integrityFailures);
  }
  return out;
}
