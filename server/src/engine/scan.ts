// The engine's entry point: text + options in, findings out. Pure: no I/O, no clocks, no globals mutated.
import { extractCandidatesAt, type Candidate } from "./candidates";
import { shannonEntropy } from "./entropy";
import { fileContext, type FileContext } from "./filekind";
import { isDummyCredential, isPlaceholder, isPublishedExample, isReference } from "./filters";
import { classifyName, isGenericSecretValue } from "./generic";
import { fingerprint } from "./hash";
import { mask } from "./mask";
import { builtinRules, GENERIC_RULE_IDS } from "./rules/index";
import { KeywordMatcher } from "./keywords";
import { isCommentOnlyLine, isSuppressed } from "./suppress";
import { STRUCTURED_KEYWORDS, structuredHits, type KeywordSeen } from "./structured/index";
import { LineIndex } from "./text";
import type { Confidence, Finding, RuleSpec, ScanOptions, ScanResult, Severity } from "./types";
import { validators } from "./validators";

/** Texts larger than this are not scanned (the callers also enforce the user's size limit). */
export const HARD_SIZE_LIMIT = 64 * 1024 * 1024;

interface CompiledRule {
  spec: RuleSpec;
  /** The spec's keywords, lowercased once. */
  keywords: string[];
  /**
   * Searched only around its keywords' occurrences: patterns that do not begin with a literal would otherwise be
   * tried at every position of the text (V8 has no required-substring optimisation).
   */
  windowed?: boolean;
  /**
   * For patterns that begin with their keyword (`ghp_…`, `glpat-…`): a sticky regex tried exactly where the
   * keyword occurs, instead of a search over the whole text.
   */
  anchored?: RegExp;
  /** Global search regex with token boundaries (token rules). */
  search?: RegExp;
  /** Whole-value regex (context rules). */
  whole?: RegExp;
  priority: number;
}

const compiled = new WeakMap<RuleSpec, CompiledRule>();

const escapeLiteral = (k: string): string => k.replace(/[.*+?^${}()|[\]\\/-]/g, (c) => "\\" + c);

/** Every keyword is the pattern's literal beginning, so every match starts at a keyword occurrence. */
function startsWithEveryKeyword(spec: RuleSpec): boolean {
  if (spec.keywords.length === 0 || spec.secret.flags.includes("i")) return false;
  const source = spec.secret.source.toLowerCase();
  return spec.keywords.every((k) => {
    const lower = k.toLowerCase();
    return source.startsWith(lower) || source.startsWith(escapeLiteral(lower));
  });
}

/**
 * What may not precede a token: a letter or digit, or only a letter for prefixes that stay distinctive after a digit;
 * except the end of a percent escape, since URL-encoded text runs the token on (`access_token%3Dghp_…`).
 */
function leftBoundary(spec: RuleSpec): string {
  return spec.boundary === "letter" ? "(?<!(?<!%[0-9A-Fa-f])[A-Za-z])" : "(?<!(?<!%[0-9A-Fa-f])[A-Za-z0-9])";
}

function afterPercentEscape(text: string, start: number): boolean {
  return text.charCodeAt(start - 3) === 37 && /^[0-9A-Fa-f]{2}$/.test(text.slice(start - 2, start));
}

function compile(spec: RuleSpec, priority: number): CompiledRule {
  let c = compiled.get(spec);
  if (!c) {
    const flags = spec.secret.flags.includes("i") ? "i" : "";
    const keywords = spec.keywords.map((k) => k.toLowerCase());
    c = spec.context
      ? { spec, keywords, whole: new RegExp(`^(?:${spec.secret.source})$`, flags), priority }
      : {
          spec,
          keywords,
          search: new RegExp(`${leftBoundary(spec)}(?:${spec.secret.source})(?![A-Za-z0-9])`, "g" + flags),
          priority,
          windowed: spec.keywords.length > 0 && (spec.keywordOffset !== undefined || !/^[A-Za-z0-9_-]{2}/.test(spec.secret.source)),
          anchored: startsWithEveryKeyword(spec)
            ? new RegExp(`${leftBoundary(spec)}(?:${spec.secret.source})(?![A-Za-z0-9])`, "y" + flags)
            : undefined,
        };
    compiled.set(spec, c);
  }
  return c;
}

