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

/** How `cliProcess` starts the binary: Node options before it, working directory, environment. */
export interface CliProcessOptions {
  readonly input?: Buffer;
  readonly nodeArgs?: readonly string[];
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs the built binary as a user would (`npm test` builds first). */
export function cliProcess(argv: string[], input?: Buffer | CliProcessOptions): Promise<CliResult> {
  const o: CliProcessOptions = Buffer.isBuffer(input)
    ? { input }
    : ((input as CliProcessOptions | undefined) ?? {});
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...(o.nodeArgs ?? []), `${repoRoot}packages/cli/bin/tunnelscope.mjs`, ...argv],
      {
        maxBuffer: 1 << 26,
        encoding: "utf8",
        ...(o.cwd === undefined ? {} : { cwd: o.cwd }),
        ...(o.env === undefined ? {} : { env: o.env }),
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
    if (o.input !== undefined) child.stdin?.end(o.input);
    else child.stdin?.end();
  });
}
