import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FlowTimeline, Report } from "@tunnelscope/analysis";
import { beforeAll, describe, expect, it } from "vitest";
import { renderAnalyzeHtml } from "../src/render/analyze-html.js";
import { renderAnalyzeMarkdown } from "../src/render/analyze-markdown.js";
import { cli, fixture } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "ts-report-"));

interface Outputs {
  report: Report;
  html: string;
  markdown: string;
  dir: string;
  stdout: string;
}

async function analyze(scenario: string): Promise<Outputs> {
  const html = join(tmp, `${scenario}.html`);
  const md = join(tmp, `${scenario}.md`);
  const dir = join(tmp, `${scenario}-evidence`);
  const args = ["--a", fixture(scenario, "ga.pcap"), "--b", fixture(scenario, "gb.pcap")];
  const r = await cli(["analyze", ...args, "--html", html, "--markdown", md, "--evidence", dir]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const j = await cli(["analyze", ...args, "--json"]);
  return {
    report: JSON.parse(j.stdout) as Report,
    html: readFileSync(html, "utf8"),
    markdown: readFileSync(md, "utf8"),
    dir,
    stdout: r.stdout,
  };
}

/** Every chart series in the HTML: data-series → values (null for empty). */
function chartSeries(html: string): Map<string, (number | null)[]> {
  const out = new Map<string, (number | null)[]>();
  for (const m of html.matchAll(/<path class="series"[^>]*data-series="([^"]+)" data-values="([^"]*)"/g)) {
    const values = (m[2] as string).split(",").map((v) => (v === "" ? null : Number(v)));
    out.set(m[1] as string, values);
  }
  return out;
}

/** The JSON value a chart's `data-series` key names. */
function fromTimeline(t: FlowTimeline, key: string): readonly (number | null)[] {
  const parts = key.split(".");
  if (parts[0] === "segments") {
    const seg = t.segments.find((s) => s.segment === parts[1]);
    return (seg as unknown as Record<string, (number | null)[]>)[parts[2] as string] ?? [];
  }
  return (t as unknown as Record<string, (number | null)[]>)[key] ?? [];
}

const tshark = (file: string, fields: string[], filter?: string): string[][] =>
  execFileSync(
    "tshark",
    ["-r", file, ...(filter ? ["-Y", filter] : []), "-T", "fields", ...fields.flatMap((f) => ["-e", f])],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  )
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.split("\t"));

