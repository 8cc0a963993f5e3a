// Quick fixes for logged credentials, as plain text edits: "Redact in log" replaces the logged value by a
// redaction marker (the key stays for structured fields; a dump keeps only its key names), "Log presence only"
// logs whether the value is set instead of the value. Each result re-analyses clean.
import type { Finding } from "../types.js";
import type { FixContext } from "./analyze.js";
import type { SecretKind } from "./names.js";
import { loggingLanguageFor, type LoggingLanguage } from "./syntax.js";

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A finding from the logging adapter; `logging` carries the fix context (inferred from the text when absent). */
export type LoggingFixTarget = Pick<Finding, "start" | "end"> & {
  logging?: { kind?: SecretKind; fixContext?: FixContext; spanStart?: number; spanEnd?: number; key?: string };
};

export const REDACTION_MARKER = "[REDACTED]";

function quoted(lang: LoggingLanguage): string {
  return lang === "php" ? `'${REDACTION_MARKER}'` : `"${REDACTION_MARKER}"`;
}

function contextOf(target: LoggingFixTarget, text: string, lang: LoggingLanguage): { context: FixContext; spanStart: number; spanEnd: number } {
  const given = target.logging;
  if (given?.fixContext !== undefined) {
    return { context: given.fixContext, spanStart: given.spanStart ?? target.start, spanEnd: given.spanEnd ?? target.end };
  }
  // Inferred from the surrounding characters when the adapter's extra data did not survive.
  const before = text.slice(Math.max(0, target.start - 2), target.start);
  const after = text.slice(target.end, target.end + 1);
  if (lang === "javascript" && before === "${" && after === "}") return { context: "interpolation", spanStart: target.start - 2, spanEnd: target.end + 1 };
  if (lang === "ruby" && before === "#{" && after === "}") return { context: "interpolation", spanStart: target.start - 2, spanEnd: target.end + 1 };
  const argument = text.slice(target.start, target.end);
  if (/^(process\.env|os\.environ|ENV|\$_SERVER|\$_ENV|\$_POST|\$_REQUEST|\$_COOKIE|req\.headers|request\.headers|r\.Header)$/.test(argument)) {
    return { context: "dump", spanStart: target.start, spanEnd: target.end };
  }
  return { context: "argument", spanStart: target.start, spanEnd: target.end };
}

/** "Redact in log": the edits, or undefined when no safe rewrite exists. */
export function redactInLog(target: LoggingFixTarget, text: string, languageId: string | undefined, path = ""): TextEdit[] | undefined {
  const lang = loggingLanguageFor(languageId, path);
  if (lang === undefined) return undefined;
  const { context, spanStart, spanEnd } = contextOf(target, text, lang);
  const expression = text.slice(target.start, target.end);
  switch (context) {
    case "dump":
      return [{ start: target.start, end: target.end, newText: keyNamesOnly(lang, expression) }];
    case "interpolation":
      return [{ start: spanStart, end: spanEnd, newText: REDACTION_MARKER }];
    case "shorthand":
      return [{ start: target.start, end: target.end, newText: `${expression}: ${quoted(lang)}` }];
    case "structured-value":
    case "argument":
      return [{ start: target.start, end: target.end, newText: quoted(lang) }];
  }
}

function keyNamesOnly(lang: LoggingLanguage, expression: string): string {
  switch (lang) {
    case "javascript":
      return `Object.keys(${expression})`;
    case "python":
      return `list(${expression}.keys())`;
    case "ruby":
      return `${expression}.keys`;
    case "php":
      return `array_keys(${expression})`;
    default:
      return `"${REDACTION_MARKER}"`;
  }
}

/** "Log presence only": log whether the value is set. Undefined for dumps and places that cannot hold an expression. */
export function logPresenceOnly(target: LoggingFixTarget, text: string, languageId: string | undefined, path = ""): TextEdit[] | undefined {
  const lang = loggingLanguageFor(languageId, path);
  if (lang === undefined) return undefined;
  const { context } = contextOf(target, text, lang);
  if (context === "dump") return undefined;
  const expression = text.slice(target.start, target.end);
  const before = text.slice(0, target.start).trimEnd();
  const after = text.slice(target.end).trimStart();
  const concatenated = /(\+|(?<![.\w])\.)$/.test(before) || /^(\+|\.(?![\w$]))/.test(after);
  const afterOperator = /[%*\/\-+.]$/.test(before);
  const nilable = target.logging?.kind === "cookie" || target.logging?.kind === "headers" || target.logging?.kind === "body" || target.logging?.kind === "env-dump";
  let presence: string;
  switch (lang) {
    case "javascript":
      presence = `Boolean(${expression})`;
      break;
    case "python":
      presence = concatenated ? `str(${expression} is not None)` : afterOperator ? `(${expression} is not None)` : `${expression} is not None`;
      break;
    case "go": {
      const comparison = `${expression} != ${nilable ? "nil" : '""'}`;
      const importsFmt = /^\s*(import\s+)?"fmt"|\bimport\s*\([^)]*"fmt"/m.test(text);
      if (concatenated) {
        if (!importsFmt) return undefined;
        presence = `fmt.Sprint(${comparison})`;
      } else {
        presence = importsFmt ? `fmt.Sprint(${comparison})` : comparison;
      }
      break;
    }
    case "java":
    case "csharp":
      presence = concatenated || context === "interpolation" || afterOperator ? `(${expression} != null)` : `${expression} != null`;
      break;
    case "ruby":
      presence = concatenated ? `(!${expression}.nil?).to_s` : `!${expression}.nil?`;
      break;
    case "php":
      if (context === "interpolation") return undefined;
      presence = concatenated ? `var_export(${expression} !== null, true)` : `${expression} !== null`;
      break;
    case "rust":
      // String, Option and secrecy wrappers each test presence differently; the type is not visible here.
      return undefined;
    case "kotlin":
      // Inside a string template the expression needs `${…}`, which the span does not include.
      if (context === "interpolation") return undefined;
      presence = concatenated || afterOperator ? `(${expression} != null)` : `${expression} != null`;
      break;
  }
  if (context === "shorthand") return [{ start: target.start, end: target.end, newText: `${expression}: ${presence}` }];
  return [{ start: target.start, end: target.end, newText: presence }];
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}
