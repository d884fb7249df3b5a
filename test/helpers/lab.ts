/**
 * The skip gate of the end-to-end tests that run the lab with the built CLI: root (see
 * privileged.ts), the lab's preflight (tools, kernel modules) and the compiled CLI.
 */
import { existsSync } from "node:fs";
import { CLI_BIN } from "../../packages/cli/src/demo/lab-agents.js";
import { preflight } from "../../packages/lab/src/index.js";
import { privilegedSkipReason } from "./privileged.js";

/**
 * Returns undefined when the test may run, or the one-line reason it is skipped (throws under
 * TUNNELSCOPE_REQUIRE_PRIVILEGED=1). `needsCli` ends the reason given when the CLI is not built,
 * e.g. "the demo runs the compiled CLI".
 */
export function labWithCliSkipReason(needsCli: string): string | undefined {
  return privilegedSkipReason(() => {
    try {
      preflight();
    } catch (err) {
      return (err as Error).message;
    }
    if (!existsSync(CLI_BIN.replace(/bin[/\\]tunnelscope\.mjs$/, "dist/main.js"))) {
      return `the CLI is not built (npm run build): ${needsCli}`;
    }
    return undefined;
  });
}
