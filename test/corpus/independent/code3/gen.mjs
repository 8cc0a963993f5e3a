// Blind labeled corpus generator for a secret scanner. No dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { makeT } from './parts/rng.mjs';
import * as A from './parts/files1.mjs';
import * as B from './parts/files2.mjs';

const OUT = process.env.CORPUS_OUT ?? '/tmp/blind6/code/corpus';
const T = makeT(0x5eed6);
const makers = [
  A.tsNext, A.pyFastapi, A.goGrpc, A.javaQuarkus, A.csAzureFn, A.rubySinatra, A.phpSymfony, A.rustAxum, A.kotlinKtor, A.swiftVapor,
  B.elixirPhoenix, B.scalaPlay, B.dartServer, B.luaOpenresty, B.perlMojo, B.bashDeploy, B.powershellOps, B.groovyJenkins, B.cppQt, B.haskellApp,
];
const labels = [];
const stats = [];
for (const m of makers) {
  const { text, labels: l, lines } = m(T).build();
  const file = l[0].file;
  fs.mkdirSync(path.join(OUT, path.dirname(file)), { recursive: true });
  fs.writeFileSync(path.join(OUT, file), text);
  labels.push(...l);
  stats.push([file, lines, l.filter((x) => x.expect).length, l.filter((x) => x.rule === 'negative').length]);
}
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
for (const s of stats) console.log(s.join('\t'));
console.log('files', stats.length, 'secrets', labels.filter((x) => x.expect).length, 'negatives', labels.filter((x) => x.rule === 'negative').length, 'label entries', labels.length);
