/**
 * Parsers of the host's counter files and tool outputs. Pure: text in, numbers out;
 * tested on sample text. Unknown lines are skipped, never thrown on.
 */

/** Counters of /proc/net/snmp and /proc/net/netstat ("Group: names" / "Group: values" line pairs), as "Group.Name". */
export function parseProcPairs(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.split("\n");
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i] as string;
    const vals = lines[i + 1] as string;
    const c1 = head.indexOf(":");
    const c2 = vals.indexOf(":");
    if (c1 < 0 || c2 < 0 || head.slice(0, c1) !== vals.slice(0, c2)) continue;
    const group = head.slice(0, c1);
    const names = head
      .slice(c1 + 1)
      .trim()
      .split(/\s+/);
    const values = vals
      .slice(c2 + 1)
      .trim()
      .split(/\s+/);
    if (names.length !== values.length || !values.every((v) => /^-?\d+$/.test(v))) continue;
    names.forEach((n, k) => {
      out.set(`${group}.${n}`, Number(values[k]));
    });
    i++;
  }
  return out;
}

/** The TcpExt/Udp/Tcp counters tunnelscope reports (others are left out of batches). */
export const SNMP_COUNTERS: readonly string[] = [
  "Tcp.RetransSegs",
  "Tcp.InErrs",
  "Tcp.OutRsts",
  "Udp.RcvbufErrors",
  "Udp.InErrors",
  "Udp.SndbufErrors",
  "Ip.InDiscards",
  "Ip.OutDiscards",
  "Ip.FragFails",
  "Icmp.InDestUnreachs",
];
export const NETSTAT_COUNTERS: readonly string[] = [
  "TcpExt.TCPZeroWindowDrop",
  "TcpExt.TCPToZeroWindowAdv",
  "TcpExt.TCPFromZeroWindowAdv",
  "TcpExt.TCPWantZeroWindowAdv",
  "TcpExt.TCPRcvQDrop",
  "TcpExt.PruneCalled",
  "TcpExt.RcvPruned",
  "TcpExt.OfoPruned",
  "TcpExt.TCPOFOQueue",
  "TcpExt.TCPOFODrop",
  "TcpExt.TCPLostRetransmit",
  "TcpExt.TCPFastRetrans",
  "TcpExt.TCPSlowStartRetrans",
  "TcpExt.TCPTimeouts",
  "TcpExt.TCPSpuriousRTOs",
  "TcpExt.TCPBacklogDrop",
  "TcpExt.ListenDrops",
  "IpExt.InNoRoutes",
];

/** /proc/net/xfrm_stat: "XfrmInError   0" lines. */
export function parseXfrmStat(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    const m = /^(Xfrm\w+)\s+(\d+)\s*$/.exec(line.trim());
    if (m !== null) out.set(m[1] as string, Number(m[2]));
  }
  return out;
}

/** /proc/softirqs: NET_RX/NET_TX (and others) per CPU, as "NET_RX.cpu0". */
export function parseSoftirqs(
  text: string,
  keep: readonly string[] = ["NET_RX", "NET_TX"],
): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const cpus = (lines[0] ?? "")
    .trim()
    .split(/\s+/)
    .map((c) => c.toLowerCase());
  for (const line of lines.slice(1)) {
    const m = /^\s*([A-Z_]+):\s*(.*)$/.exec(line);
    if (m === null || !keep.includes(m[1] as string)) continue;
    (m[2] as string)
      .trim()
      .split(/\s+/)
      .forEach((v, k) => {
        if (cpus[k] !== undefined && /^\d+$/.test(v)) out.set(`${m[1]}.${cpus[k]}`, Number(v));
      });
  }
  return out;
}

const CPU_FIELDS = ["user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"] as const;

/** /proc/stat cpu lines (USER_HZ ticks), as "cpu0.softirq", "cpu.idle". */
export function parseProcStat(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    const m = /^(cpu\d*)\s+(.*)$/.exec(line);
    if (m === null) continue;
    const vals = (m[2] as string).trim().split(/\s+/);
    CPU_FIELDS.forEach((f, k) => {
      const v = vals[k];
      if (v !== undefined && /^\d+$/.test(v)) out.set(`${m[1]}.${f}`, Number(v));
    });
  }
  return out;
}

/** A sysctl file's numbers ("4096\t131072\t6291456"). */
export function parseSysctlNumbers(text: string): number[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((v) => /^\d+$/.test(v))
    .map(Number);
}

/** IPv4 or IPv6 text → 4/16 bytes; undefined when not an address. */
export function addressBytes(text: string): Uint8Array | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4 !== null) {
    const b = v4.slice(1).map(Number);
    return b.every((x) => x <= 255) ? new Uint8Array(b) : undefined;
  }
  if (!/^[0-9a-fA-F:]+$/.test(text) || !text.includes(":")) return undefined;
  const [head, tail, extra] = text.split("::");
  if (extra !== undefined) return undefined;
  const hs = head === "" || head === undefined ? [] : head.split(":");
  const ts = tail === undefined ? [] : tail === "" ? [] : tail.split(":");
  const fill = tail === undefined ? 0 : 8 - hs.length - ts.length;
  const groups = [...hs, ...Array(Math.max(fill, 0)).fill("0"), ...ts];
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    const v = Number.parseInt(g, 16);
    out[i * 2] = v >>> 8;
    out[i * 2 + 1] = v & 255;
  });
  return out;
}

