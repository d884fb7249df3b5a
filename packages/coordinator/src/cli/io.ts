/** The I/O a CLI command gets (same shape as packages/cli's CommandIo). */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly isTty: boolean;
}

export interface CoordinatorCliCommand {
  readonly help: string;
  run(argv: readonly string[], io: CommandIo): Promise<number>;
}

export const DEFAULT_NATS = "nats://127.0.0.1:4222";
