// CI/deploy config, package files, e2e tests, bundles, source maps, i18n, css, codegen, mocks, docs
import { P, N, X, file, rs, int, pick, uuid, password, digits, HEX, AN, B64, B64U, LOAN, UPAN, LO, b64, b64u } from './core.mjs';
import { G } from './gens.mjs';

export function build() {
  // ================= repo root tooling =================
  const npmTok = G.npm(), ghpPkg = G.ghp();
  file('.npmrc', `
auto-install-peers=true
strict-peer-dependencies=false
@acme:registry=https://npm.pkg.github.com
${P('github-pat', `//npm.pkg.github.com/:_authToken=${ghpPkg}`, ghpPkg, ['npmrc', 'github'])}
${N('//registry.npmjs.org/:_authToken=${NPM_TOKEN}', ['env-interpolation'])}
`);

  file('packages/ui/.npmrc', `
${P('npm-token', `//registry.npmjs.org/:_authToken=${npmTok}`, npmTok, ['npmrc'])}
access=public
`);

  const nfp = G.netlify();
  const vercelTok = G.vercel();
  const slackBot = G.slackBot();
  file('.github/workflows/deploy.yml', `
name: deploy

on:
  push:
    branches: [main]
  workflow_dispatch:

concurrency: deploy-\${{ github.ref }}

jobs:
  storefront:
    runs-on: ubuntu-latest
    env:
${N('      VERCEL_ORG_ID: ${{ secrets.VERCEL_ORG_ID }}', ['ci-secret-reference'])}
${X('      VERCEL_PROJECT_ID: ${{ secrets.VERCEL_PROJECT_ID }}', ['ci-secret-reference'])}
    steps:
      - uses: actions/checkout@${G.gitSha()} # v4.1.7
      - uses: pnpm/action-setup@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: pnpm
      - run: pnpm install --frozen-lockfile
${N('      - run: pnpm dlx vercel pull --yes --environment=production --token=${{ secrets.VERCEL_TOKEN }}', ['ci-secret-reference'])}
${N('      - run: pnpm dlx vercel build --prod --token=${{ secrets.VERCEL_TOKEN }}', ['ci-secret-reference'])}
${P('vercel-token', `      - run: pnpm dlx vercel deploy --prebuilt --prod --token=${vercelTok}`, vercelTok, ['ci', 'vercel'])}

  marketing:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build --workspace apps/marketing-astro
      - name: Deploy to Netlify
        run: npx netlify-cli deploy --prod --dir apps/marketing-astro/dist
        env:
${P('netlify-token', `          NETLIFY_AUTH_TOKEN: ${nfp}`, nfp, ['ci', 'netlify'])}
${N(`          NETLIFY_SITE_ID: ${uuid()}`, ['uuid', 'identifier'])}

  notify:
    needs: [storefront, marketing]
    runs-on: ubuntu-latest
    steps:
      - name: Slack
        run: |
          curl -sS -X POST https://slack.com/api/chat.postMessage \\
${P('slack-bot-token', `            -H "Authorization: Bearer ${slackBot}" \\`, slackBot, ['ci', 'slack'])}
            -H 'Content-type: application/json' \\
            -d '{"channel":"#deploys","text":"storefront + marketing deployed :rocket:"}'
`);

  const algApp = G.algoliaAppId(), algSearch = G.hex32(), algAdmin = G.hex32();
  file('apps/marketing-astro/netlify.toml', `
[build]
  command = "npm run build && npm run algolia:index"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
${N(`  PUBLIC_ALGOLIA_APP_ID = "${algApp}"`, ['algolia-app-id'])}
${N(`  PUBLIC_ALGOLIA_SEARCH_KEY = "${algSearch}"`, ['algolia-search-only', 'public-by-design'])}
${P('algolia-admin-key', `  ALGOLIA_ADMIN_API_KEY = "${algAdmin}"`, algAdmin, ['netlify-config', 'algolia'])}

[[headers]]
  for = "/*"
  [headers.values]
${N(`    Content-Security-Policy = "default-src 'self'; script-src 'self' 'sha256-${G.sha256b64()}' https://www.googletagmanager.com"`, ['csp-hash'])}
    Referrer-Policy = "strict-origin-when-cross-origin"

[[redirects]]
${N('  from = "/docs/api-keys/:keyId"', ['route-param'])}
  to = "/docs/authentication#api-keys"
  status = 301
`);

  file('apps/storefront/vercel.json', `
{
  "$schema": "https://openapi.vercel.sh/vercel.json",
  "framework": "nextjs",
  "regions": ["iad1"],
  "crons": [{ "path": "/api/cron/sync-inventory", "schedule": "*/15 * * * *" }],
  "env": {
${X('    "NEXT_PUBLIC_SITE_URL": "https://shop.acme.dev",', ['url'])}
${N('    "STRIPE_SECRET_KEY": "@stripe-secret-key"', ['vercel-secret-reference'])}
  },
  "headers": [
    {
      "source": "/_next/static/(.*)",
      "headers": [{ "key": "Cache-Control", "value": "public, max-age=31536000, immutable" }]
    }
  ]
}
`);

  const skTest = G.stripeSkTest();
  const sntrys = G.sentryAuth('acme');
  file('apps/storefront/package.json', `
{
  "name": "@acme/storefront",
  "version": "2.14.0",
  "private": true,
  "scripts": {
    "dev": "next dev --turbo",
    "build": "prisma generate && next build",
    "start": "next start",
    "lint": "next lint",
    "test": "vitest run",
    "e2e": "playwright test",
${P('stripe-secret-key', `    "stripe:listen": "stripe listen --forward-to localhost:3000/api/webhooks/stripe --api-key ${skTest}",`, skTest, ['package-json-script', 'test-mode'])}
${P('sentry-auth-token', `    "sourcemaps": "SENTRY_AUTH_TOKEN=${sntrys} sentry-cli sourcemaps upload --org acme --project storefront .next",`, sntrys, ['package-json-script', 'sentry'])}
${X('    "db:push": "dotenv -e .env.local -- prisma db push",', ['script'])}
    "storybook": "storybook dev -p 6006"
  },
  "dependencies": {
    "@auth/prisma-adapter": "^2.4.1",
    "@prisma/client": "5.16.1",
    "@stripe/react-stripe-js": "^2.7.1",
    "@stripe/stripe-js": "^4.0.0",
    "@supabase/ssr": "^0.4.0",
    "next": "14.2.5",
    "next-auth": "5.0.0-beta.19",
    "react": "18.3.1",
    "react-dom": "18.3.1",
    "stripe": "^16.2.0"
  },
${N(`  "packageManager": "pnpm@9.5.0+sha512.${rs(HEX, 128)}"`, ['package-manager-hash'])}
}
`);

  // package-lock excerpt with integrity hashes
  const pkgs = [['node_modules/next', '14.2.5'], ['node_modules/react', '18.3.1'], ['node_modules/stripe', '16.2.0'], ['node_modules/jose', '5.6.3'], ['node_modules/@sentry/nextjs', '8.17.0']];
  let lock = `{
  "name": "@acme/storefront",
  "version": "2.14.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
`;
  pkgs.forEach(([p, v], i) => {
    const name = p.replace('node_modules/', '');
    const short = name.split('/').pop();
    lock += `    "${p}": {
      "version": "${v}",
      "resolved": "https://registry.npmjs.org/${name}/-/${short}-${v}.tgz",
${N(`      "integrity": "${G.sri512()}",`, ['sri-integrity', 'lockfile'])}
      "license": "MIT"
    }${i < pkgs.length - 1 ? ',' : ''}
`;
  });
  lock += `  }
}
`;
  file('apps/storefront/package-lock.json', lock);

  // Dockerfile
  const dockerPw = password({ urlSafe: true, style: 1 });
  file('services/api-express/Dockerfile', `
FROM node:20-alpine AS deps
WORKDIR /app
${N('ARG NPM_TOKEN', ['build-arg'])}
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
${P('database-url', `ENV DATABASE_URL=postgres://api:${dockerPw}@db.prod.acme.internal:5432/acme`, dockerPw, ['dockerfile', 'db-url'])}
${X('ENV REDIS_URL=redis://redis:6379', ['url'])}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
EXPOSE 8080
CMD ["node", "src/server.js"]
`);

  file('docker-compose.yml', `
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: acme
${N('      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}', ['env-interpolation'])}
      POSTGRES_DB: acme
    ports: ["5432:5432"]
  api:
    build: ./services/api-express
    environment:
${N('      DATABASE_URL: postgres://acme:${POSTGRES_PASSWORD}@db:5432/acme', ['env-interpolation', 'db-url'])}
${N('      JWT_SECRET: ${JWT_SECRET}', ['env-interpolation'])}
    depends_on: [db]
`);

  const sclirc = G.hexSecret(64);
  file('apps/dashboard/.sentryclirc', `
[defaults]
url = https://sentry.io/
org = acme
project = dashboard

[auth]
${P('sentry-auth-token', `token=${sclirc}`, sclirc, ['sentry'])}
`);

  // ================= e2e: cypress =================
  const cyAdminPw = password({ style: 0 }), cyUserPw = password({ style: 1 }), cyApiTok = G.b64Secret(40);
  file('apps/dashboard/cypress.env.json', `
{
  "baseUrl": "https://staging.dashboard.acme.dev",
${N('  "adminEmail": "qa-admin@acme.dev",', ['username'])}
${P('e2e-password', `  "adminPassword": "${cyAdminPw}",`, cyAdminPw, ['cypress', 'test-account'])}
  "userEmail": "qa-user+cypress@acme.dev",
${P('e2e-password', `  "userPassword": "${cyUserPw}",`, cyUserPw, ['cypress', 'test-account'])}
${P('api-token', `  "apiToken": "${cyApiTok}",`, cyApiTok, ['cypress'])}
  "stripeCard": "4242424242424242"
}
`);

  file('apps/dashboard/cypress/e2e/login.cy.ts', `
describe('login', () => {
  beforeEach(() => cy.visit('/login'));

  it('rejects a wrong password', () => {
    cy.get('input[name=email]').type(Cypress.env('userEmail'));
${N("    cy.get('input[type=password]').type('definitely-wrong', { log: false });", ['test-fixture', 'form-field'])}
    cy.contains('button', 'Sign in').click();
${N("    cy.contains('Invalid email or password').should('be.visible');", ['ui-text'])}
  });

  it('logs in as admin', () => {
    cy.get('input[name=email]').type(Cypress.env('adminEmail'));
${N("    cy.get('input[type=password]').type(Cypress.env('adminPassword'), { log: false });", ['env-reference'])}
    cy.contains('button', 'Sign in').click();
    cy.location('pathname').should('eq', '/');
  });

  it('shows API key screen', () => {
${N("    cy.login(Cypress.env('userEmail'), Cypress.env('userPassword'));", ['env-reference'])}
${X('    cy.intercept("GET", "/orgs/*/api-keys", { fixture: "api-keys.json" });', ['url'])}
    cy.visit('/settings/api-keys');
  });
});
`);

  file('apps/dashboard/cypress/fixtures/api-keys.json', `
[
${N(`  { "id": "${uuid()}", "name": "CI", "prefix": "ak_live_", "createdAt": "2024-02-01T10:00:00Z", "lastUsedAt": null },`, ['uuid', 'fixture'])}
${N(`  { "id": "${uuid()}", "name": "Zapier", "prefix": "ak_live_", "createdAt": "2024-03-12T08:30:00Z", "lastUsedAt": "2024-06-30T22:11:09Z" }`, ['uuid', 'fixture'])}
]
`);

  // ================= e2e: playwright =================
  const pwPw = password({ style: 2 });
  file('apps/storefront/e2e/auth.setup.ts', `
import { test as setup, expect } from '@playwright/test';

const authFile = 'playwright/.auth/user.json';

setup('authenticate', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('e2e-shopper@acme.dev');
${P('e2e-password', `  await page.getByLabel('Password').fill('${pwPw}');`, pwPw, ['playwright', 'test-account'])}
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'My account' })).toBeVisible();
  await page.context().storageState({ path: authFile });
});

