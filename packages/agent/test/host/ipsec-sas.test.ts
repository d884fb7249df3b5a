import { readFileSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ClockSyncState, SaDirection } from "@tunnelscope/protocol";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/schema.js";
import { parseChronyTracking, parseTimedatectlShow } from "../../src/host/clock-sync.js";
import { createHostProbe, mergeSas, toIpsecSa } from "../../src/host/host-probe.js";
import { parseSwanctlRawSas, parseViciEvents, parseXfrmState, saCounters } from "../../src/host/ipsec-sas.js";
import { parseSwanctlSas } from "../../src/host/parsers.js";

const FIX = join(import.meta.dirname, "..", "fixtures", "host");
const fixture = (name: string) => readFileSync(join(FIX, name), "utf8");

describe("swanctl --list-sas --raw (real lab output, kernel-libipsec)", () => {
  const a = parseSwanctlRawSas(fixture("swanctl-list-sas-raw-gwa.txt"));
  const b = parseSwanctlRawSas(fixture("swanctl-list-sas-raw-gwb.txt"));

  it("reads the vici sections: IKE SA, its CHILD_SA, lists", () => {
    const [ev] = parseViciEvents(fixture("swanctl-list-sas-raw-gwa.txt"));
    const lab = ev?.lab as Record<string, unknown>;
    expect(lab["local-host"]).toBe("192.0.2.1");
    const child = (lab["child-sas"] as Record<string, Record<string, unknown>>)["lab-1"];
    expect(child?.["local-ts"]).toEqual(["10.1.0.0/24"]);
    expect(child?.mode).toBe("TUNNEL");
  });

  it("gives each CHILD_SA's in and out SA with addresses, encapsulation and counters", () => {
    expect(a).toEqual([
      {
        spi: 0x8976fbe8,
        direction: "in",
        src: "198.51.100.1",
        dst: "192.0.2.1",
        bytes: 45701,
        packets: 861,
        udpEncap: true,
        esn: false,
      },
      {
        spi: 0x439c2803,
        direction: "out",
        src: "192.0.2.1",
        dst: "198.51.100.1",
        bytes: 2083085,
        packets: 1494,
        udpEncap: true,
        esn: false,
      },
    ]);
  });

  it("the two gateways see the same SAs mirrored, and agree with the human-readable listing", () => {
    expect(b.find((s) => s.direction === "in")?.spi).toBe(a.find((s) => s.direction === "out")?.spi);
    expect(b.find((s) => s.direction === "out")?.packets).toBe(a.find((s) => s.direction === "in")?.packets);
    const pretty = parseSwanctlSas(fixture("swanctl-list-sas-gwa.txt"));
    expect(pretty).toEqual(a);
  });

  it("ignores anything that is not a list-sa event", () => {
    expect(parseSwanctlRawSas("list-sas reply {}\nplugin 'x': failed to load\n")).toEqual([]);
    expect(parseSwanctlRawSas("")).toEqual([]);
  });
});

describe("ip -s xfrm state (iproute2 format)", () => {
  const sas = parseXfrmState(fixture("ip-s-xfrm-state.constructed.txt"), ["192.0.2.1"]);

  it("reads SPI, addresses, replay window, counters and the per-SA drops", () => {
    expect(sas).toHaveLength(2);
    expect(sas[0]).toEqual({
      spi: 0xc2a6e4f4,
      direction: "in",
      src: "198.51.100.1",
      dst: "192.0.2.1",
      bytes: 1093452,
      packets: 793,
      replayWindow: 32,
      replayWindowDrops: 17,
      replayDrops: 2,
      integrityFailures: 1,
      udpEncap: true,
      esn: false,
    });
  });

  it("takes the ESN replay window when the header's is 0, and the direction from the local addresses", () => {
    expect(sas[1]?.esn).toBe(true);
    expect(sas[1]?.replayWindow).toBe(128);
    expect(sas[1]?.direction).toBe("out");
    expect(parseXfrmState(fixture("ip-s-xfrm-state.constructed.txt"))[0]?.direction).toBeUndefined();
  });

  it("an empty kernel table (kernel-libipsec) is no SAs", () => {
    expect(parseXfrmState("")).toEqual([]);
  });

  it("turns SAs into heartbeat entries and cumulative host counters", () => {
    const hb = toIpsecSa(sas[0] as (typeof sas)[number]);
    expect(hb.direction).toBe(SaDirection.SA_DIRECTION_IN);
    expect([...(hb.srcAddr as Uint8Array)]).toEqual([198, 51, 100, 1]);
    expect(hb.replayWindowDrops).toBe(17);
    const c = saCounters(sas);
    expect(c.get("sa.c2a6e4f4.in.replay_window_drops")).toBe(17);
    expect(c.get("sa.a8ba1f11.out.packets")).toBe(2397);
  });

  it("merges kernel and strongSwan SAs, one per SPI and destination, the kernel's first", () => {
    const swan = parseSwanctlRawSas(fixture("swanctl-list-sas-raw-gwa.txt"));
    const dup = { ...swan[0], spi: 0xc2a6e4f4, dst: "192.0.2.1" } as (typeof swan)[number];
    const merged = mergeSas(sas, [dup, ...swan]);
    expect(merged).toHaveLength(4);
    expect(merged.filter((s) => s.spi === 0xc2a6e4f4)[0]?.replayWindow).toBe(32);
  });
});

