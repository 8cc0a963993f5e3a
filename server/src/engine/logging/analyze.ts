// Finds secrets that reach a logging sink within one file: sinks are matched on the parsed call, each
// argument is evaluated backwards through local assignments (order-aware), string building, object
// literals, field writes and the parameters of the same file's functions, and sanitizers end the flow.
import { CALL_TYPES, CallArgument, CallParts, callParts, nodeText, receiverSegments, symbolName } from "./calls.js";
import { SecretKind, classifyName, describesMetadata, splitWords } from "./names.js";
import { RUST_FORMAT_MACROS } from "./rust.js";
import { SinkMatch, sinkFor, statementSinkArgs } from "./sinks.js";
import type { LoggingLanguage, SyntaxNode, SyntaxTree } from "./syntax.js";

export interface LoggingOptions {
  /** Also report personal data (SSN, card numbers, birth dates…). Off by default. */
  includePii?: boolean;
  /** Report console.* in browser code (files touching window/document). Off by default. */
  browserConsole?: boolean;
  /** Report logging inside test-environment guards (`if (isTestEnv())`). Off by default. */
  testGuards?: boolean;
  /**
   * Ranges of literals that the secret rules flagged. Other literals are never sources (a hardcoded value is the
   * secret rules' job); these are, so `password := "<flagged>"; log.Println(password)` is also a logged credential.
   */
  secretLiterals?: ReadonlyArray<{ start: number; end: number }>;
}

/** How the offending expression sits in the sink call; drives the quick fixes. */
export type FixContext = "argument" | "interpolation" | "structured-value" | "shorthand" | "dump";

export interface LoggedSecret {
  kind: SecretKind;
  /** The offending expression (what the diagnostic underlines). */
  start: number;
  end: number;
  /** The whole sink call. */
  sinkStart: number;
  sinkEnd: number;
  sinkName: string;
  fixContext: FixContext;
  /** For interpolations: the whole `${…}` / `{…}` / `#{…}` span. */
  spanStart?: number;
  spanEnd?: number;
  /** For structured fields: the key's name. */
  key?: string;
  /** The variable / property / key whose name made it sensitive. */
  name?: string;
  /** Where the value came from when it flowed from another place. */
  origin?: { start: number; end: number; message: string };
}

interface Tainted {
  state: "tainted";
  kind: SecretKind;
  leaf: SyntaxNode;
  context: FixContext;
  spanStart?: number;
  spanEnd?: number;
  key?: string;
  name?: string;
  origin?: { start: number; end: number; message: string };
  /** Reached a parameter through the function's callers (see parameterFromCallers). */
  viaCaller?: boolean;
}
type Value = Tainted | { state: "literal" } | { state: "sanitized" } | { state: "unknown" };

const LITERAL: Value = { state: "literal" };
const SANITIZED: Value = { state: "sanitized" };
const UNKNOWN: Value = { state: "unknown" };

const SCOPE_TYPES: Record<LoggingLanguage, ReadonlySet<string>> = {
  javascript: new Set(["function_declaration", "function_expression", "function", "arrow_function", "method_definition", "generator_function_declaration", "generator_function", "program"]),
  python: new Set(["function_definition", "lambda", "class_definition", "module"]),
  go: new Set(["function_declaration", "method_declaration", "func_literal", "source_file"]),
  java: new Set(["method_declaration", "constructor_declaration", "lambda_expression", "class_body", "program"]),
  csharp: new Set(["method_declaration", "constructor_declaration", "local_function_statement", "lambda_expression", "anonymous_method_expression", "declaration_list", "compilation_unit"]),
  ruby: new Set(["method", "singleton_method", "block", "do_block", "lambda", "class", "module", "program"]),
  php: new Set(["function_definition", "method_declaration", "anonymous_function", "anonymous_function_creation_expression", "arrow_function", "declaration_list", "program"]),
  rust: new Set(["function_item", "closure_expression", "declaration_list", "source_file"]),
  kotlin: new Set(["function_declaration", "secondary_constructor", "anonymous_function", "lambda_literal", "class_body", "source_file"]),
};
// Top-level units whose own bindings are local to them.
const FUNCTION_UNITS = new Set([
  "function_declaration", "generator_function_declaration", "function_definition", "method_declaration", "method_definition",
  "constructor_declaration", "method", "singleton_method", "local_function_statement", "function_item",
]);
const CLASS_SCOPES = new Set(["class_body", "declaration_list", "class_definition", "class", "module"]);

const STRING_TYPES = new Set([
  "string", "template_string", "interpreted_string_literal", "raw_string_literal", "string_literal",
  "encapsed_string", "interpolated_string_expression", "verbatim_string_literal", "raw_string_literal",
  "heredoc", "nowdoc", "character_literal", "char_literal", "rune_literal", "string_content", "concatenated_string",
  "interpolated_verbatim_string_expression", "text_block", "simple_symbol", "delimited_symbol", "bare_symbol",
  "hash_key_symbol", "shell_command_expression", "chained_string",
]);
const LITERAL_TYPES = new Set([
  "number", "integer", "float", "true", "false", "null", "none", "nil", "undefined", "int_literal", "float_literal",
  "imaginary_literal", "decimal_integer_literal", "hex_integer_literal", "decimal_floating_point_literal",
  "integer_literal", "real_literal", "boolean_literal", "null_literal", "boolean", "regex", "regex_literal",
  "regular_expression", "iota", "character", "void_type", "this", "self", "super", "ellipsis", "rational", "complex",
  "unit_expression", "number_literal", "this_expression", "super_expression",
]);
const FUNCTION_LITERALS = new Set(["arrow_function", "function_expression", "function", "lambda", "func_literal", "lambda_expression", "anonymous_function", "anonymous_function_creation_expression", "anonymous_method_expression", "do_block", "block", "closure_expression", "lambda_literal"]);
const WRAPPERS = new Set([
  "parenthesized_expression", "await_expression", "as_expression", "non_null_expression", "satisfies_expression",
  "type_assertion", "cast_expression", "parenthesized", "argument", "expression_list", "literal_element",
  "parenthesized_statements", "checked_expression", "ref_expression", "postfix_unary_expression",
  "reference_modifier", "expression_statement", "type_assertion_expression", "unary_operator_expression",
  "try_expression", "reference_expression", "type_cast_expression",
]);

// Calls that protect or reduce the value: hashing, encryption, masking, length/boolean/type-only results.
const SANITIZER_WORDS = new Set([
  "hash", "hashed", "digest", "md5", "sha", "sha1", "sha256", "sha512", "hmac", "bcrypt", "scrypt", "argon2",
  "crypt", "encrypt", "encrypted", "encode", "encoded", "redact", "redacted", "mask", "masked", "censor", "obfuscate", "protect",
  "anonymize", "anonymise", "scrub", "sanitize", "sanitise", "fingerprint", "len", "length", "count", "size",
  "bool", "boolean", "typeof", "type", "isset", "empty", "exists", "equals", "compare", "matches", "validate", "verify", "check",
  "keys", "hide", "hidden", "strip_secrets", "filter_parameters", "filter", "uuid", "random", "signature",
]);
const SANITIZER_PREFIXES = /^(is|has|can|should|validate|verify|check|compare|hash|encrypt|mask|redact|count|contains|starts|ends|exists|equals|matches)([A-Z_]|$)/;
const NOT_SANITIZER_ENCODINGS = /uri|url|component|json|html|utf|string|base64|hex/i;

// Calls that return their argument (or receiver) turned into a string or lightly transformed.
const PROPAGATING_FUNCTIONS = new Set([
  "String", "str", "repr", "format", "sprintf", "vsprintf", "Sprintf", "Sprint", "Sprintln", "Errorf", "Quote",
  "valueOf", "join", "Join", "concat", "Concat", "stringify", "inspect", "dumps", "dump", "json_encode",
  "serialize", "strval", "trim", "ltrim", "rtrim", "strip", "lstrip", "rstrip", "toString", "ToString", "to_s",
  "to_str", "to_json", "toJSON", "to_h", "to_hash", "to_a", "each_pair", "dict", "list", "tuple", "from", "assign", "entries", "values",
  "toUpperCase", "toLowerCase", "upper", "lower", "ToUpper", "ToLower", "upcase", "downcase", "strtoupper",
  "strtolower", "replace", "Replace", "replaceAll", "ReplaceAll", "replaceFirst", "gsub", "gsub!", "sub", "sub!", "str_ireplace", "preg_replace", "ReplaceAllString", "split", "Split", "decode", "Decode", "unquote",
  "copy", "merge", "clone", "Clone", "toList", "asList", "of", "new", "chomp", "squeeze", "dup", "freeze",
  "implode", "print_r", "var_export", "array_merge", "compact", "Trim", "TrimSpace", "string", "builder",
  "append", "Append", "AppendFormat", "Format", "formatted", "interpolate", "buf", "Buffer", "bytes", "String",
  "encodeURIComponent", "encodeURI", "escape", "quote", "unescape", "parse", "loads", "strtr", "sprintf_s",
  "Itoa", "Stringer", "Sprint", "getBytes", "toCharArray", "chars", "flatten", "urlencode", "rawurlencode",
  "htmlspecialchars", "addslashes", "nl2br", "ucfirst", "lcfirst", "substr_replace", "str_replace", "get_object_vars",
  "toArray", "all", "getAll", "items", "to_dict", "model_dump", "dict_", "vars", "__dict__", "asdict", "as_json",
  "attributes", "toMap", "inspect",
  // Encodings and serializers hide nothing: base64 of `id:secret` is a Basic credential, JSON of a form is the form.
  "GetBytes", "ToBase64String", "b64encode", "urlsafe_b64encode", "standard_b64encode", "btoa", "base64_encode",
  "encode64", "strict_encode64", "urlsafe_encode64", "EncodeToString", "encodeToString", "encodeBase64String",
  "Serialize", "SerializeObject", "writeValueAsString", "toJson", "Marshal", "MarshalIndent",
]);

// Members that hold the raw value of the object they belong to: `token.value`, `secret.plaintext`.
const VALUE_PROPERTIES = /^(value|Value|text|Text|val|raw|plain|plaintext|plain_text|plainText|PlainText|Plaintext|cleartext|clear_text|clearText|data|content|string|str|current)$/;

// Leading verbs of methods that act on a secret (`resetPassword()`, `revoke_token`) instead of returning it.
const ACTION_VERBS = /^(reset|change|update|revoke|delete|remove|clear|invalidate|expire|set|rotate|send|store|save|forgot|forget|persist|destroy|disable|enable|renew|regenerate|require|ensure|assert|prompt|ask|add|register|unregister|log|print|emit|write|handle|on|process|cache|validate|verify|check|compare|hash|encrypt|mask|redact)$/;

// Calls that produce fresh random values (receiver and method joined by a dot).
const RANDOM_SOURCE = /(^|\.)(SecureRandom|secrets|RandomStringUtils|RandomNumberGenerator|Random)\.|[Rr]andom|(^|[._])rand(_\w+)?$|urandom|[Uu]uid|UUID|NewGuid|friendly_token|token_(hex|urlsafe|bytes)/;

// Replacement calls; a masking one sanitizes, any other propagates.
const REPLACE_METHODS = /^(replace|Replace|replaceAll|ReplaceAll|replaceFirst|gsub!?|sub!?|str_replace|str_ireplace|preg_replace|ReplaceAllString)$/;

// Method calls that write their argument into the receiver (builders, maps, lists, setters).
const WRITE_METHODS = /^(push_str|extend_from_slice|append|Append|AppendFormat|AppendLine|add|Add|push|put|Put|set|Set|setdefault|update|extend|insert|Insert|concat|store|Store|merge|putAll|addAll|Write|WriteString|write|print|printf|Fprintf|<<|\[\]=|setProperty|setItem|setAttribute|set[A-Z]\w*|Set[A-Z]\w*)$/;

// Keyed lookups whose first argument names what is read: get("password"), Header.Get("Authorization")…
const KEYED_LOOKUPS = /^(get|Get|getParameter|getHeader|GetHeader|getenv|Getenv|LookupEnv|getEnv|GetEnvironmentVariable|getProperty|GetProperty|getAttribute|getItem|getString|GetString|GetValue|getValue|param|params|query|header|headers|cookie|cookies|fetch|dig|FormValue|PostFormValue|Query|Param|PostForm|GetQuery|DefaultQuery|input|post|request|server|get_param|getParam|values|Values|get_json|getenv|env|Cookie|GetCookie|getCookie|secret|config|Config|setting|settings|value|Value|opt|option|argument|first|pop|getvalue|readValue|lookup)$/;

const ENV_OBJECTS: Record<LoggingLanguage, RegExp> = {
  javascript: /^(process\.env|import\.meta\.env|Deno\.env)$/,
  python: /^(os\.environ|environ|os\.environb)$/,
  go: /^$/,
  java: /^$/,
  csharp: /^$/,
  ruby: /^(ENV)$/,
  php: /^(\$_ENV|\$_SERVER|\$GLOBALS)$/,
  rust: /^$/,
  kotlin: /^$/,
};

// Also the request a client sent (`resp.request.headers` in requests/httpx): its headers carry our own credentials.
// An HTTP client's error carries the request it sent: `exc.request.headers` (httpx/requests), axios `err.config.headers`.
const REQUEST_OBJECT = /^(req|request|r|resp\.request|response\.request|res\.request|r\.request|(?:e|err|error|ex|exc|exception)\.(?:request|config|response\.request|response\.config)|ctx\.request|ctx\.req|context\.request|c\.Request|c\.req|event|evt|httpRequest|http_request|HttpContext\.Request|Request|this\.request|self\.request|@request|\$request|incomingRequest|ctx|c|context)$/;
const SESSION_COOKIE = /sess|sid|auth|token|remember|jwt|login|identity/i;
const HEADER_PROPS = /^(headers|Header|Headers|META|rawHeaders|header|allHeaders|getHeaders|cookies|Cookies|COOKIES)$/;

interface ScopeInterval {
  start: number;
  end: number;
  type: string;
  /** Offset of the body (parameters come before it); computed on demand. */
  bodyStart: number | undefined;
  /** The node in the current tree, when the interval was found in it. */
  node?: SyntaxNode;
}
interface ScopeEntry extends ScopeInterval {
  parent: number;
}

interface Binding {
  kind: "value" | "param" | "unknown";
  node: SyntaxNode;
  value?: SyntaxNode | null;
  /** For params: the function node and the parameter's index. */
  fn?: SyntaxNode;
  index?: number;
}
interface FieldWrite {
  node: SyntaxNode;
  key?: string;
  value: SyntaxNode;
}

const MAX_DEPTH = 12;

export function analyzeLogging(tree: SyntaxTree, text: string, lang: LoggingLanguage, options: LoggingOptions = {}): LoggedSecret[] {
  return new Analysis(tree, text, lang, options).run().results;
}

/**
 * What one analysis leaves for the next version of the same document: per top-level unit (function, method,
 * statement) its results and the names its sinks looked up outside the unit. A unit that the edit did not touch,
 * and whose outside names do not occur in the edited units, keeps its results (shifted).
 */
export interface LoggingCache {
  readonly text: string;
  readonly lang: LoggingLanguage;
  readonly optionsKey: string;
  readonly browser: boolean;
  readonly units: { start: number; end: number; local: boolean; deps: Set<string>; results: LoggedSecret[] }[];
  /** Scope intervals of this version (without tree nodes), the next version's starting point. */
  readonly scopes: ScopeInterval[];
}

export function analyzeLoggingIncremental(
  tree: SyntaxTree,
  text: string,
  lang: LoggingLanguage,
  options: LoggingOptions = {},
  previous?: LoggingCache,
): { results: LoggedSecret[]; cache: LoggingCache; reusedUnits: number; analysedUnits: number } {
  return new Analysis(tree, text, lang, options).run(previous);
}

function optionsKey(options: LoggingOptions): string {
  // Flagged literals are not part of the key: a literal only becomes (or stops being) flagged through an edit of
  // its own text, and edited units are always analysed afresh; bindings they change reach other units through
  // their dependencies. Keying on them made every keystroke inside a secret a full re-analysis.
  return `${options.includePii === true}|${options.browserConsole === true}|${options.testGuards === true}`;
}

function shiftSecret(secret: LoggedSecret, from: number, delta: number): LoggedSecret {
  const shift = (offset: number): number => (offset >= from ? offset + delta : offset);
  return {
    ...secret,
    start: shift(secret.start),
    end: shift(secret.end),
    sinkStart: shift(secret.sinkStart),
    sinkEnd: shift(secret.sinkEnd),
    spanStart: secret.spanStart === undefined ? undefined : shift(secret.spanStart),
    spanEnd: secret.spanEnd === undefined ? undefined : shift(secret.spanEnd),
    origin: secret.origin === undefined ? undefined : { ...secret.origin, start: shift(secret.origin.start), end: shift(secret.origin.end) },
  };
}

/**
 * Does `changed` (edited source) bind/write (`b:name`), call/define (`c:name`) or mention at module level
 * (`r:name`, checked only for edits outside functions) the dependency?
 */
function affects(changed: string, dependency: string): boolean {
  const name = dependency.slice(2);
  const pattern = new RegExp(`(?<![\\w$@])${escapeRegExp(name)}(?![\\w$])`, "g");
  for (let hit = pattern.exec(changed); hit !== null; hit = pattern.exec(changed)) {
    if (dependency.startsWith("c:") || dependency.startsWith("r:")) return true;
    if (mightBindText(changed, hit.index, name)) return true;
  }
  return false;
}

