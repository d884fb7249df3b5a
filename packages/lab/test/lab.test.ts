/**
 * The real lab: namespaces, strongSwan, faults and their symptoms on the captures.
 * Needs root and the Debian tools (CI installs them); skipped with a reason otherwise.
 *
 * One file on purpose: the lab's names are machine-wide, so its tests must not run in
 * parallel with each other. Scenarios share one lab brought up in `beforeAll`.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireLabLock, type LabLock } from "../../../test/helpers/lab-lock.js";
import { privilegedSkipReason } from "../../../test/helpers/privileged.js";
import { runCli } from "../../cli/src/cli.js";
import { runLabCli } from "../src/cli.js";
import { isLabError } from "../src/errors.js";
import { labDown, labStatus, labUp } from "../src/lab.js";
import { preflight } from "../src/preflight.js";
import { runScenario } from "../src/run-scenario.js";
import { stateFile } from "../src/state.js";
import {
  gatewayTransit,
  loadRun,
  mtuBlackhole,
  receiverWindow,
  replayDrops,
  underlayLoss,
} from "./symptoms.js";

const reason = privilegedSkipReason(() => {
  try {
    preflight();
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
});

function sh(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, (err, stdout) => (err === null ? resolve(stdout) : reject(err))),
  );
}

/** `tunnelscope analyze --a A --b B --json`, in-process: the verdict's location and cause. */
async function analyzeVerdict(a: string, b: string): Promise<{ location: string; cause: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: Buffer[] = [];
  const errs: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  err.on("data", (c: Buffer) => errs.push(c));
  const code = await runCli(["analyze", "--a", a, "--b", b, "--json"], {
    stdout: out,
    stderr: err,
    stdin: new PassThrough(),
    isTty: false,
  });
  expect(Buffer.concat(errs).toString()).toBe("");
  expect(code).toBe(0);
  const { verdict } = JSON.parse(Buffer.concat(chunks).toString());
  return { location: verdict.location, cause: verdict.cause };
}

const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "");

interface HostView {
  netns: string[];
  links: string[];
  nftTables: string[];
  cgroups: string[];
}

/** What the lab could touch in the root namespace. */
async function hostView(): Promise<HostView> {
  const netns = lines(await sh("ip", ["netns", "list"])).map((l) => l.split(" ")[0]!);
  const links = lines(await sh("ip", ["-o", "link", "show"])).map((l) => l.split(": ")[1]!.split("@")[0]!);
  const nftTables = lines(await sh("nft", ["list", "tables"]));
  const cgroups: string[] = [];
  for (const root of ["/sys/fs/cgroup/cpu", "/sys/fs/cgroup"]) {
    try {
      for (const d of readdirSync(root)) {
        if (statSync(path.join(root, d)).isDirectory()) cgroups.push(path.join(root, d));
      }
    } catch {
      // not mounted
    }
  }
  return { netns: netns.sort(), links: links.sort(), nftTables: nftTables.sort(), cgroups: cgroups.sort() };
}

/** Network-namespace inodes of the lab's namespaces (to find any process left inside). */
function labNetnsInodes(): Set<number> {
  const out = new Set<number>();
  for (const ns of ["ts-snd", "ts-gwa", "ts-wan", "ts-dly", "ts-gwb", "ts-rcv"]) {
    try {
      out.add(statSync(`/run/netns/${ns}`).ino);
    } catch {
      // not there
    }
  }
  return out;
}

function processesIn(inodes: Set<number>): number[] {
  const pids: number[] = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (inodes.has(statSync(`/proc/${d}/ns/net`).ino)) pids.push(Number(d));
    } catch {
      // exited
    }
  }
  return pids;
}

