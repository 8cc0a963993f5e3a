#!/usr/bin/env node
// Labeled corpus generator: logged credentials in backend code (9 languages).
// Usage: CORPUS_OUT=./corpus CORPUS_SEED=1234 node gen.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TEMPLATE_SOURCES } from "./parts/templates.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(process.env.CORPUS_OUT || path.join(here, "corpus"));
const SEED = process.env.CORPUS_SEED || "logging4-default-seed";

function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h >>> 0;
}
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

const ROOTS = {
  js: ["src", "server", "app", "packages/api/src"],
  py: ["app", "service", "backend", "src/«svc»_svc"],
  go: [".", "backend", "services/«svc»"],
  java: ["«svc»-service", "backend", "."],
  cs: ["src/«Svc».Api", "«Svc».Web", "api"],
  rb: [".", "«svc»", "web"],
  php: [".", "«svc»-app", "www"],
  rs: [".", "«svc»-server", "crates/«svc»"],
  kt: [".", "«svc»-service", "server"],
};
const VARIANTS = {
  svc: ["billing", "orders", "inventory", "payments", "ledger", "shipping", "catalog", "notify", "accounts"],
  vendor: ["acme", "partnerhub", "geodata", "mailer", "fxrates", "crmsync", "smsgate"],
  dbname: ["appdb", "core", "main", "svcdata", "prod_replica"],
};

// Marker at end of a template line:  ⟦L⟧ / ⟦L3:tag⟧ (leak spanning 3 lines) / ⟦S:tag⟧ (safe)
const MARK = /\s*⟦([LS])(\d*)(?::([^⟧]*))?⟧\s*$/;

function parseSources() {
  const tpls = [];
  for (const [src, text] of Object.entries(TEMPLATE_SOURCES)) {
    const chunks = text.split(/^@@file /m).slice(1);
    for (const ch of chunks) {
      const nl = ch.indexOf("\n");
      const head = ch.slice(0, nl).trim();
      const m = /^(\w+):\s*(.+)$/.exec(head);
      if (!m) throw new Error(`bad header in ${src}: ${head}`);
      let body = ch.slice(nl + 1).replace(/\s+$/, "") + "\n";
      tpls.push({ src, lang: m[1], pathTpl: m[2], body });
    }
  }
  return tpls;
}

function render(tpl, rng) {
  const pick = (arr) => arr[Math.floor(rng() * arr.length)];
  const vals = {};
  for (const [k, arr] of Object.entries(VARIANTS)) vals[k] = pick(arr);
  const root = pick(ROOTS[tpl.lang] || ["."]);
  const subst = (s) => {
    s = s.replace(/«root»/g, root);
    for (const [k, v] of Object.entries(vals)) {
      s = s.replace(new RegExp(`«${k}»`, "g"), v)
        .replace(new RegExp(`«${cap(k)}»`, "g"), cap(v))
        .replace(new RegExp(`«${k.toUpperCase()}»`, "g"), v.toUpperCase());
    }
    return s;
  };
  let rel = path.posix.normalize(subst(tpl.pathTpl));
  const lines = subst(tpl.body).split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const labels = [];
  const outLines = lines.map((line, i) => {
    const m = MARK.exec(line);
    if (!m) return line;
    const span = m[2] ? parseInt(m[2], 10) : 1;
    const leak = m[1] === "L";
    const tags = [tpl.lang, ...(m[3] ? m[3].split(",").map((t) => t.trim()).filter(Boolean) : [])];
    labels.push({ line: i + 1, endLine: i + span, expect: leak, rule: leak ? "logged-credential" : "negative", tags });
    return line.replace(MARK, "");
  });
  return { rel, content: outLines.join("\n") + "\n", labels, nLines: outLines.length };
}

function main() {
  const t0 = Date.now();
  const tpls = parseSources();
  const master = mulberry32(hashStr(SEED));
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const allLabels = [];
  const written = new Map();
  const problems = [];
  tpls.forEach((tpl, idx) => {
    const rng = mulberry32((hashStr(SEED + ":" + tpl.pathTpl + ":" + idx) ^ Math.floor(master() * 2 ** 31)) >>> 0);
    let r = render(tpl, rng);
    let rel = r.rel;
    for (let k = 2; written.has(rel) && k < 50; k++) { // deterministic de-dup of paths
      const ext = path.posix.extname(r.rel);
      rel = r.rel.slice(0, r.rel.length - ext.length) + k + ext;
    }
    if (written.has(rel)) problems.push(`path collision ${rel}`);
    written.set(rel, r.content);
    const abs = path.join(OUT, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, r.content);
    if (r.nLines < 40 || r.nLines > 150) problems.push(`${rel}: ${r.nLines} lines (want 40-150)`);
    if (/[«»⟦⟧]/.test(r.content)) problems.push(`${rel}: unreplaced placeholder/marker`);
    for (const l of r.labels) allLabels.push({ file: rel, ...l });
  });
  // self-check
  const seen = new Set();
  for (const l of allLabels) {
    const key = `${l.file}:${l.line}`;
    if (seen.has(key)) problems.push(`duplicate label ${key}`);
    seen.add(key);
    const abs = path.join(OUT, l.file);
    if (!fs.existsSync(abs)) { problems.push(`missing file ${l.file}`); continue; }
    const lines = written.get(l.file).split("\n");
    const n = lines.length - 1;
    if (l.line < 1 || l.endLine < l.line || l.endLine > n) problems.push(`label out of range ${key}-${l.endLine} (file has ${n})`);
    else if (!lines[l.line - 1].trim()) problems.push(`label on blank line ${key}`);
  }
  allLabels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  fs.writeFileSync(path.join(OUT, "labels.json"), JSON.stringify(allLabels, null, 1) + "\n");
  const leaks = allLabels.filter((l) => l.expect).length;
  const safe = allLabels.length - leaks;
  const byLang = {};
  for (const l of allLabels) { const k = l.tags[0]; byLang[k] ??= [0, 0]; byLang[k][l.expect ? 0 : 1]++; }
  if (problems.length) {
    console.error("SELF-CHECK FAILED:\n  " + problems.join("\n  "));
    process.exit(1);
  }
  console.log("per language [leaks, safe]:", JSON.stringify(byLang));
  console.log(`summary: files=${written.size} leaks=${leaks} safe=${safe} out=${OUT} seed=${SEED} (${Date.now() - t0}ms)`);
}
main();