interface RawHit {
  rule: CompiledRule;
  start: number;
  end: number;
  /** The part filters look at (a `check` group), else the whole secret. */
  checked: string;
  candidate?: Candidate;
  kind?: "token" | "context" | "generic" | "structured";
  /** Structured hits carry their own title ("… (base64 in Kubernetes Secret)") and were filtered by their handler. */
  title?: string;
}

export function looksBinary(text: string): boolean {
  // Binary formats show it in their first bytes (headers, NULs); 2 KB is as telling as more and costs less.
  const n = Math.min(text.length, 2048);
  if (n === 0) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) odd++;
  }
  return odd / n > 0.1;
}

export function allRules(options: Pick<ScanOptions, "customRules">): RuleSpec[] {
  return options.customRules?.length ? [...options.customRules, ...builtinRules] : [...builtinRules];
}

/**
 * Everything about a rule set that does not depend on the text, built once: compiled rules, one automaton
 * matching every keyword (so a single pass over the text tells which rules can fire, where names worth a look are
 * and where windowed rules must be tried), and what each keyword is for.
 */
interface RuleIndex {
  rules: CompiledRule[];
  keywords: string[];
  matcher: KeywordMatcher;
  /**
   * Per keyword index: may occur in a name a context or generic rule looks at (1), or only where the word ends there
   * (2: `pat` in `AdoPat` or `github_pat`, not in `path` or `pattern`, which would cost a look at every path).
   */
  isNameKeyword: Uint8Array;
  /** Per keyword index: a windowed rule needs its positions. */
  isWindowKeyword: boolean[];
  /** Per rule (same order as `rules`): the indexes of its keywords. */
  ruleKeywordIds: number[][];
  /** Per keyword index: the rules (indexes into `rules`) it activates. */
  rulesByKeyword: number[][];
  /** Rules without keywords: always active. */
  alwaysActive: number[];
  keywordId: Map<string, number>;
}

/** Keyword occurrences by keyword index (only for keywords some windowed or anchored rule needs). */
type KeywordPositions = (number[] | undefined)[];

/** Name keywords short enough to sit inside common words: a name anchor only where the word ends with them. */
const WORD_END_NAME_KEYWORDS = new Set(["pat"]);
const isLowerCaseLetter = (c: number): boolean => c >= 97 && c <= 122;

let builtinIndex: RuleIndex | undefined;
const customIndexes = new WeakMap<RuleSpec[], RuleIndex>();

function ruleIndex(options: ScanOptions): RuleIndex {
  const custom = options.customRules?.length ? options.customRules : undefined;
  const cached = custom ? customIndexes.get(custom) : builtinIndex;
  if (cached) return cached;
  const specs = allRules(options);
  const rules = specs.map((spec, i) => compile(spec, i));
  // Structured handlers' keywords join the automaton too: they are told where those occur, not left to search.
  const keywords = [...new Set([...specs.flatMap((s) => s.keywords.map((k) => k.toLowerCase())), ...STRUCTURED_KEYWORDS])].filter(Boolean);
  const nameKeywords = new Set(specs.filter((s) => s.context || GENERIC_RULE_IDS.has(s.id)).flatMap((s) => s.keywords.map((k) => k.toLowerCase())));
  const windowKeywords = new Set([...rules.filter((r) => r.windowed || r.anchored).flatMap((r) => r.spec.keywords.map((k) => k.toLowerCase())), ...STRUCTURED_KEYWORDS]);
  const ruleKeywordIds = rules.map((r) => r.keywords.map((k) => keywords.indexOf(k)).filter((id) => id >= 0));
  const index: RuleIndex = {
    rules,
    keywords,
    matcher: new KeywordMatcher(keywords),
    isNameKeyword: Uint8Array.from(keywords, (k) => (!nameKeywords.has(k) ? 0 : WORD_END_NAME_KEYWORDS.has(k) ? 2 : 1)),
    isWindowKeyword: keywords.map((k) => windowKeywords.has(k)),
    ruleKeywordIds,
    rulesByKeyword: keywords.map((_, id) => rules.flatMap((_r, i) => ((ruleKeywordIds[i] as number[]).includes(id) ? [i] : []))),
    alwaysActive: rules.flatMap((r, i) => (r.keywords.length === 0 ? [i] : [])),
    keywordId: new Map(keywords.map((k, i) => [k, i])),
  };
  if (custom) customIndexes.set(custom, index);
  else builtinIndex = index;
  return index;
}