setup('authenticate admin', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(process.env.E2E_ADMIN_EMAIL!);
${N("  await page.getByLabel('Password').fill(process.env.E2E_ADMIN_PASSWORD!);", ['env-reference'])}
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.context().storageState({ path: 'playwright/.auth/admin.json' });
});
`);

  file('apps/storefront/playwright.config.ts', `
import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  retries: process.env.CI ? 2 : 0,
  use: {
${X("    baseURL: process.env.PLAYWRIGHT_BASE_URL ?? 'http://localhost:3000',", ['env-reference'])}
    trace: 'on-first-retry',
${N("    extraHTTPHeaders: { 'x-vercel-protection-bypass': process.env.VERCEL_AUTOMATION_BYPASS_SECRET ?? '' },", ['env-reference'])}
  },
  projects: [
    { name: 'setup', testMatch: /.*\\.setup\\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], storageState: 'playwright/.auth/user.json' }, dependencies: ['setup'] },
  ],
});
`);

  // ================= seed script =================
  const seedPw = password({ style: 0 });
  const bcryptLike = '$2b$12$' + rs(AN + './', 53);
  file('apps/storefront/prisma/seed.ts', `
import { PrismaClient } from '@prisma/client';
import { hash } from '@node-rs/argon2';

const prisma = new PrismaClient();

