// "Ignore this finding": an inline `hush:ignore <rule-id>` comment in the file's own comment syntax, on the same
// line where the syntax allows a trailing comment, else on a line of its own above.
import type { OffsetEdit } from "./idioms";
import type { LineIndex } from "../text";

interface CommentStyle {
  open: string;
  close?: string;
  /** Trailing comments would change the value (.env, INI, .properties) or are not allowed. */
  lineAboveOnly?: boolean;
}

const HASH: CommentStyle = { open: "#" };
const SLASH: CommentStyle = { open: "//" };
const STYLES: Record<string, CommentStyle | undefined> = {
  js: SLASH, mjs: SLASH, cjs: SLASH, jsx: SLASH, ts: SLASH, tsx: SLASH, mts: SLASH, cts: SLASH, go: SLASH, java: SLASH,
  kt: SLASH, kts: SLASH, scala: SLASH, groovy: SLASH, gradle: SLASH, cs: SLASH, rs: SLASH, swift: SLASH, c: SLASH,
  h: SLASH, cc: SLASH, cpp: SLASH, hpp: SLASH, dart: SLASH, php: SLASH, jsonc: SLASH, json5: SLASH, tf: HASH, hcl: HASH,
  py: HASH, rb: HASH, sh: HASH, bash: HASH, zsh: HASH, yml: HASH, yaml: HASH, toml: HASH, r: HASH, pl: HASH, ps1: HASH,
  env: { open: "#", lineAboveOnly: true }, properties: { open: "#", lineAboveOnly: true },
  ini: { open: ";", lineAboveOnly: true }, cfg: { open: "#", lineAboveOnly: true }, conf: { open: "#", lineAboveOnly: true },
  sql: { open: "--" }, lua: { open: "--" }, hs: { open: "--" },
  xml: { open: "<!--", close: "-->" }, html: { open: "<!--", close: "-->" }, md: { open: "<!--", close: "-->", lineAboveOnly: true },
  csproj: { open: "<!--", close: "-->" }, config: { open: "<!--", close: "-->" }, vue: SLASH, svelte: SLASH,
  txt: { open: "#", lineAboveOnly: true }, dockerfile: { open: "#", lineAboveOnly: true },
};

export function commentStyleFor(path: string): CommentStyle | undefined {
  const base = (path.split("/").pop() ?? "").toLowerCase();
  if (base === ".env" || base.startsWith(".env.") || base.endsWith(".env")) return STYLES.env;
  if (base.startsWith("dockerfile")) return STYLES.dockerfile;
  if (base === ".npmrc" || base === ".pypirc" || base === ".netrc" || base === ".gitconfig") return { open: "#", lineAboveOnly: true };
  const ext = /\.([a-z0-9]+)$/.exec(base)?.[1] ?? "";
  return STYLES[ext];
}

/** The edit, or undefined where the format has no comments (JSON): use the baseline instead. */
export function ignoreCommentEdit(text: string, lines: LineIndex, line: number, path: string, ruleId: string): OffsetEdit | undefined {
  const style = commentStyleFor(path);
  if (!style) return undefined;
  const comment = `${style.open} hush:ignore ${ruleId}${style.close ? " " + style.close : ""}`;
  const lineText = lines.lineText(line);
  const multiLineFinding = /-----BEGIN/.test(lineText) && !/-----END/.test(lineText);
  if (!style.lineAboveOnly && !multiLineFinding) {
    const end = lines.lineEnd(line);
    return { start: end, end, newText: ` ${comment}` };
  }
  const start = lines.lineStart(line);
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? "";
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return { start, end: start, newText: `${indent}${comment}${eol}` };
}
