import { analyse } from "./test/logging/helpers.js";
const [lang, src] = [process.argv[2]!, process.argv[3]!];
void (async () => { const findings = await analyse(lang, src);
for (const f of findings) console.log(JSON.stringify({ text: src.slice(f.start, f.end), title: f.title, masked: f.masked, related: f.related?.map((r) => r.message + " @" + src.slice(r.start, r.end)), ctx: f.logging.fixContext }));
if (findings.length === 0) console.log("(none)"); })();
