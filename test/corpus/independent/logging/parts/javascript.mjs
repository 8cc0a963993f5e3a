import { source } from './builder.mjs';

const authenticate = source('payments-api/src/middleware/authenticate.js', 'javascript', String.raw`
'use strict';

const crypto = require('crypto');
const debug = require('debug')('payments:auth');
const logger = require('../lib/logger');
const { verifyJwt } = require('../lib/jwt');
const ApiKeyStore = require('../stores/apiKeyStore');

const INTERNAL_SERVICE_TOKEN = process.env.INTERNAL_SERVICE_TOKEN;
const PUBLIC_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

function fingerprint(value) {
  return crypto.createHash('sha256').update(value).digest('hex').slice(0, 12);
}

function extractBearer(req) {
  const header = req.headers.authorization || '';
  if (!header.startsWith('Bearer ')) {
    return null;
  }
  return header.slice('Bearer '.length).trim();
}

function deny(res, reason) {
  res.set('WWW-Authenticate', 'Bearer realm="payments"');
  return res.status(401).json({ error: 'unauthorized', reason });
}

async function authenticate(req, res, next) {
  const started = Date.now();
  if (PUBLIC_PATHS.has(req.path)) {
    return next();
  }

  debug('authenticate %s %s', req.method, req.originalUrl);
  debug('incoming headers %O', req.headers); ⟦L:object⟧

  const token = extractBearer(req);
  const apiKey = req.get('x-api-key');

  if (!token && !apiKey) {
    logger.warn('missing credentials', { requestId: req.id, path: req.path });
    return deny(res, 'missing_credentials');
  }

  if (token) {
    logger.debug(\`bearer token received (length=\${token.length})\`); ⟦S:length⟧

    if (INTERNAL_SERVICE_TOKEN && token === INTERNAL_SERVICE_TOKEN) {
      req.principal = { type: 'service', name: req.get('x-service-name') || 'unknown' };
      logger.info('internal service call', { service: req.principal.name, requestId: req.id });
      return next();
    }

    try {
      const claims = await verifyJwt(token);
      req.principal = { type: 'user', userId: claims.sub, scopes: (claims.scope || '').split(' ') };
      logger.info('jwt verified', { userId: claims.sub, scope: claims.scope, kid: claims.kid });
      return next();
    } catch (err) {
      logger.warn('jwt verification failed', { requestId: req.id, reason: err.name });
      return deny(res, 'invalid_token');
    }
  }

  const record = await ApiKeyStore.findByFingerprint(fingerprint(apiKey));
  debug('api key lookup fp=%s found=%s', fingerprint(apiKey), Boolean(record)); ⟦S:hashed⟧
  if (!record) {
    logger.warn('unknown api key', { requestId: req.id, keyPrefix: apiKey.slice(0, 4) + '…' }); ⟦S:truncated⟧
    return deny(res, 'invalid_api_key');
  }

  if (record.revokedAt) {
    const revokedErr = new Error(\`api key \${apiKey} was revoked at \${record.revokedAt.toISOString()}\`);
    logger.error(revokedErr); ⟦L:exception⟧
    return deny(res, 'revoked_api_key');
  }

  req.principal = { type: 'api_key', keyId: record.id, merchantId: record.merchantId };
  logger.info('api key accepted', { keyId: record.id, merchantId: record.merchantId, durationMs: Date.now() - started });
  return next();
}

function requireScope(scope) {
  return function scopeGuard(req, res, next) {
    const scopes = (req.principal && req.principal.scopes) || [];
    if (!scopes.includes(scope)) {
      logger.info('scope check failed', { required: scope, granted: scopes, userId: req.principal && req.principal.userId });
      return res.status(403).json({ error: 'forbidden' });
    }
    return next();
  };
}

module.exports = { authenticate, requireScope };
`);

