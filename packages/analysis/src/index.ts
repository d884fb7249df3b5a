export type { CaptureHealth, CaptureInterface } from "./decode/packet.js";
export { DecodeStatus, L4, PacketView, PktType, TcpFlag } from "./decode/packet.js";
export { EspAnalyzer, REORDER_BUCKETS, formatAddress, formatIpv6Words } from "./esp/esp-analyzer.js";
export type { EspSaResult, EspAnalyzerOptions } from "./esp/esp-analyzer.js";