describe("analyze reports: HTML, Markdown, evidence pcaps", () => {
  let loss: Outputs;
  let slow: Outputs;
  beforeAll(async () => {
    loss = await analyze("underlay-loss");
    slow = await analyze("slow-reader");
  });

  it("puts a bounded timeline on A's clock into the JSON report", () => {
    for (const o of [loss, slow]) {
      const flow = o.report.flows.find((f) => f.id === o.report.verdict.flow);
      const t = flow?.timeline;
      expect(t).toBeTruthy();
      if (!t) return;
      expect(t.intervalUs).toBe(100_000);
      expect(t.points).toBeLessThanOrEqual(t.maxPoints);
      for (const s of [
        t.windowAtSender,
        t.windowAtReceiver,
        t.bytesInFlight,
        t.goodputBps,
        t.retransmissions,
      ])
        expect(s).toHaveLength(t.points);
      expect(t.segments.map((s) => s.segment)).toEqual(["sender-gateway", "underlay", "receiver-gateway"]);
    }
    const ts = slow.report.flows.find((f) => f.id === slow.report.verdict.flow)?.timeline;
    expect(ts?.zeroWindowPeriods.length).toBeGreaterThan(0);
    expect(ts?.windowAtReceiver).toContain(0);
    const tl = loss.report.flows.find((f) => f.id === loss.report.verdict.flow)?.timeline;
    const lost = tl?.segments.find((s) => s.segment === "underlay")?.lost.reduce((x, y) => x + y, 0);
    expect(lost).toBe(loss.report.flows.find((f) => f.id === loss.report.verdict.flow)?.figures.underlayLost);
  });

  it("draws every timeline series with the same numbers as the JSON (data-values and the JSON block)", () => {
    for (const o of [loss, slow]) {
      const flow = o.report.flows.find((f) => f.id === o.report.verdict.flow);
      const t = flow?.timeline as FlowTimeline;
      const series = chartSeries(o.html);
      expect(series.size).toBe(14);
      for (const [key, values] of series) expect(values, key).toEqual(fromTimeline(t, key));
      const block = /<script type="application\/json" id="tunnelscope-timeline">([^<]*)<\/script>/.exec(
        o.html,
      );
      expect(block).not.toBeNull();
      const data = JSON.parse((block as RegExpExecArray)[1] as string);
      expect(data.flow).toBe(flow?.id);
      expect(data.timeline).toEqual(t);
    }
  });

  it("says the verdict first, draws the location and has no external references", () => {
    for (const o of [loss, slow]) {
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(o.html)?.[1] ?? "";
      expect(h1).toMatch(/The window collapses at/);
      expect(o.html.indexOf("<h1")).toBeLessThan(o.html.indexOf("<svg"));
      expect(o.html).toContain(`data-location="${o.report.verdict.location}"`);
      expect(o.html).toMatch(
        new RegExp(`class="[^"]*fail[^"]*"[^>]*data-location="${o.report.verdict.location}"`),
      );
      expect(o.html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
      expect(o.html).not.toMatch(/@import|url\(/i);
      expect(o.html).not.toMatch(/<script(?![^>]*type="application\/json")/);
      expect(o.html).not.toMatch(/<link\b/);
      // accessible: every chart has a title and a description, tables have header cells
      const svgs = o.html.match(/<svg[^>]*>/g) ?? [];
      for (const s of svgs) expect(s).toMatch(/aria-label(ledby)?="/);
      expect(o.html).toContain('<th scope="col">');
    }
  });

  it("escapes everything it prints", () => {
    const evil = "<script>alert(1)</script>&\"'";
    const r = {
      ...slow.report,
      verdict: { ...slow.report.verdict, evidence: [evil], recommendations: [evil, `sysctl ${evil}`] },
    } as Report;
    const html = renderAnalyzeHtml(r, { a: evil, b: "b" }, { evidence: [] });
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;");
    expect(renderAnalyzeMarkdown(r, { a: "a", b: "b" })).toContain(evil);
  });

  it("writes a Markdown summary with the verdict, evidence, recommendations and segment table", () => {
    for (const o of [loss, slow]) {
      const v = o.report.verdict;
      expect(o.markdown).toContain(`\`${v.cause}\``);
      expect(o.markdown).toContain(`\`${v.location}\``);
      expect(o.markdown).toContain("The window collapses at");
      expect(o.markdown).toContain(v.evidence[0] as string);
      expect(o.markdown).toContain("### Recommendations");
      expect(o.markdown).toMatch(/\| data \| underlay \|/);
    }
  });

  it("cuts evidence pcaps tshark opens: the lost ESP sequence numbers and their neighbours (underlay-loss)", () => {
    const file = join(loss.dir, "underlay-loss-A.pcap");
    expect(existsSync(file)).toBe(true);
    expect(loss.html).toContain('href="underlay-loss-evidence/underlay-loss-A.pcap"');
    const rows = tshark(file, ["esp.sequence", "frame.cap_len"], "esp");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(Number(r[1])).toBeLessThanOrEqual(128);
    const seqs = new Set(rows.map((r) => Number(r[0])));
    // the report's filter names lost sequence numbers: the slice holds them and their neighbours
    const filter = loss.report.verdict.filters.find((f) => f.includes("esp.sequence in"));
    const lost = (/\{([^}]*)\}/.exec(filter ?? "")?.[1] ?? "").split(",").map((s) => Number(s.trim()));
    expect(lost.length).toBeGreaterThan(0);
    for (const s of lost) expect(seqs.has(s), `seq ${s}`).toBe(true);
    expect(seqs.has((lost[0] as number) - 1)).toBe(true);
    // B's slice: received ESP around the losses, but never the lost ones
    const b = tshark(join(loss.dir, "underlay-loss-B.pcap"), ["esp.sequence"], "esp").map((r) =>
      Number(r[0]),
    );
    expect(b.length).toBeGreaterThan(0);
    const spi = /esp\.spi == (0x[0-9a-f]+)/.exec(filter ?? "")?.[1] as string;
    const bLost = tshark(join(loss.dir, "underlay-loss-B.pcap"), ["esp.sequence"], `esp.spi == ${spi}`).map(
      (r) => Number(r[0]),
    );
    for (const s of lost) expect(bLost).not.toContain(s);
  });

  it("cuts evidence pcaps with the zero-window ACKs at both gateways (slow-reader)", () => {
    for (const g of ["A", "B"]) {
      const file = join(slow.dir, `zero-window-${g}.pcap`);
      const zw = tshark(file, ["frame.number"], "tcp.analysis.zero_window");
      expect(zw.length, g).toBeGreaterThan(0);
    }
    expect(slow.stdout).toContain("zero-window-B.pcap");
  });

  it("names the packets behind gateway-overload and buffer-limited verdicts, and none for a healthy path", async () => {
    const findings = async (scenario: string) => {
      const r = await cli([
        "analyze",
        "--a",
        fixture(scenario, "ga.pcap"),
        "--b",
        fixture(scenario, "gb.pcap"),
        "--json",
      ]);
      const report = JSON.parse(r.stdout) as Report;
      const flow = report.flows.find((f) => f.id === report.verdict.flow);
      return (flow?.findings ?? []).map((f) => f.finding);
    };
    expect(await findings("overload-a")).toContain("sender-gateway-transit");
    expect(await findings("overload-b")).toContain("receiver-gateway-transit");
    expect(await findings("buffer-limited")).toContain("window-full");
    expect(await findings("healthy")).toEqual([]);
    const html = join(tmp, "healthy.html");
    const r = await cli([
      "analyze",
      "--a",
      fixture("healthy", "ga.pcap"),
      "--b",
      fixture("healthy", "gb.pcap"),
      "--html",
      html,
      "--evidence",
      join(tmp, "healthy-evidence"),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no evidence pcap written");
    const page = readFileSync(html, "utf8");
    expect(page).toMatch(/<h1[^>]*>Healthy/);
    expect(page).not.toMatch(/class="[^"]*\bfail\b/);
  });

  it("documents the report options in --help", async () => {
    const r = await cli(["analyze", "--help"]);
    for (const flag of ["--html FILE", "--markdown FILE", "--evidence DIR"]) expect(r.stdout).toContain(flag);
  });
});
