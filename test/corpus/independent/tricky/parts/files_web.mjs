// Web-ish files: JS with commented keys, minified bundles, one-line JSON, escaped JSON, XML, HTML, .http, lockfile, docs.
import { fb } from './builder.mjs';
import { tok, neg, basic, xmlEsc } from './values.mjs';
import { int, pick, str, A } from './rng.mjs';

function stripeClient() {
  const f = fb('src/billing/stripeClient.js');
  f.n('import Stripe from "stripe";', '', '// Billing client. Keys come from the environment since the 2023 rotation.');
  f.pos(`// const STRIPE_KEY = "${tok.stripe()}";  // old key, rotate before launch`, 'stripe-secret-key', ['comment', 'commented-out-code']);
  f.neg('const STRIPE_KEY = process.env.STRIPE_SECRET_KEY;', 'env-reference');
  f.neg('const api_key_header = "X-API-Key";', 'secret-like-name');
  f.neg('const token_bucket_capacity = 500;', 'secret-like-name');
  f.neg('const PRIVATE_KEY_PATH = "/etc/ssl/private/app.key";', 'file-path');
  f.n('', 'export function makeClient() {');
  f.pos(`  // TODO(ana): drop this fallback once CI has the secret: ${tok.github()}`, 'github-pat', ['comment', 'todo']);
  f.n('  return new Stripe(STRIPE_KEY, { apiVersion: "2024-04-10", maxNetworkRetries: 2 });', '}', '');
  f.neg(`// Sample request id from the incident log: ${neg.uuid()}`, 'uuid');
  f.neg(`// const idempotencyKey = "${neg.uuid()}"; // any v4 uuid works here`, 'uuid');
  f.n('export const currency = "eur";');
  return f;
}

function minifiedBundles() {
  const out = [];
  const entry = () => {
    const k = int(6);
    if (k === 0) return `"chunk-${neg.short(6)}":"${neg.short(20)}"`;
    if (k === 1) return `id:"${neg.uuid()}"`;
    if (k === 2) return `hash:"${neg.sha256()}"`;
    if (k === 3) return `buildId:"${neg.buildId()}"`;
    if (k === 4) return `integrity:"${neg.sri384()}"`;
    return `e${int(999)}:function(t,n,r){"use strict";r.d(n,{Z:function(){return ${pick(['o', 'a', 'i', 'u'])}}})}`;
  };
  const bundle = (secretPart) => {
    const parts = [];
    let len = 0;
    while (len < 20500) { const e = entry(); parts.push(e); len += e.length + 1; }
    if (secretPart) parts.splice(Math.floor(parts.length * 0.57), 0, secretPart);
    return `!function(){"use strict";var m={${parts.join(',')}};window.__APP__=m}();`;
  };
  const a = fb('public/assets/app.3f9c1e7a.min.js');
  a.n('/*! orders-web 4.12.0 | (c) Acme | MIT */');
  a.pos(bundle(`mailer:{provider:"sendgrid",apiKey:"${tok.sendgrid()}",from:"noreply@acme.test"}`), 'sendgrid-api-key', ['long-line', 'minified']);
  a.n('//# sourceMappingURL=app.3f9c1e7a.min.js.map');
  out.push(a);
  const v = fb('public/assets/vendor.a81b2d40.min.js');
  v.n('/*! vendor bundle | licenses: see vendor.LICENSE.txt */');
  v.neg(bundle('apiKeyHeader:"X-API-Key",token:null,password:""'), 'minified-hashes');
  v.n('//# sourceMappingURL=vendor.a81b2d40.min.js.map');
  out.push(v);
  return out;
}

function oneLineJson() {
  const pw = tok.password();
  const a = fb('config/runtime.min.json');
  a.pos(JSON.stringify({ service: 'orders', env: 'production', db: { host: 'pg-primary.internal', port: 5432, user: 'orders_rw', password: pw, pool: { min: 2, max: 20 } }, features: { newCheckout: true, tokenBucketCapacity: 500 }, log: { level: 'info' } }), 'password', ['single-line-json']);
  const m = fb('config/asset-manifest.min.json');
  const files = {};
  for (const n of ['main', 'vendor', 'runtime', 'polyfills', 'checkout']) files[`${n}.js`] = { file: `${n}.${neg.short(8)}.js`, integrity: neg.integrity(), contentHash: neg.sha256() };
  m.neg(JSON.stringify({ version: 3, buildId: neg.buildId(), files }), 'content-hash');
  return [a, m];
}

