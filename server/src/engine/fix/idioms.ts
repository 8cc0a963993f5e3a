// How each language reads an environment variable at run time, and the edits that replace a hardcoded secret
// with that read (plus the import it needs). Pure text in, offset edits out.

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export type LanguageFamily =
  | "js" | "python" | "go" | "java" | "kotlin" | "scala" | "csharp" | "ruby" | "php" | "rust" | "swift" | "c" | "dart"
  | "lua" | "perl" | "powershell" | "shell" | "yaml" | "properties" | "dockerfile" | "other";

const BY_LANGUAGE_ID: Record<string, LanguageFamily> = {
  javascript: "js", javascriptreact: "js", typescript: "js", typescriptreact: "js", vue: "js", svelte: "js",
  python: "python", go: "go", java: "java", groovy: "java", kotlin: "kotlin", scala: "scala", csharp: "csharp",
  ruby: "ruby", php: "php", rust: "rust", swift: "swift", c: "c", cpp: "c", "objective-c": "c", dart: "dart",
  lua: "lua", perl: "perl", powershell: "powershell", shellscript: "shell", bash: "shell", sh: "shell", zsh: "shell",
  yaml: "yaml", dockercompose: "yaml", "yaml-compose": "yaml", properties: "properties", "java-properties": "properties",
  dockerfile: "dockerfile",
};
const BY_EXTENSION: Record<string, LanguageFamily> = {
  js: "js", mjs: "js", cjs: "js", jsx: "js", ts: "js", mts: "js", cts: "js", tsx: "js", vue: "js", svelte: "js",
  py: "python", go: "go", java: "java", groovy: "java", gradle: "java", kt: "kotlin", kts: "kotlin", scala: "scala",
  cs: "csharp", rb: "ruby", php: "php", rs: "rust", swift: "swift", c: "c", h: "c", cc: "c", cpp: "c", hpp: "c",
  dart: "dart", lua: "lua", pl: "perl", pm: "perl", ps1: "powershell", sh: "shell", bash: "shell", zsh: "shell",
  yml: "yaml", yaml: "yaml", properties: "properties",
};

export function languageFamily(languageId: string | undefined, path: string): LanguageFamily {
  if (languageId && BY_LANGUAGE_ID[languageId]) return BY_LANGUAGE_ID[languageId] as LanguageFamily;
  const base = path.split("/").pop() ?? "";
  if (/^Dockerfile/i.test(base) || /\.dockerfile$/i.test(base)) return "dockerfile";
  const ext = /\.([A-Za-z0-9]+)$/.exec(base)?.[1]?.toLowerCase() ?? "";
  return BY_EXTENSION[ext] ?? "other";
}

/** The expression reading NAME, for a whole-literal replacement. */
export function envReadExpression(family: LanguageFamily, name: string, context: { inFunctionReturningResult?: boolean } = {}): string | undefined {
  switch (family) {
    case "js": return `process.env.${name}`;
    case "python": return `os.environ["${name}"]`;
    case "go": return `os.Getenv("${name}")`;
    case "java": case "kotlin": return `System.getenv("${name}")`;
    case "scala": return `sys.env("${name}")`;
    case "csharp": return `Environment.GetEnvironmentVariable("${name}")`;
    case "ruby": return `ENV.fetch("${name}")`;
    case "php": return `getenv('${name}')`;
    case "rust":
      return context.inFunctionReturningResult
        ? `std::env::var("${name}")?`
        : `std::env::var("${name}").expect("${name} must be set")`;
    case "swift": return `ProcessInfo.processInfo.environment["${name}"]`;
    case "c": return `getenv("${name}")`;
    case "dart": return `Platform.environment['${name}']`;
    case "lua": return `os.getenv("${name}")`;
    case "perl": return `$ENV{${name}}`;
    case "powershell": return `$env:${name}`;
    case "shell": return `"$${name}"`;
    case "yaml": case "properties": return `\${${name}}`;
    default: return undefined;
  }
}