/** Findings a file earns by its name alone (binary keystores), before and whatever its content. */
/** Rules that fire on a file's name (few): looked up once per rule set, not per file. */
const fileNameRuleCache = new WeakMap<readonly RuleSpec[], RuleSpec[]>();
function fileNameRules(options: ScanOptions): RuleSpec[] {
  const key = options.customRules?.length ? options.customRules : builtinRules;
  let rules = fileNameRuleCache.get(key);
  if (!rules) {
    rules = allRules(options).filter((spec) => spec.fileName !== undefined);
    fileNameRuleCache.set(key, rules);
  }
  return rules;
}

export function fileNameFindings(options: ScanOptions): Finding[] {
  const out: Finding[] = [];
  for (const spec of fileNameRules(options)) {
    if (!spec.fileName || options.rules?.[spec.id] === "off" || !spec.fileName.test(options.path)) continue;
    const print = fingerprint(spec.id, options.path, options.path);
    if (options.baseline?.has(print)) continue;
    const override = options.rules?.[spec.id];
    out.push({
      ruleId: spec.id,
      title: spec.title,
      severity: override && override !== "off" ? override : spec.severity,
      confidence: "high",
      start: 0,
      end: 0,
      masked: "…",
      fingerprint: print,
    });
  }
  return out;
}

export function scanText(text: string, options: ScanOptions): ScanResult {
  if (text.length > HARD_SIZE_LIMIT) return { findings: [], skipped: `larger than ${HARD_SIZE_LIMIT / 1048576} MB` };
  if (looksBinary(text)) return { findings: [], skipped: "binary content" };
  const file = fileContext(options.path, options.languageId);
  const index = ruleIndex(options);
  // One pass over the text itself (not a lowercased copy, whose offsets can differ) finds every keyword
  // occurrence, overlapping ones included ("secret_access" and "access").
  const seenIndex = new Uint8Array(index.keywords.length);
  const seenIds: number[] = [];
  const nameAnchors: number[] = [];
  const positions: KeywordPositions = new Array<number[] | undefined>(index.keywords.length);
  const { isNameKeyword, isWindowKeyword } = index;
  index.matcher.scan(text, (k, start) => {
    if (seenIndex[k] === 0) {
      seenIndex[k] = 1;
      seenIds.push(k);
    }
    const nameKeyword = isNameKeyword[k];
    if (nameKeyword === 1 || (nameKeyword === 2 && !isLowerCaseLetter(text.charCodeAt(start + (index.keywords[k] as string).length)))) nameAnchors.push(start);
    if (isWindowKeyword[k]) {
      const list = positions[k];
      if (list) list.push(start);
      else positions[k] = [start];
    }
  });
  const seen: KeywordSeen = {
    has: (keyword) => seenIndex[index.keywordId.get(keyword) ?? -1] === 1,
    positions: (keyword) => positions[index.keywordId.get(keyword) ?? -1] ?? [],
  };
  nameAnchors.sort((a, b) => a - b);

  // Rules turned off still run: their matches claim the text so a broader rule (generic) does not report the same
  // value under another name; they are dropped after overlaps are resolved.
  const isActive = new Uint8Array(index.rules.length);
  for (const i of index.alwaysActive) isActive[i] = 1;
  for (const k of seenIds) for (const i of index.rulesByKeyword[k] as number[]) isActive[i] = 1;
  const active: { rule: CompiledRule; ids: number[] }[] = [];
  for (let i = 0; i < isActive.length; i++) {
    if (isActive[i] === 1) active.push({ rule: index.rules[i] as CompiledRule, ids: index.ruleKeywordIds[i] as number[] });
  }

  const hits: RawHit[] = [];
  const contextRules: CompiledRule[] = [];
  let genericActive = false;
  for (const { rule, ids } of active) {
    if (GENERIC_RULE_IDS.has(rule.spec.id)) genericActive = !file.generated;
    else if (rule.whole) contextRules.push(rule);
    else if (rule.anchored) collectAnchoredHits(text, rule, rule.anchored, keywordOccurrences(ids, positions), hits);
    else if (rule.windowed && windowsAreCheaper(rule, ids, positions, text.length)) collectWindowedHits(text, rule, keywordOccurrences(ids, positions), hits);
    // `(?!)` marks a rule that never matches text (file-name rules); searching for it would still walk the text.
    else if (rule.search && rule.spec.secret.source !== "(?!)") collectTokenHits(text, rule, hits);
  }

  if (contextRules.length > 0 || genericActive) {
    const password = active.find((a) => a.rule.spec.id === "hardcoded-password")?.rule;
    const generic = active.find((a) => a.rule.spec.id === "generic-secret")?.rule;
    const candidates = extractCandidatesAt(text, nameAnchors);
    for (const candidate of candidates) {
      if (candidate.value.length === 0) continue;
      const qualified = candidate.parent ? `${candidate.parent}.${candidate.name}` : undefined;
      for (const rule of contextRules) {
        const name = rule.spec.context?.name;
        if (name && (name.test(candidate.name) || (qualified !== undefined && name.test(qualified))) && rule.whole?.test(candidate.value)) {
          hits.push({ rule, start: candidate.valueStart, end: candidate.valueEnd, checked: candidate.value, candidate, kind: "context" });
        }
      }
      if (!genericActive) continue;
      // `"db_password": { "value": "…", "sensitive": true }` (Terraform state, CloudFormation outputs), a template
      // parameter's `Default:` / `"defaultValue":` (CloudFormation, ARM): a bare value takes the name of its block.
      // A block that says it holds secrets names its children: Consul `tokens { agent = "…" }`, YAML `secrets:` maps;
      // Envoy's `secret: { inline_string: … }` takes its block's name too.
      const kind = classifyName(candidate.name) ?? (candidate.parent !== undefined && (/^(?:value|default|default_?value|inline_string|inline_bytes)$/i.test(candidate.name) || isSecretContainer(candidate.parent)) ? classifyName(candidate.parent) : undefined);
      const rule = kind === "password" ? password : kind === "secret" ? generic : undefined;
      if (kind && rule && isGenericSecretValue(kind, candidate, file, text.slice(Math.max(0, candidate.literalStart - 80), candidate.literalStart))) {
        hits.push({ rule, start: candidate.valueStart, end: candidate.valueEnd, checked: candidate.value, candidate, kind: "generic" });
      }
    }
  }

  if (!file.generated) collectStructuredHits(text, options, file, index, hits, seen);

  const findings: Finding[] = [];
  if (hits.length === 0) return { findings };
  const lines = new LineIndex(text);
  for (const hit of resolveOverlaps(hits)) {
    if (options.rules?.[hit.rule.spec.id] === "off") continue;
    const finding = toFinding(text, hit, options, file, lines);
    if (finding) findings.push(finding);
  }
  return { findings };
}

