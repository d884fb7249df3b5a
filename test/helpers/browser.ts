/**
 * Debian's chromium driven by playwright-core, as the browser tests use it: where it is, a
 * check that fails in CI without it, a headless persistent context on a fresh profile
 * directory, and the `test-artifacts/` folder for screenshots.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);

/** Throws in CI (CI=true) when chromium is missing: there the browser tests must not skip. */
export function requireChromiumInCi(): void {
  if (process.env.CI === "true" && !haveChromium)
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
}

/** A headless chromium on a fresh profile directory; `close()` closes it and removes the profile. */
export async function launchChromium(
  opts: { offline?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "ts-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1100, height: 900 },
      ...(opts.offline ? { offline: true } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}

/** The repository's `test-artifacts/` folder, where the browser tests save screenshots. */
export const artifacts = join(fileURLToPath(new URL("../../", import.meta.url)), "test-artifacts");
