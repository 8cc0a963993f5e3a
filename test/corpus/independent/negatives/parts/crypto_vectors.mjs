// Crypto test vectors, public keys, certificates, SSH/PGP public material.
import crypto from "node:crypto";
import { FileBuilder } from "./builder.mjs";
import { certificateDer, certificatePem, ecPublicPem, fingerprintColon, pemWrap, pgpPublicKeyBlock, rsaPublicPem,
  sshEcdsaPublicBlob, sshEd25519PublicBlob, sshFingerprint, sshMd5Fingerprint, sshPubLine, sshRsaPublicBlob } from "./tokens.mjs";

const hmac = (alg, key, data) => crypto.createHmac(alg, key).update(data).digest("hex");

function ed25519FromSeed(seedHex, msg) {
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), Buffer.from(seedHex, "hex")]);
  const key = crypto.createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  const pub = crypto.createPublicKey(key).export({ format: "der", type: "spki" }).subarray(12).toString("hex");
  const sig = crypto.sign(null, Buffer.from(msg, "hex"), key).toString("hex");
  return { pub, sig };
}

function base32(buf) {
  const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"; let bits = 0, val = 0, out = "";
  for (const b of buf) { val = (val << 8) | b; bits += 8; while (bits >= 5) { out += a[(val >>> (bits - 5)) & 31]; bits -= 5; } }
  if (bits > 0) out += a[(val << (5 - bits)) & 31];
  return out;
}
function totp(secret, t, digits = 8) {
  const c = Buffer.alloc(8); c.writeBigUInt64BE(BigInt(Math.floor(t / 30)));
  const h = crypto.createHmac("sha1", secret).update(c).digest();
  const o = h[h.length - 1] & 0xf;
  const v = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(v % 10 ** digits).padStart(digits, "0");
}

