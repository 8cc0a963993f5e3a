// PKCS#12 keystores (.p12/.pfx): reported when they open without a real password and hold a private key, at info
// when a real password protects them, not at all when the bytes are not PKCS#12. Keystores are built at test time.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import forge from "node-forge";
import { fake } from "../helpers/fakeSecrets";
import { repoRoot, TestClient } from "../helpers/lspClient";

const cli = path.join(repoRoot, "dist", "cli.js");
function hush(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface ScanJson {
  findings: { path: string; line: number; ruleId: string; title: string; severity: string; downranked?: string; masked: string }[];
  skipped: { path: string; reason: string }[];
}

const UNPROTECTED = "PKCS#12 keystore with no real password (holds a private key)";
const PROTECTED = "Committed PKCS#12 keystore";

function selfSigned(): { key: forge.pki.rsa.PrivateKey; cert: forge.pki.Certificate } {
  // node's key generation is fast; forge only builds the certificate and the keystore.
  const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString()) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date();
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  const subject = [{ name: "commonName", value: "hush-test.invalid" }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.sign(key, forge.md.sha256.create());
  return { key, cert };
}

function der(asn1: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}

describe("hush scan: PKCS#12 keystores", () => {
  let dir: string;
  const strongPassword = crypto.randomBytes(18).toString("base64url");
  const stripe = fake.stripe();
  let unprotected: Buffer;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hush-p12-"));
    const { key, cert } = selfSigned();
    const write = (name: string, bytes: Buffer | string) => fs.writeFileSync(path.join(dir, name), bytes);
    const p12 = (password: string | null, options: Parameters<typeof forge.pkcs12.toPkcs12Asn1>[3] = {}) =>
      forge.pkcs12.toPkcs12Asn1(key, cert, password, { algorithm: "3des", ...options });
    unprotected = der(p12(null));
    write("no-password.p12", unprotected);
    write("empty-password.pfx", der(p12("")));
    write("service-account.p12", der(p12("notasecret", { algorithm: "aes256" }))); // PBES2, as OpenSSL 3 writes
    write("strong.p12", der(p12(strongPassword)));
    write("truststore.p12", der(forge.pkcs12.toPkcs12Asn1(null, cert, null)));
    write("no-mac.p12", der(p12("notasecret", { useMac: false })));
    write("random.p12", crypto.randomBytes(100));
    write("truncated.p12", der(p12("notasecret")).subarray(0, 200));
    write("empty.pfx", "");
    write("text-named.p12", `token = "${stripe}"\n`);
    // A keystore whose MAC asks for 2^31-1 iterations: without the cap, forge would spend hours on it.
    const hugeMac = p12("notasecret");
    const macData = (hugeMac.value as forge.asn1.Asn1[])[2] as forge.asn1.Asn1;
    ((macData.value as forge.asn1.Asn1[])[2] as forge.asn1.Asn1).value = forge.util.hexToBytes("7fffffff");
    write("huge-mac-iterations.p12", der(hugeMac));
    fs.mkdirSync(path.join(dir, "nested"));
    // The same bait one level down: no MAC, so the count sits in the shrouded key bag's PBE parameters.
    write("nested/huge-key-iterations.p12", der(hugeKeyBagIterations(p12("", { useMac: false }))));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reports each file as its content warrants, never printing a password", () => {
    const r = hush(dir, "scan", "--format", "json");
    assert.equal(r.code, 1, r.err);
    const json = JSON.parse(r.out) as ScanJson;
    const byPath = Object.fromEntries(json.findings.map((f) => [f.path, [f.ruleId, f.severity, f.title, f.downranked ?? ""]]));
    assert.deepEqual(byPath, {
      "empty-password.pfx": ["pkcs12-file", "error", UNPROTECTED, ""],
      "no-mac.p12": ["pkcs12-file", "error", UNPROTECTED, ""],
      "no-password.p12": ["pkcs12-file", "error", UNPROTECTED, ""],
      "service-account.p12": ["pkcs12-file", "error", UNPROTECTED, ""],
      "strong.p12": ["pkcs12-file", "info", PROTECTED, "password-protected"],
      "text-named.p12": ["stripe-secret-key", "error", "Stripe secret key", ""],
    });
    assert.ok(json.findings.filter((f) => f.ruleId === "pkcs12-file").every((f) => f.line === 1 && f.masked === "…"));
    const skipped = Object.fromEntries(json.skipped.map((s) => [s.path, s.reason]));
    assert.deepEqual(Object.keys(skipped).sort(), ["huge-mac-iterations.p12", "nested/huge-key-iterations.p12", "random.p12", "truncated.p12"]);
    assert.match(skipped["huge-mac-iterations.p12"] ?? "", /^PKCS#12 not checked: MAC iteration count 2147483647 above the limit/);
    assert.match(skipped["nested/huge-key-iterations.p12"] ?? "", /^PKCS#12 not checked: key derivation asks for 2147483647 iterations/);
    assert.match(skipped["random.p12"] ?? "", /^binary/); // not PKCS#12: left to the text scan, which skips binaries
    for (const secret of [strongPassword, "notasecret", stripe]) {
      assert.ok(!r.out.includes(secret) && !r.err.includes(secret), "no password or value in the output");
    }
    assert.ok(!r.out.includes(unprotected.subarray(0, 64).toString("base64")), "no key material in the output");
  });

  it("text output names the protected keystore at info, and info does not fail the run", () => {
    const r = hush(dir, "scan", "strong.p12");
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /^strong\.p12:1:1 +info +Committed PKCS#12 keystore: … +\[pkcs12-file\] \(password-protected\)$/m);
    assert.equal(hush(dir, "scan", "--fail-on", "info", "strong.p12").code, 1);
  });

  it("hostile iteration counts stay fast", () => {
    const started = performance.now();
    const r = hush(dir, "scan", "--format", "json", "huge-mac-iterations.p12", "nested");
    const ms = performance.now() - started;
    assert.equal(r.code, 0, r.err);
    assert.equal((JSON.parse(r.out) as ScanJson).skipped.length, 2);
    assert.ok(ms < 5000, `took ${Math.round(ms)} ms`);
  });

  it("accepting a protected keystore in the baseline does not hide it once its password is dropped", () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), "hush-p12-baseline-"));
    try {
      fs.copyFileSync(path.join(dir, "strong.p12"), path.join(repo, "client.p12"));
      assert.equal(hush(repo, "scan", "--update-baseline").code, 0);
      assert.deepEqual((JSON.parse(hush(repo, "scan", "--format", "json").out) as ScanJson).findings, []);
      fs.copyFileSync(path.join(dir, "no-password.p12"), path.join(repo, "client.p12"));
      const after = JSON.parse(hush(repo, "scan", "--format", "json").out) as ScanJson;
      assert.deepEqual(after.findings.map((f) => [f.path, f.severity, f.title]), [["client.p12", "error", UNPROTECTED]]);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });

  it("the pre-commit scan (--staged) judges staged keystores by their bytes", () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), "hush-p12-git-"));
    try {
      const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=t@example.invalid", "-c", "user.name=t", ...args], { cwd: repo, stdio: "pipe" });
      git("init", "-q");
      for (const name of ["no-password.p12", "strong.p12", "random.p12"]) fs.copyFileSync(path.join(dir, name), path.join(repo, name));
      git("add", ".");
      const json = JSON.parse(hush(repo, "scan", "--staged", "--format", "json").out) as ScanJson;
      assert.deepEqual(
        json.findings.map((f) => [f.path, f.severity]),
        [
          ["no-password.p12", "error"],
          ["strong.p12", "info"],
        ],
      );
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });

  it("the language server's workspace scan publishes the same verdicts", async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), "hush-p12-ws-"));
    for (const name of ["service-account.p12", "strong.p12", "truststore.p12", "empty.pfx"]) fs.copyFileSync(path.join(dir, name), path.join(ws, name));
    const client = await TestClient.start({}, ws);
    try {
      const result = (await client.conn.sendRequest("hush/scanWorkspace", {})) as { scanned: number; findings: number };
      assert.equal(result.findings, 2);
      const published = (name: string) => client.published.get(pathToFileURL(path.join(ws, name)).href)?.map((d) => [d.code, d.severity, d.message]);
      assert.deepEqual(published("service-account.p12"), [["pkcs12-file", 1, `${UNPROTECTED}: …`]]);
      assert.deepEqual(published("strong.p12"), [["pkcs12-file", 3, `${PROTECTED}: … (password-protected)`]]);
      assert.equal(published("truststore.p12"), undefined);
      assert.equal(published("empty.pfx"), undefined);
    } finally {
      await client.stop();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  it("a keystore opened in an editor is judged by its bytes on disk, not by the client's lossy text", async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), "hush-p12-open-"));
    for (const name of ["service-account.p12", "strong.p12", "random.p12"]) fs.copyFileSync(path.join(dir, name), path.join(ws, name));
    const client = await TestClient.start({}, ws);
    try {
      const verdicts: Record<string, unknown> = {};
      for (const name of ["service-account.p12", "strong.p12", "random.p12"]) {
        // What a client that opens any file as text sends: the bytes decoded as UTF-8, replacement characters and all.
        const text = fs.readFileSync(path.join(ws, name)).toString("utf8");
        client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri: client.uri(name), languageId: "plaintext", version: 1, text } });
        verdicts[name] = (await client.diagnostics(name)).map((d) => [d.code, d.severity, d.range.start.line]);
      }
      assert.deepEqual(verdicts, {
        "service-account.p12": [["pkcs12-file", 1, 0]],
        "strong.p12": [["pkcs12-file", 3, 0]],
        "random.p12": [],
      });
    } finally {
      await client.stop();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});

