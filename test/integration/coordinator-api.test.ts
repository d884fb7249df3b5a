/**
 * The coordinator's HTTP API refuses bad input with exact statuses, codes and messages:
 * bad JSON, a wrong content type, oversized bodies, invalid fields, unknown agents,
 * traversal in ids, unknown sessions, routes and methods. A real nats-server and
 * coordinator; two fake agents announce themselves in the agents KV bucket.
 */
import { join } from "node:path";
import { connect, type NatsConnection } from "nats";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { CoordinatorHttpServer } from "../../packages/coordinator/src/http/server.js";
import { Coordinator } from "../../packages/coordinator/src/nats/coordinator.js";
import { FakeAgent } from "../../packages/coordinator/test/helpers/fake-agent.js";
import { rawJson } from "../../packages/coordinator/test/helpers/live-setup.js";
import { NatsTestServer } from "../helpers/nats-server.js";

const HEALTHY = join(import.meta.dirname, "..", "fixtures", "scenarios", "healthy");

let server: NatsTestServer;
let nc: NatsConnection;
let coordinator: Coordinator;
let http: CoordinatorHttpServer;
let port: number;
const fakes: FakeAgent[] = [];

beforeAll(async () => {
  server = await NatsTestServer.start();
  nc = await connect({ servers: server.url });
  const log = pino({ level: "silent" });
  coordinator = new Coordinator(nc, log, { leadMs: 100 });
  await coordinator.start();
  http = new CoordinatorHttpServer({ coordinator, log });
  port = (await http.listen(0)).port;
  fakes.push(
    new FakeAgent(nc, "gw-a", {
      file: join(HEALTHY, "ga.pcap"),
      outerAddress: new Uint8Array([192, 0, 2, 1]),
      innerAddress: new Uint8Array([10, 1, 0, 1]),
    }),
    new FakeAgent(nc, "gw-b", {
      file: join(HEALTHY, "gb.pcap"),
      outerAddress: new Uint8Array([198, 51, 100, 1]),
      innerAddress: new Uint8Array([10, 2, 0, 1]),
    }),
  );
  for (const f of fakes) await f.start();
  for (let i = 0; i < 100 && coordinator.agentIds().length < 2; i++)
    await new Promise((r) => setTimeout(r, 20));
});

afterAll(async () => {
  for (const f of fakes) f.stop();
  await http?.close();
  await coordinator?.stop();
  await nc?.drain();
  await server?.stop();
});

/** A raw request: the path goes out exactly as written (no URL normalisation). */
const raw = (method: string, path: string, body?: string | Buffer, headers?: Record<string, string>) =>
  rawJson(port, method, path, body, headers);

const post = (body: string | Buffer, headers?: Record<string, string>) =>
  raw("POST", "/api/sessions", body, headers);

describe("GET /api/agents", () => {
  it("lists the agents online with version, interfaces and addresses", async () => {
    const r = await raw("GET", "/api/agents");
    expect(r.status).toBe(200);
    const list = r.json as unknown as {
      id: string;
      online: boolean;
      version: string;
      interfaces: unknown[];
    }[];
    expect(list.map((a) => a.id)).toEqual(["gw-a", "gw-b"]);
    expect(list[0]).toMatchObject({
      online: true,
      version: "0.0.0-test",
      interfaces: [
        { name: "wan0", role: "outer", addresses: ["192.0.2.1"] },
        { name: "lan0", role: "inner", addresses: ["10.1.0.1"] },
      ],
      sas: [],
    });
  });
});

describe("POST /api/sessions refuses bad input", () => {
  it("bad JSON → 400 COORD_HTTP_BAD_JSON", async () => {
    const r = await post('{"a": "gw-a",');
    expect(r.status).toBe(400);
    expect(r.json.code).toBe("COORD_HTTP_BAD_JSON");
    expect(r.json.error).toMatch(/^the request body is not valid JSON \(.+\): send a JSON object$/);
  });

  it("no JSON content type → 415 COORD_HTTP_BAD_JSON", async () => {
    const r = await post('{"a":"gw-a","b":"gw-b","durationS":1}', { "content-type": "text/plain" });
    expect(r).toEqual({
      status: 415,
      json: {
        code: "COORD_HTTP_BAD_JSON",
        error: "the request body must be JSON: send it with Content-Type: application/json",
      },
    });
  });

  it("a body over 64 KiB → 413 COORD_HTTP_TOO_LARGE (declared or streamed)", async () => {
    const big = JSON.stringify({ a: "gw-a", b: "gw-b", durationS: 1, pad: "x".repeat(70_000) });
    const expected = {
      status: 413,
      json: { code: "COORD_HTTP_TOO_LARGE", error: "the request body is larger than 65536 bytes: send less" },
    };
    expect(await post(big)).toEqual(expected);
    expect(await post(big, { "content-type": "application/json", "transfer-encoding": "chunked" })).toEqual(
      expected,
    );
  });

  it.each([
    [{ a: "gw-a", b: "gw-b" }, "durationS: Invalid input: expected number, received undefined"],
    [{ a: "gw-a", b: "gw-b", durationS: -1 }, "durationS: Too small: expected number to be >0"],
    [{ a: "gw-a", b: "gw-a", durationS: 1 }, "b: a and b name the same agent: give one agent per gateway"],
    [{ a: "gw.a", b: "gw-b", durationS: 1 }, "a: an agent id ([A-Za-z0-9_-], 1-64 characters) is expected"],
    [
      { a: "gw-a", b: "gw-b", durationS: 1, samplingRate: 2 },
      "samplingRate: Too big: expected number to be <=1",
    ],
    [{ a: "gw-a", b: "gw-b", durationS: 1, extra: true }, 'Unrecognized key: "extra"'],
    [[1, 2], "Invalid input: expected object, received array"],
  ])("%j → 400 COORD_INVALID_REQUEST", async (body, message) => {
    const r = await post(JSON.stringify(body));
    expect(r).toEqual({
      status: 400,
      json: {
        code: "COORD_INVALID_REQUEST",
        error: `${message} (expected {a, b, durationS, samplingRate?, intervalMs?})`,
      },
    });
  });

  it("an agent that is not online → 422 COORD_UNKNOWN_AGENT, no session started", async () => {
    const r = await post(JSON.stringify({ a: "gw-a", b: "nobody", durationS: 1 }));
    expect(r).toEqual({
      status: 422,
      json: {
        code: "COORD_UNKNOWN_AGENT",
        error:
          "agent nobody is not online (GET /api/agents lists the agents this coordinator sees): start it or check its id",
      },
    });
    expect(coordinator.sessions()).toEqual([]);
  });
});

