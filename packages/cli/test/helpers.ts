import { execFile } from "node:child_process";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/cli.js";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const fixture = (scenario: string, file: string) =>
  `${repoRoot}test/fixtures/scenarios/${scenario}/${file}`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function cli(argv: string[], stdin = ""): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  const inp = new PassThrough();
  inp.end(stdin);
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on("data", (c: Buffer) => chunks.out.push(c));
  err.on("data", (c: Buffer) => chunks.err.push(c));
  const code = await runCli(argv, { stdout: out, stderr: err, stdin: inp, isTty: false });
  return { code, stdout: Buffer.concat(chunks.out).toString(), stderr: Buffer.concat(chunks.err).toString() };
}

/** Runs the built binary as a user would (`npm test` builds first). */
export function cliProcess(argv: string[], input?: Buffer): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [`${repoRoot}packages/cli/bin/tunnelscope.mjs`, ...argv],
      { maxBuffer: 1 << 26, encoding: "utf8" },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}
