// Pure .env text editing: no vscode, no fs. The `dotenv` package decides what every value is; this module only
// finds where each entry lives so an edit can replace exactly that entry and keep every other byte (comments,
// blank lines, order, quoting, `export` prefixes, line endings) as it was. The one .env writer of the product: the
// server's "Move to .env" and the extension's secrets view (the .env store, references to remote stores) use it.

import { parse as parseWithDotenv } from "dotenv";

/** dotenv's key syntax; anything else in the key position makes the line malformed. */
export const DOTENV_KEY = /^[\w.-]+$/;

export interface DotenvEntry {
  key: string;
  value: string;
  /** 1-based line of the entry's first line. */
  line: number;
  /** 1-based last line (quoted values may span lines). */
  endLine: number;
}

/** A line dotenv would ignore or misread. Carries a line number and a reason, never the line's text. */
export interface DotenvProblem {
  line: number;
  reason: string;
}

export interface ParsedDotenv {
  /** Entries in file order; a key defined twice appears twice (dotenv uses the last one). */
  entries: DotenvEntry[];
  problems: DotenvProblem[];
  /** The effective value of each key, exactly as `dotenv.parse` returns it. */
  values: Map<string, string>;
}

interface EntrySpan extends DotenvEntry {
  /** Indent and `export ` before the key, kept on edit. */
  prefix: string;
  /** `=`, ` = `, `: ` exactly as written. */
  separator: string;
  /** ` # comment` after the value on the entry's last line, kept on edit. */
  trailing: string;
}

