/**
 * Loads the optional `raw-socket` native module (a CommonJS addon) on first use and
 * describes the part of its API the agent uses. A missing or unbuilt module becomes
 * one AGENT_RAW_SOCKET_UNAVAILABLE line with the fix.
 */
import { createRequire } from "node:module";
import { AgentError } from "../errors.js";

export interface RawSocket {
  on(event: "message", cb: (buffer: Buffer, source: string) => void): this;
  on(event: "error", cb: (error: Error) => void): this;
  on(event: "close", cb: () => void): this;
  send(
    buffer: Buffer,
    offset: number,
    length: number,
    address: string,
    beforeCallback: (() => void) | null,
    afterCallback: (error: Error | null, bytes: number) => void,
  ): void;
  setOption(level: number, option: number, value: number | Buffer, length?: number): void;
  close(): void;
}

export interface RawSocketModule {
  createSocket(options: { addressFamily?: number; protocol?: number; bufferSize?: number }): RawSocket;
  readonly AddressFamily: { readonly IPv4: number; readonly IPv6: number };
  readonly SocketLevel: { readonly SOL_SOCKET: number; readonly IPPROTO_IP: number };
  readonly SocketOption: { readonly SO_BINDTODEVICE?: number; readonly SO_RCVBUF: number };
}

let cached: RawSocketModule | undefined;

/** The raw-socket module; throws AGENT_RAW_SOCKET_UNAVAILABLE when it cannot be loaded. */
export function loadRawSocket(): RawSocketModule {
  if (cached !== undefined) return cached;
  try {
    cached = createRequire(import.meta.url)("raw-socket") as RawSocketModule;
    return cached;
  } catch (err) {
    throw new AgentError(
      "AGENT_RAW_SOCKET_UNAVAILABLE",
      `the raw-socket backend is unavailable: its native module did not load (${(err as Error).message.split("\n")[0]}); ` +
        "install it with 'npm install-scripts approve raw-socket && npm rebuild raw-socket' (needs g++ and make), or use --backend tcpdump",
      { cause: err },
    );
  }
}

/** Maps socket creation errors (EPERM/EACCES) to the permission error with its fix. */
export function rawSocketError(err: unknown, what: string): AgentError {
  const msg = err instanceof Error ? err.message : String(err);
  if (/EPERM|EACCES|not permitted|permission/i.test(msg)) {
    return new AgentError(
      "AGENT_CAPTURE_PERMISSION_DENIED",
      `${what}: raw sockets need CAP_NET_RAW; grant it (see deploy/tunnelscope-agent.service) or run as root`,
      { cause: err },
    );
  }
  if (/ENODEV|No such device/i.test(msg)) {
    return new AgentError("AGENT_NO_SUCH_INTERFACE", `${what}: no such interface; check 'ip -br link'`, {
      cause: err,
    });
  }
  return new AgentError("AGENT_RAW_SOCKET_UNAVAILABLE", `${what}: ${msg}`, { cause: err });
}
