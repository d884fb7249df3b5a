/**
 * File replay: a pcap/pcapng capture read in chunks, as fast as possible (`max`) or
 * with its recorded timing (`realtime`: each chunk waits until the wall clock since the
 * start has caught up with the capture time of its last packet). For tests and offline
 * use; the file is never held whole.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { CaptureReader } from "@tunnelscope/analysis";
import { AgentError } from "../errors.js";
import { type CaptureSource, type CaptureStats, NO_STATS, type TapBinding } from "./source.js";

export interface ReplayOptions {
  readonly file: string;
  readonly speed: "realtime" | "max";
  /** Tap selectors: interface name or number in the capture. */
  readonly outer?: string;
  readonly inner?: string;
  readonly tunnel?: string;
}

const CHUNK_MAX = 1 << 20;
const CHUNK_REALTIME = 16 * 1024;

export class ReplaySource implements CaptureSource {
  readonly label: string;
  readonly binding: TapBinding;
  readonly live = false;
  private stopped = false;
  private wake: (() => void) | undefined;

  constructor(private readonly options: ReplayOptions) {
    this.label = `replay ${options.file}`;
    this.binding = {
      kind: "select",
      ...(options.outer !== undefined ? { outer: options.outer } : {}),
      ...(options.inner !== undefined ? { inner: options.inner } : {}),
      ...(options.tunnel !== undefined ? { tunnel: options.tunnel } : {}),
    };
  }

  async ready(): Promise<void> {
    let handle: Awaited<ReturnType<typeof open>> | undefined;
    try {
      handle = await open(this.options.file, "r");
      if ((await handle.stat()).isDirectory())
        throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT"
          ? "no such file"
          : code === "EACCES"
            ? "permission denied"
            : code === "EISDIR"
              ? "it is a directory"
              : (err as Error).message;
      throw new AgentError("AGENT_REPLAY_FILE", `cannot replay '${this.options.file}': ${why}`, {
        cause: err,
      });
    } finally {
      await handle?.close();
    }
  }

  async *chunks(): AsyncGenerator<Uint8Array> {
    await this.ready();
    const realtime = this.options.speed === "realtime";
    const stream = createReadStream(this.options.file, {
      highWaterMark: realtime ? CHUNK_REALTIME : CHUNK_MAX,
    });
    // Realtime pacing reads packet times with a reader of its own (cheap next to the analysis).
    let firstUs = -1;
    let lastUs = -1;
    const clock = realtime
      ? new CaptureReader((pv) => {
          if (firstUs < 0) firstUs = pv.ts;
          lastUs = pv.ts;
        })
      : undefined;
    const startMs = Date.now();
    try {
      for await (const chunk of stream) {
        if (this.stopped) break;
        if (clock !== undefined) {
          try {
            clock.push(chunk as Buffer);
          } catch {
            // a bad header: the pipeline's own reader reports it
          }
          if (firstUs >= 0) {
            const dueMs = startMs + (lastUs - firstUs) / 1000;
            const waitMs = dueMs - Date.now();
            if (waitMs > 0) await this.sleep(waitMs);
            if (this.stopped) break;
          }
        }
        yield chunk as Buffer;
      }
    } catch (err) {
      throw new AgentError(
        "AGENT_REPLAY_FILE",
        `cannot replay '${this.options.file}': ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    } finally {
      stream.destroy();
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  stats(): CaptureStats {
    return NO_STATS;
  }

  refreshStats(): void {}

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
  }
}
