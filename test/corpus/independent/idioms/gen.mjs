#!/usr/bin/env node
// Blind evaluation corpus generator: secrets written in the idioms real code
// and config use, tokens from many providers, each beside hard negatives.
// Plain ESM, no dependencies, seeded PRNG (see parts/rng.mjs).
//
//   node gen.mjs                      -> ./corpus
//   CORPUS_OUT=/some/dir node gen.mjs -> /some/dir
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { SEED } from './parts/rng.mjs';
import { P } from './parts/tokens.mjs';
import * as py from './parts/files_python.mjs';
import * as js from './parts/files_js.mjs';
import * as jvm from './parts/files_jvm.mjs';
import * as langs from './parts/files_langs.mjs';
import * as shell from './parts/files_shell.mjs';
import * as ci from './parts/files_ci.mjs';
import * as infra from './parts/files_infra.mjs';
import * as conf from './parts/files_config.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = process.env.CORPUS_OUT ?? path.join(HERE, 'corpus');

// Fixed order: the PRNG stream is consumed in this order.
const BUILDERS = [
  py.billingSettings, py.llmClients, py.bootstrapSecrets, py.workspaceSync,
  js.integrationsTs, js.supabaseAdminTs, js.defaultConfigJs,
  jvm.notificationConfigJava, jvm.chatProvidersKt, jvm.applicationProperties, jvm.webConfigXml, jvm.serviceRegistrationCs,
  langs.notifyConfigGo, langs.thirdPartyRb, langs.servicesPhp, langs.ingestConfigRs, langs.credentialsSwift,
  shell.deploySh, shell.smokeTestSh, shell.setDevEnvPs1, shell.publishPackagesSh, shell.makefile, shell.dockerfile,
  ci.jenkinsfile, ci.releaseWorkflow, ci.helmValues, ci.k8sAppConfig, ci.grafanaDatasources, ci.ansibleVault,
  infra.providersTf, infra.prodTfvars,
  conf.settingsToml, conf.appIni, conf.envProduction, conf.firebaseServiceAccount, conf.integrationsReadme,
];

const files = BUILDERS.map((fn) => fn());

// ---------------------------------------------------------------- checks ----
const problems = [];
const warn = [];
const seen = new Set();
const secrets = [];
for (const f of files) {
  if (seen.has(f.path)) problems.push(`duplicate path ${f.path}`);
  seen.add(f.path);
  for (const p of f.planted) if (p.secret) secrets.push(p.secret);
}
for (const f of files) {
  const cover = new Array(f.lines.length + 1).fill(0);
  for (const l of f.labels) for (let i = l.line; i <= l.endLine; i++) cover[i]++;
  for (const u of f.unsure) cover[u.line]++;
  for (let i = 1; i <= f.lines.length; i++) {
    if (cover[i] !== 1) problems.push(`${f.path}:${i} covered ${cover[i]} times`);
  }
  if (f.lines.length < 30 || f.lines.length > 150) warn.push(`${f.path}: ${f.lines.length} lines`);
  for (const p of f.planted) {
    const text = f.lines.slice(p.line - 1, p.endLine).join('\n');
    if (p.secret && !text.includes(p.secret)) problems.push(`${f.path}:${p.line} does not contain its ${p.rule}`);
  }
  const posLines = new Set();
  for (const l of f.labels) if (l.expect) for (let i = l.line; i <= l.endLine; i++) posLines.add(i);
  const prefixes = Object.values(P).filter((x) => x.length >= 4 && /[-_.]/.test(x));
  f.lines.forEach((text, idx) => {
    const ln = idx + 1;
    if (posLines.has(ln)) return;
    for (const s of secrets) if (text.includes(s)) problems.push(`${f.path}:${ln} non-positive line holds a planted secret`);
    const lab = f.labels.find((l) => l.line === ln);
    if (lab && lab.rule === 'none') {
      for (const pre of prefixes) {
        const esc = pre.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (new RegExp(`(^|[^A-Za-z0-9_])${esc}[A-Za-z0-9]`).test(text)) warn.push(`${f.path}:${ln} ordinary line mentions prefix ${pre}`);
      }
      const runs = text.match(/[A-Za-z0-9+/_-]{24,}/g) || [];
      for (const r of runs) {
        if (/\d/.test(r) && /[a-z]/.test(r) && /[A-Z]/.test(r) && !/[./]/.test(r)) warn.push(`${f.path}:${ln} ordinary line has a high-entropy run ${r.slice(0, 30)}`);
      }
    }
  });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

// ----------------------------------------------------------------- write ----
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const labels = [];
const unsure = [];
for (const f of files) {
  const dest = path.join(OUT, f.path);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, f.content());
  labels.push(...f.labels);
  unsure.push(...f.unsure);
}
labels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');

// --------------------------------------------------------------- summary ----
const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] || 0) + 1), m), {});
const show = (title, m) => {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`  ${String(v).padStart(4)}  ${k}`);
};
const pos = labels.filter((l) => l.expect);
const neg = labels.filter((l) => l.rule === 'negative');
console.log(`seed 0x${SEED.toString(16)} -> ${OUT}`);
console.log(`files: ${files.length}, lines: ${files.reduce((s, f) => s + f.lines.length, 0)}, label entries: ${labels.length}`);
console.log(`positives: ${pos.length} (multi-line: ${pos.filter((l) => l.endLine > l.line).length}), hard negatives: ${neg.length}, ordinary: ${labels.length - pos.length - neg.length}, unlabelled (unsure): ${unsure.length}`);
show('positives by provider', count(pos, (l) => l.tags[0]));
show('positives by idiom', count(pos, (l) => l.tags[1]));
show('positives by rule', count(pos, (l) => l.rule));
show('negatives by tag', count(neg, (l) => l.tags[0]));
if (unsure.length) {
  console.log('\nunlabelled lines:');
  for (const u of unsure) console.log(`  ${u.file}:${u.line}  ${u.reason}`);
}
if (warn.length) {
  console.log('\nwarnings:');
  for (const w of warn) console.log('  ' + w);
}
