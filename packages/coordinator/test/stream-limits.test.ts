import type { JetStreamAccountStats, StreamInfo } from "nats";
import { describe, expect, it } from "vitest";
import { streamLimitGap } from "../src/nats/stream-limits.js";

function info(config: Record<string, unknown>, state: Record<string, unknown>): StreamInfo {
  return {
    config: {
      name: "TUNNELSCOPE_V1_SUMMARIES",
      max_msgs: -1,
      max_bytes: -1,
      max_msgs_per_subject: -1,
      discard: "old",
      ...config,
    },
    state: { messages: 0, bytes: 0, num_subjects: 1, ...state },
  } as unknown as StreamInfo;
}

describe("streamLimitGap", () => {
  it("says nothing while the stream and the account have room", () => {
    expect(streamLimitGap(info({ max_msgs: 100 }, { messages: 99 }))).toBeUndefined();
    expect(streamLimitGap(info({}, { messages: 1e6, bytes: 1e9 }))).toBeUndefined();
  });

  it("names max_msgs, discard new and the fix", () => {
    const gap = streamLimitGap(info({ max_msgs: 10, discard: "new" }, { messages: 10 }));
    expect(gap).toMatch(
      /^summary stream TUNNELSCOPE_V1_SUMMARIES is full \(max_msgs 10 reached, discard new\)/,
    );
    expect(gap).toMatch(/refused the agents' later batches/);
    expect(gap).toMatch(/nats stream edit TUNNELSCOPE_V1_SUMMARIES/);
  });

  it("names max_bytes near its end and, with discard old, the batches thrown away", () => {
    const gap = streamLimitGap(info({ max_bytes: 4_000_000 }, { messages: 5, bytes: 3_900_000 }));
    expect(gap).toMatch(/max_bytes 4000000 \(holds 3900000\)/);
    expect(gap).toMatch(/discarded the oldest batches/);
  });

  it("names the account's JetStream storage limit", () => {
    const account = {
      storage: 1_000_000,
      limits: { max_storage: 1_048_576 },
    } as unknown as JetStreamAccountStats;
    expect(streamLimitGap(info({}, { messages: 3 }), account)).toMatch(
      /account's JetStream max_storage 1048576/,
    );
  });
});