/** Nothing of the lab is left, and nothing that was there before is gone. */
async function expectClean(before: HostView, inodes: Set<number>, charonPids: number[]): Promise<void> {
  const after = await hostView();
  expect(after.netns.filter((n) => n.startsWith("ts-"))).toEqual([]);
  expect(after.links.filter((n) => n.startsWith("ts-"))).toEqual([]);
  expect(after.cgroups.filter((c) => path.basename(c).startsWith("tunnelscope-lab-"))).toEqual([]);
  for (const key of ["netns", "links", "cgroups"] as const) {
    for (const x of before[key]) expect(after[key]).toContain(x);
  }
  expect(after.nftTables).toEqual(before.nftTables);
  expect(processesIn(inodes)).toEqual([]);
  for (const pid of charonPids) expect(existsSync(`/proc/${pid}`)).toBe(false);
  expect(existsSync(process.env.TUNNELSCOPE_LAB_DIR!)).toBe(false);
}

class Sink {
  text = "";
  write(chunk: string, cb?: (e?: Error) => void): boolean {
    this.text += chunk;
    cb?.();
    return true;
  }
}

async function cli(...argv: string[]) {
  const out = new Sink();
  const err = new Sink();
  const code = await runLabCli(argv, {
    stdout: out as unknown as NodeJS.WritableStream,
    stderr: err as unknown as NodeJS.WritableStream,
  });
  return { code, stdout: out.text, stderr: err.text };
}

