// Shared helpers for the engine tests: a seeded random source (the seed is printed so a failure can be replayed
// with HUSH_TEST_SEED=<n>), true positives generated from a rule's own pattern, fake secrets built at run time,
// and the matrix of file contexts a value is placed in.
import RandExp from "randexp";
import { mask } from "../../server/src/engine/mask";
import type { Finding, RuleSpec } from "../../server/src/engine/types";
import { validators } from "../../server/src/engine/validators";
import { shannonEntropy } from "../../server/src/engine/entropy";
import { isDummyCredential } from "../../server/src/engine/filters";

export const SEED = Number(process.env.HUSH_TEST_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: small, fast, good enough to draw test data. */
export function makeRandom(seed: number = SEED) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (from: number, to: number): number => from + Math.floor(next() * (to - from + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    string(length: number, alphabet: string): string {
      let out = "";
      for (let i = 0; i < length; i++) out += alphabet[int(0, alphabet.length - 1)];
      return out;
    },
  };
}
export type Random = ReturnType<typeof makeRandom>;

export const LOWER = "abcdefghijklmnopqrstuvwxyz";
export const UPPER = LOWER.toUpperCase();
export const DIGITS = "0123456789";
export const BASE62 = DIGITS + UPPER + LOWER;
export const BASE64 = BASE62 + "+/";
export const HEX = "0123456789abcdef";

/** A random base62 string that uses lower, upper and digit characters (as issued secrets do). */
/** A random string holding a lower-case letter, a capital and a digit (the alphabet must offer all three). */
export function randomToken(rnd: Random, length: number, alphabet = BASE62): string {
  if (!/[a-z]/.test(alphabet) || !/[A-Z]/.test(alphabet) || !/\d/.test(alphabet)) throw new Error("randomToken needs an alphabet with a-z, A-Z and 0-9");
  for (;;) {
    const s = rnd.string(length, alphabet);
    if (/[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s)) return s;
  }
}

export function base64Encode(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}
export function base64Url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

/** A PEM private key block with a random body (64-column base64 lines), built at run time. */
export function fakePem(rnd: Random, label = "RSA PRIVATE KEY", eol = "\n"): string {
  const lines: string[] = [];
  for (let i = 0; i < 12; i++) lines.push(rnd.string(64, BASE64));
  lines.push(rnd.string(40, BASE64) + "==");
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(eol);
}

/** A JWT with a decodable header and payload and a random signature. */
export function fakeJwt(rnd: Random, payload: Record<string, unknown> = { sub: "1234567890", iat: 1700000000 }, alg = "HS256"): string {
  return [base64Url(JSON.stringify({ alg, typ: "JWT" })), base64Url(JSON.stringify(payload)), rnd.string(43, BASE62 + "-_")].join(".");
}

/** Describes a value in a failure message without revealing it. */
export function describe(value: string): string {
  return `${mask(value)} (${value.length} chars)`;
}

/** The only characters a negated class or `.` may draw: none of them needs escaping in any context below. */
const SAFE_CHARS = BASE62 + "-_.+/:@%~!*";

/**
 * The pattern's source with lookarounds removed and named groups made plain, so randexp can walk it. The sample
 * is then checked against the original pattern, so removing a lookaround can only cost retries, never accept a
 * wrong sample.
 */
export function generatorSource(source: string): string {
  let out = "";
  let i = 0;
  let inClass = false;
  while (i < source.length) {
    const c = source[i] ?? "";
    if (c === "\\") {
      // Whitespace in a pattern is drawn as a plain space: a tab or line break cannot sit in a one-line context.
      out += !inClass && source[i + 1] === "s" ? " " : source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      out += c;
      i++;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      i++;
      continue;
    }
    if (c === "(" && source[i + 1] === "?") {
      const rest = source.slice(i + 2, i + 4);
      if (rest.startsWith("=") || rest.startsWith("!") || rest === "<=" || rest === "<!") {
        i = matchingParen(source, i) + 1;
        continue;
      }
      const named = /^\(\?<([A-Za-z_]\w*)>/.exec(source.slice(i));
      if (named) {
        out += "(";
        i += named[0].length;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

function matchingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return source.length - 1;
}

const LOOKS_LIKE_PLACEHOLDER = /x{5,}|0{10,}|\*{3,}|\.{3}|your|example|placeholder|dummy|redacted|changeme|replace_?me|sample|fake|test|todo|lorem|foo/i;

/**
 * A true positive drawn from the rule's own `secret` pattern: matches the pattern whole, is not shaped like a
 * placeholder, meets the rule's entropy floor and allowlist, and is not dropped by its validator.
 */
export function generateFromRule(rule: RuleSpec, rnd: Random, attempts = 300, { lines = false } = {}): string | undefined {
  const flags = rule.secret.flags.includes("i") ? "i" : "";
  const whole = new RegExp(`^(?:${rule.secret.source})$`, flags);
  // Long upper bounds only slow generation down; a shorter sample is still checked against the real pattern.
  const source = generatorSource(rule.secret.source).replace(/\{(\d+),(\d+)\}/g, (_m, lo: string, hi: string) => `{${lo},${Math.min(Number(hi), Math.max(Number(lo), 120))}}`);
  const gen = new RandExp(source, flags);
  gen.defaultRange.subtract(0, 0x10ffff);
  for (const ch of SAFE_CHARS) gen.defaultRange.add(ch.charCodeAt(0));
  gen.randInt = rnd.int;
  gen.max = 40;
  for (let i = 0; i < attempts; i++) {
    // Multi-line blocks (`lines`) keep their line breaks, as LF.
    const value = lines ? gen.gen().replace(/\r\n/g, "\n") : gen.gen();
    if (!whole.test(value) || (lines ? /[\t\r\f\v"'`\\$<>{}]/ : /[\t\n\r\f\v"'`\\$<>{}]/).test(value) || LOOKS_LIKE_PLACEHOLDER.test(value)) continue;
    const checked = new RegExp(rule.secret.source, flags).exec(value)?.groups?.check ?? value;
    if (rule.minEntropy !== undefined && shannonEntropy(checked) < rule.minEntropy) continue;
    if (/^(.)\1{7,}$/.test(checked) || rule.allow?.some((re) => re.test(value))) continue;
    // A credential inside a URL (the `check` group) that the engine takes for documentation (too short, "password").
    if (checked !== value && isDummyCredential(checked)) continue;
    if (rule.validator && validators[rule.validator](value).drop) continue;
    return value;
  }
  return undefined;
}

/** Where the rule's finding must start and end inside a generated sample (the `secret` group, else all of it). */
export function expectedRangeInSample(rule: RuleSpec, sample: string): { start: number; end: number } {
  const flags = rule.secret.flags.includes("i") ? "di" : "d";
  const m = new RegExp(rule.secret.source, flags).exec(sample);
  const span = m?.indices?.groups?.secret;
  return span ? { start: span[0], end: span[1] } : { start: 0, end: sample.length };
}

export interface PlacementContext {
  id: string;
  path: string;
  /** The file text with the value placed verbatim, or undefined when this context cannot hold it unescaped. */
  render(name: string, value: string): string | undefined;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const noBreaks = (v: string): boolean => !/[\r\n]/.test(v);

/** The matrix of contexts every rule's true positives are placed in. */
export const CONTEXTS: PlacementContext[] = [
  {
    id: "dotenv",
    path: "app/.env",
    render: (n, v) => (noBreaks(v) && /^[A-Za-z_][\w.-]*$/.test(n) ? `# service settings\n${n}=${v}\nLOG_LEVEL=info\n` : undefined),
  },
  {
    id: "json",
    path: "config/settings.json",
    render: (n, v) => (JSON.stringify(v) === `"${v}"` ? `{\n  "service": {\n    "${n}": "${v}",\n    "retries": 3\n  }\n}\n` : undefined),
  },
  {
    id: "yaml",
    path: "deploy/values.yaml",
    render: (n, v) => {
      if (!noBreaks(v)) return undefined;
      const bare = /^[A-Za-z0-9][^\s#]*$/.test(v) && !v.includes(": ");
      return `service:\n  replicas: 2\n  ${n}: ${bare ? v : `"${v}"`}\n`;
    },
  },
  {
    id: "javascript",
    path: "src/config.js",
    render: (n, v) =>
      noBreaks(v) ? (IDENTIFIER.test(n) ? `export const ${n} = "${v}";\n` : `export const config = { "${n}": "${v}" };\n`) : undefined,
  },
  {
    id: "python",
    path: "app/settings.py",
    render: (n, v) => (noBreaks(v) ? (IDENTIFIER.test(n) ? `import os\n\n${n} = "${v}"\n` : `CONFIG = {"${n}": "${v}"}\n`) : undefined),
  },
  {
    id: "go",
    path: "internal/config/config.go",
    render: (n, v) =>
      noBreaks(v)
        ? IDENTIFIER.test(n)
          ? `package config\n\nconst ${n} = "${v}"\n`
          : `package config\n\nvar headers = map[string]string{"${n}": "${v}"}\n`
        : undefined,
  },
  {
    id: "java",
    path: "src/main/java/com/acme/App.java",
    render: (n, v) =>
      noBreaks(v)
        ? IDENTIFIER.test(n)
          ? `public class App {\n  private static final String ${n} = "${v}";\n}\n`
          : `public class App {\n  void init() { headers.put("${n}", "${v}"); }\n}\n`
        : undefined,
  },
  {
    id: "shell",
    path: "scripts/deploy.sh",
    render: (n, v) => (noBreaks(v) && IDENTIFIER.test(n) && !/[!]/.test(v) ? `#!/bin/sh\nset -eu\nexport ${n}="${v}"\n` : undefined),
  },
  {
    id: "log",
    path: "logs/service.log",
    render: (n, v) => (noBreaks(v) && !/\s/.test(v) ? `2024-05-01T12:00:00Z INFO request completed ${n}=${v} status=200\n` : undefined),
  },
];

/** A finding's string fields that carry more than 4 characters of the value (any 8-character window of it). */
export function leakedFields(finding: Finding, value: string): string[] {
  const windows: string[] = [];
  // Windows of the random part only: a provider's literal prefix ("rubygems_") may well appear in a rule id, and a
  // URI's scheme names the database in the title ("CockroacHdb://" under a case-insensitive pattern).
  const scheme = /^[A-Za-z][\w+.:-]{0,30}:\/\//.exec(value)?.[0].length ?? 0;
  for (let i = scheme; i + 8 <= value.length; i += 3) {
    const w = value.slice(i, i + 8);
    if (/\d/.test(w) || (/[a-z]/.test(w) && /[A-Z]/.test(w))) windows.push(w);
  }
  if (value.length < 8 && value.length > 4) windows.push(value);
  const leaks: string[] = [];
  for (const [key, field] of Object.entries(finding)) {
    if (key === "name" || typeof field !== "string") continue;
    if (windows.some((w) => field.includes(w))) leaks.push(key);
  }
  return leaks;
}
