import { Parser, Language } from "web-tree-sitter";
import { bigFile } from "./test/logging/perf.js";
import { editBetween } from "./server/src/parsing.js";
void (async () => {
await Parser.init();
const lang = await Language.load("node_modules/tree-sitter-javascript/tree-sitter-javascript.wasm");
const p = new Parser(); p.setLanguage(lang);
const text = bigFile("javascript");
for (let i = 0; i < 3; i++) {
let s = performance.now(); const t = p.parse(text)!; console.log("full", (performance.now()-s).toFixed(1));
s = performance.now(); const t2 = p.parse(text, null, { progressCallback: () => false })!; console.log("full+cb", (performance.now()-s).toFixed(1));
const at = text.indexOf("\n", text.length/2)+1; const text2 = text.slice(0,at)+"console.log(x);\n"+text.slice(at);
s = performance.now(); t.edit(editBetween(text, text2)); const t3 = p.parse(text2, t)!; console.log("incr", (performance.now()-s).toFixed(1), t3.rootNode.toString() === p.parse(text2)!.rootNode.toString());
t2.edit(editBetween(text, text2)); s = performance.now(); p.parse(text2, t2, { progressCallback: () => false }); console.log("incr+cb", (performance.now()-s).toFixed(1));
}
})();
