/**
 * Evidence captures of a live session over HTTP, end to end: two real agents replay the
 * slow-reader scenario (a zero window: each agent's collapse detector fires and attaches a
 * headers-only pcapng to a batch); the coordinator lists the captures in the session's
 * report, links them from the HTML report and serves them as downloads, which tshark opens:
 * the packets the listing names, no payload byte. Names that are not the coordinator's own
 * (traversal, encoded slashes, NUL, other files) are refused with exact statuses and codes.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LiveSetup,
  rawJson,
  startLiveSetup,
  truthOf,
} from "../../packages/coordinator/test/helpers/live-setup.js";

const run = promisify(execFile);
const truth = truthOf("slow-reader");
/** Linux cooked capture v2 header: the slices' link type (the fixtures are `tcpdump -i any`). */
const SLL2_HEADER = 20;

interface EvidenceFile {
  name: string;
  href: string;
  path: string;
  gateway: "A" | "B";
  agent: string;
  bytes: number;
  packets: number;
  taps: { tap: string; interface: string; packets: number }[];
  spanMs: number;
  description: string;
}

interface Evidence {
  files: EvidenceFile[];
  dropped: { files: number; bytes: number };
  refused: string[];
}

describe("evidence captures of a live session", () => {
  let setup: LiveSetup;
  let base: string;
  let port: number;
  let sessionId = "";
  let evidence: Evidence;
  let dir = "";

  /** A raw request: the path goes out exactly as written (no URL normalisation). */
  const raw = (path: string, method = "GET") => rawJson(port, method, path);

  beforeAll(async () => {
    setup = await startLiveSetup("slow-reader");
    base = setup.base;
    port = Number(new URL(base).port);
    dir = await mkdtemp(join(tmpdir(), "ts-evidence-http-"));
    const res = await fetch(`${base}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ a: "gw-a", b: "gw-b", durationS: 6, intervalMs: 500 }),
    });
    const started = (await res.json()) as { id: string };
    expect(res.status, JSON.stringify(started)).toBe(201);
    sessionId = started.id;
    // While it runs there is no report, so no evidence either.
    const early = await raw(`/api/sessions/${sessionId}/evidence/a-collapse-1.pcapng`);
    expect(early).toEqual({
      status: 409,
      json: {
        code: "COORD_REPORT_NOT_READY",
        error: `session ${sessionId} is running: its report is ready when it has ended`,
      },
    });
    let status = "running";
    for (let i = 0; i < 300 && status !== "ended" && status !== "failed"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = ((await (await fetch(`${base}/api/sessions/${sessionId}`)).json()) as { status: string })
        .status;
    }
    expect(status).toBe("ended");
    evidence = (await (await fetch(`${base}/api/sessions/${sessionId}/evidence`)).json()) as Evidence;
  }, 60_000);

  afterAll(async () => {
    await setup?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("lists one capture per agent in the report, with taps in path order", async () => {
    const report = (await (await fetch(`${base}/api/sessions/${sessionId}/report`)).json()) as {
      verdict: { location: string; cause: string };
      session: { evidence: Evidence };
    };
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(truth);
    expect(report.session.evidence).toEqual(evidence);
    expect(evidence.refused).toEqual([]);
    expect(evidence.dropped).toEqual({ files: 0, bytes: 0 });
    expect(evidence.files.map((f) => [f.name, f.agent])).toEqual(
      expect.arrayContaining([
        ["a-collapse-1.pcapng", "gw-a"],
        ["b-collapse-1.pcapng", "gw-b"],
      ]),
    );
    for (const f of evidence.files) {
      expect(f.path).toBe(`/api/sessions/${sessionId}/evidence/${f.name}`);
      expect(f.packets).toBe(f.taps.reduce((n, t) => n + t.packets, 0));
      const order = ["A.inner", "A.tunnel", "A.outer", "B.outer", "B.tunnel", "B.inner"];
      const ranks = f.taps.map((t) => order.indexOf(t.tap));
      expect(ranks.every((r) => r >= 0)).toBe(true);
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    }
  });

  it("serves each capture as a pcapng download that tshark opens: the listed packets, headers only", async () => {
    expect(evidence.files.length).toBeGreaterThanOrEqual(2);
    for (const f of evidence.files) {
      const res = await fetch(`${base}${f.path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/x-pcapng");
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${f.name}"`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(bytes.length).toBe(f.bytes);
      expect(Number(res.headers.get("content-length"))).toBe(f.bytes);
      const file = join(dir, f.name);
      await writeFile(file, bytes);
      const fields = [
        "frame.cap_len",
        "ip.hdr_len",
        "ip.proto",
        "tcp.hdr_len",
        "tcp.payload",
        "data",
        "udp.srcport",
      ];
      const { stdout } = await run(
        "tshark",
        ["-r", file, "-T", "fields", "-E", "separator=|", ...fields.flatMap((x) => ["-e", x])],
        { maxBuffer: 16 << 20 },
      );
      const rows = stdout
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => l.split("|"));
      expect(rows.length).toBe(f.packets);
      let tcp = 0;
      let esp = 0;
      for (const [capLen, ipHdr, proto, tcpHdr, payload, data, udp] of rows) {
        expect(payload).toBe(""); // tshark sees no TCP payload byte …
        expect(data).toBe(""); // … and no undissected data
        const cap = Number(capLen);
        if (proto === "6") {
          tcp++;
          expect(cap).toBe(SLL2_HEADER + Number(ipHdr) + Number(tcpHdr));
        } else if (proto === "50" || (proto === "17" && udp === "4500")) {
          esp++;
          expect(cap).toBe(SLL2_HEADER + Number(ipHdr) + (proto === "17" ? 8 : 0) + 8); // SPI + sequence
        }
      }
      expect(tcp).toBeGreaterThan(0);
      expect(esp).toBeGreaterThan(0);
    }
  });

  it("links the captures from the HTML report and the Markdown summary", async () => {
    const reportUrl = `${base}/api/sessions/${sessionId}/report.html`;
    const html = await (await fetch(reportUrl)).text();
    expect(html).toContain("Evidence captures (headers only)");
    for (const f of evidence.files) {
      expect(html).toContain(`<a href="${f.href}" download>${f.name}</a>`);
      expect(html).toContain(`tshark -r ${f.name}`);
      // the relative link resolves to the download
      const res = await fetch(new URL(f.href, reportUrl));
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBe(f.bytes);
    }
    const md = await (await fetch(`${base}/api/sessions/${sessionId}/report.md`)).text();
    for (const f of evidence.files) expect(md).toContain(`- \`${f.path}\``);
  });

  it("refuses every other name with an exact status and code", async () => {
    const ev = `/api/sessions/${sessionId}/evidence`;
    const badId = (segment: string) => ({
      status: 400,
      json: {
        code: "COORD_HTTP_BAD_ID",
        error: `path segment '${segment}' is not allowed: ids are [A-Za-z0-9_-], 1-64 characters`,
      },
    });
    const notEvidence = (name: string) => ({
      status: 400,
      json: {
        code: "COORD_HTTP_BAD_ID",
        error: `${JSON.stringify(name)} is not an evidence file name: GET ${ev} lists them`,
      },
    });
    expect(await raw(`${ev}/..`)).toEqual(badId(".."));
    expect(await raw(`${ev}/%2e%2e`)).toEqual(badId("%2e%2e"));
    expect(await raw(`${ev}/..%2f..%2freport`)).toEqual(badId("..%2f..%2freport"));
    expect(await raw(`${ev}/%2Fetc%2Fpasswd`)).toEqual(badId("%2Fetc%2Fpasswd"));
    expect(await raw(`${ev}/a-collapse-1.pcapng%2f`)).toEqual(badId("a-collapse-1.pcapng%2f"));
    expect(await raw(`${ev}/..%5ca-collapse-1.pcapng`)).toEqual(badId("..%5ca-collapse-1.pcapng"));
    expect(await raw(`${ev}/a-collapse-1.pcapng%00`)).toEqual(notEvidence("a-collapse-1.pcapng\0"));
    expect(await raw(`${ev}/a-collapse-1.pcapng%00.txt`)).toEqual(notEvidence("a-collapse-1.pcapng\0.txt"));
    expect(await raw(`${ev}/report.html`)).toEqual(notEvidence("report.html"));
    expect(await raw(`${ev}/A-collapse-1.pcapng`)).toEqual(notEvidence("A-collapse-1.pcapng"));
    expect(await raw(`${ev}/`)).toEqual(notEvidence(""));
    expect(await raw(`${ev}/a-collapse-99.pcapng`)).toEqual({
      status: 404,
      json: {
        code: "COORD_HTTP_NOT_FOUND",
        error: `session ${sessionId} has no evidence capture a-collapse-99.pcapng: GET ${ev} lists them`,
      },
    });
    expect(await raw(`${ev}/a-collapse-1.pcapng/x`)).toMatchObject({
      status: 404,
      json: { code: "COORD_HTTP_NOT_FOUND" },
    });
    expect(await raw(`/api/sessions/${sessionId}/report/a-collapse-1.pcapng`)).toMatchObject({
      status: 404,
      json: { code: "COORD_HTTP_NOT_FOUND" },
    });
    expect(await raw("/api/sessions/snosuch/evidence/a-collapse-1.pcapng")).toEqual({
      status: 404,
      json: {
        code: "COORD_UNKNOWN_SESSION",
        error: "no session snosuch on this coordinator: GET /api/sessions lists them",
      },
    });
    expect(await raw(`${ev}/a-collapse-1.pcapng`, "DELETE")).toEqual({
      status: 405,
      json: { code: "COORD_HTTP_METHOD", error: "DELETE is not allowed here: use GET" },
    });
  });
});