async function main() {
  await prisma.user.upsert({
    where: { email: 'owner@acme.dev' },
    update: {},
    create: {
      email: 'owner@acme.dev',
      name: 'Store Owner',
${P('seed-password', `      passwordHash: await hash('${seedPw}'),`, seedPw, ['seed', 'hardcoded-password'])}
    },
  });
  await prisma.user.upsert({
    where: { email: 'legacy@acme.dev' },
    update: {},
    // imported from old shop; already a bcrypt hash
${N(`    create: { email: 'legacy@acme.dev', name: 'Legacy', passwordHash: '${bcryptLike}' },`, ['password-hash'])}
  });
}

main().finally(() => prisma.$disconnect());
`);

  // ================= server action with restricted key / AI keys =================
  const rk = G.stripeRk();
  const hf = G.hf(), rep = G.replicate(), gem = G.googleApiKey();
  file('apps/storefront/app/(shop)/products/[handle]/actions.ts', `
'use server';

import Stripe from 'stripe';
import Replicate from 'replicate';
import { HfInference } from '@huggingface/inference';
import { GoogleGenerativeAI } from '@google/generative-ai';
import { revalidatePath } from 'next/cache';

// restricted key: read products + write prices only
${P('stripe-restricted-key', `const stripe = new Stripe('${rk}');`, rk, ['server-action', 'stripe'])}
${P('replicate-api-token', `const replicate = new Replicate({ auth: '${rep}' });`, rep, ['server-action', 'ai'])}
${P('huggingface-token', `const hf = new HfInference('${hf}');`, hf, ['server-action', 'ai'])}
${P('google-gemini-api-key', `const genAI = new GoogleGenerativeAI('${gem}');`, gem, ['server-action', 'ai'])}

