// Scores the analysis on the labeled corpus in test/corpus/logging/<language>/: each file has line labels in
// labels.json ("leak": lines that log a secret, "safe": hard negatives). A finding on a leak line is a true
// positive; a finding on any other line is a false positive; a leak line without a finding is a miss.
import fs from "node:fs";
import path from "node:path";
import { findLoggedCredentials } from "../../server/src/logging.js";

export const CORPUS_ROOT = path.join(__dirname, "..", "corpus", "logging");

const LANGUAGE_IDS: Record<string, string> = {
  js: "javascript", jsx: "javascriptreact", ts: "typescript", tsx: "typescriptreact", py: "python", go: "go",
  java: "java", cs: "csharp", rb: "ruby", php: "php", rs: "rust", kt: "kotlin", kts: "kotlin",
};

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  misses: string[];
  falseAlarms: string[];
}

export async function scoreLanguage(language: string): Promise<Score> {
  const directory = path.join(CORPUS_ROOT, language);
  const labels = JSON.parse(fs.readFileSync(path.join(directory, "labels.json"), "utf8")) as Record<string, { leak: number[]; safe: number[] }>;
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const [file, label] of Object.entries(labels)) {
    const text = fs.readFileSync(path.join(directory, file), "utf8");
    const extension = path.extname(file).slice(1);
    const findings = await findLoggedCredentials(text, LANGUAGE_IDS[extension], `test/corpus/logging/${language}/${file}`, {});
    const lineStarts = [0];
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lineStarts.push(index + 1);
    const lineOf = (offset: number): number => {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (lineStarts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    };
    const flaggedLines = new Set(findings.map((finding) => lineOf(finding.start)));
    const leakLines = new Set(label.leak);
    for (const line of leakLines) {
      if (flaggedLines.has(line)) truePositives++;
      else {
        falseNegatives++;
        misses.push(`${file}:${line}`);
      }
    }
    for (const line of flaggedLines) {
      if (!leakLines.has(line)) {
        falsePositives++;
        falseAlarms.push(`${file}:${line}`);
      }
    }
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return { truePositives, falsePositives, falseNegatives, precision, recall, misses, falseAlarms };
}

export function corpusLanguages(): string[] {
  return fs.readdirSync(CORPUS_ROOT).filter((entry) => fs.statSync(path.join(CORPUS_ROOT, entry)).isDirectory()).sort();
}