/** Rewrites the iteration count inside the first shrouded key bag (a keystore built without a MAC). */
function hugeKeyBagIterations(pfx: forge.asn1.Asn1): forge.asn1.Asn1 {
  const children = (node: forge.asn1.Asn1) => node.value as forge.asn1.Asn1[];
  const authSafeOctets = children(children(children(pfx)[1] as forge.asn1.Asn1)[1] as forge.asn1.Asn1)[0] as forge.asn1.Asn1;
  const authSafe = forge.asn1.fromDer(authSafeOctets.value as string);
  for (const contentInfo of children(authSafe)) {
    const [type, explicit] = children(contentInfo);
    if (forge.asn1.derToOid((type as forge.asn1.Asn1).value as string) !== forge.pki.oids.data) continue;
    const safeContentsOctets = children(explicit as forge.asn1.Asn1)[0] as forge.asn1.Asn1;
    const safeContents = forge.asn1.fromDer(safeContentsOctets.value as string);
    for (const bag of children(safeContents)) {
      const [bagId, bagValue] = children(bag);
      if (forge.asn1.derToOid((bagId as forge.asn1.Asn1).value as string) !== forge.pki.oids.pkcs8ShroudedKeyBag) continue;
      const encryptedKeyInfo = children(bagValue as forge.asn1.Asn1)[0] as forge.asn1.Asn1;
      const algorithm = children(encryptedKeyInfo)[0] as forge.asn1.Asn1;
      const params = children(algorithm)[1] as forge.asn1.Asn1; // pbeWithSHAAnd3-KeyTripleDES-CBC: SEQUENCE { salt, iterations }
      (children(params)[1] as forge.asn1.Asn1).value = forge.util.hexToBytes("7fffffff");
      safeContentsOctets.value = forge.asn1.toDer(safeContents).getBytes();
      authSafeOctets.value = forge.asn1.toDer(authSafe).getBytes();
      return pfx;
    }
  }
  throw new Error("no shrouded key bag found");
}
