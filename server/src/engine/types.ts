// The engine's data model. Everything here is plain data so the server, the CLI and the tests share it.

export type Severity = "error" | "warning" | "info" | "hint";
export type Confidence = "high" | "medium" | "low";

/**
 * A detection rule, written as data from the provider's published token format.
 *
 * Two shapes:
 * - a distinctive token (`context` absent): `secret` is searched anywhere a keyword occurs, with word
 *   boundaries added by the engine (the character before and after the match must not be [A-Za-z0-9]);
 * - a token that only means something next to a name (`context` present): the value of an assignment,
 *   key/value pair or argument whose name matches `context.name` must match `secret` whole.
 */
export interface RuleSpec {
  /** kebab-case, stable forever: it is the diagnostic code and names docs/rules/<id>.md */
  id: string;
  /** What was found, as the diagnostic message names it: "Stripe secret key". */
  title: string;
  /** The issuer, for grouping and docs: "Stripe". */
  provider: string;
  /** Lowercase strings; the rule runs on a text only if one of them occurs (case-insensitively). */
  keywords: string[];
  /**
   * The secret itself. No anchors, no flags other than `i`; bounded quantifiers only ({m,n}, never an
   * unbounded `+`/`*` over a class that can also match what follows). A capture group named `secret` narrows
   * the reported range when the pattern needs surrounding text (for example `https://hooks.slack.com/...`).
   */
  secret: RegExp;
  /**
   * A capture group named `check` in `secret` marks the part the placeholder/reference/entropy filters look at
   * (the password inside a connection string); otherwise they look at the whole secret.
   */
  /** For tokens that are ambiguous alone: the assigned name / key must match this (case-insensitive). */
  context?: { name: RegExp };
  /** Minimum Shannon entropy (bits per character) of the secret; rejects `aaaa…` and similar. */
  minEntropy?: number;
  /** Whole-secret patterns that are known non-secrets for this rule (documented examples…). */
  allow?: RegExp[];
  /**
   * Public by design when this occurs near the value (within 600 characters either side): a Firebase web config's
   * `authDomain` next to its API key. Such values are not reported.
   */
  publicNear?: RegExp;
  /**
   * The rule fires on the file's name alone, whatever the content (binary keystores such as .p12/.pfx hold private
   * keys). Such rules use `secret: /(?!)/`.
   */
  fileName?: RegExp;
  /**
   * The most characters a match can start before a keyword occurrence inside it (16 digits before "|" in a Facebook
   * app token; 0 when every match begins with one of the keywords, as `nf[pcoub]_…` does with "nfp_"…). Setting it
   * declares that every match contains a keyword, so the rule is tried only around keyword occurrences instead of
   * over the whole text. Default for patterns that do not begin with a literal: 256.
   */
  keywordOffset?: number;
  /**
   * What may not come right before a token: by default a letter or a digit (a token inside a longer run is not
   * that token); "letter" for prefixes distinctive enough to stand after a digit (`0tskey-api-…`).
   */
  boundary?: "letter";
  /** Offline validity check by name; see validators.ts. */
  validator?: ValidatorId;
  /** Default severity; users override per rule. */
  severity: Severity;
  /** Variable name used by "Move to .env" when the code gives none. SCREAMING_SNAKE_CASE. */
  envName: string;
  /** Docs: one paragraph on what it is and what an attacker gets; and where to revoke/rotate it. */
  doc: { summary: string; rotate?: string };
  /** Near-miss lines that must not be reported by any rule (tests). */
  negatives?: string[];
  /**
   * For test generation of true positives: a name that satisfies `context.name` (for context rules), and an
   * optional literal prefix/suffix that `randexp` cannot infer. The secret part is generated from `secret`.
   */
  sample?: { name?: string };
}

export type ValidatorId = "github-crc32" | "npm-crc32" | "jwt" | "pem-private-key" | "base64-pem-private-key" | "luhn" | "connection-uri";

/** What a validator says about a candidate. */
export interface Validation {
  /** Drop the candidate: it is provably not a secret (a public key, an `anon` JWT, …). */
  drop?: boolean;
  /** An embedded checksum verified (true) or failed (false); undefined when the format has none. */
  checksumValid?: boolean;
  /** Overrides the message's title ("Supabase service_role JWT"). */
  title?: string;
  /** Raise or lower the severity the rule gives. */
  severity?: Severity;
  confidence?: Confidence;
}

/** One finding. Offsets are UTF-16 code unit offsets into the scanned text. */
export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  /** Range of the secret value itself (what the diagnostic underlines and the fix replaces). */
  start: number;
  end: number;
  /** At most the first 4 characters, then "…". The only form in which a value leaves the engine. */
  masked: string;
  /** Stable identity: rule + hash of the value + path; never the line number. */
  fingerprint: string;
  /** The variable/key the value is assigned to, when the text shows one (drives NAME in "Move to .env"). */
  name?: string;
  /** Why the severity was lowered: "example file", "test fixture", "docs example", "checksum failed". */
  downranked?: string;
  checksumValid?: boolean;
  /** Where the value sits syntactically, for fixes: inside quotes (and which), or bare. */
  quote?: '"' | "'" | "`" | "";
  /** Start/end offsets of the whole literal including quotes (what "Move to .env" replaces). */
  literalStart?: number;
  literalEnd?: number;
  /** Extra locations, e.g. where a logged value came from ("password assigned here"). */
  related?: { start: number; end: number; message: string }[];
}

/** Options resolved from settings and the project file; the engine never reads either itself. */
export interface ScanOptions {
  /** Workspace-relative path with forward slashes (drives file-kind context and fingerprints). */
  path: string;
  /** LSP language id when known. */
  languageId?: string;
  /** rule id -> "off" or a severity. */
  rules?: Record<string, Severity | "off">;
  /** Values (exact) or /regex/ strings never reported. */
  allowlist?: string[];
  /** Extra rules from configuration. */
  customRules?: RuleSpec[];
  /** Severity used for findings in examples/docs/test fixtures. */
  downrankedSeverity?: Severity;
  /** Fingerprints accepted in the baseline. */
  baseline?: ReadonlySet<string>;
}

export interface ScanResult {
  findings: Finding[];
  /** Set when the text was not scanned (too large, binary…): a human sentence without any value. */
  skipped?: string;
}