export async function generateAltText(handle: string, imageUrl: string) {
  const caption = await hf.imageToText({ data: await (await fetch(imageUrl)).blob(), model: 'Salesforce/blip-image-captioning-large' });
  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });
  const res = await model.generateContent('Rewrite as concise alt text: ' + caption.generated_text);
${N('  revalidatePath(`/products/${handle}`);', ['route-param'])}
  return res.response.text();
}

export async function upscale(imageUrl: string) {
  return replicate.run('nightmareai/real-esrgan:' + '${rs(HEX, 64)}', { input: { image: imageUrl, scale: 2 } });
}

export async function syncPrice(productId: string, cents: number) {
  return stripe.prices.create({ product: productId, unit_amount: cents, currency: 'usd' });
}
`);

  // ================= minified bundle & source map =================
  const bHash = G.chash(8);
  const bFb = G.googleApiKey(), bPk = G.stripePk(), bDsn = G.sentryDsn(), bAlgApp = G.algoliaAppId(), bAlgKey = G.hex32();
  const bLeak = G.openaiLegacy();
  const bMb = G.mapbox('pk', 'acme-maps');
  const bRc = G.recaptcha();
  const bSg = G.sendgrid();
  const bundle = [
    `import{r as e,j as t,c as n}from"./vendor-${G.chash(8)}.js";`,
    N(`const a={apiKey:"${bFb}",authDomain:"acme-dash.firebaseapp.com",projectId:"acme-dash",storageBucket:"acme-dash.appspot.com",messagingSenderId:"${digits(12)}",appId:"1:${digits(12)}:web:${rs(HEX, 22)}"},o=n(a);`, ['firebase-web-apikey', 'minified', 'public-by-design']),
    N(`const s="${bPk}",l=()=>import("./stripe-${G.chash(8)}.js").then(r=>r.loadStripe(s));`, ['stripe-publishable', 'minified', 'public-by-design']),
    N(`n.init({dsn:"${bDsn}",tracesSampleRate:.1,environment:"production",release:"dashboard@${G.gitSha().slice(0, 12)}"});`, ['sentry-dsn', 'minified', 'public-by-design']),
    N(`const c=algoliasearch("${bAlgApp}","${bAlgKey}"),u=c.initIndex("prod_products");`, ['algolia-search-only', 'minified', 'public-by-design']),
    P('openai-api-key', `async function d(r){const i=await fetch("https://api.openai.com/v1/chat/completions",{method:"POST",headers:{"Content-Type":"application/json",Authorization:"Bearer ${bLeak}"},body:JSON.stringify({model:"gpt-4o-mini",messages:[{role:"user",content:r}]})});return(await i.json()).choices[0].message.content}`, bLeak, ['minified', 'client-bundle-leak', 'openai']),
    N(`const f="${bMb}",p={sitekey:"${bRc}",theme:"light"};`, ['mapbox-public-token', 'recaptcha-site-key', 'minified', 'public-by-design']),
    P('sendgrid-api-key', `function h(r,i){return fetch("https://api.sendgrid.com/v3/mail/send",{method:"POST",headers:{authorization:"Bearer ${bSg}","content-type":"application/json"},body:JSON.stringify({personalizations:[{to:[{email:r}]}],from:{email:"noreply@acme.dev"},subject:i.subject,content:[{type:"text/html",value:i.html}]})})}`, bSg, ['minified', 'client-bundle-leak']),
    N(`const m=e.lazy(()=>import("./Settings-${G.chash(8)}.js")),g=e.lazy(()=>import("./ApiKeys-${G.chash(8)}.js"));`, ['content-hash', 'minified']),
    N(`function y({type:r="password",name:i="password",...o}){return t.jsx("input",{type:r,name:i,autoComplete:"current-password",...o})}`, ['form-field', 'minified']),
    `export{d as summarize,h as sendMail,o as app,u as index,y as PasswordInput};`,
    `//# sourceMappingURL=index-${bHash}.js.map`,
  ].join('\n');
  file(`apps/dashboard/dist/assets/index-${bHash}.js`, bundle);

  const mapChunk = () => {
    const segs = [];
    for (let i = 0; i < 60; i++) segs.push(rs('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', int(4, 7)));
    return segs.join(',') + ';' + rs(AN, 6);
  };
  file(`apps/dashboard/dist/assets/index-${bHash}.js.map`, `
{
  "version": 3,
  "file": "index-${bHash}.js",
  "sources": ["../../src/lib/firebase.ts", "../../src/lib/api.ts", "../../src/components/PasswordInput.tsx"],
  "sourcesContent": [
${N('    "import { initializeApp } from \'firebase/app\';\\nexport const app = initializeApp({ apiKey: import.meta.env.VITE_FIREBASE_API_KEY, projectId: \'acme-dash\' });\\n",', ['source-map', 'env-reference'])}
${N('    "export async function summarize(text: string) {\\n  const res = await fetch(\'https://api.openai.com/v1/chat/completions\', { headers: { Authorization: `Bearer ${import.meta.env.VITE_OPENAI_API_KEY}` } });\\n  return (await res.json()).choices[0].message.content;\\n}\\n",', ['source-map', 'env-reference'])}
${N('    "export function PasswordInput({ type = \'password\', name = \'password\', ...rest }) {\\n  return <input type={type} name={name} autoComplete=\\"current-password\\" {...rest} />;\\n}\\n"', ['source-map', 'form-field'])}
  ],
  "names": ["initializeApp", "app", "summarize", "text", "res", "fetch", "PasswordInput", "type", "name", "rest"],
${N(`  "mappings": "${mapChunk()};${mapChunk()};${mapChunk()}"`, ['source-map-mappings'])}
}
`);

  // ================= service workers =================
  const swFb = G.googleApiKey(), swSender = digits(12), vapid = G.vapidPublic();
  file('apps/storefront/public/firebase-messaging-sw.js', `
importScripts('https://www.gstatic.com/firebasejs/10.12.2/firebase-app-compat.js');
importScripts('https://www.gstatic.com/firebasejs/10.12.2/firebase-messaging-compat.js');

firebase.initializeApp({
${N(`  apiKey: '${swFb}',`, ['firebase-web-apikey', 'service-worker', 'public-by-design'])}
  projectId: 'acme-storefront-prod',
${N(`  messagingSenderId: '${swSender}',`, ['numeric-id'])}
${N(`  appId: '${G.firebaseAppId(swSender)}',`, ['firebase-app-id'])}
});

// VAPID public key used by getToken() in the page; kept here for reference
${N(`const VAPID_PUBLIC_KEY = '${vapid}';`, ['vapid-public-key', 'public-by-design'])}

const messaging = firebase.messaging();
messaging.onBackgroundMessage((payload) => {
  const { title, body, icon } = payload.notification ?? {};
  self.registration.showNotification(title ?? 'Acme', { body, icon: icon ?? '/icons/icon-192.png' });
});
`);

  const pre = [];
  for (const f of ['/', '/offline', `/_next/static/chunks/main-${G.chash(16)}.js`, `/_next/static/css/${G.chash(16)}.css`, '/icons/icon-192.png']) {
    pre.push(N(`  { url: '${f}', revision: '${G.chash(32)}' },`, ['content-hash', 'service-worker']));
  }
  file('apps/storefront/public/sw.js', `
/* generated by workbox-build — do not edit */
importScripts('https://storage.googleapis.com/workbox-cdn/releases/7.0.0/workbox-sw.js');

workbox.precaching.precacheAndRoute([
${pre.join('\n')}
]);

workbox.routing.registerRoute(
  ({ request }) => request.destination === 'image',
  new workbox.strategies.CacheFirst({ cacheName: 'images', plugins: [new workbox.expiration.ExpirationPlugin({ maxEntries: 200 })] }),
);
`);

  // ================= index.html with SRI / CSP =================
  const mapsKey = G.googleApiKey();
  const ihash = G.chash(8);
  file('apps/dashboard/index.html', `
<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
${N(`    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'nonce-${G.b64Secret(24)}' 'sha256-${G.sha256b64()}'; img-src * data:" />`, ['csp-hash', 'csp-nonce'])}
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
${N(`    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="${G.sri384()}" crossorigin="anonymous" />`, ['sri-integrity'])}
${N(`    <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="${G.sri384()}" crossorigin="anonymous"></script>`, ['sri-integrity'])}
${N(`    <script async src="https://maps.googleapis.com/maps/api/js?key=${mapsKey}&libraries=places&callback=initMap"></script>`, ['google-maps-browser-key', 'public-by-design'])}
${N(`    <script type="module" crossorigin src="/assets/index-${ihash}.js"></script>`, ['content-hash'])}
${X(`    <link rel="modulepreload" crossorigin href="/assets/vendor-${G.chash(8)}.js" />`, ['content-hash'])}
    <title>Acme Dashboard</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`);

  // ================= CSS with data URIs =================
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path fill="#6b7280" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 3a1 1 0 0 1 1 1v3a1 1 0 0 1-2 0V5a1 1 0 0 1 1-1zm0 7.5a1 1 0 1 1 0-2 1 1 0 0 1 0 2z"/></svg>';
  file('apps/storefront/app/globals.css', `
@tailwind base;
@tailwind components;
@tailwind utilities;

@font-face {
  font-family: 'AcmeIcons';
${N(`  src: url(data:font/woff2;base64,${rs(B64, 180)}) format('woff2');`, ['base64-data-uri', 'font'])}
  font-display: block;
}

.input-password {
  padding-right: 2.5rem;
${N(`  background-image: url("data:image/svg+xml;base64,${b64(svg)}");`, ['base64-data-uri', 'svg'])}
  background-repeat: no-repeat;
  background-position: right 0.75rem center;
}

.spinner {
${N(`  mask: url("data:image/png;base64,iVBORw0KGgo${rs(B64, 120)}") center / contain;`, ['base64-data-uri', 'image'])}
}

${N(`.hero { background-image: url('/_next/static/media/hero.${G.chash(16)}.webp'); }`, ['content-hash'])}
`);

  // ================= i18n =================
  file('apps/storefront/messages/en.json', `
{
  "auth": {
    "signIn": "Sign in",
${N('    "password": "Password",', ['i18n'])}
${X('    "passwordPlaceholder": "Enter your password",', ['i18n'])}
${N('    "forgotPassword": "Forgot your password?",', ['i18n'])}
${X('    "resetPasswordEmailSent": "If an account exists for {email}, we sent a link to reset your password.",', ['i18n'])}
${N('    "passwordTooWeak": "Password must be at least {min} characters and include a number and a symbol.",', ['i18n'])}
${X('    "tokenExpired": "This link has expired. Request a new one."', ['i18n'])}
  },
  "settings": {
${X('    "apiKeys": "API keys",', ['i18n'])}
${N('    "apiKeyCreated": "Your new secret key: {secret}. Copy it now — you won\'t see it again.",', ['i18n', 'template-placeholder'])}
${N('    "webhookSecret": "Signing secret",', ['i18n'])}
${X('    "revealSecret": "Reveal secret"', ['i18n'])}
  }
}
`);

  file('apps/storefront/messages/de.json', `
{
  "auth": {
    "signIn": "Anmelden",
${N('    "password": "Passwort",', ['i18n'])}
${X('    "passwordPlaceholder": "Passwort eingeben",', ['i18n'])}
${N('    "forgotPassword": "Passwort vergessen?",', ['i18n'])}
${X('    "resetPasswordEmailSent": "Falls ein Konto für {email} existiert, haben wir einen Link zum Zurücksetzen deines Passworts gesendet.",', ['i18n'])}
${X('    "passwordTooWeak": "Das Passwort muss mindestens {min} Zeichen lang sein.",', ['i18n'])}
${X('    "tokenExpired": "Dieser Link ist abgelaufen."', ['i18n'])}
  },
  "settings": {
${X('    "apiKeys": "API-Schlüssel",', ['i18n'])}
${N('    "apiKeyCreated": "Dein neuer geheimer Schlüssel: {secret}. Jetzt kopieren!",', ['i18n', 'template-placeholder'])}
${X('    "webhookSecret": "Signatur-Geheimnis",', ['i18n'])}
    "revealSecret": "Geheimnis anzeigen"
  }
}
`);

  // ================= GraphQL codegen output =================
  const relay = (t, id) => b64(`${t}:${id}`);
  file('apps/t3-market/src/gql/graphql.ts', `
/* eslint-disable */
// THIS FILE IS GENERATED BY @graphql-codegen/cli — DO NOT EDIT
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  DateTime: { input: any; output: any };
};

