// Test fixtures and mocks, OpenAPI spec, Postman collections
import { file, fromText, POS, NEG } from './builder.mjs';
import { tok, neg, PREFIX } from './tokens.mjs';
import { uuid, hex, int } from './rng.mjs';

export function fixtures() {
  // ---------------------------------------------------------------- JSON fixture
  {
    const f = file('tests/fixtures/users.json', 'fixture-json');
    f.t(`{
  "users": [
    {
      "id": 1,
      "email": "alice@example.test",`);
    f.l(`      "password": "test-password",`, NEG('test-fixture'));
    f.l(`      "api_token": "fake-token-for-tests",`, NEG('test-fixture'));
    f.t(`      "role": "admin"
    },
    {
      "id": 2,
      "email": "bob@example.test",`);
    f.l(`      "password": "dummy",`, NEG('test-fixture'));
    f.l(`      "github_token": "${PREFIX.ghp}000000000000000000000000000000000000",`, NEG('test-fixture'));
    f.t(`      "role": "customer"
    }
  ]
}
`);
  }

  // ---------------------------------------------------------------- TS mock
  {
    const f = file('web/src/__mocks__/stripeMock.ts', 'ts');
    f.t(`// Jest manual mock for the Stripe client used in unit tests.
import type Stripe from "stripe";
`);
    f.l(`export const MOCK_SECRET_KEY = "${PREFIX.skLive.replace('live', 'test')}mock_key_do_not_use";`, NEG('test-fixture'));
    f.l(`export const MOCK_WEBHOOK_SECRET = "whsec_test_secret";`, NEG('test-fixture'));
    f.t(`
export const paymentIntent = {
  id: "pi_mock_001",
  object: "payment_intent",
  amount: 4200,
  currency: "eur",`);
    f.l(`  client_secret: "pi_mock_001_secret_mock",`, NEG('test-fixture'));
    f.t(`  status: "requires_confirmation",
} as unknown as Stripe.PaymentIntent;

export const stripeMock = {
  paymentIntents: {
    create: jest.fn().mockResolvedValue(paymentIntent),
    confirm: jest.fn().mockResolvedValue({ ...paymentIntent, status: "succeeded" }),
  },
  refunds: { create: jest.fn().mockResolvedValue({ id: "re_mock_001" }) },
};

export default jest.fn(() => stripeMock);
`);
  }

  // ---------------------------------------------------------------- pytest
  {
    const f = file('tests/test_webhooks.py', 'python-test');
    f.t(`import hmac
import hashlib
import json

import pytest

from ledgerline.webhooks import verify_signature
`);
    f.l(`TEST_SIGNING_SECRET = "test-signing-secret"`, NEG('test-fixture'));
    f.t(`

@pytest.fixture
def payload():
    return json.dumps({"type": "invoice.paid", "id": "evt_test_1"}).encode()


def sign(body, secret=TEST_SIGNING_SECRET):
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_valid_signature(payload):
    assert verify_signature(payload, sign(payload), TEST_SIGNING_SECRET)


def test_invalid_signature(payload):`);
    f.l(`    assert not verify_signature(payload, "${neg.sha256()}", TEST_SIGNING_SECRET)`, NEG('hash'));
    f.t(`

def test_reads_secret_from_env(monkeypatch, payload):`);
    f.l(`    monkeypatch.setenv("WEBHOOK_SECRET", "dummy-secret")`, NEG('test-fixture'));
    f.t(`    assert verify_signature(payload, sign(payload, "dummy-secret"))
`);
  }

  // ---------------------------------------------------------------- OpenAPI
  {
    const f = file('api/openapi.yaml', 'openapi');
    f.t(`openapi: 3.1.0
info:
  title: Ledgerline API
  version: 2.4.0
servers:
  - url: https://api.acme.dev/v2
security:
  - bearerAuth: []
paths:
  /tokens:
    post:
      summary: Create an API token
      requestBody:
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/TokenRequest"
      responses:
        "201":
          description: Token created. The secret is returned only once.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Token"
  /auth/login:
    post:
      summary: Exchange credentials for a session
      security: []
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [email, password]
              properties:
                email:
                  type: string
                  format: email
                  example: jane@example.com
                password:
                  type: string
                  format: password`);
    f.l(`                  example: "********"`, NEG('placeholder'));
    f.t(`components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKeyHeader:
      type: apiKey
      in: header
      name: X-API-Key
  schemas:
    TokenRequest:
      type: object
      properties:
        name:
          type: string
          example: ci-deploy
        scopes:
          type: array
          items:
            type: string
          example: [invoices:read]
    Token:
      type: object
      properties:
        id:
          type: string`);
    f.l(`          example: tok_01HXYZEXAMPLE`, NEG('placeholder'));
    f.t(`        secret:
          type: string
          description: The API token secret. Store it securely.`);
    f.l(`          example: YOUR_API_TOKEN`, NEG('placeholder'));
    f.t(`        access_token:
          type: string`);
    f.l(`          example: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>`, NEG('placeholder'));
    f.t(`        stripe_key:
          type: string
          description: Publishable key for client-side checkout`);
    f.l(`          example: ${PREFIX.pkLive}...`, NEG('placeholder'));
    f.t(`        expires_at:
          type: string
          format: date-time
`);
  }

  // ---------------------------------------------------------------- Postman (negatives)
  {
    const coll = {
      info: { _postman_id: uuid(), name: 'Ledgerline API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{apiKey}}', type: 'string' }] },
      item: [
        { name: 'List invoices', request: { method: 'GET', header: [], url: { raw: '{{baseUrl}}/invoices?page=1', host: ['{{baseUrl}}'], path: ['invoices'], query: [{ key: 'page', value: '1' }] } } },
        { name: 'Login', request: { method: 'POST', header: [{ key: 'Content-Type', value: 'application/json' }], body: { mode: 'raw', raw: '{"email": "{{email}}", "password": "{{password}}"}' }, url: { raw: '{{baseUrl}}/auth/login', host: ['{{baseUrl}}'], path: ['auth', 'login'] } } },
        { name: 'Create token', request: { method: 'POST', header: [{ key: 'X-API-Key', value: '{{adminApiKey}}' }], url: { raw: '{{baseUrl}}/tokens', host: ['{{baseUrl}}'], path: ['tokens'] } } },
      ],
      variable: [
        { key: 'baseUrl', value: 'https://api.acme.dev/v2' },
        { key: 'apiKey', value: '' },
        { key: 'adminApiKey', value: '<set-in-environment>' },
      ],
    };
    fromText('postman/Ledgerline.postman_collection.json', 'postman', JSON.stringify(coll, null, '\t') + '\n', [
      { needle: '"value": "{{apiKey}}"', label: NEG('reference') },
      { needle: '"raw": "{\\"email\\": \\"{{email}}\\", \\"password\\": \\"{{password}}\\"}"', label: NEG('reference') },
      { needle: '"value": "{{adminApiKey}}"', label: NEG('reference') },
      { needle: '"value": "<set-in-environment>"', label: NEG('placeholder') },
    ]);
  }

  // ---------------------------------------------------------------- Postman (positive)
  {
    const sk = tok.twilioKeySid();
    const secret = tok.twilioSecret();
    const gh = tok.githubPat();
    const acct = tok.twilioAccountSid();
    const coll = {
      info: { _postman_id: uuid(), name: 'Internal Ops (shared)', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [
        { name: 'Twilio: send test SMS', request: {
          auth: { type: 'basic', basic: [{ key: 'username', value: sk, type: 'string' }, { key: 'password', value: secret, type: 'string' }] },
          method: 'POST',
          header: [],
          body: { mode: 'urlencoded', urlencoded: [{ key: 'To', value: '+15005550006' }, { key: 'From', value: '+15005550001' }, { key: 'Body', value: 'ops test' }] },
          url: { raw: `https://api.twilio.com/2010-04-01/Accounts/${acct}/Messages.json` },
        } },
        { name: 'GitHub: list deploy keys', request: {
          method: 'GET',
          header: [{ key: 'Authorization', value: `Bearer ${gh}` }, { key: 'Accept', value: 'application/vnd.github+json' }],
          url: { raw: 'https://api.github.com/repos/acme/ledgerline/keys' },
        } },
      ],
    };
    fromText('postman/Internal-Ops.postman_collection.json', 'postman', JSON.stringify(coll, null, '\t') + '\n', [
      { needle: sk, label: POS('twilio-api-key') },
      { needle: secret, label: POS('twilio-secret') },
      { needle: gh, label: POS('github-pat') },
      { needle: `"raw": "https://api.twilio.com/2010-04-01/Accounts/${acct}`, label: NEG('id') },
    ]);
  }
}