function vscodeTasks() {
  const f = fb('.vscode/tasks.json');
  const pwRaw = tok.password('!#%*-_@').slice(0, 9) + '"' + tok.password('!#%*-_@').slice(0, 7);
  const pwJson = JSON.stringify(pwRaw).slice(1, -1);
  f.n('{', '  "version": "2.0.0",', '  "tasks": [', '    {', '      "label": "publish release",', '      "type": "shell",');
  f.pos(`      "command": "curl -sf -H \\"Authorization: Bearer ${tok.github()}\\" https://api.github.com/repos/acme/orders/releases",`, 'github-pat', ['json-escaped-quotes']);
  f.n('      "options": {', '        "env": {');
  f.pos(`          "PGPASSWORD": "${pwJson}",`, 'password', ['json-escaped-quotes']);
  f.n('          "PGUSER": "orders_admin"', '        }', '      }', '    },', '    {', '      "label": "publish release (env)",', '      "type": "shell",');
  f.neg('      "command": "curl -sf -H \\"Authorization: Bearer ${env:GITHUB_TOKEN}\\" https://api.github.com/repos/acme/orders/releases"', 'env-reference');
  f.n('    },', '    {', '      "label": "verify tarball",', '      "type": "shell",');
  f.neg(`      "command": "echo \\"${neg.sha256()}  dist/orders.tgz\\" | sha256sum -c -"`, 'content-hash');
  f.n('    }', '  ]', '}');
  return f;
}

function webConfig() {
  const f = fb('web/Web.config');
  const pw = tok.password('!#%*-_@').slice(0, 8) + '&' + tok.password('!#%*-_@').slice(0, 5) + '"' + str(A.alnum, 3);
  f.n('<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <connectionStrings>');
  f.pos(`    <add name="Orders" connectionString="Server=sql01.corp.local;Database=Orders;User Id=orders_app;Password=${xmlEsc(pw)};" providerName="System.Data.SqlClient" />`, 'connection-string-password', ['xml-escaped']);
  f.neg('    <add name="Reporting" connectionString="Server=sql02.corp.local;Database=Reports;Integrated Security=SSPI;" providerName="System.Data.SqlClient" />', 'connection-string-no-password');
  f.n('  </connectionStrings>', '  <appSettings>');
  f.neg('    <add key="PasswordPolicy" value="minLength=12&amp;requireUpper=true&amp;requireDigit=true" />', 'secret-like-name');
  f.pos(`    <add key="SendGrid:ApiKey" value="${tok.sendgrid()}" />`, 'sendgrid-api-key', ['xml-attribute']);
  f.neg('    <add key="ApiKeyHeaderName" value="X-API-Key" />', 'secret-like-name');
  f.neg(`    <add key="BuildId" value="${neg.buildId()}" />`, 'build-id');
  f.neg(`    <add key="Cdn:ScriptIntegrity" value="${neg.sri384()}" />`, 'sri-hash');
  f.neg('    <add key="Token:Description" value="Tokens expire after 15 minutes &amp; are refreshed on &quot;activity&quot;" />', 'secret-like-name');
  f.n('  </appSettings>', '</configuration>');
  return f;
}

