// Extracts (name, value) pairs from any text: assignments, key/value pairs in config formats, string-keyed
// arguments, XML elements. Context rules and the generic rule look only at these, which keeps them precise
// (a value means little without the name it is given) and fast (one linear pass per text).

export interface Candidate {
  /** The key the value is given to, without quotes or sigils: "password", "aws.secret_access_key". */
  name: string;
  value: string;
  /** Offsets of the value itself (inside quotes). */
  valueStart: number;
  valueEnd: number;
  /** Offsets of the literal including its quotes. */
  literalStart: number;
  literalEnd: number;
  quote: '"' | "'" | "`" | "";
  /** The operator that joined them: "=", ":", ":=", "=>", ",", "(", "xml", "flag"… */
  operator: string;
}

const MAX_VALUE = 4000;

// Every quantifier is bounded and adjacent parts cannot match the same characters for long, so a failed attempt
// costs at most O(bound) steps: no catastrophic backtracking (see test/engine/redos.test.ts).
const NAME = String.raw`(?<![\w$.\-])(?:"([^"\n]{1,120})"|'([^'\n]{1,120})'|([A-Za-z_$@][\w$.\-]{0,120}))`;
// `password: string = "…"` (TypeScript/Kotlin/Swift/Go-ish type annotations) before the operator.
const TYPE_ANNOTATION = String.raw`(?:\s{0,4}:\s{0,4}[A-Za-z_][\w.]{0,40}(?:<[\w., ]{0,40}>)?(?:\[\])?\??)?`;
const OPERATOR = String.raw`\]?\s{0,10}(:=|=>|\?\?=|\?=|\|\|=|===|==|!==|!=|=|:|,|\()\s{0,10}`;
const VALUE = [
  String.raw`"((?:[^"\\\n]|\\.){0,${MAX_VALUE}})"`,
  String.raw`'((?:[^'\\\n]|\\.){0,${MAX_VALUE}})'`,
  String.raw`\x60((?:[^\x60\\\n]|\\.){0,${MAX_VALUE}})\x60`,
  String.raw`([^\s"'\x60,;(){}\[\]<>=][^\s"'\x60,;(){}\[\]<>]{0,${MAX_VALUE}})`,
].join("|");
const ASSIGNMENT = new RegExp(`${NAME}${TYPE_ANNOTATION}${OPERATOR}(?:${VALUE})`, "g");
const XML_ELEMENT = /<([A-Za-z_][\w.\-:]{0,80})(?:\s[^<>\n]{0,200})?>([^<\n]{1,4000})<\/\1>/g;
const CLI_FLAG = /(?<![\w-])--?([A-Za-z][\w-]{1,60})[ =](?:"([^"\n]{1,4000})"|'([^'\n]{1,4000})'|([^\s"'`;|&<>()]{1,4000}))/g;

export function extractCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m !== null; m = ASSIGNMENT.exec(text)) {
    const quotedName = m[1] ?? m[2];
    const name = quotedName ?? m[3] ?? "";
    const operator = m[4] ?? "";
    const dq = m[5];
    const sq = m[6];
    const bt = m[7];
    const bare = m[8];
    const value = dq ?? sq ?? bt ?? bare ?? "";
    const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : bt !== undefined ? "`" : "";
    const literalEnd = m.index + m[0].length;
    const literalStart = literalEnd - value.length - (quote ? 2 : 0);
    // A bare name followed by "," or "(" is an ordinary argument list; only `"key", "value"` and `name("value")`
    // say something. Rescan from the value so an assignment inside it is not lost.
    if ((operator === "," && quotedName === undefined) || (operator === "(" && quote === "")) {
      ASSIGNMENT.lastIndex = literalStart;
      continue;
    }
    out.push({
      name: stripSigils(name),
      value,
      valueStart: literalStart + (quote ? 1 : 0),
      valueEnd: literalEnd - (quote ? 1 : 0),
      literalStart,
      literalEnd,
      quote,
      operator,
    });
    // The value may itself contain `key=value` pairs (query strings, connection strings); let them be seen.
    if (quote === "" && value.length > 0) ASSIGNMENT.lastIndex = literalStart + 1;
  }
  if (text.includes("</")) {
    XML_ELEMENT.lastIndex = 0;
    for (let m = XML_ELEMENT.exec(text); m !== null; m = XML_ELEMENT.exec(text)) {
      const value = m[2] ?? "";
      const valueEnd = m.index + m[0].length - (m[1]?.length ?? 0) - 3;
      const valueStart = valueEnd - value.length;
      out.push({ name: m[1] ?? "", value, valueStart, valueEnd, literalStart: valueStart, literalEnd: valueEnd, quote: "", operator: "xml" });
    }
  }
  if (text.includes("-")) {
    CLI_FLAG.lastIndex = 0;
    for (let m = CLI_FLAG.exec(text); m !== null; m = CLI_FLAG.exec(text)) {
      const value = m[2] ?? m[3] ?? m[4] ?? "";
      const quote = m[2] !== undefined ? '"' : m[3] !== undefined ? "'" : "";
      const literalEnd = m.index + m[0].length;
      const literalStart = literalEnd - value.length - (quote ? 2 : 0);
      out.push({
        name: m[1] ?? "",
        value,
        valueStart: literalStart + (quote ? 1 : 0),
        valueEnd: literalEnd - (quote ? 1 : 0),
        literalStart,
        literalEnd,
        quote,
        operator: "flag",
      });
    }
  }
  return out;
}

function stripSigils(name: string): string {
  return name.replace(/^[$@:]+/, "");
}
