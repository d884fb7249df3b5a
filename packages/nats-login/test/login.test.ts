import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErrorCode, nkeys } from "nats";
import { afterAll, describe, expect, it } from "vitest";
import {
  describeCredential,
  type LoginFlagNames,
  loginFailure,
  loginOptions,
  type NatsLogin,
} from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "ts-nats-login-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string, mode = 0o600) => {
  const p = join(dir, name);
  writeFileSync(p, text, { mode });
  chmodSync(p, mode);
  return p;
};
const FLAGS: LoginFlagNames = {
  user: "-u",
  password: "-p",
  nkey: "-k",
  creds: "-c",
  tlsCa: "--ca",
  tlsAll: "--tls-*",
};
const user = nkeys.createUser();
const seed = new TextDecoder().decode(user.getSeed());
const creds = (jwt: string, userSeed: string) =>
  `-----BEGIN NATS USER JWT-----\n${jwt}\n------END NATS USER JWT------\n\n-----BEGIN USER NKEY SEED-----\n${userSeed}\n------END USER NKEY SEED------\n`;

describe("loginOptions", () => {
  it("no credentials: no options", async () => {
    expect(await loginOptions({})).toEqual({});
  });

  it("user and password; an NKey seed file; a .creds file; TLS files", async () => {
    expect(await loginOptions({ user: "u", password: "p" })).toEqual({ user: "u", pass: "p" });
    const nk = await loginOptions({ nkeySeedFile: file("u.nk", `${seed}\n`) });
    expect(typeof nk.authenticator).toBe("function");
    const c = await loginOptions({ credsFile: file("u.creds", creds("eyJ0eXAiOiJKV1QifQ.e30.sig", seed)) });
    expect(typeof c.authenticator).toBe("function");
    const ca = file("ca.pem", "-----BEGIN CERTIFICATE-----\n", 0o644);
    const key = file("k.pem", "key");
    expect((await loginOptions({ tls: { ca, cert: ca, key } })).tls).toEqual({
      caFile: ca,
      certFile: ca,
      keyFile: key,
    });
  });

  it.each([
    [
      "a missing seed file",
      { nkeySeedFile: join(dir, "none.nk") },
      /cannot read the NKey seed file '.*none\.nk': no such file/,
    ],
    [
      "a directory",
      { credsFile: dir },
      /cannot read the NATS credentials file '.*': a directory, not a file/,
    ],
    [
      "a seed file without a user seed",
      { nkeySeedFile: "SEED" },
      /does not hold a user seed \(a line starting with 'SU'\)/,
    ],
    [
      "a .creds without a JWT",
      { credsFile: "NOJWT" },
      /is not a NATS \.creds file \(no 'BEGIN NATS USER JWT' block\)/,
    ],
    [
      "a .creds without a seed",
      { credsFile: "NOSEED" },
      /holds no user seed \(no 'BEGIN USER NKEY SEED' block/,
    ],
    ["an unreadable TLS key", { tls: { key: join(dir, "none.key") } }, /cannot read the TLS key file/],
  ])("%s: NATS_LOGIN_FILE naming the file", async (_what, given, message) => {
    const login: NatsLogin = given;
    const named = {
      ...login,
      ...(login.nkeySeedFile === "SEED" ? { nkeySeedFile: file("bad.nk", "hello\n") } : {}),
      ...(login.credsFile === "NOJWT" ? { credsFile: file("nojwt.creds", `${seed}\n`) } : {}),
      ...(login.credsFile === "NOSEED" ? { credsFile: file("noseed.creds", creds("x.y.z", "")) } : {}),
    };
    await expect(loginOptions(named)).rejects.toMatchObject({
      code: "NATS_LOGIN_FILE",
      message: expect.stringMatching(message),
    });
  });
});

describe("describeCredential and loginFailure", () => {
  const refused = Object.assign(new Error("'Authorization Violation'"), {
    code: ErrorCode.AuthorizationViolation,
  });

  it("names the credential used with the caller's flags", () => {
    expect(describeCredential({ nkeySeedFile: "/s.nk" }, FLAGS)).toMatch(/^the NKey seed in -k '\/s\.nk'/);
    expect(describeCredential({ credsFile: "/u.creds" }, FLAGS)).toMatch(
      /^the \.creds file -c '\/u\.creds': its user JWT must be signed by an account the server trusts.*nsc generate creds/,
    );
    expect(describeCredential({ user: "bob", password: "x" }, FLAGS)).toMatch(/^-u 'bob' and its password/);
    expect(describeCredential({}, FLAGS)).toMatch(/^no credentials .*-u\/-p, -k or -c/);
  });

  it("a refused login: NATS_LOGIN_REFUSED, one line", () => {
    const e = loginFailure(refused, { credsFile: "/u.creds" }, FLAGS, "the test's");
    expect(e?.code).toBe("NATS_LOGIN_REFUSED");
    expect(e?.message).toMatch(
      /^NATS refused the test's credentials \('Authorization Violation'\): check the \.creds file -c '\/u\.creds'/,
    );
    expect(e?.message).not.toContain("\n");
    expect(e?.cause).toBe(refused);
  });

  it("a TLS failure: NATS_LOGIN_TLS with the CA flag; anything else: undefined (retry)", () => {
    const tls = Object.assign(new Error("self-signed certificate in certificate chain"), {
      code: "SELF_SIGNED_CERT_IN_CHAIN",
    });
    const e = loginFailure(tls, { tls: { ca: "/ca.pem" } }, FLAGS, "x");
    expect(e?.code).toBe("NATS_LOGIN_TLS");
    expect(e?.message).toContain("--ca '/ca.pem' is the CA that signed");
    expect(loginFailure(new Error("server requires tls connection"), {}, FLAGS, "x")?.message).toContain(
      "give --ca FILE",
    );
    expect(
      loginFailure(
        Object.assign(new Error("connect ECONNREFUSED"), { code: "CONNECTION_REFUSED" }),
        {},
        FLAGS,
        "x",
      ),
    ).toBeUndefined();
  });
});