export type ApiKey = {
  __typename?: 'ApiKey';
  id: Scalars['ID']['output'];
${N("  secret?: Maybe<Scalars['String']['output']>;", ['type-definition', 'graphql'])}
${N("  token: Scalars['String']['output'];", ['type-definition', 'graphql'])}
};

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
${N("  password: Scalars['String']['input'];", ['type-definition', 'graphql'])}
}>;

${N(`export const LoginDocument = {"__meta__":{"hash":"${rs(HEX, 64)}"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;`, ['persisted-query-hash', 'graphql'])}
${N(`export const ProductDocument = {"__meta__":{"hash":"${rs(HEX, 64)}"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Product"}}]} as unknown as DocumentNode<ProductQuery, ProductQueryVariables>;`, ['persisted-query-hash', 'graphql'])}

// sample ids used in docs/storybook
${N(`export const SAMPLE_PRODUCT_ID = '${relay('Product', int(1000, 99999))}';`, ['graphql-id', 'relay-id'])}
${N(`export const SAMPLE_USER_ID = '${relay('User', uuid())}';`, ['graphql-id', 'relay-id'])}
type Exact<T> = { [K in keyof T]: T[K] };
type LoginMutation = any; type ProductQuery = any; type ProductQueryVariables = any;
`);

  // ================= type definitions =================
  file('packages/config/src/types.d.ts', `
