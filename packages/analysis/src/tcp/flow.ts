/**
 * Per-connection and per-direction state of the TCP analysis.
 *
 * Hot path on purpose: one `TcpDir` per direction holds Wireshark's `tcp_flow_t` /
 * `tcp_analyze_seq_flow_info_t` fields plus our counters and the open interval as plain
 * number fields, allocated once per connection; nothing here allocates per packet (an
 * interval summary object is made once per interval when it closes).
 */
import { TCP_FLAG_COUNT } from "./flags.js";
import type { TcpInterval } from "./types.js";
import { UnackedSegments } from "./unacked.js";

/** One direction of one connection at one tap. */
export class TcpDir {
  /**
   * @param counts the connection's flag counts: this direction's totals at `at`, its open
   *   interval's at `at + TCP_FLAG_COUNT` (one array per connection, not four)
   */
  constructor(
    readonly counts: Float64Array,
    readonly at: number,
  ) {}

  // ── Wireshark's per-flow analysis state ──────────────────────────────────
  baseSet = false;
  baseSeq = 0;
  /** Highest sequence number + length seen (0 = none yet, as in Wireshark). */
  nextseq = 0;
  nextseqTime = 0;
  /** Highest contiguous sequence number seen, for "ACKed unseen segment" (0 = none). */
  maxseqtobeacked = 0;
  lastack = 0;
  lastackTime = 0;
  /** Last raw (unscaled) window; 0xffffffff before the first packet. */
  window = 0xffffffff;
  /** -1 unknown, -2 no scaling, else the shift. */
  winScale = -1;
  /** Between this side's SYN and its first ACK without SYN (Wireshark's `is_first_ack`). */
  isFirstAck = false;
  dupacknum = 0;
  /** Analysis flags of this direction's previous segment. */
  lastSegFlags = 0;
  /** Bytes in flight are valid (no gap seen since the last ACK from the other side). */
  validBif = true;
  /** SACK blocks (at most 3, as Wireshark stores) of this direction's last segment. */
  numSack = 0;
  sackDelivered = 0;
  readonly unacked = new UnackedSegments();

  // ── handshake ─────────────────────────────────────────────────────────────
  sawSyn = false;
  mss = -1;
  wscaleOption = -1;
  sackPermitted = false;
  timestamps = false;

  // ── totals ────────────────────────────────────────────────────────────────
  packets = 0;
  bytes = 0;
  payloadBytes = 0;
  newPayloadBytes = 0;
  firstTs = -1;
  lastTs = 0;
  winMin = -1;
  winMax = -1;
  winLast = -1;
  maxBif = 0;
  rttCount = 0;
  rttSum = 0;
  rttMin = 0;
  rttMax = 0;
  rttLast = 0;
  superPackets = 0;
  wireSegments = 0;
  /** Highest sequence number + length of data seen (for new payload bytes). */
  highData = 0;
  hasHighData = false;

  // ── open interval ────────────────────────────────────────────────────────
  ivStart = -1;
  ivPackets = 0;
  ivBytes = 0;
  ivPayload = 0;
  ivNewPayload = 0;
  ivSyn = 0;
  ivFin = 0;
  ivRst = 0;
  ivWinMin = -1;
  ivWinMax = -1;
  ivWinLast = -1;
  ivMaxBif = 0;
  ivRttCount = 0;
  ivRttMin = 0;
  ivRttMax = 0;
  intervalsDropped = 0;
  readonly intervals: TcpInterval[] = [];

  /** Records an RTT sample of this direction's data. */
  rtt(us: number): void {
    if (this.rttCount === 0 || us < this.rttMin) this.rttMin = us;
    if (us > this.rttMax) this.rttMax = us;
    this.rttCount++;
    this.rttSum += us;
    this.rttLast = us;
    if (this.ivRttCount === 0 || us < this.ivRttMin) this.ivRttMin = us;
    if (us > this.ivRttMax) this.ivRttMax = us;
    this.ivRttCount++;
  }

  /** Records an advertised (scaled) window. */
  win(w: number): void {
    // Stores every time (no branch first taken after optimisation, which would deoptimise).
    const min = this.winMin;
    this.winMin = min < 0 || w < min ? w : min;
    this.winMax = Math.max(w, this.winMax);
    this.winLast = w;
    const ivMin = this.ivWinMin;
    this.ivWinMin = ivMin < 0 || w < ivMin ? w : ivMin;
    this.ivWinMax = Math.max(w, this.ivWinMax);
    this.ivWinLast = w;
  }

  /** Clears the open interval and starts a new one at `start`. */
  openInterval(start: number): void {
    this.ivStart = start;
    this.ivPackets = 0;
    this.ivBytes = 0;
    this.ivPayload = 0;
    this.ivNewPayload = 0;
    this.ivSyn = 0;
    this.ivFin = 0;
    this.ivRst = 0;
    this.counts.fill(0, this.at + TCP_FLAG_COUNT, this.at + 2 * TCP_FLAG_COUNT);
    this.ivWinMin = -1;
    this.ivWinMax = -1;
    this.ivWinLast = -1;
    this.ivMaxBif = 0;
    this.ivRttCount = 0;
    this.ivRttMin = 0;
    this.ivRttMax = 0;
  }
}

function newDirs(): [TcpDir, TcpDir] {
  const counts = new Float64Array(4 * TCP_FLAG_COUNT);
  return [new TcpDir(counts, 0), new TcpDir(counts, 2 * TCP_FLAG_COUNT)];
}

/** One connection (address/port pair) at one tap; `dirs[0]` is A→B, `dirs[1]` B→A. */
export class TcpConv {
  /** Wireshark's `ts_first_rtt` (µs, 0 = not yet): SYN to the first pure ACK. */
  firstRtt = 0;
  /** Time of the most recent SYN without ACK (-1 = none). */
  mruSyn = -1;
  dirs: [TcpDir, TcpDir] = newDirs();

  // flow table links
  nextInBucket: TcpConv | undefined = undefined;
  lruPrev: TcpConv | undefined = undefined;
  lruNext: TcpConv | undefined = undefined;
  /** The flow table's use counter at this connection's last packet (its LRU rank). */
  used = 0;
  /** Address strings, made once when first needed. */
  names: [string, string] | undefined = undefined;

  constructor(
    public id: number,
    readonly hash: number,
    readonly iface: number,
    readonly ipVersion: number,
    /** Endpoint A address as four words (IPv4: [0, 0, 0, addr]), port; same for B. */
    readonly a0: number,
    readonly a1: number,
    readonly a2: number,
    readonly a3: number,
    readonly aPort: number,
    readonly b0: number,
    readonly b1: number,
    readonly b2: number,
    readonly b3: number,
    readonly bPort: number,
    readonly ifaceIndex: number,
  ) {}

  /** Starts over as a new connection (a SYN with a new ISN on the same ports). */
  restart(id: number): void {
    this.id = id;
    this.firstRtt = 0;
    this.mruSyn = -1;
    this.dirs = newDirs();
  }
}
