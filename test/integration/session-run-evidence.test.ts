/**
 * `session run --html FILE` writes the session's evidence captures beside FILE: two real
 * agents replay the slow-reader scenario (each one's collapse detector fires and attaches a
 * headers-only pcapng to a batch); `session run` fetches the captures from the coordinator
 * over NATS (`tunnelscope.v1.session.<id>.evidence`, request = name, reply = bytes in
 * chunks under max_payload) and writes them to `<FILE's name>-evidence/`, where the HTML
 * report's links point: the same bytes the HTTP API serves, which tshark opens. Names that
 * are not the coordinator's own are refused over NATS as over HTTP.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { sessionEvidenceSubject } from "@tunnelscope/protocol";
import { headers } from "nats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportRenderers } from "../../packages/cli/src/commands/session.js";
import { createSessionCommand } from "../../packages/coordinator/src/cli/session-command.js";
import { answerEvidenceRequest, EVIDENCE_HEADERS } from "../../packages/coordinator/src/evidence.js";
import { fetchEvidence } from "../../packages/coordinator/src/nats/session-client.js";
import type { SessionReport } from "../../packages/coordinator/src/session-report.js";
import {
  type LiveSetup,
  startLiveSetup,
  truthOf,
} from "../../packages/coordinator/test/helpers/live-setup.js";

const run = promisify(execFile);
const truth = truthOf("slow-reader");
const enc = new TextEncoder();
const dec = new TextDecoder();

function sink(): PassThrough & { text: () => string } {
  const chunks: string[] = [];
  const p = Object.assign(new PassThrough(), { text: () => chunks.join("") });
  p.on("data", (c: Buffer) => chunks.push(String(c)));
  return p;
}

describe("session run --html FILE writes the evidence captures beside FILE", () => {
  let setup: LiveSetup;
  let dir = "";
  let html = "";
  let report: SessionReport;
  let stderr = "";
  const files = () => report.session.evidence?.files ?? [];

  beforeAll(async () => {
    setup = await startLiveSetup("slow-reader");
    dir = await mkdtemp(join(tmpdir(), "ts-run-evidence-"));
    html = join(dir, "report.html");
    const stdout = sink();
    const err = sink();
    const stdin = new PassThrough();
    stdin.end();
    const args = ["run", "--a", "gw-a", "--b", "gw-b", "--duration", "6", "--nats", setup.server.url];
    const code = await createSessionCommand(reportRenderers).run([...args, "--json", "--html", html], {
      stdout,
      stderr: err,
      stdin,
      isTty: false,
    });
    stderr = err.text();
    expect(code, stderr).toBe(0);
    report = JSON.parse(stdout.text()) as SessionReport;
  }, 90_000);

  afterAll(async () => {
    await setup?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("the report names the collapse and lists one capture per agent; nothing failed", () => {
    expect({ location: report.verdict.location, cause: report.verdict.cause }).toEqual(truth);
    expect(stderr).toBe("");
    expect(files().map((f) => [f.name, f.agent])).toEqual(
      expect.arrayContaining([
        ["a-collapse-1.pcapng", "gw-a"],
        ["b-collapse-1.pcapng", "gw-b"],
      ]),
    );
  });

  it("the HTML links open the files beside it: the bytes the HTTP API serves, which tshark reads", async () => {
    const page = await readFile(html, "utf8");
    expect(page).toContain("Evidence captures (headers only)");
    const base = pathToFileURL(html);
    for (const f of files()) {
      const href = `report-evidence/${f.name}`;
      expect(page).toContain(`<a href="${href}" download>${f.name}</a>`);
      const path = fileURLToPath(new URL(href, base));
      expect(path).toBe(join(dir, "report-evidence", f.name));
      const bytes = new Uint8Array(await readFile(path));
      expect(bytes.length).toBe(f.bytes);
      const served = new Uint8Array(await (await fetch(`${setup.base}${f.path}`)).arrayBuffer());
      expect(Buffer.compare(bytes, served)).toBe(0);
      const { stdout } = await run("tshark", ["-r", path, "-T", "fields", "-e", "frame.number"], {
        maxBuffer: 16 << 20,
      });
      expect(stdout.split("\n").filter((l) => l !== "").length).toBe(f.packets);
    }
    // The report JSON on stdout keeps the coordinator's own links.
    for (const f of files()) expect(f.href).toBe(`evidence/${f.name}`);
  });

  it("over NATS, names that are not the coordinator's own are refused as over HTTP", async () => {
    const id = report.session.id;
    const subject = sessionEvidenceSubject(id);
    if (!subject.ok) throw subject.error;
    const ask = async (body: Uint8Array, offset?: string) => {
      const h = headers();
      if (offset !== undefined) h.set(EVIDENCE_HEADERS.offset, offset);
      const r = await setup.nc.request(subject.value, body, { timeout: 5000, headers: h });
      expect(r.headers?.get(EVIDENCE_HEADERS.size) ?? "").toBe("");
      return JSON.parse(dec.decode(r.data));
    };
    const notEvidence = (name: string) => ({
      code: "COORD_INVALID_REQUEST",
      error: `${JSON.stringify(name)} is not an evidence file name: the report of session ${id} lists them (session.evidence.files)`,
    });
    for (const name of [
      "..",
      "../report.html",
      "a-collapse-1.pcapng/../../etc/passwd",
      "/etc/passwd",
      "a-collapse-1.pcapng\0",
      "a-collapse-1.pcapng\0.txt",
      "report.html",
      "A-collapse-1.pcapng",
      "a-collapse-1.pcapng\n",
      "",
    ])
      expect(await ask(enc.encode(name))).toEqual(notEvidence(name));
    expect(await ask(new Uint8Array(100_000).fill(97))).toEqual({
      code: "COORD_INVALID_REQUEST",
      error: `the request is not an evidence file name: the report of session ${id} lists them (session.evidence.files)`,
    });
    expect(await ask(enc.encode("a-collapse-99.pcapng"))).toEqual({
      code: "COORD_EVIDENCE_MISSING",
      error: `session ${id} has no evidence capture a-collapse-99.pcapng: its report lists them (session.evidence.files)`,
    });
    const first = files()[0];
    if (first === undefined) throw new Error("no evidence file");
    expect(await ask(enc.encode(first.name), "-1")).toMatchObject({ code: "COORD_INVALID_REQUEST" });
    expect(await ask(enc.encode(first.name), String(first.bytes + 1))).toEqual({
      code: "COORD_INVALID_REQUEST",
      error: `offset "${first.bytes + 1}" is outside ${first.name} (${first.bytes} bytes)`,
    });
    await expect(fetchEvidence(setup.nc, id, "a-collapse-99.pcapng")).rejects.toMatchObject({
      code: "COORD_EVIDENCE_MISSING",
    });
    // A session no coordinator knows: none answers (another coordinator may hold it).
    await expect(fetchEvidence(setup.nc, "nosuch", first.name, { timeoutMs: 500 })).rejects.toMatchObject({
      code: "COORD_NO_COORDINATOR",
    });
  });

  it("a file larger than one reply comes in chunks under max_payload that add up to the file", async () => {
    const id = report.session.id;
    const subject = sessionEvidenceSubject(id);
    if (!subject.ok) throw subject.error;
    for (const f of files()) {
      const whole = await fetchEvidence(setup.nc, id, f.name);
      expect(whole.length).toBe(f.bytes);
      // A server with max_payload 8 KiB: 4 KiB chunks (room for the headers).
      const parts: Uint8Array[] = [];
      let offset = 0;
      while (offset < f.bytes) {
        const a = answerEvidenceRequest(
          setup.coordinator,
          subject.value,
          enc.encode(f.name),
          String(offset),
          8192,
        );
        if (a === undefined || !a.ok) throw new Error(JSON.stringify(a));
        expect(a.headers[EVIDENCE_HEADERS.offset]).toBe(String(offset));
        expect(a.headers[EVIDENCE_HEADERS.size]).toBe(String(f.bytes));
        expect(a.bytes.length).toBe(Math.min(4096, f.bytes - offset));
        parts.push(a.bytes);
        offset += a.bytes.length;
      }
      expect(parts.length).toBe(Math.ceil(f.bytes / 4096));
      expect(Buffer.compare(Buffer.concat(parts), whole)).toBe(0);
      // Over NATS, from an offset: the rest of the file.
      const h = headers();
      h.set(EVIDENCE_HEADERS.offset, "100");
      const r = await setup.nc.request(subject.value, enc.encode(f.name), { timeout: 5000, headers: h });
      expect(r.headers?.get(EVIDENCE_HEADERS.offset)).toBe("100");
      expect(Buffer.compare(r.data, whole.subarray(100))).toBe(0);
    }
    expect((await stat(join(dir, "report-evidence"))).isDirectory()).toBe(true);
  });
});
