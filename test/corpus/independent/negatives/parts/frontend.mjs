// Front-end build artefacts: minified bundles, SVG with embedded images, source maps, HTML templates.
import crypto from "node:crypto";
import { FileBuilder } from "./builder.mjs";
import { ALPHA } from "./rng.mjs";

function vlqSegment(r) {
  const n = r.pick([1, 4, 4, 4, 5]);
  let s = "";
  for (let i = 0; i < n; i++) {
    const x = r.next();
    s += x < 0.45 ? "A" : x < 0.85 ? r.str("CDEGIKMOQSUWY", 1) : r.str("ghijklmnopqrstuvwxyz0123456789+/", 1) + r.str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef", 1);
  }
  return s;
}
function vlqMappings(r, lines, segs) {
  const out = [];
  for (let i = 0; i < lines; i++) { const k = r.int(1, segs); const l = []; for (let j = 0; j < k; j++) l.push(vlqSegment(r)); out.push(l.join(",")); }
  return out.join(";");
}
function fakePng(r, n) {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 64, 0, 0, 0, 64, 8, 6, 0, 0, 0]);
  return Buffer.concat([sig, r.bytes(4), Buffer.from([0, 0, (n >> 8) & 0xff, n & 0xff, 0x49, 0x44, 0x41, 0x54]), r.bytes(n), Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])]);
}
const woffHead = (r, n) => Buffer.concat([Buffer.from("wOF2"), Buffer.from([0, 1, 0, 0]), r.bytes(n)]);

