#!/usr/bin/env python3
"""tunnelscope lab: one ICMP echo to prove a packet crosses the tunnel (no `ping` needed).

usage: icmp-probe.py DST [--timeout SECONDS]
Exit 0 when an echo reply from DST arrives in time, 1 otherwise.
"""

import argparse
import os
import select
import socket
import struct
import sys
import time


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    s = (s >> 16) + (s & 0xFFFF)
    s += s >> 16
    return ~s & 0xFFFF


def main():
    p = argparse.ArgumentParser()
    p.add_argument("dst")
    p.add_argument("--timeout", type=float, default=1.0)
    args = p.parse_args()
    ident = os.getpid() & 0xFFFF
    payload = b"tunnelscope-lab-probe"
    header = struct.pack("!BBHHH", 8, 0, 0, ident, 1)
    packet = struct.pack("!BBHHH", 8, 0, checksum(header + payload), ident, 1) + payload
    s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    s.sendto(packet, (args.dst, 0))
    deadline = time.monotonic() + args.timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return 1
        r, _, _ = select.select([s], [], [], left)
        if not r:
            return 1
        data, addr = s.recvfrom(2048)
        ihl = (data[0] & 0x0F) * 4
        icmp_type, _code, _sum, rid, _seq = struct.unpack("!BBHHH", data[ihl : ihl + 8])
        if icmp_type == 0 and rid == ident and addr[0] == args.dst:
            return 0


if __name__ == "__main__":
    sys.exit(main())
