/**
 * Finds the error codes declared in TypeScript sources and the codes documented in
 * docs/errors.md, for the test that keeps the two in step.
 *
 * A code is an UPPER_SNAKE string with at least one underscore. It counts as declared
 * when it appears (in code, not in comments) in one of these places:
 * - a literal type in a union/annotation of something named `code`, or of a type alias
 *   whose name ends in `ErrorCode`: `readonly code: "A_B" | "A_C"`;
 * - a key of an object literal assigned to a name ending in `ERROR_CODES` or
 *   `ErrorCodes`: `const X_ERROR_CODES = { X_ONE: "…" }`;
 * - `code: "A_B"`, `x.code === "A_B"` (or `!==`), `case "A_B":` in a switch on `….code`;
 * - the first argument of `new SomethingError("A_B", …)`;
 * - any string literal or property name that starts with a prefix the doc declares
 *   (`## name (\`PREFIX_\`)`).
 */
import ts from "typescript";

const CODE_SHAPE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** Where a code was found, for failure messages. */
export interface CodeSite {
  readonly code: string;
  readonly file: string;
  readonly line: number;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

function nameText(name: ts.Node | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name)) return name.text;
  if (ts.isPropertyAccessExpression(name)) return name.name.text;
  return undefined;
}

const isCodeName = (n: string | undefined) => n === "code";
const isCodeTypeName = (n: string | undefined) => n !== undefined && /ErrorCodes?$/.test(n);
const isRegistryName = (n: string | undefined) => n !== undefined && /(?:ERROR_CODES|ErrorCodes)$/.test(n);

/** The declaration a type node belongs to, skipping unions, parentheses and literal types. */
function typeOwner(node: ts.Node): ts.Node | undefined {
  let p: ts.Node | undefined = node.parent;
  while (
    p !== undefined &&
    (ts.isLiteralTypeNode(p) || ts.isUnionTypeNode(p) || ts.isParenthesizedTypeNode(p))
  ) {
    p = p.parent;
  }
  return p;
}

function inCodeContext(node: ts.Node): boolean {
  const parent = node.parent;
  if (parent === undefined) return false;
  // Literal types: `code: "A" | "B"`, `type XErrorCode = "A" | "B"`.
  if (ts.isLiteralTypeNode(parent)) {
    const owner = typeOwner(node);
    if (owner === undefined) return false;
    if (ts.isTypeAliasDeclaration(owner)) return isCodeTypeName(owner.name.text);
    if (
      ts.isPropertySignature(owner) ||
      ts.isPropertyDeclaration(owner) ||
      ts.isParameter(owner) ||
      ts.isVariableDeclaration(owner)
    ) {
      return isCodeName(nameText(owner.name));
    }
    return false;
  }
  // `code: "A"` in an object literal.
  if (ts.isPropertyAssignment(parent) && parent.initializer === node)
    return isCodeName(nameText(parent.name));
  // `x.code === "A"`, `code !== "A"`.
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    const eq =
      op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
      op === ts.SyntaxKind.EqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsToken;
    const other = parent.left === node ? parent.right : parent.left;
    return eq && isCodeName(nameText(other));
  }
  // `case "A":` in `switch (x.code)`.
  if (ts.isCaseClause(parent)) return isCodeName(nameText(parent.parent.parent.expression));
  // `new XError("A", …)`.
  if (ts.isNewExpression(parent) && parent.arguments?.[0] === node) {
    return /Error$/.test(nameText(parent.expression) ?? "");
  }
  return false;
}

/** Every code declared in one TypeScript source text. */
export function codesInSource(file: string, text: string, prefixes: readonly string[]): CodeSite[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: CodeSite[] = [];
  const add = (code: string, node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ code, file, line: line + 1 });
  };
  const hasPrefix = (s: string) => prefixes.some((p) => s.startsWith(p));
  const visit = (node: ts.Node): void => {
    const lit = literalText(node);
    if (lit !== undefined && CODE_SHAPE.test(lit) && (hasPrefix(lit) || inCodeContext(node))) add(lit, node);
    // Registry keys: `const X_ERROR_CODES = { A_B: "…" }` (also `as const`, `satisfies`).
    if (ts.isVariableDeclaration(node) && isRegistryName(nameText(node.name)) && node.initializer) {
      let init: ts.Expression = node.initializer;
      while (
        ts.isAsExpression(init) ||
        ts.isSatisfiesExpression(init) ||
        ts.isParenthesizedExpression(init)
      ) {
        init = init.expression;
      }
      if (ts.isObjectLiteralExpression(init)) {
        for (const prop of init.properties) {
          const key = nameText(prop.name);
          if (key !== undefined && CODE_SHAPE.test(key)) add(key, prop);
        }
      }
    }
    // Any property name with a declared prefix (registries under other names).
    if ((ts.isPropertyAssignment(node) || ts.isPropertySignature(node)) && ts.isIdentifier(node.name)) {
      const key = node.name.text;
      if (CODE_SHAPE.test(key) && hasPrefix(key)) add(key, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Documented codes (`### CODE` headings) and declared prefixes (`## name (\`PREFIX_\`)`). */
export function parseErrorsDoc(markdown: string): { codes: Map<string, number>; prefixes: string[] } {
  const codes = new Map<string, number>();
  const prefixes: string[] = [];
  markdown.split("\n").forEach((line, i) => {
    const code = /^###\s+`?([A-Z][A-Z0-9_]*)`?\s*$/.exec(line);
    if (code?.[1] !== undefined) codes.set(code[1], i + 1);
    const section = /^##\s+[^#].*\(`([A-Z][A-Z0-9]*_)`\)\s*$/.exec(line);
    if (section?.[1] !== undefined) prefixes.push(section[1]);
  });
  return { codes, prefixes };
}
