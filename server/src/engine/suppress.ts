// Inline suppressions. Hush's own `hush:ignore [rule-id …]` plus the markers teams already use, so switching
// scanners keeps their existing decisions: gitleaks:allow, pragma: allowlist secret (detect-secrets),
// secretlint-disable-line / secretlint-disable-next-line, NOSONAR is deliberately not honoured (too broad).
import type { LineIndex } from "./text";

const SAME_LINE = /hush:ignore\b([^\n]*)|gitleaks:allow|pragma:\s*allowlist\s+secret|secretlint-disable-line|detect-secrets:\s*allow/i;
const NEXT_LINE = /hush:ignore-next-line\b([^\n]*)|pragma:\s*allowlist\s+nextline\s+secret|secretlint-disable-next-line|hush:ignore\b([^\n]*)$/i;

function ruleListAllows(list: string | undefined, ruleId: string): boolean {
  const ids = (list ?? "").match(/[a-z0-9][a-z0-9-]{1,80}/g) ?? [];
  // A bare marker ignores every rule on that line; a list names the rules it ignores.
  const named = ids.filter((id) => id !== "next" && !id.startsWith("line"));
  return named.length === 0 || named.includes(ruleId);
}

/** True when a comment on the finding's line, or a whole-line comment right above it, suppresses it. */
export function isSuppressed(lines: LineIndex, line: number, ruleId: string, commentOnlyLine: (text: string) => boolean): boolean {
  const here = lines.lineText(line);
  const m = SAME_LINE.exec(here);
  if (m && ruleListAllows(m[1], ruleId)) return true;
  if (line === 0) return false;
  const above = lines.lineText(line - 1);
  if (!commentOnlyLine(above)) return false;
  const n = NEXT_LINE.exec(above);
  return !!n && ruleListAllows(n[1] ?? n[2], ruleId);
}

/** A line holding only a comment, in any of the common comment syntaxes. */
export function isCommentOnlyLine(text: string): boolean {
  return /^\s*(?:\/\/|#|--|;|\/\*|\*|<!--|%|'|REM\b|rem\b)/.test(text);
}
