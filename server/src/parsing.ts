// Loads web-tree-sitter and the grammar .wasm files from disk (dist/wasm when bundled, node_modules when
// running from source under tsx) and keeps one syntax tree per open document. A new version of a document is
// parsed incrementally from the previous tree: the edit is the changed middle between common prefix and suffix.
import fs from "node:fs";
import path from "node:path";
import type { Tree } from "web-tree-sitter";

// Loaded through require so that esbuild's CommonJS bundle picks the package's CommonJS build: its ESM build
// reads import.meta.url, which is empty in a CommonJS bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Edit, Language, Parser } = require("web-tree-sitter") as typeof import("web-tree-sitter");
type Language = import("web-tree-sitter").Language;
type Parser = import("web-tree-sitter").Parser;
type Edit = import("web-tree-sitter").Edit;
import type { GrammarName } from "./engine/logging/syntax.js";

const GRAMMAR_FILES: Record<GrammarName, { packageName: string; file: string }> = {
  javascript: { packageName: "tree-sitter-javascript", file: "tree-sitter-javascript.wasm" },
  typescript: { packageName: "tree-sitter-typescript", file: "tree-sitter-typescript.wasm" },
  tsx: { packageName: "tree-sitter-typescript", file: "tree-sitter-tsx.wasm" },
  python: { packageName: "tree-sitter-python", file: "tree-sitter-python.wasm" },
  go: { packageName: "tree-sitter-go", file: "tree-sitter-go.wasm" },
  java: { packageName: "tree-sitter-java", file: "tree-sitter-java.wasm" },
  csharp: { packageName: "tree-sitter-c-sharp", file: "tree-sitter-c_sharp.wasm" },
  ruby: { packageName: "tree-sitter-ruby", file: "tree-sitter-ruby.wasm" },
  php: { packageName: "tree-sitter-php", file: "tree-sitter-php.wasm" },
  rust: { packageName: "tree-sitter-rust", file: "tree-sitter-rust.wasm" },
  kotlin: { packageName: "@tree-sitter-grammars/tree-sitter-kotlin", file: "tree-sitter-kotlin.wasm" },
};
const RUNTIME_WASM = { packageName: "web-tree-sitter", file: "web-tree-sitter.wasm" };

/** Every .wasm file the bundle must ship, for the build's copy step. */
export const WASM_FILES = [RUNTIME_WASM, ...Object.values(GRAMMAR_FILES)];

/** Files above this size are not parsed (minified bundles): the secret rules still scan them. */
export const MAX_PARSE_CHARS = 1_500_000;
const PARSE_BUDGET_MS = 8_000;
const MAX_CACHED_DOCUMENTS = 64;

function baseDirectory(): string {
  return typeof __dirname === "string" ? __dirname : process.cwd();
}

/** dist/wasm/<file> next to the bundle, else node_modules/<package>/<file> found by walking up. */
export function locateWasm(entry: { packageName: string; file: string }, from = baseDirectory()): string | undefined {
  const bundled = path.join(from, "wasm", entry.file);
  if (fs.existsSync(bundled)) return bundled;
  for (let directory = from; ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, "node_modules", entry.packageName, entry.file);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(directory) === directory) return undefined;
  }
}

let runtimeReady: Promise<void> | undefined;
const languages = new Map<GrammarName, Promise<Language | undefined>>();
const failures = new Set<string>();

function initRuntime(): Promise<void> {
  runtimeReady ??= Parser.init({
    locateFile: (name: string) => locateWasm(RUNTIME_WASM) ?? name,
  });
  return runtimeReady;
}

async function loadLanguage(grammar: GrammarName): Promise<Language | undefined> {
  let pending = languages.get(grammar);
  if (pending === undefined) {
    pending = (async () => {
      await initRuntime();
      const file = locateWasm(GRAMMAR_FILES[grammar]);
      if (file === undefined) throw new Error(`grammar file ${GRAMMAR_FILES[grammar].file} not found`);
      return Language.load(new Uint8Array(fs.readFileSync(file)));
    })().catch((error: unknown) => {
      failures.add(`${grammar}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    languages.set(grammar, pending);
  }
  return pending;
}

/** Why parsing is unavailable, if it is (for a one-time message in the output channel). */
export function parsingFailures(): string[] {
  return [...failures];
}

interface CachedDocument {
  grammar: GrammarName;
  version: number | undefined;
  text: string;
  tree: Tree;
}

const documents = new Map<string, CachedDocument>();
const parsers = new Map<GrammarName, Parser>();

export interface ParseResult {
  tree: Tree;
  /** Milliseconds spent in the parser (0 when the cached tree was reused). */
  parseMs: number;
  incremental: boolean;
}

/**
 * The syntax tree of `text`, reusing the cached tree when `key` (a URI or path) was parsed before: the same
 * version returns the cached tree; a new version re-parses incrementally. Undefined when the grammar cannot load,
 * the text is too large, or parsing exceeds its time budget. The returned tree belongs to the cache: do not delete it.
 */
export async function parseDocument(key: string, text: string, grammar: GrammarName, version?: number): Promise<ParseResult | undefined> {
  if (text.length > MAX_PARSE_CHARS) return undefined;
  const language = await loadLanguage(grammar);
  if (language === undefined) return undefined;
  const cached = documents.get(key);
  if (cached !== undefined && cached.grammar === grammar && cached.text === text && (version === undefined || cached.version === version)) {
    touch(key, cached);
    return { tree: cached.tree, parseMs: 0, incremental: false };
  }
  let parser = parsers.get(grammar);
  if (parser === undefined) {
    parser = new Parser();
    parser.setLanguage(language);
    parsers.set(grammar, parser);
  }
  const started = performance.now();
  let oldTree: Tree | null = null;
  if (cached !== undefined && cached.grammar === grammar) {
    oldTree = cached.tree;
    oldTree.edit(editBetween(cached.text, text));
  }
  const deadline = started + PARSE_BUDGET_MS;
  let tree: Tree | null = null;
  try {
    tree = parser.parse(text, oldTree, { progressCallback: () => performance.now() > deadline });
  } catch (error) {
    failures.add(`${grammar}: ${error instanceof Error ? error.message : String(error)}`);
    tree = null;
  }
  parser.reset();
  if (cached !== undefined) {
    cached.tree.delete();
    documents.delete(key);
  }
  if (tree === null) return undefined;
  const entry: CachedDocument = { grammar, version, text, tree };
  touch(key, entry);
  return { tree, parseMs: performance.now() - started, incremental: oldTree !== null };
}

function touch(key: string, entry: CachedDocument): void {
  documents.delete(key);
  documents.set(key, entry);
  while (documents.size > MAX_CACHED_DOCUMENTS) {
    const oldest = documents.keys().next().value;
    if (oldest === undefined) break;
    documents.get(oldest)?.tree.delete();
    documents.delete(oldest);
  }
}

/** Drops a document's tree (on close). */
export function forgetDocument(key: string): void {
  documents.get(key)?.tree.delete();
  documents.delete(key);
}

/** The single edit turning `before` into `after`: common prefix and suffix kept, the middle replaced. */
export function editBetween(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  return new Edit({
    startIndex: prefix,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: pointAt(before, prefix),
    oldEndPosition: pointAt(before, oldEnd),
    newEndPosition: pointAt(after, newEnd),
  });
}

function pointAt(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    row++;
    lineStart = index + 1;
  }
  return { row, column: offset - lineStart };
}
