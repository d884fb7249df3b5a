/**
 * The first CaptureInspector of a process reads the head of its first chunk twice (a JIT
 * warm-up, `primeWith()` in inspector.ts). This file runs in a fresh module instance, so the
 * first inspector here is the warmed-up one: a first capture that cannot be read must fail
 * with the reader's own error, not be swallowed by the warm-up.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CaptureFormatError } from "../../src/capture/errors.js";
import { CaptureInspector } from "../../src/inspect/inspector.js";
import { ROOT } from "../tcp/run-capture.js";

const FIXTURE = join(ROOT, "test/fixtures/scenarios/overload-b/gb.pcap");

describe("the inspector's warm-up on a capture that cannot be read", () => {
  it("a garbage first capture fails with the same error the reader gives, and the next capture reads normally", () => {
    const garbage = new Uint8Array(4096).fill(0x5a);
    const first = new CaptureInspector();
    let err: unknown;
    try {
      first.push(garbage);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CaptureFormatError);
    expect((err as CaptureFormatError).code).toBe("CAPTURE_BAD_MAGIC");

    const bytes = readFileSync(FIXTURE);
    const next = new CaptureInspector();
    next.push(bytes);
    next.end();
    expect(next.report().health.packets).toBeGreaterThan(7000);
  });
});
