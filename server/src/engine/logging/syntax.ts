// The slice of a tree-sitter syntax tree the analysis reads. web-tree-sitter's Node and Tree satisfy it
// structurally, so the engine stays free of the parser runtime (and of node:*).

export interface SyntaxNode {
  readonly id: number;
  readonly type: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly parent: SyntaxNode | null;
  readonly childCount: number;
  readonly namedChildCount: number;
  readonly namedChildren: SyntaxNode[];
  readonly isNamed: boolean;
  child(index: number): SyntaxNode | null;
  namedChild(index: number): SyntaxNode | null;
  childForFieldName(fieldName: string): SyntaxNode | null;
  descendantForIndex(start: number, end?: number): SyntaxNode | null;
  descendantsOfType(types: string[]): SyntaxNode[];
}

export interface SyntaxTree {
  readonly rootNode: SyntaxNode;
}

/** The language families the analysis knows; TypeScript and TSX share JavaScript's rules. */
export type LoggingLanguage = "javascript" | "python" | "go" | "java" | "csharp" | "ruby" | "php" | "rust" | "kotlin";

/** Maps an LSP language id or file extension to a family. */
export function loggingLanguageFor(languageId: string | undefined, path: string): LoggingLanguage | undefined {
  const id = (languageId ?? "").toLowerCase();
  const byId: Record<string, LoggingLanguage> = {
    javascript: "javascript", javascriptreact: "javascript", typescript: "javascript", typescriptreact: "javascript",
    python: "python", go: "go", java: "java", csharp: "csharp", ruby: "ruby", php: "php", rust: "rust", kotlin: "kotlin",
  };
  const fromId = byId[id];
  if (fromId !== undefined) return fromId;
  const extension = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  const byExtension: Record<string, LoggingLanguage> = {
    js: "javascript", mjs: "javascript", cjs: "javascript", jsx: "javascript", ts: "javascript", mts: "javascript",
    cts: "javascript", tsx: "javascript", py: "python", pyw: "python", go: "go", java: "java", cs: "csharp",
    rb: "ruby", rake: "ruby", php: "php", phtml: "php", rs: "rust", kt: "kotlin", kts: "kotlin",
  };
  return byExtension[extension];
}

/** Which grammar parses the text: TypeScript and TSX need their own grammars. */
export type GrammarName = "javascript" | "typescript" | "tsx" | "python" | "go" | "java" | "csharp" | "ruby" | "php" | "rust" | "kotlin";

export function grammarFor(languageId: string | undefined, path: string): GrammarName | undefined {
  const family = loggingLanguageFor(languageId, path);
  if (family !== "javascript") return family;
  const id = (languageId ?? "").toLowerCase();
  const extension = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  if (id === "typescriptreact" || extension === "tsx") return "tsx";
  if (id === "typescript" || extension === "ts" || extension === "mts" || extension === "cts") return "typescript";
  // JSX parses with the JavaScript grammar.
  return "javascript";
}
