export type { CaptureErrorCode } from "./capture/errors.js";
export { CAPTURE_ERROR_CODES, CaptureFormatError } from "./capture/errors.js";
export type { CaptureReaderOptions } from "./capture/reader.js";
export { CaptureReader } from "./capture/reader.js";
export { decodeFrame, LinkType } from "./decode/frame.js";
export type { CaptureHealth, CaptureInterface } from "./decode/packet.js";
export { DecodeStatus, L4, PacketView, PktType, TcpFlag } from "./decode/packet.js";
export type { EspAnalyzerOptions, EspSaResult } from "./esp/esp-analyzer.js";
export { EspAnalyzer, formatAddress, formatIpv6Words, REORDER_BUCKETS } from "./esp/esp-analyzer.js";