/** Structure-aware handlers (structured/index.ts); gated on file name or a substring, so usually free. */
function collectStructuredHits(text: string, options: ScanOptions, file: FileContext, index: RuleIndex, hits: RawHit[], seen: KeywordSeen): void {
  const inner = (innerText: string, innerPath: string): Finding[] =>
    scanText(innerText, { ...options, path: innerPath, baseline: undefined, allowlist: options.allowlist }).findings;
  const found = structuredHits(text, options.path, file, inner, seen);
  for (const v of found) {
    if (!v.veto) continue;
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i];
      if (h && h.kind !== "token" && h.start < v.end && v.start < h.end) hits.splice(i, 1);
    }
  }
  for (const s of found) {
    if (s.veto) continue;
    const rule = index.rules.find((r) => r.spec.id === s.ruleId);
    if (!rule) continue;
    const q = text[s.start - 1];
    const quote = (q === '"' || q === "'" || q === "`") && text[s.end] === q ? q : "";
    const candidate: Candidate | undefined = s.name
      ? { name: s.name, value: text.slice(s.start, s.end), valueStart: s.start, valueEnd: s.end, literalStart: s.start - (quote ? 1 : 0), literalEnd: s.end + (quote ? 1 : 0), quote, operator: "=" }
      : undefined;
    hits.push({ rule, start: s.start, end: s.end, checked: text.slice(s.start, s.end), candidate, kind: "structured", title: s.title });
  }
}

/**
 * A token rule's hit for `token` found at `start`: narrowed to the `secret` group when the pattern has one, with the
 * `check` group (else the secret) as the part the filters look at.
 */
function tokenHit(text: string, rule: CompiledRule, start: number, token: string, groups: Record<string, string | undefined> | undefined): RawHit {
  let s = start;
  let e = start + token.length;
  const secretGroup = groups?.secret;
  if (secretGroup !== undefined) {
    s = start + token.indexOf(secretGroup);
    e = s + secretGroup.length;
  }
  return { rule, start: s, end: e, checked: groups?.check ?? text.slice(s, e), kind: "token" };
}