export function frontend(r) {
  const out = [];
  const h8 = () => r.hex(8);
  const chunkHashes = Array.from({ length: 6 }, h8);

  // ---------- minified vendor bundle ----------
  {
    const b = new FileBuilder(`web/dist/assets/vendor.${chunkHashes[0]}.js`);
    b.n(`/*! For license information please see vendor.${chunkHashes[0]}.js.LICENSE.txt */`, "chunk-hash");
    b.l(`(self.webpackChunkacme_dashboard=self.webpackChunkacme_dashboard||[]).push([[216],{`);
    const mods = r.shuffle([...Array(40).keys()]).slice(0, 34).map((i) => 1000 + i * 37);
    let k = 0;
    for (const id of mods) {
      const kind = k++ % 6;
      if (kind === 0) {
        const png = fakePng(r, r.int(180, 320)).toString("base64");
        b.n(`${id}:(e,t,n)=>{"use strict";e.exports="data:image/png;base64,${png}"},`, "data-uri-base64");
      } else if (kind === 1) {
        const tbl = Array.from({ length: 24 }, () => "0x" + r.hex(8)).join(",");
        b.n(`${id}:(e,t)=>{"use strict";Object.defineProperty(t,"__esModule",{value:!0});const n=new Uint32Array([${tbl}]);t.K=n},`, "hex-constant-table");
      } else if (kind === 2) {
        const font = woffHead(r, r.int(200, 360)).toString("base64");
        b.n(`${id}:e=>{e.exports="data:font/woff2;base64,${font}"},`, "data-uri-base64");
      } else if (kind === 3) {
        const v = r.pick(["i", "o", "a", "s", "u"]);
        b.l(`${id}:(e,t,n)=>{var ${v}=n(${r.int(100, 999)}),r=n(${r.int(100, 999)});function c(e){return null!=e&&"object"==typeof e&&!Array.isArray(e)}e.exports=function(e,t){return c(e)&&c(t)?${v}(r(e),t):t}},`);
      } else if (kind === 4) {
        const s = r.shuffle((ALPHA.alnum + "_-").split("")).join("");
        b.n(`${id}:(e,t,n)=>{"use strict";n.d(t,{A:()=>o});const r="${s}",o=e=>e.split("").map(e=>r.indexOf(e)).filter(e=>e>=0)},`, "alphabet-lookup-string");
      } else {
        const wasm = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), r.bytes(r.int(260, 420))]).toString("base64");
        b.n(`${id}:(e,t,n)=>{"use strict";n.d(t,{w:()=>r});const r=()=>Uint8Array.from(atob("${wasm}"),e=>e.charCodeAt(0))},`, "embedded-wasm-base64");
      }
    }
    b.l(`}]);`);
    b.n(`//# sourceMappingURL=vendor.${chunkHashes[0]}.js.map`, "chunk-hash");
    out.push(b);
  }

  // ---------- source map ----------
  {
    const b = new FileBuilder(`web/dist/assets/main.${chunkHashes[1]}.js.map`);
    const sources = ["webpack://acme-dashboard/./src/index.tsx", "webpack://acme-dashboard/./src/App.tsx", "webpack://acme-dashboard/./src/auth/LoginForm.tsx",
      "webpack://acme-dashboard/./src/auth/useSession.ts", "webpack://acme-dashboard/./src/api/client.ts", "webpack://acme-dashboard/./src/settings/ApiKeysPage.tsx",
      "webpack://acme-dashboard/./src/settings/ChangePassword.tsx", "webpack://acme-dashboard/./src/lib/format.ts"];
    const names = ["React", "useState", "useEffect", "password", "setPassword", "apiKey", "setApiKey", "token", "refreshToken", "fetchJson", "onSubmit", "children", "props", "navigate"];
    b.l("{", `  "version": 3,`);
    b.n(`  "file": "main.${chunkHashes[1]}.js",`, "chunk-hash");
    b.l(`  "sources": [`);
    sources.forEach((s, i) => b.l(`    "${s}"${i < sources.length - 1 ? "," : ""}`));
    b.l(`  ],`, `  "names": [`);
    names.forEach((s, i) => { const line = `    "${s}"${i < names.length - 1 ? "," : ""}`; if (/pass|key|token/i.test(s)) b.n(line, "sourcemap-name"); else b.l(line); });
    b.l(`  ],`);
    b.n(`  "mappings": "${vlqMappings(r, 420, 9)}",`, "sourcemap-mappings");
    b.n(`  "debugId": "${r.uuid()}",`, "uuid");
    b.l(`  "sourceRoot": ""`, "}");
    out.push(b);
  }

  // ---------- SVG with embedded raster ----------
  {
    const b = new FileBuilder("web/public/img/empty-state-keys.svg");
    b.block(`
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="320" height="220" viewBox="0 0 320 220" fill="none">
  <title>No API keys yet</title>
  <defs>
    <linearGradient id="g1" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#EEF2FF"/>
      <stop offset="1" stop-color="#C7D2FE"/>
    </linearGradient>
    <clipPath id="clip0"><rect width="320" height="220" rx="16"/></clipPath>
    <pattern id="pattern0" patternContentUnits="objectBoundingBox" width="1" height="1">
      <use xlink:href="#image0" transform="scale(0.015625)"/>
    </pattern>`);
    const png = fakePng(r, 900).toString("base64");
    b.n(`    <image id="image0" width="64" height="64" xlink:href="data:image/png;base64,${png}"/>`, "data-uri-base64");
    b.l(`  </defs>`, `  <g clip-path="url(#clip0)">`, `    <rect width="320" height="220" fill="url(#g1)"/>`);
    for (let i = 0; i < 14; i++) {
      const pts = Array.from({ length: 6 }, () => `${r.int(10, 310)}.${r.int(0, 99)} ${r.int(10, 210)}.${r.int(0, 99)}`);
      b.l(`    <path d="M${pts[0]}C${pts[1]} ${pts[2]} ${pts[3]}S${pts[4]} ${pts[5]}Z" fill="#${r.hex(6).toUpperCase()}" fill-opacity="0.${r.int(2, 9)}"/>`);
    }
    b.block(`
    <rect x="128" y="70" width="64" height="64" rx="12" fill="url(#pattern0)"/>
    <text x="160" y="170" text-anchor="middle" font-family="Inter, sans-serif" font-size="14" fill="#312E81">Create your first API key</text>
  </g>
</svg>`);
    out.push(b);
  }

  // ---------- server-rendered layout with SRI + CSP nonce ----------
  {
    const b = new FileBuilder("server/templates/layout.html.j2");
    const sri = () => "sha384-" + r.b64(48);
    b.block(`
<!doctype html>
<html lang="{{ lang | default('en') }}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">`);
    b.n(`  <meta name="csrf-token" content="{{ csrf_token() }}">`, "template-placeholder");
    b.n(`  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'nonce-{{ csp_nonce }}'; style-src 'self' 'nonce-{{ csp_nonce }}'">`, "csp-nonce-template");
    b.n(`  <meta name="google-site-verification" content="${r.str(ALPHA.b64url, 43)}">`, "site-verification");
    b.l(`  <title>{% block title %}Acme Dashboard{% endblock %}</title>`);
    b.n(`  <link rel="stylesheet" href="/assets/main.${chunkHashes[2]}.css" integrity="${sri()}" crossorigin="anonymous">`, "sri-integrity");
    b.n(`  <link rel="preload" href="/assets/inter-var.${chunkHashes[3]}.woff2" as="font" type="font/woff2" crossorigin>`, "chunk-hash");
    b.n(`  <script src="https://cdn.jsdelivr.net/npm/dompurify@3.1.6/dist/purify.min.js" integrity="${sri()}" crossorigin="anonymous"></script>`, "sri-integrity");
    b.n(`  <style nonce="{{ csp_nonce }}">`, "csp-nonce-template");
    b.block(`
    :root { --brand: #4F46E5; --bg: #F8FAFC; }
    body { margin: 0; font-family: Inter, system-ui, sans-serif; background: var(--bg); }
  </style>
</head>
<body class="{% block body_class %}{% endblock %}">
  <div id="root" data-user-id="{{ user.id if user else '' }}"></div>
  {% block content %}{% endblock %}`);
    b.n(`  <script nonce="{{ csp_nonce }}">`, "csp-nonce-template");
    b.n(`    window.__BOOTSTRAP__ = {{ bootstrap | tojson }}; // no secrets here: only public feature flags`, "template-placeholder");
    b.n(`    window.__SENTRY_DSN__ = "{{ config.SENTRY_PUBLIC_DSN }}";`, "template-placeholder");
    b.l(`  </script>`);
    for (let i = 4; i < 6; i++) b.n(`  <script type="module" src="/assets/${["vendor", "main"][i - 4]}.${chunkHashes[i - 4]}.js" integrity="${sri()}" nonce="{{ csp_nonce }}"></script>`, "sri-integrity");
    b.n(`  <script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon='{"token": "${r.hex(32)}"}' nonce="{{ csp_nonce }}"></script>`, "public-analytics-token");
    b.block(`
  <noscript>You need to enable JavaScript to run this app.</noscript>
</body>
</html>`);
    out.push(b);
  }

  return out;
}
