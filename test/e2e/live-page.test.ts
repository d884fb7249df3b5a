/**
 * The coordinator's web page in a real browser: Debian's chromium driven by playwright-core
 * opens the page served by an in-process coordinator, sees the two agents (real agents
 * replaying the slow-reader scenario with the file-replay backend, in real time), starts a
 * session with the keyboard, watches the per-tap numbers grow over the WebSocket (taps in
 * path order, each chart titled with its unit and current maximum, readable with the arrow
 * keys), sees the verdict of truth.json and the evidence captures, opens the HTML report
 * and saves screenshots into `test-artifacts/`.
 * Without /usr/bin/chromium the test is skipped locally and fails in CI.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LiveSetup,
  startLiveSetup,
  truthOf,
} from "../../packages/coordinator/test/helpers/live-setup.js";
import { artifacts, haveChromium, launchChromium, requireChromiumInCi } from "../helpers/browser.js";

const { location, cause } = truthOf("slow-reader");

describe("live session page in chromium", () => {
  it("has chromium when running in CI", () => {
    requireChromiumInCi();
  });

  describe.skipIf(!haveChromium)("rendered", () => {
    let setup: LiveSetup;
    let base: string;
    let context: BrowserContext;
    let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;

    beforeAll(async () => {
      setup = await startLiveSetup("slow-reader");
      base = setup.base;
      browser = await launchChromium();
      context = browser.context;
    }, 40_000);

    afterAll(async () => {
      await browser?.close();
      await setup?.stop();
    });

    it("starts a session from the page, shows live numbers, the verdict and the report", async () => {
      const page = await context.newPage();
      const outside: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith(base)) outside.push(r.url());
      });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${base}/`);
      // Both agents are listed (the page refreshes the list every 5 s until they announce themselves).
      await page.waitForSelector('#agents tr[data-agent="gw-b"]', { timeout: 15_000 });
      expect(await page.locator("#agents tr[data-agent]").count()).toBe(2);
      expect(await page.locator("#agent-a").inputValue()).toBe("gw-a");
      expect(await page.locator("#agent-b").inputValue()).toBe("gw-b");

      // Keyboard only: the labels name the fields, Tab moves A → B → duration, Enter submits.
      expect(await page.getByLabel("Duration (seconds)").count()).toBe(1);
      await page.getByLabel("Gateway A (sender side)").focus();
      await page.keyboard.press("Tab");
      expect(await page.locator("#agent-b:focus").count()).toBe(1);
      await page.keyboard.press("Tab");
      expect(await page.locator("#duration:focus").count()).toBe(1);
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type("6");
      await page.keyboard.press("Enter");

      await page.waitForSelector("#live:not([hidden])", { timeout: 10_000 });
      const sessionId = (await page.locator("#live-id").textContent()) ?? "";
      expect(sessionId).toMatch(/^s[a-z0-9]+$/);
      // Live numbers arrive over the WebSocket and grow while the agents replay.
      const card = page.locator('.tap[data-tap="A.inner"]');
      await card.waitFor({ timeout: 15_000 });
      const first = Number(await card.getAttribute("data-packets"));
      expect(first).toBeGreaterThan(0);
      // (polled from the test: the page's CSP forbids the evaluated strings waitForFunction uses)
      let later = first;
      for (let i = 0; i < 150 && later <= first; i++) {
        await page.waitForTimeout(100);
        later = Number(await card.getAttribute("data-packets"));
      }
      expect(later).toBeGreaterThan(first);
      const shown = Number(await card.locator('[data-field="packets"]').textContent());
      expect(shown).toBeGreaterThan(first);
      expect(Number(await card.locator("polyline").getAttribute("data-points"))).toBeGreaterThan(1);

      // Taps in path order, the way packets travel: A.inner, A.outer, B.outer, B.inner.
      for (let i = 0; i < 150 && (await page.locator(".tap").count()) < 4; i++)
        await page.waitForTimeout(100);
      const cards = page.locator(".tap");
      const order: string[] = [];
      for (let i = 0; i < (await cards.count()); i++)
        order.push((await cards.nth(i).getAttribute("data-tap")) ?? "");
      expect(order).toEqual(["A.inner", "A.outer", "B.outer", "B.inner"]);
      // Each chart says what it plots, in which unit, and its current maximum.
      for (const tap of order) {
        const fig = page.locator(`.tap[data-tap="${tap}"] figure`);
        const title = (await fig.locator("figcaption").textContent()) ?? "";
        const m = /^throughput, (bit|kbit|Mbit|Gbit)\/s \(max ([\d.]+)\)$/.exec(title);
        expect(m, title).not.toBeNull();
        const scale = { bit: 1, kbit: 1e3, Mbit: 1e6, Gbit: 1e9 }[m?.[1] as "bit"];
        const maxBps = Number(await fig.getAttribute("data-max-bps"));
        expect(maxBps).toBeGreaterThan(0);
        // the title's maximum is the plotted maximum, rounded to three significant digits
        expect(Math.abs(Number(m?.[2]) * scale - maxBps) / maxBps).toBeLessThan(0.006);
        const label = (await fig.locator("svg").getAttribute("aria-label")) ?? "";
        expect(label).toContain(`throughput at ${tap} over the session, in ${m?.[1]}/s: max ${m?.[2]}`);
      }
      // Keyboard: Tab reaches the charts, the arrow keys read their points out.
      const chart = page.locator('.tap[data-tap="A.inner"] svg');
      await chart.focus();
      expect(await page.locator('.tap[data-tap="A.inner"] svg:focus').count()).toBe(1);
      await page.keyboard.press("Home");
      const readout = page.locator('.tap[data-tap="A.inner"] .readout');
      expect(await readout.textContent()).toMatch(
        /^A\.inner at [\d.]+ s: [\d.]+ (bit|kbit|Mbit|Gbit)\/s \(point 1 of \d+\)$/,
      );
      await page.keyboard.press("ArrowRight");
      expect(await readout.textContent()).toMatch(/\(point 2 of \d+\)$/);
      await page.keyboard.press("Shift+Tab");
      expect(await page.locator('.tap[data-tap="A.inner"] svg:focus').count()).toBe(0);
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, "live-page-running.png"), fullPage: true });

      // The verdict when the session ends equals the scenario's truth.
      await page.waitForSelector("#verdict:not([hidden])", { timeout: 30_000 });
      expect(await page.locator("#verdict").getAttribute("data-location")).toBe(location);
      expect(await page.locator("#verdict").getAttribute("data-cause")).toBe(cause);
      expect(await page.locator("#live-status").getAttribute("data-status")).toBe("ended");
      // The agents' collapse captures are offered for download beside the verdict.
      const evidence = page.locator("#evidence-list a[download]");
      expect(await page.locator("#evidence").isVisible()).toBe(true);
      expect(await evidence.count()).toBeGreaterThanOrEqual(2);
      expect(await evidence.first().getAttribute("href")).toBe(
        `/api/sessions/${sessionId}/evidence/a-collapse-1.pcapng`,
      );
      await page.screenshot({ path: join(artifacts, "live-page-verdict.png"), fullPage: true });

      // The report opens in a new tab: the same HTML analyze --html writes, with its charts.
      const [report] = await Promise.all([
        context.waitForEvent("page"),
        page.locator("#report-link").click(),
      ]);
      await report.waitForLoadState();
      expect(report.url()).toBe(`${base}/api/sessions/${sessionId}/report.html`);
      expect((await report.locator("h1").textContent()) ?? "").toContain("not reading its socket");
      expect(await report.locator("svg[data-chart]").count()).toBeGreaterThan(0);
      // … and the evidence captures, linked relative to the report
      const link = report.locator('#evidence-captures + ul a[href="evidence/a-collapse-1.pcapng"]');
      expect(await link.count()).toBe(1);
      await report.screenshot({ path: join(artifacts, "live-page-report.png"), fullPage: true });
      expect(existsSync(join(artifacts, "live-page-report.png"))).toBe(true);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await report.close();
      await page.close();
    }, 60_000);
  });
});
