#!/usr/bin/env node
// Regenerates the decoder's golden files with tshark as the oracle:
//   node scripts/golden-decode.mjs
// For every scenario capture (and a few format conversions of small ones, made here with
// editcap/mergecap) it writes test/fixtures/golden/decode/<name>.json: the packet count, one
// FNV-1a hash per block of 100 canonical rows (every packet is checked), and the full rows
// of a deterministic sample (for readable diffs). The decoder test rebuilds the same rows
// from PacketView; see packages/analysis/test/decode/golden-row.ts for the row format.
// Needs tshark, editcap and mergecap (Wireshark 4.x); the tests do not.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const scenarios = join(root, "test/fixtures/scenarios");
const outDir = join(root, "test/fixtures/golden/decode");
const BLOCK = 100;
const SAMPLE_EVERY = 199;

const FIELDS = [
  "frame.number",
  "frame.time_epoch",
  "frame.cap_len",
  "frame.len",
  "frame.interface_id",
  "sll.ifindex",
  "sll.pkttype",
  "vlan.id",
  "frame.protocols",
  "ip.src",
  "ip.dst",
  "ip.id",
  "ip.ttl",
  "ip.len",
  "ip.hdr_len",
  "ip.flags.df",
  "ip.flags.mf",
  "ip.frag_offset",
  "ip.proto",
  "ipv6.src",
  "ipv6.dst",
  "ipv6.plen",
  "ipv6.hlim",
  "ipv6.nxt",
  "tcp.srcport",
  "tcp.dstport",
  "tcp.len",
  "tcp.seq_raw",
  "tcp.ack_raw",
  "tcp.flags",
  "tcp.window_size_value",
  "tcp.hdr_len",
  "tcp.options.mss_val",
  "tcp.options.wscale.shift",
  "tcp.options.sack_perm",
  "tcp.options.timestamp.tsval",
  "tcp.options.timestamp.tsecr",
  "tcp.options.sack_le",
  "tcp.options.sack_re",
  "udp.srcport",
  "udp.dstport",
  "udp.length",
  "esp.spi",
  "esp.sequence",
  "icmp.type",
  "icmp.code",
  "icmp.mtu",
  "icmpv6.type",
  "icmpv6.code",
  "icmpv6.mtu",
];

/** FNV-1a 32-bit over char codes (rows are ASCII). Same as the test's. */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

function tshark(file) {
  const args = ["-r", file, "-n", "-o", "tcp.relative_sequence_numbers:FALSE", "-T", "fields"];
  args.push("-E", "occurrence=a", "-E", "aggregator=|", "-E", "separator=\t");
  for (const f of FIELDS) args.push("-e", f);
  const out = execFileSync("tshark", args, {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "ignore"],
  });
  return out
    .split("\n")
    .filter((l) => l.length > 0)
    .map((line) => {
      const cols = line.split("\t");
      const rec = {};
      FIELDS.forEach((f, i) => {
        rec[f] = cols[i] === undefined || cols[i] === "" ? [] : cols[i].split("|");
      });
      return rec;
    });
}

const num = (v) => (v === undefined || v === "" ? "" : String(Number(v)));
const micros = (epoch) => {
  const [s, f = ""] = epoch.split(".");
  return String(Number(s) * 1e6 + Number(f.padEnd(6, "0").slice(0, 6)));
};

