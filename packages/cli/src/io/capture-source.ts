import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { CliError } from "../errors.js";

const CHUNK = 1 << 20;

/**
 * Chunks of a capture file, or of stdin for "-", streamed: the file is never held whole.
 * Opening problems become one CliError line naming the file and the fix.
 */
export async function* captureChunks(path: string, stdin: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  if (path === "-") {
    for await (const chunk of stdin) yield typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    return;
  }
  await assertReadableFile(path);
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (err) {
    throw fileError(path, err);
  }
}

async function assertReadableFile(path: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const st = await handle.stat();
    if (st.isDirectory()) {
      throw new CliError(
        "CLI_INPUT",
        `cannot read '${path}': it is a directory; give a .pcap or .pcapng file`,
      );
    }
  } catch (err) {
    throw fileError(path, err);
  } finally {
    await handle?.close();
  }
}

function fileError(path: string, err: unknown): CliError {
  if (err instanceof CliError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? "no such file; check the path"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied; run as a user who can read it"
        : code === "EISDIR"
          ? "it is a directory; give a .pcap or .pcapng file"
          : `${(err as Error).message ?? String(err)}`;
  return new CliError("CLI_INPUT", `cannot read '${path}': ${why}`, 1, { cause: err });
}
