// The engine's entry point: text + options in, findings out. Pure: no I/O, no clocks, no globals mutated.
import { extractCandidates, type Candidate } from "./candidates";
import { shannonEntropy } from "./entropy";
import { fileContext, type FileContext } from "./filekind";
import { isPlaceholder, isReference } from "./filters";
import { classifyName, isGenericSecretValue } from "./generic";
import { fingerprint } from "./hash";
import { mask } from "./mask";
import { builtinRules, GENERIC_RULE_IDS } from "./rules/index";
import { isCommentOnlyLine, isSuppressed } from "./suppress";
import { LineIndex } from "./text";
import type { Confidence, Finding, RuleSpec, ScanOptions, ScanResult, Severity } from "./types";
import { validators } from "./validators";

/** Texts larger than this are not scanned (the callers also enforce the user's size limit). */
export const HARD_SIZE_LIMIT = 64 * 1024 * 1024;

interface CompiledRule {
  spec: RuleSpec;
  /** Global search regex with token boundaries (token rules). */
  search?: RegExp;
  /** Whole-value regex (context rules). */
  whole?: RegExp;
  priority: number;
}

const compiled = new WeakMap<RuleSpec, CompiledRule>();

function compile(spec: RuleSpec, priority: number): CompiledRule {
  let c = compiled.get(spec);
  if (!c) {
    const flags = spec.secret.flags.includes("i") ? "i" : "";
    c = spec.context
      ? { spec, whole: new RegExp(`^(?:${spec.secret.source})$`, flags), priority }
      : { spec, search: new RegExp(`(?<![A-Za-z0-9])(?:${spec.secret.source})(?![A-Za-z0-9])`, "g" + flags), priority };
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
  kind?: "token" | "context" | "generic";
}

export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) odd++;
  }
  return odd / sample.length > 0.1;
}

export function allRules(options: Pick<ScanOptions, "customRules">): RuleSpec[] {
  return options.customRules?.length ? [...options.customRules, ...builtinRules] : [...builtinRules];
}

export function scanText(text: string, options: ScanOptions): ScanResult {
  if (text.length > HARD_SIZE_LIMIT) return { findings: [], skipped: `larger than ${HARD_SIZE_LIMIT / 1048576} MB` };
  if (looksBinary(text)) return { findings: [], skipped: "binary content" };
  const file = fileContext(options.path, options.languageId);
  const lower = text.toLowerCase();
  const keywordSeen = new Map<string, boolean>();
  const hasKeyword = (k: string): boolean => {
    let seen = keywordSeen.get(k);
    if (seen === undefined) {
      seen = lower.includes(k);
      keywordSeen.set(k, seen);
    }
    return seen;
  };
  const specs = allRules(options);
  const active: CompiledRule[] = [];
  specs.forEach((spec, i) => {
    if (options.rules?.[spec.id] === "off") return;
    if (spec.keywords.length > 0 && !spec.keywords.some(hasKeyword)) return;
    active.push(compile(spec, i));
  });

  const hits: RawHit[] = [];
  const contextRules: CompiledRule[] = [];
  let genericActive = false;
  for (const rule of active) {
    if (GENERIC_RULE_IDS.has(rule.spec.id)) genericActive = !file.generated;
    else if (rule.whole) contextRules.push(rule);
    else if (rule.search) collectTokenHits(text, rule, hits);
  }

  if (contextRules.length > 0 || genericActive) {
    const password = active.find((r) => r.spec.id === "hardcoded-password");
    const generic = active.find((r) => r.spec.id === "generic-secret");
    for (const candidate of extractCandidates(text)) {
      if (candidate.value.length === 0) continue;
      for (const rule of contextRules) {
        if (rule.spec.context?.name.test(candidate.name) && rule.whole?.test(candidate.value)) {
          hits.push({ rule, start: candidate.valueStart, end: candidate.valueEnd, checked: candidate.value, candidate, kind: "context" });
        }
      }
      if (!genericActive) continue;
      const kind = classifyName(candidate.name);
      const rule = kind === "password" ? password : kind === "secret" ? generic : undefined;
      if (kind && rule && isGenericSecretValue(kind, candidate, file)) {
        hits.push({ rule, start: candidate.valueStart, end: candidate.valueEnd, checked: candidate.value, candidate, kind: "generic" });
      }
    }
  }

  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  for (const hit of resolveOverlaps(hits)) {
    const finding = toFinding(text, hit, options, file, lines);
    if (finding) findings.push(finding);
  }
  return { findings };
}

function collectTokenHits(text: string, rule: CompiledRule, hits: RawHit[]): void {
  const re = rule.search;
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const secretGroup = m.groups?.secret;
    if (secretGroup !== undefined) {
      start = m.index + m[0].indexOf(secretGroup);
      end = start + secretGroup.length;
    }
    hits.push({ rule, start, end, checked: m.groups?.check ?? text.slice(start, end), kind: "token" });
    if (m[0].length === 0) re.lastIndex++;
  }
}

const KIND_RANK = { token: 0, context: 1, generic: 2 } as const;

/** Keeps one hit per overlapping span: distinctive tokens beat context rules beat generic ones. */
function resolveOverlaps(hits: RawHit[]): RawHit[] {
  const ranked = [...hits].sort(
    (a, b) =>
      KIND_RANK[a.kind ?? "token"] - KIND_RANK[b.kind ?? "token"] ||
      a.rule.priority - b.rule.priority ||
      b.end - b.start - (a.end - a.start),
  );
  const kept: RawHit[] = [];
  for (const hit of ranked) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const TOKEN_PLACEHOLDER = /x{5,}|X{5,}|0{10,}|\*{3,}|\.{3}|…|<|>|your|example|placeholder|dummy|redacted|changeme|replace_?me/i;

function toFinding(text: string, hit: RawHit, options: ScanOptions, file: FileContext, lines: LineIndex): Finding | undefined {
  const spec = hit.rule.spec;
  const value = text.slice(hit.start, hit.end);
  const checked = hit.checked;
  if (hit.kind !== "generic") {
    if (isReference(checked) || /\$\{|\{\{|%\(/.test(checked)) return undefined;
    if (hit.kind === "token" ? TOKEN_PLACEHOLDER.test(checked) || /^(.)\1{7,}$/.test(checked) : isPlaceholder(checked)) return undefined;
    if (spec.minEntropy !== undefined && shannonEntropy(checked) < spec.minEntropy) return undefined;
    if (spec.allow?.some((re) => re.test(value))) return undefined;
  }
  if (isAllowlisted(value, options.allowlist)) return undefined;

  let title = spec.title;
  let severity: Severity = spec.severity;
  let confidence: Confidence = hit.kind === "generic" ? "medium" : "high";
  let checksumValid: boolean | undefined;
  let downranked: string | undefined;
  if (spec.validator) {
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
