// The adapter the server and the CLI call: parse (cached per document version), analyse, turn the engine's
// logged-value hits into Findings of rule `logged-credential`. No value ever appears in a Finding.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { analyzeLoggingIncremental, type LoggedSecret, type LoggingCache, type LoggingOptions } from "./engine/logging/analyze.js";
import { kindTitle } from "./engine/logging/names.js";
import { prepareRustSource } from "./engine/logging/rust.js";
import { grammarFor, loggingLanguageFor, type SyntaxTree } from "./engine/logging/syntax.js";
import type { Finding } from "./engine/types.js";
import { parseDocument } from "./parsing.js";

export const LOGGED_CREDENTIAL_RULE = "logged-credential";

/** A Finding plus what the quick fixes need; extra fields survive as long as the object is kept. */
export interface LoggedCredentialFinding extends Finding {
  logging: Pick<LoggedSecret, "kind" | "fixContext" | "spanStart" | "spanEnd" | "key" | "sinkName">;
}

export async function findLoggedCredentials(
  text: string,
  languageId: string | undefined,
  path: string,
  settings: Pick<LoggingOptions, "includePii" | "browserConsole" | "testGuards">,
  version?: number,
  /** Ranges of the secret rules' findings in `text` (their literals become sources); optional. */
  secretRanges?: ReadonlyArray<{ start: number; end: number }>,
): Promise<LoggedCredentialFinding[]> {
  const grammar = grammarFor(languageId, path);
  const language = loggingLanguageFor(languageId, path);
  if (grammar === undefined || language === undefined) return [];
  // Rust macros are rewritten into calls first (same length, so offsets hold); findings are built on `text`.
  const source = language === "rust" ? prepareRustSource(text) : text;
  const parsed = await parseDocument(path, source, grammar, version);
  if (parsed === undefined) return [];
  const options: LoggingOptions = { ...settings, secretLiterals: secretRanges };
  const analysis = analyzeLoggingIncremental(parsed.tree as unknown as SyntaxTree, source, language, options, analysisCaches.get(path));
  analysisCaches.delete(path);
  analysisCaches.set(path, analysis.cache);
  while (analysisCaches.size > MAX_CACHED_ANALYSES) {
    const oldest = analysisCaches.keys().next().value;
    if (oldest === undefined) break;
    analysisCaches.delete(oldest);
  }
  return toFindings(analysis.results, text, path);
}

const MAX_CACHED_ANALYSES = 64;
// Per document: the previous analysis, so an edit re-analyses only the units it can affect.
const analysisCaches = new Map<string, LoggingCache>();

/** Drops a closed document's cached analysis. */
export function forgetLoggingDocument(path: string): void {
  analysisCaches.delete(path);
}

export function toFindings(hits: LoggedSecret[], text: string, path: string): LoggedCredentialFinding[] {
  return hits.map((hit) => {
    const argumentText = text.slice(hit.start, hit.end);
    const subject = hit.name !== undefined && /^[\w$@.-]{1,60}$/.test(hit.name) ? ` (${hit.name})` : "";
    const finding: LoggedCredentialFinding = {
      ruleId: LOGGED_CREDENTIAL_RULE,
      title: `${kindTitle(hit.kind)} written to a log`,
      severity: "warning",
      confidence: hit.origin !== undefined || hit.fixContext === "dump" ? "high" : "medium",
      start: hit.start,
      end: hit.end,
      masked: `${kindTitle(hit.kind).toLowerCase()}${subject} passed to ${hit.sinkName}`,
      fingerprint: fingerprint(path, argumentText),
      logging: { kind: hit.kind, fixContext: hit.fixContext, spanStart: hit.spanStart, spanEnd: hit.spanEnd, key: hit.key, sinkName: hit.sinkName },
    };
    if (hit.name !== undefined) finding.name = hit.name;
    if (hit.origin !== undefined && !(hit.origin.start === hit.start && hit.origin.end === hit.end)) {
      finding.related = [{ start: hit.origin.start, end: hit.origin.end, message: hit.origin.message }];
    }
    return finding;
  });
}

function fingerprint(path: string, argumentText: string): string {
  const normalized = argumentText.replace(/\s+/g, " ").trim();
  return bytesToHex(sha256(utf8ToBytes(`${LOGGED_CREDENTIAL_RULE}\u0000${path}\u0000${normalized}`))).slice(0, 32);
}