const ENTRY_START = /^(\s*(?:export\s+)?)([^\s=:#]+)(\s*=[ \t]*|:[ \t]+)(.*)$/;
const QUOTES = new Set(["'", '"', "`"]);
const LINE_REST_ALLOWED = /^\s*(#.*)?$/;

function splitLines(text: string): { lines: string[]; eol: string } {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  return { lines, eol };
}

/**
 * Where a quoted value ends: dotenv's pattern is greedy but cannot cross an unescaped quote, and the closing quote
 * must be followed by nothing but blanks and an optional comment on its line.
 */
function findClosingQuote(lines: string[], startLine: number, openIndex: number, quote: string): { line: number; index: number } | undefined {
  let best: { line: number; index: number } | undefined;
  for (let lineNo = startLine; lineNo < lines.length; lineNo++) {
    const text = lines[lineNo] ?? "";
    for (let index = lineNo === startLine ? openIndex + 1 : 0; index < text.length; index++) {
      if (text[index] !== quote) continue;
      const escaped = index > 0 && text[index - 1] === "\\";
      if (LINE_REST_ALLOWED.test(text.slice(index + 1))) best = { line: lineNo, index };
      if (!escaped) return best;
    }
  }
  return best;
}

function scan(text: string): { spans: EntrySpan[]; problems: DotenvProblem[]; lines: string[]; eol: string } {
  const { lines, eol } = splitLines(text);
  const spans: EntrySpan[] = [];
  const problems: DotenvProblem[] = [];
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? "";
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const match = ENTRY_START.exec(text);
    if (!match) {
      problems.push({ line: index + 1, reason: "not a KEY=value line" });
      continue;
    }
    const [, prefix = "", key = "", separator = "", rest = ""] = match;
    if (!DOTENV_KEY.test(key)) {
      problems.push({ line: index + 1, reason: "the key may only hold letters, digits, _ . and -" });
      continue;
    }
    const valueStart = text.length - rest.length;
    const leading = /^\s*/.exec(rest)?.[0] ?? "";
    const first = rest[leading.length];
    let endLine = index;
    let trailing = "";
    if (first !== undefined && QUOTES.has(first)) {
      const close = findClosingQuote(lines, index, valueStart + leading.length, first);
      if (!close) {
        problems.push({ line: index + 1, reason: `unterminated ${first} quote` });
        continue;
      }
      endLine = close.line;
      trailing = (lines[close.line] ?? "").slice(close.index + 1);
    } else {
      const hash = rest.indexOf("#");
      if (hash >= 0) {
        // Keep the blanks before the comment with the comment.
        const before = rest.slice(0, hash);
        const valueLength = before.trimEnd().length;
        trailing = rest.slice(valueLength);
      }
    }
    const spanText = lines.slice(index, endLine + 1).join("\n");
    const parsed = parseWithDotenv(spanText);
    const value = parsed[key];
    if (value === undefined) {
      problems.push({ line: index + 1, reason: "dotenv cannot read this entry" });
      index = endLine;
      continue;
    }
    spans.push({ key, value, line: index + 1, endLine: endLine + 1, prefix, separator, trailing });
    index = endLine;
  }
  return { spans, problems, lines, eol };
}

export function parseDotenvText(text: string): ParsedDotenv {
  const { spans, problems } = scan(text);
  const values = new Map<string, string>();
  for (const span of spans) values.set(span.key, span.value);
  return { entries: spans.map(({ key, value, line, endLine }) => ({ key, value, line, endLine })), problems, values };
}

function roundTrips(serialized: string, value: string): boolean {
  if (serialized.includes("\n") && !/^["`]/.test(serialized)) return false;
  return parseWithDotenv(`K=${serialized}`)["K"] === value;
}

/**
 * The text after `KEY=` that dotenv reads back as exactly `value`: bare when safe, then single quotes, double quotes,
 * backticks, double quotes with \n escapes. Throws when no quoting style can carry the value losslessly.
 */
export function serializeDotenvValue(value: string): string {
  const candidates: string[] = [];
  // Bare only for characters no .env reader (dotenv, shells, docker compose) treats specially.
  if (/^[A-Za-z0-9_\-.\/+=:@%,~^]*$/.test(value)) candidates.push(value);
  // Line breaks as \n escapes keep the entry on one line, which every reader handles.
  if (/[\r\n]/.test(value)) candidates.push(`"${value.replace(/\r/g, "\\r").replace(/\n/g, "\\n")}"`);
  // A quote style is used only when the value does not contain that quote (dotenv would accept some such lines by
  // accident of its pattern, but other .env readers would not).
  if (!value.includes("'")) candidates.push(`'${value}'`);
  if (!value.includes('"')) candidates.push(`"${value}"`);
  if (!value.includes("`")) candidates.push(`\`${value}\``);
  for (const candidate of candidates) {
    if (roundTrips(candidate, value)) return candidate;
  }
  throw new DotenvValueError("this value cannot be written to a .env file without changing it (it mixes quote characters with line breaks or trailing backslashes)");
}

/** A value or key a .env file cannot hold; the message never contains the value. */
export class DotenvValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DotenvValueError";
  }
}

function assertKey(key: string): void {
  if (!DOTENV_KEY.test(key)) throw new DotenvValueError(`"${key.slice(0, 64)}" is not a valid .env key (letters, digits, _ . - only)`);
}

function joinLines(lines: string[], eol: string): string {
  return lines.join(eol);
}

/** Rebuilds the text with `replace` applied to the line ranges of some spans, then checks nothing else changed. */
function rewrite(text: string, edits: { span: EntrySpan; replacement: string[] | undefined }[]): string {
  const { lines, eol } = splitLines(text);
  const sorted = [...edits].sort((a, b) => b.span.line - a.span.line);
  for (const { span, replacement } of sorted) {
    lines.splice(span.line - 1, span.endLine - span.line + 1, ...(replacement ?? []));
  }
  return joinLines(lines, eol);
}

function entryLines(prefix: string, key: string, separator: string, value: string, trailing: string): string[] {
  return `${prefix}${key}${separator}${serializeDotenvValue(value)}${trailing}`.split("\n");
}

/** Every other key keeps its value and every problem line stays; otherwise the edit is refused. */
function verify(before: ParsedDotenv, after: ParsedDotenv, expected: Map<string, string | undefined>): void {
  for (const [key, value] of before.values) {
    if (expected.has(key)) continue;
    if (after.values.get(key) !== value) throw new DotenvValueError(`the edit would change ${key}; nothing was written`);
  }
  for (const [key, value] of expected) {
    if (after.values.get(key) !== value) throw new DotenvValueError(`the edit did not read back as intended for ${key}; nothing was written`);
  }
  if (after.problems.length !== before.problems.length) throw new DotenvValueError("the edit would change how other lines parse; nothing was written");
}

/**
 * Sets `key` to `value`: rewrites the effective (last) definition in place, keeping its `export`, separator and
 * trailing comment, or appends `KEY=value` at the end. Other lines stay byte for byte.
 */
export function setDotenvValue(text: string, key: string, value: string): string {
  assertKey(key);
  const { spans, eol } = scan(text);
  const before = parseDotenvText(text);
  const existing = [...spans].reverse().find((span) => span.key === key);
  let result: string;
  if (existing) {
    result = rewrite(text, [{ span: existing, replacement: entryLines(existing.prefix, key, existing.separator, value, existing.trailing) }]);
  } else {
    const addition = entryLines("", key, "=", value, "").join(eol);
    if (text === "") result = addition + eol;
    else if (/\r?\n$/.test(text)) result = text + addition + eol;
    else result = text + eol + addition + eol;
  }
  verify(before, parseDotenvText(result), new Map([[key, value]]));
  return result;
}

/** Removes every definition of `key` (with its continuation lines); comments and blank lines stay. */
export function deleteDotenvKey(text: string, key: string): string {
  const { spans } = scan(text);
  const before = parseDotenvText(text);
  const targets = spans.filter((span) => span.key === key);
  if (targets.length === 0) return text;
  const result = rewrite(text, targets.map((span) => ({ span, replacement: undefined })));
  verify(before, parseDotenvText(result), new Map([[key, undefined]]));
  return result;
}

/** Renames every definition of `from` in place; refuses when `to` already exists. */
export function renameDotenvKey(text: string, from: string, to: string): string {
  assertKey(to);
  const { spans } = scan(text);
  const before = parseDotenvText(text);
  if (before.values.has(to)) throw new DotenvValueError(`${to} already exists`);
  const targets = spans.filter((span) => span.key === from);
  if (targets.length === 0) return text;
  const { lines } = splitLines(text);
  const edits = targets.map((span) => {
    const original = lines.slice(span.line - 1, span.endLine);
    const firstLine = original[0] ?? "";
    original[0] = span.prefix + to + firstLine.slice(span.prefix.length + from.length);
    return { span, replacement: original };
  });
  const result = rewrite(text, edits);
  const expected = new Map<string, string | undefined>([
    [from, undefined],
    [to, before.values.get(from)],
  ]);
  verify(before, parseDotenvText(result), expected);
  return result;
}
