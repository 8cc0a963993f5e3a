// Next.js storefront (app router) + NextAuth + Stripe + Supabase + Firebase
import { P, N, X, file, rs, int, pick, uuid, password, digits, HEX, AN, B64, LOAN } from './core.mjs';
import { G } from './gens.mjs';

export function build() {
  const base = 'apps/storefront';
  // ---------------- .env.local ----------------
  const naSecret = G.nextauthSecret();
  const ghId = G.ghClientId(), ghSec = G.ghOauthSecret();
  const gcid = G.googleClientId(), gsec = G.googleSecret();
  const pk = G.stripePk(), sk = G.stripeSk(), wh = G.whsec();
  const dbPw = password({ urlSafe: true, style: 0 });
  const neonHost = `ep-${pick(['cool', 'misty', 'wild', 'bold'])}-${pick(['sun', 'river', 'frost', 'leaf'])}-${rs(LOAN, 8)}-pooler.us-east-2.aws.neon.tech`;
  const algApp = G.algoliaAppId(), algSearch = G.hex32(), algAdmin = G.hex32();
  const dsn = G.sentryDsn();
  const phc = G.posthogPk();
  const oai = G.openai();
  const resend = G.resend();
  file(`${base}/.env.local`, `
# Local overrides — DO NOT COMMIT (see .gitignore)
# Copied from 1Password "storefront / prod-mirror" on 2024-03-11

NEXTAUTH_URL=http://localhost:3000
${P('nextauth-secret', `NEXTAUTH_SECRET=${naSecret}`, naSecret, ['env', 'nextauth'])}

# OAuth apps (GitHub: Settings > Developer settings > OAuth Apps > storefront-dev)
${N(`GITHUB_ID=${ghId}`, ['oauth-client-id'])}
${P('github-oauth-secret', `GITHUB_SECRET=${ghSec}`, ghSec, ['env', 'oauth'])}
${N(`GOOGLE_CLIENT_ID=${gcid}`, ['oauth-client-id'])}
${P('google-oauth-secret', `GOOGLE_CLIENT_SECRET=${gsec}`, gsec, ['env', 'oauth'])}

# Stripe
${N(`NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${pk}`, ['stripe-publishable', 'public-by-design'])}
${P('stripe-secret-key', `STRIPE_SECRET_KEY=${sk}`, sk, ['env', 'stripe'])}
${P('stripe-webhook-secret', `STRIPE_WEBHOOK_SECRET=${wh}`, wh, ['env', 'stripe'])}

# Database (Neon, pooled)
${P('database-url', `DATABASE_URL="postgresql://storefront_owner:${dbPw}@${neonHost}/storefront?sslmode=require"`, dbPw, ['env', 'db-url', 'postgres'])}

# Search
${N(`NEXT_PUBLIC_ALGOLIA_APP_ID=${algApp}`, ['algolia-app-id'])}
${N(`NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=${algSearch}`, ['algolia-search-only', 'public-by-design'])}
${P('algolia-admin-key', `ALGOLIA_ADMIN_KEY=${algAdmin}`, algAdmin, ['env', 'algolia'])}

# Observability
${N(`NEXT_PUBLIC_SENTRY_DSN=${dsn}`, ['sentry-dsn', 'public-by-design'])}
${N(`NEXT_PUBLIC_POSTHOG_KEY=${phc}`, ['posthog-project-key', 'public-by-design'])}
NEXT_PUBLIC_POSTHOG_HOST=https://us.i.posthog.com

# AI + email
${P('openai-api-key', `OPENAI_API_KEY=${oai}`, oai, ['env', 'openai'])}
${P('resend-api-key', `RESEND_API_KEY=${resend}`, resend, ['env', 'email'])}
`);

  // ---------------- .env.example ----------------
  file(`${base}/.env.example`, `
# Copy to .env.local and fill in. Never commit real values.
NEXTAUTH_URL=http://localhost:3000
${N('NEXTAUTH_SECRET= # generate with: openssl rand -base64 32', ['placeholder', 'empty'])}

${N('GITHUB_ID=', ['placeholder', 'empty'])}
${N('GITHUB_SECRET=', ['placeholder', 'empty'])}
${N('GOOGLE_CLIENT_ID=your-client-id.apps.googleusercontent.com', ['placeholder'])}
${N('GOOGLE_CLIENT_SECRET=your-google-client-secret', ['placeholder'])}

${N('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=' + 'p' + 'k_test_' + 'x'.repeat(24), ['placeholder', 'stripe-publishable'])}
${N('STRIPE_SECRET_KEY=' + 's' + 'k_test_' + 'x'.repeat(24), ['placeholder'])}
${N('STRIPE_WEBHOOK_SECRET=' + 'wh' + 'sec_...', ['placeholder'])}

${N('DATABASE_URL="postgresql://USER:PASSWORD@localhost:5432/storefront?schema=public"', ['placeholder', 'db-url'])}

NEXT_PUBLIC_ALGOLIA_APP_ID=
${N('NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=<search-only-api-key>', ['placeholder'])}
${N('ALGOLIA_ADMIN_KEY=<admin-api-key>', ['placeholder'])}

${N('OPENAI_API_KEY=sk-...', ['placeholder'])}
${N('RESEND_API_KEY=re_123456789', ['placeholder'])}
`);

  // ---------------- next.config.js ----------------
  const shpat = G.shpat();
  const sentryOrg = 'acme-commerce';
  const sntrys = G.sentryAuth(sentryOrg);
  const cspHash1 = G.sha256b64(), cspHash2 = G.sha256b64();
  file(`${base}/next.config.js`, `
// @ts-check
const { withSentryConfig } = require('@sentry/nextjs');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    remotePatterns: [
      { protocol: 'https', hostname: 'cdn.shopify.com' },
      { protocol: 'https', hostname: 'res.cloudinary.com' },
    ],
  },
  // NOTE: everything in \`env\` is inlined into the client bundle at build time.
  env: {
${X("    NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL ?? 'https://shop.acme.dev',", ['env-reference'])}
${N('    STRIPE_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY,', ['env-reference'])}
    // TODO(kai): move to server-only once the admin proxy lands
${P('shopify-admin-token', `    SHOPIFY_ADMIN_TOKEN: '${shpat}',`, shpat, ['client-bundle-leak', 'shopify'])}
  },
  async headers() {
    return [
      {
        source: '/(.*)',
        headers: [
${N(`          { key: 'Content-Security-Policy', value: "script-src 'self' 'sha256-${cspHash1}' 'sha256-${cspHash2}' https://js.stripe.com" },`, ['csp-hash'])}
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
  async redirects() {
${N("    return [{ source: '/account/reset-password/:token', destination: '/auth/reset/:token', permanent: true }];", ['route-param'])}
  },
};

module.exports = withSentryConfig(nextConfig, {
  org: '${sentryOrg}',
  project: 'storefront',
  silent: !process.env.CI,
${P('sentry-auth-token', `  authToken: '${sntrys}',`, sntrys, ['sentry', 'build-config'])}
  widenClientFileUpload: true,
  hideSourceMaps: true,
});
`);

  // ---------------- app/api/checkout/route.ts ----------------
  const skFallback = G.stripeSk();
  file(`${base}/app/api/checkout/route.ts`, `
import Stripe from 'stripe';
import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { getCart } from '@/lib/cart';

${P('stripe-secret-key', `const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '${skFallback}', {`, skFallback, ['env-fallback', 'stripe'])}
  apiVersion: '2024-06-20',
});

export async function POST(req: Request) {
  const session = await auth();
  const { cartId } = (await req.json()) as { cartId: string };
  const cart = await getCart(cartId);
  if (!cart) return NextResponse.json({ error: 'cart_not_found' }, { status: 404 });

  const checkout = await stripe.checkout.sessions.create({
    mode: 'payment',
    customer_email: session?.user?.email ?? undefined,
    line_items: cart.lines.map((l) => ({
      price_data: {
        currency: 'usd',
        unit_amount: l.unitAmount,
        product_data: { name: l.title, images: [l.image] },
      },
      quantity: l.quantity,
    })),
${N("    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,", ['template-placeholder'])}
    cancel_url: \`\${process.env.NEXT_PUBLIC_SITE_URL}/cart\`,
    metadata: { cartId },
  });

  return NextResponse.json({ url: checkout.url });
}
`);

  // ---------------- app/api/webhooks/stripe/route.ts ----------------
  file(`${base}/app/api/webhooks/stripe/route.ts`, `
import Stripe from 'stripe';
import { headers } from 'next/headers';
import { markOrderPaid } from '@/lib/orders';

${N('const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);', ['env-reference'])}
${N('const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;', ['env-reference'])}

export async function POST(req: Request) {
  const body = await req.text();
${N("  const signature = headers().get('stripe-signature');", ['header-name'])}
  if (!signature) return new Response('missing signature', { status: 400 });

  let event: Stripe.Event;
  try {
${N('    event = stripe.webhooks.constructEvent(body, signature, endpointSecret);', ['variable-reference'])}
  } catch (err) {
    console.error('[stripe] webhook signature verification failed', err);
    return new Response('bad signature', { status: 400 });
  }

  if (event.type === 'checkout.session.completed') {
    const s = event.data.object as Stripe.Checkout.Session;
    await markOrderPaid(s.metadata?.cartId as string, s.payment_intent as string);
  }
  return new Response(null, { status: 204 });
}
`);

  // ---------------- app/api/chat/route.ts ----------------
  const oai2 = G.openai();
  const ant = G.anthropic();
  file(`${base}/app/api/chat/route.ts`, `
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { OpenAIStream, StreamingTextResponse } from 'ai';

export const runtime = 'edge';

// quick hack for the demo on friday — rotate after!!
${P('openai-api-key', `const openai = new OpenAI({ apiKey: '${oai2}' });`, oai2, ['server-route', 'openai'])}
${P('anthropic-api-key', `const ANTHROPIC_KEY = "${ant}";`, ant, ['server-route', 'anthropic'])}
const anthropic = new Anthropic({ apiKey: ANTHROPIC_KEY });

export async function POST(req: Request) {
  const { messages, provider = 'openai' } = await req.json();
  if (provider === 'anthropic') {
    const msg = await anthropic.messages.create({
      model: 'claude-3-5-sonnet-20240620',
      max_tokens: 1024,
      messages,
    });
    return Response.json(msg);
  }
  const response = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    stream: true,
    messages,
  });
  return new StreamingTextResponse(OpenAIStream(response));
}
`);

  // ---------------- auth.ts (NextAuth v5) ----------------
  const gsec2 = G.googleSecret();
  const authSecret = G.b64Secret(44);
  const applePem = G.pem('PRIVATE KEY', 3, G.pkcs8EcPrefix());
  const appleTeam = rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10);
  file(`${base}/auth.ts`, `
import NextAuth from 'next-auth';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import Apple from 'next-auth/providers/apple';
import Credentials from 'next-auth/providers/credentials';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { prisma } from '@/lib/prisma';
import { verifyPassword } from '@/lib/password';

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
${P('nextauth-secret', `  secret: process.env.AUTH_SECRET || '${authSecret}',`, authSecret, ['nextauth', 'env-fallback'])}
  session: { strategy: 'jwt' },
  providers: [
    GitHub({
${N('      clientId: process.env.GITHUB_ID,', ['env-reference'])}
${N('      clientSecret: process.env.GITHUB_SECRET,', ['env-reference'])}
    }),
    Google({
${N(`      clientId: '${gcid}',`, ['oauth-client-id'])}
${P('google-oauth-secret', `      clientSecret: '${gsec2}',`, gsec2, ['oauth', 'hardcoded'])}
      authorization: { params: { prompt: 'consent', access_type: 'offline' } },
    }),
    Apple({
      clientId: 'dev.acme.storefront.signin',
      clientSecret: {
        teamId: '${appleTeam}',
        keyId: '${rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}',
${P('private-key', `        privateKey: \`${applePem.text}\`,`, applePem.body[1], ['apple-p8', 'pem'])}
      } as any,
    }),
    Credentials({
      credentials: {
${N("        email: { label: 'Email', type: 'email' },", ['form-field'])}
${N("        password: { label: 'Password', type: 'password' },", ['form-field'])}
      },
      async authorize(creds) {
        const user = await prisma.user.findUnique({ where: { email: String(creds?.email) } });
        if (!user?.passwordHash) return null;
${N('        const ok = await verifyPassword(String(creds?.password), user.passwordHash);', ['variable-reference'])}
        return ok ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
  },
});
`);

  // ---------------- middleware.ts ----------------
  const stagingPw = password({ style: 1 });
  file(`${base}/middleware.ts`, `
