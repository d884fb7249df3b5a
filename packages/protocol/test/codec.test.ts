import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_BYTES,
  decode,
  decodeAgentHello,
  decodeHeartbeat,
  decodeReport,
  decodeSessionAck,
  decodeSessionCommand,
  decodeSummaryBatch,
  encode,
  encodeAgentHello,
  encodeHeartbeat,
  encodeReport,
  encodeSessionAck,
  encodeSessionCommand,
  encodeSummaryBatch,
  int64FromBigInt,
  int64ToBigInt,
  MESSAGE_NAMES,
  type MessageInit,
  type MessageName,
  ProtocolError,
  type ProtocolErrorCode,
  type Result,
  TunnelscopeError,
} from "../src/index.js";
import { SAMPLES, sessionStart, summaryBatch } from "./samples.js";

/** Comparable form: 64-bit values as numbers (exact) or strings, bytes as arrays. */
function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.low === "number" && typeof o.high === "number" && typeof o.unsigned === "boolean") {
      const n = int64ToBigInt(o as never);
      return Number.isSafeInteger(Number(n)) ? Number(n) : n.toString();
    }
    return Object.fromEntries(
      Object.keys(o)
        .filter((k) => k !== "$unknowns")
        .sort()
        .map((k) => [k, normalize(o[k])]),
    );
  }
  return value;
}

function expectError<T>(r: Result<T, ProtocolError>, code: ProtocolErrorCode): ProtocolError {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error("unreachable");
  expect(r.error).toBeInstanceOf(ProtocolError);
  expect(r.error).toBeInstanceOf(TunnelscopeError);
  expect(r.error.code).toBe(code);
  return r.error;
}

function encoded<N extends MessageName>(name: N, message: MessageInit<N>): Uint8Array {
  const r = encode(name, message);
  if (!r.ok) throw r.error;
  return r.value;
}

describe("round trip", () => {
  const cases = MESSAGE_NAMES.flatMap((name) => SAMPLES[name].map((sample, i) => ({ name, sample, i })));

  it.each(cases)("$name sample $i survives encode → decode → encode unchanged", ({ name, sample }) => {
    const bytes = encoded(name, sample);
    const back = decode(name, bytes);
    if (!back.ok) throw back.error;
    expect(normalize(back.value)).toEqual(normalize(sample));
    expect(encoded(name, back.value)).toEqual(bytes);
  });

  it("the samples set every field of every message type", () => {
    // Fields live on the generated prototypes (as defaults); a decoded message owns the
    // ones that were on the wire. Every prototype field must be owned somewhere.
    const seen = new Map<object, Set<string>>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) {
        v.forEach(walk);
        return;
      }
      if (v === null || typeof v !== "object" || v instanceof Uint8Array) return;
      const proto = Object.getPrototypeOf(v) as object;
      if (proto !== Object.prototype) {
        const keys = seen.get(proto) ?? new Set<string>();
        for (const k of Object.keys(v)) keys.add(k);
        seen.set(proto, keys);
      }
      Object.values(v).forEach(walk);
    };
    for (const name of MESSAGE_NAMES) {
      for (const sample of SAMPLES[name]) {
        const r = decode(name, encoded(name, sample));
        if (!r.ok) throw r.error;
        walk(r.value);
      }
    }
    const unset: string[] = [];
    for (const [proto, keys] of seen) {
      const typeName = (proto as { constructor: { name: string } }).constructor.name;
      if (typeName === "Long") continue;
      for (const field of Object.keys(proto)) {
        const isMethod = typeof (proto as Record<string, unknown>)[field] === "function";
        if (!isMethod && !keys.has(field)) unset.push(`${typeName}.${field}`);
      }
    }
    expect(unset).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(20);
  });

  it("keeps 64-bit values exact (Unix ns, hashes) and proto3 optional zeros", () => {
    const r = decodeSummaryBatch(encoded("SummaryBatch", summaryBatch));
    if (!r.ok) throw r.error;
    expect(int64ToBigInt(r.value.intervalStartNs)).toBe(1_732_670_012_123_456_789n);
    expect(int64ToBigInt(r.value.digests[0]?.hash)).toBe(0xffff_ffff_ffff_fffen);
    expect(r.value.flows[0]?.windowScale).toBe(0);
    expect(Object.hasOwn(r.value.flows[0] ?? {}, "windowScale")).toBe(true);
  });

  it("named functions match the generic ones", () => {
    const pairs = [
      [encodeAgentHello, decodeAgentHello, "AgentHello"],
      [encodeHeartbeat, decodeHeartbeat, "Heartbeat"],
      [encodeSessionCommand, decodeSessionCommand, "SessionCommand"],
      [encodeSessionAck, decodeSessionAck, "SessionAck"],
      [encodeSummaryBatch, decodeSummaryBatch, "SummaryBatch"],
      [encodeReport, decodeReport, "Report"],
    ] as const;
    for (const [enc, dec, name] of pairs) {
      const sample = SAMPLES[name][0] as never;
      const bytes = (enc as (m: never) => Result<Uint8Array, ProtocolError>)(sample);
      if (!bytes.ok) throw bytes.error;
      expect(bytes.value).toEqual(encoded(name, sample));
      const back = (dec as (b: Uint8Array) => Result<unknown, ProtocolError>)(bytes.value);
      expect(back.ok).toBe(true);
    }
  });

  it("decoded bytes fields do not alias the input buffer", () => {
    const bytes = encoded("SummaryBatch", summaryBatch);
    const r = decodeSummaryBatch(bytes);
    if (!r.ok) throw r.error;
    const before = Array.from(r.value.sas[0]?.srcAddr ?? []);
    bytes.fill(0);
    expect(Array.from(r.value.sas[0]?.srcAddr ?? [])).toEqual(before);
  });
});

