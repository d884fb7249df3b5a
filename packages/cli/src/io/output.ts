/** Where a command writes: injected so tests capture output and main.ts wires the process streams. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  /** True when stdout is a terminal (progress and colour only then). */
  readonly isTty: boolean;
}

/** Writes text and resolves once it is flushed (so a piped `--json` is complete before exit). */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}
