/**
 * The first CaptureInspector of a process reads the head of its first chunk twice (a JIT
 * warm-up, `primeWith()` in inspector.ts). This file runs in a fresh module instance, so the
 * first inspector made here is the primed one: its results must be exactly what the analyzers
 * give on their own (a first capture that cannot be read: prime-bad-input.test.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CaptureReader } from "../../src/capture/reader.js";
import { L4 } from "../../src/decode/packet.js";
import { EspAnalyzer } from "../../src/esp/esp-analyzer.js";
import { CaptureInspector } from "../../src/inspect/inspector.js";
import { TcpAnalyzer } from "../../src/tcp/analyzer.js";
import { ROOT } from "../tcp/run-capture.js";

const FIXTURE = join(ROOT, "test/fixtures/scenarios/overload-b/gb.pcap");

/** The same analysis without the inspector (and so without its warm-up). */
function analyzersAlone(bytes: Uint8Array) {
  const tcp = new TcpAnalyzer();
  const esp = new EspAnalyzer();
  const reader = new CaptureReader((pv) => {
    if (pv.l4 === L4.Tcp) tcp.add(pv);
    else if (pv.l4 === L4.Esp) esp.add(pv);
  });
  reader.push(bytes);
  reader.end();
  return { health: { ...reader.health }, flows: tcp.finish().directions, sas: esp.results() };
}

describe("the inspector's warm-up", () => {
  it("the first inspector of a process (the warmed-up one) reports exactly what the analyzers give alone", () => {
    const bytes = readFileSync(FIXTURE);
    const first = new CaptureInspector();
    // Split so that the warm-up sees only the head (it reads at most the first 32 KiB).
    for (let at = 0; at < bytes.length; at += 100_000) first.push(bytes.subarray(at, at + 100_000));
    first.end();
    const r = first.report();
    const alone = analyzersAlone(bytes);
    expect(r.health).toEqual(alone.health);
    expect(r.flows).toEqual(alone.flows);
    expect(r.sas).toEqual(alone.sas);
    expect(r.flows.length).toBeGreaterThan(0);
    expect(r.sas.length).toBeGreaterThan(0);

    const second = new CaptureInspector();
    second.push(bytes);
    second.end();
    expect(second.report()).toEqual(r);
  });
});