/** Where a rule's keywords occur, in order, each offset once. */
function keywordOccurrences(ids: number[], positions: KeywordPositions): number[] {
  if (ids.length === 1) return positions[ids[0] as number] ?? [];
  // Usually only one of a rule's keywords occurs in a given text: no merge needed then.
  let only: number[] | undefined;
  let lists = 0;
  for (const id of ids) {
    const list = positions[id];
    if (list === undefined) continue;
    only = list;
    lists++;
  }
  if (lists <= 1) return only ?? [];
  return [...new Set(ids.flatMap((id) => positions[id] ?? []))].sort((a, b) => a - b);
}

function collectTokenHits(text: string, rule: CompiledRule, hits: RawHit[]): void {
  const re = rule.search;
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    hits.push(tokenHit(text, rule, m.index, m[0], m.groups));
    if (m[0].length === 0) re.lastIndex++;
  }
}

const WINDOW_BEFORE = 256;
const WINDOW_AFTER = 20000;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Runs a rule only around its keywords' occurrences. The pattern is wrapped as a sticky regex with a bounded lazy
 * prefix, so each occurrence tries at most WINDOW_BEFORE start positions (never the whole rest of the text), and a
 * match must contain the occurrence.
 */
function collectWindowedHits(text: string, rule: CompiledRule, occurrences: number[], hits: RawHit[]): void {
  const re = windowedPattern(rule);
  let coveredUntil = -1;
  const before = rule.spec.keywordOffset ?? WINDOW_BEFORE;
  for (const p of occurrences) {
    if (p < coveredUntil) continue;
    const from = Math.max(0, p - before);
    const window = text.slice(from, Math.min(text.length, p + WINDOW_AFTER));
    let at = 0;
    while (at <= p - from) {
      re.lastIndex = at;
      const m = re.exec(window);
      const token = m?.groups?.hushToken;
      if (!m || token === undefined) break;
      const start = from + m.index + m[0].length - token.length;
      const end = start + token.length;
      if (start > p) break; // a later occurrence finds it
      const before = text.charCodeAt(start - 1);
      if (end <= p || ((rule.spec.boundary === "letter" ? isLetter(before) : isAlnum(before)) && !afterPercentEscape(text, start)) || isAlnum(text.charCodeAt(end))) {
        at = start - from + 1;
        continue;
      }
      hits.push(tokenHit(text, rule, start, token, m.groups));
      coveredUntil = end;
      break;
    }
  }
}

/** Tries the rule's sticky pattern at each of its keywords' occurrences (the only places a match can start). */
function collectAnchoredHits(text: string, rule: CompiledRule, sticky: RegExp, occurrences: number[], hits: RawHit[]): void {
  let coveredUntil = -1;
  for (const p of occurrences) {
    if (p < coveredUntil) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    coveredUntil = p + m[0].length;
    hits.push(tokenHit(text, rule, p, m[0], m.groups));
  }
}

/** Windows pay off while the keyword is rare; for a keyword everywhere ("|" in code) one linear pass is cheaper. */
function windowsAreCheaper(rule: CompiledRule, ids: number[], positions: KeywordPositions, textLength: number): boolean {
  let occurrences = 0;
  for (const id of ids) occurrences += positions[id]?.length ?? 0;
  return occurrences * (rule.spec.keywordOffset ?? WINDOW_BEFORE) < textLength;
}

const windowedPatterns = new WeakMap<CompiledRule, RegExp>();
function windowedPattern(rule: CompiledRule): RegExp {
  let re = windowedPatterns.get(rule);
  if (!re) {
    const flags = rule.spec.secret.flags.includes("i") ? "yi" : "y";
    re = new RegExp(`[\\s\\S]{0,${rule.spec.keywordOffset ?? WINDOW_BEFORE}}?(?<hushToken>${leftBoundary(rule.spec)}(?:${rule.spec.secret.source})(?![A-Za-z0-9]))`, flags);
    windowedPatterns.set(rule, re);
  }
  return re;
}

const KIND_RANK = { token: 0, structured: 0.5, context: 1, generic: 2 } as const;
// A token rule written for encoded values (jwt-base64) beats the decoded structured hit on the same range.
const rankOf = (hit: RawHit): number => KIND_RANK[hit.kind ?? "token"];