function loginHtml() {
  const f = fb('web/templates/login.html');
  const smtp = tok.password('!#%*-_@').slice(0, 10) + '&' + str(A.alnum, 6);
  f.n('<!doctype html>', '<html lang="en">', '<head>', '  <meta charset="utf-8">', '  <title>Sign in</title>');
  f.neg(`  <script src="https://cdn.acme.test/lib/widgets.min.js" integrity="${neg.sri384()}" crossorigin="anonymous"></script>`, 'sri-hash');
  f.neg(`  <link rel="stylesheet" href="/static/app.css?v=${neg.short(12)}">`, 'content-hash');
  f.n('</head>', '<body>', '  <form method="post" action="/login">');
  f.neg('    <input type="password" name="password" placeholder="Password" autocomplete="current-password">', 'secret-like-name');
  f.neg('    <label data-i18n="auth.password.forgot">Forgot password?</label>', 'i18n-key');
  f.neg(`    <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">`, 'template-placeholder');
  f.n('  </form>');
  f.pos(`  <div id="release-notes" data-gitlab-token="${tok.gitlab()}" data-project="412"></div>`, 'gitlab-pat', ['html-attribute']);
  f.pos(`  <form id="mail-test" hidden><input type="hidden" name="smtp_pass" value="${xmlEsc(smtp)}"></form>`, 'password', ['html-attribute', 'html-escaped']);
  f.neg('  <ul class="token-list secret-santa-list"></ul>', 'css-class');
  f.n('</body>', '</html>');
  return f;
}

function httpFile() {
  const f = fb('api/orders.http');
  f.n('### Fetch orders (staging)', 'GET https://staging.acme.test/api/orders?page=2');
  f.pos(`Authorization: Basic ${basic('svc-reports', tok.password())}`, 'basic-auth', ['base64']);
  f.neg(`X-Request-Id: ${neg.uuid()}`, 'uuid');
  f.n('Accept: application/json', '', '### Same call with a saved UI state', 'GET https://staging.acme.test/api/orders');
  f.neg(`X-Client-State: ${neg.b64json({ theme: 'dark', locale: 'en-GB', page: 3, columns: ['id', 'total', 'status'] })}`, 'base64-json');
  f.neg(`If-None-Match: "${neg.sha1()}"`, 'hex-hash');
  f.n('', '### Docs example from RFC 7617 (well-known sample credentials)');
  f.neg('# Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'documentation-example');
  f.n('', '### Deploy hook (ops)', 'POST https://ci.acme.test/hooks/deploy');
  f.pos(`Authorization: Basic ${basic('deploy', tok.password('!#%*-_@^~'))}`, 'basic-auth', ['base64']);
  f.neg(`X-Payload-Digest: sha-256=${neg.sri256().slice(7)}`, 'content-hash');
  return f;
}

function packageLock() {
  const f = fb('package-lock.json');
  f.n('{', '  "name": "orders-web",', '  "version": "4.12.0",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {');
  const pkgs = [['node_modules/left-pad', '1.3.0'], ['node_modules/ms', '2.1.3'], ['node_modules/debug', '4.3.4']];
  pkgs.forEach(([p, v], i) => {
    f.n(`    "${p}": {`, `      "version": "${v}",`, `      "resolved": "https://registry.npmjs.org/${p.split('/')[1]}/-/${p.split('/')[1]}-${v}.tgz",`);
    f.neg(`      "integrity": "${neg.integrity()}"`, 'npm-integrity');
    f.n(i === pkgs.length - 1 ? '    }' : '    },');
  });
  f.n('  }', '}');
  return f;
}

function apiDocs() {
  const f = fb('docs/authentication.md');
  f.n('# Authentication', '', 'Send a bearer token with every request. The token below is an **example** from', 'our public docs; it expired in 2018 and is signed with a throwaway key.', '', '```http');
  f.neg(`Authorization: Bearer ${neg.exampleJwt()}`, 'example-jwt');
  f.n('```', '', 'Request ids are UUIDv4 values, for example:', '');
  f.neg(`    X-Request-Id: ${neg.uuid()}`, 'uuid');
  f.n('', 'Use the `X-API-Key` header for server-to-server calls:', '');
  f.neg('    X-API-Key: <your-api-key>', 'placeholder');
  f.n('', 'Keys are shown once in the dashboard under *Settings > API keys*.');
  return f;
}

export default function () {
  return [stripeClient(), ...minifiedBundles(), ...oneLineJson(), vscodeTasks(), webConfig(), loginHtml(), httpFile(), packageLock(), apiDocs()];
}