describe("cross-site requests", () => {
  const error =
    "cross-site request refused: open the page from this coordinator (a reverse proxy must pass the Host header through)";

  it("a POST from another site's page → 403 COORD_HTTP_CROSS_ORIGIN; from the coordinator's own page it is read", async () => {
    const body = JSON.stringify({ a: "gw-a", b: "nobody", durationS: 1 });
    expect(await post(body, { "content-type": "application/json", origin: "https://evil.example" })).toEqual({
      status: 403,
      json: { code: "COORD_HTTP_CROSS_ORIGIN", error },
    });
    const same = await post(body, { "content-type": "application/json", origin: `http://127.0.0.1:${port}` });
    expect(same.json.code).toBe("COORD_UNKNOWN_AGENT");
  });

  it("a WebSocket from another site's page is refused with 403", async () => {
    const summary = (await coordinator.startSession({
      a: "gw-a",
      b: "gw-b",
      durationMs: 200,
      samplingRate: 1,
      intervalMs: 0,
      graceMs: 5000,
    })) as { id: string };
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/api/sessions/${summary.id}/live`, {
        origin: "https://evil.example",
      });
      ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      ws.on("open", () => resolve(101));
      ws.on("error", () => {});
    });
    expect(status).toBe(403);
  });
});

describe("paths", () => {
  it.each([
    ["/api/sessions/../agents", "path segment '..' is not allowed: ids are [A-Za-z0-9_-], 1-64 characters"],
    [
      "/api/sessions/..%2f..%2fetc/report",
      "path segment '..%2f..%2fetc' is not allowed: ids are [A-Za-z0-9_-], 1-64 characters",
    ],
    ["/api/sessions/a%2Fb", "path segment 'a%2Fb' is not allowed: ids are [A-Za-z0-9_-], 1-64 characters"],
    ["/api/sessions/%E0%A4%A", "path segment '%E0%A4%A' is not valid percent-encoding"],
    ["/api/sessions/a.b", "'a.b' is not a session id: ids are [A-Za-z0-9_-], 1-64 characters"],
  ])("GET %s → 400 COORD_HTTP_BAD_ID", async (path, message) => {
    expect(await raw("GET", path)).toEqual({
      status: 400,
      json: { code: "COORD_HTTP_BAD_ID", error: message },
    });
  });

  it("an unknown session → 404 COORD_UNKNOWN_SESSION (status, report and live)", async () => {
    const error = "no session s-nope on this coordinator: GET /api/sessions lists them";
    for (const p of [
      "/api/sessions/s-nope",
      "/api/sessions/s-nope/report",
      "/api/sessions/s-nope/report.html",
    ])
      expect(await raw("GET", p)).toEqual({ status: 404, json: { code: "COORD_UNKNOWN_SESSION", error } });
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/api/sessions/s-nope/live`);
      ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      ws.on("open", () => resolve(101));
      ws.on("error", () => {});
    });
    expect(refused).toBe(404);
  });

  it("an unknown route → 404 COORD_HTTP_NOT_FOUND; a wrong method → 405 COORD_HTTP_METHOD", async () => {
    expect(await raw("GET", "/api/nothing")).toEqual({
      status: 404,
      json: {
        code: "COORD_HTTP_NOT_FOUND",
        error: "no route /api/nothing: the API is under /api/agents and /api/sessions",
      },
    });
    expect(await raw("GET", "/toString")).toMatchObject({
      status: 404,
      json: { code: "COORD_HTTP_NOT_FOUND" },
    });
    expect(await raw("DELETE", "/api/sessions")).toEqual({
      status: 405,
      json: { code: "COORD_HTTP_METHOD", error: "DELETE is not allowed here: use GET or POST" },
    });
  });

  it("serves the web page, its script and stylesheet", async () => {
    for (const [p, type] of [
      ["/", "text/html"],
      ["/app.js", "text/javascript"],
      ["/style.css", "text/css"],
    ] as const) {
      const r = await fetch(`http://127.0.0.1:${port}${p}`);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toContain(type);
      expect((await r.text()).length).toBeGreaterThan(500);
    }
  });
});
