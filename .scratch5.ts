import { analyzeLoggingIncremental, type LoggingCache } from "./server/src/engine/logging/analyze.js";
import type { SyntaxTree } from "./server/src/engine/logging/syntax.js";
import { parseDocument } from "./server/src/parsing.js";
import { bigFile } from "./test/logging/perf.js";
void (async () => {
  for (const language of ["javascript", "python"] as const) {
    let text = bigFile(language);
    const key = "k" + language;
    const parsed = (await parseDocument(key, text, language, 1))!;
    let cache: LoggingCache = analyzeLoggingIncremental(parsed.tree as unknown as SyntaxTree, text, language).cache;
    const parseT: number[] = [], anaT: number[] = [];
    for (let edit = 0; edit < 40; edit++) {
      const at = text.indexOf("\n", Math.floor(text.length * ((edit + 1) / 42))) + 1;
      text = text.slice(0, at) + (language === "javascript" ? `console.log("e", x${edit});\n` : `print("e", x${edit})\n`) + text.slice(at);
      let c = process.cpuUsage();
      const re = (await parseDocument(key, text, language, edit + 2))!;
      let u = process.cpuUsage(c); parseT.push((u.user + u.system) / 1000);
      c = process.cpuUsage();
      const next = analyzeLoggingIncremental(re.tree as unknown as SyntaxTree, text, language, {}, cache);
      cache = next.cache;
      u = process.cpuUsage(c); anaT.push((u.user + u.system) / 1000);
    }
    const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(1);
    console.log(language, "parse cpu p50", med(parseT), "analysis cpu p50", med(anaT));
  }
})();
