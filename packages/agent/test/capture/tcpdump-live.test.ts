/**
 * The tcpdump backend for real, on the loopback (root only: capture needs CAP_NET_RAW).
 * Missing binaries need no privilege and always run.
 */
import { createServer, connect as tcpConnect } from "node:net";
import type { SummaryBatchInit } from "@tunnelscope/protocol";
import { describe, expect, it } from "vitest";
import { privilegedSkipReason } from "../../../../test/helpers/privileged.js";
import { TcpdumpSource } from "../../src/capture/tcpdump.js";
import { SessionPipeline } from "../../src/pipeline/session-pipeline.js";

const skip = privilegedSkipReason();

describe("tcpdump backend errors", () => {
  it("says how to fix a missing tcpdump", async () => {
    const s = new TcpdumpSource({
      tcpdumpPath: "/nonexistent/tcpdump",
      interface: "lo",
      tap: "inner",
      snaplen: 128,
      filter: {},
    });
    await expect(s.ready()).rejects.toMatchObject({
      code: "AGENT_TCPDUMP_MISSING",
      message: /apt-get install tcpdump/,
    });
  });
});

describe.skipIf(skip !== undefined)("tcpdump backend on the loopback (root)", () => {
  it("names a missing interface", async () => {
    const s = new TcpdumpSource({
      tcpdumpPath: "tcpdump",
      interface: "nosuch0",
      tap: "outer",
      snaplen: 128,
      filter: {},
    });
    await expect(s.ready()).rejects.toMatchObject({ code: "AGENT_NO_SUCH_INTERFACE" });
  });

  it("captures a TCP exchange for a second and summarises it", async () => {
    const server = createServer((sock) => {
      sock.on("data", () => {});
      sock.on("end", () => sock.end());
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const port = (server.address() as { port: number }).port;
    const batches: SummaryBatchInit[] = [];
    const pipeline = new SessionPipeline({
      sessionId: "live",
      agentId: "a",
      intervalUs: 500_000,
      samplingThreshold: 2 ** 32,
      ringSize: 0,
      maxDigests: 10_000,
      espGapBurst: 8,
      collapseCooldownUs: 0,
      onBatch: (b) => batches.push(b),
    });
    const source = new TcpdumpSource({
      tcpdumpPath: "tcpdump",
      interface: "lo",
      tap: "inner",
      snaplen: 128,
      filter: { ports: [port] },
    });
    await source.ready();
    pipeline.start(Date.now() * 1000);
    const id = pipeline.addReader(source.binding, () => source.stats());
    const pump = (async () => {
      for await (const chunk of source.chunks()) pipeline.push(id, chunk);
      pipeline.end(id);
    })();
    const sock = tcpConnect(port, "127.0.0.1");
    await new Promise<void>((r) => sock.once("connect", () => r()));
    sock.write(Buffer.alloc(256 * 1024, 7));
    sock.end();
    await new Promise((r) => setTimeout(r, 1000));
    source.refreshStats();
    await new Promise((r) => setTimeout(r, 100));
    await source.stop();
    await pump;
    pipeline.finish(Date.now() * 1000);
    server.close();
    const flows = batches.flatMap((b) => b.flows ?? []).filter((f) => f.flow?.dstPort === port);
    expect(flows.reduce((n, f) => n + Number(f.packets), 0)).toBeGreaterThan(3);
    expect(flows.reduce((n, f) => n + Number(f.payloadBytes), 0)).toBe(256 * 1024);
    expect(batches.reduce((n, b) => n + Number(b.health?.packets ?? 0), 0)).toBeGreaterThan(3);
    expect(batches.reduce((n, b) => n + Number(b.health?.kernelDrops ?? 0), 0)).toBe(0);
    // Headers only: no digest or batch carries the 0x07 payload.
    expect(batches.flatMap((b) => b.digests ?? []).every((d) => (d.ipLength ?? 0) > 0)).toBe(true);
  });
});
