// The CLI as users run it: a child process over real files and a real git repository.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Log } from "sarif";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { fake } from "../helpers/fakeSecrets";
import { repoRoot } from "../helpers/lspClient";

const cli = path.join(repoRoot, "dist", "cli.js");
function hush(cwd: string, ...args: string[]) {
  return hushWith({}, cwd, ...args);
}
function hushWith(env: Record<string, string>, cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "hush-cli-"));
}

describe("hush scan", () => {
  let dir: string;
  const stripe = fake.stripe();
  const awsSecret = fake.awsSecret();
  before(() => {
    dir = tmp();
    fs.writeFileSync(path.join(dir, "app.js"), `// header\nconst stripe = Stripe("${stripe}");\n`);
    fs.writeFileSync(path.join(dir, "config.yml"), `aws:\n  secret_access_key: ${awsSecret}\n`);
    fs.writeFileSync(path.join(dir, "clean.js"), `const k = process.env.KEY;\n`);
    fs.mkdirSync(path.join(dir, "build"));
    fs.writeFileSync(path.join(dir, "build", "out.js"), `const s = "${fake.stripe()}";\n`);
    fs.writeFileSync(path.join(dir, ".gitignore"), "build/\n");
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 1 with findings, masked text output, and honours .gitignore", () => {
    const r = hush(dir, "scan");
    assert.equal(r.code, 1);
    assert.match(r.out, /^app\.js:2:24 +error +Stripe secret key: sk_l… +\[stripe-secret-key\]$/m);
    assert.match(r.out, /^config\.yml:2:22 +error +AWS secret access key/m);
    assert.ok(!r.out.includes("build/out.js"));
    assert.ok(!r.out.includes(stripe) && !r.out.includes(awsSecret) && !r.out.includes(stripe.slice(5, 15)));
  });

  it("exits 0 on a clean tree and 2 on usage or I/O errors", () => {
    assert.equal(hush(dir, "scan", "clean.js").code, 0);
    assert.equal(hush(dir, "scan", "--format", "xml").code, 2);
    assert.equal(hush(dir, "scan", "no-such-dir").code, 2);
    assert.equal(hush(dir, "frobnicate").code, 2);
    assert.equal(hush(dir, "scan", "--config", "missing.json").code, 2);
  });

  it("prints JSON with positions and masked values only", () => {
    const r = hush(dir, "scan", "--format", "json");
    const json = JSON.parse(r.out) as { findings: { path: string; line: number; column: number; ruleId: string; masked: string; fingerprint: string }[] };
    assert.deepEqual(json.findings.map((f) => [f.path, f.line, f.column, f.ruleId]), [
      ["app.js", 2, 24, "stripe-secret-key"],
      ["config.yml", 2, 22, "aws-secret-access-key"],
    ]);
    assert.ok(!r.out.includes(stripe) && !r.out.includes(awsSecret));
    assert.match(json.findings[0]!.fingerprint, /^stripe-secret-key:[0-9a-f]{24}:[0-9a-f]{8}$/);
  });

  it("prints SARIF 2.1.0 that satisfies the schema parts GitHub code scanning requires", () => {
    const r = hush(dir, "scan", "--format", "sarif");
    assert.equal(r.code, 1);
    const sarif = JSON.parse(r.out) as Log;
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "sarif-subset.schema.json"), "utf8"));
    assert.ok(ajv.validate(schema, sarif), ajv.errorsText());
    const results = sarif.runs[0]!.results as unknown as { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[];
    assert.deepEqual(results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.region.startLine, x.locations[0]!.physicalLocation.region.startColumn]), [
      ["stripe-secret-key", 2, 24],
      ["aws-secret-access-key", 2, 22],
    ]);
    const ruleIds = (sarif.runs[0]!.tool.driver.rules ?? []).map((x) => x.id);
    assert.ok(ruleIds.includes("stripe-secret-key") && ruleIds.includes("aws-secret-access-key"));
    assert.ok(!r.out.includes(stripe) && !r.out.includes(awsSecret));
  });

  it("honours .hush.json: rules off, excludes, allowlist and custom rules", () => {
    const d = tmp();
    try {
      const token = "acme_" + fake.awsSecret().toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 32).padEnd(32, "7");
      fs.writeFileSync(path.join(d, "a.js"), `const s = "${fake.stripe()}";\nconst t = "${token}";\nconst g = "${fake.github()}";\n`);
      fs.mkdirSync(path.join(d, "fixtures"));
      fs.writeFileSync(path.join(d, "fixtures", "f.js"), `const s = "${fake.stripe()}";\n`);
      fs.writeFileSync(
        path.join(d, ".hush.json"),
        JSON.stringify({
          rules: { "stripe-secret-key": "off" },
          exclude: ["fixtures/"],
          allowlist: ["/^ghp_/"],
          customRules: [{ id: "acme-token", pattern: "acme_[a-z0-9]{32}", keywords: ["acme_"], message: "ACME token", severity: "error" }],
        }),
      );
      const json = JSON.parse(hush(d, "scan", "--format", "json").out) as { findings: { ruleId: string; path: string }[] };
      assert.deepEqual(json.findings.map((f) => `${f.path}:${f.ruleId}`), ["a.js:acme-token"]);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("writes a baseline that silences accepted findings, keyed by fingerprint, with expiry", () => {
    const d = tmp();
    try {
      const s = fake.stripe();
      fs.writeFileSync(path.join(d, "a.js"), `const s = "${s}";\n`);
      assert.equal(hush(d, "scan", "--update-baseline").code, 0);
      const file = path.join(d, ".hush-baseline.json");
      const baseline = JSON.parse(fs.readFileSync(file, "utf8"));
      assert.equal(baseline.entries.length, 1);
      assert.ok(!fs.readFileSync(file, "utf8").includes(s));
      fs.writeFileSync(path.join(d, "a.js"), `// moved\n\nconst s = "${s}";\n`);
      assert.equal(hush(d, "scan").code, 0, "a line move does not churn the baseline");
      baseline.entries[0].expires = "2000-01-01";
      fs.writeFileSync(file, JSON.stringify(baseline));
      assert.equal(hush(d, "scan").code, 1, "an expired acceptance reports the finding again");
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("--staged scans exactly what would be committed", () => {
    const d = tmp();
    try {
      const git = (...a: string[]) => execFileSync("git", a, { cwd: d, stdio: "pipe" });
      git("init", "-q");
      const s = fake.stripe();
      fs.writeFileSync(path.join(d, "staged.js"), `const s = "${s}";\n`);
      fs.writeFileSync(path.join(d, "unstaged.js"), `const s = "${fake.github()}";\n`);
      git("add", "staged.js");
      fs.writeFileSync(path.join(d, "staged.js"), `const s = process.env.S;\n`); // working tree clean, index not
      const r = hush(d, "scan", "--staged", "--format", "json");
      assert.equal(r.code, 1);
      const json = JSON.parse(r.out) as { findings: { path: string; ruleId: string }[] };
      assert.deepEqual(json.findings.map((f) => `${f.path}:${f.ruleId}`), ["staged.js:stripe-secret-key"]);
      git("rm", "-q", "-f", "--cached", "staged.js");
      assert.equal(hush(d, "scan", "--staged").code, 0);
      const notRepo = tmp();
      assert.equal(hush(notRepo, "scan", "--staged").code, 2);
      fs.rmSync(notRepo, { recursive: true, force: true });
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("reports credentials written to logs, like the editor does", () => {
    const d = tmp();
    try {
      fs.writeFileSync(path.join(d, "auth.go"), `package auth\n\nimport "log"\n\nfunc Login(user string, password string) {\n\tlog.Printf("login %s %s", user, password)\n}\n`);
      fs.writeFileSync(path.join(d, "safe.go"), `package auth\n\nimport "log"\n\nfunc Login(user string, password string) {\n\tlog.Printf("login %s (password set: %t)", user, password != "")\n}\n`);
      const r = hush(d, "scan", "--format", "json");
      assert.equal(r.code, 1);
      const json = JSON.parse(r.out) as { findings: { path: string; line: number; ruleId: string; title: string }[] };
      assert.deepEqual(json.findings.map((f) => `${f.path}:${f.line}:${f.ruleId}`), ["auth.go:6:logged-credential"]);
      assert.match(json.findings[0]!.title, /Password written to a log/);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("finds the same on one thread and on several (worker threads read, scan and report alike)", () => {
    const d = tmp();
    try {
      // Enough files to start workers, secrets scattered among them, one file large enough to reuse the read buffer.
      for (let i = 0; i < 260; i++) {
        const sub = path.join(d, `pkg${i % 7}`);
        fs.mkdirSync(sub, { recursive: true });
        const body = i % 13 === 0 ? `const stripe = "${fake.stripe()}";\nconsole.log("password", password);\n` : `export const n${i} = ${i};\n`;
        fs.writeFileSync(path.join(sub, `f${i}.js`), body);
      }
      fs.writeFileSync(path.join(d, "pkg0", "big.js"), `${"// filler line\n".repeat(200_000)}const key = "${fake.stripe()}";\n`);
      fs.writeFileSync(path.join(d, "pkg1", "bin.dat"), Buffer.alloc(3000, 1));
      const run = (threads: string) => {
        const r = hushWith({ HUSH_THREADS: threads }, d, "scan", "--format", "json");
        assert.equal(r.code, 1, r.err);
        const json = JSON.parse(r.out) as { findings: unknown[]; skipped: unknown[]; stats: { files: number; bytes: number } };
        return { findings: json.findings, skipped: json.skipped, files: json.stats.files, bytes: json.stats.bytes };
      };
      const one = run("1");
      assert.equal(one.findings.length, 20 * 2 + 1, "a hardcoded key and a logged password in each 13th file, plus the big file's key");
      assert.equal(one.files, 261);
      assert.deepEqual(run("3"), one);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("survives binary files, invalid UTF-8 and files over the size limit", () => {
    const d = tmp();
    try {
      fs.writeFileSync(path.join(d, "bin.dat"), Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 7)));
      fs.writeFileSync(path.join(d, "bad.js"), Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a]), Buffer.from(`const k = "${fake.stripe()}";\n`)]));
      fs.writeFileSync(path.join(d, "big.txt"), "x".repeat(2 * 1048576));
      // Compiled Python begins with a mostly-text header: binary by its extension, whatever the bytes say.
      fs.writeFileSync(path.join(d, "mod.cpython-311.pyc"), `token = "${fake.stripe()}"\n`);
      const r = hush(d, "scan", "--format", "json", "--max-file-size", "1");
      const json = JSON.parse(r.out) as { findings: { path: string }[]; skipped: { path: string; reason: string }[] };
      assert.deepEqual(json.findings.map((f) => f.path), ["bad.js"]);
      assert.deepEqual(json.skipped.map((s) => `${s.path}: ${s.reason}`).sort(), ["big.txt: larger than 1 MB", "bin.dat: binary", "mod.cpython-311.pyc: binary"]);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