describe("decode failures are results, never exceptions", () => {
  const good = encoded("SummaryBatch", summaryBatch);

  it("empty input → PROTO_EMPTY", () => {
    const e = expectError(decodeSummaryBatch(new Uint8Array(0)), "PROTO_EMPTY");
    expect(e.message).toMatch(/empty/);
  });

  it("input over the cap → PROTO_TOO_LARGE, before decoding", () => {
    expectError(decodeSummaryBatch(new Uint8Array(DEFAULT_MAX_BYTES + 1)), "PROTO_TOO_LARGE");
    const e = expectError(decodeSummaryBatch(good, { maxBytes: good.length - 1 }), "PROTO_TOO_LARGE");
    expect(e.message).toMatch(/split|maxBytes/);
    expect(decodeSummaryBatch(good, { maxBytes: good.length }).ok).toBe(true);
  });

  it("garbage → PROTO_MALFORMED with the cause", () => {
    const e = expectError(
      decodeSummaryBatch(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])),
      "PROTO_MALFORMED",
    );
    expect(e.cause).toBeInstanceOf(Error);
    expect(e.message).toMatch(/not a SummaryBatch/);
  });

  it("every truncation of a valid message → an error or (at a field boundary) a contract check", () => {
    for (let len = 1; len < good.length; len++) {
      const r = decodeSummaryBatch(good.subarray(0, len));
      if (!r.ok) expect(["PROTO_MALFORMED", "PROTO_INVALID"]).toContain(r.error.code);
    }
    expectError(decodeSummaryBatch(good.subarray(0, good.length - 1)), "PROTO_MALFORMED");
  });

  it("invalid UTF-8 in a string → PROTO_MALFORMED", () => {
    // field 1 (sessionId), length 2, bytes 0xc3 0x28 (invalid sequence)
    expectError(decodeSessionAck(new Uint8Array([0x0a, 0x02, 0xc3, 0x28])), "PROTO_MALFORMED");
  });

  it("deeply nested groups → PROTO_MALFORMED (recursion limit), not a stack overflow", () => {
    const depth = 100_000;
    const bytes = new Uint8Array(depth).fill(0x7b); // field 15, wire type 3 (start group)
    expectError(decodeSummaryBatch(bytes), "PROTO_MALFORMED");
  });

  it("a value that is not a Uint8Array → PROTO_MALFORMED", () => {
    expectError(decode("Report", "hello" as unknown as Uint8Array), "PROTO_MALFORMED");
    expectError(decode("Report", null as unknown as Uint8Array), "PROTO_MALFORMED");
  });

  it("a well-formed message that breaks the contract → PROTO_INVALID naming the field", () => {
    // A SessionAck is field 1 = session id; decoded as a SummaryBatch it lacks agentId.
    const ack = encoded("SessionAck", { sessionId: "s-1" });
    const e = expectError(decodeSummaryBatch(ack), "PROTO_INVALID");
    expect(e.message).toMatch(/agentId/);
    // Ids that would break NATS subjects are rejected on receipt too.
    const bad = new TextEncoder().encode("a.b");
    expectError(decodeSessionAck(new Uint8Array([0x0a, bad.length, ...bad])), "PROTO_INVALID");
  });
});