const deploy = source('acme-cli/src/commands/deploy.js', 'javascript', String.raw`
#!/usr/bin/env node
'use strict';

/**
 * acme-deploy: uploads a build directory to the release API and logs in to the
 * container registry. Usage: acme-deploy --env production --dir dist [--verbose]
 */

const fs = require('fs');
const path = require('path');
const https = require('https');
const { spawnSync } = require('child_process');
const { parseArgs } = require('util');

const { values: args } = parseArgs({
  options: {
    env: { type: 'string', default: 'staging' },
    dir: { type: 'string', default: 'dist' },
    tag: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});

function loadConfig(env) {
  const file = path.join(process.cwd(), 'deploy', \`\${env}.json\`);
  if (!fs.existsSync(file)) {
    console.error(\`No deploy config found at \${file}\`);
    process.exit(1);
  }
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  return {
    host: raw.host,
    registry: raw.registry,
    registryUser: raw.registryUser || process.env.REGISTRY_USER,
    registryPassword: process.env.REGISTRY_PASSWORD,
  };
}

function request(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: data }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

function dockerLogin(config) {
  const result = spawnSync(
    'docker',
    ['login', '-u', config.registryUser, '--password-stdin', config.registry],
    { input: config.registryPassword, encoding: 'utf8' },
  );
  console.log(\`docker login \${config.registryUser}@\${config.registry}: exit \${result.status}\`);
  return result.status === 0;
}

async function main() {
  const config = loadConfig(args.env);
  const t = process.env.DEPLOY_TOKEN;

  console.log(\`Deploying \${args.dir} to \${args.env} (\${config.host})\`);
  if (args.verbose) {
    console.debug('deploy token present:', Boolean(t)); ⟦S:presence⟧
    console.debug('registry password length:', (config.registryPassword || '').length);
  }

  if (!t) {
    console.error('DEPLOY_TOKEN is not set; aborting'); ⟦S:event⟧
    process.exit(1);
  }

  const files = fs.readdirSync(args.dir);
  console.log(\`Uploading \${files.length} files\`);

  const options = {
    hostname: config.host,
    path: '/api/v2/releases',
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: \`Bearer \${t}\`, ⟦S:non-log-use⟧
    },
  };

  if (args['dry-run']) {
    console.log('[dry-run] would send: ' + JSON.stringify(options)); ⟦L:object⟧
    return;
  }

  const started = Date.now();
  const res = await request(options, JSON.stringify({ files, env: args.env, tag: args.tag }));
  console.log(\`Release API responded \${res.status} in \${Date.now() - started}ms\`);
  if (res.status === 401 || res.status === 403) {
    console.error('Release API rejected the deploy token:', t); ⟦L:direct,alias⟧
    process.exit(2);
  }
  if (res.status >= 400) {
    console.error(\`Release failed: \${res.body}\`);
    process.exit(2);
  }

  if (config.registry && !dockerLogin(config)) {
    console.warn('docker login failed; skipping image push');
    return;
  }
  console.log('Deploy finished');
}

main().catch((err) => {
  console.error('deploy crashed:', err.message);
  process.exit(1);
});
`);

const syncStripe = source('worker/src/jobs/syncStripeCustomers.js', 'javascript', String.raw`
import pino from 'pino';
import Stripe from 'stripe';
import { createHash } from 'node:crypto';
import { db } from '../db.js';
import { queue } from '../queue.js';

const logger = pino({
  name: 'sync-stripe-customers',
  level: process.env.LOG_LEVEL || 'info',
});

const BATCH_SIZE = 100;

function sha256(value) {
  return createHash('sha256').update(value).digest('hex');
}

async function upsertCustomer(customer) {
  const existing = await db.customers.findOne({ stripeId: customer.id });
  const row = {
    stripeId: customer.id,
    email: customer.email,
    name: customer.name,
    delinquent: customer.delinquent,
    updatedAt: new Date(),
  };
  if (existing) {
    await db.customers.update({ id: existing.id }, row);
    return 'updated';
  }
  await db.customers.insert(row);
  return 'inserted';
}

export async function syncStripeCustomers(job) {
  const stripeKey = process.env.STRIPE_SECRET_KEY;
  const log = logger.child({ jobId: job.id, attempt: job.attemptsMade });
  log.info({ keyFingerprint: sha256(stripeKey).slice(0, 8) }, 'starting stripe customer sync'); ⟦S:hashed⟧
  log.debug({ stripeKey }, 'stripe client configured'); ⟦L:structured,alias⟧

  const stripe = new Stripe(stripeKey, { apiVersion: '2023-10-16', maxNetworkRetries: 2 }); ⟦S:non-log-use⟧
  const started = Date.now();
  let startingAfter;
  let inserted = 0;
  let updated = 0;
  let failed = 0;

  do {
    const page = await stripe.customers.list({ limit: BATCH_SIZE, starting_after: startingAfter });
    for (const customer of page.data) {
      try {
        const result = await upsertCustomer(customer);
        if (result === 'inserted') inserted += 1;
        else updated += 1;
      } catch (err) {
        failed += 1;
        log.error({ err, customerId: customer.id }, 'failed to upsert customer');
      }
    }
    startingAfter = page.has_more ? page.data[page.data.length - 1].id : undefined;
    log.debug({ inserted, updated, failed }, 'page processed');
  } while (startingAfter);

  log.info({ inserted, updated, failed, durationMs: Date.now() - started }, 'stripe customer sync finished');
  return { inserted, updated, failed };
}

export async function createWebhookEndpoint(job) {
  const { url, events } = job.data;
  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
  const endpoint = await stripe.webhookEndpoints.create({ url, enabled_events: events });
  const webhookSecret = endpoint.secret;
  await db.settings.upsert({ key: 'stripe_webhook_secret', value: webhookSecret });
  logger.info(\`webhook endpoint \${endpoint.id} created with signing secret \${webhookSecret}\`); ⟦L:template⟧
  logger.info({ endpointId: endpoint.id, hasSecret: Boolean(webhookSecret), events: events.length }, 'webhook secret stored'); ⟦S:presence⟧
  return endpoint.id;
}

export function register() {
  queue.process('stripe:sync-customers', syncStripeCustomers);
  queue.process('stripe:create-webhook', createWebhookEndpoint);
  logger.info({ queues: ['stripe:sync-customers', 'stripe:create-webhook'] }, 'stripe jobs registered');
}
`);

