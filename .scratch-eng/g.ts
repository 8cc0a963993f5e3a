import { scanText } from "../server/src/engine/scan";
import { extractCandidates } from "../server/src/engine/candidates";
for (const [t, p] of [[`const token = await credential.getToken("1234abcd-aaaa-bbbb/.default");\n`, "src/auth.ts"], [`key: this.#keyList[i]\n`, "notes.txt"], [`- Release GPG key: 3ABC1234DEF5678901234567890ABCDEF1234567\n`, "README.md"]]) {
  console.log(scanText(t, { path: p }).findings.map(f => [f.ruleId, t.slice(f.start, f.end)]), extractCandidates(t).map(c => [c.name, c.value, c.operator]));
}
