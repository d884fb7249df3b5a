import process from "node:process";
import { runCli } from "./cli.js";

// A closed pipe (`tunnelscope inspect x --json | head`) is not an error worth a trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
});

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTty: process.stdout.isTTY === true,
});
process.exitCode = code;