/** The canonical row of one packet (column order: golden-row.ts `ROW_COLUMNS`). */
function row(r) {
  const g = (f, i = 0) => r[f][i];
  const protos = g("frame.protocols").split(":");
  const at = protos.findIndex((p) => p === "ip" || p === "ipv6");
  const net = at < 0 ? "" : protos[at];
  const t = at < 0 ? [] : protos.slice(at + 1);
  let l4 = "none";
  if (t[0] === "tcp") l4 = "tcp";
  else if (t[0] === "esp") l4 = "esp";
  else if (t[0] === "icmp") l4 = "icmp";
  else if (t[0] === "icmpv6") l4 = "icmp6";
  else if (t[0] === "udp") {
    if (t.includes("esp")) l4 = "esp";
    else if (t.includes("isakmp")) l4 = "ike";
    else if (t[1] === "udpencap" && Number(g("udp.length")) === 9) l4 = "keepalive";
    else l4 = "udp";
  }
  const iface = g("sll.ifindex") ?? g("frame.interface_id") ?? "0";
  const v4 = net === "ip";
  const v6 = net === "ipv6";
  const hl = Number(g("ip.hdr_len") ?? 0);
  const ipPayload = v4 ? Number(g("ip.len")) - hl : v6 ? Number(g("ipv6.plen")) : 0;
  const quoted = l4 === "icmp" || l4 === "icmp6";
  const cols = {
    n: g("frame.number"),
    ts: micros(g("frame.time_epoch")),
    cap: g("frame.cap_len"),
    wire: g("frame.len"),
    iface: num(iface),
    pkttype: num(g("sll.pkttype") ?? "-1"),
    vlan: num(g("vlan.id", (r["vlan.id"].length || 1) - 1) ?? "-1"),
    ipv: v4 ? "4" : v6 ? "6" : "0",
    src: v4 ? g("ip.src") : v6 ? g("ipv6.src") : "",
    dst: v4 ? g("ip.dst") : v6 ? g("ipv6.dst") : "",
    ipid: v4 ? num(g("ip.id")) : "",
    ttl: v4 ? num(g("ip.ttl")) : v6 ? num(g("ipv6.hlim")) : "",
    iplen: v4 ? num(g("ip.len")) : v6 ? String(40 + Number(g("ipv6.plen"))) : "",
    df: v4 ? (g("ip.flags.df") === "1" ? "1" : "0") : "",
    frag: v4 ? String(g("ip.flags.mf") === "1" || Number(g("ip.frag_offset")) > 0 ? 1 : 0) : "",
    l4,
    sport: "",
    dport: "",
    plen: "",
    tcp: "",
    opts: "",
    esp: "",
    icmp: "",
    quote: "",
  };
  if (l4 === "tcp") {
    cols.sport = g("tcp.srcport");
    cols.dport = g("tcp.dstport");
    cols.plen = g("tcp.len");
    const flags = Number(g("tcp.flags")) & 0xff;
    cols.tcp = [g("tcp.seq_raw"), g("tcp.ack_raw"), flags, g("tcp.window_size_value"), g("tcp.hdr_len")].join(
      ",",
    );
    // Whole blocks only: a snaplen may cut the last block after its left edge.
    const re = r["tcp.options.sack_re"];
    const sack = re.map((right, i) => `${r["tcp.options.sack_le"][i]}-${right}`).join(";");
    cols.opts = [
      g("tcp.options.mss_val") ?? "-1",
      g("tcp.options.wscale.shift") ?? "-1",
      r["tcp.options.sack_perm"].length > 0 ? "1" : "0",
      g("tcp.options.timestamp.tsval") ?? "",
      g("tcp.options.timestamp.tsecr") ?? "",
      sack,
    ].join(",");
  } else if (l4 === "udp" || l4 === "ike" || l4 === "keepalive" || (l4 === "esp" && t[0] === "udp")) {
    cols.sport = g("udp.srcport");
    cols.dport = g("udp.dstport");
    cols.plen = String(Number(g("udp.length")) - 8);
  } else if (l4 === "esp") {
    cols.plen = String(ipPayload);
  } else if (quoted) {
    cols.plen = String(ipPayload - 8);
  }
  if (l4 === "esp") {
    const espLen = t[0] === "udp" ? Number(g("udp.length")) - 8 : ipPayload;
    cols.esp = [Number(g("esp.spi")) >>> 0, g("esp.sequence"), espLen].join(",");
  }
  if (l4 === "icmp") {
    cols.icmp = [g("icmp.type"), g("icmp.code"), g("icmp.mtu") ?? "0"].join(",");
    if (r["ip.src"].length > 1) {
      // The quoted header: second IP occurrence; its ports are the first transport's.
      const qp = Number(g("ip.proto", 1));
      const ports =
        qp === 6 ? ["tcp.srcport", "tcp.dstport"] : qp === 17 ? ["udp.srcport", "udp.dstport"] : [];
      const [qs = "0", qd = "0"] = ports.map((p) => g(p) ?? "0");
      cols.quote = [qp, g("ip.src", 1), g("ip.dst", 1), qs, qd, g("ip.len", 1)].join(",");
    }
  } else if (l4 === "icmp6") {
    cols.icmp = [g("icmpv6.type"), g("icmpv6.code"), g("icmpv6.mtu") ?? "0"].join(",");
  }
  return cols;
}

function golden(file, name) {
  const all = tshark(file).map(row);
  const rows = all.map((c) => Object.values(c).join("\t"));
  const blocks = [];
  for (let i = 0; i < rows.length; i += BLOCK) blocks.push(fnv1a(rows.slice(i, i + BLOCK).join("\n")));
  const sample = {};
  all.forEach((c, i) => {
    const syn = c.l4 === "tcp" && (Number(c.tcp.split(",")[2]) & 2) !== 0;
    if (i < 20 || i % SAMPLE_EVERY === 0 || syn || (c.l4 !== "tcp" && c.l4 !== "esp"))
      sample[i + 1] = rows[i];
  });
  const src = relative(root, file);
  writeFileSync(
    join(outDir, `${name}.json`),
    `${JSON.stringify({ source: src, tshark: tsharkVersion, packets: rows.length, blockSize: BLOCK, blocks: blocks.join(" "), sample }, null, 1)}\n`,
  );
  console.log(`${name}: ${rows.length} packets, ${Object.keys(sample).length} sampled`);
}

const tsharkVersion = execFileSync("tshark", ["--version"], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "ignore"],
}).split("\n")[0];
mkdirSync(outDir, { recursive: true });

// Format conversions of small captures, committed next to their goldens.
const small = join(scenarios, "mtu-blackhole/ga.pcap");
const nsec = join(outDir, "mtu-blackhole-ga.nsec.pcap");
const quiet = { stdio: "ignore" };
execFileSync("editcap", ["-F", "nsecpcap", small, nsec], quiet);
execFileSync("editcap", ["-F", "pcapng", small, join(outDir, "mtu-blackhole-ga.pcapng")], quiet);
execFileSync("editcap", ["-F", "pcapng", nsec, join(outDir, "mtu-blackhole-ga.nsec.pcapng")], quiet);
execFileSync(
  "mergecap",
  [
    "-F",
    "pcapng",
    "-w",
    join(outDir, "mtu-blackhole-merged.pcapng"),
    small,
    join(scenarios, "mtu-blackhole/hb-lan.pcap"),
  ],
  quiet,
);
for (const f of readdirSync(outDir)
  .filter((f) => /\.pcap(ng)?$/.test(f))
  .sort()) {
  golden(join(outDir, f), f.replace(/\./g, "-"));
}
for (const s of readdirSync(scenarios, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(scenarios, s.name))
    .filter((f) => f.endsWith(".pcap"))
    .sort()) {
    golden(join(scenarios, s.name, f), `${s.name}-${f.replace(/\.pcap$/, "")}`);
  }
}
