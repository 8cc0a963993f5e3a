// Text-level edit of a .gitignore that keeps every existing line as it was (.env files are edited by dotenvText.ts).

/** Appends `entry` to a .gitignore text, keeping everything already there. */
export function appendGitignoreLine(text: string | undefined, entry: string): string {
  const base = text ?? "";
  const eol = base.includes("\r\n") ? "\r\n" : "\n";
  const sep = base.length === 0 || base.endsWith("\n") ? "" : eol;
  return base + sep + entry + eol;
}
