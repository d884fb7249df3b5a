/**
 * Runs every rule on a flow direction's evidence, picks the winner and explains the choice;
 * then picks the overall verdict (the worst flow direction).
 */
import type { Candidate, FlowEvidence, Rule } from "./evidence.js";
import type { OverallVerdict, Verdict } from "./report.js";
import { gatewayOverload } from "./rules/gateway-overload.js";
import { healthy } from "./rules/healthy.js";
import { limitedBy } from "./rules/limited-by.js";
import { mtuBlackhole } from "./rules/mtu-blackhole.js";
import { receiveBufferLimited } from "./rules/receive-buffer-limited.js";
import { receiverNotReading } from "./rules/receiver-not-reading.js";
import { replayWindowDrops } from "./rules/replay-window-drops.js";
import { underlayLoss } from "./rules/underlay-loss.js";

/** Every cause of DESIGN §5, problems first, `healthy` last. */
export const RULES: readonly Rule[] = [
  receiverNotReading,
  receiveBufferLimited,
  underlayLoss,
  replayWindowDrops,
  gatewayOverload,
  mtuBlackhole,
  healthy,
];

/** When nothing fired at all (signals between the healthy and problem thresholds). */
const UNDECIDED_CONFIDENCE = 0.4;

export interface FlowJudgement {
  readonly verdict: Verdict;
  readonly limitedByWhy: string;
}

export function judgeFlow(e: FlowEvidence, rules: readonly Rule[] = RULES): FlowJudgement {
  const fired: Candidate[] = [];
  const ruledOut: string[] = [];
  for (const rule of rules) {
    const r = rule(e);
    if (r.fired) fired.push(r.candidate);
    else ruledOut.push(`${r.cause}: ${r.reason}`);
  }
  const problems = fired.filter((c) => c.cause !== "healthy").sort((x, y) => y.confidence - x.confidence);
  const well = fired.find((c) => c.cause === "healthy");
  const why: string[] = [];
  let winner: Candidate;
  if (problems.length > 0) {
    winner = problems[0] as Candidate;
    why.push(`${winner.cause} at ${winner.location} fired with confidence ${winner.confidence}.`);
    for (const other of problems.slice(1)) {
      why.push(
        `${other.cause} at ${other.location} also fired but weaker (${other.confidence}): ${other.evidence[0] ?? ""}`,
      );
    }
  } else if (well !== undefined) {
    winner = well;
    why.push("No problem rule fired; every figure stayed under the problem thresholds.");
  } else {
    winner = {
      location: "none",
      cause: "healthy",
      confidence: UNDECIDED_CONFIDENCE,
      evidence: ["No rule fired: the signals sit between healthy and problem thresholds (see ruledOut)."],
      recommendations: ["Capture longer, or while the problem is visible, and analyse again."],
      filters: [],
    };
    why.push("Nothing fired, so the verdict is healthy with low confidence.");
  }
  const lb = limitedBy(e, winner.cause);
  return {
    verdict: {
      location: winner.location,
      cause: winner.cause,
      confidence: winner.confidence,
      evidence: winner.evidence,
      recommendations: winner.recommendations,
      filters: winner.filters,
      limitedBy: lb.limitedBy,
      why,
      ruledOut,
      candidates: [...problems, ...(well !== undefined ? [well] : [])].map((c) => ({
        cause: c.cause,
        location: c.location,
        confidence: c.confidence,
      })),
    },
    limitedByWhy: lb.why,
  };
}

/**
 * The overall verdict: the worst flow direction — any problem beats healthy, then the most
 * confident problem, then the flow that carried more data.
 */
export function overallVerdict(
  flows: readonly { readonly id: string; readonly verdict: Verdict; readonly bytes: number }[],
): OverallVerdict {
  let best: (typeof flows)[number] | undefined;
  for (const f of flows) {
    if (best === undefined) {
      best = f;
      continue;
    }
    const fp = f.verdict.cause !== "healthy";
    const bp = best.verdict.cause !== "healthy";
    if (fp !== bp) {
      if (fp) best = f;
      continue;
    }
    if (
      f.verdict.confidence > best.verdict.confidence + 1e-9 ||
      (Math.abs(f.verdict.confidence - best.verdict.confidence) < 1e-9 && f.bytes > best.bytes)
    ) {
      best = f;
    }
  }
  if (best === undefined) {
    return {
      flow: null,
      location: "none",
      cause: "healthy",
      confidence: 0,
      evidence: ["No TCP data was seen crossing the tunnel in both captures: nothing to judge."],
      recommendations: [
        "Check that both captures cover the same time and include the tunnel's interfaces (`tcpdump -i any`).",
      ],
      filters: [],
      limitedBy: "unknown",
      why: ["No flow direction carried data through both gateways."],
      ruledOut: [],
      candidates: [],
    };
  }
  const others = flows.filter((f) => f !== best && f.verdict.cause !== "healthy");
  const why = [...best.verdict.why];
  if (flows.length > 1) {
    why.push(
      `Worst of ${flows.length} flow directions` +
        (others.length > 0
          ? `; also: ${others.map((o) => `${o.id} ${o.verdict.cause} (${o.verdict.confidence})`).join(", ")}.`
          : "."),
    );
  }
  return { ...best.verdict, flow: best.id, why };
}