describe("clock sync (real chronyc -c tracking output)", () => {
  it("synchronised: offsets and error bounds in ns", () => {
    const c = parseChronyTracking(fixture("chronyc-c-tracking-synchronised.csv"));
    expect(c).toEqual({
      state: ClockSyncState.CLOCK_SYNC_STATE_SYNCHRONIZED,
      source: "chrony",
      offsetNs: -29,
      estimatedErrorNs: 492 + 626,
      maxErrorNs: 492 + 1805 + 1908,
    });
  });

  it("not synchronised: no error estimate", () => {
    expect(parseChronyTracking(fixture("chronyc-c-tracking-unsynchronised.csv"))).toEqual({
      state: ClockSyncState.CLOCK_SYNC_STATE_UNSYNCHRONIZED,
      source: "chrony",
    });
  });

  it("anything else is not chrony's answer", () => {
    expect(parseChronyTracking("506 Cannot talk to daemon\n")).toBeUndefined();
  });

  it("timedatectl show: NTPSynchronized says the kernel's view", () => {
    const text = "Timezone=Etc/UTC\nLocalRTC=no\nCanNTP=yes\nNTP=yes\nNTPSynchronized=no\n";
    expect(parseTimedatectlShow(text)).toEqual({
      state: ClockSyncState.CLOCK_SYNC_STATE_UNSYNCHRONIZED,
      source: "systemd-timesyncd",
    });
    expect(parseTimedatectlShow("System has not been booted with systemd\n")).toBeUndefined();
  });
});

describe("the host probe runs the tools with fixed arguments", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ts-host-"));
    // Fake tools: node scripts that record their argv and print a fixture (no shell).
    const tool = async (name: string, out: string, code = 0) => {
      const file = join(dir, name);
      await writeFile(
        file,
        `#!${process.execPath}\nconst fs = require("node:fs");\nfs.appendFileSync(${JSON.stringify(join(dir, `${name}.argv`))}, JSON.stringify(process.argv.slice(2)) + "\\n");\nprocess.stdout.write(fs.readFileSync(${JSON.stringify(out)}, "utf8"));\nprocess.exit(${code});\n`,
      );
      await chmod(file, 0o755);
      return file;
    };
    await tool("swanctl", join(FIX, "swanctl-list-sas-raw-gwa.txt"));
    await tool("ip", join(FIX, "ip-s-xfrm-state.constructed.txt"));
    await tool("chronyc", join(FIX, "chronyc-c-tracking-synchronised.csv"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("lists SAs in the heartbeat, per-SA counters in the host counters, and the clock", async () => {
    const config = parseConfig({
      id: "gw-a",
      taps: { outer: "lo" },
      collectors: {
        swanctlPath: join(dir, "swanctl"),
        swanctlUri: "unix:///run/test/charon.vici",
        ipPath: join(dir, "ip"),
        chronycPath: join(dir, "chronyc"),
        timedatectlPath: join(dir, "missing-timedatectl"),
        ssPath: join(dir, "missing-ss"),
      },
    });
    const probe = createHostProbe(config, pino({ level: "silent" }));
    const snapshot = await probe.collect();
    expect(snapshot.counters.get("sa.8976fbe8.in.packets")).toBe(861);
    // this host does not own 192.0.2.1: the kernel SA's direction stays unknown
    expect(snapshot.counters.get("sa.c2a6e4f4.unknown.replay_window_drops")).toBe(17);
    const sas = (await probe.sas?.()) ?? [];
    expect(sas.map((s) => s.spi).sort()).toEqual([0x439c2803, 0x8976fbe8, 0xa8ba1f11, 0xc2a6e4f4].sort());
    const clock = await probe.clock();
    expect(clock.state).toBe(ClockSyncState.CLOCK_SYNC_STATE_SYNCHRONIZED);
    expect(await readFile(join(dir, "swanctl.argv"), "utf8")).toContain(
      JSON.stringify(["--list-sas", "--raw", "--uri", "unix:///run/test/charon.vici"]),
    );
    expect(await readFile(join(dir, "ip.argv"), "utf8")).toContain(JSON.stringify(["-s", "xfrm", "state"]));
    expect(await readFile(join(dir, "chronyc.argv"), "utf8")).toContain(JSON.stringify(["-c", "tracking"]));
    expect(probe.collectors).toContain(8); // COLLECTOR_SAS
  });

  it("says 'unknown' when no time daemon answers", async () => {
    const config = parseConfig({
      id: "gw-a",
      taps: { outer: "lo" },
      collectors: {
        chronycPath: join(dir, "no-chronyc"),
        timedatectlPath: join(dir, "no-timedatectl"),
      },
    });
    const clock = await createHostProbe(config, pino({ level: "silent" })).clock();
    expect(clock.state).toBe(ClockSyncState.CLOCK_SYNC_STATE_UNSPECIFIED);
    expect(clock.source).toBe("");
  });
});
