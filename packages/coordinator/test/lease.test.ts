import { describe, expect, it } from "vitest";
import { natsSuite } from "../../../test/helpers/nats-suite.js";
import {
  parseLeaseRecord,
  SESSIONS_KV_BUCKET,
  type SessionLeaseRecord,
  SessionLeases,
} from "../src/nats/lease.js";

const ASK = { a: "gw-a", b: "gw-b", durationMs: 5000, samplingRate: 1, intervalMs: 250, graceMs: 1000 };
const enc = new TextEncoder();

const nats = natsSuite();

async function leases(owner: string): Promise<SessionLeases> {
  const l = new SessionLeases(nats.nc.jetstream(), owner, { leaseMs: 1000 });
  await l.open();
  return l;
}

/** Waits until `l`'s watch shows session s1 as `match` says (the watch is asynchronous). */
async function sees(l: SessionLeases, match: (r: SessionLeaseRecord | undefined) => boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (match(l.running().find((r) => r.id === "s1"))) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${l.owner} never saw the expected record of s1`);
}

describe("session leases in KV (real nats-server)", () => {
  it("create, renew, expire, one taker wins, the old owner learns it lost, finish ends it", async () => {
    const one = await leases("c1");
    const two = await leases("c2");
    const three = await leases("c3");
    const t0 = Date.now();
    const held = await one.create({ id: "s1", ask: ASK, reportSubject: "_INBOX.r1", startAtNs: "123" }, t0);
    expect(held.record).toMatchObject({
      owner: "c1",
      state: "running",
      expiresAtMs: t0 + 1000,
      takeovers: 0,
    });
    // the same id cannot be created twice
    await expect(two.create({ id: "s1", ask: ASK, startAtNs: "1" }, t0)).rejects.toThrow();
    // not expired: nobody may take it
    await sees(two, (r) => r?.owner === "c1");
    expect(two.expired(t0 + 500)).toEqual([]);
    const renewed = await one.renew("s1", t0 + 900);
    expect(renewed?.record.expiresAtMs).toBe(t0 + 1900);
    await sees(two, (r) => r?.expiresAtMs === t0 + 1900);
    await sees(three, (r) => r?.expiresAtMs === t0 + 1900);
    expect(two.expired(t0 + 1500)).toEqual([]);
    // expired: two coordinators race for it, exactly one wins
    const foundTwo = two.expired(t0 + 2000);
    const foundThree = three.expired(t0 + 2000);
    expect(foundTwo.map((f) => f.record.id)).toEqual(["s1"]);
    const [byTwo, byThree] = await Promise.all([
      two.take(foundTwo[0] as (typeof foundTwo)[0], t0 + 2000),
      three.take(foundThree[0] as (typeof foundThree)[0], t0 + 2000),
    ]);
    expect([byTwo, byThree].filter((x) => x !== undefined)).toHaveLength(1);
    const winner = byTwo !== undefined ? two : three;
    const won = byTwo ?? byThree;
    expect(won?.record).toMatchObject({ owner: winner.owner, takeovers: 1, reportSubject: "_INBOX.r1" });
    // the old owner's renewal fails: it no longer owns the session
    expect(await one.renew("s1", t0 + 2100)).toBeUndefined();
    expect(one.holding("s1")).toBeUndefined();
    // the winner finishes it: ended sessions are never taken again
    expect(await winner.finish("s1")).toBe(true);
    await sees(one, (r) => r === undefined);
    expect(one.expired(t0 + 100_000)).toEqual([]);
    const kv = await nats.nc.jetstream().views.kv(SESSIONS_KV_BUCKET);
    const e = await kv.get("s1");
    expect(JSON.parse(new TextDecoder().decode(e?.value))).toMatchObject({ state: "ended" });
  });

  it("a hostile record in the bucket is counted and skipped, never taken", async () => {
    const kv = await nats.nc.jetstream().views.kv(SESSIONS_KV_BUCKET);
    await kv.put("junk1", enc.encode("{not json"));
    await kv.put(
      "junk2",
      enc.encode(
        JSON.stringify({
          id: "junk2",
          owner: "x",
          expiresAtMs: 0,
          state: "running",
          startAtNs: "1",
          takeovers: 0,
          ask: { ...ASK, a: "gw.a.>" },
        }),
      ),
    );
    const l = await leases("c4");
    const found = l.expired(Date.now() + 60_000);
    expect(found.map((f) => f.record.id)).not.toContain("junk1");
    expect(found.map((f) => f.record.id)).not.toContain("junk2");
    expect(l.rejected).toBe(2);
    l.close();
  });
});

describe("parseLeaseRecord", () => {
  const good = {
    id: "s9",
    ask: ASK,
    startAtNs: "1795757967445000000",
    owner: "c1",
    expiresAtMs: 5,
    state: "running",
    takeovers: 0,
  };
  const parse = (o: unknown, key = "s9") => parseLeaseRecord(key, enc.encode(JSON.stringify(o)));

  it("accepts a record and rejects each wrong field by name", () => {
    expect(parse(good)).toMatchObject({ ok: true, value: good });
    expect(parse(good, "other")).toMatchObject({ ok: false, reason: "id is not the key" });
    expect(parse({ ...good, expiresAtMs: "5" })).toMatchObject({ ok: false, reason: /expiresAtMs/ });
    expect(parse({ ...good, state: "weird" })).toMatchObject({ ok: false, reason: /state/ });
    expect(parse({ ...good, startAtNs: 5 })).toMatchObject({ ok: false, reason: /startAtNs/ });
    expect(parse({ ...good, reportSubject: "a.>" })).toMatchObject({ ok: false, reason: /reportSubject/ });
    expect(parse({ ...good, reportSubject: "tunnelscope.v1.agent.gw-a.cmd" })).toMatchObject({ ok: false });
    expect(parse({ ...good, ask: { ...ASK, durationMs: -1 } })).toMatchObject({ ok: false, reason: /ask/ });
    expect(parse([1, 2])).toMatchObject({ ok: false });
  });
});
