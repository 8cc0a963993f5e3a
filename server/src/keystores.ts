// Telling an unprotected PKCS#12 keystore (.p12/.pfx) from a protected or invalid one. The engine flags such files
// by name (rule pkcs12-file); this node-side step opens the bytes with node-forge and decides what the finding
// becomes. Keystores come from anywhere, so the work is bounded: a size cap, and every key derivation forge runs
// (MAC check, PBE, PBKDF2) refuses absurd iteration counts before it starts, so a crafted file cannot hang a scan.
import fs from "node:fs";
import forge from "node-forge";
import { fingerprint } from "./engine/hash";
import { fileNameFindings } from "./engine/scan";
import type { Finding, ScanOptions, Severity } from "./engine/types";

export const PKCS12_RULE_ID = "pkcs12-file";
/** Real keystores are a few KB; anything far larger is not worth parsing. */
export const KEYSTORE_MAX_BYTES = 1024 * 1024;
/** OpenSSL uses 2048, Windows/.NET 2000, Java 10000; forge costs ~4 µs per iteration and we try 3 passwords. */
export const MAX_KDF_ITERATIONS = 100_000;

/**
 * Passwords that protect nothing: none at all (PKCS#12 distinguishes an absent password from an empty one, and
 * tools write both) and the password Google Cloud publishes for every service-account .p12 key.
 */
const NON_PASSWORDS: (string | null)[] = [null, "", "notasecret"];

export type KeystoreVerdict =
  /** Opens with no real password and holds a private key: the key is readable by anyone with the file. */
  | { kind: "unprotected" }
  /** A well-formed keystore that none of the non-passwords opens. */
  | { kind: "protected" }
  /** Opens with no real password but holds only certificates (a trust store): nothing secret. */
  | { kind: "no-private-key" }
  /** Empty, random, truncated or otherwise not PKCS#12. */
  | { kind: "not-a-keystore" }
  /** Could not be decided safely (too large, absurd iteration count, algorithm forge lacks). */
  | { kind: "unchecked"; reason: string };

class IterationLimitError extends Error {
  constructor(readonly iterations: number) {
    super(`key derivation asks for ${iterations} iterations (limit ${MAX_KDF_ITERATIONS})`);
  }
}

function checkIterations(iterations: unknown): void {
  if (typeof iterations === "number" && iterations > MAX_KDF_ITERATIONS) throw new IterationLimitError(iterations);
}

type AnyFunction = (...args: unknown[]) => unknown;
interface ForgeKdfs {
  pkcs12: { generateKey: AnyFunction };
  pkcs5: { pbkdf2: AnyFunction };
  pki: { pbe?: { generatePkcs12Key: AnyFunction } };
}

let kdfGuardInstalled = false;
/**
 * forge reads iteration counts deep inside its parser (MAC, encrypted SafeContents, shrouded key bags, some only
 * visible after a first decryption), so the cap sits on the derivation functions it calls through its namespaces.
 */
function installKdfGuard(): void {
  if (kdfGuardInstalled) return;
  kdfGuardInstalled = true;
  const kdfs = forge as unknown as ForgeKdfs;
  const guard = (original: AnyFunction, iterationsArg: number): AnyFunction =>
    function guarded(this: unknown, ...args: unknown[]) {
      checkIterations(args[iterationsArg]);
      return original.apply(this, args);
    };
  kdfs.pkcs12.generateKey = guard(kdfs.pkcs12.generateKey, 3);
  kdfs.pkcs5.pbkdf2 = guard(kdfs.pkcs5.pbkdf2, 2);
  if (kdfs.pki.pbe) kdfs.pki.pbe.generatePkcs12Key = guard(kdfs.pki.pbe.generatePkcs12Key, 3);
}

/** The MAC's iteration count (DEFAULT 1), read before any derivation so the skip reason can name it. */
function macIterations(pfx: forge.asn1.Asn1): number | undefined {
  const parts = Array.isArray(pfx.value) ? pfx.value : [];
  const macData = parts[2];
  if (!macData || !Array.isArray(macData.value)) return undefined;
  const iterations = macData.value[2];
  if (!iterations) return 1;
  if (typeof iterations.value !== "string" || iterations.value.length > 6) return Number.MAX_SAFE_INTEGER;
  return iterations.value.length === 0 ? 0 : parseInt(forge.util.bytesToHex(iterations.value), 16);
}

function holdsPrivateKey(p12: forge.pkcs12.Pkcs12Pfx): boolean {
  const { keyBag, pkcs8ShroudedKeyBag } = forge.pki.oids;
  return p12.safeContents.some((contents) => contents.safeBags.some((bag) => bag.type === keyBag || bag.type === pkcs8ShroudedKeyBag));
}

