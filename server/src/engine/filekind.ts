// What kind of file a path is, as far as detection cares: whether unquoted values are literals, whether findings
// are down-ranked (examples, fixtures, docs), whether name-based rules apply at all (lockfiles).

export interface FileContext {
  /** In config formats an unquoted value is a literal; in code it is a variable or expression. */
  bareValuesAreLiterals: boolean;
  /** Reason findings here get the down-ranked severity, if any. */
  downrank?: string;
  /** Lockfiles and similar generated files: only distinctive provider tokens are looked for. */
  generated: boolean;
  isMarkdown: boolean;
  /**
   * A configuration file read by a program (nuget.config, Terraform, application.yml, .env…): a value under a
   * password key there is the password the program uses, even when it is made of words ("rootpasswd"), unlike
   * code or docs, where such a string is as often a label or an identifier.
   */
  credentialConfig: boolean;
  /**
   * A translation catalog (config/locales/fr.yml, i18n/de.json, messages_es.properties, .po/.xliff/.resx…): its
   * values are UI text ("Contraseña", "API-Schlüssel"), so names there say nothing about secrets.
   */
  localeCatalog: boolean;
}

const CODE_EXTENSIONS = new Set([
  "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "py", "pyw", "go", "java", "kt", "kts", "scala", "groovy",
  "cs", "fs", "vb", "rb", "php", "rs", "swift", "m", "mm", "c", "h", "cc", "cpp", "hpp", "dart", "lua", "pl", "pm",
  "r", "jl", "ex", "exs", "erl", "clj", "vue", "svelte",
  // Code under other names: Ruby tasks and specs, build scripts, PowerShell, and more languages. A bare value there
  // is an expression (`key = partner.regenerate_api_key!`), as in the languages above.
  "rake", "gemspec", "podspec", "ru", "gradle", "sbt", "bzl", "star", "nix", "ps1", "psm1", "cr", "nim", "zig", "hs",
  "ml", "fsx", "sol", "hx",
]);
const CODE_LANGUAGES = new Set([
  "javascript", "javascriptreact", "typescript", "typescriptreact", "python", "go", "java", "kotlin", "scala",
  "groovy", "csharp", "fsharp", "vb", "ruby", "php", "rust", "swift", "objective-c", "c", "cpp", "dart", "lua", "perl",
  "r", "julia", "elixir", "erlang", "clojure", "vue", "svelte",
]);
const LOCKFILES = /(?:^|\/)(?:\.hush-baseline\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|go\.sum|composer\.lock|Gemfile\.lock|packages\.lock\.json|flake\.lock|mix\.lock|pubspec\.lock|Podfile\.lock)$/;
const EXAMPLE_FILE = /(?:^|\/)[^/]*\.(?:example|sample|template|tpl|dist|defaults?)(?:\.[^/]*)?$|(?:^|\/)\.env\.(?:example|sample|template|dist|defaults?)$/i;
// Configuration read by programs, by name or by format. Locale catalogs share the formats but hold UI text.
// Tested on the lower-cased file name only (this runs for every file).
const CREDENTIAL_CONFIG_EXTENSIONS = new Set(["tf", "tfvars", "hcl", "ini", "cfg", "conf", "cnf", "env"]);
const CREDENTIAL_CONFIG_NAME =
  /^(?:nuget\.config|web\.config|app\.config|appsettings(?:\.[\w-]+)?\.json|settings\.xml|(?:application|bootstrap)(?:[-.][\w-]+)?\.(?:properties|ya?ml)|(?:docker-)?compose(?:[-.][\w-]+)?\.ya?ml|database\.ya?ml|\.env(?:\.[\w-]+)?)$/;
const LOCALE_PATH = /(?:^|\/)(?:locales?|i18n|l10n|langs?|languages|translations?|messages)(?:\/|[._-][^/]*$)/i;
// Formats used only for translations, and Java's messages_xx[_YY].properties bundles.
const LOCALE_FILE = /\.(?:po|pot|xliff|xlf|strings|stringsdict|arb|resx)$|(?:^|\/)messages(?:_[a-z]{2}(?:_[a-z]{2})?)?\.properties$/;
// HCL: a string is always quoted; a bare value is an expression (var.db_password, random_password.db.result).
const HCL = /\.(?:tf|tfvars|hcl)$/i;
const TEST_PATH = /(?:^|\/)(?:tests?|__tests__|spec|specs|fixtures?|__fixtures__|testdata|test-data|__mocks__|mocks?)\/|(?:^|\/)[^/]*(?:[._-](?:test|spec)s?\.[a-z]+|_test\.go)$|(?:^|\/)test_[^/]*\.py$/i;

export function fileContext(path: string, languageId?: string): FileContext {
  const lower = path.toLowerCase();
  const ext = /\.([a-z0-9]+)$/.exec(lower)?.[1] ?? "";
  const isCode = languageId ? CODE_LANGUAGES.has(languageId) : CODE_EXTENSIONS.has(ext);
  // Source maps and minified bundles repeat their sources as escaped text: names there describe code, not config.
  const generated = LOCKFILES.test(path) || /\.(?:js|mjs|cjs|css)\.map$|\.min\.(?:js|mjs|css)$/i.test(path);
  const inLocalePath = LOCALE_PATH.test(path);
  let downrank: string | undefined;
  if (EXAMPLE_FILE.test(path)) downrank = "example file";
  else if (TEST_PATH.test(path)) downrank = "test fixture";
  return {
    bareValuesAreLiterals: !isCode && !HCL.test(lower),
    downrank,
    generated,
    isMarkdown: ext === "md" || ext === "markdown" || languageId === "markdown",
    credentialConfig: isCredentialConfig(lower, ext) && !inLocalePath,
    localeCatalog: !isCode && (inLocalePath || LOCALE_FILE.test(lower)),
  };
}

function isCredentialConfig(lowerPath: string, ext: string): boolean {
  if (CREDENTIAL_CONFIG_EXTENSIONS.has(ext)) return true;
  const base = lowerPath.slice(lowerPath.lastIndexOf("/") + 1);
  return CREDENTIAL_CONFIG_NAME.test(base);
}
