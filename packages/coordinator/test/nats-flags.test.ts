import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseListen } from "../src/cli/coordinator-command.js";
import { natsConnectOptions } from "../src/cli/nats-flags.js";

const dir = mkdtempSync(join(tmpdir(), "ts-coord-flags-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const SEED = `SUA${"A".repeat(55)}`;

describe("coordinator NATS flags", () => {
  it("defaults to the local server without credentials", async () => {
    expect(await natsConnectOptions({}, "n", {})).toEqual({ servers: "nats://127.0.0.1:4222", name: "n" });
  });

  it("user with the password from TUNNELSCOPE_NATS_PASSWORD, or --password", async () => {
    const env = { TUNNELSCOPE_NATS_PASSWORD: "from-env" };
    expect(await natsConnectOptions({ user: "coord" }, "n", env)).toMatchObject({
      user: "coord",
      pass: "from-env",
    });
    expect(await natsConnectOptions({ user: "coord", password: "flag" }, "n", env)).toMatchObject({
      pass: "flag",
    });
  });

  it.each([
    [{ user: "coord" }, "--user coord needs a password: set TUNNELSCOPE_NATS_PASSWORD or give --password"],
    [{ password: "x" }, "--password needs --user NAME"],
    [{ user: "u", nkey: "/x" }, "--nkey and --user conflict: give one kind of NATS credentials"],
    [{ creds: "/x", nkey: "/y" }, "--creds and --nkey conflict: give one kind of NATS credentials"],
    [
      { nkey: join(dir, "missing.nk") },
      `cannot read the NKey seed file '${join(dir, "missing.nk")}': no such file`,
    ],
    [
      { "tls-ca": join(dir, "none.pem") },
      `cannot read the TLS CA file '${join(dir, "none.pem")}': no such file`,
    ],
  ])("%j → COORD_NATS_CREDENTIALS", async (values, message) => {
    await expect(natsConnectOptions(values, "n", {})).rejects.toMatchObject({
      code: "COORD_NATS_CREDENTIALS",
      message,
    });
  });

  it("checks that an NKey file holds a user seed and a creds file a user JWT", async () => {
    const notSeed = file("bad.nk", "hello\n");
    await expect(natsConnectOptions({ nkey: notSeed }, "n", {})).rejects.toMatchObject({
      code: "COORD_NATS_CREDENTIALS",
      message: `the NKey seed file '${notSeed}' does not hold a user seed (a line starting with 'SU'); create one with 'nsc generate nkey --user'`,
    });
    const notCreds = file("bad.creds", "not a creds file");
    await expect(natsConnectOptions({ creds: notCreds }, "n", {})).rejects.toMatchObject({
      code: "COORD_NATS_CREDENTIALS",
      message: `'${notCreds}' is not a NATS .creds file (no 'BEGIN NATS USER JWT' block)`,
    });
    const seed = file("ok.nk", `${SEED}\n`);
    expect(typeof (await natsConnectOptions({ nkey: seed }, "n", {})).authenticator).toBe("function");
    const ca = file("ca.pem", "-----BEGIN CERTIFICATE-----\n");
    expect((await natsConnectOptions({ "tls-ca": ca }, "n", {})).tls).toEqual({ caFile: ca });
  });
});

describe("--http [HOST:]PORT", () => {
  it.each([
    ["8080", { host: "127.0.0.1", port: 8080 }],
    ["0", { host: "127.0.0.1", port: 0 }],
    ["0.0.0.0:80", { host: "0.0.0.0", port: 80 }],
    ["[::1]:9000", { host: "::1", port: 9000 }],
    ["localhost:1", { host: "localhost", port: 1 }],
  ])("%s", (v, expected) => {
    expect(parseListen(v)).toEqual(expected);
  });

  it.each(["", "host:", ":80", "99999", "a:b", "::1:80"])("refuses %j", (v) => {
    expect(parseListen(v)).toBeUndefined();
  });
});
