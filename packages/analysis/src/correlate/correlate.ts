/**
 * The engine's entry point: two gateway captures in, one report out.
 *
 * ```ts
 * const a = new GatewayCaptureAnalyzer("A"); // feed a.add(pv) for every packet of A's capture
 * const b = new GatewayCaptureAnalyzer("B");
 * const report = correlate(a.finish(), b.finish());
 * ```
 * Which gateway sends is read from the traffic (where the data enters in clear), so the
 * argument order only decides which capture is called A.
 */
import { judgeFlow, overallVerdict } from "../verdict/engine.js";
import type { CaptureReport, FindingKind, FlowReport, Report, Verdict } from "../verdict/report.js";
import { REPORT_SCHEMA } from "../verdict/report.js";
import { buildEvidence, type EvidenceOptions } from "./evidence-builder.js";
import type { GatewayCapture } from "./gateway-capture.js";
import { delay, gatewayReport, saReports, segmentRows } from "./report-builder.js";

export interface CorrelateOptions extends EvidenceOptions {
  /** Display names of the sources (e.g. file names) for the report's `captures`. */
  readonly sources?: { readonly a?: string; readonly b?: string };
}

/**
 * Findings that show a problem by themselves are always kept; the ones that only name the
 * extremes of a figure (slowest transit, window-full segments) only back the verdict they explain.
 */
function findingShown(kind: FindingKind, v: Verdict): boolean {
  switch (kind) {
    case "sender-gateway-transit":
      return v.cause === "gateway-overload" && v.location === "sender-gateway";
    case "receiver-gateway-transit":
      return v.cause === "gateway-overload" && v.location === "receiver-gateway";
    case "window-full":
      return v.cause === "receive-buffer-limited";
    default:
      return true;
  }
}

export function correlate(a: GatewayCapture, b: GatewayCapture, options: CorrelateOptions = {}): Report {
  const ev = buildEvidence(a, b, options);
  const { pair } = ev;
  const flows: FlowReport[] = [];
  const judged: { id: string; verdict: FlowReport["verdict"]; bytes: number }[] = [];
  for (const e of ev.flows) {
    const j = judgeFlow(e);
    judged.push({ id: e.id, verdict: j.verdict, bytes: e.receiver.deliveredBytes });
    flows.push({
      id: e.id,
      sender: { addr: e.senderAddr, port: e.senderPort, gateway: e.senderGateway },
      receiver: { addr: e.receiverAddr, port: e.receiverPort, gateway: e.receiverGateway },
      verdict: j.verdict,
      limitedByWhy: j.limitedByWhy,
      figures: {
        durationUs: e.durationUs,
        goodputBps: Math.round(e.goodputBps),
        capacityBps: Math.round(e.capacityBps),
        dataBytes: e.sender.dataBytes,
        retransmittedPackets: e.sender.retransmittedPackets,
        rtt: delay(e.sender.rtt),
        flightP90: e.sender.flight.p90,
        windowMax: e.receiver.window.max,
        windowP50: e.receiver.window.p50,
        windowScaleKnown: e.receiver.windowScaleKnown,
        windowFull: e.sender.windowFull,
        zeroWindowAcks: e.receiver.zeroWindowAcks,
        zeroWindowUs: e.receiver.zeroWindowUs,
        underlayLost: e.underlay.lost,
        lateArrivals: e.replay.lateArrivals,
        maxReorderDepth: e.replay.maxDepth,
      },
      segments: segmentRows(e),
      gaps: e.gaps,
      timeline: e.timeline ?? null,
      findings: (e.findings ?? []).filter((f) => findingShown(f.finding, j.verdict)),
    });
  }
  const verdict = overallVerdict(judged);
  const worst = ev.flows.find((f) => f.id === verdict.flow);

  const missing: string[] = [];
  for (const [label, x] of [
    ["A", pair.a],
    ["B", pair.b],
  ] as const) {
    const t = x.s.taps;
    if (t.outer === undefined) missing.push(`${label}: no interface carries ESP`);
    if (t.tunnel === undefined)
      missing.push(`${label}: no tunnel-device tap; packets cannot be followed through this gateway`);
    if (t.lan === undefined) missing.push(`${label}: no site LAN tap; TCP figures come from the tunnel tap`);
    if (x.r.dropped > 0)
      missing.push(`${label}: ${x.r.dropped} packets not kept for matching (record limit reached)`);
    if (x.s.cap.untracked > 0)
      missing.push(`${label}: ${x.s.cap.untracked} packets of flows/SAs beyond the tracking limit`);
  }
  if (pair.clock.boundUs === null) missing.push(`clock: ${pair.clock.method}`);
  for (const [d, from, to] of [
    [ev.ab, "A", "B"],
    [ev.ba, "B", "A"],
  ] as const) {
    const sas = d.snd.s.cap.sas;
    const sent = new Set<number>();
    for (let k = 0; k < d.snd.s.espOut.length; k++)
      sent.add(d.snd.r.key[d.snd.s.espOut[k] as number] as number);
    for (const sa of sent) {
      if (sa < 0 || d.saSeen[sa] === 1) continue;
      missing.push(
        `SA 0x${(sas.a[sa] as number).toString(16).padStart(8, "0")} (${from} → ${to}) never appeared in ${to}'s capture: not judged`,
      );
    }
  }
  if (ev.flows.length === 0) missing.push("no TCP flow carried data through the tunnel in these captures");
  for (const f of ev.flows) for (const g of f.gaps) missing.push(`${f.id}: ${g}`);

  const capture = (
    gateway: string,
    cap: GatewayCapture,
    source: string | undefined,
    kept: number,
    dropped: number,
  ): CaptureReport => ({
    gateway,
    source: source ?? null,
    firstTs: cap.firstTs,
    lastTs: cap.lastTs,
    packets: cap.interfaces.reduce((s, c) => s + c.packets, 0),
    health: cap.health === undefined ? null : { ...cap.health },
    recordsKept: kept,
    recordsDropped: dropped,
  });

  return {
    schema: REPORT_SCHEMA,
    verdict,
    flows,
    clock: {
      offsetUs: pair.clock.offsetUs,
      boundUs: pair.clock.boundUs,
      method: pair.clock.method,
      samplesAB: pair.clock.samplesAB,
      samplesBA: pair.clock.samplesBA,
      inconsistent: pair.clock.inconsistent,
    },
    segments: worst === undefined ? [] : segmentRows(worst),
    gateways: [gatewayReport("A", ev.ab, ev.ba, ev.indexA), gatewayReport("B", ev.ba, ev.ab, ev.indexB)],
    sas: saReports(ev.ab, ev.ba, ["A", "B"]),
    captures: [
      capture("A", a, options.sources?.a, pair.a.r.length, pair.a.r.dropped),
      capture("B", b, options.sources?.b, pair.b.r.length, pair.b.r.dropped),
    ],
    partial: missing.length > 0,
    missing,
    flowsNotJudged: ev.flowsNotJudged,
  };
}
