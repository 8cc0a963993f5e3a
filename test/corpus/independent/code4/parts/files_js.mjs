import { P, N, src, D } from './builder.mjs';
import { t, PFX } from './tokens.mjs';

export default function jsFiles() {
  const F = [];
  const add = (path, text) => F.push([path, text]);

  // ---------------------------------------------------------------- NestJS
  add('apps/billing/src/payments/stripe.module.ts', src`
import { Global, Injectable, Logger, Module, Provider } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import Stripe from 'stripe';

export const STRIPE_CLIENT = Symbol('STRIPE_CLIENT');
export const STRIPE_SIGNATURE_HEADER = ${N("'stripe-signature'", ['header-name'])};
const API_VERSION: Stripe.LatestApiVersion = '2024-06-20';

/**
 * The publishable key is meant for the browser: GET /payments/config hands it to
 * the checkout page, so keeping it in source is fine.
 */
export const STRIPE_PUBLISHABLE_KEY = '${N(t.pkLive(), ['public-key'])}';

// Read-only restricted key for the nightly reconciliation job.
// FIXME(BILL-2231): move to Secrets Manager before the SOC2 audit.
const RECONCILIATION_KEY = '${P('stripe-restricted-key', t.rkLive())}';

export function maskKey(key: string): string {
  if (key.length < 12) return '****';
  return key.slice(0, 8) + '****' + key.slice(-4);
}

// What maskKey() writes to the logs, for reference:
//   initialising Stripe client with key ${N(t.stripeMasked(), ['masked'])}

const stripeProvider: Provider = {
  provide: STRIPE_CLIENT,
  inject: [ConfigService],
  useFactory: (config: ConfigService): Stripe => {
    const apiKey = ${N("config.getOrThrow<string>('STRIPE_SECRET_KEY')", ['env-read'])};
    new Logger('Stripe').log(\`initialising Stripe client with key \${maskKey(apiKey)}\`);
    return new Stripe(apiKey, {
      apiVersion: API_VERSION,
      maxNetworkRetries: 2,
      timeout: 20_000,
      appInfo: { name: 'acme-billing', version: process.env.APP_VERSION ?? 'dev' },
    });
  },
};

@Injectable()
export class StripeWebhookVerifier {
  private readonly logger = new Logger(StripeWebhookVerifier.name);
  private readonly secret: string;

  constructor(config: ConfigService) {
    // staging and preview share one endpoint secret; prod overrides it via env
    this.secret = config.get<string>('STRIPE_WEBHOOK_SECRET') ?? '${P('stripe-webhook-secret', t.whsec())}';
  }

  verify(stripe: Stripe, payload: Buffer, signature: string | undefined): Stripe.Event {
    if (!signature) {
      throw new Error(${N("'Missing stripe-signature header'", ['error-message'])});
    }
    try {
      return stripe.webhooks.constructEvent(payload, signature, this.secret, 300);
    } catch (err) {
      this.logger.warn(\`webhook signature mismatch: \${(err as Error).message}\`);
      throw err;
    }
  }
}

@Injectable()
export class ReconciliationClient {
  private readonly stripe = new Stripe(RECONCILIATION_KEY, { apiVersion: API_VERSION });

  async *balanceTransactions(since: Date): AsyncGenerator<Stripe.BalanceTransaction> {
    const created = { gte: Math.floor(since.getTime() / 1000) };
    for await (const txn of this.stripe.balanceTransactions.list({ created, limit: 100 })) {
      yield txn;
    }
  }

  async payoutsFor(day: string): Promise<Stripe.Payout[]> {
    const start = Math.floor(new Date(\`\${day}T00:00:00Z\`).getTime() / 1000);
    const res = await this.stripe.payouts.list({ arrival_date: { gte: start, lt: start + 86_400 }, limit: 100 });
    return res.data;
  }
}

@Global()
@Module({
  imports: [ConfigModule],
  providers: [stripeProvider, StripeWebhookVerifier, ReconciliationClient],
  exports: [STRIPE_CLIENT, StripeWebhookVerifier, ReconciliationClient],
})
export class StripeModule {}
`);

  // ---------------------------------------------------------------- Express middleware
  add('services/api-gateway/src/middleware/auth.js', src`
'use strict';

const crypto = require('node:crypto');
const jwt = require('jsonwebtoken');
const { logger } = require('../lib/logger');

const AUTH_HEADER = ${N("'authorization'", ['header-name'])};
const API_KEY_HEADER = ${N("'x-api-key'", ['header-name'])};
const TOKEN_EXPIRY = ${N('3600', ['constant'])}; // seconds
const REFRESH_TOKEN_EXPIRY = '30d';
const TOKEN_TYPE = ${N("'Bearer'", ['constant'])};

// NOTE: the fallback only exists so \`npm run dev\` works without a .env file.
const JWT_SECRET = process.env.JWT_SECRET || '${P('jwt-secret', t.jwtSecret())}';

// Identity provider signing key (rotated yearly, see docs/auth.md#key-rotation)
const IDP_PUBLIC_KEY = \`${N(t.pem('pub'), ['public-key'])}\`;

// Static keys for internal callers until mTLS lands (PLAT-412).
const SERVICE_KEYS = new Map([
  ['billing-worker', '${P('generic-api-key', t.str(40, 'alnum'))}'],
  ['reporting-cron', '${P('generic-api-key', t.str(40, 'alnum'))}'],
  ['local-dev', ${N('process.env.LOCAL_SERVICE_KEY', ['env-read'])}],
]);

function signAccessToken(user) {
  return jwt.sign({ sub: user.id, roles: user.roles }, JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: TOKEN_EXPIRY,
    issuer: 'api.acme.io',
  });
}

function signRefreshToken(user) {
  return jwt.sign({ sub: user.id, typ: 'refresh' }, JWT_SECRET, { expiresIn: REFRESH_TOKEN_EXPIRY });
}

function extractBearer(req) {
  const header = req.get(AUTH_HEADER) || '';
  const [type, token] = header.split(' ');
  return type === TOKEN_TYPE && token ? token : null;
}

function requireAuth(req, res, next) {
  const token = extractBearer(req);
  if (!token) {
    return res.status(401).json({ error: 'unauthorized', message: ${N("'Missing bearer token'", ['error-message'])} });
  }
  try {
    const { alg } = jwt.decode(token, { complete: true })?.header ?? {};
    const claims = alg === 'RS256'
      ? jwt.verify(token, IDP_PUBLIC_KEY, { algorithms: ['RS256'] })
      : jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
    req.user = { id: claims.sub, roles: claims.roles || [] };
    return next();
  } catch (err) {
    logger.info({ err: err.name, requestId: req.id }, 'token rejected');
    return res.status(401).json({ error: 'invalid_token', message: 'Token is invalid or has expired' });
  }
}

function requireServiceKey(req, res, next) {
  const presented = req.get(API_KEY_HEADER);
  const caller = req.get('x-service-name');
  const expected = SERVICE_KEYS.get(caller);
  if (!presented || !expected) return res.sendStatus(403);
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
    logger.warn({ caller, keyPrefix: presented.slice(0, 4) + '…' }, 'bad service key');
    return res.sendStatus(403);
  }
  req.service = caller;
  return next();
}

function requireRole(role) {
  return (req, res, next) => (req.user?.roles.includes(role) ? next() : res.sendStatus(403));
}

module.exports = {
  signAccessToken,
  signRefreshToken,
  requireAuth,
  requireServiceKey,
  requireRole,
  TOKEN_EXPIRY,
};
`);

  // ---------------------------------------------------------------- Deno / Supabase edge function
  add('supabase/functions/notify-slack/index.ts', src`
// Supabase Edge Function: posts new signups and failed payments to Slack.
// Deploy with: supabase functions deploy notify-slack --no-verify-jwt
import { createClient } from 'npm:@supabase/supabase-js@2';
import { assertEquals } from 'jsr:@std/assert@1';

const SUPABASE_URL = ${N("Deno.env.get('SUPABASE_URL')!", ['env-read'])};
const SERVICE_ROLE_KEY =
  Deno.env.get('SUPABASE_SERVICE_ROLE_KEY') ??
  '${P('supabase-service-role-key', t.supabaseServiceRole())}';

// #growth-signups
const SIGNUPS_WEBHOOK = '${P('slack-webhook', t.slackHook())}';
// #billing-alerts differs per environment
const BILLING_WEBHOOK = ${N("Deno.env.get('SLACK_BILLING_WEBHOOK_URL')", ['env-read'])};

const WEBHOOK_SECRET_HEADER = ${N("'x-webhook-secret'", ['header-name'])};

interface DbWebhookPayload {
  type: 'INSERT' | 'UPDATE' | 'DELETE';
  table: string;
  record: Record<string, unknown>;
  old_record: Record<string, unknown> | null;
}

const supabase = createClient(SUPABASE_URL, SERVICE_ROLE_KEY, {
  auth: { persistSession: false },
});

async function postToSlack(url: string | undefined, text: string, blocks?: unknown[]) {
  if (!url) {
    console.warn('slack webhook not configured, dropping message');
    return;
  }
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, blocks }),
  });
  if (!res.ok) console.error(\`slack responded \${res.status}: \${await res.text()}\`);
}

export function formatSignup(record: Record<string, unknown>): string {
  const plan = (record.plan as string | undefined) ?? 'free';
  return \`:tada: New signup *\${record.email}* on the *\${plan}* plan\`;
}

async function handle(payload: DbWebhookPayload): Promise<void> {
  if (payload.table === 'profiles' && payload.type === 'INSERT') {
    await postToSlack(SIGNUPS_WEBHOOK, formatSignup(payload.record));
    return;
  }
  if (payload.table === 'invoices' && payload.record.status === 'payment_failed') {
    const { data: org } = await supabase
      .from('organizations')
      .select('name, billing_email')
      .eq('id', payload.record.org_id)
      .single();
    await postToSlack(BILLING_WEBHOOK, \`:rotating_light: payment failed for \${org?.name ?? 'unknown org'}\`);
  }
}

if (import.meta.main) {
  Deno.serve(async (req) => {
    if (req.headers.get(WEBHOOK_SECRET_HEADER) !== Deno.env.get('DB_WEBHOOK_SECRET')) {
      return new Response('forbidden', { status: 403 });
    }
    await handle((await req.json()) as DbWebhookPayload);
    return new Response('ok');
  });
}

Deno.test('formatSignup defaults to the free plan', () => {
  Deno.env.set('DB_WEBHOOK_SECRET', ${N("'test-secret'", ['fixture'])});
  assertEquals(formatSignup({ email: 'a@example.com' }), ':tada: New signup *a@example.com* on the *free* plan');
});
`);

  // ---------------------------------------------------------------- Bun service
  add('services/summarizer/src/index.ts', src`
// Summarizer service: accepts documents, returns a short summary.
// Run locally with:  ANTHROPIC_API_KEY=${N(PFX.skAnt + '...', ['placeholder'])} bun run src/index.ts
import Anthropic from '@anthropic-ai/sdk';
import { Database } from 'bun:sqlite';

const PORT = Number(Bun.env.PORT ?? 3000);
const MODEL = 'claude-3-5-sonnet-20241022';
const MAX_INPUT_CHARS = 120_000;

const anthropic = new Anthropic({
  apiKey: Bun.env.ANTHROPIC_API_KEY ?? '${P('anthropic-api-key', t.anthropic())}',
  maxRetries: 3,
});

const ADMIN_TOKEN = ${N('Bun.env.SUMMARIZER_ADMIN_TOKEN', ['env-read'])};
if (!ADMIN_TOKEN) {
  throw new Error(${N("'SUMMARIZER_ADMIN_TOKEN must be set'", ['error-message'])});
}

const db = new Database(Bun.env.CACHE_PATH ?? 'cache.sqlite', { create: true });
db.run('CREATE TABLE IF NOT EXISTS summaries (digest TEXT PRIMARY KEY, summary TEXT, created_at INTEGER)');

// Cache rows are keyed by the sha256 of the input, e.g.
//   ${N(t.sha256(), ['hash'])}
async function digest(text: string): Promise<string> {
  const hasher = new Bun.CryptoHasher('sha256');
  hasher.update(text);
  return hasher.digest('hex');
}

async function summarize(text: string): Promise<string> {
  const key = await digest(text);
  const hit = db.query('SELECT summary FROM summaries WHERE digest = ?').get(key) as { summary: string } | null;
  if (hit) return hit.summary;

  const msg = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 512,
    messages: [{ role: 'user', content: \`Summarize in 3 bullet points:\n\n\${text.slice(0, MAX_INPUT_CHARS)}\` }],
  });
  const summary = msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
  db.query('INSERT OR REPLACE INTO summaries VALUES (?, ?, ?)').run(key, summary, Date.now());
  return summary;
}

function unauthorized(): Response {
  return Response.json({ error: 'unauthorized' }, { status: 401 });
}

const server = Bun.serve({
  port: PORT,
  async fetch(req) {
    const url = new URL(req.url);
    const requestId = req.headers.get('x-request-id') ?? crypto.randomUUID();

    if (url.pathname === '/healthz') return new Response('ok');

    if (url.pathname === '/summaries' && req.method === 'POST') {
      const body = (await req.json()) as { text?: string };
      if (!body.text) return Response.json({ error: 'text is required' }, { status: 400 });
      const summary = await summarize(body.text);
      return Response.json({ summary, requestId });
    }

    if (url.pathname === '/admin/cache' && req.method === 'DELETE') {
      if (req.headers.get('authorization') !== \`Bearer \${ADMIN_TOKEN}\`) return unauthorized();
      db.run('DELETE FROM summaries');
      return new Response(null, { status: 204 });
    }

    return new Response('not found', { status: 404 });
  },
});

console.log(\`summarizer listening on :\${server.port}\`);
`);

  // ---------------------------------------------------------------- Cloudflare Worker
  add('workers/edge-auth/src/index.ts', src`
/**
 * edge-auth: validates sessions at the edge and proxies to the origin.
 * Secrets are bound with \`wrangler secret put <NAME>\`; see wrangler.toml.
 */
export interface Env {
  SESSIONS: KVNamespace;
  ORIGIN_URL: string;
  ORIGIN_TOKEN: string; // wrangler secret
  TURNSTILE_SECRET: string; // wrangler secret
}

const SESSION_COOKIE = '__Host-acme_session';
const SESSION_TTL_SECONDS = 60 * 60 * 24 * 7;

// Public Turnstile site key; rendered into the login page HTML.
export const TURNSTILE_SITE_KEY = '${N(t.turnstileSiteKey(), ['public-key'])}';

// Feature flags live in a private repo; token is fine-grained, contents:read on acme/edge-flags only.
const FLAGS_REPO_TOKEN = '${P('github-fine-grained-pat', t.ghpat())}';

// Used to sign short-lived download URLs (/dl/*)
const SIGNED_URL_SECRET = '${P('hmac-secret', t.hex(64))}';

async function hmacHex(secret: string, data: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(data));
  return [...new Uint8Array(sig)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function loadFlags(): Promise<Record<string, boolean>> {
  const res = await fetch('https://api.github.com/repos/acme/edge-flags/contents/flags.json', {
    headers: {
      Authorization: \`Bearer \${FLAGS_REPO_TOKEN}\`,
      Accept: 'application/vnd.github.raw+json',
      'User-Agent': 'edge-auth',
    },
    cf: { cacheTtl: 60 },
  });
  return res.ok ? res.json() : {};
}

function readCookie(req: Request, name: string): string | null {
  const cookie = req.headers.get('Cookie') ?? '';
  const match = cookie.split(/;\s*/).find((c) => c.startsWith(name + '='));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

async function verifyDownload(url: URL): Promise<boolean> {
  const expires = Number(url.searchParams.get('exp'));
  const sig = url.searchParams.get('sig');
  if (!sig || !expires || expires < Date.now() / 1000) return false;
  return (await hmacHex(SIGNED_URL_SECRET, \`\${url.pathname}:\${expires}\`)) === sig;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);

    if (url.pathname.startsWith('/dl/')) {
      if (!(await verifyDownload(url))) return new Response('link expired', { status: 403 });
    } else {
      const sid = readCookie(request, SESSION_COOKIE);
      const session = sid ? await env.SESSIONS.get(\`session:\${sid}\`, 'json') : null;
      if (!session) return Response.redirect(new URL('/login', url).toString(), 302);
      ctx.waitUntil(env.SESSIONS.put(\`session:\${sid}\`, JSON.stringify(session), { expirationTtl: SESSION_TTL_SECONDS }));
    }

    const flags = await loadFlags();
    const upstream = new Request(env.ORIGIN_URL + url.pathname + url.search, request);
    upstream.headers.set('X-Origin-Auth', ${N('env.ORIGIN_TOKEN', ['env-read'])});
    upstream.headers.set('X-Edge-Flags', Object.keys(flags).filter((k) => flags[k]).join(','));
    return fetch(upstream);
  },
};
`);

  // ---------------------------------------------------------------- Remix + Shopify
  add('app/shopify.server.ts', src`
import '@shopify/shopify-app-remix/adapters/node';
import {
  ApiVersion,
  AppDistribution,
  DeliveryMethod,
  shopifyApp,
} from '@shopify/shopify-app-remix/server';
import { PrismaSessionStorage } from '@shopify/shopify-app-session-storage-prisma';
import crypto from 'node:crypto';
import prisma from './db.server';

const shopify = shopifyApp({
  apiKey: ${N('process.env.SHOPIFY_API_KEY', ['env-read'])},
  apiSecretKey: ${N("process.env.SHOPIFY_API_SECRET || ''", ['env-read'])},
  apiVersion: ApiVersion.July24,
  scopes: process.env.SCOPES?.split(','),
  appUrl: process.env.SHOPIFY_APP_URL || '',
  authPathPrefix: '/auth',
  sessionStorage: new PrismaSessionStorage(prisma),
  distribution: AppDistribution.AppStore,
  webhooks: {
    APP_UNINSTALLED: { deliveryMethod: DeliveryMethod.Http, callbackUrl: '/webhooks' },
    ORDERS_CREATE: { deliveryMethod: DeliveryMethod.Http, callbackUrl: '/webhooks' },
  },
  future: { unstable_newEmbeddedAuthStrategy: true },
});

export default shopify;
export const authenticate = shopify.authenticate;
export const registerWebhooks = shopify.registerWebhooks;

// --- Flagship store (custom app, predates the public app) --------------------
// TODO(shop-142): retire once the flagship store installs the public app.
const FLAGSHIP_SHOP = 'acme-flagship.myshopify.com';
const FLAGSHIP_ADMIN_TOKEN = '${P('shopify-access-token', t.shpat())}';
const FLAGSHIP_WEBHOOK_SECRET = '${P('shopify-shared-secret', t.shpss())}';

const ACCESS_TOKEN_HEADER = ${N("'X-Shopify-Access-Token'", ['header-name'])};
const HMAC_HEADER = ${N("'X-Shopify-Hmac-Sha256'", ['header-name'])};

export async function flagshipGraphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(\`https://\${FLAGSHIP_SHOP}/admin/api/2024-07/graphql.json\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [ACCESS_TOKEN_HEADER]: FLAGSHIP_ADMIN_TOKEN },
    body: JSON.stringify({ query, variables }),
  });
  if (!res.ok) throw new Response('Flagship GraphQL error', { status: 502 });
  const json = (await res.json()) as { data: T; errors?: unknown[] };
  if (json.errors?.length) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

export function verifyFlagshipWebhook(rawBody: string, request: Request): boolean {
  const received = request.headers.get(HMAC_HEADER) ?? '';
  const digest = crypto.createHmac('sha256', FLAGSHIP_WEBHOOK_SECRET).update(rawBody, 'utf8').digest('base64');
  const a = Buffer.from(digest);
  const b = Buffer.from(received);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export async function flagshipInventory(sku: string): Promise<number> {
  const data = await flagshipGraphql<{ productVariants: { nodes: { inventoryQuantity: number }[] } }>(
    \`query ($q: String!) { productVariants(first: 1, query: $q) { nodes { inventoryQuantity } } }\`,
    { q: \`sku:\${sku}\` },
  );
  return data.productVariants.nodes[0]?.inventoryQuantity ?? 0;
}
`);

  // ---------------------------------------------------------------- SvelteKit server module
  const replicaPw = t.urlpw();
  const redisPw = t.urlpw();
  add('src/lib/server/db.ts', src`
import { env } from '$env/dynamic/private';
import { dev } from '$app/environment';
import postgres from 'postgres';
import { Redis } from 'ioredis';

// docker-compose.yml starts Postgres with these defaults for local development only.
const LOCAL_DATABASE_URL = ${N("'postgres://postgres:" + "postgres@localhost:5432/acme_dev'", ['dev-default'])};

const databaseUrl = dev ? LOCAL_DATABASE_URL : ${N('env.DATABASE_URL', ['env-read'])};
if (!databaseUrl) throw new Error('DATABASE_URL is not configured');

export const sql = postgres(databaseUrl, {
  max: Number(env.PG_POOL_SIZE ?? 10),
  idle_timeout: 20,
  ssl: dev ? false : 'require',
});

// Read replica for the analytics dashboard (prod). Password rotated 2024-03.
const ANALYTICS_REPLICA_URL =
  '${P('database-uri', `postgres://analytics_ro:${replicaPw}@acme-prod-replica.c9xk2mzqa1bd.eu-west-1.rds.amazonaws.com:5432/acme`)}';

export const analytics = postgres(ANALYTICS_REPLICA_URL, { max: 4, ssl: 'require' });

export const redis = new Redis(
  env.REDIS_URL ?? '${P('redis-uri', `rediss://default:${redisPw}@redis-13542.c250.eu-central-1-1.ec2.redns.redis-cloud.com:13542`)}',
  { maxRetriesPerRequest: 2, lazyConnect: true },
);

export const SESSION_COOKIE = 'sid';
export const PASSWORD_RESET_TOKEN_TTL = ${N('15 * 60', ['constant'])};

export type User = { id: string; email: string; passwordHash: string; createdAt: Date };

export async function findUserByEmail(email: string): Promise<User | undefined> {
  const [row] = await sql<User[]>\`
    select id, email, password_hash as "passwordHash", created_at as "createdAt"
    from users where lower(email) = lower(\${email}) limit 1\`;
  return row;
}

export async function storeResetToken(userId: string, tokenHash: string): Promise<void> {
  await redis.set(\`pwreset:\${tokenHash}\`, userId, 'EX', PASSWORD_RESET_TOKEN_TTL);
}

export async function consumeResetToken(tokenHash: string): Promise<string | null> {
  const key = \`pwreset:\${tokenHash}\`;
  const userId = await redis.get(key);
  if (userId) await redis.del(key);
  return userId;
}

export async function dailyActiveUsers(days = 30): Promise<{ day: string; users: number }[]> {
  return analytics\`
    select date_trunc('day', seen_at)::date::text as day, count(distinct user_id)::int as users
    from activity where seen_at > now() - make_interval(days => \${days})
    group by 1 order by 1\`;
}
`);

  // ---------------------------------------------------------------- Terraform CDK
  const stagingDbPw = t.password();
  add('infra/cdktf/main.ts', src`
import { Construct } from 'constructs';
import { App, S3Backend, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { KeyPair } from '@cdktf/provider-aws/lib/key-pair';
import { DataAwsSecretsmanagerSecretVersion } from '@cdktf/provider-aws/lib/data-aws-secretsmanager-secret-version';
import { DigitaloceanProvider } from '@cdktf/provider-digitalocean/lib/provider';
import { Droplet } from '@cdktf/provider-digitalocean/lib/droplet';

const REGION = 'eu-west-1';

class DatabaseStack extends TerraformStack {
  constructor(scope: Construct, id: string, envName: 'staging' | 'production') {
    super(scope, id);

    new S3Backend(this, {
      bucket: 'acme-terraform-state',
      key: \`\${envName}/database.tfstate\`,
      region: REGION,
      dynamodbTable: 'terraform-locks',
      encrypt: true,
    });
    new AwsProvider(this, 'aws', { region: REGION });

    const masterPassword =
      envName === 'production'
        ? new DataAwsSecretsmanagerSecretVersion(this, 'db-master', {
            secretId: ${N("'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-master-Xy12Ab'", ['secret-reference'])},
          }).secretString
        : '${P('password', stagingDbPw)}';

    const db = new DbInstance(this, 'orders', {
      identifier: \`orders-\${envName}\`,
      engine: 'postgres',
      engineVersion: '16.3',
      instanceClass: envName === 'production' ? 'db.r6g.large' : 'db.t4g.medium',
      allocatedStorage: 100,
      username: 'orders_admin',
      password: masterPassword,
      storageEncrypted: true,
      deletionProtection: envName === 'production',
      skipFinalSnapshot: envName !== 'production',
    });

    new KeyPair(this, 'bastion', {
      keyName: \`bastion-\${envName}\`,
      publicKey: '${N(t.sshEd25519Pub('ops@acme.io'), ['public-key'])}',
    });

    new TerraformOutput(this, 'db_endpoint', { value: db.endpoint });
    new TerraformOutput(this, 'db_password', { value: masterPassword, sensitive: true });
  }
}

class EdgeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const sshFingerprint = new TerraformVariable(this, 'ssh_fingerprint', { type: 'string' });
    const apiToken = new TerraformVariable(this, ${N("'do_api_token'", ['variable-name'])}, {
      type: 'string',
      sensitive: true,
      description: ${N("'DigitalOcean API token (set TF_VAR_do_api_token)'", ['docs'])},
    });

    // The legacy team account is not in the TF Cloud workspace yet, so its token lives here.
    new DigitaloceanProvider(this, 'do-legacy', {
      alias: 'legacy',
      token: '${P('digitalocean-token', t.dop())}',
    });
    new DigitaloceanProvider(this, 'do', { token: apiToken.stringValue });

    new Droplet(this, 'edge-ams3', {
      name: 'edge-ams3-1',
      region: 'ams3',
      size: 's-2vcpu-4gb',
      image: 'ubuntu-24-04-x64',
      sshKeys: [sshFingerprint.stringValue],
    });
  }
}

const app = new App();
new DatabaseStack(app, 'database-staging', 'staging');
new DatabaseStack(app, 'database-production', 'production');
new EdgeStack(app, 'edge');
app.synth();
`);

  // ---------------------------------------------------------------- Firebase admin (embedded service account)
  add('functions/src/admin.ts', src`
import { cert, getApps, initializeApp, type ServiceAccount } from 'firebase-admin/app';
import { getFirestore, FieldValue } from 'firebase-admin/firestore';
import { getMessaging } from 'firebase-admin/messaging';
import * as logger from 'firebase-functions/logger';

// Service account for acme-mobile-prod (created 2023-11-02 by the mobile team).
// Cloud Functions could use the default credentials, but the migration scripts run locally.
const serviceAccount = {
  type: 'service_account',
  project_id: 'acme-mobile-prod',
  private_key_id: '${t.hex(40)}',
  private_key: '${P('gcp-service-account', t.pemEscaped('pkcs8'))}',
  client_email: 'firebase-adminsdk-x7k2p@acme-mobile-prod.iam.gserviceaccount.com',
  client_id: '${t.digits(21)}',
  auth_uri: 'https://accounts.google.com/o/oauth2/auth',
  token_uri: 'https://oauth2.googleapis.com/token',
  auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
  client_x509_cert_url: 'https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x7k2p%40acme-mobile-prod.iam.gserviceaccount.com',
  universe_domain: 'googleapis.com',
};

const credentialsPath = ${N('process.env.GOOGLE_APPLICATION_CREDENTIALS', ['env-read'])};

export const app =
  getApps()[0] ??
  initializeApp(
    credentialsPath ? undefined : { credential: cert(serviceAccount as ServiceAccount), projectId: serviceAccount.project_id },
  );

export const db = getFirestore(app);
export const messaging = getMessaging(app);

const TOPIC_RELEASE_NOTES = 'release-notes';
const FCM_TOKEN_FIELD = ${N("'fcmToken'", ['field-name'])};

export async function registerDevice(uid: string, fcmToken: string, platform: 'ios' | 'android') {
  await db.collection('users').doc(uid).set(
    {
      [FCM_TOKEN_FIELD]: fcmToken,
      platform,
      updatedAt: FieldValue.serverTimestamp(),
    },
    { merge: true },
  );
  await messaging.subscribeToTopic([fcmToken], TOPIC_RELEASE_NOTES);
}

export async function notifyUser(uid: string, title: string, body: string): Promise<boolean> {
  const snap = await db.collection('users').doc(uid).get();
  const token = snap.get(FCM_TOKEN_FIELD) as string | undefined;
  if (!token) {
    logger.info('no device token for user', { uid });
    return false;
  }
  try {
    await messaging.send({ token, notification: { title, body }, apns: { payload: { aps: { sound: 'default' } } } });
    return true;
  } catch (err) {
    logger.warn('fcm send failed, clearing token', { uid, code: (err as { code?: string }).code });
    await snap.ref.update({ [FCM_TOKEN_FIELD]: FieldValue.delete() });
    return false;
  }
}
`);

  // ---------------------------------------------------------------- redaction patterns + tests
  const fakeGh = PFX.ghp + 'X'.repeat(36);
  const fakeStripe = PFX.skLive + 'x'.repeat(24);
  const fakeSlack = PFX.xoxb + '000000000000-0000000000000-' + 'x'.repeat(24);
  const awsDocId = t.awsDocExampleId();
  const awsDocSecret = t.awsDocExampleSecret();
  add('packages/redact/test/redact.test.ts', src`
import { describe, expect, it } from 'vitest';
import { redact, looksLikeSecret, mask } from '../src/index';

// Patterns mirrored from src/patterns.ts so the tests fail loudly if someone edits one side only.
const PATTERNS: Record<string, RegExp> = {
  github: ${N('/\\b' + PFX.ghp.slice(0, 2) + '[pousr]_[A-Za-z0-9]{36}\\b/', ['regex'])},
  stripe: ${N('/\\b[rs]k_live_[0-9a-zA-Z]{24,99}\\b/', ['regex'])},
  slack: ${N('/\\bxox[abpr]-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9-]{24,34}\\b/', ['regex'])},
  awsAccessKey: ${N('/\\b(AKIA|ASIA)[A-Z2-7]{16}\\b/', ['regex'])},
  privateKey: ${N('/-----BEGIN [A-Z ]*' + 'PRIV' + 'ATE KEY-----/', ['regex'])},
};

// Deliberately fake values. Do not replace these with real-looking tokens.
const fixtures = {
  github: '${N(fakeGh, ['placeholder'])}',
  stripe: '${N(fakeStripe, ['placeholder'])}',
  slack: '${N(fakeSlack, ['placeholder'])}',
  awsId: '${N(awsDocId, ['aws-doc-example'])}',
  awsSecret: '${N(awsDocSecret, ['aws-doc-example'])}',
};

describe('PATTERNS', () => {
  it.each(Object.entries(fixtures).filter(([k]) => k in PATTERNS))('%s fixture matches its pattern', (name, value) => {
    expect(PATTERNS[name].test(value)).toBe(true);
  });
});

describe('redact', () => {
  it('replaces tokens in free text', () => {
    const line = \`deploying with token=\${fixtures.github} and key=\${fixtures.stripe}\`;
    expect(redact(line)).toBe('deploying with token=[REDACTED] and key=[REDACTED]');
  });

  it('keeps the surrounding JSON intact', () => {
    const json = JSON.stringify({ slack: fixtures.slack, channel: '#deploys' });
    expect(JSON.parse(redact(json))).toEqual({ slack: '[REDACTED]', channel: '#deploys' });
  });

  it('is idempotent', () => {
    const once = redact(\`aws_access_key_id = \${fixtures.awsId}\`);
    expect(redact(once)).toBe(once);
  });
});

describe('mask', () => {
  it('keeps the prefix and last four characters', () => {
    expect(mask(fixtures.stripe)).toBe('${N(PFX.skLive + '****' + 'xxxx', ['masked'])}');
    expect(mask(fixtures.github)).toBe('${N(PFX.ghp + '****' + 'XXXX', ['masked'])}');
  });

  it('fully masks short values', () => {
    expect(mask('abc')).toBe('****');
  });
});

describe('looksLikeSecret', () => {
  it('ignores UI copy that mentions passwords', () => {
    expect(looksLikeSecret(${N("'Enter your password to continue'", ['i18n'])})).toBe(false);
    expect(looksLikeSecret(${N("'Your API key has been regenerated.'", ['i18n'])})).toBe(false);
  });

  it('ignores identifiers', () => {
    expect(looksLikeSecret('${N(t.uuid(), ['uuid'])}')).toBe(false);
    expect(looksLikeSecret('${N(t.gitSha(), ['git-sha'])}')).toBe(false);
  });

  it('flags high-entropy values behind secret-ish names', () => {
    expect(looksLikeSecret(\`api_key=\${fixtures.github}\`)).toBe(true);
  });
});
`);

  return F;
}