import { NextResponse, type NextRequest } from 'next/server';
import { jwtVerify } from 'jose';

${N('const JWT_SECRET = new TextEncoder().encode(process.env.JWT_SECRET);', ['env-reference'])}

export const config = {
${N("  matcher: ['/account/:path*', '/admin/:path*', '/api/keys/:keyId*'],", ['route-param'])}
};

function stagingGate(req: NextRequest) {
  if (process.env.VERCEL_ENV !== 'preview') return null;
  const header = req.headers.get('authorization') ?? '';
  const [, encoded] = header.split(' ');
  const [user, pwd] = atob(encoded ?? '').split(':');
${P('basic-auth-password', `  if (user === 'preview' && pwd === '${stagingPw}') return null;`, stagingPw, ['hardcoded-password'])}
  return new NextResponse('Auth required', {
    status: 401,
${X("    headers: { 'WWW-Authenticate': 'Basic realm=\"preview\"' },", ['header-name'])}
  });
}

export async function middleware(req: NextRequest) {
  const gated = stagingGate(req);
  if (gated) return gated;

${N("  const token = req.cookies.get('session-token')?.value;", ['cookie-name'])}
  if (!token) return NextResponse.redirect(new URL('/login', req.url));
  try {
    await jwtVerify(token, JWT_SECRET);
    return NextResponse.next();
  } catch {
    return NextResponse.redirect(new URL('/login?expired=1', req.url));
  }
}
`);

  // ---------------- lib/firebase.ts ----------------
  const fbKey = G.googleApiKey();
  const sender = digits(12);
  const fbProj = 'acme-storefront-' + rs(LOAN, 5);
  file(`${base}/lib/firebase.ts`, `