export interface StripeConfig {
${N('  publishableKey: string;', ['type-definition'])}
${N('  secretKey: string;', ['type-definition'])}
${N('  webhookSecret?: string;', ['type-definition'])}
}

export interface OAuthProviderConfig {
  clientId: string;
${N('  clientSecret: string;', ['type-definition'])}
  scopes?: string[];
}

export interface AppConfig {
  stripe: StripeConfig;
  github: OAuthProviderConfig;
${N('  jwtSecret: string | Uint8Array;', ['type-definition'])}
${N('  databaseUrl: `postgres://${string}:${string}@${string}/${string}`;', ['type-definition', 'template-type'])}
${N('  apiKey: string;', ['type-definition'])}
}

declare global {
  namespace NodeJS {
    interface ProcessEnv {
${N('      NEXTAUTH_SECRET: string;', ['type-definition'])}
${N('      STRIPE_SECRET_KEY: string;', ['type-definition'])}
      NEXT_PUBLIC_SITE_URL: string;
    }
  }
}
`);

  // ================= unit tests with mocks =================
  const fakeJwt = G.jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 });
  file('apps/storefront/__tests__/auth.test.ts', `
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { SignJWT, jwtVerify } from 'jose';

${N("const secret = new TextEncoder().encode('test-secret');", ['test-fixture'])}