export function cryptoVectors(r) {
  const out = [];

  // ---------- test_vectors.py ----------
  {
    const b = new FileBuilder("libs/pycrypt/tests/test_known_answers.py");
    b.block(`
"""Known-answer tests (KATs) for pycrypt primitives.

Every vector below is copied from the cited RFC / NIST publication. They are public
test data, not credentials; do not "rotate" them.
"""
import binascii

import pytest

from pycrypt import aes, ed25519, hmac_sha, totp

h = binascii.unhexlify

# RFC 4231, section 4 -- HMAC-SHA-256 / HMAC-SHA-512 test cases
RFC4231 = [`);
    const cases = [
      [Buffer.alloc(20, 0x0b), Buffer.from("Hi There"), "case 1"],
      [Buffer.from("Jefe"), Buffer.from("what do ya want for nothing?"), "case 2"],
      [Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd), "case 3"],
      [Buffer.from(Array.from({ length: 25 }, (_, i) => i + 1)), Buffer.alloc(50, 0xcd), "case 4"],
      [Buffer.alloc(131, 0xaa), Buffer.from("Test Using Larger Than Block-Size Key - Hash Key First"), "case 6"],
    ];
    for (const [key, data, label] of cases) {
      b.l(`    pytest.param(`);
      b.n(`        h("${key.toString("hex")}"),`, "test-vector");
      b.n(`        h("${data.toString("hex")}"),`, "test-vector");
      b.n(`        "${hmac("sha256", key, data)}",`, "test-vector");
      b.n(`        "${hmac("sha512", key, data)}",`, "test-vector");
      b.l(`        id="rfc4231-${label.replace(" ", "-")}",`, `    ),`);
    }
    b.block(`
]


@pytest.mark.parametrize("key,data,sha256,sha512", RFC4231)
def test_hmac_rfc4231(key, data, sha256, sha512):
    assert hmac_sha.hmac_sha256(key, data).hex() == sha256
    assert hmac_sha.hmac_sha512(key, data).hex() == sha512


# RFC 8032, section 7.1 -- Ed25519 TEST 1 and TEST 2 (secret key, public key, message, signature)`);
    const seeds = [["9d61b19deffd5a60ba844af4", "92ec2cc44449c5697b326919", "703bac031cae7f60", ""], ["4ccd089b28ff96da9db6c346", "ec114e0f5b8a319f35aba624", "da8cf6ed4fb8a6fb", "72"]];
    b.l("RFC8032_ED25519 = [");
    for (const [s1, s2, s3, msg] of seeds) {
      const seed = s1 + s2 + s3;
      const { pub, sig } = ed25519FromSeed(seed, msg);
      b.l("    (");
      b.n(`        "${seed}",  # SECRET KEY (RFC test vector)`, "test-vector");
      b.n(`        "${pub}",`, "test-vector");
      b.l(`        "${msg}",`);
      b.n(`        "${sig.slice(0, 64)}"`, "test-vector");
      b.n(`        "${sig.slice(64)}",`, "test-vector");
      b.l("    ),");
    }
    b.block(`
]


@pytest.mark.parametrize("secret,public,message,signature", RFC8032_ED25519)
def test_ed25519_rfc8032(secret, public, message, signature):
    sk = ed25519.SigningKey(h(secret))
    assert sk.public_key().hex() == public
    assert sk.sign(h(message)).hex() == signature
    assert ed25519.verify(h(public), h(message), h(signature))

`);
    const aesKey = Buffer.from([0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c]);
    const pts = ["6bc1bee22e409f96e93d7e117393172a", "ae2d8a571e03ac9c9eb76fac45af8e51"];
    b.l("# NIST SP 800-38A, F.1.1 ECB-AES128.Encrypt");
    b.n(`NIST_AES128_KEY = h("${aesKey.toString("hex")}")`, "test-vector");
    b.l("NIST_AES128_ECB = [");
    for (const p of pts) {
      const c = crypto.createCipheriv("aes-128-ecb", aesKey, null); c.setAutoPadding(false);
      const ct = Buffer.concat([c.update(Buffer.from(p, "hex")), c.final()]).toString("hex");
      b.n(`    ("${p}", "${ct}"),`, "test-vector");
    }
    b.block(`
]


@pytest.mark.parametrize("plaintext,ciphertext", NIST_AES128_ECB)
def test_aes128_ecb_sp800_38a(plaintext, ciphertext):
    assert aes.encrypt_block(NIST_AES128_KEY, h(plaintext)).hex() == ciphertext

`);
    const seed = Buffer.from("1234567890".repeat(2));
    b.l("# RFC 6238, appendix B -- TOTP with the SHA1 seed \"12345678901234567890\"");
    b.n(`RFC6238_SEED_B32 = "${base32(seed)}"`, "test-vector");
    b.l("RFC6238_SHA1 = [");
    for (const t of [59, 1111111109, 1111111111, 1234567890, 2000000000]) b.n(`    (${t}, "${totp(seed, t)}"),`, "test-vector");
    b.block(`
]


@pytest.mark.parametrize("t,expected", RFC6238_SHA1)
def test_totp_rfc6238(t, expected):
    assert totp.generate(RFC6238_SEED_B32, at=t, digits=8) == expected`);
    out.push(b);
  }

  // ---------- authorized_keys ----------
  {
    const b = new FileBuilder("ansible/roles/base/files/authorized_keys");
    b.block(`
# Managed by Ansible (role: base). Local edits are overwritten on the next run.
# Public keys only. Add yours via a PR against ansible/roles/base/files/authorized_keys
# and include the fingerprint (ssh-keygen -lf ~/.ssh/id_ed25519.pub) in the PR body.
`);
    const people = ["alice@laptop", "bob@acme-mbp", "carol@ws-17", "deploy@ci-runner", "dmitri@thinkpad", "erin@yubikey"];
    for (const p of people) {
      const kind = r.pick(["ed", "ed", "rsa", "ecdsa"]);
      const blob = kind === "ed" ? sshEd25519PublicBlob(r) : kind === "rsa" ? sshRsaPublicBlob(r) : sshEcdsaPublicBlob(r);
      b.l("");
      b.n(`# ${p}  ${sshFingerprint(blob)}`, "ssh-fingerprint");
      const opts = p.startsWith("deploy") ? `restrict,command="/usr/local/bin/deploy-receive",from="10.20.0.0/16" ` : "";
      b.n(opts + sshPubLine(blob, p), "ssh-public-key");
    }
    b.block(`

# --- revoked 2024-03-02 (left commented for audit) ---`);
    const old = sshRsaPublicBlob(r);
    b.n(`# ${sshPubLine(old, "frank@old-laptop")}`, "ssh-public-key");
    b.n(`# ${sshMd5Fingerprint(old)}`, "ssh-fingerprint");
    out.push(b);
  }

  // ---------- security docs: host keys, PGP, cert pins ----------
  {
    const b = new FileBuilder("docs/security/verifying-releases.md");
    b.block(`
# Verifying Acme releases and infrastructure

## Release signing key

Release tarballs and checksums are signed with the key below. Import it with
\`gpg --import\` and compare the fingerprint out of band (it is also on our website).
`);
    const pgp = pgpPublicKeyBlock(r, "Acme Release Signing <security@acme.example>");
    b.n(`Fingerprint: \`${pgp.fingerprint.match(/.{4}/g).join(" ")}\``, "pgp-fingerprint");
    b.l("", "```");
    b.nBlock(pgp.text, "pgp-public-key");
    b.block(`
\`\`\`

## SSH host keys

When you first connect to the bastion, check the fingerprint that ssh prints:

| host | type | fingerprint |
| --- | --- | --- |`);
    for (const host of ["bastion.acme.example", "git.acme.example"]) {
      for (const [t, blob] of [["ED25519", sshEd25519PublicBlob(r)], ["ECDSA", sshEcdsaPublicBlob(r)], ["RSA", sshRsaPublicBlob(r)]]) {
        b.n(`| ${host} | ${t} | \`${sshFingerprint(blob)}\` |`, "ssh-fingerprint");
      }
    }
    b.block(`

Or pin them in \`~/.ssh/known_hosts\`:

\`\`\``);
    for (const host of ["bastion.acme.example", "git.acme.example"]) b.n(`${host} ${sshPubLine(sshEd25519PublicBlob(r))}`, "ssh-known-host");
    b.block(`
\`\`\`

## TLS certificate pins

The mobile apps pin the SPKI hash of our intermediate and a backup key:
`);
    b.n(`- primary: \`sha256/${r.b64(32)}\``, "spki-pin");
    b.n(`- backup:  \`sha256/${r.b64(32)}\``, "spki-pin");
    b.block(`

## Internal CA and token verification key

Services that call each other over mTLS trust the internal root below.
`);
    const caDer = certificateDer(r, "Acme Internal Root CA R2", "Acme Internal Root CA R2", "Acme Corp");
    b.n(`- SHA-256: \`${fingerprintColon(caDer)}\``, "certificate-fingerprint");
    b.n(`- SHA-1:   \`${fingerprintColon(caDer, "sha1")}\``, "certificate-fingerprint");
    b.l("", "```");
    b.nBlock(pemWrap("CERTIFICATE", caDer), "certificate");
    b.l("```", "", "Access tokens are RS256 JWTs; verify them with this public key (also served at `/.well-known/jwks.json`):", "", "```");
    b.nBlock(rsaPublicPem(r), "public-key");
    b.l("```", "", "Partner webhooks are signed with ECDSA P-256; the public key is:", "", "```");
    b.nBlock(ecPublicPem(r), "public-key");
    b.block(`
\`\`\`

Checksums for v3.8.1:

\`\`\``);
    for (const f of ["acme-cli_3.8.1_linux_amd64.tar.gz", "acme-cli_3.8.1_darwin_arm64.tar.gz", "acme-cli_3.8.1_windows_amd64.zip"]) b.n(`${r.sha256()}  ${f}`, "file-checksum");
    b.l("```");
    out.push(b);
  }
  return out;
}
