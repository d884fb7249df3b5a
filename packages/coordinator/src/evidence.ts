/**
 * Evidence captures of a live session: the headers-only pcapng slices agents attach to a
 * batch around a detected collapse (SummaryBatch.collapse_pcap). Each slice is read with
 * the analysis package's capture reader — what the report says of it (packets, taps, time
 * span, size) comes from the file, never from the message — and refused when it does not
 * read or holds a frame too long to be headers only. Kept slices get a name made here
 * (`a-collapse-1.pcapng`), the only names the HTTP API serves. Bounded: at most
 * {@link EVIDENCE_LIMITS} per session; what did not fit is counted. Also answers NATS
 * requests for a kept file ({@link answerEvidenceRequest}), in chunks. Pure: no I/O.
 */
import { CaptureReader, L4 } from "@tunnelscope/analysis";
import {
  type CaptureInterfaceRole,
  int64ToBigInt,
  parseSessionEvidenceSubject,
  type SummaryBatch,
  Tap,
} from "@tunnelscope/protocol";

/** Per-session limits of the evidence kept. */
export const EVIDENCE_LIMITS = {
  /** Bytes of slices kept per session (16 slices of the agent's default 256 KiB). */
  maxBytes: 4 << 20,
  /** Slices kept per session. */
  maxFiles: 32,
} as const;

/**
 * Longest frame a headers-only slice may hold: the agent cuts every frame after its
 * transport header, at most 192 bytes (link + IPv6 + extension headers + TCP options).
 */
export const MAX_HEADER_FRAME = 256;

const SLL2 = 276;
/** Evidence file names the coordinator makes; anything else is not one. */
export const EVIDENCE_NAME = /^[ab]-collapse-[1-9][0-9]{0,3}\.pcap(ng)?$/;

/** One tap (capture interface) of a slice. */
export interface EvidenceTap {
  /** `A.outer`, `A.inner`, `A.tunnel`, … */
  readonly tap: string;
  /** The interface's name, or `if N` (its number) when the agent knows no name. */
  readonly interface: string;
  /** Where the role comes from: the agent's interface table, or the packets (ESP: outer). */
  readonly roleFrom: "agent" | "traffic";
  readonly packets: number;
}

/** One evidence capture as the report lists it. */
export interface SessionEvidenceFile {
  /** File name, made by the coordinator. */
  readonly name: string;
  /** Link relative to the report (`/api/sessions/:id/report.html`). */
  readonly href: string;
  /** Where the coordinator serves it. */
  readonly path: string;
  readonly gateway: "A" | "B";
  readonly agent: string;
  /** The batch that carried it. */
  readonly batchSeq: number;
  readonly format: "pcap" | "pcapng";
  /** Size of the file, bytes. */
  readonly bytes: number;
  /** Packets in the file (read from it). */
  readonly packets: number;
  /** In path order. */
  readonly taps: readonly EvidenceTap[];
  /** First and last packet (ISO 8601, the agent's clock). */
  readonly firstAt: string;
  readonly lastAt: string;
  readonly spanMs: number;
  /** The packet that triggered the dump (ISO 8601, agent clock), when the batch says. */
  readonly collapseAt: string | null;
  /** One sentence for people: who, when, which taps, how many packets, how big. */
  readonly description: string;
}

export interface SessionEvidence {
  readonly files: readonly SessionEvidenceFile[];
  /** Readable slices left out by the per-session limits. */
  readonly dropped: { readonly files: number; readonly bytes: number };
  /** Slices refused: unreadable, empty or not headers only (agent, batch and why). */
  readonly refused: readonly string[];
  readonly limits: { readonly maxBytes: number; readonly maxFiles: number };
}

