import { t, build } from './builder.mjs';

const stripeWebhook = build('services/billing/src/webhooks/stripeWebhook.js', 'javascript', t`
'use strict';

const express = require('express');
const crypto = require('crypto');
const pino = require('pino');
const { getConfig } = require('../config');
const { enqueue } = require('../queue');

const logger = pino({ name: 'stripe-webhook', level: process.env.LOG_LEVEL || 'info' });
const router = express.Router();

const TOLERANCE_SECONDS = 300;

function parseSignatureHeader(header) {
  const parts = {};
  for (const item of (header || '').split(',')) {
    const [k, v] = item.split('=');
    if (k && v) {
      parts[k.trim()] = v.trim();
    }
  }
  return parts;
}

function computeSignature(secret, timestamp, payload) {
  return crypto
    .createHmac('sha256', secret)
    .update(\`\${timestamp}.\${payload}\`)
    .digest('hex');
}

function verifySignature(rawBody, header) {
  const { webhookSecret } = getConfig().stripe;
  const signingSecret = webhookSecret;
  const parts = parseSignatureHeader(header);
  const timestamp = Number(parts.t);
  const expected = computeSignature(signingSecret, timestamp, rawBody);
@@S:hashed|  logger.debug({ expectedPrefix: expected.slice(0, 8), ts: timestamp }, 'computed webhook signature');
  if (!parts.v1) {
    logger.warn({ hasHeader: Boolean(header) }, 'missing v1 signature');
    return false;
  }
  if (Math.abs(Date.now() / 1000 - timestamp) > TOLERANCE_SECONDS) {
    logger.warn({ timestamp }, 'webhook timestamp outside tolerance');
    return false;
  }
  const ok = expected.length === parts.v1.length &&
    crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1));
  if (!ok) {
@@L:via-variable,template-literal|    logger.error(\`signature mismatch, verified with secret \${signingSecret}\`);
@@S:bool|    logger.warn({ secretConfigured: Boolean(signingSecret), signatureValid: ok }, 'rejecting webhook');
  }
  return ok;
}

async function replayEvent(eventId) {
  const { apiKey } = getConfig().stripe;
  const opts = {
    method: 'POST',
    headers: { Authorization: \`Bearer \${apiKey}\`, 'Content-Type': 'application/json' },
  };
@@L:request-config,structured-field|  logger.debug({ opts, eventId }, 'replaying stripe event');
@@S:masked-last4|  logger.info(\`replaying \${eventId} with key ending \${apiKey.slice(-4)}\`);
  const resp = await fetch(\`https://api.stripe.com/v1/events/\${eventId}/retry\`, opts);
  if (!resp.ok) {
    logger.error({ eventId, status: resp.status }, 'stripe replay failed');
  }
  return resp.ok;
}

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const started = Date.now();
  const sigHeader = req.get('stripe-signature');
  const rawBody = req.body.toString('utf8');

  if (!verifySignature(rawBody, sigHeader)) {
    return res.status(400).send('invalid signature');
  }

  let event;
  try {
    event = JSON.parse(rawBody);
  } catch (err) {
    logger.warn({ err: err.message }, 'unparseable webhook body');
    return res.status(400).send('bad json');
  }

  const { apiKey } = getConfig().stripe;
  switch (event.type) {
    case 'invoice.paid':
    case 'invoice.payment_failed':
      await enqueue('billing.invoice', { id: event.data.object.id, type: event.type });
      break;
    case 'customer.subscription.deleted': {
      const customerId = event.data.object.customer;
      const url = \`https://api.stripe.com/v1/customers/\${customerId}?expand[]=subscriptions\`;
@@S:non-log-use|      const resp = await fetch(url, { headers: { Authorization: \`Bearer \${apiKey}\` } });
      logger.info({ status: resp.status, customer: customerId }, 'fetched customer after cancellation');
      break;
    }
    default:
      logger.debug({ type: event.type }, 'ignoring event');
  }

  logger.info({ type: event.type, ms: Date.now() - started }, 'webhook processed');
  res.json({ received: true });
});

module.exports = { router, verifySignature, replayEvent };
`);