import { initializeApp, getApps } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getMessaging, isSupported } from 'firebase/messaging';

// Firebase web config is safe to expose — access is enforced by security rules.
const firebaseConfig = {
${N(`  apiKey: "${fbKey}",`, ['firebase-web-apikey', 'public-by-design'])}
  authDomain: "${fbProj}.firebaseapp.com",
  projectId: "${fbProj}",
  storageBucket: "${fbProj}.appspot.com",
${N(`  messagingSenderId: "${sender}",`, ['numeric-id'])}
${N(`  appId: "${G.firebaseAppId(sender)}",`, ['firebase-app-id'])}
${N(`  measurementId: "${G.gaId()}",`, ['analytics-id'])}
};

export const app = getApps()[0] ?? initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const messaging = async () => ((await isSupported()) ? getMessaging(app) : null);
`);

  // ---------------- lib/firebase-admin.ts ----------------
  const saPem = G.pem('PRIVATE KEY', 25, G.pkcs8RsaPrefix());
  const saEscaped = saPem.text.replace(/\n/g, '\\n') + '\\n';
  file(`${base}/lib/firebase-admin.ts`, `
import 'server-only';
import { cert, getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';

// TODO: load from FIREBASE_SERVICE_ACCOUNT once Vercel env is sorted out
const serviceAccount = {
  type: 'service_account',
  project_id: '${fbProj}',
  private_key_id: '${rs(HEX, 40)}',
${P('private-key', `  private_key: '${saEscaped}',`, saPem.body[5], ['gcp-service-account', 'pem', 'escaped-newlines'])}
  client_email: 'firebase-adminsdk-${rs(LOAN, 5)}@${fbProj}.iam.gserviceaccount.com',
  client_id: '${digits(21)}',
};

export const adminApp =
  getApps().find((a) => a.name === 'admin') ??
  initializeApp({ credential: cert(serviceAccount as any) }, 'admin');
export const db = getFirestore(adminApp);
`);

  // ---------------- components/CheckoutForm.tsx ----------------
  const pk2 = G.stripePk();
  const rcSite = G.recaptcha();
  file(`${base}/components/CheckoutForm.tsx`, `
'use client';

import { useState } from 'react';
import { loadStripe } from '@stripe/stripe-js';
import { Elements, PaymentElement, useStripe, useElements } from '@stripe/react-stripe-js';
import ReCAPTCHA from 'react-google-recaptcha';

${N(`const stripePromise = loadStripe('${pk2}');`, ['stripe-publishable', 'public-by-design'])}
${N(`const RECAPTCHA_SITE_KEY = '${rcSite}';`, ['recaptcha-site-key', 'public-by-design'])}

function Inner({ clientSecret }: { clientSecret: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [error, setError] = useState<string>();

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!stripe || !elements || !captcha) return;
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: window.location.origin + '/checkout/success' },
    });
    if (error) setError(error.message);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <PaymentElement />
      <label className="block text-sm">
        Account password (optional, to save your card)