/** Classifies keystore bytes. Never throws; never returns or logs the password or key material. */
export function classifyPkcs12(bytes: Uint8Array): KeystoreVerdict {
  if (bytes.length === 0) return { kind: "not-a-keystore" };
  if (bytes.length > KEYSTORE_MAX_BYTES) return { kind: "unchecked", reason: `larger than ${KEYSTORE_MAX_BYTES / 1048576} MB` };
  if (bytes[0] !== 0x30) return { kind: "not-a-keystore" }; // every PFX is a DER SEQUENCE
  installKdfGuard();
  let pfx: forge.asn1.Asn1;
  try {
    pfx = forge.asn1.fromDer(forge.util.binary.raw.encode(bytes)) // strict, and rejects trailing bytes by default;
  } catch {
    return { kind: "not-a-keystore" }; // truncated, trailing bytes, not DER at all (or nesting too deep to parse)
  }
  const iterations = macIterations(pfx);
  if (iterations !== undefined && iterations > MAX_KDF_ITERATIONS) {
    return { kind: "unchecked", reason: `MAC iteration count ${iterations} above the limit of ${MAX_KDF_ITERATIONS}` };
  }
  let wellFormed = false;
  for (const password of NON_PASSWORDS) {
    let p12: forge.pkcs12.Pkcs12Pfx;
    try {
      // The typings omit null, which forge documents as "no password" (distinct from "").
      p12 = forge.pkcs12.pkcs12FromAsn1(pfx, false, password as string);
    } catch (e) {
      if (e instanceof IterationLimitError) return { kind: "unchecked", reason: e.message };
      const message = e instanceof Error ? e.message : "";
      if (/MAC could not be verified|wrong password|Invalid password|decrypt/i.test(message)) wellFormed = true;
      else if (/unsupported|not supported/i.test(message)) return { kind: "unchecked", reason: "uses an algorithm Hush cannot read" };
      continue;
    }
    return holdsPrivateKey(p12) ? { kind: "unprotected" } : { kind: "no-private-key" };
  }
  return wellFormed ? { kind: "protected" } : { kind: "not-a-keystore" };
}

/** Reads at most KEYSTORE_MAX_BYTES + 1 bytes (enough to know it is too large) and classifies them. */
export function classifyPkcs12File(file: string): KeystoreVerdict {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const buf = Buffer.alloc(KEYSTORE_MAX_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buf.length) break;
    }
    return classifyPkcs12(buf.subarray(0, length));
  } catch (e) {
    return { kind: "unchecked", reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export const PROTECTED_KEYSTORE_TITLE = "Committed PKCS#12 keystore";
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface KeystoreOutcome<F extends Finding> {
  findings: F[];
  /** Why the file was left unchecked (shown like any other skipped file). */
  skipped?: string;
  /** Not a keystore after all: scan it like any other file. */
  scanAsText: boolean;
}

/**
 * What the name-based findings become once the content is known. Unprotected: the finding stands. Protected: kept
 * at "info" at most (a committed private key is worth knowing about, but it is encrypted). Trust store: nothing.
 * Not PKCS#12: nothing, and the file is scanned as text. Unchecked: nothing, reported as skipped.
 */
export function keystoreOutcome<F extends Finding>(byName: F[], verdict: KeystoreVerdict, file: { path: string; baseline?: ReadonlySet<string> }): KeystoreOutcome<F> {
  const others = byName.filter((f) => f.ruleId !== PKCS12_RULE_ID);
  const keystore = byName.filter((f) => f.ruleId === PKCS12_RULE_ID);
  switch (verdict.kind) {
    case "unprotected":
      return { findings: byName, scanAsText: false };
    case "protected": {
      // Its own fingerprint: accepting the protected keystore must not also hide it once someone drops the password.
      const print = fingerprint(PKCS12_RULE_ID, `password-protected:${file.path}`, file.path);
      if (file.baseline?.has(print)) return { findings: others, scanAsText: false };
      return {
        findings: [
          ...others,
          ...keystore.map((f) => ({
            ...f,
            title: PROTECTED_KEYSTORE_TITLE,
            severity: SEVERITY_RANK[f.severity] > SEVERITY_RANK.info ? f.severity : ("info" as const),
            downranked: "password-protected",
            fingerprint: print,
          })),
        ],
        scanAsText: false,
      };
    }
    case "no-private-key":
      return { findings: others, scanAsText: false };
    case "not-a-keystore":
      return { findings: others, scanAsText: others.length === 0 };
    case "unchecked":
      return { findings: others, skipped: `PKCS#12 not checked: ${verdict.reason}`, scanAsText: false };
  }
}

/**
 * A file whose name a rule flags (keystores), judged by its bytes: the outcome, or undefined when the name flags
 * nothing or the bytes are not a keystore after all (then the file is scanned as text). `classify` reads the bytes
 * only when needed: from disk, or from the git index for a staged file.
 */
export function keystoreByName(options: ScanOptions, classify: () => KeystoreVerdict): KeystoreOutcome<Finding> | undefined {
  const byName = fileNameFindings(options);
  if (byName.length === 0) return undefined;
  const outcome = keystoreOutcome(byName, classify(), { path: options.path, baseline: options.baseline });
  return outcome.scanAsText ? undefined : outcome;
}
