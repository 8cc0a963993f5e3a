// Express / Fastify / Hono / tRPC backends and third-party service clients
import { P, N, X, file, rs, int, pick, uuid, password, digits, HEX, AN, B64, LOAN, UPAN, LO } from './core.mjs';
import { G } from './gens.mjs';

export function build() {
  // ================= Express API =================
  const ex = 'services/api-express';
  const sessSecret = G.b64Secret(40);
  const adminPw = password({ style: 1 });
  const slackHook = G.slackWebhook();
  file(`${ex}/src/server.js`, `
'use strict';
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const basicAuth = require('express-basic-auth');
const cors = require('cors');
const jwt = require('jsonwebtoken');
const { createClient } = require('redis');

const app = express();
${X('const redisClient = createClient({ url: process.env.REDIS_URL });', ['env-reference'])}
redisClient.connect().catch(console.error);

app.use(cors({ origin: ['https://app.acme.dev', 'http://localhost:5173'], credentials: true }));
app.use(express.json({ limit: '1mb' }));
app.use(
  session({
    store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
${P('session-secret', `    secret: '${sessSecret}',`, sessSecret, ['express-session'])}
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 1000 * 60 * 60 * 8 },
  }),
);

// bull-board / admin tools
app.use(
  '/admin',
${P('basic-auth-password', `  basicAuth({ users: { ops: '${adminPw}' }, challenge: true }),`, adminPw, ['hardcoded-password'])}
  require('./admin'),
);

app.post('/auth/token', async (req, res) => {
  const user = await require('./users').authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid_credentials' });
${N("  const token = jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '15m' });", ['env-reference'])}
  res.json({ token });
});

async function notifySlack(text) {
${P('slack-webhook', `  await fetch('${slackHook}', {`, slackHook, ['slack'])}
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

app.use((err, req, res, _next) => {
  notifySlack(':rotating_light: ' + err.message).catch(() => {});
  res.status(500).json({ error: 'internal' });
});

${X('const PORT = process.env.PORT || 8080;', ['env-reference'])}
app.listen(PORT, () => console.log('api listening on', PORT));
`);

  const twSid = G.twilioSid(), twTok = G.twilioToken();
  const twFrom = '+1' + digits(10);
  file(`${ex}/src/sms.js`, `
const twilio = require('twilio');

${N(`const accountSid = '${twSid}';`, ['twilio-account-sid', 'identifier'])}
${P('twilio-auth-token', `const authToken = '${twTok}';`, twTok, ['twilio'])}
const client = twilio(accountSid, authToken);

async function sendOtp(to, code) {
  return client.messages.create({
    from: '${twFrom}',
    to,
    body: \`Your Acme verification code is \${code}. It expires in 10 minutes.\`,
  });
}

module.exports = { sendOtp };
`);

  // ================= Fastify =================
  const fa = 'services/api-fastify';
  const jwtSecret = G.hexSecret(64);
  file(`${fa}/src/plugins/auth.ts`, `
import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export default fp(async (app) => {
  await app.register(fastifyCookie, {
${N('    secret: process.env.COOKIE_SECRET,', ['env-reference'])}
    parseOptions: { httpOnly: true, sameSite: 'lax' },
  });

  await app.register(fastifyJwt, {
${P('jwt-secret', `    secret: '${jwtSecret}',`, jwtSecret, ['fastify-jwt'])}
${X("    cookie: { cookieName: 'refreshToken', signed: false },", ['cookie-name'])}
    sign: { expiresIn: '15m' },
  });

  app.decorate('authenticate', async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      await req.jwtVerify();
    } catch (err) {
      reply.code(401).send({ message: 'Unauthorized' });
    }
  });
});

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}
declare module '@fastify/jwt' {
  interface FastifyJWT {
${N('    payload: { sub: string; scope: string[]; apiKeyId?: string };', ['type-definition'])}
  }
}
`);

  const fastifyDbPw = password({ urlSafe: true, style: 2 });
  file(`${fa}/src/config.ts`, `
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(3000),
${N('  DATABASE_URL: z.string().url(),', ['schema-field'])}
${N('  COOKIE_SECRET: z.string().min(32),', ['schema-field'])}
${N('  STRIPE_SECRET_KEY: z.string().startsWith("s" + "k_"),', ['schema-field'])}
});

const defaults =
  process.env.NODE_ENV === 'test'
    ? {
${N("        DATABASE_URL: 'postgres://test:test@localhost:5433/api_test',", ['test-fixture', 'db-url'])}
${N("        COOKIE_SECRET: 'test-cookie-secret-test-cookie-secret',", ['test-fixture'])}
${N("        STRIPE_SECRET_KEY: 'sk_test_mock',", ['test-fixture', 'placeholder'])}
      }
    : {
        // shared dev database on the team VPS
${P('database-url', `        DATABASE_URL: 'postgres://api_dev:${fastifyDbPw}@dev-db.acme.internal:5432/api',`, fastifyDbPw, ['db-url', 'postgres'])}
      };

export const config = schema.parse({ ...defaults, ...process.env });
export type Config = z.infer<typeof schema>;
`);

  // ================= Hono on Cloudflare Workers =================
  const ho = 'services/edge-hono';
  const rsnd = G.resend();
  const discordPub = rs(HEX, 64);
  file(`${ho}/wrangler.toml`, `
name = "acme-edge"
main = "src/index.ts"
compatibility_date = "2024-07-01"
compatibility_flags = ["nodejs_compat"]

[[kv_namespaces]]
binding = "CACHE"
${N(`id = "${rs(HEX, 32)}"`, ['resource-id'])}

[[d1_databases]]
binding = "DB"
database_name = "acme-edge"
${N(`database_id = "${uuid()}"`, ['uuid', 'resource-id'])}

[vars]
ENVIRONMENT = "production"
PUBLIC_SITE_URL = "https://acme.dev"
${N(`DISCORD_PUBLIC_KEY = "${discordPub}"`, ['discord-public-key', 'public-by-design'])}
# FIXME: should be \`wrangler secret put RESEND_API_KEY\`
${P('resend-api-key', `RESEND_API_KEY = "${rsnd}"`, rsnd, ['wrangler-vars'])}
`);

  const bearer = G.b64Secret(40);
  file(`${ho}/src/index.ts`, `
import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';

type Bindings = {
  CACHE: KVNamespace;
  DB: D1Database;
${N('  RESEND_API_KEY: string;', ['type-definition'])}
${X('  DISCORD_PUBLIC_KEY: string;', ['type-definition'])}
};

const app = new Hono<{ Bindings: Bindings }>();
app.use('*', secureHeaders());
app.use('/v1/*', cors({ origin: 'https://acme.dev' }));

// internal cron + ops endpoints
${P('api-bearer-token', `app.use('/internal/*', bearerAuth({ token: '${bearer}' }));`, bearer, ['hono'])}

${N("app.get('/v1/posts/:slug{[a-z0-9-]+}', async (c) => {", ['route-param'])}
  const slug = c.req.param('slug');
  const cached = await c.env.CACHE.get(\`post:\${slug}\`, 'json');
  if (cached) return c.json(cached);
  const row = await c.env.DB.prepare('SELECT * FROM posts WHERE slug = ?').bind(slug).first();
  if (!row) return c.notFound();
  await c.env.CACHE.put(\`post:\${slug}\`, JSON.stringify(row), { expirationTtl: 300 });
  return c.json(row);
});

app.post('/internal/email', async (c) => {
  const { to, subject, html } = await c.req.json();
  const r = await fetch('https://api.resend.com/emails', {
    method: 'POST',
${N('    headers: { Authorization: `Bearer ${c.env.RESEND_API_KEY}`, "Content-Type": "application/json" },', ['env-reference'])}
    body: JSON.stringify({ from: 'Acme <no-reply@acme.dev>', to, subject, html }),
  });
  return c.json(await r.json(), r.status as any);
});

export default app;
`);

  // ================= tRPC + Braintree / PayPal =================
  const tr = 'apps/t3-market';
  const btMerchant = rs(LOAN, 16), btPublic = rs(LOAN, 16), btPrivate = G.hex32();
  file(`${tr}/src/server/api/routers/payments.ts`, `
import braintree from 'braintree';
import { z } from 'zod';
import { createTRPCRouter, protectedProcedure } from '~/server/api/trpc';

const gateway = new braintree.BraintreeGateway({
  environment: braintree.Environment.Production,
${N(`  merchantId: '${btMerchant}',`, ['braintree-merchant-id', 'identifier'])}
${N(`  publicKey: '${btPublic}',`, ['braintree-public-key', 'identifier'])}
${P('braintree-private-key', `  privateKey: '${btPrivate}',`, btPrivate, ['braintree'])}
});

export const paymentsRouter = createTRPCRouter({
  clientToken: protectedProcedure.query(async ({ ctx }) => {
    const { clientToken } = await gateway.clientToken.generate({ customerId: ctx.session.user.braintreeId });
    return clientToken;
  }),
  checkout: protectedProcedure
${N('    .input(z.object({ nonce: z.string(), amount: z.string().regex(/^\\d+\\.\\d{2}$/) }))', ['schema-field'])}
    .mutation(async ({ input }) => {
      const result = await gateway.transaction.sale({
        amount: input.amount,
${X('        paymentMethodNonce: input.nonce,', ['variable-reference'])}
        options: { submitForSettlement: true },
      });
      if (!result.success) throw new Error(result.message);
      return { id: result.transaction.id };
    }),
});
`);

  const ppId = G.paypalClientId(), ppSecret = G.paypalSecret();
  file(`${tr}/src/server/paypal.ts`, `
import 'server-only';

const PAYPAL_API = 'https://api-m.paypal.com';
${N(`export const PAYPAL_CLIENT_ID = '${ppId}';`, ['paypal-client-id', 'public-by-design'])}
${P('paypal-client-secret', `const PAYPAL_CLIENT_SECRET = '${ppSecret}';`, ppSecret, ['paypal'])}

export async function getAccessToken(): Promise<string> {
  const auth = Buffer.from(PAYPAL_CLIENT_ID + ':' + PAYPAL_CLIENT_SECRET).toString('base64');
  const res = await fetch(PAYPAL_API + '/v1/oauth2/token', {
    method: 'POST',
    body: 'grant_type=client_credentials',
${N('    headers: { Authorization: `Basic ${auth}` },', ['variable-reference'])}
  });
  const json = (await res.json()) as { access_token: string };
  return json.access_token;
}
`);

  const btTok = G.braintreeTokenization();
  file(`${tr}/src/components/PayPalButtons.tsx`, `
'use client';
import { PayPalScriptProvider, PayPalButtons } from '@paypal/react-paypal-js';
import { api } from '~/trpc/react';

const options = {
${N('  clientId: process.env.NEXT_PUBLIC_PAYPAL_CLIENT_ID!,', ['env-reference'])}
  currency: 'USD',
  intent: 'capture',
${N(`  dataClientToken: undefined as string | undefined, // braintree fallback uses '${btTok}'`, ['braintree-tokenization-key', 'public-by-design'])}
};

export function Checkout({ amount }: { amount: string }) {
  const create = api.orders.create.useMutation();
  return (
    <PayPalScriptProvider options={options}>
      <PayPalButtons
        style={{ layout: 'vertical' }}
        createOrder={async () => (await create.mutateAsync({ amount })).paypalOrderId}
      />
    </PayPalScriptProvider>
  );
}
`);

  const t3Pw = password({ urlSafe: true, style: 0 });
  const t3Nas = G.nextauthSecret();
  const discordId = digits(18), discordSecret = rsMixLike(32);
  file(`${tr}/.env`, `
# When adding additional environment variables, the schema in "/src/env.js"
# should be updated accordingly.

# Prisma
# https://www.prisma.io/docs/reference/database-reference/connection-urls#env
${P('database-url', `DATABASE_URL="mysql://t3market:${t3Pw}@aws.connect.psdb.cloud/t3-market?sslaccept=strict"`, t3Pw, ['env', 'db-url', 'mysql'])}

# Next Auth
# You can generate a new secret on the command line with:
# openssl rand -base64 32
# https://next-auth.js.org/configuration/options#secret
${P('nextauth-secret', `NEXTAUTH_SECRET="${t3Nas}"`, t3Nas, ['env', 'nextauth'])}
NEXTAUTH_URL="http://localhost:3000"

# Next Auth Discord Provider
${N(`DISCORD_CLIENT_ID="${discordId}"`, ['oauth-client-id', 'numeric-id'])}
${P('discord-oauth-secret', `DISCORD_CLIENT_SECRET="${discordSecret}"`, discordSecret, ['env', 'oauth'])}

${N('NEXT_PUBLIC_PAYPAL_CLIENT_ID="${PAYPAL_CLIENT_ID}"', ['env-interpolation'])}
`);

  // ================= CMS & media clients =================
  const cm = 'packages/cms';
  const cloudName = 'acme-' + rs(LOAN, 4);
  const clKey = G.cloudinaryKey(), clSecret = G.cloudinarySecret();
  file(`${cm}/src/cloudinary.ts`, `
import { v2 as cloudinary } from 'cloudinary';

cloudinary.config({
${N(`  cloud_name: '${cloudName}',`, ['identifier'])}
  api_key: '${clKey}',
${P('cloudinary-api-secret', `  api_secret: '${clSecret}',`, clSecret, ['cloudinary'])}
  secure: true,
});

${X("export const UPLOAD_PRESET = 'storefront_unsigned';", ['identifier'])}

export function signUpload(folder: string) {
  const timestamp = Math.round(Date.now() / 1000);
${N('  const signature = cloudinary.utils.api_sign_request({ timestamp, folder }, cloudinary.config().api_secret!);', ['variable-reference'])}
  return { timestamp, signature, folder, cloudName: '${cloudName}' };
}

export default cloudinary;
`);

  const sanityProj = rs(LOAN, 8);
  const sanityTok = G.sanityToken();
  file(`${cm}/src/sanity.ts`, `
import { createClient } from '@sanity/client';
import imageUrlBuilder from '@sanity/image-url';

${N(`export const projectId = '${sanityProj}';`, ['identifier'])}
export const dataset = 'production';
export const apiVersion = '2024-05-01';

// public, CDN-cached reads
export const client = createClient({ projectId, dataset, apiVersion, useCdn: true });

// preview + mutations (editor token)
export const writeClient = createClient({
  projectId,
  dataset,
  apiVersion,
  useCdn: false,
${P('sanity-token', `  token: '${sanityTok}',`, sanityTok, ['cms'])}
  perspective: 'previewDrafts',
});

const builder = imageUrlBuilder(client);
export const urlFor = (src: any) => builder.image(src);

${N("export const postBySlug = `*[_type == \"post\" && slug.current == $slug][0]{ _id, title, body, \"image\": mainImage.asset->url }`;", ['groq-query'])}
`);

  const storeDomain = 'acme-' + rs(LOAN, 4) + '.myshopify.com';
  const sfTok = G.hex32();
  const shpat = G.shpat(), shpss = G.shpss();
  file(`${cm}/src/shopify.ts`, `
import { createStorefrontApiClient } from '@shopify/storefront-api-client';
import { createAdminApiClient } from '@shopify/admin-api-client';

${N(`export const SHOPIFY_STORE_DOMAIN = '${storeDomain}';`, ['identifier'])}

// Storefront API: public access token, fine in the browser
export const storefront = createStorefrontApiClient({
  storeDomain: SHOPIFY_STORE_DOMAIN,
  apiVersion: '2024-07',
${N(`  publicAccessToken: '${sfTok}',`, ['shopify-storefront-token', 'public-by-design'])}
});

// Admin API (server only!)
export const admin = createAdminApiClient({
  storeDomain: SHOPIFY_STORE_DOMAIN,
  apiVersion: '2024-07',
${P('shopify-admin-token', `  accessToken: '${shpat}',`, shpat, ['shopify'])}
});

// used to verify X-Shopify-Hmac-Sha256 on webhooks
${P('shopify-shared-secret', `export const SHOPIFY_API_SECRET = '${shpss}';`, shpss, ['shopify', 'webhook'])}

${N("export const productGid = (id: number | string) => `gid://shopify/Product/${id}`;", ['graphql-id'])}
`);

  const cfSpace = rs(LOAN, 12);
  const cfCPA = G.contentfulCPA();
  const cfCDA = G.contentfulCDA();
  file(`${cm}/scripts/migrate-contentful.mjs`, `
#!/usr/bin/env node
// One-off: add "seoDescription" to blogPost content type.
import { createClient } from 'contentful-management';

const client = createClient({
${P('contentful-management-token', `  accessToken: process.env.CONTENTFUL_MANAGEMENT_TOKEN || '${cfCPA}',`, cfCPA, ['env-fallback', 'contentful'])}
});

const space = await client.getSpace('${cfSpace}');
const env = await space.getEnvironment('master');
const ct = await env.getContentType('blogPost');
ct.fields.push({ id: 'seoDescription', name: 'SEO description', type: 'Symbol', localized: true, required: false });
const updated = await ct.update();
await updated.publish();
console.log('done', updated.sys.version);
`);

  // ================= realtime =================
  const rt = 'services/realtime';
  const pusherId = digits(7), pusherKey = G.pusherHex(), pusherSecret = G.pusherHex();
  file(`${rt}/src/pusher.server.ts`, `
import Pusher from 'pusher';

export const pusher = new Pusher({
${N(`  appId: '${pusherId}',`, ['numeric-id'])}
${N(`  key: '${pusherKey}',`, ['pusher-app-key', 'public-by-design'])}
${P('pusher-secret', `  secret: '${pusherSecret}',`, pusherSecret, ['pusher'])}
  cluster: 'eu',
  useTLS: true,
});

export function authorizeChannel(socketId: string, channel: string, userId: string) {
  return pusher.authorizeChannel(socketId, channel, { user_id: userId });
}
`);
  file(`${rt}/src/pusher.client.ts`, `
import PusherJS from 'pusher-js';

${N(`export const pusherClient = new PusherJS('${pusherKey}', {`, ['pusher-app-key', 'public-by-design'])}
  cluster: 'eu',
${X("  channelAuthorization: { endpoint: '/api/pusher/auth', transport: 'ajax' },", ['url'])}
});
`);

  const ablyKey = G.ably();
  file(`${rt}/src/ably.ts`, `
import Ably from 'ably';

// server: full API key, issues token requests for browsers
${P('ably-api-key', `export const ablyRest = new Ably.Rest({ key: '${ablyKey}' });`, ablyKey, ['ably'])}

// browser: never gets the key, uses token auth
export const ablyBrowserOptions = {
${X("  authUrl: '/api/ably/token',", ['url'])}
${X("  authMethod: 'POST' as const,", ['identifier'])}
};

export async function createTokenRequest(clientId: string) {
  return ablyRest.auth.createTokenRequest({ clientId, capability: { 'chat:*': ['publish', 'subscribe'] } });
}
`);

  // ================= analytics =================
  const an = 'packages/analytics';
  const seg = G.segment(), mix = G.hex32(), amp = G.hex32(), ph = G.posthogPk(), icApp = G.intercomAppId();
  file(`${an}/src/index.ts`, `
import { AnalyticsBrowser } from '@segment/analytics-next';
import mixpanel from 'mixpanel-browser';
import * as amplitude from '@amplitude/analytics-browser';
import posthog from 'posthog-js';

${N(`export const segment = AnalyticsBrowser.load({ writeKey: '${seg}' });`, ['segment-write-key', 'public-by-design'])}

export function initAnalytics(userId?: string) {
${N(`  mixpanel.init('${mix}', { track_pageview: true, persistence: 'localStorage' });`, ['mixpanel-token', 'public-by-design'])}
${N(`  amplitude.init('${amp}', userId, { defaultTracking: true });`, ['amplitude-api-key', 'public-by-design'])}
${N(`  posthog.init('${ph}', { api_host: 'https://eu.i.posthog.com', person_profiles: 'identified_only' });`, ['posthog-project-key', 'public-by-design'])}
  (window as any).intercomSettings = {
    api_base: 'https://api-iam.intercom.io',
${N(`    app_id: '${icApp}',`, ['intercom-app-id', 'public-by-design'])}
  };
}
`);

  const phx = G.posthogPersonal();
  const icTok = G.intercomToken();
  const ampSecret = G.hex32();
  file(`${an}/scripts/export-events.ts`, `
/**
 * Nightly export: PostHog events -> warehouse, plus Intercom user sync.
 * Run: pnpm tsx scripts/export-events.ts --since 2024-01-01
 */
import { parseArgs } from 'node:util';

${P('posthog-personal-api-key', `const POSTHOG_PERSONAL_API_KEY = '${phx}';`, phx, ['analytics-admin'])}
${P('intercom-access-token', `const INTERCOM_TOKEN = '${icTok}';`, icTok, ['intercom'])}
${N("const AMPLITUDE_API_KEY = process.env.AMPLITUDE_API_KEY ?? '';", ['env-reference'])}
${P('amplitude-secret-key', `const AMPLITUDE_SECRET_KEY = '${ampSecret}';`, ampSecret, ['analytics-admin'])}

const { values } = parseArgs({ options: { since: { type: 'string' } } });

async function exportPosthog(projectId: number) {
  const url = \`https://eu.posthog.com/api/projects/\${projectId}/events?after=\${values.since}\`;
${N('  const res = await fetch(url, { headers: { Authorization: `Bearer ${POSTHOG_PERSONAL_API_KEY}` } });', ['variable-reference'])}
  return res.json();
}

async function syncIntercom(email: string, attrs: Record<string, unknown>) {
  await fetch('https://api.intercom.io/contacts', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + INTERCOM_TOKEN, 'Intercom-Version': '2.11', 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'user', email, custom_attributes: attrs }),
  });
}

await exportPosthog(${int(10000, 99999)});
await syncIntercom('ops@acme.dev', { exported_at: Date.now() });
`);
}

function rsMixLike(n) {
  // discord-style client secret: url-safe mixed
  return rs(AN + '-_', n - 2) + rs(AN, 2);
}