/** A kept file's bytes and media type. */
export interface EvidenceBlob {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

export interface CollectedEvidence {
  readonly evidence: SessionEvidence;
  readonly blobs: ReadonlyMap<string, EvidenceBlob>;
}

export interface EvidenceSide {
  readonly gateway: "A" | "B";
  readonly agent: string;
  readonly batches: readonly SummaryBatch[];
}

/** Path order of the taps: the way packets of the data direction travel (A → B). */
const TAP_ORDER = ["A.inner", "A.tunnel", "A.outer", "B.outer", "B.tunnel", "B.inner"];

/** Index of a tap in path order (unknown names last). */
function tapRank(tap: string): number {
  const i = TAP_ORDER.indexOf(tap);
  return i < 0 ? TAP_ORDER.length : i;
}

const ROLE: Readonly<Record<number, string>> = {
  [Tap.TAP_OUTER]: "outer",
  [Tap.TAP_INNER]: "inner",
  [Tap.TAP_TUNNEL]: "tunnel",
};

interface IfaceCount {
  readonly id: number;
  readonly name: string;
  packets: number;
  esp: number;
}

type Read =
  | {
      readonly ok: true;
      readonly format: "pcap" | "pcapng";
      readonly packets: number;
      readonly firstUs: number;
      readonly lastUs: number;
      readonly ifaces: readonly IfaceCount[];
    }
  | { readonly ok: false; readonly reason: string };

/** Reads one slice: packets per interface, first/last time; refuses what is not headers only. */
export function readSlice(bytes: Uint8Array): Read {
  const counts = new Map<string, IfaceCount>();
  let packets = 0;
  let firstUs = Number.POSITIVE_INFINITY;
  let lastUs = Number.NEGATIVE_INFINITY;
  let tooLong = 0;
  let longest = 0;
  const reader = new CaptureReader(
    (pv) => {
      packets++;
      if (pv.capLen > MAX_HEADER_FRAME) {
        tooLong++;
        longest = Math.max(longest, pv.capLen);
      }
      if (pv.ts < firstUs) firstUs = pv.ts;
      if (pv.ts > lastUs) lastUs = pv.ts;
      // SLL2 frames carry the interface number the agent's digests use; others the file's own
      const sll2 = pv.linkType === SLL2;
      const key = sll2 ? `n${pv.iface}` : `f${pv.iface}`;
      let c = counts.get(key);
      if (c === undefined) {
        const fileName = sll2 ? "" : (reader.interfaces.find((i) => i.id === pv.iface)?.name ?? "");
        c = { id: sll2 ? pv.iface : -1, name: fileName, packets: 0, esp: 0 };
        counts.set(key, c);
      }
      c.packets++;
      if (pv.l4 === L4.Esp) c.esp++;
    },
    { maxRecordBytes: 64 * 1024 },
  );
  try {
    reader.push(bytes);
    reader.end();
  } catch (err) {
    return { ok: false, reason: `not a capture file (${(err as Error).message})` };
  }
  const h = reader.health;
  if (packets === 0) return { ok: false, reason: "no packet in it" };
  if (h.badRecords > 0) return { ok: false, reason: `${h.badRecords} unreadable records` };
  if (tooLong > 0)
    return {
      ok: false,
      reason: `${tooLong} frames longer than ${MAX_HEADER_FRAME} bytes (up to ${longest}): not headers only`,
    };
  return {
    ok: true,
    format: reader.format ?? "pcapng",
    packets,
    firstUs,
    lastUs,
    ifaces: [...counts.values()],
  };
}

const iso = (us: number): string => new Date(Math.floor(us / 1000)).toISOString();

function fmtBytes(n: number): string {
  return n >= 1 << 20
    ? `${(n / (1 << 20)).toFixed(2)} MiB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KiB`
      : `${n} B`;
}

/** The taps of a slice, in path order, from the agent's interface table or the packets. */
function tapsOf(gateway: "A" | "B", ifaces: readonly IfaceCount[], table: readonly CaptureInterfaceRole[]) {
  const taps: EvidenceTap[] = ifaces.map((c) => {
    const entry =
      c.id >= 0 ? table.find((t) => t.id === c.id) : table.find((t) => t.name !== "" && t.name === c.name);
    const known = ROLE[entry?.role ?? Tap.TAP_UNSPECIFIED];
    const name = c.name || entry?.name || (c.id >= 0 ? `if ${c.id}` : "unnamed interface");
    return {
      tap: `${gateway}.${known ?? (c.esp > 0 ? "outer" : "inner")}`,
      interface: name,
      roleFrom: known === undefined ? "traffic" : "agent",
      packets: c.packets,
    };
  });
  return taps.sort((x, y) => tapRank(x.tap) - tapRank(y.tap) || x.interface.localeCompare(y.interface));
}

/**
 * The evidence of a session from both agents' batches: every collapse slice read and
 * checked, the kept ones named and listed, the rest counted. Slices are taken in order of
 * their collapse time until the per-session limits are reached.
 */
export function collectEvidence(
  sessionId: string,
  sides: readonly EvidenceSide[],
  limits: { readonly maxBytes: number; readonly maxFiles: number } = EVIDENCE_LIMITS,
): CollectedEvidence {
  interface Candidate {
    readonly side: EvidenceSide;
    readonly batch: SummaryBatch;
    readonly bytes: Uint8Array;
    readonly atNs: bigint;
  }
  const candidates: Candidate[] = [];
  const tables = new Map<string, CaptureInterfaceRole[]>();
  for (const side of sides) {
    const table: CaptureInterfaceRole[] = [];
    for (const b of [...side.batches].sort((x, y) => x.batchSeq - y.batchSeq)) {
      for (const i of b.interfaces ?? []) {
        const k = table.findIndex((t) => t.id === i.id);
        if (k < 0) table.push(i);
        else table[k] = { ...i, name: i.name || table[k]?.name || "" };
      }
      const bytes = b.collapsePcap;
      if (bytes != null && bytes.length > 0)
        candidates.push({ side, batch: b, bytes, atNs: int64ToBigInt(b.collapseAtNs) });
    }
    tables.set(side.gateway, table);
  }
  candidates.sort((x, y) => (x.atNs < y.atNs ? -1 : x.atNs > y.atNs ? 1 : 0));
  const files: SessionEvidenceFile[] = [];
  const blobs = new Map<string, EvidenceBlob>();
  const refused: string[] = [];
  const seq = { A: 0, B: 0 };
  let total = 0;
  let droppedFiles = 0;
  let droppedBytes = 0;
  for (const c of candidates) {
    const { gateway, agent } = c.side;
    const read = readSlice(c.bytes);
    if (!read.ok) {
      refused.push(`agent ${agent}, batch ${c.batch.batchSeq}: ${read.reason}`);
      continue;
    }
    if (files.length >= limits.maxFiles || total + c.bytes.length > limits.maxBytes) {
      droppedFiles++;
      droppedBytes += c.bytes.length;
      continue;
    }
    total += c.bytes.length;
    const name = `${gateway.toLowerCase()}-collapse-${++seq[gateway]}.${read.format}`;
    const taps = tapsOf(gateway, read.ifaces, tables.get(gateway) ?? []);
    const spanMs = Math.round((read.lastUs - read.firstUs) / 100) / 10;
    const collapseAt = c.atNs > 0n ? iso(Number(c.atNs / 1000n)) : null;
    const firstAt = iso(read.firstUs);
    files.push({
      name,
      href: `evidence/${name}`,
      path: `/api/sessions/${sessionId}/evidence/${name}`,
      gateway,
      agent,
      batchSeq: c.batch.batchSeq,
      format: read.format,
      bytes: c.bytes.length,
      packets: read.packets,
      taps,
      firstAt,
      lastAt: iso(read.lastUs),
      spanMs,
      collapseAt,
      description:
        `agent ${agent} (${gateway}), collapse at ${collapseAt ?? firstAt} (agent clock): ` +
        `${spanMs} ms on ${taps.map((t) => `${t.tap} (${t.interface}, ${t.packets})`).join(", ")}; ${fmtBytes(c.bytes.length)}`,
    });
    blobs.set(name, {
      name,
      type: read.format === "pcap" ? "application/vnd.tcpdump.pcap" : "application/x-pcapng",
      bytes: c.bytes,
    });
  }
  files.sort((x, y) => x.name.localeCompare(y.name, "en", { numeric: true }));
  return {
    evidence: {
      files,
      dropped: { files: droppedFiles, bytes: droppedBytes },
      refused,
      limits: { maxBytes: limits.maxBytes, maxFiles: limits.maxFiles },
    },
    blobs,
  };
}

/**
 * The evidence files of the sessions a coordinator keeps, bounded overall: past
 * `maxBytes` the oldest sessions' files are forgotten first (their names are remembered
 * so a request for them says why it fails).
 */
export class EvidenceStore {
  private readonly bySession = new Map<string, ReadonlyMap<string, EvidenceBlob>>();
  private readonly evicted = new Set<string>();
  private total = 0;

