/**
 * Files the lab ships besides its code, found relative to this module so that both the
 * TypeScript sources (`src/`, under vitest) and the build (`dist/`) use the same copies.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LabError } from "./errors.js";

/** Absolute path of a file in the package's `assets/` folder. */
export function assetPath(name: string): string {
  return fileURLToPath(new URL(`../assets/${name}`, import.meta.url));
}

/**
 * Absolute path of a compiled traffic script (`dist/traffic/NAME.js`). From the sources the
 * compiled sibling is used: Node 20 cannot run TypeScript, so the package must be built.
 */
export function trafficScript(name: "sender" | "receiver"): string {
  const here = import.meta.url;
  const url = here.endsWith(".ts")
    ? new URL(`../dist/traffic/${name}.js`, here)
    : new URL(`./traffic/${name}.js`, here);
  const file = fileURLToPath(url);
  if (!existsSync(file)) {
    throw new LabError(
      "LAB_NOT_BUILT",
      `the traffic script ${name}.js is not built: run \`npm run build\` in the repository root`,
    );
  }
  return file;
}

/**
 * Reads a template from `assets/` and replaces every `{{KEY}}`; a placeholder without a
 * value is a programming error.
 */
export function renderTemplate(name: string, values: Readonly<Record<string, string | number>>): string {
  const text = readFileSync(assetPath(name), "utf8");
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (_m, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`template ${name}: no value for {{${key}}}`);
    return String(v);
  });
}
