// A secret written as the fallback of an environment lookup: `process.env.JWT_SECRET || "…"`, Python's
// `os.getenv("API_KEY", "…")`, Ruby's `ENV.fetch("TOKEN", "…")`, Laravel's `env('DB_PASSWORD', '…')`, PHP's
// `getenv('X') ?: '…'`, and `${DB_PASSWORD:-…}` / Spring's `${jwt.secret:…}` in shell, compose and config files.
// The code reads the environment, so a name-based rule sees a reference and stays quiet; yet the literal ships
// with the code and is used wherever the variable is unset. The variable's name says what the literal is.
import type { Candidate } from "../candidates";
import type { FileContext } from "../filekind";
import { classifyName, isGenericSecretValue } from "../generic";
import type { StructuredHit } from "./index";
import { wordEnd, wordStart } from "./words";

export const ENV_DEFAULT_KEYWORDS = ["env", "${", "configuration"];

/** Lookups that start at the word holding "env" (`process.env…`, `os.getenv(`, `environ.get(`, `ENV.fetch(`, `env(`). */
const LOOKUPS: RegExp[] = [
  // The fallback may sit on the next line (`process.env.JWT_SECRET\n  ?? "…"`).
  /env(?:\.(?<name>[A-Za-z_]\w{0,80})|\[[ \t]{0,4}(["'])(?<quotedName>[A-Za-z_]\w{0,80})\2[ \t]{0,4}\])\s{0,40}(?:\|\||\?\?)[ \t]{0,4}(["'`])(?<value>[^"'`\s]{1,300})\4/dy,
  // A ternary over the variable: `process.env.DB_PASSWORD\n  ? process.env.DB_PASSWORD\n  : '…'`.
  /env\.(?<name>[A-Za-z_]\w{0,80})\s{0,40}\?(?![?.])[^:;?]{0,160}?:[ \t]{0,4}(?<q>["'`])(?<value>[^"'`\s]{1,300})\k<q>/dy,
  // Swift `Environment.get("X") ?? "…"`, .NET `Environment.GetEnvironmentVariable("X") ?? "…"` and
  // `Configuration["Jwt:Key"] ?? "…"`, Kotlin `System.getenv("X") ?: "…"`, Dart `Platform.environment['X'] ?? '…'`.
  /(?:Environment\.get|Environment\.GetEnvironmentVariable|System\.getenv|getenv|environment|Configuration|configuration)(?:\([ \t]{0,4}(?<q1>["'])(?<name>[A-Za-z_][\w.:]{0,80})\k<q1>[ \t]{0,4}\)|\[[ \t]{0,4}(?<q2>["'])(?<quotedName>[A-Za-z_][\w.:]{0,80})\k<q2>[ \t]{0,4}\])\s{0,40}(?:\?\?|\?:|\|\|)[ \t]{0,4}(?<q3>["'])(?<value>[^"'\s]{1,300})\k<q3>/dy,
  /(?:getenv|environ\.get|env\.get|ENV\.fetch|env)\([ \t]{0,4}(["'])(?<name>[A-Za-z_][\w.]{0,80})\1[ \t]{0,4},[ \t]{0,4}(["'])(?<value>[^"'\s]{1,300})\3[ \t]{0,4}\)/dy,
  /(?:getenv\([ \t]{0,4}(["'])(?<name>[A-Za-z_]\w{0,80})\1[ \t]{0,4}\)[ \t]{0,4}\?:|ENV\[[ \t]{0,4}(["'])(?<rubyName>[A-Za-z_]\w{0,80})\3[ \t]{0,4}\][ \t]{0,4}\|\|)[ \t]{0,4}(["'])(?<value>[^"'\s]{1,300})\5/dy,
];
/**
 * `${NAME:-default}`, `${NAME:=default}`, `${NAME-default}`, `${NAME:default}` (shell, compose, Spring). Not the
 * shell's `${NAME:?message}` (fail when unset) nor `${NAME:+alternate}`.
 */
const PLACEHOLDER_DEFAULT = /\$\{(?<name>[A-Za-z_][\w.-]{0,80})(?::-|:=|-|=|:)(?<value>[^?+}\s"'$](?:[^}\s"'$]|\$(?!\{)){0,299})\}/dy;


export function envDefaultSecrets(text: string, envAt: readonly number[], templateAt: readonly number[], file: FileContext, hits: StructuredHit[]): void {
  const report = (match: RegExpExecArray, name: string | undefined): void => {
    const span = match.indices?.groups?.value;
    if (!span || name === undefined) return;
    const kind = classifyName(name);
    if (!kind) return;
    const value = text.slice(span[0], span[1]);
    // The fallback is a literal by construction: judged like a quoted value under the variable's name.
    const candidate: Candidate = { name, value, valueStart: span[0], valueEnd: span[1], literalStart: span[0], literalEnd: span[1], quote: '"', operator: "=" };
    if (!isGenericSecretValue(kind, candidate, file)) return;
    hits.push({ ruleId: kind === "password" ? "hardcoded-password" : "generic-secret", start: span[0], end: span[1], title: `Hardcoded fallback for ${name}`, name });
  };
  const starts = new Set<number>();
  for (const at of envAt) {
    // Every lookup continues the word with "." "[" or "(" (`env.X`, `ENV[`, `getenv(`, `environ.get(`).
    const next = text[wordEnd(text, at)];
    if (next === "." || next === "[" || next === "(") starts.add(wordStart(text, at));
  }
  for (const start of starts) {
    if (/[\w$]/.test(text[start - 1] ?? "") && text[start - 1] !== ".") continue;
    for (const re of LOOKUPS) {
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) continue;
      report(m, m.groups?.name ?? m.groups?.quotedName ?? m.groups?.rubyName);
      break;
    }
  }
  for (const at of templateAt) {
    PLACEHOLDER_DEFAULT.lastIndex = at;
    const m = PLACEHOLDER_DEFAULT.exec(text);
    if (m) report(m, m.groups?.name);
  }
}
