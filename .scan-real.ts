// scratch: run the analysis over real third-party files and print findings (names only) for manual review
import fs from "node:fs";
import { findLoggedCredentials } from "./server/src/logging.js";
void (async () => {
  const files = fs.readFileSync(0, "utf8").split("\n").filter(Boolean);
  let total = 0;
  for (const file of files) {
    let text: string;
    try { text = fs.readFileSync(file, "utf8"); } catch { continue; }
    if (text.length > 400_000) continue;
    const findings = await findLoggedCredentials(text, undefined, file, {});
    for (const f of findings) {
      total++;
      const lineStart = text.lastIndexOf("\n", f.start) + 1; const lineEnd = text.indexOf("\n", f.start);
      console.log(`${file.replace(/^.*node_modules\//, "")}: ${f.title} :: ${text.slice(lineStart, lineEnd).trim().slice(0, 140)}`);
    }
  }
  console.log("files", files.length, "findings", total);
})();
