// Builds a 5,000-line file from a corpus file (functions renamed per copy) and times parse and analysis.
import fs from "node:fs";
import path from "node:path";
import { analyzeLoggingIncremental, type LoggingCache } from "../../server/src/engine/logging/analyze.js";
import type { SyntaxTree } from "../../server/src/engine/logging/syntax.js";
import { parseDocument } from "../../server/src/parsing.js";
import { CORPUS_ROOT } from "./corpus.js";

export function bigFile(language: "javascript" | "python", lines = 5000): string {
  const source = language === "javascript" ? path.join(CORPUS_ROOT, "javascript", "auth-service.js") : path.join(CORPUS_ROOT, "python", "views.py");
  const chunk = fs.readFileSync(source, "utf8");
  let text = "";
  for (let copy = 0; text.split("\n").length < lines; copy++) {
    text += chunk.replace(/\b(function|def) (\w+)/g, (_, keyword: string, name: string) => `${keyword} ${name}_${copy}`) + "\n";
  }
  return text.split("\n").slice(0, lines).join("\n");
}

export interface Timing {
  fullParseMs: number;
  analysisMs: number;
  incrementalParseMs: number;
  incrementalTotalMs: number[];
  /** CPU time (user + system) of each incremental step: less disturbed by other processes than wall time. */
  incrementalCpuMs: number[];
  reanalysedUnits: number[];
  /** Edits whose incremental result differed from a full analysis (must be 0). */
  mismatches: number;
  findings: number;
}

export async function timeLanguage(language: "javascript" | "python", edits = 20): Promise<Timing> {
  const grammar = language;
  const key = `perf-${language}-${Math.random()}`;
  let text = bigFile(language);
  const parsed = await parseDocument(key, text, grammar, 1);
  if (parsed === undefined) throw new Error("parse failed");
  let started = performance.now();
  const first = analyzeLoggingIncremental(parsed.tree as unknown as SyntaxTree, text, language);
  let cache: LoggingCache = first.cache;
  const findings = first.results.length;
  const analysisMs = performance.now() - started;
  const totals: number[] = [];
  const cpu: number[] = [];
  const reanalysedUnits: number[] = [];
  let mismatches = 0;
  let incrementalParseMs = 0;
  for (let edit = 0; edit < edits; edit++) {
    // Typing a new statement at the top of a function body somewhere in the file keeps the file valid.
    const opener = language === "javascript" ? ") {\n" : "):\n";
    const at = text.indexOf(opener, Math.floor(text.length * ((edit + 1) / (edits + 2)))) + opener.length;
    const line = language === "javascript" ? `  console.log("edit ${edit}", password);\n` : `    print("edit ${edit}", password)\n`;
    text = text.slice(0, at) + line + text.slice(at);
    started = performance.now();
    const cpuStart = process.cpuUsage();
    const reparsed = await parseDocument(key, text, grammar, edit + 2);
    if (reparsed === undefined) throw new Error("reparse failed");
    incrementalParseMs = Math.max(incrementalParseMs, reparsed.parseMs);
    const next = analyzeLoggingIncremental(reparsed.tree as unknown as SyntaxTree, text, language, {}, cache);
    cache = next.cache;
    reanalysedUnits.push(next.analysedUnits);
    const cpuUsed = process.cpuUsage(cpuStart);
    totals.push(performance.now() - started);
    cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
    // The incremental result must equal a from-scratch analysis of the same version.
    const fresh = analyzeLoggingIncremental(reparsed.tree as unknown as SyntaxTree, text, language).results;
    if (JSON.stringify(fresh) !== JSON.stringify(next.results)) mismatches++;
  }
  return { fullParseMs: parsed.parseMs, analysisMs, incrementalParseMs, incrementalTotalMs: totals, incrementalCpuMs: cpu, reanalysedUnits, mismatches, findings };
}