  constructor(readonly maxBytes = 64 << 20) {}

  put(sessionId: string, blobs: ReadonlyMap<string, EvidenceBlob>): void {
    this.forget(sessionId);
    if (blobs.size === 0) return;
    this.bySession.set(sessionId, blobs);
    this.total += sizeOf(blobs);
    for (const [id, b] of this.bySession) {
      if (this.total <= this.maxBytes || id === sessionId) break;
      this.bySession.delete(id);
      this.total -= sizeOf(b);
      this.evicted.add(id);
    }
  }

  get(sessionId: string, name: string): EvidenceBlob | undefined {
    return this.bySession.get(sessionId)?.get(name);
  }

  /** The session's files were forgotten to keep the store under its bound. */
  wasEvicted(sessionId: string): boolean {
    return this.evicted.has(sessionId);
  }

  /** Bytes held. */
  get bytes(): number {
    return this.total;
  }

  forget(sessionId: string): void {
    const b = this.bySession.get(sessionId);
    if (b !== undefined) this.total -= sizeOf(b);
    this.bySession.delete(sessionId);
    this.evicted.delete(sessionId);
  }
}

function sizeOf(blobs: ReadonlyMap<string, EvidenceBlob>): number {
  let n = 0;
  for (const b of blobs.values()) n += b.bytes.length;
  return n;
}

// ── evidence over NATS (`tunnelscope.v1.session.<id>.evidence`) ──────────────────

/** Reply headers of an evidence chunk (an error reply has none of them: a JSON body). */
export const EVIDENCE_HEADERS = {
  /** Request and reply: the chunk's first byte in the file (request default 0). */
  offset: "Tunnelscope-Evidence-Offset",
  /** Reply: the whole file's size in bytes. */
  size: "Tunnelscope-Evidence-Size",
  /** Reply: the file's media type. */
  type: "Tunnelscope-Evidence-Type",
} as const;

/**
 * Largest chunk in one reply: well under NATS's default max_payload (1 MiB); smaller
 * when the server's max_payload is (less 4 KiB for the headers).
 */
export const EVIDENCE_CHUNK_BYTES = 512 * 1024;

/** Longest request body taken as a name (names are short; anything longer is not one). */
const MAX_NAME_BYTES = 256;

/** What a coordinator knows that an evidence request asks about (the Coordinator). */
export interface EvidenceSource {
  session(id: string): { readonly status: string } | undefined;
  report(id: string): unknown;
  evidenceFile(id: string, name: string): EvidenceBlob | "evicted" | undefined;
}

export type EvidenceAnswer =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly headers: Readonly<Record<string, string>>;
    }
  | {
      readonly ok: false;
      readonly code: "COORD_INVALID_REQUEST" | "COORD_REPORT_NOT_READY" | "COORD_EVIDENCE_MISSING";
      readonly error: string;
    };