describe("encode", () => {
  it("rejects a field of the wrong type (verify) → PROTO_INVALID", () => {
    const e = expectError(
      encodeSummaryBatch({ ...summaryBatch, batchSeq: "three" as never }),
      "PROTO_INVALID",
    );
    expect(e.message).toMatch(/batchSeq/);
    expectError(encode("Report", 42 as never), "PROTO_INVALID");
  });

  it("checks the contract: ids, required fields, oneof, ranges", () => {
    const cases: [MessageName, unknown, RegExp][] = [
      ["AgentHello", { agentId: "gw a" }, /agentId/],
      ["AgentHello", {}, /agentId/],
      ["Heartbeat", { sequence: 1 }, /hello/],
      ["Heartbeat", { hello: { agentId: "a" }, activeSessionIds: ["ok", "no.pe"] }, /activeSessionIds\[1\]/],
      ["SessionCommand", { sessionId: "s" }, /exactly one/],
      ["SessionCommand", { sessionId: "s", stop: {}, status: {} }, /command|exactly one/],
      [
        "SessionCommand",
        { ...sessionStart, start: { ...sessionStart.start, samplingRate: int64FromBigInt(0x1_0000_0001n) } },
        /samplingRate/,
      ],
      [
        "SessionCommand",
        { ...sessionStart, start: { ...sessionStart.start, samplingRate: -1 } },
        /samplingRate/,
      ],
      ["SessionAck", { sessionId: "*" }, /sessionId/],
      ["SummaryBatch", { ...summaryBatch, batchSeq: 0 }, /batchSeq/],
      ["SummaryBatch", { ...summaryBatch, agentId: ">" }, /agentId/],
      ["SummaryBatch", { ...summaryBatch, intervalEndNs: 0 }, /intervalEndNs/],
      ["Report", { sessionId: "s" }, /schemaVersion/],
      ["Report", { sessionId: "s", schemaVersion: 2 }, /schemaVersion/],
    ];
    for (const [name, message, field] of cases) {
      const e = expectError(encode(name, message as never), "PROTO_INVALID");
      expect(e.message, JSON.stringify(message)).toMatch(field);
    }
  });

  it("caps the encoded size → PROTO_TOO_LARGE saying what to do", () => {
    const digests = Array.from({ length: 50_000 }, () => summaryBatch.digests?.[0] ?? {});
    const e = expectError(encodeSummaryBatch({ ...summaryBatch, digests }), "PROTO_TOO_LARGE");
    expect(e.message).toMatch(/digests per batch|maxBytes/);
    expect(encodeSummaryBatch({ ...summaryBatch, digests }, { maxBytes: 4 * DEFAULT_MAX_BYTES }).ok).toBe(
      true,
    );
  });

  it("throws PROTO_INVALID_OPTION for a bad maxBytes and PROTO_UNKNOWN_TYPE for a bad name", () => {
    for (const maxBytes of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => encode("Report", {}, { maxBytes })).toThrow(
        expect.objectContaining({ code: "PROTO_INVALID_OPTION" }),
      );
      expect(() => decode("Report", new Uint8Array(1), { maxBytes })).toThrow(
        expect.objectContaining({ code: "PROTO_INVALID_OPTION" }),
      );
    }
    expect(() => encode("Nope" as MessageName, {})).toThrow(
      expect.objectContaining({ code: "PROTO_UNKNOWN_TYPE" }),
    );
    expect(() => decode("toString" as MessageName, new Uint8Array(1))).toThrow(
      expect.objectContaining({ code: "PROTO_UNKNOWN_TYPE" }),
    );
  });
});

describe("TunnelscopeError", () => {
  it("carries code, cause and its subclass name", () => {
    const cause = new Error("low level");
    const e = new ProtocolError("PROTO_MALFORMED", "what to fix", { cause });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("ProtocolError");
    expect(e.code).toBe("PROTO_MALFORMED");
    expect(e.cause).toBe(cause);
    expect(String(e)).toBe("ProtocolError: what to fix");
    const base = new TunnelscopeError("X_Y", "m");
    expect(base.name).toBe("TunnelscopeError");
    expect(base.cause).toBeUndefined();
  });
});
