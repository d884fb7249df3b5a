/**
 * The coordinator's live API end to end against a real nats-server: two real agents
 * (the agent's file-replay backend, realtime) replay the slow-reader scenario; a session
 * is started with POST /api/sessions; a WebSocket client receives per-tap live frames whose
 * totals grow, then the verdict (equal to truth.json) and `end`; the report is served as
 * JSON, HTML and Markdown. The NATS session request keeps working beside it.
 */
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { reportRenderers } from "../../packages/cli/src/commands/session.js";
import { createSessionCommand } from "../../packages/coordinator/src/cli/session-command.js";
import { requestSession } from "../../packages/coordinator/src/nats/session-client.js";
import {
  type LiveSetup,
  startLiveSetup,
  truthOf,
} from "../../packages/coordinator/test/helpers/live-setup.js";

const truth = truthOf("slow-reader");

describe("coordinator live API with two replaying agents", () => {
  let setup: LiveSetup;
  let base: string;

  beforeAll(async () => {
    setup = await startLiveSetup("slow-reader");
    base = setup.base;
  }, 30_000);

  afterAll(async () => {
    await setup?.stop();
  });

  it("streams growing per-tap figures, then the verdict of truth.json, then end; serves the report", async () => {
    const agentsJson = (await (await fetch(`${base}/api/agents`)).json()) as {
      id: string;
      online: boolean;
    }[];
    expect(agentsJson.map((a) => a.id)).toEqual(["gw-a", "gw-b"]);
    const res = await fetch(`${base}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ a: "gw-a", b: "gw-b", durationS: 6, intervalMs: 500 }),
    });
    const started = (await res.json()) as { id: string; status: string };
    expect(res.status, JSON.stringify(started)).toBe(201);
    expect(started.status).toBe("running");
    expect(res.headers.get("location")).toBe(`/api/sessions/${started.id}`);

    // The agents replay for several seconds: the report is not there yet.
    const early = await fetch(`${base}/api/sessions/${started.id}/report`);
    expect(early.status).toBe(409);
    expect(await early.json()).toEqual({
      code: "COORD_REPORT_NOT_READY",
      error: `session ${started.id} is running: its report is ready when it has ended`,
    });

    const messages: Record<string, unknown>[] = [];
    await new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(`${base.replace("http", "ws")}/api/sessions/${started.id}/live`);
      ws.on("message", (d) => messages.push(JSON.parse(String(d))));
      ws.on("close", () => resolve());
      ws.on("error", reject);
    });
    const types = messages.map((m) => m.type);
    expect(types[0]).toBe("session");
    expect(types.at(-2)).toBe("verdict");
    expect(types.at(-1)).toBe("end");
    const frames = messages.filter((m) => m.type === "figures") as unknown as {
      side: string;
      taps: { tap: string; totalPackets: number; packets: number }[];
    }[];
    expect(frames.length).toBeGreaterThan(4);
    // Totals at A's taps grow across frames (numbers that change while it runs).
    const totalsA = frames
      .filter((f) => f.side === "A")
      .map((f) => f.taps.reduce((s, t) => s + t.totalPackets, 0));
    expect(new Set(totalsA).size).toBeGreaterThan(2);
    expect(totalsA).toEqual([...totalsA].sort((x, y) => x - y));
    const verdict = messages.find((m) => m.type === "verdict") as {
      verdict: { location: string; cause: string };
      report: { html: string; markdown: string; json: string };
    };
    expect({ location: verdict.verdict.location, cause: verdict.verdict.cause }).toEqual(truth);

    const status = (await (await fetch(`${base}/api/sessions/${started.id}`)).json()) as Record<
      string,
      unknown
    >;
    expect(status).toMatchObject({ id: started.id, status: "ended", a: "gw-a", b: "gw-b", verdict: truth });
    const list = (await (await fetch(`${base}/api/sessions`)).json()) as { id: string }[];
    expect(list.map((s) => s.id)).toContain(started.id);

    const json = await fetch(`${base}${verdict.report.json}`);
    expect(json.status).toBe(200);
    const report = (await json.json()) as {
      schema: string;
      verdict: { cause: string };
      session: { id: string };
    };
    expect(report.schema).toBe("tunnelscope.report/v1");
    expect(report.session.id).toBe(started.id);
    const html = await fetch(`${base}${verdict.report.html}`);
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await html.text();
    expect(page).toContain("<svg");
    expect(page).toContain(truth.cause);
    const md = await (await fetch(`${base}${verdict.report.markdown}`)).text();
    expect(md).toContain("tunnelscope.report/v1");
    expect(md).toContain("agent gw-a");
  }, 60_000);

  it("a session requested over NATS (session run's path) shows in the API with its verdict", async () => {
    const { sessionId, report } = await requestSession(setup.nc, {
      a: "gw-a",
      b: "gw-b",
      durationMs: 6000,
      samplingRate: 1,
      intervalMs: 500,
      graceMs: 10_000,
    });
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(truth);
    const status = (await (await fetch(`${base}/api/sessions/${sessionId}`)).json()) as Record<
      string,
      unknown
    >;
    expect(status).toMatchObject({ id: sessionId, status: "ended", verdict: truth });
  }, 60_000);

  /** A stream that keeps its text; `tty` makes it say it is a terminal. */
  function sink(tty: boolean): PassThrough & { text: () => string } {
    const chunks: string[] = [];
    const p = Object.assign(new PassThrough(), { isTTY: tty, columns: 200, text: () => chunks.join("") });
    p.on("data", (c: Buffer) => chunks.push(String(c)));
    return p;
  }

  it("session run on a terminal shows progress on stderr and prints only the result on stdout", async () => {
    const stdout = sink(false);
    const stderr = sink(true);
    const stdin = new PassThrough();
    stdin.end();
    const args = ["run", "--a", "gw-a", "--b", "gw-b", "--duration", "6", "--nats", setup.server.url];
    const code = await createSessionCommand(reportRenderers).run(args, {
      stdout,
      stderr,
      stdin,
      isTty: false,
    });
    expect(code, stderr.text()).toBe(0);
    const lines = stderr
      .text()
      .split("\r\x1b[2K")
      .filter((l) => l !== "");
    expect(
      lines.some((l) => /^\d+s elapsed, \d+s left · A\.inner \d+ pkts [\d.]+ (k|M)?bit\/s/.test(l)),
    ).toBe(true);
    // The packet counts grow while the agents replay.
    const counts = lines.map((l) => Number(/A\.inner (\d+) pkts/.exec(l)?.[1] ?? 0)).filter((n) => n > 0);
    expect(new Set(counts).size).toBeGreaterThan(1);
    expect(stderr.text().endsWith("\r\x1b[2K")).toBe(true);
    expect(stdout.text()).toContain("not reading");
    expect(stdout.text()).not.toContain("elapsed");

    const quiet = sink(false);
    const json = sink(false);
    const code2 = await createSessionCommand(reportRenderers).run([...args, "--json"], {
      stdout: json,
      stderr: quiet,
      stdin,
      isTty: false,
    });
    expect(code2).toBe(0);
    expect(quiet.text()).toBe("");
    expect(JSON.parse(json.text()).verdict).toMatchObject(truth);
  }, 60_000);
});
