/**
 * A fake agent for coordinator tests: announces itself in the agents KV bucket, answers
 * SessionCommands on its command subject, and on `start` publishes the SummaryBatches of
 * a fixture capture (see replay-batches.ts) to JetStream with their Nats-Msg-Id.
 */
import {
  AGENTS_KV_BUCKET,
  agentCommandSubject,
  decodeSessionCommand,
  encodeHeartbeat,
  encodeSessionAck,
  encodeSummaryBatch,
  int64FromBigInt,
  int64ToBigInt,
  msgId,
  SAMPLING_RATE_ALL,
  SessionState,
  type SummaryBatchInit,
  summarySubject,
  Tap,
} from "@tunnelscope/protocol";
import type { NatsConnection, Subscription } from "nats";
import { replayCapture } from "./replay-batches.js";

export interface FakeAgentOptions {
  readonly file: string;
  readonly outerAddress: Uint8Array;
  readonly innerAddress: Uint8Array;
  /** Shifts every timestamp (a skewed clock), µs. */
  readonly clockShiftUs?: number;
  /** Accept the command, publish nothing. */
  readonly silent?: boolean;
  /** Before its batches, publish garbage bytes and a batch naming another agent on its subject. */
  readonly garbage?: boolean;
  /** Publish digests as older agents did (no interface, direction, ESP length, ICMP). */
  readonly legacy?: boolean;
}

export class FakeAgent {
  private sub: Subscription | undefined;
  readonly published: number[] = [];
  /** Why publishing failed, if it did. */
  error: unknown;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly nc: NatsConnection,
    readonly id: string,
    private readonly o: FakeAgentOptions,
  ) {}

  async start(): Promise<void> {
    const js = this.nc.jetstream();
    const kv = await js.views.kv(AGENTS_KV_BUCKET, { ttl: 30_000, history: 1 });
    const hb = encodeHeartbeat({
      hello: {
        agentId: this.id,
        version: "0.0.0-test",
        hostLabel: this.id,
        interfaces: [
          { name: "wan0", role: Tap.TAP_OUTER, addresses: [this.o.outerAddress] },
          { name: "lan0", role: Tap.TAP_INNER, addresses: [this.o.innerAddress] },
        ],
      },
      sequence: 1,
      sentAtNs: int64FromBigInt(BigInt(Date.now()) * 1_000_000n),
    });
    if (!hb.ok) throw hb.error;
    await kv.put(this.id, hb.value);
    const subject = agentCommandSubject(this.id);
    if (!subject.ok) throw subject.error;
    this.sub = this.nc.subscribe(subject.value);
    void (async () => {
      for await (const m of this.sub as Subscription) {
        const cmd = decodeSessionCommand(m.data);
        if (!cmd.ok) continue;
        const c = cmd.value;
        const ack = encodeSessionAck({
          sessionId: c.sessionId,
          accepted: true,
          state: SessionState.SESSION_STATE_SCHEDULED,
          agentTimeNs: int64FromBigInt(BigInt(Date.now()) * 1_000_000n),
        });
        if (ack.ok) m.respond(ack.value);
        if (c.start && !this.o.silent) {
          const rate = Number(int64ToBigInt(c.start.samplingRate)) / Number(SAMPLING_RATE_ALL);
          this.sending = this.send(c.sessionId, rate);
          this.sending.catch((e: unknown) => {
            this.error = e;
          });
        }
      }
    })();
  }

  /** Resolves when the batches of the last start are published. */
  done(): Promise<void> {
    return this.sending;
  }

  private async send(sessionId: string, samplingRate: number): Promise<void> {
    const js = this.nc.jetstream();
    const replay = replayCapture(this.o.file, {
      sessionId,
      agentId: this.id,
      samplingRate,
      legacy: this.o.legacy === true,
      ...(this.o.clockShiftUs === undefined ? {} : { clockShiftUs: this.o.clockShiftUs }),
    });
    const subject = summarySubject(sessionId, this.id);
    if (!subject.ok) throw subject.error;
    if (this.o.garbage) {
      await js.publish(subject.value, new Uint8Array([0xff, 0x01, 0x02, 0x03, 0x99]), {
        msgID: `${sessionId}.junk`,
      });
      const forged: SummaryBatchInit = { ...(replay.batches[0] as SummaryBatchInit), agentId: "intruder" };
      const bytes = encodeSummaryBatch(forged);
      if (!bytes.ok) throw bytes.error;
      await js.publish(subject.value, bytes.value, { msgID: `${sessionId}.forged` });
    }
    for (const batch of replay.batches) {
      const bytes = encodeSummaryBatch(batch);
      if (!bytes.ok) throw bytes.error;
      const id = msgId(sessionId, this.id, batch.batchSeq ?? 0);
      if (!id.ok) throw id.error;
      await js.publish(subject.value, bytes.value, { msgID: id.value });
      this.published.push(batch.batchSeq ?? 0);
    }
  }

  stop(): void {
    this.sub?.unsubscribe();
  }
}