/** One CHILD_SA direction from `swanctl --list-sas`. */
export interface SwanctlSa {
  readonly spi: number;
  readonly direction: "in" | "out";
  readonly src: string;
  readonly dst: string;
  readonly bytes: number;
  readonly packets: number;
  readonly udpEncap: boolean;
  readonly esn: boolean;
}

/**
 * `swanctl --list-sas`: every CHILD_SA's in/out SPI and counters, with the IKE SA's
 * addresses (in: remote → local, out: local → remote).
 */
export function parseSwanctlSas(text: string): SwanctlSa[] {
  const out: SwanctlSa[] = [];
  let local = "";
  let remote = "";
  let udp = false;
  let esn = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    let m = /^local\s+.*@\s+([0-9a-fA-F:.]+)\[\d+\]/.exec(line);
    if (m !== null) {
      local = m[1] as string;
      continue;
    }
    m = /^remote\s+.*@\s+([0-9a-fA-F:.]+)\[\d+\]/.exec(line);
    if (m !== null) {
      remote = m[1] as string;
      continue;
    }
    if (/^\S+: #\d+, reqid \d+/.test(line)) {
      udp = /-in-UDP/.test(line);
      esn = /\bESN\b/.test(line);
      continue;
    }
    m = /^(in|out)\s+([0-9a-f]{8})\b.*?(\d+) bytes,\s+(\d+) packets/.exec(line);
    if (m !== null) {
      const dir = m[1] as "in" | "out";
      out.push({
        spi: Number.parseInt(m[2] as string, 16) >>> 0,
        direction: dir,
        src: dir === "in" ? remote : local,
        dst: dir === "in" ? local : remote,
        bytes: Number(m[3]),
        packets: Number(m[4]),
        udpEncap: udp,
        esn,
      });
    }
  }
  return out;
}

/** One TCP socket from `ss -tinm`. */
export interface SsSocket {
  readonly state: string;
  readonly local: string;
  readonly peer: string;
  readonly recvQ: number;
  readonly sendQ: number;
  /** skmem fields: r (rmem_alloc), rb (rcvbuf), t, tb (sndbuf), d (drops). */
  readonly skmem: Readonly<Record<string, number>>;
  readonly rcvSpace?: number;
  readonly rcvSsthresh?: number;
  readonly rttMs?: number;
}

/** `ss -tinm` (two or more lines per socket: the socket, then indented details). */
export function parseSs(text: string): SsSocket[] {
  const out: SsSocket[] = [];
  let cur:
    | { state: string; local: string; peer: string; recvQ: number; sendQ: number; detail: string }
    | undefined;
  const flush = () => {
    if (cur === undefined) return;
    const d = cur.detail;
    const skmem: Record<string, number> = {};
    const sk = /skmem:\(([^)]*)\)/.exec(d);
    if (sk !== null) {
      for (const part of (sk[1] as string).split(",")) {
        const m = /^([a-z]+)(\d+)$/.exec(part);
        if (m !== null) skmem[m[1] as string] = Number(m[2]);
      }
    }
    const num = (re: RegExp) => {
      const m = re.exec(d);
      return m === null ? undefined : Number(m[1]);
    };
    const s: SsSocket = {
      state: cur.state,
      local: cur.local,
      peer: cur.peer,
      recvQ: cur.recvQ,
      sendQ: cur.sendQ,
      skmem,
    };
    const rcvSpace = num(/\brcv_space:(\d+)/);
    const rcvSsthresh = num(/\brcv_ssthresh:(\d+)/);
    const rtt = num(/\brtt:([\d.]+)\//);
    out.push({
      ...s,
      ...(rcvSpace !== undefined ? { rcvSpace } : {}),
      ...(rcvSsthresh !== undefined ? { rcvSsthresh } : {}),
      ...(rtt !== undefined ? { rttMs: rtt } : {}),
    });
    cur = undefined;
  };
  for (const line of text.split("\n")) {
    if (line.trim() === "" || /^State\s/.test(line)) continue;
    const m = /^(\S+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\S+)/.exec(line);
    if (m !== null && !/^\s/.test(line)) {
      flush();
      cur = {
        state: m[1] as string,
        recvQ: Number(m[2]),
        sendQ: Number(m[3]),
        local: m[4] as string,
        peer: m[5] as string,
        detail: "",
      };
    } else if (cur !== undefined) {
      cur.detail += ` ${line.trim()}`;
    }
  }
  flush();
  return out;
}