const usersRoutes = source('web-server/routes/users.js', 'javascript', String.raw`
'use strict';

const crypto = require('crypto');
const express = require('express');
const bunyan = require('bunyan');
const bcrypt = require('bcrypt');
const { User, PasswordReset } = require('../models');
const mailer = require('../services/mailer');

const log = bunyan.createLogger({ name: 'users-routes', serializers: bunyan.stdSerializers });
const router = express.Router();

const RESET_TTL_MS = 60 * 60 * 1000;

function sha256(value) {
  return crypto.createHash('sha256').update(value).digest('hex');
}

router.post('/signup', async (req, res, next) => {
  const { email, password, displayName } = req.body;
  log.info( ⟦L:object⟧
    { route: 'signup', body: req.body }, ⟦+⟧
    'signup request received', ⟦+⟧
  ); ⟦+⟧
  try {
    if (!password || password.length < 10) {
      log.warn({ email, passwordLength: password ? password.length : 0 }, 'password too short');
      return res.status(422).json({ error: 'weak_password' });
    }
    const passwordHash = await bcrypt.hash(password, 12);
    const user = await User.create({ email, displayName, passwordHash });
    log.info({ userId: user.id }, 'user created');
    return res.status(201).json({ id: user.id });
  } catch (err) {
    return next(err);
  }
});

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.findOne({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    log.warn('invalid password for user %s', email); ⟦S:event⟧
    log.debug('rejected login %s / %s', email, password); ⟦L:printf⟧
    return res.status(401).json({ error: 'invalid_credentials' });
  }
  req.session.userId = user.id;
  log.info({ userId: user.id, ip: req.ip }, 'login succeeded');
  return res.json({ ok: true });
});

router.post('/password-reset', async (req, res) => {
  const { email } = req.body;
  const user = await User.findOne({ where: { email } });
  if (!user) {
    log.info('password reset requested for unknown email');
    return res.status(202).end();
  }
  const resetToken = crypto.randomBytes(32).toString('hex');
  await PasswordReset.create({
    userId: user.id,
    tokenHash: sha256(resetToken),
    expiresAt: new Date(Date.now() + RESET_TTL_MS),
  });
  await mailer.sendPasswordReset(user.email, resetToken); ⟦S:non-log-use⟧
  log.info({ userId: user.id }, 'password reset email sent'); ⟦S:event⟧
  return res.status(202).end();
});

router.post('/password-reset/confirm', async (req, res) => {
  const { token, newPassword } = req.body;
  const record = await PasswordReset.findOne({ where: { tokenHash: sha256(token || '') } });
  if (!record || record.expiresAt < new Date()) {
    log.warn({ found: Boolean(record) }, 'reset token expired or unknown');
    return res.status(410).json({ error: 'expired' });
  }
  const user = await User.findByPk(record.userId);
  user.passwordHash = await bcrypt.hash(newPassword, 12);
  await user.save();
  await record.destroy();
  log.info({ userId: user.id, tokenHash: record.tokenHash.slice(0, 10) }, 'password reset completed');
  return res.status(204).end();
});

router.get('/:id', async (req, res) => {
  const started = process.hrtime.bigint();
  const user = await User.findByPk(req.params.id, { attributes: ['id', 'email', 'displayName'] });
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  log.debug({ userId: req.params.id, found: Boolean(user), elapsedMs }, 'user lookup');
  if (!user) return res.status(404).end();
  return res.json(user);
});

module.exports = router;
`);

export default [authenticate, deploy, syncStripe, usersRoutes];