describe.skipIf(reason !== undefined)("lab (root, real strongSwan tunnel)", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), "tunnelscope-lab-test-"));
  let base: HostView;
  let lock: LabLock | undefined;

  beforeAll(async () => {
    // test/e2e/lab-session.test.ts uses the lab too: one file at a time
    lock = await acquireLabLock();
    process.env.TUNNELSCOPE_LAB_DIR = path.join(work, "state");
    const present = (await hostView()).netns.filter((n) => n.startsWith("ts-"));
    if (present.length > 0) {
      throw new Error(
        `a lab is already up on this machine (${present.join(", ")}): run 'tunnelscope lab down'`,
      );
    }
    base = await hostView();
  }, 660_000);

  afterAll(async () => {
    await labDown().catch(() => {});
    rmSync(work, { recursive: true, force: true });
    lock?.release();
  });

  describe("up and down", () => {
    it("brings a tunnel up, refuses a second up, and leaves nothing behind", async () => {
      const st = await labUp();
      expect(st.up).toBe(true);
      expect(st.childSaInstalled).toBe(true);
      expect(st.management.rootAddress).toBe("172.31.255.1");
      const inodes = labNetnsInodes();
      expect(inodes.size).toBe(6);
      const charons = [st.charon.a!.pid, st.charon.b!.pid];

      const status = await cli("status");
      expect(status.code).toBe(0);
      expect(JSON.parse(status.stdout)).toMatchObject({
        up: true,
        management: { rootAddress: "172.31.255.1" },
      });

      const second = await cli("up");
      expect(second.code).toBe(1);
      expect(second.stdout).toBe("");
      expect(lines(second.stderr).filter((l) => !l.startsWith("lab: "))).toEqual([
        expect.stringMatching(/^tunnelscope lab: the lab is already up .*\[LAB_ALREADY_UP\]$/),
      ]);

      const down = await cli("down");
      expect(down.code).toBe(0);
      await expectClean(base, inodes, charons);
      expect((await labStatus()).up).toBe(false);
    });

    it("cleans up after a crash that lost the state file", async () => {
      const st = await labUp();
      const inodes = labNetnsInodes();
      unlinkSync(stateFile(process.env.TUNNELSCOPE_LAB_DIR!)); // as if the machine lost it
      const again = await labUp().catch((e: unknown) => e);
      expect(isLabError(again, "LAB_STALE")).toBe(true);
      expect((again as Error).message).toMatch(/ts-snd.*run `tunnelscope lab down`/);
      await labDown();
      await expectClean(base, inodes, [st.charon.a!.pid, st.charon.b!.pid]);
    });
  });

  describe("scenarios: the fault's symptom on the captures", () => {
    let inodes: Set<number>;
    let charons: number[];

    beforeAll(async () => {
      const st = await labUp();
      inodes = labNetnsInodes();
      charons = [st.charon.a!.pid, st.charon.b!.pid];
    });

    afterAll(async () => {
      await labDown();
      await expectClean(base, inodes, charons);
    });

    async function run(name: string, options: Record<string, string | number> = {}, label = name) {
      const dir = path.join(work, label);
      const r = await runScenario(name, { captureDir: dir, seconds: 3, options });
      expect(r.broughtUp).toBe(false);
      expect(JSON.parse(readFileSync(path.join(dir, "truth.json"), "utf8"))).toEqual(r.truth);
      for (const f of ["ga.pcap", "gb.pcap", "hb-lan.pcap", "counters-before.json", "counters-after.json"]) {
        expect(existsSync(path.join(dir, f))).toBe(true);
      }
      const caps = await loadRun(dir);
      expect((await labStatus()).fault).toBeUndefined(); // cleared after the run
      // The product on the live captures: `analyze` names the scenario's ground truth.
      const verdict = await analyzeVerdict(path.join(dir, "ga.pcap"), path.join(dir, "gb.pcap"));
      expect(verdict).toEqual({ location: r.truth.location, cause: r.truth.cause });
      return { r, ...caps };
    }

    it("healthy: no zero window, no loss, no late ESP, big packets pass, fast gateways", async () => {
      const { r, ga, gb, hb } = await run("healthy");
      const win = receiverWindow(hb);
      const loss = underlayLoss(ga, gb);
      const replay = replayDrops(ga, gb, 32);
      const mtu = mtuBlackhole(ga, gb, 1200);
      const ta = gatewayTransit(ga, gb, "a");
      const tb = gatewayTransit(ga, gb, "b");
      console.log("healthy", { goodput: r.goodput, win, loss, replay, mtu, ta: ta.p50Ms, tb: tb.p50Ms });
      expect(Number(r.receiver.bytes)).toBeGreaterThan(2_500_000); // paced at 1 MB/s for 3 s
      expect(win.zeroWindows).toBe(0);
      expect(loss.missingAtB).toBe(0);
      expect(replay.beyondWindow).toBe(0);
      expect(replay.beyondWindowDropped + replay.otherDropped).toBe(0);
      expect(mtu.bigArrivedAtB).toBe(mtu.bigSentAtA);
      expect(mtu.bigSentAtA).toBeGreaterThan(100);
      expect(ta.p50Ms).toBeLessThan(10);
      expect(tb.p50Ms).toBeLessThan(10);
    });

    it("receiver-not-reading: zero windows from the receiver, nothing lost", async () => {
      const { ga, gb, hb } = await run("receiver-not-reading");
      const win = receiverWindow(hb);
      const loss = underlayLoss(ga, gb);
      console.log("receiver-not-reading", { win, loss });
      expect(win.zeroWindows).toBeGreaterThan(0);
      expect(loss.missingAtB).toBe(0);
    });

    it("receive-buffer-limited: small window, no zero window, throughput near window/RTT", async () => {
      const { ga, gb, hb } = await run("receive-buffer-limited");
      const win = receiverWindow(hb);
      const loss = underlayLoss(ga, gb);
      const cap = win.maxWindow / (win.handshakeRttMs / 1000);
      console.log("receive-buffer-limited", { win, loss, windowOverRtt: cap });
      expect(win.zeroWindows).toBe(0);
      expect(win.maxWindow).toBeGreaterThan(0);
      expect(win.maxWindow).toBeLessThanOrEqual(32_768);
      expect(win.handshakeRttMs).toBeGreaterThanOrEqual(38); // 2 × 20 ms through the delay bridge
      expect(win.goodputBps).toBeLessThan(1.3 * cap);
      expect(win.goodputBps).toBeGreaterThan(0.3 * cap);
      expect(loss.missingAtB).toBe(0);
    });

    it("underlay-loss: ESP sent by A never arrives at B", async () => {
      const { ga, gb, hb } = await run("underlay-loss");
      const loss = underlayLoss(ga, gb);
      const share = loss.missingAtB / loss.sentAtA;
      console.log("underlay-loss", { loss, share, zeroWindows: receiverWindow(hb).zeroWindows });
      expect(loss.missingAtB).toBeGreaterThan(10);
      expect(share).toBeGreaterThan(0.01);
      expect(share).toBeLessThan(0.06); // 3 % configured
      expect(receiverWindow(hb).zeroWindows).toBe(0);
    });

    it("replay-window-drops: ESP reaches B late beyond the window, its inner packet never leaves B", async () => {
      const { ga, gb } = await run("replay-window-drops");
      const replay = replayDrops(ga, gb, 32);
      const loss = underlayLoss(ga, gb);
      console.log("replay-window-drops", { replay, loss });
      // The fault delays, it does not drop: whatever else went missing on a loaded machine
      // (a queue overflow on the WAN router, a capture drop) stays far below the replay drops.
      expect(loss.missingAtB).toBeLessThanOrEqual(Math.max(3, loss.sentAtA * 0.005));
      expect(loss.missingAtB).toBeLessThan(replay.beyondWindowDropped / 4);
      expect(replay.maxDepth).toBeGreaterThan(32);
      expect(replay.beyondWindowDropped).toBeGreaterThan(10);
      // The replay check, not overload, kills them: a packet that arrived beyond the window
      // dies far more often than one inside it (B's charon also drops a few in-window
      // packets when the machine is busy: the rates, not an absolute count, tell them apart).
      const beyondRate = replay.beyondWindowDropped / replay.beyondWindow;
      const otherRate = replay.otherDropped / Math.max(1, replay.espIn - replay.beyondWindow);
      expect(beyondRate).toBeGreaterThan(0.5);
      expect(beyondRate).toBeGreaterThan(10 * otherRate);
      expect(replay.espIn - replay.innerOut).toBeGreaterThan(0);
    });

    for (const gw of ["a", "b"] as const) {
      it(`gateway-overload --gateway ${gw}: transit through gateway ${gw} grows, the other stays fast`, async () => {
        const { ga, gb } = await run("gateway-overload", { gateway: gw }, `gateway-overload-${gw}`);
        const loaded = gatewayTransit(ga, gb, gw);
        const other = gatewayTransit(ga, gb, gw === "a" ? "b" : "a");
        const loss = underlayLoss(ga, gb);
        const replay = replayDrops(ga, gb, 32);
        console.log(`gateway-overload-${gw}`, {
          loaded,
          other: other.p50Ms,
          loss,
          beyond: replay.beyondWindow,
        });
        expect(loaded.matched).toBeGreaterThan(100);
        expect(loaded.p50Ms).toBeGreaterThan(20);
        expect(loaded.p50Ms).toBeGreaterThan(5 * other.p50Ms);
        expect(loaded.firstPacketsMs).toBeLessThan(loaded.p50Ms); // the queue builds up
        expect(loss.missingAtB).toBe(0);
        expect(replay.beyondWindow).toBe(0);
      });
    }

    it("mtu-blackhole: large ESP never reaches B, small ESP does, no ICMP", async () => {
      const { r, ga, gb } = await run("mtu-blackhole");
      const mtu = mtuBlackhole(ga, gb, 1200);
      console.log("mtu-blackhole", { mtu, received: r.receiver.bytes });
      expect(mtu.bigSentAtA).toBeGreaterThan(0);
      expect(mtu.bigArrivedAtB).toBe(0);
      expect(mtu.smallArrivedAtB).toBeGreaterThan(0);
      expect(mtu.icmpTooBigAtA).toBe(0);
    });
  });
});