interface Target {
  /** The secret's offsets. */
  start: number;
  end: number;
  /** The literal's offsets, quotes included, when the secret is the whole literal. */
  literalStart?: number;
  literalEnd?: number;
  quote?: string;
}

/**
 * Edits that replace the secret with a run-time read of NAME, or undefined when the language has no idiom
 * (JSON, XML…): then the fix is not offered rather than producing broken code.
 */
export function moveToEnvEdits(text: string, family: LanguageFamily, target: Target, name: string): OffsetEdit[] | undefined {
  const edits: OffsetEdit[] = [];
  const rustResult = family === "rust" && enclosingFnReturnsResult(text, target.start);
  const expr = envReadExpression(family, name, { inFunctionReturningResult: rustResult });
  if (!expr) return undefined;
  const wholeLiteral = target.literalStart !== undefined && target.literalEnd !== undefined &&
    (target.literalEnd - target.literalStart === target.end - target.start + (target.quote ? 2 : 0)) &&
    // A bare match may still sit inside a longer string ("Bearer <token>").
    !(target.quote === "" && enclosingString(text, target.start, target.end));

  if (wholeLiteral) {
    const ls = target.literalStart as number;
    const le = target.literalEnd as number;
    if (family === "yaml" || family === "properties") {
      // Keep YAML quoting: `key: "${NAME}"` reads the same as `key: ${NAME}` and survives `${` edge cases.
      edits.push({ start: target.start, end: target.end, newText: `\${${name}}` });
    } else if (family === "shell") {
      edits.push({ start: ls, end: le, newText: `"$${name}"` });
    } else {
      edits.push({ start: ls, end: le, newText: expr });
    }
  } else {
    const inner = partialReplacement(text, family, target, name, expr);
    if (!inner) return undefined;
    edits.push(...inner);
  }
  const imp = importEdit(text, family);
  if (imp) edits.push(imp);
  return edits;
}

/** The secret is part of a longer string: interpolate or concatenate in the language's idiom. */
function partialReplacement(text: string, family: LanguageFamily, target: Target, name: string, expr: string): OffsetEdit[] | undefined {
  if (family === "yaml" || family === "properties") return [{ start: target.start, end: target.end, newText: `\${${name}}` }];
  const str = enclosingString(text, target.start, target.end);
  if (!str) {
    if (family === "shell") return [{ start: target.start, end: target.end, newText: `\${${name}}` }];
    return undefined;
  }
  const before = text.slice(str.start + 1, target.start);
  const after = text.slice(target.end, str.end - 1);
  const q = str.quote;
  switch (family) {
    case "js": {
      if (q === "`") return [{ start: target.start, end: target.end, newText: `\${${expr}}` }];
      const esc = (s: string) => s.replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
      return [{ start: str.start, end: str.end, newText: "`" + esc(before) + "${" + expr + "}" + esc(after) + "`" }];
    }
    case "python": {
      const prefix = text.slice(Math.max(0, str.start - 2), str.start);
      if (/[bB]$/.test(prefix)) return undefined;
      const isF = /[fF][rR]?$|[rR][fF]$/.test(prefix);
      const inner = `os.environ[${q === '"' ? "'" : '"'}${name}${q === '"' ? "'" : '"'}]`;
      const esc = (s: string) => (isF ? s : s.replace(/\{/g, "{{").replace(/\}/g, "}}"));
      return [{ start: str.start, end: str.end, newText: (isF ? "" : "f") + q + esc(before) + "{" + inner + "}" + esc(after) + q }];
    }
    case "shell":
      if (q === "'") return [{ start: target.start, end: target.end, newText: `'"$${name}"'` }];
      return [{ start: target.start, end: target.end, newText: `\${${name}}` }];
    case "ruby":
      if (q === '"') return [{ start: target.start, end: target.end, newText: `#{${expr}}` }];
      break;
    case "rust": case "other": case "dockerfile": case "powershell": case "perl":
      return undefined;
    default:
      break;
  }
  const plus = family === "php" ? " . " : family === "lua" ? " .. " : " + ";
  const parts = [before ? q + before + q : "", expr, after ? q + after + q : ""].filter(Boolean);
  return [{ start: str.start, end: str.end, newText: parts.join(plus) }];
}