vi.mock('@/lib/prisma', () => ({
  prisma: {
    user: {
      findUnique: vi.fn(async () => ({
        id: 'user_1',
        email: 'jane@example.com',
${N("        passwordHash: 'hashed:correct horse battery staple',", ['test-fixture'])}
      })),
    },
  },
}));

vi.mock('@/lib/password', () => ({
${N("  verifyPassword: vi.fn(async (pw: string) => pw === 'correct horse battery staple'),", ['test-fixture'])}
}));

describe('jwt helpers', () => {
  beforeEach(() => {
${N("    process.env.JWT_SECRET = 'test-secret';", ['test-fixture'])}
${N("    process.env.NEXTAUTH_SECRET = 'dummy-nextauth-secret-for-tests';", ['test-fixture'])}
  });

  it('round-trips a token', async () => {
    const token = await new SignJWT({ uid: 'user_1' }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
    const { payload } = await jwtVerify(token, secret);
    expect(payload.uid).toBe('user_1');
  });

  it('rejects a tampered token', async () => {
    // the classic jwt.io sample token, signature won't match our secret
${N(`    const sample = '${fakeJwt}';`, ['jwt', 'test-fixture', 'sample-token'])}
    await expect(jwtVerify(sample, secret)).rejects.toThrow();
  });
});
`);

  file('apps/storefront/__tests__/checkout.test.ts', `
import { describe, it, expect, vi } from 'vitest';

${N("vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_' + 'x'.repeat(24));", ['test-fixture', 'placeholder'])}
${N("vi.stubEnv('STRIPE_WEBHOOK_SECRET', 'whsec_test_secret');", ['test-fixture', 'placeholder'])}

const create = vi.fn(async () => ({ id: 'cs_test_123', url: 'https://checkout.stripe.com/c/pay/cs_test_123' }));
vi.mock('stripe', () => ({
  default: vi.fn(() => ({ checkout: { sessions: { create } } })),
}));

${N("const fakeCustomer = { id: 'cus_FAKE000000000', email: 'buyer@example.com', apiKey: 'fake-api-key' };", ['test-fixture'])}

describe('POST /api/checkout', () => {
  it('creates a session', async () => {
    const { POST } = await import('@/app/api/checkout/route');
    const res = await POST(new Request('http://x/api/checkout', { method: 'POST', body: JSON.stringify({ cartId: 'cart_1' }) }));
    expect(res.status).toBe(200);
    expect(create).toHaveBeenCalled();
    expect(fakeCustomer.email).toContain('@');
  });
});
`);

  // ================= storybook + msw mocks =================
  const sbPk = G.stripePkTest();
  file('apps/storefront/.storybook/preview.tsx', `
import type { Preview } from '@storybook/react';
import { initialize, mswLoader } from 'msw-storybook-addon';
import { http, HttpResponse } from 'msw';
import '../app/globals.css';

initialize({ onUnhandledRequest: 'bypass' });

// Storybook uses Stripe test mode; publishable keys are public anyway.
${N(`(globalThis as any).__STRIPE_PK__ = '${sbPk}';`, ['stripe-publishable', 'test-mode', 'public-by-design'])}

const preview: Preview = {
  loaders: [mswLoader],
  parameters: {
    msw: {
      handlers: [
        http.post('/api/auth/callback/credentials', () =>
${N("          HttpResponse.json({ user: { id: 'u_1', name: 'Storybook User' }, accessToken: 'mock-access-token', refreshToken: 'mock-refresh-token' }),", ['test-fixture', 'mock'])}
        ),
        http.get('/api/keys', () =>
${N("          HttpResponse.json([{ id: 'key_1', name: 'Default', secret: '••••••••••••', createdAt: '2024-01-01' }]),", ['mock', 'masked'])}
        ),
      ],
    },
  },
};

export default preview;
`);

  file('apps/storefront/components/PasswordField.stories.tsx', `
import type { Meta, StoryObj } from '@storybook/react';
import { PasswordField } from './PasswordField';

const meta: Meta<typeof PasswordField> = {
  title: 'Forms/PasswordField',
  component: PasswordField,
${N("  args: { label: 'Password', name: 'password', placeholder: '••••••••' },", ['form-field', 'storybook'])}
};
export default meta;

type Story = StoryObj<typeof PasswordField>;
export const Empty: Story = {};
${N("export const WithValue: Story = { args: { defaultValue: 'example-password' } };", ['placeholder', 'storybook'])}
${X("export const WithError: Story = { args: { error: 'Password must contain a number' } };", ['ui-text'])}
`);

  // ================= docs =================
  file('docs/SETUP.md', `
# Local setup

1. \`pnpm install\`
2. Copy env files: \`cp apps/storefront/.env.example apps/storefront/.env.local\`
3. Ask in #eng-platform for the 1Password vault "storefront / dev".

## Stripe

Use test mode keys locally. They look like this:

\`\`\`bash
${N('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_<your-key>', ['placeholder', 'docs'])}
${N('STRIPE_SECRET_KEY=sk_test_<your-key>', ['placeholder', 'docs'])}
\`\`\`

Forward webhooks with \`stripe listen --forward-to localhost:3000/api/webhooks/stripe\` and put the printed
${N('`whsec_...` value into `STRIPE_WEBHOOK_SECRET`.', ['placeholder', 'docs'])}

## Auth

${X('Generate `NEXTAUTH_SECRET` with `openssl rand -base64 32`. Never reuse the production value.', ['docs'])}

## Database

\`\`\`
${N('DATABASE_URL=postgresql://postgres:<password>@localhost:5432/storefront', ['placeholder', 'docs', 'db-url'])}
\`\`\`

## Supabase

${N('The anon key (`NEXT_PUBLIC_SUPABASE_ANON_KEY`) is public. The `service_role` key is **not** — server only.', ['docs'])}
`);

  // ================= UUID / misc config =================
  file('apps/storefront/components.json', `
{
  "$schema": "https://ui.shadcn.com/schema.json",
  "style": "new-york",
  "tailwind": { "config": "tailwind.config.ts", "css": "app/globals.css", "baseColor": "zinc", "cssVariables": true },
  "aliases": { "components": "@/components", "utils": "@/lib/utils" }
}
`);

  file('apps/storefront/.vscode/launch.json', `
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Next.js: debug full stack",
      "type": "node-terminal",
      "request": "launch",
      "command": "pnpm dev",
${N(`      "env": { "NODE_OPTIONS": "--inspect", "DEBUG_SESSION_ID": "${uuid()}" },`, ['uuid'])}
      "serverReadyAction": { "pattern": "- Local:.+(https?://.+)", "uriFormat": "%s", "action": "debugWithChrome" }
    }
  ]
}
`);
}
