// Rust's logging and formatting macros keep their arguments as an unparsed token tree. Before parsing, the
// macros the analysis reads are rewritten in place, length-preserving, into ordinary calls so their arguments
// parse as expressions: `info!(` -> `info (`, tracing's `?x` / `%x` sigils -> ` x`, `target: "x"` -> `target= "x"`.
// Every offset stays the same, so findings map back onto the original text unchanged.

/** Macros rewritten into calls: sinks, formatters and error builders whose arguments are format arguments. */
export const RUST_MACROS = new Set([
  "println", "eprintln", "print", "eprint", "dbg", "panic", "format", "format_args", "write", "writeln",
  "trace", "debug", "info", "warn", "error", "log", "event", "anyhow", "bail", "todo", "unimplemented", "unreachable",
]);

/** Macros that read a format string: their first string argument may capture names (`{api_key}`). */
export const RUST_FORMAT_MACROS = RUST_MACROS;

export function prepareRustSource(text: string): string {
  const chars = text.split("");
  const macro = /\b([a-z_][a-z0-9_]*)!(\s*)\(/g;
  for (let hit = macro.exec(text); hit !== null; hit = macro.exec(text)) {
    if (!RUST_MACROS.has(hit[1]!)) continue;
    const bang = hit.index + hit[1]!.length;
    if (insideLiteralOrComment(text, hit.index)) continue;
    chars[bang] = " ";
    rewriteArguments(text, chars, hit.index + hit[0].length);
  }
  return chars.join("");
}

// Offsets of string literals and comments, computed once per text: a `name!(` inside one is not a macro call.
let literalCache: { text: string; ranges: [number, number][] } | undefined;

function insideLiteralOrComment(text: string, offset: number): boolean {
  if (literalCache?.text !== text) literalCache = { text, ranges: literalRanges(text) };
  // Ranges are sorted and disjoint: binary search for the last one starting at or before the offset.
  const ranges = literalCache.ranges;
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ranges[middle]![0] <= offset) low = middle + 1;
    else high = middle - 1;
  }
  const range = ranges[high];
  return range !== undefined && offset < range[1];
}

function literalRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let index = 0; index < text.length; ) {
    const end = skipLiteral(text, index);
    if (end > index) {
      ranges.push([index, end]);
      index = end;
    } else index++;
  }
  return ranges;
}

/** End of the string, char literal or comment starting at `index`, or `index` when none starts there. */
function skipLiteral(text: string, index: number): number {
  const char = text[index];
  if (char === "/" && text[index + 1] === "/") {
    const end = text.indexOf("\n", index);
    return end === -1 ? text.length : end;
  }
  if (char === "/" && text[index + 1] === "*") {
    const end = text.indexOf("*/", index + 2);
    return end === -1 ? text.length : end + 2;
  }
  const raw = char === "r" || char === "b" ? /^b?r(#*)"/.exec(text.slice(index, index + 40)) : null;
  if (raw !== null && (index === 0 || !/\w/.test(text[index - 1] ?? ""))) {
    const close = `"${raw[1]}`;
    const end = text.indexOf(close, index + raw[0].length);
    return end === -1 ? text.length : end + close.length;
  }
  if (char === '"' || (char === "b" && text[index + 1] === '"' && !/\w/.test(text[index - 1] ?? ""))) {
    let position = char === "b" ? index + 2 : index + 1;
    while (position < text.length && text[position] !== '"') position += text[position] === "\\" ? 2 : 1;
    return Math.min(position + 1, text.length);
  }
  if (char === "'") {
    // A char literal ('a', '\n', '\u{1F600}'), not a lifetime ('a).
    const literal = /^'(?:\\u\{[0-9a-fA-F]{1,6}\}|\\.|[^\\'\n])'/.exec(text.slice(index, index + 12));
    if (literal !== null) return index + literal[0].length;
  }
  return index;
}

/** Rewrites tracing sigils and `name: value` arguments between `(` (before `from`) and its matching `)`. */
function rewriteArguments(text: string, chars: string[], from: number): void {
  let depth = 1;
  let argumentStart = true;
  for (let index = from; index < text.length && depth > 0; ) {
    const literalEnd = skipLiteral(text, index);
    if (literalEnd > index) {
      argumentStart = false;
      index = literalEnd;
      continue;
    }
    const char = text[index]!;
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    if (char === "(" || char === "[" || char === "{") depth++;
    else if (char === ")" || char === "]" || char === "}") depth--;
    if (depth === 1 && char === ",") {
      argumentStart = true;
      index++;
      continue;
    }
    if (depth === 1 && argumentStart) {
      argumentStart = false;
      if (char === "%" || char === "?") {
        chars[index] = " ";
        index++;
        continue;
      }
      // `field = %value`, `a.b = ?value`, `target: "x"`.
      const field = /^([A-Za-z_][\w.]*)(\s*)(=(?!=)|:(?!:))(\s*)([%?]?)/.exec(text.slice(index, index + 200));
      if (field !== null) {
        const operator = index + field[1]!.length + field[2]!.length;
        if (field[3] === ":") chars[operator] = "=";
        if (field[5] === "%" || field[5] === "?") chars[operator + 1 + field[4]!.length] = " ";
        index += field[0].length;
        continue;
      }
    }
    index++;
  }
}
