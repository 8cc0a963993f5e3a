// Text-level edits of .env-style files that keep every existing line, comment and blank line as it was.

/**
 * Ways to write a value in a .env file, simplest first: bare, single quotes, backticks, double quotes (where
 * dotenv turns \n into a line break). The caller keeps the first one its dotenv parser reads back unchanged.
 */
export function envValueQuotings(value: string): string[] {
  const out: string[] = [];
  if (/^[A-Za-z0-9_\-.\/:@+=,%~^]*$/.test(value)) out.push(value);
  if (!/[\r\n]/.test(value)) out.push(`'${value}'`, `\`${value}\``);
  out.push(`"${value.replace(/\r?\n/g, "\\n")}"`, `"${value}"`);
  return out;
}

/** The first quoting of `value` that `readBack` returns unchanged; undefined when none does. */
export function quoteEnvValue(value: string, readBack: (line: string) => string | undefined): string | undefined {
  return envValueQuotings(value).find((q) => readBack(q) === value);
}

/** Appends `NAME=<already quoted value>` (or `NAME=` for examples) as a new last line, keeping everything else. */
export function appendEnvLine(text: string | undefined, name: string, quotedValue: string | undefined): string {
  const base = text ?? "";
  const line = `${name}=${quotedValue ?? ""}`;
  const eol = base.includes("\r\n") ? "\r\n" : "\n";
  const sep = base.length === 0 || base.endsWith("\n") ? "" : eol;
  return base + sep + line + eol;
}

/** Keys defined in a .env-style text (a quick look used for .env.example, which holds no values). */
export function envKeys(text: string | undefined): Set<string> {
  const keys = new Set<string>();
  for (const line of (text ?? "").split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/.exec(line);
    if (m?.[1]) keys.add(m[1]);
  }
  return keys;
}

/** Appends `entry` to a .gitignore text, keeping everything already there. */
export function appendGitignoreLine(text: string | undefined, entry: string): string {
  const base = text ?? "";
  const eol = base.includes("\r\n") ? "\r\n" : "\n";
  const sep = base.length === 0 || base.endsWith("\n") ? "" : eol;
  return base + sep + entry + eol;
}
