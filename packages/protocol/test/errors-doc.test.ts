/**
 * docs/errors.md documents every error code of every package, and nothing else.
 * How codes are found: see error-codes.ts (and "Adding a code" in docs/errors.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CodeSite, codesInSource, parseErrorsDoc } from "./error-codes.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const DOC = "docs/errors.md";
const doc = parseErrorsDoc(readFileSync(join(ROOT, DOC), "utf8"));

/** packages/<name>/src/**\/*.ts, generated code and declaration files excluded. */
function sourcesOf(pkg: string): string[] {
  const src = join(ROOT, "packages", pkg, "src");
  let entries: string[];
  try {
    entries = readdirSync(src, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return entries
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.split(sep).includes("gen"))
    .map((f) => join(src, f))
    .sort();
}

const packages = readdirSync(join(ROOT, "packages"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const sitesByPackage = new Map<string, CodeSite[]>(
  packages.map((pkg) => [
    pkg,
    sourcesOf(pkg).flatMap((file) =>
      codesInSource(relative(ROOT, file).split(sep).join("/"), readFileSync(file, "utf8"), doc.prefixes),
    ),
  ]),
);

describe(DOC, () => {
  it("declares at least the protocol prefix", () => {
    expect(doc.prefixes).toContain("PROTO_");
  });

  it.each(packages)("documents every error code of packages/%s", (pkg) => {
    const missing = (sitesByPackage.get(pkg) ?? [])
      .filter((s) => !doc.codes.has(s.code))
      .map((s) => `${s.code} (${s.file}:${s.line}): add a "### ${s.code}" entry with Meaning and Fix`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it("documents only codes that exist in the source", () => {
    const inSource = new Set([...sitesByPackage.values()].flat().map((s) => s.code));
    const stale = [...doc.codes]
      .filter(([code]) => !inSource.has(code))
      .map(
        ([code, line]) => `${code} (${DOC}:${line}) is not in any packages/*/src: remove it or fix the name`,
      );
    expect(stale).toEqual([]);
  });

  it("finds every ProtocolErrorCode (the scanner works on this package)", () => {
    const found = new Set((sitesByPackage.get("protocol") ?? []).map((s) => s.code));
    for (const code of [
      "PROTO_EMPTY",
      "PROTO_TOO_LARGE",
      "PROTO_MALFORMED",
      "PROTO_INVALID",
      "PROTO_INVALID_ID",
      "PROTO_INVALID_SEQ",
      "PROTO_INVALID_OPTION",
      "PROTO_UNKNOWN_TYPE",
    ]) {
      expect(found, code).toContain(code);
    }
  });
});

describe("codesInSource", () => {
  const codes = (text: string, prefixes: readonly string[] = []) =>
    [...new Set(codesInSource("x.ts", text, prefixes).map((s) => s.code))].sort();

  it("finds codes in code unions, registries, comparisons, switches and constructors", () => {
    const text = `
      type FooErrorCode = "FOO_A" | "FOO_B";
      class E extends Error { constructor(readonly code: "BAR_A" | "BAR_B") { super(); } }
      interface I { code?: ("BAZ_A") }
      const BAR_ERROR_CODES = { BAR_C: "meaning", BAR_D: "meaning" } as const;
      const o = { code: "QUX_A" };
      if (e.code === "QUX_B" || "QUX_C" !== code) {}
      switch (err.code) { case "QUX_D": break; }
      throw new WidgetError("QUX_E", "message");
    `;
    expect(codes(text)).toEqual(
      [
        "BAR_A",
        "BAR_B",
        "BAR_C",
        "BAR_D",
        "BAZ_A",
        "FOO_A",
        "FOO_B",
        "QUX_A",
        "QUX_B",
        "QUX_C",
        "QUX_D",
        "QUX_E",
      ].sort(),
    );
  });

  it("finds any literal with a declared prefix, and ignores comments and other constants", () => {
    const text = `
      // "PROTO_IN_LINE_COMMENT"
      /** e.g. \`CAPTURE_PERMISSION_DENIED\` or "PROTO_IN_DOC" */
      const STREAM = "TUNNELSCOPE_V1_SUMMARIES";
      const ENV = process.env["TUNNELSCOPE_REQUIRE_PRIVILEGED"];
      const c = pick("PROTO_PICKED");
      const r = { PROTO_KEYED: 1 };
      new Map([["NOT_A_CODE", 1]]);
      fail("SOME_CONSTANT");
    `;
    expect(codes(text, ["PROTO_"])).toEqual(["PROTO_KEYED", "PROTO_PICKED"]);
  });
});

describe("parseErrorsDoc", () => {
  it("reads code headings and section prefixes", () => {
    const parsed = parseErrorsDoc("# T\n## foo (`FOO_`)\n### FOO_A\ntext\n### `FOO_B`\n## other\n");
    expect(parsed.prefixes).toEqual(["FOO_"]);
    expect([...parsed.codes.keys()]).toEqual(["FOO_A", "FOO_B"]);
  });
});