const cliLogin = build('packages/cli/src/commands/login.js', 'javascript', t`
'use strict';

const { Command } = require('commander');
const fs = require('fs/promises');
const os = require('os');
const path = require('path');
const readline = require('readline');
const axios = require('axios');
const chalk = require('chalk');

const CONFIG_DIR = path.join(os.homedir(), '.acmectl');
const CREDENTIALS_FILE = path.join(CONFIG_DIR, 'credentials.json');
const DEFAULT_API = process.env.ACME_API_URL || 'https://api.acme.dev';

function prompt(question, { hidden = false } = {}) {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    if (hidden) {
      rl._writeToOutput = () => {};
    }
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer.trim());
    });
  });
}

async function saveCredentials(profile, creds) {
  await fs.mkdir(CONFIG_DIR, { recursive: true, mode: 0o700 });
  let existing = {};
  try {
    existing = JSON.parse(await fs.readFile(CREDENTIALS_FILE, 'utf8'));
  } catch {
    existing = {};
  }
  existing[profile] = creds;
  await fs.writeFile(CREDENTIALS_FILE, JSON.stringify(existing, null, 2), { mode: 0o600 });
}

async function exchangePassword(apiUrl, username, password, verbose) {
  const body = { grant_type: 'password', client_id: 'acmectl', username, password };
  if (verbose) {
@@L:via-param,object-with-secret|    console.error('POST %s/oauth/token', apiUrl, body);
  }
  const res = await axios.post(\`\${apiUrl}/oauth/token\`, body, { timeout: 10000 });
  return res.data;
}

const login = new Command('login')
  .description('Authenticate against the Acme API and store a token locally')
  .option('-u, --username <username>', 'account username or email')
  .option('-p, --profile <name>', 'profile to store credentials under', 'default')
  .option('--api <url>', 'API base URL', DEFAULT_API)
  .option('--token <token>', 'use an existing personal access token instead of a password')
  .option('-v, --verbose', 'print request details')
  .action(async (opts) => {
    const username = opts.username || (await prompt('Username: '));
    if (opts.token) {
      const pat = opts.token;
@@S:masked-prefix|      console.log(chalk.gray(\`Using personal access token \${pat.slice(0, 6)}…\`));
      await saveCredentials(opts.profile, { username, accessToken: pat, type: 'pat' });
@@S:mentions-word-only|      console.log(chalk.green(\`Token saved for \${username} in profile "\${opts.profile}"\`));
      return;
    }

    const password = await prompt('Password: ', { hidden: true });
@@S:length|    if (opts.verbose) console.log(\`read password (\${password.length} chars)\`);
    let data;
    try {
      data = await exchangePassword(opts.api, username, password, opts.verbose);
    } catch (err) {
      const status = err.response ? err.response.status : 'network';
@@S:mentions-word-only|      console.error(chalk.red(\`Login failed for \${username}: wrong password or account locked (\${status})\`));
      process.exitCode = 1;
      return;
    }

    const {
      access_token: accessToken,
      refresh_token: refreshToken,
      expires_in: expiresIn,
      token_type: tokenType,
    } = data;
    await saveCredentials(opts.profile, {
      username,
      accessToken,
      refreshToken,
      expiresAt: Date.now() + expiresIn * 1000,
    });
@@S:token-type|    console.log(chalk.green(\`Logged in as \${username} (\${tokenType}, expires in \${expiresIn}s)\`));
    if (opts.verbose) {
@@L:direct,template-literal|      console.log(\`access token: \${accessToken}\`);
@@S:bool|      console.log(\`refresh token stored: \${Boolean(refreshToken)}\`);
    }
  });

module.exports = login;
`);

const rotateDb = build('scripts/admin/rotate-db-password.js', 'javascript', t`
// Rotates the application database password and updates the secret in Vault.
// Usage: node scripts/admin/rotate-db-password.js --env staging

const { Client } = require('pg');
const crypto = require('crypto');
const winston = require('winston');
const vault = require('node-vault');
const minimist = require('minimist');

const log = winston.createLogger({
  level: 'debug',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.Console()],
});

const args = minimist(process.argv.slice(2));
const env = args.env || 'staging';

function fingerprint(value) {
  return crypto.createHash('sha256').update(value).digest('hex').slice(0, 12);
}

function newPassword() {
  return crypto.randomBytes(24).toString('base64url');
}

async function readCurrent(vc) {
  const { data } = await vc.read(\`secret/data/\${env}/postgres\`);
  return data.data;
}

async function main() {
  const vc = vault({ endpoint: process.env.VAULT_ADDR, token: process.env.VAULT_TOKEN });
@@S:mentions-word-only|  log.info('starting database password rotation', { env, vault: process.env.VAULT_ADDR });
  const current = await readCurrent(vc);
  const adminUser = current.username;
  const adminPass = current.password;
  const host = current.host;

  const connectionString = \`postgres://\${adminUser}:\${adminPass}@\${host}:5432/app\`;
  const client = new Client({ connectionString });
  try {
    await client.connect();
  } catch (err) {
@@L:url-userinfo,error-message,template-literal|    log.error(\`could not connect using \${connectionString}: \${err.message}\`);
    process.exit(1);
  }
@@S:hashed|  log.debug('connected', { host, user: adminUser, passwordFingerprint: fingerprint(adminPass) });

  const rotated = newPassword();
  const appUser = current.app_user || 'app';
@@S:non-log-use|  await client.query(\`ALTER ROLE \${client.escapeIdentifier(appUser)} WITH PASSWORD \${client.escapeLiteral(rotated)}\`);
@@S:mentions-word-only|  log.info('password rotated for role', { role: appUser, env });

  const newSecret = { ...current, app_password: rotated, rotated_at: new Date().toISOString() };
  try {
    await vc.write(\`secret/data/\${env}/postgres\`, { data: newSecret });
  } catch (err) {
@@L:structured-field,via-variable|    log.error('vault write failed, manual update required', {
@@+|      role: appUser,
@@+|      newPassword: rotated,
@@+|      err: err.message,
@@+|    });
    await client.end();
    process.exit(2);
  }
@@S:count-field,secret-key-bool-value|  log.info('vault updated', { keysWritten: Object.keys(newSecret).length, passwordRotated: true });

  const verify = new Client({ host, user: appUser, password: rotated, database: 'app' });
  try {
    await verify.connect();
    await verify.query('SELECT 1');
    log.info('verified new credentials', { role: appUser });
  } catch (err) {
@@S:redacted|    log.error('verification failed', { role: appUser, host, password: '[REDACTED]', err: err.message });
  } finally {
    await verify.end().catch(() => {});
  }
  await client.end();
}

main().catch((err) => {
  log.error('rotation aborted', { err: err.message });
  process.exit(1);
});
`);

export default [stripeWebhook, cliLogin, rotateDb];