${N('        <input type="password" name="password" autoComplete="new-password" minLength={12} />', ['form-field'])}
      </label>
${X('      <ReCAPTCHA sitekey={RECAPTCHA_SITE_KEY} onChange={setCaptcha} />', ['variable-reference'])}
      {error && <p role="alert" className="text-red-600">{error}</p>}
      <button disabled={!stripe}>Pay now</button>
    </form>
  );
}

export default function CheckoutForm({ clientSecret }: { clientSecret: string }) {
  return (
${X('    <Elements stripe={stripePromise} options={{ clientSecret, appearance: { theme: \'stripe\' } }}>', ['variable-reference'])}
      <Inner clientSecret={clientSecret} />
    </Elements>
  );
}
`);

  // ---------------- lib/supabase/*.ts ----------------
  const ref = G.supabaseRef();
  const anon = G.supabaseKey(ref, 'anon');
  const service = G.supabaseKey(ref, 'service_role');
  file(`${base}/lib/supabase/client.ts`, `
import { createBrowserClient } from '@supabase/ssr';

${X(`const SUPABASE_URL = 'https://${ref}.supabase.co';`, ['url'])}
// anon key — row level security is enabled on every table
${N(`const SUPABASE_ANON_KEY = '${anon}';`, ['supabase-anon-key', 'jwt', 'public-by-design'])}

