/**
 * Session leases (DESIGN §8): coordinators share sessions through a KV bucket of session
 * records — the request, the start instant, the owner coordinator and a lease expiry the
 * owner renews every few seconds. Creating, renewing and taking over a lease are KV
 * writes with a revision check (`create` = only if absent, `update` = only at the
 * revision read), so two coordinators never both win one lease. A coordinator that finds
 * an expired lease takes it and finishes the session from the stream.
 *
 * Records are JSON and checked on read like any other input: a record that does not
 * parse is counted and skipped, never trusted. Each coordinator watches the bucket and
 * keeps the running sessions in memory, so looking for expired leases costs no I/O
 * however many sessions the bucket holds.
 */
import { isValidId, SUBJECT_PREFIX } from "@tunnelscope/protocol";
import type { JetStreamClient, KV, KvEntry, QueuedIterator } from "nats";
import type { SessionAsk } from "./session-client.js";

/** The KV bucket of session records. */
export const SESSIONS_KV_BUCKET = "tunnelscope-v1-sessions";

/** One session as the coordinators share it. */
export interface SessionLeaseRecord {
  readonly id: string;
  readonly ask: SessionAsk;
  /** Where the report goes (a requester's inbox), or undefined (a session started from code). */
  readonly reportSubject?: string;
  /** Capture start instant, ns since the epoch (decimal string). */
  readonly startAtNs: string;
  /** The coordinator holding the lease. */
  readonly owner: string;
  /** When the lease runs out unless renewed (epoch ms). */
  readonly expiresAtMs: number;
  /** running: someone must finish it; ended: its report was published. */
  readonly state: "running" | "ended";
  /** How many times the session changed owner. */
  readonly takeovers: number;
}

export interface LeaseOptions {
  /** Lease length (ms, default 6000). */
  readonly leaseMs?: number;
  /** How long records are kept in the bucket (ms, default 24 h). */
  readonly keepMs?: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function num(v: unknown, min: number, max: number): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;
}

/** Parses a record read from the bucket; a reason when it is not one. Pure. */
export function parseLeaseRecord(
  key: string,
  data: Uint8Array,
): { ok: true; value: SessionLeaseRecord } | { ok: false; reason: string } {
  let o: Record<string, unknown>;
  try {
    const v: unknown = JSON.parse(dec.decode(data));
    if (typeof v !== "object" || v === null || Array.isArray(v))
      return { ok: false, reason: "not a JSON object" };
    o = v as Record<string, unknown>;
  } catch {
    return { ok: false, reason: "not JSON" };
  }
  if (o.id !== key || !isValidId(o.id)) return { ok: false, reason: "id is not the key" };
  if (typeof o.owner !== "string" || o.owner.length === 0 || o.owner.length > 200)
    return { ok: false, reason: "owner: a string is expected" };
  if (!num(o.expiresAtMs, 0, Number.MAX_SAFE_INTEGER)) return { ok: false, reason: "expiresAtMs: a number" };
  if (o.state !== "running" && o.state !== "ended") return { ok: false, reason: "state: running or ended" };
  if (typeof o.startAtNs !== "string" || !/^\d{1,20}$/.test(o.startAtNs))
    return { ok: false, reason: "startAtNs: a decimal string" };
  if (!num(o.takeovers, 0, 1_000_000)) return { ok: false, reason: "takeovers: a number" };
  if (
    o.reportSubject !== undefined &&
    (typeof o.reportSubject !== "string" || o.reportSubject === "" || /[\s*>]/.test(o.reportSubject))
  )
    return { ok: false, reason: "reportSubject: a subject without wildcards" };
  if (typeof o.reportSubject === "string" && o.reportSubject.startsWith(`${SUBJECT_PREFIX}.agent.`))
    return { ok: false, reason: "reportSubject: not an agent's command subject" };
  const a = o.ask as Record<string, unknown> | undefined;
  if (typeof a !== "object" || a === null) return { ok: false, reason: "ask: an object" };
  if (!isValidId(a.a) || !isValidId(a.b) || a.a === a.b) return { ok: false, reason: "ask: two agent ids" };
  if (
    !num(a.durationMs, 1, 86_400_000) ||
    !num(a.samplingRate, Number.MIN_VALUE, 1) ||
    !num(a.intervalMs, 0, 3_600_000) ||
    !num(a.graceMs, 0, 3_600_000)
  )
    return { ok: false, reason: "ask: durationMs, samplingRate, intervalMs, graceMs in range" };
  return {
    ok: true,
    value: {
      id: o.id,
      ask: {
        a: a.a,
        b: a.b,
        durationMs: a.durationMs,
        samplingRate: a.samplingRate,
        intervalMs: a.intervalMs,
        graceMs: a.graceMs,
      },
      ...(typeof o.reportSubject === "string" ? { reportSubject: o.reportSubject } : {}),
      startAtNs: o.startAtNs,
      owner: o.owner,
      expiresAtMs: o.expiresAtMs,
      state: o.state,
      takeovers: o.takeovers,
    },
  };
}