/** Keeps one hit per overlapping span: distinctive tokens beat context rules beat generic ones. */
function resolveOverlaps(hits: RawHit[]): RawHit[] {
  const ranked = [...hits].sort(
    (a, b) =>
      rankOf(a) - rankOf(b) ||
      a.rule.priority - b.rule.priority ||
      b.end - b.start - (a.end - a.start),
  );
  const kept: RawHit[] = [];
  for (const hit of ranked) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Passwords in URLs and connection strings that only ever appear in documentation. */
const PLACEHOLDER_PASSWORDS = new Set(["password", "passwd", "secret", "changeme", "change_me", "pa$$word", "p@ssw0rd", "p@ssword", "mypassword", "yourpassword", "your_password", "your-password", "pw", "xxx", "xxxx", "xxxxx", "xxxxxx", "****", "*****", "******", "<password>", "[password]", "{password}", "user:password", "dbpassword", "db_password", "admin"]);

// (Alphabet runs such as `sk_test_abcdefghijklmnop…` stay reported: secretlint's fixtures count them as secrets.)
const ALPHABET_RUN = /abcdefghijkl|bcdefghijklm|cdefghijklmn|defghijklmno|efghijklmnop/i;
const FAKE_NAME_BEFORE = /(?:^|[^A-Za-z])(?:fake|dummy|mock|bogus|sample|example|placeholder)\w{0,40}["']?[ \t]{0,4}(?::=|=|:|,|\()[ \t]{0,4}["'`]?$/i;
// The words count at an edge of the token or of a delimiter (`sk_live_YOUR_KEY`, `…7EXAMPLE`): inside a long random
// base64 run "your" or "dummy" turns up by chance.
const TOKEN_PLACEHOLDER = /x{5,}|X{5,}|0{10,}|\*{3,}|\.{3}|…|<|>|(?<![A-Za-z0-9])(?:your|example|placeholder|dummy|redacted|changeme|replace_?me)|(?:your|example|placeholder|dummy|redacted|changeme|replace_?me)(?![A-Za-z0-9])/i;

function toFinding(text: string, hit: RawHit, options: ScanOptions, file: FileContext, lines: LineIndex): Finding | undefined {
  const spec = hit.rule.spec;
  const value = text.slice(hit.start, hit.end);
  const checked = hit.checked;
  if (hit.kind !== "generic" && hit.kind !== "structured") {
    if (checked !== value && PLACEHOLDER_PASSWORDS.has(checked.toLowerCase())) return undefined;
    if (isReference(checked) || /\$\{|\{\{|%\(/.test(checked) || isPublishedExample(checked)) return undefined;
    if (hit.kind === "token" ? TOKEN_PLACEHOLDER.test(checked) || /^(.)\1{7,}$/.test(checked) : isPlaceholder(checked)) return undefined;
    // `xoxp-1234-…-####`, `ops_eyJz..[Redacted]`: the token runs into an obvious mask or elision.
    if (hit.kind === "token" && /^(?:#{3}|\*{3}|\.{2}|…|x{4}|X{4}|\[redacted)/i.test(text.slice(hit.end, hit.end + 9))) return undefined;
    // A typed alphabet run assigned to a name that says it is fake (`let fake = "sk_live_abcdefgh…"`, `dummyKey`).
    if (hit.kind === "token" && ALPHABET_RUN.test(checked) && FAKE_NAME_BEFORE.test(text.slice(text.lastIndexOf("\n", hit.start - 1) + 1, hit.start))) return undefined;
    // A credential inside a URL or connection string (the `check` group): dummy passwords are documentation.
    if (hit.kind === "token" && checked !== value && isDummyCredential(checked, /\/\/([^:/?#@\s]{0,100}):/.exec(value)?.[1])) return undefined;
    if (spec.minEntropy !== undefined && shannonEntropy(checked) < spec.minEntropy) return undefined;
    if (spec.allow?.some((re) => re.test(value))) return undefined;
    if (spec.publicNear?.test(text.slice(Math.max(0, hit.start - 600), hit.end + 600))) return undefined;
  }
  if (isAllowlisted(value, options.allowlist)) return undefined;

  let title = hit.title ?? spec.title;
  let severity: Severity = spec.severity;
  let confidence: Confidence = hit.kind === "generic" ? "medium" : "high";
  let checksumValid: boolean | undefined;
  let downranked: string | undefined;
  if (spec.validator && hit.kind !== "structured") {
    const v = validators[spec.validator](value);
    if (v.drop) return undefined;
    if (v.title) title = v.title;
    if (v.severity) severity = v.severity;
    if (v.confidence) confidence = v.confidence;
    checksumValid = v.checksumValid;
    if (checksumValid === false) downranked = "checksum failed";
  }

  const position = lines.position(hit.start);
  if (isSuppressed(lines, position.line, spec.id, isCommentOnlyLine)) return undefined;
  const print = fingerprint(spec.id, value, options.path);
  if (options.baseline?.has(print)) return undefined;

  const override = options.rules?.[spec.id];
  if (override && override !== "off") severity = override;
  if (file.downrank) {
    downranked = file.downrank;
    severity = options.downrankedSeverity ?? "hint";
  } else if (file.isMarkdown && isInExampleBlock(text, hit.start)) {
    downranked = "docs example";
    severity = options.downrankedSeverity ?? "hint";
  }

  const literal = literalAround(text, hit);
  return {
    ruleId: spec.id,
    title,
    severity,
    confidence,
    start: hit.start,
    end: hit.end,
    masked: mask(value),
    fingerprint: print,
    name: hit.candidate?.name ?? assignedNameBefore(text, literal.start),
    downranked,
    checksumValid,
    quote: literal.quote,
    literalStart: literal.start,
    literalEnd: literal.end,
  };
}

function isAllowlisted(value: string, allowlist: string[] | undefined): boolean {
  if (!allowlist?.length) return false;
  return allowlist.some((entry) => {
    const re = /^\/(.+)\/([a-z]*)$/.exec(entry);
    if (!re) return entry === value;
    try {
      return new RegExp(re[1] ?? "", (re[2] ?? "").replace(/[gy]/g, "")).test(value);
    } catch {
      return false;
    }
  });
}

/** The literal holding the secret: the quotes around it when the whole string is the secret. */
function literalAround(text: string, hit: RawHit): { start: number; end: number; quote: Finding["quote"] } {
  if (hit.candidate && hit.candidate.valueStart === hit.start && hit.candidate.valueEnd === hit.end) {
    return { start: hit.candidate.literalStart, end: hit.candidate.literalEnd, quote: hit.candidate.quote };
  }
  const before = text[hit.start - 1];
  const after = text[hit.end];
  if ((before === '"' || before === "'" || before === "`") && after === before) {
    return { start: hit.start - 1, end: hit.end + 1, quote: before };
  }
  return { start: hit.start, end: hit.end, quote: "" };
}

const NAME_BEFORE = /([A-Za-z_$][\w$.-]{0,80})["'\]]?\s{0,4}(?::=|=>|=|:|\()\s{0,4}(?:[A-Za-z_][\w.]{0,40}\()?\s{0,2}["'`]?$/;

/** `const stripe = Stripe('sk_live…')` gives no name to the value directly; look back on the same line. */
function assignedNameBefore(text: string, literalStart: number): string | undefined {
  const lineStart = Math.max(text.lastIndexOf("\n", literalStart - 1) + 1, literalStart - 200);
  const m = NAME_BEFORE.exec(text.slice(lineStart, literalStart));
  return m?.[1];
}

/** In Markdown, inside a fenced block whose info string or preceding lines say it is an example. */
function isInExampleBlock(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 4000), offset);
  const fences = before.match(/^\s*(?:```|~~~)[^\n]*$/gm) ?? [];
  if (fences.length % 2 === 0) return false;
  const open = before.lastIndexOf(fences[fences.length - 1] ?? "```");
  const context = before.slice(Math.max(0, open - 300), open + (fences[fences.length - 1]?.length ?? 0));
  return /example|sample|placeholder|dummy|fake/i.test(context);
}

/** A block named for what it holds in the plural: `tokens`, `secrets`, `credentials`, `passwords`, `api_keys`. */
function isSecretContainer(name: string): boolean {
  return /(?:^|[_.\-]|[a-z])(?:tokens|secrets|credentials|creds|passwords|Tokens|Secrets|Credentials|Passwords|api_?keys|ApiKeys)$/i.test(name) && !/(?:^|[_.\-])(?:max|design|num|count)/i.test(name);
}
