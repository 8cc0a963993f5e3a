#!/usr/bin/env node
// Blind test-corpus generator: web front-end / full-stack JS/TS projects.
// Usage: CORPUS_SEED=... CORPUS_OUT=... node gen.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initRng, writeAll } from './parts/core.mjs';
import * as p1 from './parts/p1_next.mjs';
import * as p2 from './parts/p2_frameworks.mjs';
import * as p3 from './parts/p3_backends.mjs';
import * as p4 from './parts/p4_tooling.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const seed = process.env.CORPUS_SEED || 'blind9-frontend-2024';
const out = path.resolve(process.env.CORPUS_OUT || path.join(here, 'corpus'));

const t0 = Date.now();
initRng(seed);
p1.build();
p2.build();
p3.build();
p4.build();
const s = writeAll(out);
console.log(`seed=${seed} out=${out}`);
console.log(`files: ${s.files}, positives: ${s.positives}, negatives: ${s.negatives} (${Date.now() - t0} ms)`);
