import { type FileHandle, open } from "node:fs/promises";
import { CliError } from "../errors.js";

/** Bytes read per step: large enough that the per-read cost vanishes, small enough for RSS. */
const CHUNK = 1 << 20;

/**
 * Chunks of a capture file, or of stdin for "-", streamed: the file is never held whole.
 * Opening problems become one CliError line naming the file and the fix.
 *
 * Hot path (guarded by `npm run bench`): a file is read into two reused buffers in turn (the
 * next read overlaps the caller's work), so a yielded chunk is valid only until the next
 * iteration (`CaptureReader.push` copies what it keeps); nothing is allocated per chunk.
 */
export async function* captureChunks(path: string, stdin: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  if (path === "-") {
    for await (const chunk of stdin) yield typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    return;
  }
  let opened: FileHandle | undefined;
  try {
    opened = await open(path, "r");
    if ((await opened.stat()).isDirectory()) {
      throw new CliError(
        "CLI_INPUT",
        `cannot read '${path}': it is a directory; give a .pcap or .pcapng file`,
      );
    }
  } catch (err) {
    await opened?.close();
    throw fileError(path, err);
  }
  const handle = opened;
  // Two buffers: the next read runs while the caller works on the chunk just yielded.
  let chunk = new Uint8Array(CHUNK);
  let spare = new Uint8Array(CHUNK);
  let pending = readInto(handle, chunk);
  try {
    for (;;) {
      let n: number;
      try {
        n = await pending;
      } catch (err) {
        throw fileError(path, err);
      }
      if (n === 0) return;
      pending = readInto(handle, spare);
      yield n === CHUNK ? chunk : chunk.subarray(0, n);
      const done = chunk;
      chunk = spare;
      spare = done;
    }
  } finally {
    await pending.catch(() => 0);
    await handle.close();
  }
}

/** The next bytes of the file into `buf`; the promise is marked handled (awaited later). */
function readInto(handle: FileHandle, buf: Uint8Array): Promise<number> {
  const p = handle.read(buf, 0, buf.length, null).then((r) => r.bytesRead);
  p.catch(() => 0);
  return p;
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