export function createClient() {
  return createBrowserClient(SUPABASE_URL, SUPABASE_ANON_KEY);
}
`);
  file(`${base}/lib/supabase/admin.ts`, `
import 'server-only';
import { createClient } from '@supabase/supabase-js';

// bypasses RLS. never import from a client component.
export const supabaseAdmin = createClient(
  'https://${ref}.supabase.co',
${P('supabase-service-role', `  '${service}',`, service, ['jwt', 'supabase'])}
  { auth: { persistSession: false, autoRefreshToken: false } },
);
`);

  // ---------------- prisma/schema.prisma ----------------
  const directPw = password({ urlSafe: true, style: 2 });
  file(`${base}/prisma/schema.prisma`, `
generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider  = "postgresql"
${N('  url       = env("DATABASE_URL")', ['env-reference'])}
  // direct connection for migrations (pgbouncer breaks prisma migrate)
${P('database-url', `  directUrl = "postgresql://postgres.${ref}:${directPw}@aws-0-us-east-1.pooler.supabase.com:5432/postgres"`, directPw, ['db-url', 'prisma'])}
}

model User {
  id            String    @id @default(cuid())
  email         String    @unique
  name          String?
${N('  passwordHash  String?', ['schema-field'])}
  accounts      Account[]
  orders        Order[]
  createdAt     DateTime  @default(now())
}

model Account {
  id                String  @id @default(cuid())
  userId            String
  type              String
  provider          String
  providerAccountId String
${X('  refresh_token     String? @db.Text', ['schema-field'])}
${N('  access_token      String? @db.Text', ['schema-field'])}
  expires_at        Int?
  id_token          String? @db.Text
  user              User    @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@unique([provider, providerAccountId])
}

model Order {
  id              String   @id @default(cuid())
  userId          String?
  stripeIntentId  String?  @unique
  status          String   @default("pending")
  user            User?    @relation(fields: [userId], references: [id])
}
`);

  // ---------------- app/api/upload/route.ts (S3) ----------------
  const akid = G.awsAkid(), asec = G.awsSecret();
  file(`${base}/app/api/upload/route.ts`, `
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { randomUUID } from 'crypto';

const s3 = new S3Client({
  region: 'us-east-1',
  credentials: {
${P('aws-access-key-id', `    accessKeyId: '${akid}',`, akid, ['aws'])}
${P('aws-secret-access-key', `    secretAccessKey: '${asec}',`, asec, ['aws'])}
  },
});

export async function POST(req: Request) {
  const { contentType } = await req.json();
  const key = \`uploads/\${randomUUID()}\`;
  const url = await getSignedUrl(
    s3,
    new PutObjectCommand({ Bucket: 'acme-storefront-uploads', Key: key, ContentType: contentType }),
    { expiresIn: 60 },
  );
  return Response.json({ url, key });
}
`);

  // ---------------- lib/redis.ts (Upstash) ----------------
  const upTok = G.upstashToken();
  file(`${base}/lib/redis.ts`, `
import { Redis } from '@upstash/redis';
import { Ratelimit } from '@upstash/ratelimit';

export const redis = new Redis({
  url: 'https://${pick(['famous', 'quiet', 'brave', 'lucky'])}-${pick(['gecko', 'otter', 'lynx'])}-${int(10000, 99999)}.upstash.io',
${P('upstash-token', `  token: '${upTok}',`, upTok, ['redis'])}
});

export const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, '10 s'),
  prefix: 'rl:storefront',
});
`);
}
