#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in ../dist (run `npm run build` first).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write("tunnelscope: not built yet; run `npm run build` in the repository root\n");
  process.exit(70);
}
await import(main.href);
