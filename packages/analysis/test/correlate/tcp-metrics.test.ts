import { describe, expect, it } from "vitest";
import { RecKind, RecordStore } from "../../src/correlate/records.js";
import { findWindowScale, receiverMetrics, senderMetrics } from "../../src/correlate/tcp-metrics.js";

const SYN = 0x02;
const ACK = 0x10;

interface Row {
  ts: number;
  seq?: number;
  ack?: number;
  len?: number;
  flags?: number;
  win?: number;
  ws?: number;
}

function records(data: Row[], acks: Row[]) {
  const r = new RecordStore(1000);
  const rows = [...data.map((d) => ({ ...d, dir: 0 })), ...acks.map((a) => ({ ...a, dir: 1 }))].sort(
    (x, y) => x.ts - y.ts,
  );
  const d: number[] = [];
  const a: number[] = [];
  for (const row of rows) {
    const i = r.alloc();
    r.ts[i] = row.ts;
    r.kind[i] = RecKind.Tcp;
    r.seq[i] = row.seq ?? 0;
    r.ack[i] = row.ack ?? 0;
    r.payLen[i] = row.len ?? 0;
    r.flags[i] = row.flags ?? ACK;
    r.win[i] = row.win ?? 0;
    r.aux[i] = row.ws === undefined ? 0 : row.ws + 1;
    (row.dir === 0 ? d : a).push(i);
  }
  return { r, data: Int32Array.from(d), acks: Int32Array.from(a) };
}

describe("TCP figures per flow direction", () => {
  it("finds the receiver's window scale only when both SYNs offered it", () => {
    const both = records(
      [{ ts: 0, seq: 99, flags: SYN, ws: 7 }],
      [{ ts: 1, seq: 499, ack: 100, flags: SYN | ACK, ws: 3 }],
    );
    expect(findWindowScale(both.r, both.data, both.acks)).toEqual({ shift: 3, known: true });
    const one = records(
      [{ ts: 0, seq: 99, flags: SYN, ws: -1 }],
      [{ ts: 1, seq: 499, ack: 100, flags: SYN | ACK, ws: 3 }],
    );
    expect(findWindowScale(one.r, one.data, one.acks)).toEqual({ shift: 0, known: true });
    const none = records([{ ts: 0, seq: 100, len: 10 }], [{ ts: 1, ack: 110, win: 5 }]);
    expect(findWindowScale(none.r, none.data, none.acks).known).toBe(false);
  });

  it("counts zero-window episodes and the time spent at zero", () => {
    const { r, data, acks } = records(
      [
        { ts: 0, seq: 1000, len: 100 },
        { ts: 10, seq: 1100, len: 100 },
      ],
      [
        { ts: 100, ack: 1100, win: 0 },
        { ts: 200, ack: 1200, win: 0 },
        { ts: 600, ack: 1200, win: 500 },
        { ts: 700, ack: 1200, win: 0 },
        { ts: 1000, ack: 1200, win: 300 },
      ],
    );
    const m = receiverMetrics(r, data, acks, { shift: 0, known: true });
    expect(m).toMatchObject({ acks: 5, zeroWindowAcks: 3, zeroWindowEpisodes: 2, zeroWindowUs: 500 + 300 });
    expect(m.deliveredBytes).toBe(200);
    expect(m.ackDelay.count).toBe(2);
    expect(m.ackDelay.min).toBe(100);
  });

  it("counts retransmissions, RTT (Karn), flight and window-full segments", () => {
    const { r, data, acks } = records(
      [
        { ts: 0, seq: 1000, len: 1000 },
        { ts: 1, seq: 2000, len: 1000 },
        { ts: 50, seq: 3000, len: 1000 },
        { ts: 60, seq: 2000, len: 1000 }, // retransmission
        { ts: 200, seq: 4000, len: 1000 },
      ],
      [
        { ts: 40, ack: 2000, win: 2000 },
        { ts: 150, ack: 4000, win: 2000 },
        { ts: 300, ack: 5000, win: 2000 },
      ],
    );
    const m = senderMetrics(r, data, acks, { shift: 0, known: true });
    expect(m).toMatchObject({
      dataPackets: 5,
      retransmittedPackets: 1,
      retransmittedBytes: 1000,
      largestPayload: 1000,
    });
    // Samples: 40−0, 150−50 (the newest segment it covers, never repeated), 300−200; the
    // repeated segment [2000, 3000) gives none (Karn).
    expect(m.rtt.count).toBe(3);
    expect([m.rtt.min, m.rtt.p50, m.rtt.max]).toEqual([40, 100, 100]);
    // Segment at 50: 2000 bytes in flight against a 2000-byte window: full.
    expect(m.windowFull).toBeGreaterThanOrEqual(1);
  });
});
