import { describe, expect, it } from "vitest";
import { SUMMARY_STREAM_SUBJECTS, sessionLiveSubject } from "../src/index.js";

describe("sessionLiveSubject", () => {
  it("names one session's live figures under tunnelscope.v1.session", () => {
    const r = sessionLiveSubject("s-1");
    expect(r).toEqual({ ok: true, value: "tunnelscope.v1.session.s-1.live" });
  });

  it("is outside the summary stream (live figures are not stored)", () => {
    const r = sessionLiveSubject("s-1");
    if (!r.ok) throw r.error;
    expect(SUMMARY_STREAM_SUBJECTS.some((s) => r.value.startsWith(s.replace(">", "")))).toBe(false);
  });

  it.each(["", "a.b", "*", ">", "a b", "x".repeat(65)])("refuses the session id %j", (id) => {
    const r = sessionLiveSubject(id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^session id/);
  });
});