/** The string literal on the same line that encloses [start, end), if any. */
export function enclosingString(text: string, start: number, end: number): { start: number; end: number; quote: string } | undefined {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  let open = -1;
  let quote = "";
  for (let i = lineStart; i < start; i++) {
    const c = text[i] as string;
    if (c === "\\") { i++; continue; }
    if (open < 0 && (c === '"' || c === "'" || c === "`")) { open = i; quote = c; }
    else if (open >= 0 && c === quote) { open = -1; quote = ""; }
  }
  if (open < 0) return undefined;
  for (let i = end; i < lineEnd; i++) {
    const c = text[i];
    if (c === "\\") { i++; continue; }
    if (c === quote) return { start: open, end: i + 1, quote };
  }
  return undefined;
}

function enclosingFnReturnsResult(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 20000), offset);
  const fn = before.lastIndexOf("fn ");
  if (fn < 0) return false;
  const sig = before.slice(fn, fn + 300).split("{")[0] ?? "";
  return /->\s*(?:[\w:]+::)?Result\b/.test(sig);
}

/** The import a language needs for its env read, when the file lacks it. */
export function importEdit(text: string, family: LanguageFamily): OffsetEdit | undefined {
  if (family === "python") {
    if (/^\s*import\s+(?:[\w.]+\s*,\s*)*os\b(?!\.)|^\s*import\s+os\s*$/m.test(text)) return undefined;
    const m = /^(?:import |from )/m.exec(text);
    if (m) {
      // After `from __future__` imports, which must stay first.
      const future = [...text.matchAll(/^from __future__ import[^\n]*\n/gm)].pop();
      const at = future ? (future.index ?? 0) + future[0].length : m.index;
      return { start: at, end: at, newText: "import os\n" };
    }
    return { start: pythonHeaderEnd(text), end: pythonHeaderEnd(text), newText: "import os\n\n" };
  }
  if (family === "go") {
    if (/^\s*"os"\s*$/m.test(text) || /^import\s+"os"/m.test(text)) return undefined;
    const block = /^import\s*\(\s*\n/m.exec(text);
    if (block) {
      const at = block.index + block[0].length;
      return { start: at, end: at, newText: '\t"os"\n' };
    }
    const single = /^import[ \t]+(?:\w+[ \t]+)?"[^"]+"[ \t]*$/m.exec(text);
    if (single) {
      const at = single.index + single[0].length;
      return { start: at, end: at, newText: '\nimport "os"' };
    }
    const pkg = /^package[ \t]+\w+[ \t]*$/m.exec(text);
    if (pkg) {
      const at = pkg.index + pkg[0].length;
      return { start: at, end: at, newText: '\n\nimport "os"' };
    }
  }
  if (family === "dart" && !/import\s+['"]dart:io['"]/.test(text)) {
    return { start: 0, end: 0, newText: "import 'dart:io';\n" };
  }
  if (family === "c" && !/#include\s*<(?:stdlib\.h|cstdlib)>/.test(text)) {
    return { start: 0, end: 0, newText: "#include <stdlib.h>\n" };
  }
  return undefined;
}

/** After a shebang, an encoding line and a module docstring. */
function pythonHeaderEnd(text: string): number {
  let at = 0;
  const shebang = /^#![^\n]*\n/.exec(text);
  if (shebang) at = shebang[0].length;
  const enc = /^#.*coding[:=][^\n]*\n/.exec(text.slice(at));
  if (enc) at += enc[0].length;
  const doc = /^\s*(?:"""[\s\S]*?"""|'''[\s\S]*?''')[^\n]*\n/.exec(text.slice(at));
  if (doc) at += doc[0].length;
  return at;
}
