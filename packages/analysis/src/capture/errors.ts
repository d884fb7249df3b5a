/**
 * Errors of the capture reader. Only an unreadable file header is an error: everything
 * wrong after it is counted in `CaptureHealth` and skipped.
 */

/** Every `CaptureFormatError` code with what it means and what to do about it. */
export const CAPTURE_ERROR_CODES = {
  CAPTURE_EMPTY: "the capture has no bytes at all; check that the capture was written and flushed",
  CAPTURE_BAD_MAGIC:
    "the first bytes are neither a pcap nor a pcapng magic number; capture with `tcpdump -w FILE` " +
    "or convert the file with `editcap -F pcap IN OUT`",
  CAPTURE_BAD_HEADER:
    "the magic number is right but the file header is unreadable (unsupported version, bad byte-order " +
    "mark, impossible length, or the file ends inside it); the file is damaged or cut",
} as const;

/** A stable code naming why a capture could not be read. */
export type CaptureErrorCode = keyof typeof CAPTURE_ERROR_CODES;

/**
 * The capture's file header is unreadable: the input is not a pcap/pcapng capture at all.
 * Thrown by `CaptureReader.push()`/`end()` only; per-record problems are never thrown.
 */
export class CaptureFormatError extends Error {
  override readonly name = "CaptureFormatError";
  readonly code: CaptureErrorCode;

  constructor(code: CaptureErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** A short description of what a file that is not a capture looks like, for error messages. */
export function describeMagic(b: Uint8Array, len: number): string {
  const n = Math.min(len, 4);
  let hex = "";
  let text = "";
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    hex += c.toString(16).padStart(2, "0");
    text += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : ".";
  }
  if (n >= 2 && b[0] === 0x1f && b[1] === 0x8b) return `0x${hex}, a gzip file: decompress it first`;
  if (n >= 4 && b[0] === 0x28 && b[1] === 0xb5 && b[2] === 0x2f && b[3] === 0xfd) {
    return `0x${hex}, a zstd file: decompress it first`;
  }
  if (n >= 2 && b[0] === 0x50 && b[1] === 0x4b) return `0x${hex}, a zip archive: extract the capture first`;
  return `0x${hex} ("${text}")`;
}
