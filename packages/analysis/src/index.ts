export type { CaptureHealth, CaptureInterface } from "./decode/packet.js";
export { DecodeStatus, L4, PacketView, PktType, TcpFlag } from "./decode/packet.js";
