import { execFile } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runLabCli } from "../src/cli.js";
import { LAB_ERROR_CODES } from "../src/errors.js";

class Sink {
  text = "";
  write(chunk: string | Uint8Array, cb?: unknown): boolean {
    this.text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
    const done = typeof cb === "function" ? cb : undefined;
    if (done !== undefined) (done as (e?: Error) => void)();
    return true;
  }
}

async function cli(...argv: string[]) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await runLabCli(argv, {
    stdout: stdout as unknown as NodeJS.WritableStream,
    stderr: stderr as unknown as NodeJS.WritableStream,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** One line on stderr with the code, nothing on stdout. */
function expectUsage(r: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).toMatch(/\[LAB_USAGE\]\n$/);
}

describe("tunnelscope lab (arguments)", () => {
  it("--help prints the usage with every scenario and its truth", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage:\n {2}tunnelscope lab up/);
    for (const s of ["healthy", "receiver-not-reading", "gateway-overload", "mtu-blackhole"]) {
      expect(r.stdout).toContain(`  ${s}`);
    }
    expect(r.stdout).toContain("truth: receiver-gateway / replay-window-drops");
    expect(r.stdout).toContain("--gateway a|b");
    expect((await cli("run", "--help")).code).toBe(0);
  });

  it("without a command prints the usage and exits 2", async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("Usage:");
  });

  it("rejects unknown commands, options and scenarios in one line", async () => {
    expectUsage(await cli("sideways"), /unknown lab command 'sideways'/);
    expectUsage(await cli("up", "--bogus"), /Unknown option '--bogus'/);
    expectUsage(await cli("run"), /lab run needs a SCENARIO/);
    expectUsage(await cli("run", "slowish"), /unknown scenario 'slowish'; one of: healthy/);
    expectUsage(await cli("run", "healthy", "extra"), /unexpected argument 'extra'/);
    expectUsage(
      await cli("run", "healthy", "--gateway", "a"),
      /--gateway does not apply to scenario healthy/,
    );
    expectUsage(await cli("run", "gateway-overload", "--gateway", "c"), /--gateway must be one of a, b/);
    expectUsage(await cli("run", "healthy", "--seconds", "0"), /--seconds must be a whole number from 1/);
    expectUsage(await cli("run", "healthy", "--seconds", "2.5"), /--seconds must be a whole number/);
    expectUsage(await cli("up", "--seconds", "3"), /--seconds does not apply to 'lab up'/);
    expectUsage(await cli("down", "now"), /unexpected argument 'now' after 'lab down'/);
    expectUsage(await cli("up", "--replay-window", "x"), /--replay-window must be a whole number/);
    expectUsage(await cli("fixtures"), /lab fixtures needs a target DIR/);
  });

  it("lists scenarios as JSON with their truths and options", async () => {
    const r = await cli("scenarios", "--json");
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { name: string; truth: { cause: string }; options: object }[];
    expect(list.map((s) => s.name)).toContain("underlay-loss");
    expect(list.find((s) => s.name === "underlay-loss")?.options).toHaveProperty("lossPercent");
    expect(list.find((s) => s.name === "healthy")?.truth.cause).toBe("healthy");
  });
});

const bin = fileURLToPath(new URL("../bin/lab.mjs", import.meta.url));
const built = existsSync(fileURLToPath(new URL("../dist/index.js", import.meta.url)));
const isRoot = process.getuid?.() === 0;

/** True when user `nobody` can reach `file` (every parent searchable, the file readable). */
function othersCanRead(file: string): boolean {
  try {
    if ((statSync(file).mode & 0o004) === 0) return false;
    for (let d = path.dirname(file); d !== path.dirname(d); d = path.dirname(d)) {
      if ((statSync(d).mode & 0o001) === 0) return false;
    }
    return true;
  } catch {
    return false;
  }
}
// as root we drop to nobody, who must be able to read the checkout and node
const runnable = built && (!isRoot || (othersCanRead(bin) && othersCanRead(process.execPath)));

describe.skipIf(!runnable)("tunnelscope lab as a user without root (built CLI)", () => {
  it("says so in one line, exits 1, no stack trace", async () => {
    // as root, drop to nobody for this one command; otherwise we are that user already
    const [cmd, args] = isRoot
      ? ["setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, bin, "up"]]
      : [process.execPath, [bin, "up"]];
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(cmd, args as string[], (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === "number" ? err.code : -1;
        resolve({ code, stdout, stderr });
      });
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "tunnelscope lab: the lab needs root (it creates network namespaces and captures packets): " +
        "run it with sudo or as root [LAB_NOT_ROOT]\n",
    );
  });
});

describe("error codes", () => {
  it("are all listed in the package README", () => {
    const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
    for (const code of Object.keys(LAB_ERROR_CODES)) expect(readme).toContain(`\`${code}\``);
  });
});
