/**
 * One session's batches as they arrive, per agent: verified on receipt, deduplicated by
 * batch_seq, complete when both agents sent their final batch with no seq missing.
 * Pure: no I/O, no logging.
 */
import { decodeSummaryBatch, parseSummarySubject, type SummaryBatch } from "@tunnelscope/protocol";

export type Verified =
  | { readonly ok: true; readonly batch: SummaryBatch }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks one message from the summary stream: a summary subject of this session, a
 * SummaryBatch the codec accepts, and ids in the batch equal to those of the subject
 * (NATS permissions bind the subject to the publishing agent, not the payload).
 */
export function verifyBatch(
  subject: string,
  data: Uint8Array,
  sessionId: string,
  maxBytes?: number,
): Verified {
  const ids = parseSummarySubject(subject);
  if (!ids.ok) return { ok: false, reason: ids.error.message };
  if (ids.value.sessionId !== sessionId)
    return { ok: false, reason: `subject is of session ${ids.value.sessionId}` };
  const d = decodeSummaryBatch(data, maxBytes === undefined ? undefined : { maxBytes });
  if (!d.ok) return { ok: false, reason: `${d.error.code}: ${d.error.message}` };
  if (d.value.agentId !== ids.value.agentId)
    return { ok: false, reason: `batch says agent ${d.value.agentId}, subject says ${ids.value.agentId}` };
  if (d.value.sessionId !== sessionId)
    return { ok: false, reason: `batch says session ${d.value.sessionId}, subject says ${sessionId}` };
  return { ok: true, batch: d.value };
}

interface AgentBatches {
  readonly batches: Map<number, SummaryBatch>;
  finalSeq: number;
}

export class SessionState {
  private readonly agents = new Map<string, AgentBatches>();
  /** Messages rejected by {@link verifyBatch}, or batches of an agent not in the session. */
  rejected = 0;
  /** Batches received twice (a redelivery): ignored. */
  duplicates = 0;

  constructor(
    readonly sessionId: string,
    readonly agentIds: readonly [string, string],
  ) {
    for (const id of agentIds) this.agents.set(id, { batches: new Map(), finalSeq: 0 });
  }

  /** Adds a verified batch; false when it belongs to no agent of the session. */
  add(batch: SummaryBatch): boolean {
    const a = this.agents.get(batch.agentId);
    if (a === undefined) {
      this.rejected++;
      return false;
    }
    if (a.batches.has(batch.batchSeq)) {
      this.duplicates++;
      return true;
    }
    a.batches.set(batch.batchSeq, batch);
    if (batch.final) a.finalSeq = batch.batchSeq;
    return true;
  }

  batchesOf(agentId: string): SummaryBatch[] {
    return [...(this.agents.get(agentId)?.batches.values() ?? [])].sort((x, y) => x.batchSeq - y.batchSeq);
  }

  /** Both agents sent their final batch and every batch before it. */
  complete(): boolean {
    return this.missing().length === 0;
  }

  /** What is missing, one phrase per agent and gap ("agent gw-b: batches 3-4 missing"). */
  missing(): string[] {
    const out: string[] = [];
    for (const [id, a] of this.agents) {
      if (a.batches.size === 0) {
        out.push(`agent ${id}: no batch received (silent agent)`);
        continue;
      }
      const last = a.finalSeq > 0 ? a.finalSeq : Math.max(...a.batches.keys());
      const gaps: string[] = [];
      let start = 0;
      for (let s = 1; s <= last + 1; s++) {
        const have = s > last || a.batches.has(s);
        if (!have && start === 0) start = s;
        if (have && start > 0) {
          gaps.push(start === s - 1 ? `${start}` : `${start}-${s - 1}`);
          start = 0;
        }
      }
      if (gaps.length > 0)
        out.push(
          `agent ${id}: batch${gaps.length === 1 && !gaps[0]?.includes("-") ? "" : "es"} ${gaps.join(", ")} missing`,
        );
      if (a.finalSeq === 0)
        out.push(`agent ${id}: final batch not received (last batch ${last}; batches after ${last} missing)`);
    }
    return out;
  }
}