/**
 * The answer to one evidence request: the chunk of the named file from the requested
 * offset, or why not. Names are checked exactly as the HTTP endpoint checks them (only
 * the coordinator's own `a-collapse-N.pcapng` names). Undefined when this coordinator
 * does not know the session: another coordinator of the queue group may, so it stays
 * silent rather than answer "unknown".
 */
export function answerEvidenceRequest(
  source: EvidenceSource,
  subject: string,
  body: Uint8Array,
  offsetHeader: string | undefined,
  maxPayload = 1 << 20,
): EvidenceAnswer | undefined {
  const sid = parseSessionEvidenceSubject(subject);
  if (!sid.ok) return undefined;
  const id = sid.value;
  const summary = source.session(id);
  if (summary === undefined) return undefined;
  const name = body.length > MAX_NAME_BYTES ? "" : new TextDecoder().decode(body);
  const shown = JSON.stringify(name.slice(0, 80));
  if (!EVIDENCE_NAME.test(name))
    return {
      ok: false,
      code: "COORD_INVALID_REQUEST",
      error: `${body.length > MAX_NAME_BYTES ? "the request" : shown} is not an evidence file name: the report of session ${id} lists them (session.evidence.files)`,
    };
  if (source.report(id) === undefined)
    return {
      ok: false,
      code: "COORD_REPORT_NOT_READY",
      error: `session ${id} is ${summary.status}: its report is ready when it has ended`,
    };
  const blob = source.evidenceFile(id, name);
  if (blob === undefined || blob === "evicted")
    return {
      ok: false,
      code: "COORD_EVIDENCE_MISSING",
      error:
        blob === "evicted"
          ? `the evidence of session ${id} was dropped to bound the coordinator's memory: run the session again for new captures`
          : `session ${id} has no evidence capture ${name}: its report lists them (session.evidence.files)`,
    };
  const offset = offsetHeader === undefined ? 0 : /^\d{1,10}$/.test(offsetHeader) ? Number(offsetHeader) : -1;
  if (offset < 0 || offset > blob.bytes.length)
    return {
      ok: false,
      code: "COORD_INVALID_REQUEST",
      error: `offset ${JSON.stringify(offsetHeader?.slice(0, 20))} is outside ${name} (${blob.bytes.length} bytes)`,
    };
  const chunk = Math.max(1024, Math.min(EVIDENCE_CHUNK_BYTES, maxPayload - 4096));
  return {
    ok: true,
    bytes: blob.bytes.subarray(offset, Math.min(blob.bytes.length, offset + chunk)),
    headers: {
      [EVIDENCE_HEADERS.offset]: String(offset),
      [EVIDENCE_HEADERS.size]: String(blob.bytes.length),
      [EVIDENCE_HEADERS.type]: blob.type,
    },
  };
}
