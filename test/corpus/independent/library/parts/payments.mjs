// Payments SDK (unofficial lightweight Stripe client, TypeScript): client, examples, tests, changelog.
import crypto from 'node:crypto';

export default function payments({ t, S, R, P }) {
  const live = S.stripeLive();
  const restricted = S.stripeRestricted();
  const whsec = S.whsec();
  const xs = 'x'.repeat(24);
  const testSecret = P.whsec + 'test_secret_do_not_use';
  const payload = JSON.stringify({ id: 'evt_test_webhook', object: 'event', type: 'payment_intent.succeeded' });
  const ts = 1700000000;
  const sig = crypto.createHmac('sha256', testSecret).update(`${ts}.${payload}`).digest('hex');
  const files = [];

  files.push({ path: 'stripe-lite/src/client.ts', text: t`
import { createHmac, timingSafeEqual } from 'node:crypto';
import { HttpClient, FetchHttpClient } from './http';
import { StripeLiteError, AuthenticationError } from './errors';

@@N:version-string|export const API_VERSION = '2023-10-16';
@@N:version-string|export const SDK_VERSION = '3.4.1';
@@N:env-var-name|export const SECRET_KEY_ENV = 'STRIPE_SECRET_KEY';
@@N:header-name|export const SIGNATURE_HEADER = 'Stripe-Signature';
@@N:header-name|const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Secret keys start with the live/test prefix followed by 24-99 alphanumerics. */
@@N:regex|const SECRET_KEY_PATTERN = /^[rs]k_(live|test)_[0-9a-zA-Z]{24,99}$/;
@@N:regex|const PUBLISHABLE_KEY_PATTERN = /^pk_(live|test)_[0-9a-zA-Z]{24,99}$/;

export interface StripeLiteOptions {
@@N:type-definition|  apiKey: string;
  apiVersion?: string;
  maxNetworkRetries?: number;
  timeoutMs?: number;
  httpClient?: HttpClient;
}

@@N:type-definition|export type KeyMode = 'live' | 'test';

export class StripeLite {
  private readonly apiKey: string;
  private readonly http: HttpClient;
  readonly apiVersion: string;

  constructor(apiKeyOrOptions: string | StripeLiteOptions) {
    const opts = typeof apiKeyOrOptions === 'string' ? { apiKey: apiKeyOrOptions } : apiKeyOrOptions;
    if (!opts.apiKey) {
@@N:error-string|      throw new AuthenticationError('No API key provided. Set STRIPE_SECRET_KEY or pass apiKey.');
    }
    if (PUBLISHABLE_KEY_PATTERN.test(opts.apiKey)) {
@@N:error-string|      throw new AuthenticationError('A publishable key (pk_...) cannot be used for server-side requests.');
    }
    if (!SECRET_KEY_PATTERN.test(opts.apiKey)) {
@@N:error-string|      throw new AuthenticationError(\`Invalid API key provided: \${redact(opts.apiKey)}\`);
    }
@@N:variable-assignment|    this.apiKey = opts.apiKey;
    this.apiVersion = opts.apiVersion ?? API_VERSION;
    this.http = opts.httpClient ?? new FetchHttpClient({ timeoutMs: opts.timeoutMs ?? 80_000 });
  }

  static fromEnv(): StripeLite {
@@N:env-read|    return new StripeLite(process.env[SECRET_KEY_ENV] ?? '');
  }

  get mode(): KeyMode {
    return this.apiKey.includes('_live_') ? 'live' : 'test';
  }

  async request<T>(method: string, path: string, params?: Record<string, unknown>, idempotencyKey?: string): Promise<T> {
    const headers: Record<string, string> = {
@@N:template-interpolation|      Authorization: \`Bearer \${this.apiKey}\`,
      'Stripe-Version': this.apiVersion,
      'User-Agent': \`stripe-lite/\${SDK_VERSION}\`,
    };
    if (idempotencyKey) headers[IDEMPOTENCY_HEADER] = idempotencyKey;
    const res = await this.http.request(method, \`https://api.stripe.com/v1\${path}\`, headers, params);
    if (res.status >= 400) throw StripeLiteError.fromResponse(res);
    return res.json as T;
  }

  constructWebhookEvent(payload: string, header: string, secret: string, toleranceSec = 300) {
    const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
    const expected = createHmac('sha256', secret).update(\`\${parts.t}.\${payload}\`).digest('hex');
    const ok = timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1 ?? ''));
@@N:error-string|    if (!ok) throw new StripeLiteError('No signatures found matching the expected signature for payload');
    if (Math.abs(Date.now() / 1000 - Number(parts.t)) > toleranceSec) {
      throw new StripeLiteError('Timestamp outside the tolerance zone');
    }
    return JSON.parse(payload);
  }
}

export function redact(key: string): string {
  return key.length > 8 ? key.slice(0, 8) + '*'.repeat(key.length - 12) + key.slice(-4) : '***';
}
` });

  files.push({ path: 'stripe-lite/examples/create_charge.js', text: t`
// Example: create a PaymentIntent and confirm it with a test card.
//
// Usage:
@@N:placeholder|//   STRIPE_SECRET_KEY=${P.skTest}${xs} node examples/create_charge.js
//
// See https://stripe.com/docs/testing for test card numbers.

const { StripeLite } = require('../dist');

@@N:env-read|// const stripe = StripeLite.fromEnv();
@@S:stripe-secret-key#example|const stripe = new StripeLite('${live}');

async function main() {
  const customer = await stripe.request('POST', '/customers', {
    email: 'jenny.rosen@example.com',
    name: 'Jenny Rosen',
    metadata: { source: 'stripe-lite-example' },
  });
  console.log('customer', customer.id);

  const intent = await stripe.request(
    'POST',
    '/payment_intents',
    {
      amount: 2000,
      currency: 'usd',
      customer: customer.id,
      payment_method: 'pm_card_visa',
      confirm: true,
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
    },
    \`example-\${Date.now()}\`,
  );

  console.log('payment intent', intent.id, intent.status);
  if (intent.status !== 'succeeded') {
    console.error('unexpected status', intent.last_payment_error);
    process.exitCode = 1;
  }

  const refund = await stripe.request('POST', '/refunds', { payment_intent: intent.id, amount: 500 });
  console.log('partial refund', refund.id, refund.amount);
}

// Reporting example: uses a restricted key that only has read access to balance.
async function printBalance() {
@@S:stripe-restricted-key#example|  const reporting = new StripeLite({ apiKey: '${restricted}', timeoutMs: 20000 });
  const balance = await reporting.request('GET', '/balance');
  for (const b of balance.available) {
    console.log(\`\${b.currency}: \${(b.amount / 100).toFixed(2)}\`);
  }
}

main()
  .then(printBalance)
  .catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
` });

  files.push({ path: 'stripe-lite/examples/webhook_server.js', text: t`
// Minimal Express server verifying webhook signatures.
//   node examples/webhook_server.js
//   stripe listen --forward-to localhost:4242/webhook

const express = require('express');
const { StripeLite } = require('../dist');

const stripe = StripeLite.fromEnv();
@@S:stripe-webhook-secret#example|const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET || '${whsec}';
@@N:header-name|const SIGNATURE_HEADER = 'stripe-signature';

const app = express();

const handlers = {
  'payment_intent.succeeded': async (intent) => {
    console.log(\`PaymentIntent \${intent.id} for \${intent.amount} succeeded\`);
  },
  'payment_intent.payment_failed': async (intent) => {
    console.warn('payment failed', intent.id, intent.last_payment_error?.message);
  },
  'charge.refunded': async (charge) => {
    console.log('refunded', charge.id, charge.amount_refunded);
  },
  'customer.subscription.deleted': async (sub) => {
    console.log('subscription cancelled', sub.id);
  },
};

app.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.headers[SIGNATURE_HEADER];
  let event;
  try {
    event = stripe.constructWebhookEvent(req.body.toString('utf8'), signature, endpointSecret);
  } catch (err) {
    console.error('Webhook signature verification failed.', err.message);
    return res.sendStatus(400);
  }

  const handler = handlers[event.type];
  if (!handler) {
    console.log(\`Unhandled event type \${event.type}\`);
    return res.json({ received: true });
  }

  try {
    await handler(event.data.object);
    res.json({ received: true });
  } catch (err) {
    console.error('handler error', err);
    res.status(500).json({ error: 'handler_failed' });
  }
});

app.get('/healthz', (_req, res) => res.send('ok'));

const port = Number(process.env.PORT || 4242);
app.listen(port, () => console.log(\`Listening for webhooks on http://localhost:\${port}/webhook\`));
` });

  files.push({ path: 'stripe-lite/test/webhooks.test.ts', text: t`
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { createHmac } from 'node:crypto';
import { StripeLite, redact } from '../src/client';

// Fixture secret: not a real endpoint secret, only used to sign payloads in this file.
@@N:dummy-named|const TEST_WEBHOOK_SECRET = '${testSecret}';
@@N:placeholder|const FAKE_API_KEY = '${P.skTest}${xs}';
const TIMESTAMP = ${ts};

const payload = JSON.stringify({ id: 'evt_test_webhook', object: 'event', type: 'payment_intent.succeeded' });
// Pre-computed HMAC-SHA256 of \`\${TIMESTAMP}.\${payload}\` with TEST_WEBHOOK_SECRET.
@@N:hash|const EXPECTED_V1 = '${sig}';

function sign(body: string, secret: string, ts = TIMESTAMP) {
  const v1 = createHmac('sha256', secret).update(\`\${ts}.\${body}\`).digest('hex');
  return \`t=\${ts},v1=\${v1}\`;
}

describe('constructWebhookEvent', () => {
  let stripe: StripeLite;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(TIMESTAMP * 1000);
    stripe = new StripeLite(FAKE_API_KEY);
  });

  it('matches the pre-computed signature', () => {
    expect(sign(payload, TEST_WEBHOOK_SECRET)).toBe(\`t=\${TIMESTAMP},v1=\${EXPECTED_V1}\`);
  });

  it('accepts a correctly signed payload', () => {
    const event = stripe.constructWebhookEvent(payload, sign(payload, TEST_WEBHOOK_SECRET), TEST_WEBHOOK_SECRET);
    expect(event.type).toBe('payment_intent.succeeded');
  });

  it('rejects a payload signed with another secret', () => {
@@N:dummy-named|    const header = sign(payload, '${P.whsec}wrong_dummy_secret');
    expect(() => stripe.constructWebhookEvent(payload, header, TEST_WEBHOOK_SECRET)).toThrow(/No signatures found/);
  });

  it('rejects stale timestamps', () => {
    const header = sign(payload, TEST_WEBHOOK_SECRET, TIMESTAMP - 3600);
    expect(() => stripe.constructWebhookEvent(payload, header, TEST_WEBHOOK_SECRET)).toThrow(/tolerance/);
  });
});

describe('api key validation', () => {
  it('rejects publishable keys', () => {
@@N:repeated-chars|    expect(() => new StripeLite('${P.pkLive.replace('live','test')}' + '0'.repeat(24))).toThrow(/publishable key/);
  });

  it('rejects malformed keys', () => {
@@N:placeholder|    expect(() => new StripeLite('${P.skLive}REPLACE_ME')).toThrow(/Invalid API key/);
  });

  it('redacts keys in error messages', () => {
@@N:sequential-chars|    expect(redact('${P.skTest}abcdefghijklmnopqrstuvwx')).toBe('${P.skTest}${'*'.repeat(20)}uvwx');
  });

  it('reports mode', () => {
    expect(new StripeLite(FAKE_API_KEY).mode).toBe('test');
  });
});
` });

  files.push({ path: 'stripe-lite/CHANGELOG.md', text: t`
# Changelog

All notable changes to this project are documented here. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and the project
adheres to [Semantic Versioning](https://semver.org/).

## [3.4.1] - 2024-02-12

### Fixed
- \`constructWebhookEvent\` no longer throws on headers containing multiple \`v1\` entries.
- Retries now honour \`Retry-After\` on 429 responses.

## [3.4.0] - 2024-01-08

### Added
@@N:format-doc|- Restricted keys (\`rk_live_…\` / \`rk_test_…\`) are now accepted wherever a secret key is.
- \`StripeLite.fromEnv()\` reads \`STRIPE_SECRET_KEY\`.
@@N:version-string|- Default API version bumped to \`2023-10-16\`.

### Changed
@@N:format-doc|- Passing a publishable key (\`pk_live_…\`) now raises \`AuthenticationError\` early
  instead of failing with a 401 from the API.

## [3.3.2] - 2023-11-20

### Security
- API keys are now redacted in error messages: only the prefix and the last four
@@N:format-doc|  characters are kept, e.g. \`sk_live_************a1B2\`.
- Removed a debug log line that printed request headers.

### Fixed
- Idempotency keys are sent on retried POST requests.

## [3.3.0] - 2023-10-02

### Added
- Webhook helper \`constructWebhookEvent(payload, header, secret)\`.
@@N:format-doc|  Endpoint secrets look like \`whsec_\` followed by 32 characters; copy yours from the dashboard.
- \`timeoutMs\` option.

### Deprecated
- \`new StripeLite(key, version)\` positional form; pass an options object.

## [3.2.0] - 2023-08-14

### Added
- TypeScript declarations for PaymentIntents, Refunds and Balance.
- \`maxNetworkRetries\` option with exponential backoff.

### Fixed
- Form encoding of nested arrays (\`items[0][price]\`).

## [3.1.0] - 2023-06-01

### Added
- Support for Node 20.
@@N:hash|- Published tarballs are now signed; \`sha256\` of 3.1.0 is \`${R.rs('0123456789abcdef', 64)}\`.

## [3.0.0] - 2023-04-18

### Breaking
- Dropped Node 14.
- ESM-first build; CommonJS still available via \`require('stripe-lite')\`.

[3.4.1]: https://github.com/stripe-lite/stripe-lite-node/compare/v3.4.0...v3.4.1
[3.4.0]: https://github.com/stripe-lite/stripe-lite-node/compare/v3.3.2...v3.4.0
[3.3.2]: https://github.com/stripe-lite/stripe-lite-node/compare/v3.3.0...v3.3.2
` });
  return files;
}
