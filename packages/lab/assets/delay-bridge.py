#!/usr/bin/env python3
"""tunnelscope lab: a user-space delay bridge between two interfaces (no netem here).

Reads every frame arriving on one interface with an AF_PACKET socket and sends it out
of the other one unchanged, DELAY milliseconds later, in both directions, in order.
Run it in a namespace of its own whose two veths are not enslaved to a kernel bridge,
with checksum and segmentation offloads turned off on every veth of the path
(`ethtool -K IF tx off rx off gro off gso off tso off`): otherwise forwarded UDP keeps
a partial checksum and IKE never completes.

Prints one line `ready` on stdout once both sockets are bound; on SIGTERM prints its
counters as JSON on stdout and exits 0.

usage: delay-bridge.py --a IF --b IF --delay-ms N
"""

import argparse
import collections
import json
import select
import signal
import socket
import struct
import sys
import time

ETH_P_ALL = 0x0003
SOL_PACKET = 263
PACKET_ADD_MEMBERSHIP = 1
PACKET_MR_PROMISC = 1
PACKET_IGNORE_OUTGOING = 23
PACKET_OUTGOING = 4
MAX_QUEUE = 20000


def open_socket(ifname):
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8 << 20)
    try:
        s.setsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING, 1)
    except OSError:
        pass  # older kernels: outgoing frames are skipped by their packet type below
    s.bind((ifname, 0))
    mreq = struct.pack("iHH8s", socket.if_nametoindex(ifname), PACKET_MR_PROMISC, 0, b"")
    s.setsockopt(SOL_PACKET, PACKET_ADD_MEMBERSHIP, mreq)
    s.setblocking(False)
    return s


def main():
    p = argparse.ArgumentParser(description="user-space delay bridge")
    p.add_argument("--a", required=True)
    p.add_argument("--b", required=True)
    p.add_argument("--delay-ms", type=float, required=True)
    args = p.parse_args()
    delay = max(0.0, args.delay_ms / 1000.0)

    sa = open_socket(args.a)
    sb = open_socket(args.b)
    # frames waiting per direction: (due time, frame); a constant delay keeps FIFO order
    queues = {sa: collections.deque(), sb: collections.deque()}
    out = {sa: sb, sb: sa}
    stats = {"forwarded": 0, "dropped": 0, "delayMs": args.delay_ms}
    running = [True]

    def stop(_sig, _frm):
        running[0] = False

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    sys.stdout.write("ready\n")
    sys.stdout.flush()

    while running[0]:
        now = time.monotonic()
        due = [q[0][0] for q in queues.values() if q]
        timeout = max(0.0, min(due) - now) if due else 0.5
        try:
            readable, _, _ = select.select([sa, sb], [], [], timeout)
        except InterruptedError:
            continue
        now = time.monotonic()
        for s in readable:
            q = queues[s]
            while True:
                try:
                    frame, addr = s.recvfrom(65535)
                except (BlockingIOError, InterruptedError):
                    break
                if addr[2] == PACKET_OUTGOING:
                    continue
                if len(q) >= MAX_QUEUE:
                    stats["dropped"] += 1
                    continue
                q.append((now + delay, frame))
        now = time.monotonic()
        for s, q in queues.items():
            dst = out[s]
            while q and q[0][0] <= now:
                _, frame = q.popleft()
                try:
                    dst.send(frame)
                    stats["forwarded"] += 1
                except OSError:
                    stats["dropped"] += 1

    sys.stdout.write(json.dumps(stats) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
