import { describe, expect, it } from "vitest";
import {
  AGENTS_KV_BUCKET,
  agentCommandSubject,
  agentKvKey,
  isValidId,
  msgId,
  parseSummarySubject,
  type Result,
  SUMMARY_STREAM,
  SUMMARY_STREAM_SUBJECTS,
  sessionSummaryFilter,
  summarySubject,
  validateId,
} from "../src/index.js";

function value<T>(r: Result<T, unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${String(r.error)}`);
  return r.value;
}

function errorOf<T>(r: Result<T, { code: string; message: string }>): { code: string; message: string } {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
}

const BAD_IDS = [
  "",
  "a.b",
  "*",
  ">",
  "a*",
  "a>",
  "a b",
  " a",
  "a\t",
  "a\n",
  "ä",
  "a/b",
  "$KV",
  "x".repeat(65),
  "a\u0000",
];

describe("ids", () => {
  it("accepts 1-64 characters from A-Z a-z 0-9 _ -", () => {
    for (const id of ["a", "A-Z_09", "gw-a", "x".repeat(64), "-", "_"]) {
      expect(isValidId(id), id).toBe(true);
      expect(value(validateId("agent id", id))).toBe(id);
    }
  });

  it.each(BAD_IDS)("rejects %j with PROTO_INVALID_ID and says what is allowed", (id) => {
    expect(isValidId(id)).toBe(false);
    const e = errorOf(validateId("session id", id));
    expect(e.code).toBe("PROTO_INVALID_ID");
    expect(e.message).toMatch(/^session id .* is invalid: use 1-64 characters from A-Z a-z 0-9 _ -/);
  });

  it("rejects non-strings without throwing, and quotes long ids shortly", () => {
    for (const v of [undefined, null, 5, {}]) expect(validateId("agent id", v).ok).toBe(false);
    expect(errorOf(validateId("agent id", "y".repeat(500))).message.length).toBeLessThan(200);
  });
});

describe("subjects", () => {
  it("builds the versioned names", () => {
    expect(AGENTS_KV_BUCKET).toBe("tunnelscope-v1-agents");
    expect(SUMMARY_STREAM).toBe("TUNNELSCOPE_V1_SUMMARIES");
    expect(SUMMARY_STREAM_SUBJECTS).toEqual(["tunnelscope.v1.summary.>"]);
    expect(value(agentKvKey("gw-a"))).toBe("gw-a");
    expect(value(agentCommandSubject("gw-a"))).toBe("tunnelscope.v1.agent.gw-a.cmd");
    expect(value(summarySubject("s-1", "gw-a"))).toBe("tunnelscope.v1.summary.s-1.gw-a");
    expect(value(sessionSummaryFilter("s-1"))).toBe("tunnelscope.v1.summary.s-1.*");
    expect(value(msgId("s-1", "gw-a", 7))).toBe("s-1.gw-a.7");
  });

  it("a summary subject falls under the stream's subjects", () => {
    const subject = value(summarySubject("s", "a"));
    expect(subject.startsWith(SUMMARY_STREAM_SUBJECTS[0]?.replace(/>$/, "") ?? "?")).toBe(true);
  });

  it.each(BAD_IDS)("never builds a subject from the bad id %j", (id) => {
    expect(errorOf(agentKvKey(id)).code).toBe("PROTO_INVALID_ID");
    expect(errorOf(agentCommandSubject(id)).code).toBe("PROTO_INVALID_ID");
    expect(errorOf(summarySubject(id, "a")).message).toMatch(/^session id/);
    expect(errorOf(summarySubject("s", id)).message).toMatch(/^agent id/);
    expect(errorOf(sessionSummaryFilter(id)).code).toBe("PROTO_INVALID_ID");
    expect(errorOf(msgId(id, "a", 1)).code).toBe("PROTO_INVALID_ID");
    expect(errorOf(msgId("s", id, 1)).code).toBe("PROTO_INVALID_ID");
  });

  it("msgId takes a batch seq from 1", () => {
    for (const seq of [0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) {
      const e = errorOf(msgId("s", "a", seq));
      expect(e.code).toBe("PROTO_INVALID_SEQ");
      expect(e.message).toMatch(/integer from 1/);
    }
    expect(value(msgId("s", "a", 4_294_967_295))).toBe("s.a.4294967295");
  });

  it("parses a summary subject back to its ids", () => {
    expect(value(parseSummarySubject("tunnelscope.v1.summary.s-1.gw-a"))).toEqual({
      sessionId: "s-1",
      agentId: "gw-a",
    });
    for (const bad of [
      "tunnelscope.v1.summary.s-1",
      "tunnelscope.v1.summary.s-1.gw-a.x",
      "tunnelscope.v2.summary.s.a",
      "tunnelscope.v1.agent.a.cmd",
      "tunnelscope.v1.summary.*.a",
      "tunnelscope.v1.summary.s.>",
      "",
    ]) {
      expect(errorOf(parseSummarySubject(bad)).code, bad).toBe("PROTO_INVALID_ID");
    }
  });
});
