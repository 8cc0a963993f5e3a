// Text-level edits of .env-style files that keep every existing line, comment and blank line as it was.

/** Quotes a value so dotenv parsers read it back unchanged. */
export function quoteEnvValue(value: string): string {
  if (/^[A-Za-z0-9_\-.\/:@+=,%~^]*$/.test(value)) return value;
  if (!value.includes("'") && !/[\r\n]/.test(value)) return `'${value}'`;
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}

/** Appends `NAME=value` (or `NAME=` for examples) as a new last line, adding a line break before it if needed. */
export function appendEnvLine(text: string | undefined, name: string, value: string | undefined): string {
  const base = text ?? "";
  const line = value === undefined ? `${name}=` : `${name}=${quoteEnvValue(value)}`;
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
