#!/usr/bin/env node
// Materialises the demo workspace `demo/` from `demo-template/`, filling each `{{fake:KIND}}` marker with a freshly
// generated, never-valid fake secret of the right shape. No credential-shaped string is ever committed, and the
// demo still shows what real leaks look like. Re-run with --force to regenerate.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const src = path.join(root, "demo-template");
const dst = path.join(root, "demo");
const force = process.argv.includes("--force");

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const rnd = (n, alphabet = ALNUM) => Array.from(crypto.randomBytes(n), (b) => alphabet[b % alphabet.length]).join("");
const b64url = (s) => Buffer.from(s).toString("base64url");

const fakes = {
  stripe: () => "sk_" + "live_" + rnd(32),
  github: () => "gh" + "p_" + rnd(36),
  awsId: () => "AK" + "IA" + rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
  awsSecret: () => rnd(40, ALNUM + "+/"),
  slack: () => "xo" + "xb-" + rnd(11, "0123456789") + "-" + rnd(12, "0123456789") + "-" + rnd(24),
  openai: () => "sk-" + "proj-" + rnd(64, ALNUM + "_-") + "T3Blbk" + "FJ" + rnd(64, ALNUM + "_-"),
  password: () => rnd(14, ALNUM + "!#%&*"),
  pgpass: () => rnd(18),
  jwtService: () => [b64url('{"alg":"HS256","typ":"JWT"}'), b64url(`{"iss":"supabase","role":"service_role","iat":${1700000000 + crypto.randomInt(1e6)}}`), rnd(43, ALNUM + "-_")].join("."),
  sendgrid: () => "SG." + rnd(22, ALNUM + "-_") + "." + rnd(43, ALNUM + "-_"),
  pem: () => {
    const body = Array.from({ length: 8 }, () => rnd(64, ALNUM + "+/")).join("\n");
    return "-----BEGIN " + "RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----";
  },
};

if (fs.existsSync(dst) && !force) {
  process.exit(0);
}
fs.rmSync(dst, { recursive: true, force: true });
const copy = (from, to) => {
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) {
      fs.mkdirSync(b, { recursive: true });
      copy(a, b);
    } else {
      const text = fs.readFileSync(a, "utf8").replace(/\{\{fake:(\w+)\}\}/g, (_m, kind) => {
        const make = fakes[kind];
        if (!make) throw new Error(`demo-template/${path.relative(src, a)}: unknown fake kind ${kind}`);
        return make();
      });
      fs.writeFileSync(b, text);
    }
  }
};
fs.mkdirSync(dst, { recursive: true });
copy(src, dst);
console.log(`demo workspace written to ${path.relative(process.cwd(), dst) || dst} (fresh fake secrets)`);