/** A lease this coordinator holds: renew it, finish it, or learn that it was lost. */
export interface HeldLease {
  readonly record: SessionLeaseRecord;
  /** Revision of the record this coordinator last wrote. */
  readonly revision: number;
}

/**
 * The session leases of one coordinator (`owner`). All writes check the revision; a
 * write that loses the race returns undefined instead of throwing.
 */
export class SessionLeases {
  private kv!: KV;
  /** Records in the bucket that did not parse (skipped). */
  rejected = 0;
  /** Running sessions of the bucket, as the watch last saw them. */
  private readonly known = new Map<string, { record: SessionLeaseRecord; revision: number }>();
  private watch: QueuedIterator<KvEntry> | undefined;
  readonly leaseMs: number;
  private readonly held = new Map<string, HeldLease>();

  constructor(
    private readonly js: JetStreamClient,
    readonly owner: string,
    private readonly options: LeaseOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 6000;
  }

  /** Opens (creates) the bucket and watches it; resolves once the records there were read. */
  async open(): Promise<void> {
    this.kv = await this.js.views.kv(SESSIONS_KV_BUCKET, {
      history: 1,
      ttl: this.options.keepMs ?? 86_400_000,
    });
    let initialized!: () => void;
    const read = new Promise<void>((resolve) => {
      initialized = resolve;
    });
    const watch = await this.kv.watch({ initializedFn: () => initialized() });
    this.watch = watch;
    void (async () => {
      for await (const e of watch) this.seen(e);
    })();
    await read;
  }

  /** Stops watching the bucket. */
  close(): void {
    this.watch?.stop();
  }

  private seen(e: KvEntry): void {
    if (e.operation !== "PUT") {
      this.known.delete(e.key);
      return;
    }
    const p = parseLeaseRecord(e.key, e.value);
    if (!p.ok) this.rejected++;
    if (!p.ok || p.value.state === "ended") this.known.delete(e.key);
    else this.known.set(e.key, { record: p.value, revision: e.revision });
  }

  /** Creates the record of a new session, owned here; fails if the id exists. */
  async create(
    init: Omit<SessionLeaseRecord, "owner" | "expiresAtMs" | "state" | "takeovers">,
    now = Date.now(),
  ): Promise<HeldLease> {
    const record: SessionLeaseRecord = {
      ...init,
      owner: this.owner,
      expiresAtMs: now + this.leaseMs,
      state: "running",
      takeovers: 0,
    };
    const revision = await this.kv.create(record.id, enc.encode(JSON.stringify(record)));
    const held = { record, revision };
    this.held.set(record.id, held);
    return held;
  }

  /** The lease this coordinator holds on `id`, if any. */
  holding(id: string): HeldLease | undefined {
    return this.held.get(id);
  }

  /**
   * Extends a held lease. Undefined when the record changed meanwhile (another
   * coordinator took it over: this one no longer owns the session).
   */
  async renew(id: string, now = Date.now()): Promise<HeldLease | undefined> {
    const h = this.held.get(id);
    if (h === undefined) return undefined;
    return this.write(h, { ...h.record, expiresAtMs: now + this.leaseMs });
  }

  /** Marks a held session ended (its report is out); the lease is released. */
  async finish(id: string): Promise<boolean> {
    const h = this.held.get(id);
    if (h === undefined) return false;
    const done = await this.write(h, { ...h.record, state: "ended", expiresAtMs: 0 });
    this.held.delete(id);
    return done !== undefined;
  }

  /** Lets go of a lease without ending the session (another coordinator may take it). */
  release(id: string): void {
    this.held.delete(id);
  }

  /** The running sessions of the bucket, as this coordinator's watch last saw them. */
  running(): SessionLeaseRecord[] {
    return [...this.known.values()].map((f) => f.record);
  }

  /** Running sessions whose lease ran out, with the revision read (for {@link take}). */
  expired(now = Date.now()): { record: SessionLeaseRecord; revision: number }[] {
    return [...this.known.values()].filter(
      (f) => f.record.state === "running" && f.record.expiresAtMs < now && !this.held.has(f.record.id),
    );
  }

  /**
   * Takes over an expired lease read at `revision`. Undefined when another coordinator
   * was faster (the revision moved on).
   */
  async take(found: { record: SessionLeaseRecord; revision: number }, now = Date.now()) {
    return this.write(found, {
      ...found.record,
      owner: this.owner,
      expiresAtMs: now + this.leaseMs,
      takeovers: found.record.takeovers + 1,
    });
  }

  private async write(h: HeldLease, next: SessionLeaseRecord): Promise<HeldLease | undefined> {
    try {
      const revision = await this.kv.update(next.id, enc.encode(JSON.stringify(next)), h.revision);
      const held = { record: next, revision };
      this.held.set(next.id, held);
      return held;
    } catch (err) {
      if (/wrong last sequence|key exists|10071/i.test(String((err as Error).message ?? err))) {
        this.held.delete(next.id);
        return undefined;
      }
      throw err;
    }
  }
}
