#!/usr/bin/env node
// Stand-alone launcher of `tunnelscope lab …` for working on the lab (build first).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/index.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("tunnelscope lab: not built yet; run `npm run build` in the repository root\n");
  process.exit(70);
}
const { runLabCli } = await import(entry.href);
process.exitCode = await runLabCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
