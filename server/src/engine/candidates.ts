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
  /** The operator that joined them: "=", ":", ":=", "=>", ",", "(", "xml", "flag", "query" (URL parameter)… */
  operator: string;
  /** The enclosing block's key in YAML/JSON/TOML-like nesting: `gitter:` above `  token: …`. */
  parent?: string;
}

const MAX_VALUE = 4000;

// Every quantifier is bounded and adjacent parts cannot match the same characters for long, so a failed attempt
// costs at most O(bound) steps: no catastrophic backtracking (see test/engine/redos.test.ts).
// Not after `${` / `$(`: `${DB_PASSWORD:?missing}` is a shell expansion, not an assignment.
// Nor inside a colon-separated identifier (`arn:aws:secretsmanager:…:123456789012:secret:prod/db`).
const NAME = String.raw`(?<![\w$.\-])(?<!\$[{(])(?:(?<=(?:^|\n)[ \t]{0,40}[\w.\-$]{1,60}:)|(?<![\w\]]:))(?:"([^"\n]{1,120})"|'([^'\n]{1,120})'|([A-Za-z_$@][\w$.\-]{0,120}))`;
// `password: string = "…"` (TypeScript/Kotlin/Swift/Go-ish type annotations) before the operator.
// Only when `=` follows: otherwise `key: a1b2:c3d4` (YAML) would read as a name with the type `a1b2`.
// Go declares the type after the name without a colon: `var apiKey string = "…"`.
// Visual Basic: `Dim apiKey As String = "…"`.
const TYPE_ANNOTATION = String.raw`(?:[ \t]{0,4}:[ \t]{0,4}&?(?:'static[ \t]{1,4})?[A-Za-z_][\w.]{0,40}(?:<[\w., &']{0,40}>)?(?:\[\])?\??(?=[ \t]{0,4}=[^=>])|[ \t]{1,4}\*?(?:\[\])?[A-Za-z_][\w.]{0,40}(?=[ \t]{0,4}=[^=>])|[ \t]{1,4}[Aa][Ss][ \t]{1,4}[A-Za-z_][\w.]{0,40}(?=[ \t]{0,4}=[^=>]))?`;
// Horizontal space only: a YAML key on one line must not swallow the next line's key as its "type".
// R assigns with `<-` / `<<-` (and F#/OCaml mutate with `<-`).
// Kotlin pairs: `mapOf("apiKey" to "…")` (only after a quoted name, see assignmentCandidate).
// Up to 32 blanks before it: config files align their values (`password              = …` in my.cnf).
// C arrays: `const char WIFI_PASSWORD[] = "…"`.
const OPERATOR = String.raw`(?:\[\d{0,6}\]|\])?[ \t]{0,32}(:::=|::=|:=|=>|<<-|<-|to(?=[ \t])|\?\?=|\?=|\|\|=|\.=|\+=|===|==|!==|!=|=|:|,|\()[ \t]{0,10}`;
// Quotes may carry a prefix: Objective-C / C# `@"…"`, Python `r"…"` / `b'…'` (f-strings interpolate and are dropped
// by the templating check). The last alternative is a string inside a JSON string (`"api_key = \"…\"\n"` in a
// Jupyter notebook's cell source).
// A literal may be wrapped in a constructor that only converts it: Rust `String::from("…")` / `Some("…")`, Go `[]byte("…")`,
// Java/C# `new String("…")`, Python `str("…")`, secret wrappers `SecretStr("…")` / `Secret::new("…")`.
const WRAPPER = String.raw`(?:(?:String::from|Some|new[ \t]{1,4}String|String|str|SecretStr|SecretString::new|SecretString|Secret::new|SecureString|\[\]byte)\([ \t]{0,4})?`;
const VALUE = [
  // Also the first string of an array (Keycloak exports keep config values as `"bindCredential": ["…"]`;
  // Mojolicious `app->secrets(['…'])`).
  String.raw`(?:\[[ \t]{0,4})?${WRAPPER}(?:@|[rRbBuU]{1,2})?"((?:[^"\\\n]|\\.){0,${MAX_VALUE}})"`,
  String.raw`(?:\[[ \t]{0,4})?${WRAPPER}(?:[rRbBuU]{1,2})?'((?:[^'\\\n]|\\.){0,${MAX_VALUE}})'`,
  String.raw`\x60((?:[^\x60\\\n]|\\.){0,${MAX_VALUE}})\x60`,
  // A bare value ends at a backslash too: `"config.ini": "KEY=value\nX=y"` holds KEY=value.
  String.raw`([^\s"'\x60,;(){}\[\]<>=\\][^\s"'\x60,;(){}\[\]<>\\]{0,${MAX_VALUE}})`,
  String.raw`\\"([^"\\\n]{1,${MAX_VALUE}})\\"`,
].join("|");
// A name may follow a namespace at the start of its line: Pulumi stack config `project:dbPassword: …`,
// PowerShell scopes `$script:AdoPat = '…'`.
// Sticky: tried exactly at a name's start (see extractCandidatesAt).
const ASSIGNMENT_AT = new RegExp(`${NAME}${TYPE_ANNOTATION}${OPERATOR}(?:${VALUE})`, "y");
// The value may sit on its own line between the tags.
// A CDATA section holds the value verbatim: `<password><![CDATA[…]]></password>`.
const XML_ELEMENT_AT = /<([A-Za-z_][\w.\-:]{0,80})(?:\s[^<>\n]{0,200})?>[ \t\r\n]{0,40}(?:<!\[CDATA\[([^\]\n]{1,4000})\]\]>|([^<\s][^<\n]{0,3999}?))[ \t\r\n]{0,40}<\/\1>/y;
// The same flag as an element of an argument list: `command: ["redis-server", "--requirepass", "…"]`.
const CLI_FLAG_ITEM_AT = /(["'])--?([A-Za-z][\w-]{1,60})\1[ \t]{0,4},[ \t]{0,4}(["'])([^"'\n]{1,4000})\3/y;
// Compiler defines may quote with escapes: PlatformIO `-DWIFI_PASS=\"…\"`.
const CLI_FLAG_AT = /(?<![\w-])--?([A-Za-z][\w.-]{1,60})[ =](?:"([^"\n]{1,4000})"|'([^'\n]{1,4000})'|\\"([^"\\\n]{1,4000})\\"|([^\s"'`;|&<>()\\-][^\s"'`;|&<>()\\]{0,3999}))/y;
// `NAME value` with no operator, as a statement of its own: Dockerfile `ENV API_TOKEN abc…` (the legacy form),
// Gradle/Groovy and Ruby DSLs `password "…"`. The value runs to the end of the statement.
// A Markdown code span may close the statement (`` `CONFIG SET requirepass "…"` ``).
const SPACED_AT = /([A-Za-z_][\w.\-]{0,80})[ \t]{1,40}(?:"([^"\n]{1,4000})"|'([^'\n]{1,4000})'|([^\s"'`;#{}()\[\]]{1,4000}))(?=[ \t]{0,8}(?:[;})#\r\n`]|$))/y;
/** What may precede such a statement on its line: nothing, a Dockerfile ENV/ARG, or the `{` / `;` of a DSL block. */
// Also C's `#define NAME "…"`, Lisp's `(def name "…")` / `(setq name "…")` and Elixir's `@name "…"`.
// fish `set -gx NAME value` and csh `setenv NAME value` export a variable the same way.
// Web servers set headers and environment the same way: nginx `proxy_set_header X-Api-Key "…";`, Apache
// `RequestHeader set Authorization "…"`, `SetEnv DB_PASSWORD "…"`.
const HEADER_DIRECTIVE = String.raw`(?:proxy_set_header|grpc_set_header|add_header|more_set_headers|RequestHeader[ \t]+(?:set|append|add)|Header[ \t]+(?:always[ \t]+)?set|SetEnv)[ \t]+`;
// CLI config setters too: `aws configure set aws_secret_access_key …`, `npm config set …`.
const CONFIG_SETTER = String.raw`(?:aws[ \t]+configure[ \t]+set|(?:npm|yarn|pnpm)[ \t]+config[ \t]+set|git[ \t]+config(?:[ \t]+--(?:global|system|local))?)[ \t]+`;
// Redis's `CONFIG SET requirepass "…"` may stand anywhere: after `redis-cli …`, inside a code span.
const SPACED_LINE_START = new RegExp(String.raw`^[ \t]*(?:(?:ENV|ARG)[ \t]+|#[ \t]*define[ \t]+|\((?:def|defvar|defconst|defparameter|setq|setf|define)[ \t]+|@|(?:set(?:[ \t]+-[A-Za-z]{1,4}){1,3}|setenv|setx)[ \t]+|${CONFIG_SETTER}|${HEADER_DIRECTIVE})?$|(?:^|[\s\x60'"(])(?:CONFIG|config)[ \t]+(?:SET|set)[ \t]+$`);
/** Shell-like statements whose value may be bare: Dockerfile ENV/ARG, fish `set -x`, csh `setenv`, config setters. */
const BARE_SPACED_VALUE = new RegExp(String.raw`^[ \t]*(?:(?:ENV|ARG)[ \t]|set(?:[ \t]+-[A-Za-z]{1,4}){1,3}[ \t]|setenv[ \t]|${CONFIG_SETTER})`);
const SPACED_AFTER_BLOCK = /[{;][ \t]*$/;

function assignmentCandidate(m: RegExpExecArray): Candidate | undefined {
  const quotedName = m[1] ?? m[2];
  const name = quotedName ?? m[3] ?? "";
  const operator = m[4] ?? "";
  const dq = m[5];
  const sq = m[6];
  const bt = m[7];
  const bare = m[8];
  const escaped = m[9];
  if (escaped !== undefined) return escapedQuoteEndingMatch(m, stripSigils(name), escaped, operator);
  // `password = """…"""` (Grafana's ini, TOML and Python): the empty string read first opens a triple-quoted one.
  if (dq === "" || sq === "") return tripleQuotedCandidate(m, stripSigils(name), operator);
  const value = dq ?? sq ?? bt ?? bare ?? "";
  const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : bt !== undefined ? "`" : "";
  // A bare name followed by "," or "(" is an ordinary argument list; only `"key", "value"` and `name("value")`
  // say something.
  const rubySetting = operator === "," && quotedName === undefined && afterRubySet(m.input, m.index);
  if ((operator === "," && quotedName === undefined && !afterDefine(m.input, m.index) && !rubySetting) || (operator === "(" && quote === "")) return undefined;
  if (operator === "to" && (quotedName === undefined || quote === "")) return undefined;
  // `f("token", "…")` / `[["token", "…"]]` open the list with the pair; `("dfas", "keywords", "tokens", "labels")`
  // is a tuple of words, not a key and its value.
  if (operator === "," && !rubySetting && !opensList(m.input, m.index)) return undefined;
  // `["DD_API_KEY=${local.key}", "DD_SITE=…"]`: a list of assignments or expressions, not a key and its value.
  if (operator === "," && quotedName !== undefined && /[=${}\s]/.test(quotedName)) return undefined;
  const before = m.input[m.index - 1];
  if (quote === "" && operator === "=" && (before === "?" || before === "&") && quotedName === undefined && inUrl(m.input, m.index - 1)) {
    // A URL query parameter (`…?api_key=…&units=metric`): the value is literal text that ends at the next `&`/`#`,
    // in a code string as much as in a config file.
    const cut = value.search(/[&#]/);
    return leadingBareValue(m, name, value, cut < 0 ? value.length : cut, "query");
  }
  // A bare word that runs into `{`, `(` or `[` is a macro, a call or an index (`@variable{user-name}`), not a value.
  if (quote === "" && /[{([]/.test(m.input[m.index + m[0].length] ?? "")) return undefined;
  if (quote === "") {
    // `key=val&key2=val2` unquoted: a query string; the value ends before the next parameter.
    const next = value.search(/&[A-Za-z_][\w.-]{0,60}=/);
    if (next >= 0) return leadingBareValue(m, stripSigils(name), value, next, operator);
  }
  return literalEndingMatch(m, stripSigils(name), value, quote, operator);
}

// A list of name/value objects names each value by a sibling key: Kubernetes and ECS `env` (`- name: X` then
// `value: …`), Postman variables (`{"key": "X", "value": "…"}`), CloudFormation `ParameterKey`/`ParameterValue`.
const SIBLING_NAME_BEFORE = /(?:^|[\s{,])["']?(?:name|Name|NAME|key|Key|ParameterKey|OptionName)["']?[ \t]{0,4}[:=][ \t]{0,4}$/;
const SIBLING_VALUE_AT = /["']?([A-Za-z_][\w.\-]{0,120})["']?[ \t]{0,4},?[ \t]{0,4}(?:\r?\n[ \t]{0,40})?["']?(value|Value|VALUE|ParameterValue)["']?[ \t]{0,4}[:=][ \t]{0,4}(?:"([^"\\\n]{1,4000})"|'([^'\\\n]{1,4000})'|([^\s"',{}\[\]]{1,4000}))/y;

const EDN_PAIR_AT = /([A-Za-z_][\w.\-?!*]{0,80})[ \t]{1,8}"((?:[^"\\\n]|\\.){1,4000})"/y;

const STRING_ARRAY_AT = /["']?([A-Za-z_$][\w$.\-]{0,120})["']?[ \t]{0,4}(?:=|:|=>)[ \t]{0,4}(?:new[ \t]{1,4}\w{1,40}\[\][ \t]{0,4}\{|\[|array\(|%w\()[ \t]{0,4}\r?\n?/y;
const STRING_ELEMENT_AT = /\s{0,200}(["'`])((?:[^"'`\\\n]){1,4000})\1[ \t]{0,8}(?:,|(?=\s{0,200}[\])}]))/y;

/**
 * The string elements (at most 20) of a list assigned at `at`: `secrets: ["…", "…"]`, `keys = new[] { "…" }`; none
 * unless every element is at least 16 characters long (the length of a key, not of a rule or an option).
 */
function arrayElementCandidates(text: string, at: number): Candidate[] {
  const head = execAt(STRING_ARRAY_AT, text, at);
  if (!head) return [];
  const elements: Candidate[] = [];
  let position = head.index + head[0].length;
  for (let i = 0; i < 20; i++) {
    const e = execAt(STRING_ELEMENT_AT, text, position);
    if (!e) break;
    const value = e[2] ?? "";
    // Lists also hold rules and options (`'password' => ['required', 'min:12']`): only key-length elements count.
    if (value.length < 16) return [];
    const quote = e[1] as Candidate["quote"];
    const literalStart = e.index + e[0].indexOf(quote);
    elements.push({ name: head[1] ?? "", value, valueStart: literalStart + 1, valueEnd: literalStart + 1 + value.length, literalStart, literalEnd: literalStart + value.length + 2, quote, operator: ":" });
    position = e.index + e[0].length;
  }
  return elements.length >= 2 ? elements : [];
}

/** A sticky pattern tried exactly at `at`. */
function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The sibling `value` of a name given as `name: X` / `"key": "X"` at `at`, or null. */
function siblingValueMatch(text: string, at: number): RegExpExecArray | null {
  return SIBLING_NAME_BEFORE.test(text.slice(Math.max(0, at - 24), at)) ? execAt(SIBLING_VALUE_AT, text, at) : null;
}

// Hadoop-style XML properties (core-site.xml, hive-site.xml, hbase-site.xml, Oozie, Ranger):
// `<name>fs.s3a.secret.key</name>` then `<value>…</value>`, with an optional `<description>` between them.
const XML_PROPERTY_AT = /([A-Za-z_][\w.\-]{0,120})<\/name>[ \t\r\n]{0,40}(?:<description>[^<]{0,400}<\/description>[ \t\r\n]{0,40})?<value>([^<\n]{1,4000})(?=<\/value>)/y;
const PLIST_ENTRY_AT = /([A-Za-z_][\w.\-]{0,120})<\/key>[ \t\r\n]{0,40}<string>([^<\n]{1,4000})(?=<\/string>)/y;
const KEY_IS_A_NAME = /^["']?[ \t]{0,4}(?:,[ \t]{0,4}(?:\r?\n[ \t]{0,40})?)?["']?value["']?[ \t]{0,4}[:=]/i;
const BUILDER_CALL_AT = /([A-Za-z_][\w]{0,80})\([ \t]{0,4}(?:"([^"\\\n]{1,4000})"|'([^'\\\n]{1,4000})')(?=[ \t]{0,4}\))/y;

/** Sinatra and Capistrano settings: `set :session_secret, "…"` (the name is a Ruby symbol). */
function afterRubySet(text: string, at: number): boolean {
  return /(?:^|[\s;])set[ \t(]{1,4}:$/.test(text.slice(Math.max(0, at - 12), at));
}

/** Erlang's `-define(NAME, "…")` (and C-like `define(NAME, …)` macros): a bare name may open the pair. */
function afterDefine(text: string, at: number): boolean {
  return text.slice(Math.max(0, at - 8), at).endsWith("define(");
}

/** The first `length` characters of the bare value that ends the match (the rest belongs to what follows). */
function leadingBareValue(m: RegExpExecArray, name: string, value: string, length: number, operator: string): Candidate {
  const valueStart = m.index + m[0].length - value.length;
  const valueEnd = valueStart + length;
  return { name, value: value.slice(0, length), valueStart, valueEnd, literalStart: valueStart, literalEnd: valueEnd, quote: "", operator };
}

const TRIPLE_QUOTED_REST = /(["'])([^"'\n\\]{1,4000})\1\1\1/y;

/** `"""value"""` on one line, given a match that read its first two quotes as an empty string. */
function tripleQuotedCandidate(m: RegExpExecArray, name: string, operator: string): Candidate | undefined {
  const after = m.index + m[0].length;
  const quote = m.input[after - 1];
  if (m.input[after] !== quote) return undefined;
  const rest = execAt(TRIPLE_QUOTED_REST, m.input, after);
  const value = rest?.[2];
  if (!rest || value === undefined || rest[1] !== quote) return undefined;
  const valueStart = after + 1;
  return { name, value, valueStart, valueEnd: valueStart + value.length, literalStart: after - 2, literalEnd: after + rest[0].length, quote: quote === "'" ? "'" : '"', operator };
}

/** A candidate whose literal, `\"value\"` between two backslash-quote pairs, is the end of the match. */
function escapedQuoteEndingMatch(m: RegExpExecArray, name: string, value: string, operator: string): Candidate {
  const literalEnd = m.index + m[0].length;
  const valueEnd = literalEnd - 2;
  return { name, value, valueStart: valueEnd - value.length, valueEnd, literalStart: valueEnd - value.length - 2, literalEnd, quote: '"', operator };
}

/** A candidate whose literal (the value, in its quotes if any) is the end of the match. */
function literalEndingMatch(m: RegExpExecArray, name: string, value: string, quote: Candidate["quote"], operator: string): Candidate {
  const literalEnd = m.index + m[0].length;
  const literalStart = literalEnd - value.length - (quote ? 2 : 0);
  return {
    name,
    value,
    valueStart: literalStart + (quote ? 1 : 0),
    valueEnd: literalEnd - (quote ? 1 : 0),
    literalStart,
    literalEnd,
    quote,
    operator,
  };
}

function xmlCandidate(m: RegExpExecArray): Candidate {
  const value = m[2] ?? m[3] ?? "";
  const open = m[0].indexOf(">") + 1;
  const valueStart = m.index + open + m[0].slice(open).indexOf(value);
  const valueEnd = valueStart + value.length;
  return { name: m[1] ?? "", value, valueStart, valueEnd, literalStart: valueStart, literalEnd: valueEnd, quote: "", operator: "xml" };
}

function spacedCandidate(text: string, at: number): Candidate | undefined {
  // The statement's shape first (it fails at once almost everywhere), then what precedes it on the line.
  const m = execAt(SPACED_AT, text, at);
  if (!m) return undefined;
  // The line so far, looked at no further back than 200 characters (a minified line can be megabytes long).
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < 200 && text[lineStart - 1] !== "\n" && text[lineStart - 1] !== "\r") lineStart--;
  const before = text.slice(lineStart, at);
  const atLineStart = lineStart === 0 || text[lineStart - 1] === "\n" || text[lineStart - 1] === "\r";
  if (!((atLineStart && SPACED_LINE_START.test(before)) || SPACED_AFTER_BLOCK.test(before))) return undefined;
  const value = m[2] ?? m[3] ?? m[4] ?? "";
  const quote = m[2] !== undefined ? '"' : m[3] !== undefined ? "'" : "";
  // A bare value after ENV/ARG or a shell `set`, or a config directive alone on its line (redis.conf `requirepass …`;
  // the name must then denote a secret, decided by the name-based rules). Not prose: "password or&nbsp;secret.</p>".
  const directive = atLineStart && /^[ \t]*$/.test(before) && /^[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 200));
  if (quote === "" && !BARE_SPACED_VALUE.test(before) && !directive) return undefined;
  return literalEndingMatch(m, m[1] ?? "", value, quote, " ");
}

/** Whether the `?`/`&` at `at` belongs to a URL: the unbroken run of text before it holds a path (`/`). */
function inUrl(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 500; i--) {
    const c = text[i];
    if (c === "/") return true;
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === '"' || c === "'" || c === "`" || c === "(" || c === ";") return false;
  }
  return false;
}

/**
 * Whether a `"key", "value"` pair starting at `at` opens its list (right after `(` or `[`) or its own line; not
 * when it continues a list (a `,` before it, on this line or at the end of the previous one).
 */
function opensList(text: string, at: number): boolean {
  let lineStart = false;
  for (let i = at - 1; i >= 0 && at - i <= 200; i--) {
    const c = text[i];
    if (c === " " || c === "\t") continue;
    if (c === "\n" || c === "\r") {
      lineStart = true;
      continue;
    }
    return c === "(" || c === "[" || (lineStart && c !== ",");
  }
  return true;
}

function flagCandidate(m: RegExpExecArray): Candidate {
  // `-DNAME=value` defines NAME (C/C++ compilers, PlatformIO build_flags).
  const name = (m[1] ?? "").replace(/^D(?=[A-Z_][A-Z0-9_]*$)/, "");
  if (m[4] !== undefined) return escapedQuoteEndingMatch(m, name, m[4], "flag");
  const value = m[2] ?? m[3] ?? m[5] ?? "";
  const quote = m[2] !== undefined ? '"' : m[3] !== undefined ? "'" : "";
  return literalEndingMatch(m, name, value, quote, "flag");
}


/** Whether the last non-blank character before `at` is `=` (a cheap test before the `key="…"` regex). */
function followsEquals(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 5 && (text[i] === " " || text[i] === "\t")) i--;
  return text[i] === "=";
}

function isNameChar(c: number): boolean {
  // [A-Za-z0-9_$.-]
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46 || c === 45;
}

const KEY_VALUE_ATTRIBUTES_AT = /(["'])([^"'\n]{1,120})\1[ \t]{1,10}value[ \t]{0,4}=[ \t]{0,4}(["'])([^"'\n]{0,4000})\3/iy;

function keyValueAttributeCandidate(m: RegExpExecArray): Candidate {
  return literalEndingMatch(m, m[2] ?? "", m[4] ?? "", m[3] === "'" ? "'" : '"', "=");
}

// (HCL blocks open without an operator: `tokens {`.)
const BLOCK_KEY_AT = /["']?([A-Za-z_$@][\w$.\-]{0,120})["']?(?:[ \t]{0,10}[:=][ \t]{0,10}[{\[]?|[ \t]{1,10}\{)[ \t]{0,10}(?:#[^\n]{0,200})?\r?\n/y;
/** A secret noun, optionally "is" or ":", then a code span: `password \`…\`` in Markdown and comments (not the verb
 * "pass `--flag`", and not a flag, an assignment or a call inside the span). */
const PROSE_SECRET_NOUN = /^(?:password|passwd|passphrase|pwd|secret|token|api[-_]?key)$/i;
const PROSE_CODE_SPAN_AT = /([A-Za-z_][\w-]{0,40})[ \t]{1,3}(?:(?:is|was|=|:)[ \t]{1,3})?\x60([^\x60\s]{6,200})\x60/y;
const INLINE_BLOCK_AT = /["']?([A-Za-z_$@][\w$.\-]{0,120})["']?[ \t]{0,10}:[ \t]{0,10}\{[ \t]{0,10}/y;
const MAX_BLOCK_LINES = 30;

/**
 * `gitter:` / `"gitter": {` / `[gitter]`-style block openers: the key names the provider, the children hold the
 * values (`  token: …`). Children are extracted with the block's key as their parent.
 */
function collectBlockChildren(text: string, keyStart: number, tried: Set<number>, out: Candidate[]): void {
  const key = execAt(BLOCK_KEY_AT, text, keyStart);
  if (!key) {
    // The same on one line: ARM parameter files' `"adminPassword": { "value": "…" }` (a "{" right after the first ":").
    const colon = text.indexOf(":", keyStart);
    if (colon < 0 || colon - keyStart > 125 || !/^[ \t]{0,10}\{/.test(text.slice(colon + 1, colon + 13))) return;
    const inline = execAt(INLINE_BLOCK_AT, text, keyStart);
    const m = inline ? execAt(ASSIGNMENT_AT, text, INLINE_BLOCK_AT.lastIndex) : null;
    const c = m ? assignmentCandidate(m) : undefined;
    if (inline && c) out.push({ ...c, parent: inline[1] });
    return;
  }
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  const indent = keyStart - lineStart;
  let pos = BLOCK_KEY_AT.lastIndex;
  for (let n = 0; n < MAX_BLOCK_LINES && pos < text.length; n++) {
    let first = pos;
    while (text[first] === " " || text[first] === "\t") first++;
    const eol = text.indexOf("\n", pos);
    const lineEnd = eol < 0 ? text.length : eol;
    if (first < lineEnd && text[first] !== "#") {
      if (first - pos <= indent || text[first] === "}" || text[first] === "]") break; // back to the block's level
      if (!tried.has(first)) {
        tried.add(first);
        const m = execAt(ASSIGNMENT_AT, text, first);
        const c = m ? assignmentCandidate(m) : undefined;
        if (c) out.push({ ...c, parent: key[1] });
        for (const element of arrayElementCandidates(text, first)) if (!c || element.literalStart !== c.literalStart) out.push({ ...element, parent: key[1] });
      }
    }
    if (eol < 0) break;
    pos = eol + 1;
  }
}

/**
 * Candidates whose name contains one of the given offsets (where a name keyword such as "password" or a
 * provider name occurs): only the few places that can matter are looked at, so large files stay cheap.
 */
export function extractCandidatesAt(text: string, anchors: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  const tried = new Set<number>();
  for (const anchor of anchors) {
    let start = anchor;
    const limit = Math.max(0, anchor - 120);
    while (start > limit && isNameChar(text.charCodeAt(start - 1))) start--;
    const before = text[start - 1];
    if (before === '"' || before === "'") start--;
    if (tried.has(start)) continue;
    tried.add(start);
    let at = start;
    // `--password value`, `-p=…`: command-line flags.
    if (text[at] === "-") {
      const f = execAt(CLI_FLAG_AT, text, at);
      if (f) out.push(flagCandidate(f));
      while (text[at] === "-" && at < anchor) at++; // never past the keyword: a long run of dashes costs at most the 120-character walk back
    } else if ((text[at] === '"' || text[at] === "'") && text[at + 1] === "-") {
      // A flag quoted as a list element (`"--requirepass", "…"`), or a long flag with its value inside one string
      // (`value="--spring.datasource.password=…"`).
      const item = execAt(CLI_FLAG_ITEM_AT, text, at);
      if (item) out.push(literalEndingMatch(item, item[2] ?? "", item[4] ?? "", item[3] === "'" ? "'" : '"', "flag"));
      const f = text[at + 2] === "-" ? execAt(CLI_FLAG_AT, text, at + 1) : null;
      if (f && f[5] !== undefined) out.push(flagCandidate(f));
    }
    let m = execAt(ASSIGNMENT_AT, text, at);
    if (!m && (text[at] === '"' || text[at] === "'")) {
      // Not a quoted key after all (`"KEY=value…"` is a string holding an assignment): try the bare name.
      m = execAt(ASSIGNMENT_AT, text, at + 1);
      // Only `NAME=value` lines (an env file or INI blob in a string); "label: value" inside a string is prose,
      // except an HTTP header handed to curl/httpie (`-H "DD-APPLICATION-KEY: …"`).
      if (m && m[4] !== "=" && !(m[4] === ":" && /(?:^|\s)(?:-H|--header)[ \t=]{0,4}$/.test(text.slice(Math.max(0, at - 12), at)))) m = null;
    }
    let c = m ? assignmentCandidate(m) : undefined;
    // `redact('secret=…')`: a bare value inside a string literal is itself literal text.
    // Only when the string is that one assignment (`'secret=…'`), not a query string or a blob holding several.
    if (c && c.quote === "" && c.operator === "=" && (text[at] === '"' || text[at] === "'") && m?.index === at + 1 && text[c.valueEnd] === text[at]) c = { ...c, operator: "in-string" };
    // `<add key="Auth0:Domain" value="…"/>`, `{"key": "X", "value": …}`: a value beside `key` names the pair.
    if (c && /^key$/i.test(c.name) && KEY_IS_A_NAME.test(text.slice(c.literalEnd, c.literalEnd + 40))) c = undefined;
    if (!c && text[at] === "." && /[)\]}\s]/.test(text[at - 1] ?? "\n")) {
      // A builder chain: `.apiKey("…")` after a call or at the start of a line (the walk back stops at the dot).
      const b = execAt(BUILDER_CALL_AT, text, at + 1);
      if (b) out.push(literalEndingMatch(b, b[1] ?? "", b[2] ?? b[3] ?? "", b[2] !== undefined ? '"' : "'", "("));
    }
    if (c && c.literalStart > anchor) out.push(c);
    else if (!c && followsEquals(text, at) && /key[ \t]{0,4}=[ \t]{0,4}$/i.test(text.slice(Math.max(0, at - 10), at))) {
      // .NET config / NuGet.config: <add key="ClearTextPassword" value="…" />
      const kv = execAt(KEY_VALUE_ATTRIBUTES_AT, text, at);
      if (kv) out.push(keyValueAttributeCandidate(kv));
    } else if (!c && text[start - 1] === ":" && /^[\s{(\[,]?$/.test(text[start - 2] ?? "") && (m = execAt(EDN_PAIR_AT, text, start)) !== null) {
      // Clojure/EDN maps: `{:user "svc" :password "…"}`.
      out.push(literalEndingMatch(m, m[1] ?? "", m[2] ?? "", '"', ":"));
    } else if (!c && (m = siblingValueMatch(text, at)) !== null) {
      // `- name: DB_PASSWORD` / `value: "…"` (Kubernetes env, ECS, Postman `{"key": …, "value": …}`).
      out.push(literalEndingMatch(m, m[1] ?? "", m[3] ?? m[4] ?? m[5] ?? "", m[3] !== undefined ? '"' : m[4] !== undefined ? "'" : "", ":"));
    } else if (!c && (m = execAt(PROSE_CODE_SPAN_AT, text, at)) !== null && PROSE_SECRET_NOUN.test(m[1] ?? "") && !/^-|[=(:]/.test(m[2] ?? "")) {
      // Prose and comments: "user `admin`, password `F1wo…`" (Markdown code spans after the word).
      out.push(literalEndingMatch(m, m[1] ?? "", m[2] ?? "", "`", ":"));
    } else if (!c) {
      const spaced = text[at] === '"' || text[at] === "'" ? undefined : spacedCandidate(text, at);
      if (spaced && spaced.literalStart > anchor) out.push(spaced);
      else collectBlockChildren(text, at, tried, out);
    }
    // `secrets: [\n  "…",\n  "…"\n]` (cookie-signing key lists, key rotation): every element under the list's name.
    // (Only where a list can open: no candidate, or one that is a list's first element or its bracket.)
    if (!c || /[[{(][ \t]{0,4}$/.test(text.slice(Math.max(0, c.literalStart - 8), c.literalStart)) || /^[[{(]/.test(c.value)) {
      for (const element of arrayElementCandidates(text, at)) if (!c || element.literalStart !== c.literalStart) out.push(element);
    }
    if (text.slice(start - 6, start) === "<name>") {
      const p = execAt(XML_PROPERTY_AT, text, start);
      if (p) out.push(literalEndingMatch(p, p[1] ?? "", p[2] ?? "", "", "xml"));
    }
    if (text.slice(start - 5, start) === "<key>") {
      // Property lists: `<key>APISecret</key>` then `<string>…</string>`.
      const p = execAt(PLIST_ENTRY_AT, text, start);
      if (p) out.push(literalEndingMatch(p, p[1] ?? "", p[2] ?? "", "", "xml"));
    }
    if (text[start - 1] === "<") {
      const x = execAt(XML_ELEMENT_AT, text, start - 1);
      if (x) out.push(xmlCandidate(x));
    }
  }
  return out;
}

function stripSigils(name: string): string {
  return name.replace(/^[$@:]+/, "");
}
