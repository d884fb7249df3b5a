/** `tunnelscope agent --probe-pmtu ADDRESS`: one DF-set size sweep, as JSON. */

import { validateInterfaceName } from "../capture/filter.js";
import { AgentError } from "../errors.js";
import { IcmpProber } from "./icmp-prober.js";
import { type SweepResult, sweepPmtu } from "./pmtu-sweep.js";

export interface ProbeRequest {
  readonly target: string;
  readonly max?: string;
  readonly interface?: string;
}

export interface ProbeReport extends SweepResult {
  readonly target: string;
  readonly method: "icmp-echo-df";
}

export async function runPmtuProbe(req: ProbeRequest): Promise<ProbeReport> {
  const max = req.max === undefined ? 1500 : Number(req.max);
  if (!Number.isInteger(max) || max < 68 || max > 65535) {
    throw new AgentError("AGENT_PROBE_FAILED", `--probe-max ${req.max}: use 68-65535 bytes`);
  }
  if (req.interface !== undefined) validateInterfaceName(req.interface, "--probe-if");
  const prober = new IcmpProber({
    target: req.target,
    ...(req.interface !== undefined ? { interface: req.interface } : {}),
  });
  try {
    const result = await sweepPmtu((size) => prober.probe(size), { min: 68, max });
    return { target: req.target, method: "icmp-echo-df", ...result };
  } finally {
    prober.close();
  }
}