/** Text-only test: could this occurrence assign, declare, write into or loop over the name? */
function mightBindText(text: string, offset: number, name: string): boolean {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd === -1) lineEnd = text.length;
  const rest = text.slice(offset + name.length, Math.min(lineEnd, offset + name.length + 240));
  const before = text.slice(Math.max(lineStart, offset - 40), offset);
  if (/^\s*(=(?![=~])|:=|[-+*/.|&%^?]+=|\|\|=|<<|=>)/.test(rest)) return true;
  if (/^\s*:[^=\n]*=(?![=>])/.test(rest)) return true;
  if (/^\s*,/.test(rest) && /(?<![=!<>])(:?=)(?![=>~])/.test(rest)) return true;
  if (/^\s*;/.test(rest)) return true;
  if (/^\s*(\.|\[|->|\?\.)/.test(rest) && (/(?<![=!<>])=(?![=>~])/.test(rest) || /^\s*(\.|->)\s*(append|add|push|push_str|extend_from_slice|put|set\w*|update|extend|insert|concat|Append\w*|Add|Put|Set\w*|store|merge|WriteString|Write|setdefault|putAll|addAll)\b/.test(rest))) return true;
  if (/\b(for|foreach|as|catch|except|in|let|var|const|val|def|func|fn|global|nonlocal|import|from|each|do)\b[^;=]*$/.test(before) || /[{,]\s*$/.test(before) || /\|[^|]*$/.test(before)) return true;
  if (/\b(Logger|ILogger|LoggerInterface|Log|ILog)\b/.test(before)) return true;
  return false;
}

class Analysis {
  private readonly root: SyntaxNode;
  private readonly memo = new Map<string, Value>();
  private depth = 0;
  private readonly browser: boolean;
  /** Lexer / parser code, where a bare `token` is a piece of syntax. */
  private readonly lexer: boolean;

  constructor(tree: SyntaxTree, private readonly text: string, private readonly lang: LoggingLanguage, private readonly options: LoggingOptions) {
    this.root = tree.rootNode;
    this.lexer = /\b(tokenize|tokenizer|Tokenizer|lexer|Lexer|shlex|tok_name|TokenKind|scanner|Scanner|grammar|Grammar|pyparsing|ParserElement)\b/.test(text);
    this.browser = lang === "javascript" && /\b(window|document|localStorage|sessionStorage|navigator)\s*\.|from\s+['"]react['"]|\bReact\./.test(text);
  }

  /** Names the current unit's sinks looked up outside the unit; undefined while not analysing a unit. */
  private unitDeps: Set<string> | undefined;
  private unitRange: { start: number; end: number } = { start: 0, end: 0 };

  private noteDependency(name: string): void {
    this.unitDeps?.add(name);
  }

  /** Top-level units: the root's children, descending into very large classes/modules so a unit stays small. */
  private units(): { start: number; end: number; local: boolean; node: SyntaxNode }[] {
    const units: { start: number; end: number; local: boolean; node: SyntaxNode }[] = [];
    const visit = (node: SyntaxNode, depth: number): void => {
      for (const child of node.namedChildren) {
        if (child.type === "comment") continue;
        const large = child.endIndex - child.startIndex > 8_000 && depth < 3;
        const body = large ? (child.childForFieldName("body") ?? child.namedChildren.find((part) => /body|declaration_list|block/.test(part.type)) ?? null) : null;
        if (body !== null && body.namedChildCount > 1) visit(body, depth + 1);
        else units.push({ start: child.startIndex, end: child.endIndex, local: FUNCTION_UNITS.has(child.type), node: child });
      }
    };
    visit(this.root, 0);
    return units;
  }

  run(previous?: LoggingCache): { results: LoggedSecret[]; cache: LoggingCache; reusedUnits: number; analysedUnits: number } {
    const units = this.units();
    const key = optionsKey(this.options);
    const reused = new Map<number, { deps: Set<string>; results: LoggedSecret[] }>();
    if (previous !== undefined && previous.lang === this.lang && previous.optionsKey === key && previous.browser === this.browser && previous.text !== this.text) {
      const before = previous.text;
      const shorter = Math.min(before.length, this.text.length);
      let prefix = 0;
      while (prefix < shorter && before.charCodeAt(prefix) === this.text.charCodeAt(prefix)) prefix++;
      let suffix = 0;
      while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === this.text.charCodeAt(this.text.length - 1 - suffix)) suffix++;
      const oldEnd = before.length - suffix;
      const newEnd = this.text.length - suffix;
      const delta = newEnd - oldEnd;
      // Every unit the edit touched, before and after, plus the edited lines themselves: a kept unit is stale
      // if one of these binds or writes a name it read from outside, or calls a function whose callers it followed.
      // Bindings inside a function never reach another unit's lookups (those search their own scopes and the
      // module), so an edit confined to function units only matters through calls (`c:` dependencies).
      const changedTexts: { text: string; bindings: boolean }[] = [];
      const addWords = (source: string, from: number, to: number, bindings = true): void => {
        changedTexts.push({ text: source.slice(from, to), bindings });
      };
      const insideLocalUnit = (list: { start: number; end: number; local: boolean }[], from: number, to: number): boolean =>
        list.some((unit) => unit.local && unit.start < from && to < unit.end);
      const editIsLocal = insideLocalUnit(previous.units, prefix, oldEnd) && insideLocalUnit(units, prefix, newEnd);
      const lineStart = (source: string, offset: number): number => source.lastIndexOf("\n", offset - 1) + 1;
      const lineEnd = (source: string, offset: number): number => { const end = source.indexOf("\n", offset); return end === -1 ? source.length : end; };
      addWords(before, lineStart(before, prefix), lineEnd(before, oldEnd), !editIsLocal);
      addWords(this.text, lineStart(this.text, prefix), lineEnd(this.text, newEnd), !editIsLocal);
      for (const unit of previous.units) if (unit.start <= oldEnd && prefix <= unit.end) addWords(before, unit.start, unit.end, !editIsLocal);
      for (const unit of units) if (unit.start <= newEnd && prefix <= unit.end) addWords(this.text, unit.start, unit.end, !editIsLocal);
      // Scope intervals outside the edited units carry over (shifted); the edited units are queried afresh.
      let dirtyStart = prefix;
      let dirtyEndOld = oldEnd;
      for (const unit of previous.units) {
        if (unit.start <= oldEnd && prefix <= unit.end) {
          dirtyStart = Math.min(dirtyStart, unit.start);
          dirtyEndOld = Math.max(dirtyEndOld, unit.end);
        }
      }
      const editedNew = units.filter((unit) => unit.start <= newEnd && prefix <= unit.end);
      for (const unit of editedNew) {
        dirtyStart = Math.min(dirtyStart, unit.start);
        dirtyEndOld = Math.max(dirtyEndOld, unit.end - delta);
      }
      const dirtyEndNew = dirtyEndOld + delta;
      this.scopeSeed = {
        previous: previous.scopes,
        dirtyStart,
        dirtyEndOld,
        delta,
        nodes: units.filter((unit) => unit.start < dirtyEndNew && dirtyStart < unit.end).map((unit) => unit.node),
      };
      const affected = new Map<string, boolean>();
      const byRange = new Map<string, number>();
      units.forEach((unit, index) => byRange.set(`${unit.start}:${unit.end}`, index));
      for (const unit of previous.units) {
        if (unit.start <= oldEnd && prefix <= unit.end) continue;
        if ([...unit.deps].some((dependency) => {
          let hit = affected.get(dependency);
          if (hit === undefined) {
            hit = changedTexts.some((changed) => (changed.bindings || dependency.startsWith("c:")) && affects(changed.text, dependency));

            affected.set(dependency, hit);
          }
          return hit;
        })) continue;
        const start = unit.start >= oldEnd ? unit.start + delta : unit.start;
        const end = unit.start >= oldEnd ? unit.end + delta : unit.end;
        const index = byRange.get(`${start}:${end}`);
        if (index === undefined) continue;
        reused.set(index, { deps: unit.deps, results: unit.results.map((secret) => shiftSecret(secret, oldEnd, delta)) });
      }
    }
    const cacheUnits: LoggingCache["units"] = [];
    const all: LoggedSecret[] = [];
    units.forEach((unit, index) => {
      const kept = reused.get(index);
      if (kept !== undefined) {
        cacheUnits.push({ start: unit.start, end: unit.end, local: unit.local, deps: kept.deps, results: kept.results });
        all.push(...kept.results);
        return;
      }
      this.unitDeps = new Set<string>();
      this.unitRange = unit;
      // Values memoised for another unit did not record their lookups for this one.
      this.memo.clear();
      const results = this.analyseRange(unit.start, unit.end);
      cacheUnits.push({ start: unit.start, end: unit.end, local: unit.local, deps: this.unitDeps, results });
      all.push(...results);
      this.unitDeps = undefined;
    });
    const seen = new Set<string>();
    const results = all.filter((secret) => {
      const rangeKey = `${secret.start}:${secret.end}`;
      if (seen.has(rangeKey)) return false;
      seen.add(rangeKey);
      return true;
    }).sort((a, b) => a.start - b.start);
    return {
      results,
      cache: {
        text: this.text,
        lang: this.lang,
        optionsKey: key,
        browser: this.browser,
        units: cacheUnits,
        scopes: this.scopes().slice(1).map((entry) => ({ start: entry.start, end: entry.end, type: entry.type, bodyStart: entry.bodyStart })),
      },
      reusedUnits: reused.size,
      analysedUnits: units.length - reused.size,
    };
  }

  private analyseRange(rangeStart: number, rangeEnd: number): LoggedSecret[] {
    const results: LoggedSecret[] = [];
    const seen = new Set<string>();
    for (const sink of this.findSinks(rangeStart, rangeEnd)) {
      if (sink.match.console && this.browser && !this.options.browserConsole) continue;
      if (!this.options.testGuards && this.insideTestGuard(sink.node)) continue;
      const formatArgs = this.typeOnlyArguments(sink.match);
      const labels = this.placeholderLabels(sink.match.args);
      for (let position = 0; position < sink.match.args.length + sink.match.extra.length; position++) {
        const argument = sink.match.args[position];
        const node = argument?.node ?? sink.match.extra[position - sink.match.args.length];
        if (node === undefined || (argument !== undefined && formatArgs.has(argument))) continue;
        let value = this.evaluateSupplier(node) ?? this.evaluate(node);
        const labelBefore = argument !== undefined ? labels.get(argument) : undefined;
        if (value.state === "unknown" && labelBefore !== undefined) value = this.labelledValue(labelBefore, node) ?? value;
        if (value.state !== "tainted" && argument?.label !== undefined && argument.labelNode !== undefined) {
          value = this.structuredField(argument.label, argument.labelNode, node, value);
        }
        if (value.state !== "tainted") {
          const pairs = this.keyValuePairs(sink.match.args, position);
          if (pairs !== undefined) value = pairs;
        }
        if (value.state !== "tainted") continue;
        const key = `${value.leaf.startIndex}:${value.leaf.endIndex}`;
        if (seen.has(key)) continue;
        seen.add(key);
        results.push({
          kind: value.kind,
          start: value.leaf.startIndex,
          end: value.leaf.endIndex,
          sinkStart: sink.node.startIndex,
          sinkEnd: sink.node.endIndex,
          sinkName: sink.match.name,
          fixContext: value.context,
          spanStart: value.spanStart,
          spanEnd: value.spanEnd,
          key: value.key,
          name: value.name,
          origin: value.origin,
        });
      }
    }
    return results.sort((a, b) => a.start - b.start);
  }

  // ---------------------------------------------------------------- sinks

  private findSinks(rangeStart: number, rangeEnd: number): { node: SyntaxNode; match: SinkMatch }[] {
    const found: { node: SyntaxNode; match: SinkMatch }[] = [];
    const visited = new Set<string>();
    const callTypes = CALL_TYPES[this.lang];
    const hitLists = [sinkWordHits(this.lang, this.text, rangeStart, rangeEnd)];
    if (this.lang === "javascript" && this.text.includes(".apply(")) {
      this.isDebugLogger("");
      const names = [...(this.forwarders ?? [])].map(escapeRegExp);
      if (names.length > 0) hitLists.push(regexHits(new RegExp(`\\b(${names.join("|")})\\s*\\(`, "g"), this.text, rangeStart, rangeEnd));
    }
    if (this.lang === "javascript" && this.text.includes("debug")) {
      // Debug loggers made under any name: `const debugHttp = require('debug')('web:http')`.
      if (this.debugLoggerCallPattern === undefined) {
        const made = [...this.debugMadeNames()].map(escapeRegExp);
        this.debugLoggerCallPattern = made.length > 0 ? new RegExp(`(?<![\\w$.])(${made.join("|")})\\s*\\(`, "g") : null;
      }
      if (this.debugLoggerCallPattern !== null) hitLists.push(regexHits(this.debugLoggerCallPattern, this.text, rangeStart, rangeEnd));
    }
    for (const hits of hitLists) {
      for (const hit of hits) {
        const start = hit.index + (hit[0].length - (hit[1]?.length ?? hit[0].length));
        const after = this.text.slice(hit.index + hit[0].length, hit.index + hit[0].length + 3);
        if (!hit[0].endsWith("(") && !/^\s*(\.|\(|\?\.|->|::|\[|\)|!)/.test(after) && !((this.lang === "ruby" || this.lang === "php") && /^[ \t]+[^\s=]|^\s*\{|^\s*\bdo\b|^\s*;/.test(after)) && !(this.lang === "kotlin" && /^\s*\{/.test(after))) continue;
        let node: SyntaxNode | null = this.root.descendantForIndex(start, start + 1);
        for (let climb = 0; node !== null && climb < 8; climb++, node = node.parent) {
          if (this.lang === "php") {
            const statementArgs = statementSinkArgs(node);
            if (statementArgs !== undefined) {
              if (!visited.has(`${node.startIndex}:${node.endIndex}`)) {
                visited.add(`${node.startIndex}:${node.endIndex}`);
                const name = nodeText(this.text, node).split(/[\s(]/)[0] ?? "echo";
                found.push({ node, match: { args: statementArgs.map((argument) => ({ node: argument })), extra: [], name, console: false } });
              }
              break;
            }
          }
          if (this.lang === "ruby" && (node.type === "binary" || node.type === "assignment")) {
            const rubySink = this.rubyOperatorSink(node);
            if (rubySink !== undefined) {
              if (!visited.has(`${node.startIndex}:${node.endIndex}`)) {
                visited.add(`${node.startIndex}:${node.endIndex}`);
                found.push({ node, match: rubySink });
              }
              break;
            }
          }
          if (!callTypes.has(node.type)) continue;
          const parts = this.call(node);
          if (parts === undefined) continue;
          // The hit must lie in the callee or receiver, not inside an argument of this call.
          const calleeEnd = Math.min(parts.args[0]?.node.startIndex ?? node.endIndex, parts.block?.startIndex ?? node.endIndex);
          if (start >= calleeEnd) break;
          if (visited.has(`${node.startIndex}:${node.endIndex}`)) continue;
          visited.add(`${node.startIndex}:${node.endIndex}`);
          const match = sinkFor(this.lang, this.text, parts, (name) => this.isDebugLogger(name), (name) => this.isLoggerVariable(name));
          if (match !== undefined) {
            found.push({ node, match });
            break;
          }
        }
      }
    }
    return found;
  }

  /** Ruby `logger << "text"` and `logger.progname = value` (the progname is printed on every later line). */
  private rubyOperatorSink(node: SyntaxNode): SinkMatch | undefined {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (left === null || right === null) return undefined;
    if (node.type === "binary" && this.text.slice(left.endIndex, right.startIndex).trim() === "<<") {
      const segments = receiverSegments(this.text, left);
      if (segments.length > 0 && /(^|_)log(ger)?$|^LOG(GER)?$|Logger$/.test(segments[segments.length - 1]!)) {
        return { args: [{ node: right }], extra: [], name: `${segments.join(".")} <<`, console: false };
      }
    }
    if (node.type === "assignment" && left.type === "call" && /^progname$/.test(nodeText(this.text, left.childForFieldName("method") ?? left))) {
      const receiver = left.childForFieldName("receiver");
      const segments = receiverSegments(this.text, receiver);
      if (segments.length > 0 && /(^|_)log(ger)?$|^LOG(GER)?$|Logger$/.test(segments[segments.length - 1]!)) {
        return { args: [{ node: right }], extra: [], name: `${segments.join(".")}.progname=`, console: false };
      }
    }
    return undefined;
  }

  private forwarders: Set<string> | undefined;
  /** Per-document caches of whole-text lookups (each would otherwise rescan the text at every use). */
  private debugLoggerCallPattern: RegExp | null | undefined;
  private readonly returnValues = new Map<string, Value | undefined>();
  private readonly headerWrites = new Map<string, boolean>();

  private isDebugLogger(name: string): boolean {
    // Functions that hand their own arguments to the console: `function f() { console.log.apply(this, arguments) }`.
    if (this.text.includes(".apply(")) {
      this.noteDependency(`c:${name}`);
      this.forwarders ??= new Set([...this.text.matchAll(/function\s+([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*\{[^{}]*\bconsole\.\w+\.apply\(\s*[\w$]+\s*,\s*arguments\s*\)/g)].map((hit) => hit[1]!));
      if (this.forwarders.has(name)) return true;
    }
    if (!/^(debug|log|dbg|logger|fancyLog|logDebug|logInfo|logError|logWarn)$/.test(name)) {
      // `const debugHttp = require('debug')('web:http')`: a debug logger under any name.
      if (name === "" || !this.text.includes("debug")) return false;
      this.noteDependency(`b:${name}`);
      return this.debugMadeNames().has(name);
    }
    this.noteDependency(`b:${name}`);
    if (new RegExp(`(?:import\\s+${escapeRegExp(name)}\\s+from|import\\s+\\*\\s+as\\s+${escapeRegExp(name)}\\s+from)\\s*['"](debug|fancy-log|loglevel|npmlog|log|consola|signale)['"]`).test(this.text)) return true;
    const declaration = new RegExp(`(?:const|let|var)\\s+${escapeRegExp(name)}\\s*=\\s*([^;\\n]*)`).exec(this.text);
    const value = declaration?.[1] ?? "";
    return /\b(require\s*\(\s*['"](debug|fancy-log|loglevel|npmlog|consola|signale)['"]\s*\)|createDebug\s*\(|debug\s*\(|console\.\w+(\.bind)?|pino\s*\(|winston\.createLogger|bunyan\.createLogger|log4js\.getLogger)/.test(value) || (this.text.includes("debug") && this.debugMadeNames().has(name));
  }

  private readonly loggerVariables = new Map<string, boolean>();

  /** A variable or field declared with a logger type or created by a logger factory (`JUL = Logger.getLogger(…)`). */
  /** Names bound to a debug logger in this file: `const debugHttp = require('debug')('web:http')`. */
  private debugMade: Set<string> | undefined;
  private debugMadeNames(): Set<string> {
    if (this.debugMade === undefined) {
      // The factory may be imported under any name: `import debugFactory from "debug"`.
      const factories = new Set(["createDebug", "debug", ...[...this.text.matchAll(/import\s+([A-Za-z_$][\w$]*)\s+from\s*['"]debug['"]|(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\s*\(\s*['"]debug['"]\s*\)\s*[;\n]/g)].map((hit) => hit[1] ?? hit[2]!)]);
      const factory = [...factories].map(escapeRegExp).join("|");
      this.debugMade = new Set([...this.text.matchAll(new RegExp(`(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*(?:require\\s*\\(\\s*['"]debug['"]\\s*\\)|${factory})\\s*\\(`, "g"))].map((hit) => hit[1]!));
    }
    return this.debugMade;
  }

  private isLoggerVariable(name: string): boolean {
    this.noteDependency(`b:${name}`);
    const cached = this.loggerVariables.get(name);
    if (cached !== undefined) return cached;
    const escaped = escapeRegExp(name);
    const typed = new RegExp(`\\b(Logger|ILogger(<[^>]*>)?|LoggerInterface|ILog|Log|\\*?(log|zap|slog|logrus|zerolog)\\.(Logger|SugaredLogger|Entry))\\s+\\$?${escaped}\\b|\\b${escaped}\\s+\\*?(log|zap|slog|logrus|zerolog)\\.(Logger|SugaredLogger|Entry)\\b`);
    const created = new RegExp(`(?<![\\w$])\\$?${escaped}\\s*:?=\\s*[^;\\n]*\\b(getLogger|LoggerFactory|LogManager|createLogger|CreateLogger|Logger\\.new|new\\s+Logger|pino|bunyan|get_logger|zap\\.New\\w*|slog\\.New|log\\.New|logrus\\.New|zerolog\\.New|Sugar|ForContext|getLog|KotlinLogging\\.logger)\\b`);
    const alias = new RegExp(`(?<![\\w$])\\$?${escaped}\\s*:?=\\s*(?:self\\.|this\\.|\\$this->)?[\\w]*(?:log|Log|LOG)(?:ger|GER)?\\s*(?:;|$)`, "m");
    // A logger derived from one: structlog `log.bind(…)`, pino/bunyan `logger.child(…)`, zap `logger.With(…)`.
    // (logrus: `entry := logrus.WithFields(…)`.)
    const derived = new RegExp(`(?<![\\w$])\\$?${escaped}\\s*:?=\\s*(?:self\\.|this\\.|\\$this->)?\\w*(?:log|Log|LOG)\\w*\\s*\\.\\s*(?:bind|new|child|with|With|WithFields?|WithError|WithContext|Named|getChild|opt)\\s*\\(`);
    const result = typed.test(this.text) || created.test(this.text) || alias.test(this.text) || derived.test(this.text);
    this.loggerVariables.set(name, result);
    return result;
  }

  /** Printf-style `%T` (type only) arguments print no value. */
  private typeOnlyArguments(match: SinkMatch): Set<CallArgument> {
    const skipped = new Set<CallArgument>();
    if (match.formatIndex === undefined) return skipped;
    const format = match.args[match.formatIndex];
    if (format === undefined || !STRING_TYPES.has(format.node.type)) return skipped;
    const verbs = [...nodeText(this.text, format.node).matchAll(/%(?:%|[-+# 0]*\d*(?:\.\d+)?([a-zA-Z]))/g)].filter((verb) => verb[0] !== "%%");
    verbs.forEach((verb, index) => {
      const argument = match.args[match.formatIndex! + 1 + index];
      if (argument !== undefined && verb[1] === "T") skipped.add(argument);
    });
    return skipped;
  }

  private guardRanges: { start: number; end: number }[] | undefined;

  /** Inside the then-branch of `if (isTestEnv())`, `if (NODE_ENV !== "production")`, `if DEBUG:` … */
  private insideTestGuard(node: SyntaxNode): boolean {
    if (this.guardRanges === undefined) {
      this.guardRanges = [];
      const hint = /\b(is_?[tT]est\w*|is_?[dD]ev\w*|isDebug\w*|is_?local|TESTING|TEST|testing|DEBUG|__DEV__|NODE_ENV|APP_ENV|RAILS_ENV|RACK_ENV|ENVIRONMENT|GO_ENV|ASPNETCORE_ENVIRONMENT|is_?[pP]rod\w*|isProduction|IsDevelopment|Rails\.env|env|environment|ENV)\b/g;
      const seen = new Set<number>();
      for (let hit = hint.exec(this.text); hit !== null; hit = hint.exec(this.text)) {
        let current = this.root.descendantForIndex(hit.index, hit.index + 1);
        for (let climb = 0; current !== null && climb < 10; climb++, current = current.parent) {
          if (!/^(if_statement|if|unless|if_expression)$/.test(current.type)) continue;
          if (seen.has(current.startIndex)) break;
          seen.add(current.startIndex);
          const condition = current.childForFieldName("condition");
          if (condition === null || hit.index >= condition.endIndex) break;
          if (!isTestCondition(nodeText(this.text, condition))) break;
          const alternative = current.childForFieldName("alternative");
          this.guardRanges.push({ start: condition.endIndex, end: alternative?.startIndex ?? current.endIndex });
          break;
        }
      }
    }
    return this.guardRanges.some((range) => range.start <= node.startIndex && node.endIndex <= range.end);
  }

  /** `slog.Info("msg", "password", pw)` / zap sugar `Infow`: a sensitive string key followed by its value. */
  private keyValuePairs(args: CallArgument[], position: number): Value | undefined {
    if (position === 0) return undefined;
    const keyArgument = args[position - 1];
    const valueArgument = args[position];
    if (keyArgument === undefined || valueArgument === undefined || !STRING_TYPES.has(keyArgument.node.type)) return undefined;
    // A keyword argument carries its own key: the string before `email=email` is an event name, not its key.
    if (keyArgument.label !== undefined || valueArgument.label !== undefined) return undefined;
    const keyName = stringValue(nodeText(this.text, keyArgument.node));
    return this.structuredField(keyName, keyArgument.node, valueArgument.node, this.evaluate(valueArgument.node));
  }

  /** A value logged under a sensitive key (`password=pw`, `{"token": t}`) is sensitive unless literal or sanitized. */
  private structuredField(keyName: string, keyNode: SyntaxNode, valueNode: SyntaxNode, value: Value): Value {
    if (value.state === "tainted") return value;
    if (value.state !== "unknown") return value;
    // The value's own name outweighs the key's: `revokedTokens: count` logs a number, `token: user.id` an id.
    const valueText = nodeText(this.text, valueNode);
    if (valueText.length <= 120 && /^[\w$@]+(?:(?:\.|->|::|\?\.|\?->)[\w$@]+)*$/.test(valueText) && describesMetadata(valueText)) return value;
    const kind = this.classify(keyName, this.options.includePii);
    if (kind === undefined) return value;
    return { state: "tainted", kind, leaf: valueNode, context: "structured-value", key: keyName, name: keyName, spanStart: keyNode.startIndex, spanEnd: valueNode.endIndex };
  }

  /**
   * The message labels the value: `"token=" + x`, `f"password: {x}"`, `"auth " + header`. Counts only when the
   * label sits right before the value and names a secret, and the value is not a literal or sanitized.
   */
  private labelledValue(before: string, valueNode: SyntaxNode): Tainted | undefined {
    if (!/identifier|variable_name|member|attribute|selector|field_access|instance_variable|subscript|index|element/.test(valueNode.type)) return undefined;
    // Error and message values are described, not labelled, by the text before them.
    if (/^(e|ex|exc|err|error|errors|exception|message|msg|reason|status|code|name|id|count|url|path|type|kind)$/i.test(nodeText(this.text, valueNode).split(/\.|->/).pop() ?? "")) return undefined;
    const label = /([A-Za-z][A-Za-z0-9 _-]{0,40}?)\s*[=:]\s*\(?$/.exec(before) ?? /\b(auth|bearer|Bearer|Authorization)\s+$/.exec(before);
    if (label === null) return undefined;
    const labelWords = (label[1] ?? "").trim().split(/[\s]+/);
    // A label is a name or a short noun phrase ("token", "api key"), not the end of a sentence.
    if (labelWords.length > 2) return undefined;
    const words = labelWords.join("_");
    const kind = /^(auth|bearer|Bearer)$/.test(words) ? "authorization" : this.classify(words, this.options.includePii);
    if (kind === undefined) return undefined;
    return { state: "tainted", kind, leaf: valueNode, context: "argument", name: words, origin: undefined };
  }

  /** Printf / slf4j / .NET templates: the label before the n-th placeholder describes the n-th argument. */
  private placeholderLabels(args: CallArgument[]): Map<CallArgument, string> {
    const labels = new Map<CallArgument, string>();
    const formatIndex = args.findIndex((argument) => STRING_TYPES.has(argument.node.type));
    const format = args[formatIndex];
    if (format === undefined || formatIndex > 1) return labels;
    const raw = nodeText(this.text, format.node);
    const placeholders = [...raw.matchAll(/%(?:[-+# 0]*\d*(?:\.\d+)?[a-zA-Z])|\{\}|\{:[^{}]*\}|\{[A-Za-z@$][\w.]*(?::[^}]*)?\}|\{\d+\}/g)].filter((hit) => !hit[0].startsWith("%%"));
    placeholders.forEach((hit, index) => {
      const positional = /^\{(\d+)\}$/.exec(hit[0]);
      const argument = args[formatIndex + 1 + (positional !== null ? Number(positional[1]) : index)];
      if (argument !== undefined) labels.set(argument, raw.slice(0, hit.index));
    });
    return labels;
  }

  /**
   * A function with no parameters handed to a logger is a message supplier (java.util.logging and Log4j2
   * `log.fine(() -> "pw " + pw)`, NLog, loglevel): what it returns is logged. Undefined for anything else.
   */
  private evaluateSupplier(node: SyntaxNode): Value | undefined {
    if (!FUNCTION_LITERALS.has(node.type) || node.type === "block" || node.type === "do_block") return undefined;
    const parameters = node.childForFieldName("parameters") ?? node.childForFieldName("parameter");
    if (parameters !== null && (parameters.type === "identifier" || parameters.namedChildren.some((child) => child.type !== "comment"))) return undefined;
    const body = node.childForFieldName("body");
    if (body === null) return undefined;
    if (!/^(statement_block|block|compound_statement|constructor_body)$/.test(body.type)) return this.evaluate(body);
    const returned = body.namedChildren
      .filter((statement) => statement.type === "return_statement")
      .map((statement) => statement.namedChildren.find((child) => child.type !== "comment"))
      .filter((expression): expression is SyntaxNode => expression !== undefined);
    return returned.length === 0 ? undefined : this.firstTainted(returned);
  }

  // ---------------------------------------------------------------- evaluation

  private evaluate(node: SyntaxNode): Value {
    const key = `${node.startIndex}:${node.endIndex}:${node.type}`;
    const cached = this.memo.get(key);
    if (cached !== undefined) return cached;
    if (this.depth > MAX_DEPTH) return UNKNOWN;
    this.memo.set(key, UNKNOWN);
    this.depth++;
    let value: Value;
    try {
      value = this.evaluateUncached(node);
    } finally {
      this.depth--;
    }
    this.memo.set(key, value);
    return value;
  }

  private evaluateUncached(node: SyntaxNode): Value {
    const type = node.type;
    if (LITERAL_TYPES.has(type)) return LITERAL;
    if (FUNCTION_LITERALS.has(type)) return LITERAL;
    if (STRING_TYPES.has(type) || type === "string" || type === "template_string") return this.evaluateString(node);
    if (WRAPPERS.has(type)) {
      const inner = node.namedChildren.filter((child) => child.type !== "comment" && !/type|predefined_type|type_identifier|type_arguments|generic_name/.test(child.type));
      const last = type === "cast_expression" ? node.childForFieldName("value") ?? inner[inner.length - 1] : inner[inner.length - 1];
      if (type === "expression_list" && inner.length !== 1) return this.firstTainted(inner);
      return last === undefined ? UNKNOWN : this.evaluate(last);
    }
    switch (type) {
      case "identifier":
      case "variable_name":
      case "instance_variable":
      case "class_variable":
      case "global_variable":
      case "constant":
      case "shorthand_property_identifier":
      case "name":
      case "field_identifier":
        return this.evaluateName(node);
      case "member_expression":
      case "attribute":
      case "selector_expression":
      case "field_access":
      case "member_access_expression":
      case "nullsafe_member_access_expression":
      case "conditional_access_expression":
      case "scoped_property_access_expression":
      case "field_expression":
      case "navigation_expression":
        return this.evaluateMember(node);
      case "subscript_expression":
      case "subscript":
      case "index_expression":
      case "element_reference":
      case "element_access_expression":
      case "array_access":
        return this.evaluateIndex(node);
      case "slice_expression":
        return this.evaluateSlice(node);
      case "binary_expression":
      case "binary_operator":
      case "binary":
      case "boolean_operator":
        return this.evaluateBinary(node);
      case "comparison_operator":
      case "not_operator":
      case "instanceof_expression":
      case "is_pattern_expression":
      case "is_expression":
      case "typeof_expression":
      case "sizeof_expression":
        return SANITIZED;
      case "unary_expression":
      case "unary":
      case "prefix_unary_expression":
      case "update_expression": {
        // Kotlin's `token!!` asserts non-null and yields the value.
        if (this.lang === "kotlin" && nodeText(this.text, node).trimEnd().endsWith("!!")) {
          const operand = node.childForFieldName("argument") ?? node.namedChild(0);
          return operand === null ? UNKNOWN : this.evaluate(operand);
        }
        const operator = nodeText(this.text, node).trim().slice(0, 6);
        if (/^(!|not\b|typeof|void|-|\+|~|delete|defined)/.test(operator)) return SANITIZED;
        if (/^[&*]/.test(operator)) {
          const operand = node.childForFieldName("operand") ?? node.childForFieldName("argument") ?? node.namedChildren[node.namedChildren.length - 1] ?? null;
          return operand === null ? UNKNOWN : this.evaluate(operand);
        }
        return UNKNOWN;
      }
      case "ternary_expression":
      case "conditional_expression":
      case "conditional": {
        const condition = node.childForFieldName("condition");
        const branches = node.namedChildren.filter((child) => child !== condition && child.type !== "comment" && (condition === null || child.startIndex !== condition.startIndex));
        // Python's `a if cond else b` has no field names: the middle child is the condition.
        const candidates = this.lang === "python" && branches.length === 3 ? [branches[0]!, branches[2]!] : branches;
        return this.firstTainted(candidates);
      }
      case "object":
      case "dictionary":
      case "hash":
      case "composite_literal":
      case "array_creation_expression":
      case "anonymous_object_creation_expression":
      case "literal_value":
      case "struct_expression":
        return this.evaluateObject(node);
      case "array":
      case "list":
      case "tuple":
      case "set":
      case "array_initializer":
      case "initializer_expression":
      case "collection_expression":
      case "implicit_array_creation_expression":
      case "list_comprehension":
      case "generator_expression":
      case "argument_list":
      case "spread_element":
      case "dictionary_splat":
      case "list_splat":
      case "interpolation":
      case "template_substitution":
        return this.firstTainted(node.namedChildren.filter((child) => child.type !== "comment"));
      case "assignment_expression":
      case "assignment":
      case "named_expression": {
        const right = node.childForFieldName("right") ?? node.childForFieldName("value");
        return right === null ? UNKNOWN : this.evaluate(right);
      }
      case "infix_expression":
        return this.lang === "kotlin" ? this.evaluateKotlinPair(node) : UNKNOWN;
      default:
        if (CALL_TYPES[this.lang].has(type)) return this.evaluateCall(node);
        return UNKNOWN;
    }
  }

  /** Kotlin `"password" to pw` (a Pair, as in `mapOf(…)`): the value, logged under its key. */
  private evaluateKotlinPair(node: SyntaxNode): Value {
    const parts = node.namedChildren.filter((child) => child.type !== "comment");
    if (parts.length !== 3 || nodeText(this.text, parts[1]!) !== "to") return UNKNOWN;
    const [keyNode, , valueNode] = parts as [SyntaxNode, SyntaxNode, SyntaxNode];
    const value = this.evaluate(valueNode);
    const key = STRING_TYPES.has(keyNode.type) ? stringValue(nodeText(this.text, keyNode)) : undefined;
    if (value.state === "tainted") {
      const direct = value.leaf.startIndex === valueNode.startIndex && value.leaf.endIndex === valueNode.endIndex && value.context === "argument";
      return direct && key !== undefined ? { ...value, context: "structured-value", key, spanStart: keyNode.startIndex, spanEnd: valueNode.endIndex } : value;
    }
    if (value.state === "unknown" && key !== undefined) return this.structuredField(key, keyNode, valueNode, value);
    return value;
  }

  private firstTainted(nodes: SyntaxNode[]): Value {
    let sawUnknown = false;
    let sawSanitized = false;
    for (const child of nodes) {
      const value = this.evaluate(child);
      if (value.state === "tainted") return value;
      if (value.state === "unknown") sawUnknown = true;
      if (value.state === "sanitized") sawSanitized = true;
    }
    return sawUnknown ? UNKNOWN : sawSanitized ? SANITIZED : LITERAL;
  }

  private evaluateString(node: SyntaxNode): Value {
    if (this.lang === "rust") {
      const captured = this.rustCaptures(node);
      if (captured !== undefined) return captured;
    }
    let templateUnknown = false;
    if (this.lang === "kotlin") {
      const templated = this.kotlinTemplates(node);
      if (templated?.state === "tainted") return templated;
      templateUnknown = templated?.state === "unknown";
    }
    const parts: SyntaxNode[] = [];
    for (const child of node.namedChildren) {
      if (/^(string_content|string_fragment|escape_sequence|string_start|string_end|interpolation_start|interpolation_brace|interpolated_string_text|string_literal_content|interpreted_string_literal_content|heredoc_start|heredoc_end|heredoc_body|nowdoc_body|comment|format_specifier|type_conversion|text_interpolation|raw_string_literal_content|escape_interpolation)$/.test(child.type)) {
        if (child.type === "heredoc_body") parts.push(...child.namedChildren.filter((part) => !/content|escape/.test(part.type)));
        continue;
      }
      parts.push(child);
    }
    if (parts.length === 0) {
      const flagged = this.options.secretLiterals?.some((range) => range.start < node.endIndex && node.startIndex < range.end) ?? false;
      return flagged ? this.source("secret", node, undefined, "hardcoded secret") : templateUnknown ? UNKNOWN : LITERAL;
    }
    for (const part of parts) {
      const inner = interpolationExpression(part);
      if (inner === null) continue;
      let value = this.evaluate(inner);
      if (value.state === "unknown") {
        const labelled = this.labelledValue(this.text.slice(node.startIndex, part.startIndex), inner);
        if (labelled !== undefined) value = { ...labelled, leaf: inner };
      }
      if (value.state === "tainted") {
        const direct = value.leaf.startIndex === inner.startIndex && value.leaf.endIndex === inner.endIndex;
        if (direct) return { ...value, context: value.context === "structured-value" || value.context === "dump" ? value.context : "interpolation", spanStart: part.startIndex, spanEnd: part.endIndex };
        return value;
      }
    }
    return UNKNOWN;
  }

  /**
   * A Rust format string (first string argument of println!/format!/info!…) names the variables it prints:
   * `"{api_key}"`, `"{token:?}"`. Each capture is evaluated as a use of that name at its place in the string.
   */
  private rustCaptures(node: SyntaxNode): Value | undefined {
    const call = node.parent?.type === "arguments" ? node.parent.parent : null;
    if (call === null || call === undefined || call.type !== "call_expression") return undefined;
    const parts = this.call(call);
    if (parts === undefined || !RUST_FORMAT_MACROS.has(parts.method)) return undefined;
    const raw = nodeText(this.text, node);
    let sawUnknown = false;
    for (const hit of raw.matchAll(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)(?::[^{}]*)?\}/g)) {
      const name = hit[1];
      if (name === undefined) continue;
      const start = node.startIndex + (hit.index ?? 0) + 1;
      const use = syntheticIdentifier(node, start, start + name.length);
      const value = this.evaluate(use);
      if (value.state === "tainted") {
        const spanStart = node.startIndex + (hit.index ?? 0);
        const direct = value.leaf.startIndex === use.startIndex && value.leaf.endIndex === use.endIndex;
        return direct ? { ...value, context: value.context === "dump" ? "dump" : "interpolation", spanStart, spanEnd: spanStart + hit[0].length } : value;
      }
      if (value.state === "unknown") {
        const labelled = this.labelledValue(this.text.slice(node.startIndex, start - 1), use);
        if (labelled !== undefined) return { ...labelled, context: "interpolation", spanStart: start - 1, spanEnd: start - 1 + hit[0].length };
        sawUnknown = true;
      }
    }
    return sawUnknown ? UNKNOWN : undefined;
  }

  /**
   * Kotlin simple templates (`"auth $token"`): the grammar leaves `$` and the name as plain string content, so each
   * `$name` is evaluated as a use of that name at its place. `${…}` templates are interpolation nodes.
   */
  private kotlinTemplates(node: SyntaxNode): Value | undefined {
    const children = node.namedChildren;
    let sawUnknown = false;
    for (let i = 0; i + 1 < children.length; i++) {
      const dollar = children[i]!;
      const next = children[i + 1]!;
      if (dollar.type !== "string_content" || nodeText(this.text, dollar) !== "$" || next.type !== "string_content" || next.startIndex !== dollar.endIndex) continue;
      const name = /^[A-Za-z_]\w*/.exec(nodeText(this.text, next))?.[0];
      if (name === undefined) continue;
      const use = syntheticIdentifier(node, next.startIndex, next.startIndex + name.length);
      const value = this.evaluate(use);
      if (value.state === "tainted") {
        const direct = value.leaf.startIndex === use.startIndex && value.leaf.endIndex === use.endIndex;
        return direct ? { ...value, context: value.context === "dump" ? "dump" : "interpolation", spanStart: dollar.startIndex, spanEnd: use.endIndex } : value;
      }
      if (value.state === "unknown") {
        const labelled = this.labelledValue(this.text.slice(node.startIndex, dollar.startIndex), use);
        if (labelled !== undefined) return { ...labelled, context: "interpolation", spanStart: dollar.startIndex, spanEnd: use.endIndex };
        sawUnknown = true;
      }
    }
    return sawUnknown ? UNKNOWN : undefined;
  }

  private evaluateBinary(node: SyntaxNode): Value {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    const operatorNode = node.childForFieldName("operator");
    const operator = operatorNode !== null ? nodeText(this.text, operatorNode) : this.operatorBetween(left, right);
    if (/^(==|===|!=|!==|<|>|<=|>=|<=>|instanceof|in|is|is not|not in|=~|!~|<>|\?\?=)$/.test(operator)) return SANITIZED;
    if (operator === "&&" || operator === "and") {
      if (this.lang === "go" || this.lang === "java" || this.lang === "csharp" || this.lang === "rust" || this.lang === "kotlin") return SANITIZED;
      return right === null ? UNKNOWN : this.evaluate(right);
    }
    if (operator === "||" || operator === "or" || operator === "??" || operator === "?:") {
      // Kotlin's `?:` (elvis) yields either side; its `||` a boolean.
      if (this.lang === "go" || this.lang === "java" || this.lang === "rust" || ((this.lang === "csharp" || this.lang === "kotlin") && operator === "||")) return SANITIZED;
      return this.firstTainted([left, right].filter((child): child is SyntaxNode => child !== null));
    }
    if (operator === "+" || operator === "." || operator === "%" || operator === "<<" || operator === "+=") {
      // Python's `"%s" % x` formats; elsewhere `%` is arithmetic on numbers.
      if (operator === "%" && !(this.lang === "python" || this.lang === "ruby") ) return SANITIZED;
      if (operator === "<<" && this.lang !== "ruby") return SANITIZED;
      const combined = this.firstTainted([left, right].filter((child): child is SyntaxNode => child !== null));
      if (combined.state === "unknown" && left !== null && right !== null && (operator === "+" || operator === ".") && STRING_TYPES.has(left.type)) {
        const labelled = this.labelledValue(nodeText(this.text, left).replace(/["'`]+$/, ""), right);
        if (labelled !== undefined) return labelled;
      }
      return combined;
    }
    return SANITIZED;
  }

  private operatorBetween(left: SyntaxNode | null, right: SyntaxNode | null): string {
    if (left === null || right === null) return "";
    return this.text.slice(left.endIndex, right.startIndex).trim();
  }

  private evaluateObject(node: SyntaxNode): Value {
    let sawUnknown = false;
    for (const entry of objectEntries(this.text, node)) {
      if (entry.spread !== undefined) {
        const value = this.evaluate(entry.spread);
        if (value.state === "tainted") return value;
        continue;
      }
      if (entry.value === undefined) continue;
      let value = this.evaluate(entry.value);
      if (value.state === "tainted") {
        if (entry.key !== undefined && value.leaf.startIndex === entry.value.startIndex && value.leaf.endIndex === entry.value.endIndex && value.context === "argument") {
          value = { ...value, context: entry.shorthand ? "shorthand" : "structured-value", key: entry.key, spanStart: entry.keyNode?.startIndex ?? entry.value.startIndex, spanEnd: entry.value.endIndex };
        }
        return value;
      }
      if (value.state === "unknown" && entry.key !== undefined && entry.keyNode !== undefined) {
        const field = this.structuredField(entry.key, entry.keyNode, entry.value, value);
        if (field.state === "tainted") return entry.shorthand ? { ...field, context: "shorthand" } : field;
        sawUnknown = true;
      }
    }
    return sawUnknown ? UNKNOWN : LITERAL;
  }

  private evaluateSlice(node: SyntaxNode): Value {
    const operand = node.childForFieldName("operand");
    const start = node.childForFieldName("start");
    const end = node.childForFieldName("end");
    if (operand === null) return UNKNOWN;
    if (isShortPrefix(this.text, start, end)) return SANITIZED;
    const sliced = this.evaluate(operand);
    return sliced.state === "tainted" ? this.asWhole(sliced, node) : sliced;
  }

  private evaluateIndex(node: SyntaxNode): Value {
    let object: SyntaxNode | null;
    let index: SyntaxNode | null;
    switch (node.type) {
      case "subscript_expression":
        object = node.childForFieldName("object") ?? node.namedChild(0);
        index = node.childForFieldName("index") ?? node.namedChild(1);
        break;
      case "subscript":
        object = node.childForFieldName("value");
        index = node.childForFieldName("subscript");
        break;
      case "index_expression":
        // Rust's index_expression has no field names: `value[index]`.
        object = node.childForFieldName("operand") ?? node.namedChild(0);
        index = node.childForFieldName("index") ?? node.namedChild(1);
        break;
      case "element_reference":
        object = node.childForFieldName("object");
        index = node.namedChildren.filter((child) => child.startIndex !== object?.startIndex && child.type !== "comment")[0] ?? null;
        if (node.namedChildren.length === 3 && object !== null) {
          // Ruby `pw[0, 4]`: start and length.
          const [, first, second] = node.namedChildren;
          if (first !== undefined && second !== undefined && /^0$/.test(nodeText(this.text, first)) && /^\d$/.test(nodeText(this.text, second)) && Number(nodeText(this.text, second)) <= 6) return SANITIZED;
        }
        break;
      case "element_access_expression": {
        object = node.childForFieldName("expression");
        const subscript = node.childForFieldName("subscript");
        index = subscript?.namedChildren[0]?.namedChildren[0] ?? null;
        break;
      }
      case "array_access":
        object = node.childForFieldName("array");
        index = node.childForFieldName("index");
        break;
      default:
        return UNKNOWN;
    }
    if (object === null) return UNKNOWN;
    if (index !== null && index.type === "slice") {
      const text = nodeText(this.text, index).replace(/\s+/g, "");
      const prefix = /^(0)?:(\d+)$/.exec(text);
      if (prefix !== null && Number(prefix[2]) <= 6) return SANITIZED;
      if (/^-[1-4]:$/.test(text)) return SANITIZED;
      const sliced = this.evaluate(object);
      return sliced.state === "tainted" ? this.asWhole(sliced, node) : sliced;
    }
    if (index !== null && (index.type === "range" && /^(0\.\.\.?[0-6]|-[1-4]\.\.(-1)?)$/.test(nodeText(this.text, index).replace(/\s+/g, "")))) return SANITIZED;
    // Rust `&token[..4]`, `&key[0..6]`: a short prefix.
    if (this.lang === "rust" && index !== null && index.type === "range_expression") {
      // Also `..key.len().min(4)`: at most a few characters, however short the key.
      if (/^0?\.\.=?(?:[0-6]|[\w.]+\.len\(\)\.min\([0-6]\))$/.test(nodeText(this.text, index).replace(/\s+/g, ""))) return SANITIZED;
      const sliced = this.evaluate(object);
      return sliced.state === "tainted" ? this.asWhole(sliced, node) : sliced;
    }
    const keyName = index !== null && (STRING_TYPES.has(index.type) || index.type === "simple_symbol") ? stringValue(nodeText(this.text, index)) : undefined;
    const objectText = normalizePath(nodeText(this.text, object));
    if (keyName !== undefined) {
      if (ENV_OBJECTS[this.lang].test(objectText) && envKind(keyName, this.options.includePii) === undefined) return UNKNOWN;
      if (/^(cookies|session)$/.test(objectText) && this.lang === "ruby" && SESSION_COOKIE.test(keyName)) return this.source("cookie", node, keyName, `${keyName} cookie read here`);
      if (ENV_OBJECTS[this.lang].test(objectText) || /^(\$_POST|\$_GET|\$_REQUEST|\$_COOKIE|params|request\.(form|args|values|json|data|cookies|headers|META|POST|GET)|req\.(body|query|headers|cookies|params))$/.test(objectText)) {
        const kind = this.classify(keyName, this.options.includePii) ?? (/^(\$_COOKIE|request\.cookies|req\.cookies)$/.test(objectText) && SESSION_COOKIE.test(keyName) ? "cookie" : undefined);
        // Rails sign-in forms nest every field in one hash, such as params[:session] or params[:user] with Devise.
        if (kind === undefined && this.lang === "ruby" && objectText === "params" && /^(session|user|login|sign_in|signin|account|credentials|registration)$/.test(keyName)) {
          return this.source("body", node, undefined, "sign-in form parameters", "dump");
        }
        return kind === undefined ? UNKNOWN : this.source(kind, node, keyName, `${keyName} read here`);
      }
      const kind = this.classify(keyName, this.options.includePii);
      if (kind !== undefined) {
        const objectValue = this.evaluate(object);
        if (objectValue.state === "literal") return LITERAL;
        return this.source(kind, node, keyName, `${keyName} read here`);
      }
      // A different key of a tainted map stays clean; a header or body map read by harmless key too.
      return SANITIZED;
    }
    // Numeric or computed index: a character of a string, or an element we cannot name.
    // A computed key is not followed: `config[x]` may be any field.
    const objectValue = this.evaluate(object);
    return objectValue.state === "tainted" ? UNKNOWN : objectValue.state === "literal" ? LITERAL : UNKNOWN;
  }

  private evaluateMember(node: SyntaxNode): Value {
    const { object, property } = memberParts(this.text, node);
    const path = normalizePath(nodeText(this.text, node));
    const dump = this.dumpKind(path);
    if (dump !== undefined) return this.source(dump, node, undefined, dumpMessage(dump), "dump");
    if (object === null || property === "") return UNKNOWN;
    const objectPath = normalizePath(nodeText(this.text, object));
    if (ENV_OBJECTS[this.lang].test(objectPath)) {
      const kind = envKind(property, this.options.includePii);
      return kind === undefined ? UNKNOWN : this.source(kind, node, property, `${property} read from the environment here`);
    }
    if (/^(length|Length|size|Count|count|len|bytesize|byteLength|isEmpty|IsEmpty|empty\?|nil\?|present\?|blank\?|any\?)$/.test(property)) return SANITIZED;
    if (VALUE_PROPERTIES.test(property) || property === "SecurePassword") {
      const objectName = lastSegment(objectPath);
      const kind = this.classify(objectName, this.options.includePii);
      if (kind !== undefined) return this.source(kind, node, objectName, `${objectName} read here`);
      // `newKey.plaintext`: whatever an object keeps in clear beside its hash or ciphertext is the secret itself.
      if (/^(plaintext|plain_text|plainText|PlainText|Plaintext|cleartext|clear_text|clearText)$/.test(property) && !this.isI18nBase(objectPath)) {
        return this.source("secret", node, `${objectName}.${property}`, `${objectName}.${property} read here`);
      }
      const inner = this.evaluate(object);
      return inner.state === "tainted" ? { ...inner, leaf: node } : inner.state === "literal" ? LITERAL : UNKNOWN;
    }
    if (/^(keys|Keys|names|getHeaderNames|AllKeys|keySet)$/.test(property)) return SANITIZED;
    if (/(^|\.)(cookies|Cookies|COOKIES|signedCookies)$/.test(objectPath) && SESSION_COOKIE.test(property)) {
      return this.source("cookie", node, property, `${property} cookie read here`);
    }
    if (/^(body|Body|params|form|Form|data|json|POST|PostForm)$/.test(property) && REQUEST_OBJECT.test(objectPath)) {
      return this.source("body", node, undefined, "request body", "dump");
    }
    // `msg.sid` (Twilio, Windows SIDs) is a resource identifier; only a session's or cookie's sid is a session key.
    const resourceSid = /^sid$/i.test(property) && !/sess|cookie/i.test(lastSegment(objectPath));
    const kind = resourceSid ? undefined : this.classify(property, this.options.includePii);
    if (kind !== undefined) {
      if (this.isI18nBase(objectPath)) return LITERAL;
      return this.source(kind, node, property, `${property} read here`);
    }
    // A field of an object literal or struct built in this file: that entry's value, not the object's.
    const entryValue = this.fieldValue(object, property);
    if (entryValue !== undefined) return entryValue.state === "tainted" ? { ...entryValue, leaf: node, context: "argument", spanStart: undefined, spanEnd: undefined, key: undefined } : entryValue;
    // `this.config` dumped whole, where the class reads `config.apiKey` (the constructor's parameter it keeps) or
    // `this.config.apiKey`.
    // `http.DefaultRequestHeaders` after `http.DefaultRequestHeaders.Authorization = …` was set in this file.
    if (this.credentialHeaderWrittenTo(nodeText(this.text, node))) return this.source("headers", node, undefined, "request headers", "dump");
    if (/^(this|self|me|Me)$/.test(objectPath)) {
      let owner: SyntaxNode | null = node.parent;
      while (owner !== null && !/class|impl_item|object_declaration/.test(owner.type)) owner = owner.parent;
      const held = this.sensitiveKeyReadFrom(property, node, owner === null ? undefined : { start: owner.startIndex, end: owner.endIndex });
      if (held !== undefined) return { state: "tainted", kind: held.kind, leaf: node, context: "argument", name: property, origin: { start: held.start, end: held.end, message: `${held.key} read from ${property} here` } };
    }
    // Another field of an object that holds a secret is not the secret.
    const objectValue = this.evaluate(object);
    if (objectValue.state === "tainted" && (objectValue.context === "dump" || objectValue.kind === "body" || objectValue.kind === "headers")) {
      return SANITIZED;
    }
    if (objectValue.state === "tainted") return SANITIZED;
    return objectValue.state === "literal" ? LITERAL : UNKNOWN;
  }

  private credentialEntriesRemoved(name: string, from: number, to: number): boolean {
    if (to <= from) return false;
    const between = this.text.slice(from, to);
    if (!/authorization/i.test(between)) return false;
    const escaped = escapeRegExp(name);
    return new RegExp(`(?<![\\w$])${escaped}[^;\\n]{0,80}?(?:remove|delete|pop|del|except|without|omit|reject)\\w*[ \\t]*[({][^;\\n]{0,160}?authorization|(?:delete|unset)[ \\t]*\\(?[ \\t]*${escaped}[ \\t]*(?:\\.|\\[)[ \\t]*["']?authorization`, "i").test(between);
  }

  /** The first tainted value a function defined in this file returns, if any. */
  private returnValueOf(name: string): Value | undefined {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
    this.noteDependency(`c:${name}`);
    if (this.returnValues.has(name)) return this.returnValues.get(name);
    this.returnValues.set(name, undefined); // also stops recursion through itself
    const value = this.returnValueUncached(name);
    this.returnValues.set(name, value);
    return value;
  }

  private returnValueUncached(name: string): Value | undefined {
    const pattern = new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`, "g");
    for (let hit = pattern.exec(this.text); hit !== null; hit = pattern.exec(this.text)) {
      let fn: SyntaxNode | null = this.root.descendantForIndex(hit.index, hit.index + name.length);
      for (let climb = 0; fn !== null && climb < 4 && !(FUNCTION_UNITS.has(fn.type) || FUNCTION_LITERALS.has(fn.type)); climb++) fn = fn.parent;
      if (fn === null || !(FUNCTION_UNITS.has(fn.type) || FUNCTION_LITERALS.has(fn.type)) || functionName(this.text, fn) !== name) continue;
      // Kotlin has no `body` field: a `function_body` child holds a block or, after `=`, the returned expression.
      const kotlinBody = fn.namedChildren.find((child) => child.type === "function_body");
      const body = fn.childForFieldName("body") ?? kotlinBody?.namedChildren.find((child) => child.type !== "comment") ?? null;
      if (body === null) continue;
      // An arrow function's expression body is what it returns.
      if (fn.type === "arrow_function" && body.type !== "statement_block") return this.evaluate(body);
      if (kotlinBody !== undefined && body.type !== "block") {
        const value = this.evaluate(body);
        return value.state === "tainted" && value.viaCaller !== true ? value : undefined;
      }
      const returned: SyntaxNode[] = [];
      const stack: SyntaxNode[] = [body];
      while (stack.length > 0 && returned.length < 10) {
        const current = stack.pop()!;
        if (current !== body && (FUNCTION_UNITS.has(current.type) || FUNCTION_LITERALS.has(current.type))) continue;
        if (current.type === "return_statement" || current.type === "return" || current.type === "return_expression") {
          const expression = current.namedChildren.find((child) => child.type !== "comment");
          if (expression !== undefined) returned.push(expression);
          continue;
        }
        for (const child of current.namedChildren) stack.push(child);
      }
      // Implicit returns: a Kotlin `= expression` body, the last expression of a Ruby method or a Rust block.
      const tail = body.namedChildren.filter((child) => child.type !== "comment").at(-1);
      if (tail !== undefined && !/statement|declaration|definition|^(block|if|unless|while|for|case|begin|rescue)$/.test(tail.type) && returned.length < 10) returned.push(tail);
      // What it returns of what its callers pass in (`suffix(k)` returning `k[len(k)-4:]`) is a transformation the
      // call's own arguments account for: only secrets the function fetches, builds or names itself count.
      for (const expression of returned) {
        const value = this.evaluate(expression);
        if (value.state === "tainted" && value.viaCaller !== true) return value;
      }
      return undefined;
    }
    return undefined;
  }

  /** Does this file set a credential header on the object at `path` (`.Authorization = …`, `.Add("Authorization", …)`)? */
  private credentialHeaderWrittenTo(path: string): boolean {
    if (!/header/i.test(path) || !/authorization|cookie|api[-_]?key|auth[-_]?token/i.test(this.text)) return false;
    const cached = this.headerWrites.get(path);
    if (cached !== undefined) return cached;
    const written = this.credentialHeaderRegexTest(path);
    this.headerWrites.set(path, written);
    return written;
  }

  private credentialHeaderRegexTest(path: string): boolean {
    const escaped = escapeRegExp(path);
    return new RegExp(`(?<![\\w$])${escaped}\\s*(?:\\.(?:Authorization|Cookie)\\s*=(?!=)|\\[\\s*["'](?:Authorization|Cookie|X-Api-Key|X-Auth-Token)["']\\s*\\]\\s*=(?!=)|\\.(?:Add|add|set|Set|put|append|TryAddWithoutValidation|setHeader|header)\\(\\s*["'](?:Authorization|Cookie|X-Api-Key|X-Auth-Token)["'])`, "i").test(this.text);
  }

  private fieldValue(object: SyntaxNode, property: string): Value | undefined {
    if (!/^(identifier|variable_name|instance_variable)$/.test(object.type)) return undefined;
    const { binding, writes } = this.findBinding(object, nodeText(this.text, object));
    for (const write of writes) if (write.key === property) return this.evaluate(write.value);
    if (binding?.kind !== "value" || binding.value === null || binding.value === undefined) return undefined;
    let literal: SyntaxNode | null = binding.value;
    if (literal.type === "unary_expression") literal = literal.namedChildren[literal.namedChildren.length - 1] ?? null;
    if (literal === null || !/^(object|dictionary|hash|composite_literal|array_creation_expression|anonymous_object_creation_expression|struct_expression)$/.test(literal.type)) return undefined;
    for (const entry of objectEntries(this.text, literal)) {
      if (entry.key === property && entry.value !== undefined) return this.evaluate(entry.value);
    }
    return undefined;
  }

  private isI18nBase(objectPath: string): boolean {
    return /(^|\.)(messages|strings|i18n|l10n|t|labels|texts|errors|Errors|Messages|Strings|Resources|R\.string|lang|locale|translations|Lang|trans|constants|Constants|events|Events|routes|Routes|fields|Fields|columns|placeholders)$/.test(objectPath);
  }

  private dumpKind(path: string): SecretKind | undefined {
    if (ENV_OBJECTS[this.lang].test(path)) return "env-dump";
    const parts = path.split(".");
    const last = parts[parts.length - 1] ?? "";
    const objectPath = parts.slice(0, -1).join(".");
    if (HEADER_PROPS.test(last) && REQUEST_OBJECT.test(objectPath)) return /ookie|COOKIES/.test(last) ? "cookie" : "headers";
    return undefined;
  }

  private evaluateCall(node: SyntaxNode): Value {
    const call = this.call(node);
    if (call === undefined) return UNKNOWN;
    const method = call.method;
    const receiverPath = call.receiver === null ? "" : normalizePath(nodeText(this.text, call.receiver));
    const qualified = receiverPath.length > 0 ? `${receiverPath}.${method}` : method;
    // SQLAlchemy prints a URL's password only when told to: `url.render_as_string(hide_password=False)`.
    if (method === "render_as_string" && /hide_password\s*=\s*False/.test(nodeText(this.text, node))) {
      return this.source("connection-string", node, "url", "URL rendered with its password here");
    }
    // Whole-environment and header dumps produced by calls.
    if (/^(os\.Environ|System\.getenv|Environment\.GetEnvironmentVariables|getenv|getallheaders|apache_request_headers|os\.environ\.copy|ENV\.to_h|ENV\.to_hash|ENV\.inspect|dict|process\.env\.toString)$/.test(qualified) && call.args.length === 0) {
      if (/headers/i.test(qualified)) return this.source("headers", node, undefined, "request headers", "dump");
      if (qualified === "dict") return LITERAL;
      return this.source("env-dump", node, undefined, "environment", "dump");
    }
    // Rust `std::env::vars()` / `env::vars_os()`: the whole environment.
    if (this.lang === "rust" && /^(vars|vars_os)$/.test(method) && /(^|\.)env$/.test(receiverPath) && call.args.length === 0) {
      return this.source("env-dump", node, undefined, "environment", "dump");
    }
    // Rust `std::env::var("API_KEY")`, `env::var_os(…)`, `dotenvy::var(…)`.
    if (this.lang === "rust" && /^(var|var_os)$/.test(method) && /(^|\.)(env|dotenv|dotenvy)$/.test(receiverPath) && call.args[0] !== undefined && STRING_TYPES.has(call.args[0].node.type)) {
      const keyName = stringValue(nodeText(this.text, call.args[0].node));
      const kind = envKind(keyName, this.options.includePii);
      return kind === undefined ? UNKNOWN : this.source(kind, node, keyName, `${keyName} read here`);
    }
    if (/^(dict|list)$/.test(method) && call.receiver === null && call.args.length === 1 && /^(os\.environ)$/.test(normalizePath(nodeText(this.text, call.args[0]!.node)))) {
      return this.source("env-dump", node, undefined, "environment", "dump");
    }
    if (/^(get_json|getJson|get_data|getBody|getReader|getInputStream|getParameterMap|all|input|json)$/.test(method) && /^(request|req|\$request|r|ctx|c)$/.test(receiverPath) && call.args.length === 0) {
      return this.source("body", node, undefined, "request body", "dump");
    }
    // (Symfony/Laravel: `$request->headers->all()`.)
    if ((/^(getHeaders|headers|getAllHeaders|getHeaderMap)$/.test(method) || (method === "all" && /headers$/.test(receiverPath))) && /^(request|req|\$request|r|ctx|c|\$?request\.headers)$/.test(receiverPath) && call.args.length === 0) {
      return this.source("headers", node, undefined, "request headers", "dump");
    }
    // Go zap/slog field constructors: zap.String("password", pw) logs a key and a value.
    if (/^(zap|slog|zerolog|log)$/.test(receiverPath) && /^(String|Any|ByteString|Stringer|Reflect|Binary|Group|Attr)$/.test(method) && call.args.length >= 2) {
      const keyNode = call.args[0]!.node;
      const valueNode = call.args[1]!.node;
      const value = this.evaluate(valueNode);
      if (value.state === "tainted") return value;
      if (STRING_TYPES.has(keyNode.type)) return this.structuredField(stringValue(nodeText(this.text, keyNode)), keyNode, valueNode, value);
      return value;
    }
    // Containers and errors built around a value carry it.
    if (call.isConstructor && /^(URLSearchParams|Map|Set|Array|Buffer|String|StringBuilder|StringBuffer|HashMap|Dictionary|List|ArrayList|\w*Error|\w*Exception)$/.test(method)) {
      // C# collection initializers carry their entries: `new Dictionary<string, string> { ["password"] = pw }`.
      const initializer = node.childForFieldName("initializer");
      const entries = initializer === null ? [] : initializer.namedChildren;
      const carried = this.firstTainted([...call.args.map((argument) => argument.node), ...entries]);
      return carried.state === "tainted" ? this.asWhole(carried, node) : UNKNOWN;
    }
    // Kotlin collection builders carry their entries: `mapOf("password" to pw)`, `listOf(token)`.
    if (this.lang === "kotlin" && call.receiver === null && /^(mapOf|mutableMapOf|hashMapOf|linkedMapOf|sortedMapOf|listOf|mutableListOf|arrayListOf|setOf|mutableSetOf|arrayOf|Pair|Triple)$/.test(method)) {
      const carried = this.firstTainted(call.args.map((argument) => argument.node));
      return carried.state === "tainted" ? this.asWhole(carried, node) : carried;
    }
    // Laravel / AdonisJS `request.validate(rules)`, `$request->only(...)` return the named request fields.
    if (/^(validate|validated|safe|only)$/.test(method) && /^(\$?request|req|this\.request|\$this\.request)$/.test(receiverPath)) {
      return this.requestFields(node, call);
    }
    // Rust `base64::encode(creds)`, `STANDARD.encode(…)`, `hex::encode(…)`: an encoding hides nothing.
    const rustEncoding = this.lang === "rust" && method === "encode" && /(^|\.)(base64|hex|STANDARD|STANDARD_NO_PAD|URL_SAFE|URL_SAFE_NO_PAD|BASE64_STANDARD|BASE64_URL_SAFE)$/.test(receiverPath);
    // Sanitizers by name.
    if (!rustEncoding && this.isSanitizerCall(method, receiverPath, call)) return SANITIZED;
    if (isShortPrefixCall(this.text, method, call, (argument) => this.numericValue(argument))) return SANITIZED;
    if (/^(getpass)$/.test(method)) return this.source("password", node, "getpass", "password read here");
    // Python's `secrets` module exists to make tokens and keys: what `secrets.token_hex()` returns is one.
    if (this.lang === "python" && receiverPath === "secrets" && /^token_(hex|urlsafe|bytes)$/.test(method)) return this.source("token", node, method, `${method}() generated here`);
    // Keyed lookups: env / header / form / map reads by string key.
    const firstArgument = call.args[0];
    if (firstArgument !== undefined && KEYED_LOOKUPS.test(method) && (STRING_TYPES.has(firstArgument.node.type) || firstArgument.node.type === "simple_symbol")) {
      const keyName = stringValue(nodeText(this.text, firstArgument.node));
      const isEnvLookup = /^(getenv|Getenv|GetEnvironmentVariable|getEnv|LookupEnv|env)$/.test(method) || /environ|ENV|env/.test(receiverPath);
      const kind = (isEnvLookup ? envKind(keyName, this.options.includePii) : this.classify(keyName, this.options.includePii)) ?? (/^(Cookie|cookie|getCookie|GetCookie|cookies)$/.test(method) && SESSION_COOKIE.test(keyName) ? "cookie" : undefined) ?? (/^(getHeader|GetHeader|header|get|get_header|Get)$/.test(method) && /^(set-)?cookie$/i.test(keyName) ? "cookie" : undefined);
      if (kind !== undefined) {
        if (call.receiver !== null && this.isI18nBase(receiverPath)) return LITERAL;
        return this.source(kind, node, keyName, `${keyName} read here`);
      }
      if (/^(getenv|Getenv|GetEnvironmentVariable|getEnv|LookupEnv|getHeader|GetHeader|header|cookie|FormValue|PostFormValue)$/.test(method) || /Header|headers|environ|ENV|env/.test(receiverPath)) {
        return UNKNOWN;
      }
    }
    if (call.receiver !== null && call.args.length === 0 && call.block === null) {
      const accessed = this.accessorValue(node, call, receiverPath);
      if (accessed !== undefined) return accessed;
    }
    // A call whose name says it returns a secret: getPassword(), fetchApiToken(), password().
    const returned = this.secretReturningName(method);
    if (returned !== undefined && call.args.every((argument) => argument.label === undefined)) {
      return this.source(returned, node, method, `${method}() called here`);
    }
    // The user part of a Basic credential: `decoded.substring(0, decoded.indexOf(':'))`.
    if (/^(substring|substr|slice|Substring)$/.test(method) && call.args.length === 2 && nodeText(this.text, call.args[0]!.node).trim() === "0" && /\.(?:indexOf|IndexOf)\(\s*['"]:['"]\s*\)$/.test(nodeText(this.text, call.args[1]!.node).trim())) {
      return SANITIZED;
    }
    // A function of this file whose return value holds a secret: `const cfg = await loadDbConfig()` where
    // loadDbConfig returns `{ host, user, password }`.
    if (call.receiver === null || /^(this|self|\$this)$/.test(receiverPath)) {
      const returnedValue = this.returnValueOf(method);
      if (returnedValue?.state === "tainted") {
        return { ...returnedValue, leaf: node, context: "argument", spanStart: undefined, spanEnd: undefined, key: undefined, origin: returnedValue.origin ?? { start: node.startIndex, end: node.endIndex, message: `${method}() returns it` } };
      }
    }
    // pydantic `settings.dict(exclude={"db_password", …})` / `model_dump(exclude=…)`: the secret fields are left out.
    if (this.lang === "python" && /^(dict|model_dump|model_dump_json|json)$/.test(method) && call.args.some((argument) => argument.label === "exclude")) return SANITIZED;
    // Propagating calls: formatting, conversions, string methods on a tainted receiver.
    if (PROPAGATING_FUNCTIONS.has(method) || rustEncoding || (this.lang === "go" && receiverPath === "fmt") || /^(String|str|repr)$/.test(method)) {
      const pieces: SyntaxNode[] = [];
      for (const argument of call.args) pieces.push(argument.node);
      // A masking replace sanitizes whatever its receiver holds.
      if (REPLACE_METHODS.test(method) && this.isMaskingReplace(call, receiverPath)) return SANITIZED;
      // A receiver that is a namespace (fmt, JSON, String) says nothing; a tainted receiver propagates.
      let receiverUnknown = false;
      if (call.receiver !== null) {
        const receiverValue = this.evaluate(call.receiver);
        if (receiverValue.state === "tainted") return this.asWhole(receiverValue, node);
        receiverUnknown = receiverValue.state === "unknown" && !/^[A-Z]/.test(nodeText(this.text, call.receiver)) && !/^(fmt|json|util|strings|strconv|path|os|JSON|Object|Array|Buffer|String|Math)$/.test(receiverPath);
      }
      if (/^(print_r|var_export)$/.test(method) && !(call.args[1] !== undefined && /^true$/i.test(nodeText(this.text, call.args[1].node)))) return UNKNOWN;
      const value = this.firstTainted(pieces);
      if (value.state === "tainted") return this.asWhole(value, node);
      if (receiverUnknown || pieces.length === 0) return UNKNOWN;
      return value;
    }
    if (call.receiver !== null) {
      const receiverValue = this.evaluate(call.receiver);
      // (Java's `request.headers().map()` hands over the same headers as a Map.)
      if (receiverValue.state === "tainted" && method === "map" && call.args.length === 0) return this.asWhole(receiverValue, node);
      if (receiverValue.state === "tainted" && /^(trim|strip|to(?:_|[A-Z])\w*|as(?:_|[A-Z])\w*|unwrap|expect|orElse|or_else|unwrap_or|unwrap_or_default|unwrap_or_else|expose_secret|orEmpty|ifEmpty|ifBlank|trimIndent|trimMargin|lowercase|uppercase|into|as_ref|as_deref|borrow|deref|ok|cloned|join|slice|substring|substr|Substring|encode|decode|read|readText|strip|chars|bytes|format|format_map|__str__)$/.test(method)) {
        return this.asWhole(receiverValue, node);
      }
    }
    return UNKNOWN;
  }

  /** Small integer constants: literals, casts of them, and local variables assigned one (`int four = 4`). */
  private numericValue(node: SyntaxNode, depth = 0): number | undefined {
    const raw = nodeText(this.text, node).trim();
    if (/^-?\d+[lLuU]?$/.test(raw)) return Number(raw.replace(/[lLuU]$/, ""));
    if (depth > 3) return undefined;
    if (node.type === "cast_expression" || node.type === "parenthesized_expression") {
      const inner = node.childForFieldName("value") ?? node.namedChildren[node.namedChildren.length - 1] ?? null;
      return inner === null ? undefined : this.numericValue(inner, depth + 1);
    }
    if (node.type === "identifier") {
      const { binding } = this.findBinding(node, raw);
      if (binding?.kind === "value" && binding.value !== null && binding.value !== undefined) return this.numericValue(binding.value, depth + 1);
    }
    return undefined;
  }

  /** A value transformed by a call is reported (and fixed) as the whole call, not the inner operand. */
  private asWhole(value: Tainted, call: SyntaxNode): Tainted {
    if (value.context !== "argument") return value;
    return { ...value, leaf: call, context: "argument", spanStart: undefined, spanEnd: undefined };
  }

  private isSanitizerCall(method: string, receiverPath: string, call: CallParts): boolean {
    // Conversions (`to_hash`, `toHashMap`, `as_dict`) keep the content.
    if (/^(to_|to[A-Z]|as_|as[A-Z])/.test(method)) return false;
    // Kotlin's `orEmpty()` / `ifBlank { … }` return the value itself when it is set.
    if (/^(orEmpty|ifEmpty|ifBlank)$/.test(method)) return false;
    const words = splitWords(method);
    if (words.some((word) => SANITIZER_WORDS.has(word))) {
      if (words.some((word) => word === "encode" || word === "encoded") && NOT_SANITIZER_ENCODINGS.test(method + receiverPath)) return false;
      if (method === "filter" && call.receiver === null) return false;
      if (words.includes("keys") || words.includes("type") || words.includes("count") || words.includes("size") || words.includes("len") || words.includes("length") || words.includes("bool") || words.includes("boolean")) return true;
      return true;
    }
    if (SANITIZER_PREFIXES.test(method)) return true;
    if (/^(Boolean|bool|isset|empty|is_null|is_string|gettype|get_class|typeof|TypeOf|GetType|getClass|type|len|count|strlen|mb_strlen|sizeof|any|all|Any|All|hashCode|GetHashCode|hash|id|crc32|uniqid|uuid4|object_id|nil\?|present\?|blank\?|empty\?|include\?|start_with\?|end_with\?|match\?|eql\?|equal\?)$/.test(method)) return true;
    if (/^(hashlib|crypto|bcrypt|hmac|sha256|CryptoJS|Digest|MessageDigest|BCrypt|argon2|scrypt|passlib|SecureRandom)(\.|$)/.test(receiverPath)) return true;
    if (/^(keys|Keys|keySet|getHeaderNames|AllKeys|array_keys|Object\.keys)$/.test(method)) return true;
    return false;
  }

  private isMaskingReplace(call: CallParts, receiverPath: string): boolean {
    if (this.replacesWithMask(call, receiverPath)) return true;
    const pattern = call.args[0];
    if (pattern === undefined) return false;
    const patternText = nodeText(this.text, pattern.node);
    if (/^\/\.\/g[a-z]*$|^\/\.\+\/[a-z]*$|^\/\.\*\/[a-z]*$|^\/\[\^\]\/g|^\/\[\\s\\S\]\/g/.test(patternText)) return true;
    if (/^(new )?RegExp\(\s*['"]\.['"]\s*,\s*['"]g/.test(patternText)) return true;
    // A RegExp built with flags we cannot see, or a pattern with a wildcard inside a global RegExp: assume masking.
    if (/^(new )?RegExp\(\s*['"][^'"]*\.[^'"]*['"]\s*,\s*(?!['"][^g'"]*['"])/.test(patternText)) return true;
    if (this.lang === "ruby") {
      const method = call.method;
      if (/^gsub!?$/.test(method) && /^\/\.\/[a-z]*$/.test(patternText)) return true;
      if (/^sub!?$/.test(method) && /^\/\.[+*]\/[a-z]*$/.test(patternText)) return true;
    }
    return false;
  }

  /**
   * `sql.replace(password, "********")`, `line.replaceAll("token=\\S+", "token=[REDACTED]")`: what is replaced is the
   * secret itself or a pattern that spans a run of characters, and what replaces it is a mask.
   */
  private replacesWithMask(call: CallParts, receiverPath: string): boolean {
    const args = call.args.map((argument) => argument.node);
    let pattern: SyntaxNode | undefined;
    let replacement: SyntaxNode | undefined;
    let regex = /^(replaceAll|replaceFirst|gsub!?|sub!?|preg_replace|ReplaceAllString)$/.test(call.method);
    if (call.receiver === null && /^(str_replace|str_ireplace|preg_replace)$/.test(call.method)) [pattern, replacement] = args;
    else if (receiverPath === "strings" && /^(Replace|ReplaceAll)$/.test(call.method)) [, pattern, replacement] = args;
    else if (receiverPath === "re" && call.method === "sub") [pattern, replacement, regex] = [args[0], args[1], true];
    else if (/^(Regex|System\.Text\.RegularExpressions\.Regex)$/.test(receiverPath) && call.method === "Replace") [pattern, replacement, regex] = [args[1], args[2], true];
    else if (call.receiver !== null) [pattern, replacement] = args;
    if (pattern === undefined || replacement === undefined || !STRING_TYPES.has(replacement.type)) return false;
    const replacementText = stringValue(nodeText(this.text, replacement));
    // The secret itself replaced by a mask or removed; a prefix constant (`header.replace(BEARER, "")`) is not it.
    if (!STRING_TYPES.has(pattern.type) && !/regex/.test(pattern.type)) {
      return (replacementText === "" || isMaskText(replacementText)) && this.evaluate(pattern).state === "tainted";
    }
    // A regular expression (literal, or a string where the method takes one) that consumes a run: `\S+`, `.*`, `[^&]+`.
    const patternText = nodeText(this.text, pattern);
    return isMaskText(replacementText) && (regex || /regex/.test(pattern.type)) && /(\.|\\S|\\w|\])(\+|\*|\{\d{1,3},)/.test(patternText);
  }

  /** The request fields a validate/only call names: a secret one taints, none visible means the whole body. */
  private requestFields(node: SyntaxNode, call: CallParts): Value {
    const fields: string[] = [];
    for (const argument of call.args) {
      if (STRING_TYPES.has(argument.node.type)) fields.push(stringValue(nodeText(this.text, argument.node)));
      else if (/^(array_creation_expression|array|object|hash|dictionary|list)$/.test(argument.node.type)) {
        for (const entry of objectEntries(this.text, argument.node)) {
          if (entry.key !== undefined) fields.push(entry.key);
          else if (entry.value !== undefined && STRING_TYPES.has(entry.value.type)) fields.push(stringValue(nodeText(this.text, entry.value)));
        }
      }
    }
    for (const field of fields) {
      const kind = this.classify(field, this.options.includePii);
      if (kind !== undefined) return this.source(kind, node, field, `${field} read from the request here`);
    }
    // Without visible rules (`validated()`, `validate($rules)`) every validated field comes back.
    if (fields.length > 0 || (call.method === "validate" && call.args.length === 0)) return UNKNOWN;
    return this.source("body", node, undefined, "request body", "dump");
  }

  /**
   * Accessors read a field: record components and Go getters (`request.password()`, `cfg.APIKey()`), Ruby attribute
   * readers (`endpoint.signing_secret`), and the raw value of a secret-named holder (`token.plaintext`,
   * `secret.getValue()`). Undefined when the call is not such an accessor.
   */
  private accessorValue(node: SyntaxNode, call: CallParts, receiverPath: string): Value | undefined {
    const method = call.method;
    // Ruby predicates (`password?`, `token_expired?`) answer yes or no.
    if (this.lang === "ruby" && method.endsWith("?")) return SANITIZED;
    const receiverName = lastSegment(receiverPath);
    if (/lexer|parser|scanner|tokeni[sz]er|faker|fake|mock|stub|dummy/i.test(receiverPath) || this.isI18nBase(receiverPath)) return undefined;
    const property = method.replace(/^(get|Get|get_)(?=[A-Z_])_?/, "");
    if (VALUE_PROPERTIES.test(property)) {
      const kind = this.classify(receiverName, this.options.includePii);
      return kind === undefined ? undefined : this.source(kind, node, receiverName, `${receiverName} read here`);
    }
    // Ruby's `refresh_token!` and verbs (`resetPassword()`) act on the secret rather than return it.
    if (method.endsWith("!") || ACTION_VERBS.test(splitWords(method)[0] ?? "")) return undefined;
    const kind = this.classify(method, this.options.includePii);
    return kind === undefined ? undefined : this.source(kind, node, method, `${method}() read here`);
  }

  private secretReturningName(method: string): SecretKind | undefined {
    const words = splitWords(method);
    if (words.length === 0) return undefined;
    const verb = words[0]!;
    if (words.length === 1) return undefined;
    if (!/^(get|fetch|load|read|retrieve|obtain|generate|create|issue|request|refresh|make|build|decrypt|current|find|lookup|resolve|acquire|mint|sign|new|gen|exchange|extract|parse|decode)$/.test(verb)) return undefined;
    const rest = method.slice(verb.length).replace(/^_/, "");
    return this.classify(rest, this.options.includePii);
  }

  private source(kind: SecretKind, node: SyntaxNode, name: string | undefined, message: string, context: FixContext = "argument"): Tainted {
    return { state: "tainted", kind, leaf: node, context, name, origin: { start: node.startIndex, end: node.endIndex, message } };
  }

  // ---------------------------------------------------------------- names and bindings

  private evaluateName(node: SyntaxNode): Value {
    let nameNode = node;
    if (node.type === "name" && node.parent?.type === "variable_name") nameNode = node.parent;
    const name = nodeText(this.text, nameNode);
    if (name.length === 0) return UNKNOWN;
    // Whole-object sources by name.
    const dump = this.nameDump(name);
    if (dump !== undefined) return this.source(dump, nameNode, undefined, dumpMessage(dump), "dump");
    const { binding, writes } = this.findBinding(nameNode, name);
    for (const write of writes) {
      let value = this.evaluate(write.value);
      if (value.state === "unknown" && write.key !== undefined) value = this.structuredField(write.key, write.node, write.value, value);
      if (value.state === "tainted") return { ...value, leaf: nameNode, context: "argument", spanStart: undefined, spanEnd: undefined, key: undefined, origin: value.origin ?? { start: write.node.startIndex, end: write.node.endIndex, message: `${value.name ?? "secret"} stored in ${stripSigil(name)} here` } };
    }
    // Ruby calls a method of no arguments without parentheses: `headers.inspect` may be `def headers`'s value.
    if (this.lang === "ruby" && node.type === "identifier" && binding === undefined && writes.length === 0) {
      const returned = this.returnValueOf(name);
      if (returned?.state === "tainted") return { ...returned, leaf: nameNode, context: "argument", spanStart: undefined, spanEnd: undefined, key: undefined, origin: returned.origin ?? { start: nameNode.startIndex, end: nameNode.endIndex, message: `${name} returns it` } };
    }
    const nameKind = this.classify(stripSigil(name), this.options.includePii);
    const propertyHolder = nameKind === undefined ? undefined : nameKind;
    const heldKey = propertyHolder === undefined ? this.sensitiveKeyReadFrom(name, nameNode) : undefined;
    // A field declared without a value (`private readonly Options _options;`) is set elsewhere: the reads decide.
    if (heldKey !== undefined && (binding === undefined || binding.kind !== "value" || binding.value === null || binding.value === undefined || this.evaluate(binding.value).state === "unknown")) {
      return { state: "tainted", kind: heldKey.kind, leaf: nameNode, context: "argument", name: stripSigil(name), origin: { start: heldKey.start, end: heldKey.end, message: `${heldKey.key} read from ${stripSigil(name)} here` } };
    }
    if (binding !== undefined && binding.kind === "value") {
      if (binding.value === null || binding.value === undefined) {
        return propertyHolder === undefined ? UNKNOWN : this.nameSource(propertyHolder, nameNode, name, undefined);
      }
      // Go's `err := json.NewDecoder(r.Body).Decode(&req)`: an error says what went wrong, not what was read; only
      // errors built around a value (`fmt.Errorf("… %s", key)`) carry it.
      if (this.lang === "go" && /^err(?:[A-Z0-9_]\w*)?$/.test(name) && CALL_TYPES.go.has(binding.value.type)) {
        const made = this.call(binding.value);
        if (made !== undefined && !/^(Errorf|New|Wrap|Wrapf|Join|WithMessage|WithMessagef)$/.test(made.method)) return UNKNOWN;
      }
      let value = this.evaluate(binding.value);
      // `secretName = env.DB_PASSWORD_SECRET`: a variable named as metadata holds the secret's name or id.
      // Only a direct read (`a.B` or `a.B ?? "default"`), not a string built around a secret (`url = f"…{password}@…"`).
      if (value.state === "tainted" && describesMetadata(stripSigil(name)) && value.leaf.startIndex === binding.value.startIndex && /member|attribute|subscript|field|index|element|selector/.test(value.leaf.type) && / read (?:from the environment )?here$/.test(value.origin?.message ?? "")) return SANITIZED;
      if (value.state === "tainted" && value.origin?.message === "hardcoded secret" && propertyHolder !== undefined) value = { ...value, kind: propertyHolder };
      // Random output reads as sanitized (it reveals no other secret) but, named so, it is the new secret itself:
      // `new_password = SecureRandom.base58(32)`, `$plainToken = Str::random(60)`.
      if ((value.state === "sanitized" || value.state === "literal") && propertyHolder !== undefined && this.generatesRandom(binding.value)) {
        return this.nameSource(propertyHolder, nameNode, name, { start: binding.value.startIndex, end: binding.value.endIndex, message: `${stripSigil(name)} generated here` });
      }
      // A copy of the headers whose credential entries were removed before the call: `sanitized.keySet().removeIf(…
      // "authorization" …)`, `delete safe.authorization`, `unset($h['Authorization'])`.
      if (value.state === "tainted" && this.credentialEntriesRemoved(name, binding.node.endIndex, nameNode.startIndex)) return SANITIZED;
      if (value.state === "tainted") {
        return { ...value, leaf: nameNode, context: value.context === "dump" ? "dump" : "argument", spanStart: undefined, spanEnd: undefined, key: undefined, name: value.name ?? stripSigil(name), origin: value.origin ?? { start: binding.value.startIndex, end: binding.value.endIndex, message: `${stripSigil(name)} assigned here` } };
      }
      if (value.state === "literal" || value.state === "sanitized") return value;
      if (propertyHolder !== undefined) return this.nameSource(propertyHolder, nameNode, name, { start: binding.node.startIndex, end: binding.node.endIndex, message: `${stripSigil(name)} assigned here` });
      return (this.lang === "rust" ? this.rustDebugDump(binding.node, nameNode) : this.lang === "kotlin" ? this.kotlinDataClassDump(binding.node, nameNode) : undefined) ?? UNKNOWN;
    }
    if (binding !== undefined && binding.kind === "param") {
      if (propertyHolder !== undefined) return this.nameSource(propertyHolder, nameNode, name, { start: binding.node.startIndex, end: binding.node.endIndex, message: `${stripSigil(name)} parameter` });
      // Spring hands every request header to `@RequestHeader Map<String, String> headers` (or HttpHeaders).
      let declaration: SyntaxNode | null = binding.node;
      for (let climb = 0; declaration !== null && climb < 3 && !/parameter/.test(declaration.type); climb++) declaration = declaration.parent;
      if (declaration !== null && /@RequestHeader\s+(?:final\s+)?(?:Map|MultiValueMap|HttpHeaders)\b/.test(nodeText(this.text, declaration))) {
        return this.source("headers", nameNode, undefined, "request headers", "dump");
      }
      const fromCaller = this.parameterFromCallers(binding);
      if (fromCaller.state === "tainted") {
        return { ...fromCaller, leaf: nameNode, context: "argument", spanStart: undefined, spanEnd: undefined, key: undefined };
      }
      if ((this.lang === "rust" || this.lang === "kotlin") && binding.node.parent !== null) {
        const dumped = this.lang === "rust" ? this.rustDebugDump(binding.node.parent, nameNode) : this.kotlinDataClassDump(binding.node.parent, nameNode);
        if (dumped !== undefined) return dumped;
      }
      return fromCaller.state === "literal" || fromCaller.state === "sanitized" ? fromCaller : UNKNOWN;
    }
    if (binding === undefined && this.lang === "ruby" && name === "params") return this.source("body", nameNode, undefined, "request parameters", "dump");
    if (propertyHolder !== undefined) {
      // Upper-case names with no visible binding are usually imported constants or settings.
      return this.nameSource(propertyHolder, nameNode, name, undefined);
    }
    return UNKNOWN;
  }

  /**
   * Rust: a value declared with a type (`config: ApiConfig`, `let c: Creds = …`) whose struct, in this file, derives
   * Debug and has a secret-named field prints that field when formatted (`{:?}`, tracing's `?config`), unless the
   * file gives the type its own Display.
   */
  private rustDebugDump(declaration: SyntaxNode, nameNode: SyntaxNode): Tainted | undefined {
    if (declaration.type !== "parameter" && declaration.type !== "let_declaration") return undefined;
    const typeNode = declaration.childForFieldName("type");
    if (typeNode === null) return undefined;
    const typeName = /([A-Z]\w*)\s*(?:<[^<>]*>)?\s*$/.exec(nodeText(this.text, typeNode).replace(/^&\s*('\w+\s+)?(mut\s+)?/, ""))?.[1];
    if (typeName === undefined) return undefined;
    this.noteDependency(`r:${typeName}`);
    const struct = new RegExp(`#\\[derive\\([^)]*\\bDebug\\b[^)]*\\)\\]\\s*(?:#\\[[^\\]]*\\]\\s*)*(?:pub(?:\\([^)]*\\))?\\s+)?struct\\s+${escapeRegExp(typeName)}\\b[^{;]*\\{([^}]*)\\}`).exec(this.text);
    if (struct === null || new RegExp(`impl\\b[^{]*\\bDisplay\\s+for\\s+${escapeRegExp(typeName)}\\b`).test(this.text)) return undefined;
    for (const field of struct[1]!.matchAll(/(?:^|[,{\s])(?:pub(?:\([^)]*\))?\s+)?([a-z_]\w*)\s*:/g)) {
      const kind = this.classify(field[1]!, this.options.includePii);
      if (kind === undefined) continue;
      const start = struct.index + struct[0].indexOf(struct[1]!) + (field.index ?? 0);
      return { state: "tainted", kind, leaf: nameNode, context: "dump", name: nodeText(this.text, nameNode), origin: { start, end: start + field[0].length, message: `${typeName} derives Debug and holds ${field[1]}` } };
    }
    return undefined;
  }

  /**
   * Kotlin: a value declared with a type (`config: ApiConfig`, `val t: Tokens = …`) whose data class, in this file,
   * has a secret-named property prints it in the generated toString, unless the class overrides toString.
   */
  private kotlinDataClassDump(declaration: SyntaxNode, nameNode: SyntaxNode): Tainted | undefined {
    let holder: SyntaxNode | undefined = declaration;
    if (declaration.type === "property_declaration") holder = declaration.namedChildren.find((child) => child.type === "variable_declaration");
    if (holder === undefined || !/^(parameter|class_parameter|variable_declaration)$/.test(holder.type)) return undefined;
    const typeNode = holder.namedChildren.find((child) => child.type === "user_type" || child.type === "nullable_type");
    if (typeNode === undefined) return undefined;
    const typeName = /([A-Z]\w*)\s*(?:<[^<>]*>)?\s*\??\s*$/.exec(nodeText(this.text, typeNode))?.[1];
    if (typeName === undefined) return undefined;
    this.noteDependency(`r:${typeName}`);
    const dataClass = new RegExp(`\\bdata\\s+class\\s+${escapeRegExp(typeName)}\\b\\s*(?:<[^>]*>)?\\s*\\(([^)]*)\\)`).exec(this.text);
    if (dataClass === null) return undefined;
    const after = this.text.slice(dataClass.index + dataClass[0].length, dataClass.index + dataClass[0].length + 4000);
    const body = after.split(/\n(?:[ \t]*(?:private|internal|public)\s+)?(?:data\s+|sealed\s+|enum\s+)?(?:class|object|interface)\s/)[0] ?? "";
    if (/override\s+fun\s+toString\b/.test(body)) return undefined;
    for (const field of dataClass[1]!.matchAll(/\b(?:val|var)\s+([a-z_]\w*)\s*:/g)) {
      const kind = this.classify(field[1]!, this.options.includePii);
      if (kind === undefined) continue;
      const start = dataClass.index + dataClass[0].indexOf(dataClass[1]!) + (field.index ?? 0);
      return { state: "tainted", kind, leaf: nameNode, context: "dump", name: nodeText(this.text, nameNode), origin: { start, end: start + field[0].length, message: `data class ${typeName} prints ${field[1]} in toString` } };
    }
    return undefined;
  }

  /** `config["smtp_password"]` / `data.get("access_token")` somewhere in the function: the whole map holds a secret. */
  private sensitiveKeyReadFrom(name: string, use: SyntaxNode, within?: { start: number; end: number }): { kind: SecretKind; key: string; start: number; end: number } | undefined {
    const scope = within ?? this.scopes()[this.innermostScope(use.startIndex)]!;
    if (scope.start < this.unitRange.start || scope.end > this.unitRange.end) this.noteDependency(`r:${name}`);
    const region = this.text.slice(scope.start, scope.end);
    const escaped = escapeRegExp(name);
    const keyed = new RegExp(`(?<![\\w$@])${escaped}(?:\\[\\s*|\\.(?:get|fetch|dig|Get|GetValue)\\(\\s*)(?:["']([\\w-]{2,60})["']|:(\\w{2,60}))`, "g");
    // Also a field read as a member (`cfg.Password`, `config.apiKey`, `$opts->secret`): dumping the whole object
    // (`%+v`, `JSON.stringify`, `zap.Any`, `{@Options}`) prints that field with the rest. The object must be the
    // name itself (or `this.name`), not a member of something else: `process.env.X` says nothing of a local `env`.
    const member = new RegExp(`(?<![\\w$@])(?<!(?<!\\b(?:this|self))\\.)${escaped}(?:\\.|->)([A-Za-z_]\\w{1,60})(?![\\w(])`, "g");
    for (const hit of [...region.matchAll(keyed), ...region.matchAll(member)]) {
      const key = hit[1] ?? hit[2] ?? "";
      const kind = this.classify(key, this.options.includePii);
      if (kind !== undefined) {
        const start = scope.start + (hit.index ?? 0);
        return { kind, key, start, end: start + hit[0].length };
      }
    }
    return undefined;
  }

  /** Does the expression call a random generator (SecureRandom, secrets.token_hex, crypto.randomBytes, uuid…)? */
  private generatesRandom(node: SyntaxNode): boolean {
    const pending: SyntaxNode[] = [node];
    for (let visited = 0; pending.length > 0 && visited < 40; visited++) {
      const current = pending.pop()!;
      if (CALL_TYPES[this.lang].has(current.type)) {
        const call = this.call(current);
        if (call !== undefined) {
          const qualified = `${call.receiver === null ? "" : normalizePath(nodeText(this.text, call.receiver)).slice(-60)}.${call.method}`;
          if (RANDOM_SOURCE.test(qualified)) return true;
        }
      }
      if (FUNCTION_LITERALS.has(current.type)) continue;
      pending.push(...current.namedChildren);
    }
    return false;
  }

  /** Name classification, except that in lexer code a bare `token` / `tokens` / `tok` is syntax, not a credential. */
  private classify(name: string, includePii: boolean | undefined): SecretKind | undefined {
    const kind = classifyName(name, includePii);
    if (kind === "token" && this.lexer && /^[$@]?(self\.|this\.)?(token|tokens|tok|raw_token|cur_token|current_token|next_token|last_token|token_string|token_value|tt)$/i.test(name)) return undefined;
    return kind;
  }

  private nameSource(kind: SecretKind, node: SyntaxNode, name: string, origin: Tainted["origin"]): Tainted {
    return { state: "tainted", kind, leaf: node, context: "argument", name: stripSigil(name), origin };
  }

  private nameDump(name: string): SecretKind | undefined {
    switch (this.lang) {
      case "ruby":
        return name === "ENV" ? "env-dump" : undefined;
      case "php":
        if (name === "$_ENV" || name === "$_SERVER" || name === "$GLOBALS") return "env-dump";
        if (name === "$_POST" || name === "$_REQUEST") return "body";
        if (name === "$_COOKIE") return "cookie";
        return undefined;
      case "python":
        this.noteDependency("b:environ");
        return name === "environ" && /from\s+os\s+import\s+[^\n]*\benviron\b/.test(this.text) ? "env-dump" : undefined;
      default:
        return undefined;
    }
  }

  // Scopes as sorted intervals, so "which scope holds this offset" costs no tree walk. Built with one wasm query,
  // or, for a new version of a document, from the previous version's intervals plus a query over the edited units.
  private scopeTable: ScopeEntry[] | undefined;
  private scopeSeed: { previous: ScopeInterval[]; dirtyStart: number; dirtyEndOld: number; delta: number; nodes: SyntaxNode[] } | undefined;
  private readonly candidateOffsets = new Map<string, number[]>();

  private scopes(): ScopeEntry[] {
    if (this.scopeTable !== undefined) return this.scopeTable;
    const types = [...SCOPE_TYPES[this.lang]];
    const isRoot = (node: SyntaxNode): boolean => node.startIndex === this.root.startIndex && node.endIndex === this.root.endIndex;
    let intervals: ScopeInterval[] | undefined;
    const seed = this.scopeSeed;
    if (seed !== undefined) {
      intervals = [];
      for (const interval of seed.previous) {
        if (interval.end <= seed.dirtyStart) intervals.push(interval);
        else if (interval.start >= seed.dirtyEndOld) intervals.push({ ...interval, start: interval.start + seed.delta, end: interval.end + seed.delta, bodyStart: interval.bodyStart === undefined ? undefined : interval.bodyStart + seed.delta });
        else if (interval.start < seed.dirtyStart && interval.end > seed.dirtyEndOld) intervals.push({ ...interval, end: interval.end + seed.delta, bodyStart: interval.bodyStart !== undefined && interval.bodyStart >= seed.dirtyStart ? undefined : interval.bodyStart });
        else if (interval.start >= seed.dirtyStart && interval.end <= seed.dirtyEndOld) continue;
        else {
          intervals = undefined;
          break;
        }
      }
      if (intervals !== undefined) {
        for (const unitNode of seed.nodes) {
          const found = unitNode.descendantsOfType(types);
          for (const node of found) if (!isRoot(node)) intervals.push({ start: node.startIndex, end: node.endIndex, type: node.type, bodyStart: undefined, node });
        }
      }
    }
    if (intervals === undefined) {
      intervals = this.root.descendantsOfType(types).filter((node) => !isRoot(node)).map((node) => ({ start: node.startIndex, end: node.endIndex, type: node.type, bodyStart: undefined, node }));
    }
    intervals.sort((a, b) => a.start - b.start || b.end - a.end);
    const table: ScopeEntry[] = [{ start: this.root.startIndex, end: this.root.endIndex + 1, type: this.root.type, bodyStart: this.root.startIndex, node: this.root, parent: -1 }];
    const stack: number[] = [0];
    let previousKey = "";
    for (const interval of intervals) {
      const key = `${interval.start}:${interval.end}:${interval.type}`;
      if (key === previousKey) continue;
      previousKey = key;
      while (stack.length > 1 && table[stack[stack.length - 1]!]!.end <= interval.start) stack.pop();
      table.push({ ...interval, parent: stack[stack.length - 1]! });
      stack.push(table.length - 1);
    }
    this.scopeTable = table;
    return table;
  }

  /** Index of the innermost scope containing `offset`. */
  private innermostScope(offset: number): number {
    const table = this.scopes();
    let low = 0;
    let high = table.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (table[middle]!.start <= offset) low = middle;
      else high = middle - 1;
    }
    let index = low;
    while (index > 0 && !(table[index]!.start <= offset && offset < table[index]!.end)) index = table[index]!.parent;
    return index;
  }

  private bodyStart(scopeIndex: number): number {
    const entry = this.scopes()[scopeIndex]!;
    if (entry.bodyStart === undefined) {
      let node = entry.node;
      if (node === undefined) {
        // An interval carried over from the previous version: find its node in this tree.
        let candidate: SyntaxNode | null = this.root.descendantForIndex(entry.start, entry.end);
        while (candidate !== null && !(candidate.startIndex === entry.start && candidate.endIndex === entry.end && candidate.type === entry.type)) candidate = candidate.parent;
        node = candidate ?? undefined;
      }
      // Kotlin functions have no `body` field: their body is a function_body child.
      entry.bodyStart = CLASS_SCOPES.has(entry.type) || scopeIndex === 0 || node === undefined ? entry.start : (node.childForFieldName("body")?.startIndex ?? node.namedChildren.find((child) => child.type === "function_body")?.startIndex ?? entry.start);
    }
    return entry.bodyStart;
  }

  /** Cheap text test: could the occurrence at `offset` bind or write the name? Most uses are plain reads. */
  private mightBind(offset: number, name: string, scopeIndex: number): boolean {
    if (offset < this.bodyStart(scopeIndex)) return true;
    return mightBindText(this.text, offset, name);
  }

  /** The latest binding of `name` visible at `use`, scanning enclosing scopes outwards; plus later field writes. */
  private findBinding(use: SyntaxNode, name: string): { binding?: Binding; writes: FieldWrite[] } {
    const writes: FieldWrite[] = [];
    const position = use.startIndex;
    let scopeIndex = this.innermostScope(position);
    const table = this.scopes();
    while (scopeIndex >= 0) {
      const scope = table[scopeIndex]!;
      const isClass = CLASS_SCOPES.has(scope.type);
      if (scope.start < this.unitRange.start || scope.end > this.unitRange.end) this.noteDependency(`b:${name}`);
      const offsets = this.candidatesIn(name, scopeIndex);
      for (let i = offsets.length - 1; i >= 0; i--) {
        const offset = offsets[i]!;
        if (offset === use.startIndex) continue;
        if (!isClass && offset >= position) continue;
        const role = this.occurrenceRole(offset, name);
        if (role === undefined || role.end > position) continue;
        if (role.write !== undefined) {
          writes.push(role.write);
          continue;
        }
        const binding = role.binding;
        if (binding === undefined) continue;
        return { binding, writes };
      }
      scopeIndex = scope.parent;
    }
    return { writes };
  }

  private readonly callCache = new Map<string, CallParts | undefined>();

  private call(node: SyntaxNode): CallParts | undefined {
    const key = `${node.startIndex}:${node.endIndex}:${node.type}`;
    if (this.callCache.has(key)) return this.callCache.get(key);
    const parts = callParts(this.lang, this.text, node);
    this.callCache.set(key, parts);
    return parts;
  }

  private readonly roles = new Map<number, { binding?: Binding; write?: FieldWrite; end: number } | null>();

  /** What the occurrence at `offset` does to the name (binds it, writes into it, or nothing), cached per offset. */
  private occurrenceRole(offset: number, name: string): { binding?: Binding; write?: FieldWrite; end: number } | undefined {
    const cached = this.roles.get(offset);
    if (cached !== undefined) return cached ?? undefined;
    let role: { binding?: Binding; write?: FieldWrite; end: number } | null = null;
    let occurrence = this.root.descendantForIndex(offset, offset + name.length);
    if (occurrence !== null && occurrence.type === "name" && occurrence.parent?.type === "variable_name") occurrence = occurrence.parent;
    if (occurrence !== null && occurrence.startIndex === offset && occurrence.endIndex === offset + name.length) {
      const binding = this.bindingAt(occurrence, Number.MAX_SAFE_INTEGER);
      if (binding !== undefined) {
        role = { binding, end: binding.kind === "param" ? 0 : binding.node.endIndex };
      } else {
        const write = this.fieldWriteAt(occurrence, Number.MAX_SAFE_INTEGER);
        if (write !== undefined) role = { write, end: write.node.endIndex };
      }
    }
    this.roles.set(offset, role);
    return role ?? undefined;
  }

  /** Offsets in scope `scopeIndex` (not in nested scopes) where `name` might be bound or written. */
  private candidatesIn(name: string, scopeIndex: number): number[] {
    const key = `${scopeIndex}\u0000${name}`;
    const cached = this.candidateOffsets.get(key);
    if (cached !== undefined) return cached;
    const scope = this.scopes()[scopeIndex]!;
    const pattern = new RegExp(`(?<![\\w$@])${escapeRegExp(name)}(?![\\w$])`, "g");
    pattern.lastIndex = scope.start;
    const offsets: number[] = [];
    const end = Math.min(scope.end, this.text.length);
    for (let hit = pattern.exec(this.text); hit !== null && hit.index < end; hit = pattern.exec(this.text)) {
      if (this.innermostScope(hit.index) !== scopeIndex) continue;
      if (!this.mightBind(hit.index, name, scopeIndex)) continue;
      offsets.push(hit.index);
    }
    this.candidateOffsets.set(key, offsets);
    return offsets;
  }

  /** If `node` is a declared parameter: its function and index. */
  private parameterInfo(node: SyntaxNode): { fn: SyntaxNode; index: number } | undefined {
    let parameter: SyntaxNode | null = node;
    let list: SyntaxNode | null = node.parent;
    for (let climb = 0; list !== null && climb < 3; climb++) {
      if (/^(formal_parameters|parameters|parameter_list|method_parameters|lambda_parameters|block_parameters|closure_parameters|function_value_parameters|class_parameters)$/.test(list.type)) break;
      parameter = list;
      list = list.parent;
    }
    if (list === null || parameter === null || !/^(formal_parameters|parameters|parameter_list|method_parameters|lambda_parameters|block_parameters|closure_parameters|function_value_parameters|class_parameters)$/.test(list.type)) return undefined;
    // The parameter's own name must be this node (not a default value expression).
    if (parameter !== node) {
      const declared = parameter.childForFieldName("name") ?? parameter.childForFieldName("pattern") ?? parameter.childForFieldName("left") ?? parameter.namedChildren.find((child) => child.type === "identifier" || child.type === "variable_name") ?? null;
      if (declared === null || declared.startIndex !== node.startIndex) {
        // Go: `a, b string` has several name fields.
        if (!(parameter.type === "parameter_declaration" && node.type === "identifier" && node.parent === parameter && node.endIndex <= (parameter.childForFieldName("type")?.startIndex ?? parameter.endIndex))) return undefined;
      }
    }
    const fn = list.parent;
    if (fn === null) return undefined;
    // Go method receivers are a parameter_list too.
    if (fn.type === "method_declaration" && this.lang === "go" && fn.childForFieldName("receiver")?.startIndex === list.startIndex) return undefined;
    let index = 0;
    for (const child of list.namedChildren) {
      if (child.type === "comment") continue;
      if (this.lang === "go" && child.type === "parameter_declaration") {
        const typeNode = child.childForFieldName("type");
        for (const part of child.namedChildren) {
          if (typeNode !== null && part.startIndex >= typeNode.startIndex) break;
          if (part.startIndex === node.startIndex) return { fn, index };
          index++;
        }
        continue;
      }
      if (child.startIndex <= node.startIndex && node.endIndex <= child.endIndex) return { fn, index };
      index++;
    }
    return undefined;
  }

  private bindingAt(occurrence: SyntaxNode, position: number): Binding | undefined {
    const parent = occurrence.parent;
    if (parent === null) return undefined;
    const parameter = this.parameterInfo(occurrence);
    if (parameter !== undefined) return { kind: "param", node: occurrence, fn: parameter.fn, index: parameter.index };
    const completed = (node: SyntaxNode): boolean => node.endIndex <= position;
    if (this.lang === "kotlin" && parent.type === "variable_declaration") {
      // `val name[: T] = value` (property_declaration); destructuring and loop variables are not followed.
      const declaration = parent.parent;
      if (declaration === null || !completed(declaration)) return undefined;
      if (declaration.type !== "property_declaration") return { kind: "unknown", node: parent };
      const value = declaration.namedChildren.find((child) => child.startIndex >= parent.endIndex && !/^(comment|property_delegate|getter|setter|type_constraints)$/.test(child.type)) ?? null;
      return { kind: "value", node: declaration, value };
    }
    if (this.lang === "rust" && parent.type === "let_declaration") {
      // `let [mut] name[: T] = value;`; a destructuring pattern binds something we do not follow.
      if (!completed(parent)) return undefined;
      const pattern = parent.childForFieldName("pattern");
      if (pattern?.startIndex === occurrence.startIndex && pattern.endIndex === occurrence.endIndex) return { kind: "value", node: parent, value: parent.childForFieldName("value") };
      return undefined;
    }
    if (this.lang === "rust" && /^(tuple_pattern|tuple_struct_pattern|struct_pattern|field_pattern|slice_pattern|ref_pattern|mut_pattern|captured_pattern|or_pattern|match_pattern)$/.test(parent.type)) {
      return { kind: "unknown", node: parent };
    }
    if (this.lang === "rust" && parent.type === "for_expression" && parent.childForFieldName("pattern")?.startIndex === occurrence.startIndex) {
      return { kind: "unknown", node: parent };
    }
    switch (parent.type) {
      case "variable_declarator": {
        const nameNode = parent.childForFieldName("name");
        if (nameNode?.startIndex !== occurrence.startIndex) return undefined;
        if (!completed(parent)) return undefined;
        let value = parent.childForFieldName("value");
        if (value === null && this.lang === "csharp") value = parent.namedChildren.find((child) => child.startIndex > occurrence.endIndex && child.type !== "bracketed_argument_list") ?? null;
        if (value?.type === "equals_value_clause") value = value.namedChildren[0] ?? null;
        return { kind: "value", node: parent, value };
      }
      case "assignment_expression":
      case "assignment":
      case "assignment_statement":
      case "short_var_declaration":
      case "operator_assignment":
      case "augmented_assignment":
      case "augmented_assignment_expression":
      case "named_expression":
      case "let_declaration":
      case "property_element":
      case "var_spec":
      case "const_spec":
      case "expression_list":
      case "pattern_list":
      case "left_assignment_list": {
        const statement = parent.type === "expression_list" || parent.type === "pattern_list" || parent.type === "left_assignment_list" ? parent.parent : parent;
        if (statement === null) return undefined;
        const left = statement.childForFieldName("left") ?? statement.childForFieldName("name");
        if (left === null || !(left.startIndex <= occurrence.startIndex && occurrence.endIndex <= left.endIndex)) return undefined;
        if (!completed(statement)) return undefined;
        if (/augmented|operator_assignment/.test(statement.type) || /^[-+*/.|&%^]+=|\?\?=|\|\|=/.test(this.text.slice(left.endIndex, left.endIndex + 6).trim())) {
          return undefined;
        }
        const right = statement.childForFieldName("right") ?? statement.childForFieldName("value");
        if (right === null) return { kind: "value", node: statement, value: null };
        if (left.type === "expression_list" || left.type === "pattern_list" || left.type === "left_assignment_list" || left.type === "tuple_pattern") {
          const names = left.namedChildren;
          const values = right.type === "expression_list" ? right.namedChildren : [right];
          const index = names.findIndex((candidate) => candidate.startIndex === occurrence.startIndex);
          if (index < 0 || names.length !== values.length) return { kind: "unknown", node: statement };
          return { kind: "value", node: statement, value: values[index] ?? null };
        }
        if (left.startIndex !== occurrence.startIndex || left.endIndex !== occurrence.endIndex) return undefined;
        return { kind: "value", node: statement, value: right };
      }
      case "object_pattern":
      case "array_pattern":
      case "shorthand_property_identifier_pattern":
      case "pair_pattern":
      case "for_in_statement":
      case "for_statement":
      case "enhanced_for_statement":
      case "for_each_statement":
      case "foreach_statement":
      case "range_clause":
      case "catch_clause":
      case "catch_formal_parameter":
      case "except_clause":
      case "as_pattern_target":
      case "import_specifier":
      case "import_clause":
      case "namespace_import":
      case "dotted_name":
      case "aliased_import":
      case "with_item":
      case "exception_variable":
      case "catch_declaration":
        return { kind: "unknown", node: parent };
      default:
        if (occurrence.type === "shorthand_property_identifier_pattern") return { kind: "unknown", node: occurrence };
        return undefined;
    }
  }

  /** `obj.password = pw`, `obj["token"] = t`, `sb.append(pw)`, `x += pw`: writes into an existing value. */
  private fieldWriteAt(occurrence: SyntaxNode, position: number): FieldWrite | undefined {
    const parent = occurrence.parent;
    if (parent === null) return undefined;
    // Compound assignment to the name itself.
    if (/augmented_assignment|operator_assignment|assignment_expression|assignment_statement|compound_assignment_expr/.test(parent.type)) {
      const left = parent.childForFieldName("left");
      const right = parent.childForFieldName("right");
      if (left?.startIndex === occurrence.startIndex && right !== null && parent.endIndex <= position) return { node: parent, value: right };
      return undefined;
    }
    const statement = parent.parent;
    if (statement === null) return undefined;
    const isObject = (parent.childForFieldName("object") ?? parent.childForFieldName("operand") ?? parent.childForFieldName("expression") ?? parent.childForFieldName("value") ?? parent.childForFieldName("receiver") ?? parent.namedChild(0))?.startIndex === occurrence.startIndex;
    if (!isObject) return undefined;
    if (/assignment/.test(statement.type) && statement.childForFieldName("left")?.startIndex === parent.startIndex && statement.endIndex <= position) {
      const right = statement.childForFieldName("right");
      if (right === null) return undefined;
      const { property } = memberParts(this.text, parent);
      let key: string | undefined = property || undefined;
      if (/subscript|element_reference|index_expression|element_access|array_access/.test(parent.type)) {
        const index = parent.childForFieldName("index") ?? parent.childForFieldName("subscript") ?? parent.namedChild(1);
        key = index !== null && (STRING_TYPES.has(index.type) || index.type === "simple_symbol") ? stringValue(nodeText(this.text, index)) : undefined;
      }
      return { node: statement, key, value: right };
    }
    if (CALL_TYPES[this.lang].has(statement.type) || CALL_TYPES[this.lang].has(parent.type)) {
      const callNode = CALL_TYPES[this.lang].has(parent.type) ? parent : statement;
      const call = this.call(callNode);
      if (call === undefined || call.receiver?.startIndex !== occurrence.startIndex || callNode.endIndex > position) return undefined;
      if (!WRITE_METHODS.test(call.method)) return undefined;
      const last = call.args[call.args.length - 1];
      if (last === undefined) return undefined;
      const first = call.args[0];
      const key = call.args.length >= 2 && first !== undefined && STRING_TYPES.has(first.node.type) ? stringValue(nodeText(this.text, first.node)) : /^set[A-Z]/.test(call.method) ? call.method.slice(3) : undefined;
      return { node: callNode, key, value: last.node };
    }
    return undefined;
  }

  /** Values passed to a parameter by the same file's call sites. */
  private parameterFromCallers(binding: Binding): Value {
    const fn = binding.fn;
    if (fn === undefined || binding.index === undefined) return UNKNOWN;
    const fnName = functionName(this.text, fn);
    if (fnName === undefined) return UNKNOWN;
    this.noteDependency(`c:${fnName}`);
    const index = binding.index;
    // Type arguments may sit between the name and the call: `requestWithRetry<Page>(config)`.
    const pattern = new RegExp(`(?<![\\w$])${escapeRegExp(fnName)}\\s*(?:<[^<>()]{0,200}>\\s*)?\\(`, "g");
    const firstParameterIsSelf = (this.lang === "python" && /^(self|cls)$/.test(firstParameterName(this.text, fn) ?? "")) ||
      (this.lang === "rust" && fn.childForFieldName("parameters")?.namedChildren[0]?.type === "self_parameter");
    for (let hit = pattern.exec(this.text); hit !== null; hit = pattern.exec(this.text)) {
      if (hit.index >= fn.startIndex && hit.index < fn.endIndex && hit.index < (fn.childForFieldName("body")?.startIndex ?? fn.endIndex)) continue;
      let node = this.root.descendantForIndex(hit.index, hit.index + fnName.length);
      for (let climb = 0; node !== null && climb < 4 && !CALL_TYPES[this.lang].has(node.type); climb++) node = node.parent;
      if (node === null || !CALL_TYPES[this.lang].has(node.type)) continue;
      const call = this.call(node);
      if (call === undefined || call.method !== fnName) continue;
      const argumentIndex = firstParameterIsSelf && call.receiver !== null ? index - 1 : index;
      const argument = call.args[argumentIndex];
      if (argument === undefined || argument.label !== undefined) continue;
      const value = this.evaluate(argument.node);
      if (value.state === "tainted") {
        return { ...value, viaCaller: true, origin: value.origin ?? { start: argument.node.startIndex, end: argument.node.endIndex, message: `passed to ${fnName}() here` } };
      }
    }
    return UNKNOWN;
  }
}

// ------------------------------------------------------------------ helpers

/** A name inside a Rust format string (`{api_key}`), shaped as the identifier node the grammar does not produce. */
function syntheticIdentifier(parent: SyntaxNode, startIndex: number, endIndex: number): SyntaxNode {
  return {
    id: -startIndex - 1, type: "identifier", startIndex, endIndex, parent, childCount: 0, namedChildCount: 0, namedChildren: [], isNamed: true,
    child: () => null, namedChild: () => null, childForFieldName: () => null, descendantForIndex: () => null, descendantsOfType: () => [],
  };
}

// Level-named methods on any receiver (`JUL.info(`, `$audit->warning(`); the sink check then decides.
const LEVEL_CALL = String.raw`(?:\.|->|::)(?:trace|debug|info|information|warn|warning|error|fatal|critical|severe|fine|finer|finest|config|notice|alert|emergency|log|Trace|Debug|Info|Information|Warn|Warning|Error|Fatal|Critical|Verbose|Print\w*)\s*\(`;

// Sink words led by a literal (console, fmt, print…) and level-named method calls. Words that merely contain
// "log" (logger, auditLog, LOG) are found by sinkWordHits: as an alternative here, `[\w$]*(?:log|Log|LOG)[\w$]*`
// would be tried, and backtracked, at every word of every file.
const SINK_WORDS: Record<LoggingLanguage, RegExp> = {
  javascript: new RegExp(String.raw`\b(console|process\.std(?:out|err)|debug|dbg|winston|pino|bunyan|consola|signale)\b` + "|" + LEVEL_CALL, "g"),
  python: new RegExp(String.raw`\b(print|pprint|pp|sys\.std(?:out|err)|warnings|click|typer|rich|console|structlog|loguru)\b` + "|" + LEVEL_CALL, "g"),
  go: new RegExp(String.raw`\b(fmt|panic|println|print|zap|sugar|slog|glog|klog|logrus|zerolog)\b|\.(?:Info|Debug|Error|Warn|Warning|Fatal|Panic|Trace|Print|With|Str|Msg)\w*\s*\(` + "|" + LEVEL_CALL, "g"),
  java: new RegExp(String.raw`\b(System\.(?:out|err)|Log|Timber)\b` + "|" + LEVEL_CALL, "g"),
  csharp: new RegExp(String.raw`\b(Console|Debug|Trace|System\.Diagnostics)\b|\.Log(?:Trace|Debug|Information|Warning|Error|Critical)\s*\(` + "|" + LEVEL_CALL, "g"),
  ruby: new RegExp(String.raw`(?:^|[^\w.])(puts|print|p|pp|warn|printf)\b|(\$stdout|\$stderr|STDOUT|STDERR)` + "|" + LEVEL_CALL, "gm"),
  php: new RegExp(String.raw`\b(echo|print|print_r|var_dump|var_export|printf|vprintf|error_log|syslog|trigger_error|user_error|fwrite|fputs|fprintf|exit|die|dump|dd|logger|info)\b` + "|" + LEVEL_CALL, "g"),
  // Macros arrive rewritten as `name (` (rust.ts).
  rust: new RegExp(String.raw`\b(println|eprintln|print|eprint|dbg|panic|trace|debug|info|warn|error|log|event|write|writeln)(?=\s+\()`, "g"),
  // kotlin-logging takes the message as a trailing lambda: `audit.info { "…" }`.
  kotlin: new RegExp(String.raw`\b(println|print|Log|Timber|System\.(?:out|err))\b|\.(?:trace|debug|info|warn|error)(?=\s*\{)` + "|" + LEVEL_CALL, "g"),
};

/** Characters a "log" word may hold before and after "log" (the languages' identifier characters). */
const LOG_WORD_CHARS: Record<LoggingLanguage, { head: RegExp; tail: RegExp }> = {
  javascript: { head: /[\w$]/, tail: /[\w$]/ },
  python: { head: /\w/, tail: /\w/ },
  go: { head: /\w/, tail: /\w/ },
  java: { head: /\w/, tail: /\w/ },
  csharp: { head: /\w/, tail: /\w/ },
  ruby: { head: /[\w@]/, tail: /\w/ },
  php: { head: /[\w$]/, tail: /\w/ },
  rust: { head: /\w/, tail: /\w/ },
  kotlin: { head: /\w/, tail: /\w/ },
};

/** What the sink loop reads of a hit: where, the whole text ([0]) and the sink's name ([1], if captured apart). */
interface SinkHit {
  index: number;
  0: string;
  1?: string;
}

function regexHits(pattern: RegExp, text: string, from: number, to: number): SinkHit[] {
  const hits: SinkHit[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null && m.index < to; m = pattern.exec(text)) {
    hits.push({ index: m.index, 0: m[0], 1: m.slice(1).find((g) => g !== undefined) });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return hits;
}

/**
 * Sink words in text order, without overlaps: the literal-led ones (SINK_WORDS) merged with whole words that
 * contain log/Log/LOG, found from each "log" occurrence by widening it to its word (edge `$`/`@` are not word
 * characters, so they are left out, as a `\b`-bounded pattern would).
 */
function sinkWordHits(lang: LoggingLanguage, text: string, from: number, to: number): SinkHit[] {
  const literal = regexHits(SINK_WORDS[lang], text, from, to);
  const { head, tail } = LOG_WORD_CHARS[lang];
  const words: SinkHit[] = [];
  const log = /log|Log|LOG/g;
  log.lastIndex = from;
  for (let m = log.exec(text); m !== null && m.index < to; m = log.exec(text)) {
    let start = m.index;
    while (start > 0 && head.test(text[start - 1] ?? "")) start--;
    let end = m.index + 3;
    while (end < text.length && tail.test(text[end] ?? "")) end++;
    log.lastIndex = end;
    while (start < m.index && !/\w/.test(text[start] ?? "")) start++;
    while (end > m.index + 3 && !/\w/.test(text[end - 1] ?? "")) end--;
    if (start < from) continue;
    const word = text.slice(start, end);
    words.push({ index: start, 0: word, 1: word });
  }
  if (words.length === 0) return literal;
  const merged: SinkHit[] = [];
  let coveredUntil = -1;
  for (let i = 0, j = 0; i < literal.length || j < words.length; ) {
    const a = literal[i];
    const b = words[j];
    const next = b === undefined || (a !== undefined && a.index <= b.index) ? (i++, a) : (j++, b);
    if (next === undefined || next.index < coveredUntil) continue;
    merged.push(next);
    coveredUntil = next.index + next[0].length;
  }
  return merged;
}

/** Environment variable names: `*_CREDENTIALS` usually names a file path or a mode (GOOGLE_APPLICATION_CREDENTIALS). */
function envKind(name: string, includePii: boolean | undefined): SecretKind | undefined {
  const kind = classifyName(name, includePii);
  return kind === "credentials" ? undefined : kind;
}

function isTestCondition(conditionText: string): boolean {
  return /\b(is_?test\w*|isTest\w*|is_?dev\w*|isDev\w*|isDebug\w*|is_?local|testing|TESTING|TEST|DEBUG|__DEV__)\b/.test(conditionText) ||
    /!\s*[\w.$]*\bis_?prod\w*|not\s+[\w.]*\bis_?prod\w*|!\s*[\w.$]*isProduction/i.test(conditionText) ||
    /(NODE_ENV|APP_ENV|RAILS_ENV|RACK_ENV|ENVIRONMENT|ENV|env|environment|GO_ENV|ASPNETCORE_ENVIRONMENT)\W{0,6}\s*(!==?|!=|<>)\s*['"]prod(uction)?['"]/.test(conditionText) ||
    /(NODE_ENV|APP_ENV|RAILS_ENV|RACK_ENV|ENVIRONMENT|ENV|env|environment|GO_ENV|ASPNETCORE_ENVIRONMENT)\W{0,6}\s*(===?|==|\.equals\()\s*['"](test|testing|dev|development|local)['"]/.test(conditionText) ||
    /Rails\.env\.(test|development)\?|IsDevelopment\(\)/.test(conditionText);
}

/** `********`, `xxxx`, `[REDACTED]`, `token=***`, `https://<hidden>@`: replacement text that carries a mask. */
function isMaskText(value: string): boolean {
  return value.length <= 80 && /[*#•●]{3,}|\bx{3,}\b|\bX{3,}\b|\b(redacted|masked|hidden|filtered|censored|omitted|scrubbed)\b/i.test(value);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function stripSigil(name: string): string {
  return name.replace(/^[$@]+/, "");
}

function stringValue(raw: string): string {
  return raw.replace(/^[a-zA-Z]*(["'`])/, "$1").replace(/^:/, "").replace(/^["'`]+|["'`]+$/g, "");
}

function normalizePath(raw: string): string {
  return raw.replace(/\s+/g, "").replace(/->|::|\?\.|\?->/g, ".").replace(/^(this|self)\./, "").replace(/^@/, "");
}

function lastSegment(path: string): string {
  const parts = path.split(".");
  return stripSigil(parts[parts.length - 1] ?? path);
}

function dumpMessage(kind: SecretKind): string {
  return kind === "env-dump" ? "the whole environment" : kind === "headers" ? "all request headers" : kind === "cookie" ? "all cookies" : "the whole request body";
}

function memberParts(text: string, node: SyntaxNode): { object: SyntaxNode | null; property: string } {
  if (node.type === "navigation_expression") {
    // Kotlin `a.b` / `a?.b`: no field names.
    const parts = node.namedChildren.filter((child) => child.type !== "comment");
    const last = parts[parts.length - 1];
    return { object: parts.length > 1 ? parts[0]! : null, property: last === undefined || parts.length < 2 ? "" : nodeText(text, last) };
  }
  const object = node.childForFieldName("object") ?? node.childForFieldName("operand") ?? node.childForFieldName("expression") ?? node.childForFieldName("scope") ?? (node.type === "field_expression" ? node.childForFieldName("value") : null);
  const propertyNode = node.childForFieldName("property") ?? node.childForFieldName("attribute") ?? node.childForFieldName("field") ?? node.childForFieldName("name");
  let property = propertyNode !== null ? nodeText(text, propertyNode) : "";
  if (propertyNode === null && node.type === "member_access_expression") {
    const children = node.namedChildren;
    property = children.length > 0 ? nodeText(text, children[children.length - 1]!) : "";
  }
  return { object, property: stripSigil(property) };
}

function interpolationExpression(part: SyntaxNode): SyntaxNode | null {
  if (part.type === "template_substitution" || part.type === "interpolation" || part.type === "string_interpolation") {
    const expression = part.childForFieldName("expression");
    if (expression !== null) return expression;
    return part.namedChildren.find((child) => !/interpolation_brace|format|type_conversion|alignment|comment/.test(child.type)) ?? null;
  }
  return part;
}

interface ObjectEntry {
  key?: string;
  keyNode?: SyntaxNode;
  value?: SyntaxNode;
  spread?: SyntaxNode;
  shorthand?: boolean;
}

function objectEntries(text: string, node: SyntaxNode): ObjectEntry[] {
  const entries: ObjectEntry[] = [];
  if (node.type === "anonymous_object_creation_expression") {
    const children = node.namedChildren;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const next = children[i + 1];
      if (child.type === "identifier" && next !== undefined && text.slice(child.endIndex, next.startIndex).includes("=")) {
        entries.push({ key: nodeText(text, child), keyNode: child, value: next });
        i++;
      } else {
        entries.push({ value: child });
      }
    }
    return entries;
  }
  const body = node.type === "composite_literal" || node.type === "struct_expression" ? node.childForFieldName("body") : node;
  if (body === null) return entries;
  for (const child of body.namedChildren) {
    switch (child.type) {
      // Rust struct literals: `Creds { user, password: pw, ..base }`.
      case "field_initializer": {
        const keyNode = child.childForFieldName("field");
        const value = child.childForFieldName("value");
        if (keyNode !== null && value !== null) entries.push({ key: nodeText(text, keyNode), keyNode, value });
        break;
      }
      case "shorthand_field_initializer": {
        const value = child.namedChild(0);
        if (value !== null) entries.push({ key: nodeText(text, value), keyNode: value, value, shorthand: true });
        break;
      }
      case "base_field_initializer":
        if (child.namedChild(0) !== null) entries.push({ spread: child.namedChild(0)! });
        break;
      case "pair":
      case "keyed_element": {
        let keyNode = child.childForFieldName("key") ?? child.namedChild(0);
        let value = child.childForFieldName("value") ?? child.namedChild(1);
        if (keyNode?.type === "literal_element") keyNode = keyNode.namedChild(0);
        if (value?.type === "literal_element") value = value.namedChild(0);
        if (keyNode === null || value === null) continue;
        entries.push({ key: keyName(text, keyNode), keyNode, value });
        break;
      }
      case "shorthand_property_identifier":
        entries.push({ key: nodeText(text, child), keyNode: child, value: child, shorthand: true });
        break;
      case "array_element_initializer": {
        const parts = child.namedChildren;
        if (parts.length >= 2) entries.push({ key: keyName(text, parts[0]!), keyNode: parts[0]!, value: parts[parts.length - 1]! });
        else if (parts[0] !== undefined) entries.push(parts[0].type === "variadic_unpacking" ? { spread: parts[0].namedChild(0) ?? parts[0] } : { value: parts[0] });
        break;
      }
      case "spread_element":
      case "dictionary_splat":
      case "hash_splat_argument":
        entries.push({ spread: child.namedChild(0) ?? child });
        break;
      case "literal_element":
        if (child.namedChild(0) !== null) entries.push({ value: child.namedChild(0)! });
        break;
      case "comment":
      case "method_definition":
        break;
      default:
        entries.push({ value: child });
    }
  }
  return entries;
}

function keyName(text: string, keyNode: SyntaxNode): string | undefined {
  if (keyNode.type === "computed_property_name") return undefined;
  if (STRING_TYPES.has(keyNode.type) || /identifier|hash_key_symbol|simple_symbol|property_identifier|field_identifier|constant|name/.test(keyNode.type)) {
    return symbolName(stringValue(nodeText(text, keyNode)));
  }
  return undefined;
}

function isShortPrefix(text: string, start: SyntaxNode | null, end: SyntaxNode | null): boolean {
  if (end === null) return false;
  const startText = start === null ? "0" : nodeText(text, start).trim();
  const endText = nodeText(text, end).trim();
  return startText === "0" && /^\d+$/.test(endText) && Number(endText) <= 6;
}

function isShortPrefixCall(text: string, method: string, call: CallParts, numeric: (node: SyntaxNode) => number | undefined): boolean {
  if (!/^(substring|substr|slice|Substring|take|first|left|mb_substr|Left|truncate|Truncate|last|takeLast|right|Right)$/.test(method)) return false;
  const args = call.receiver === null ? call.args.slice(1) : call.args;
  const texts = args.map((argument) => {
    const value = numeric(argument.node);
    return value === undefined ? nodeText(text, argument.node).trim() : String(value);
  });
  // The last few characters (`slice(-4)`, `substr($x, -4)`, `last(4)`) identify without revealing.
  if (texts.length === 1 && /^-[1-4]$/.test(texts[0] ?? "")) return true;
  if (/^(last|takeLast|right|Right)$/.test(method)) return texts.length === 1 && /^[1-4]$/.test(texts[0] ?? "");
  if (method === "take" || method === "first" || method === "left" || method === "Left" || method === "truncate" || method === "Truncate") {
    return texts.length === 1 && /^\d+$/.test(texts[0] ?? "") && Number(texts[0]) <= 6;
  }
  return texts.length === 2 && texts[0] === "0" && /^\d+$/.test(texts[1] ?? "") && Number(texts[1]) <= 6;
}

function functionName(text: string, fn: SyntaxNode): string | undefined {
  const nameNode = fn.childForFieldName("name");
  if (nameNode !== null) return nodeText(text, nameNode);
  const parent = fn.parent;
  if (parent !== null && parent.type === "variable_declarator") {
    const declared = parent.childForFieldName("name");
    return declared !== null ? nodeText(text, declared) : undefined;
  }
  if (parent !== null && (parent.type === "pair" || parent.type === "assignment_expression")) {
    const key = parent.childForFieldName("key") ?? parent.childForFieldName("left");
    if (key !== null) return nodeText(text, key).split(".").pop();
  }
  return undefined;
}

function firstParameterName(text: string, fn: SyntaxNode): string | undefined {
  const parameters = fn.childForFieldName("parameters");
  const first = parameters?.namedChildren[0];
  return first === undefined ? undefined : nodeText(text, first).split(/[:=\s]/)[0];
}

