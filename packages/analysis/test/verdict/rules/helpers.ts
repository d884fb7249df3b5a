import { expect } from "vitest";
import type { Candidate, FlowEvidence, Rule } from "../../../src/verdict/evidence.js";
import { CASES } from "../evidence-fixtures.js";

/** The candidate of a rule that must fire. */
export function fires(rule: Rule, e: FlowEvidence): Candidate {
  const r = rule(e);
  if (!r.fired) throw new Error(`expected the rule to fire, it said: ${r.reason}`);
  expect(r.candidate.confidence).toBeGreaterThan(0);
  expect(r.candidate.confidence).toBeLessThan(1);
  expect(r.candidate.evidence.length).toBeGreaterThan(0);
  return r.candidate;
}

/** The rule stays quiet on every case but `own` (names from `CASES`), with a reason. */
export function quietOnOthers(rule: Rule, own: readonly (keyof typeof CASES)[]): void {
  for (const [name, make] of Object.entries(CASES)) {
    if ((own as readonly string[]).includes(name)) continue;
    const r = rule(make());
    expect(r.fired, `${name} should not fire`).toBe(false);
    if (!r.fired) expect(r.reason.length).toBeGreaterThan(10);
  }
}
