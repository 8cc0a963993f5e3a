// One document, every detector: the secret rules (pure engine, synchronous) and the logged-credential analysis
// (tree-sitter, asynchronous). The server and the CLI both call this, so editor and CI report the same findings.
import { fileContext } from "./engine/filekind";
import { loggingLanguageFor } from "./engine/logging/syntax";
import { scanText } from "./engine/scan";
import { isCommentOnlyLine, isSuppressed } from "./engine/suppress";
import { LineIndex } from "./engine/text";
import type { Finding, ScanOptions, ScanResult } from "./engine/types";
import { findLoggedCredentials, LOGGED_CREDENTIAL_RULE } from "./logging";

export interface LoggingSettings {
  enable: boolean;
  includePii: boolean;
  browserConsole: boolean;
  testGuards: boolean;
}

export const DEFAULT_LOGGING: LoggingSettings = { enable: true, includePii: false, browserConsole: false, testGuards: false };

/** Larger texts (bundles, generated code) are left to the secret rules: nobody fixes logging there. */
const MAX_LOGGING_CHARS = 1_000_000;
/**
 * Third-party and generated code: dependencies, vendored copies, build output, minified files and type
 * declarations. Its logging is not the user's to fix (the sources that produced build output are scanned
 * themselves); hardcoded secrets there are still reported by the secret rules.
 */
const NOT_USER_CODE = /(?:^|\/)(?:node_modules|vendor|third_party|bower_components|dist|dist-[\w-]+|build|out|target|\.next|\.nuxt|coverage)\/|\.min\.[cm]?js$|\.bundle\.[cm]?js$|\.d\.[cm]?ts$/;
// Cheap gates before parsing: a logging call and a name worth logging about must both appear somewhere.
// Rust's `use tracing::info;` + `info!(…)` and Kotlin's `Timber.i(…)` may name no other sink word.
const SINK_HINT = /log|print|console|puts|echo|trace|debug|warn|dump|fmt\.|error_log|serilog|monolog|info!|tracing|dbg!|panic!|timber/i;
const SOURCE_HINT = /passw|passphrase|pwd|secret|token|api_?key|apikey|private_?key|credential|creds|auth|cookie|session|environ|process\.env|getenv|headers|\.body\b|ENV\[|env::vars/i;

export interface DocumentScan {
  /** Path key for the parse cache (absolute path or URI), stable across versions of one document. */
  cacheKey: string;
  languageId?: string;
  version?: number;
  logging: LoggingSettings;
}

export async function scanDocument(text: string, options: ScanOptions, doc: DocumentScan): Promise<ScanResult> {
  const result = scanText(text, options);
  if (result.skipped || !doc.logging.enable || options.rules?.[LOGGED_CREDENTIAL_RULE] === "off") return result;
  if (text.length > MAX_LOGGING_CHARS || NOT_USER_CODE.test(options.path) || loggingLanguageFor(doc.languageId, options.path) === undefined) return result;
  if (!SINK_HINT.test(text) || !SOURCE_HINT.test(text)) return result;
  let logged: Finding[];
  try {
    logged = await findLoggedCredentials(text, doc.languageId, doc.cacheKey, doc.logging, doc.version, result.findings);
  } catch {
    return result; // a parser failure must never cost the secret findings
  }
  if (logged.length === 0) return result;
  const lines = new LineIndex(text);
  const override = options.rules?.[LOGGED_CREDENTIAL_RULE];
  const kept = logged.filter(
    (f) => !options.baseline?.has(f.fingerprint) && !isSuppressed(lines, lines.position(f.start).line, LOGGED_CREDENTIAL_RULE, isCommentOnlyLine),
  );
  if (override) for (const f of kept) f.severity = override;
  // Like every other finding: in test fixtures and example files it is down-ranked, not dropped.
  const context = fileContext(options.path, doc.languageId);
  if (context.downrank) {
    for (const f of kept) {
      f.severity = options.downrankedSeverity ?? "hint";
      f.downranked = context.downrank;
    }
  }
  return { findings: [...result.findings, ...kept].sort((a, b) => a.start - b.start) };
}
