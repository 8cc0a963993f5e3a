// Shared helpers for the logging tests: analyse a snippet with the real parser and report findings as lines.
import { findLoggedCredentials, type LoggedCredentialFinding } from "../../server/src/logging.js";

export const EXTENSIONS: Record<string, string> = {
  javascript: "js", typescript: "ts", typescriptreact: "tsx", python: "py", go: "go", java: "java", csharp: "cs", ruby: "rb", php: "php", rust: "rs", kotlin: "kt",
};

let counter = 0;

export async function analyse(languageId: string, text: string, settings: { includePii?: boolean; browserConsole?: boolean; testGuards?: boolean } = {}): Promise<LoggedCredentialFinding[]> {
  counter++;
  return findLoggedCredentials(text, languageId, `snippet-${counter}.${EXTENSIONS[languageId] ?? "txt"}`, settings);
}

/** Text of each finding's range, e.g. ["password", "req.headers"]. */
export async function flagged(languageId: string, text: string, settings: { includePii?: boolean; browserConsole?: boolean; testGuards?: boolean } = {}): Promise<string[]> {
  const findings = await analyse(languageId, text, settings);
  return findings.map((finding) => text.slice(finding.start, finding.end));
}
