/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core opens the
 * report of the slow-reader scenario from a file (offline), finds the verdict, checks that the
 * path diagram and every timeline chart rendered with a size, and saves a screenshot into
 * `test-artifacts/`. Without /usr/bin/chromium the test is skipped locally and fails in CI.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../packages/cli/src/cli.js";
import { artifacts, haveChromium, launchChromium, requireChromiumInCi } from "../helpers/browser.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

async function writeReport(scenario: string, dir: string): Promise<string> {
  const html = join(dir, `${scenario}.html`);
  const fx = (f: string) => join(root, "test/fixtures/scenarios", scenario, f);
  const sink = new PassThrough();
  sink.resume();
  const stdin = new PassThrough();
  stdin.end();
  const code = await runCli(
    [
      "analyze",
      "--a",
      fx("ga.pcap"),
      "--b",
      fx("gb.pcap"),
      "--html",
      html,
      "--evidence",
      join(dir, "evidence"),
    ],
    { stdout: sink, stderr: sink, stdin, isTty: false },
  );
  expect(code).toBe(0);
  return html;
}

describe("HTML report in chromium", () => {
  it("has chromium when running in CI", () => {
    requireChromiumInCi();
  });

  describe.skipIf(!haveChromium)("rendered", () => {
    let context: BrowserContext;
    let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
    let work: string;
    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), "ts-report-"));
      // A fresh profile directory per run.
      browser = await launchChromium({ offline: true });
      context = browser.context;
    });
    afterAll(async () => {
      await browser?.close();
      rmSync(work, { recursive: true, force: true });
    });

    it("shows the verdict, the path diagram and every chart, offline", async () => {
      const html = await writeReport("slow-reader", work);
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) requests.push(r.url());
      });
      await page.goto(pathToFileURL(html).href);
      expect(await page.locator("h1").isVisible()).toBe(true);
      const h1 = (await page.locator("h1").textContent()) ?? "";
      expect(h1).toContain("The window collapses at the receiving host");
      expect(h1).toContain("not reading its socket");
      await expect(page.locator(".verdict .conf").textContent()).resolves.toMatch(/Confidence \d+%/);

      const diagram = await page.locator("svg.diagram").boundingBox();
      expect(diagram?.width ?? 0).toBeGreaterThan(100);
      expect(diagram?.height ?? 0).toBeGreaterThan(20);
      expect(
        await page.locator('svg.diagram [data-location="receiver-host"]').getAttribute("class"),
      ).toContain("fail");

      const charts = page.locator("svg[data-chart]");
      expect(await charts.count()).toBe(7);
      for (let i = 0; i < 7; i++) {
        const box = await charts.nth(i).boundingBox();
        expect(box?.width ?? 0, `chart ${i}`).toBeGreaterThan(100);
        expect(box?.height ?? 0, `chart ${i}`).toBeGreaterThan(50);
      }
      // The window line is drawn (a path with extent), and zero-window periods are shaded.
      const line = await page.locator('#chart-window path[data-series="windowAtReceiver"]').boundingBox();
      expect(line?.width ?? 0).toBeGreaterThan(100);
      expect(await page.locator("#chart-window rect.band").count()).toBeGreaterThan(0);
      expect(await page.locator('a[href$="zero-window-B.pcap"]').count()).toBe(1);
      expect(requests).toEqual([]);

      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, "report-slow-reader.png"), fullPage: true });
      expect(existsSync(join(artifacts, "report-slow-reader.png"))).toBe(true);
      await page.close();
    });
  });
});
