import { source } from './builder.mjs';

const notificationService = source('notifications-service/src/services/NotificationService.ts', 'typescript', String.raw`
import axios, { AxiosError, AxiosInstance } from 'axios';
import winston from 'winston';

export interface NotificationConfig {
  baseUrl: string;
  apiKey: string;
  senderId: string;
  timeoutMs?: number;
}

export interface SmsMessage {
  to: string;
  body: string;
  templateId?: string;
}

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  defaultMeta: { service: 'notifications' },
  transports: [new winston.transports.Console()],
});

export function mask(value: string): string {
  if (value.length <= 4) {
    return '****';
  }
  return '*'.repeat(value.length - 4) + value.slice(-4);
}

export class NotificationService {
  private readonly http: AxiosInstance;
  private apiKey: string;
  private sentCount = 0;

  constructor(private readonly config: NotificationConfig) {
    this.apiKey = config.apiKey;
    this.http = axios.create({
      baseURL: config.baseUrl,
      timeout: config.timeoutMs ?? 5000,
      headers: { 'X-Api-Key': this.apiKey }, ⟦S:non-log-use⟧
    });
    logger.info('NotificationService initialised', { ⟦S:masked⟧
      baseUrl: config.baseUrl, ⟦+⟧
      senderId: config.senderId, ⟦+⟧
      apiKey: mask(this.apiKey), ⟦+⟧
    }); ⟦+⟧
    logger.debug(\`NotificationService config: \${JSON.stringify(this.config)}\`); ⟦L:object⟧
  }

  async sendSms(message: SmsMessage): Promise<string> {
    const started = Date.now();
    try {
      const { data } = await this.http.post('/v1/sms', {
        from: this.config.senderId,
        to: message.to,
        text: message.body,
        template: message.templateId,
      });
      this.sentCount += 1;
      logger.info('sms sent', { messageId: data.id, durationMs: Date.now() - started, total: this.sentCount });
      return data.id as string;
    } catch (err) {
      const status = (err as AxiosError).response?.status;
      logger.error('sms provider rejected request', { status, templateId: message.templateId });
      if (status === 401) {
        logger.error('sms provider rejected api key ' + this.apiKey); ⟦L:concat,field⟧
      }
      throw err;
    }
  }

  async sendBulk(messages: SmsMessage[]): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    for (const message of messages) {
      try {
        await this.sendSms(message);
        sent += 1;
      } catch {
        failed += 1;
      }
    }
    logger.info('bulk sms finished', { sent, failed, requested: messages.length });
    return { sent, failed };
  }

  async rotateKey(newKey: string): Promise<void> {
    await this.http.post('/v1/keys/rotate', { newKey });
    this.apiKey = newKey;
    this.http.defaults.headers.common['X-Api-Key'] = newKey;
    logger.warn('api key rotated', { newKeyLength: newKey.length, lastFour: newKey.slice(-4) }); ⟦S:truncated⟧
  }
}
`);

const authController = source('identity-api/src/modules/auth/auth.controller.ts', 'typescript', String.raw`
import { Request, Response, Router } from 'express';
import pino from 'pino';
import { AuthService, InvalidClientError } from './auth.service';

interface TokenRequest {
  client_id: string;
  client_secret: string;
  grant_type: 'client_credentials' | 'refresh_token';
  scope?: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  subject: string;
}

const logger = pino({ name: 'auth-controller', level: process.env.LOG_LEVEL ?? 'info' });

export function authRouter(auth: AuthService): Router {
  const router = Router();

  router.post('/oauth/token', async (req: Request, res: Response) => {
    const body = req.body as TokenRequest;
    const requestId = req.header('x-request-id');
    logger.info({ requestId, clientId: body.client_id, grantType: body.grant_type, scope: body.scope }, 'token request');

    try {
      const pair: TokenPair = await auth.issueToken(body.client_id, body.client_secret, body.scope);
      logger.info( ⟦S:token-type⟧
        { requestId, clientId: body.client_id, tokenType: pair.tokenType, expiresIn: pair.expiresIn }, ⟦+⟧
        'token issued', ⟦+⟧
      ); ⟦+⟧
      logger.debug({ pair }, 'issued token pair'); ⟦L:object⟧
      res.json({
        access_token: pair.accessToken,
        refresh_token: pair.refreshToken,
        token_type: pair.tokenType,
        expires_in: pair.expiresIn,
      });
    } catch (err) {
      if (err instanceof InvalidClientError) {
        logger.warn({ requestId, clientId: body.client_id, clientSecret: body.client_secret }, 'client authentication failed'); ⟦L:structured⟧
        res.status(401).json({ error: 'invalid_client' });
        return;
      }
      logger.error({ err, requestId }, 'token endpoint failure');
      res.status(500).json({ error: 'server_error' });
    }
  });

  router.post('/oauth/revoke', async (req: Request, res: Response) => {
    const token: string | undefined = req.body.token;
    if (!token) {
      logger.warn({ requestId: req.header('x-request-id') }, 'revoke called without token');
      res.status(400).json({ error: 'invalid_request' });
      return;
    }
    const revoked = await auth.revoke(token);
    logger.info({ revoked, tokenLength: token.length }, 'token revocation processed'); ⟦S:length⟧
    res.status(200).end();
  });

  router.get('/oauth/introspect', async (req: Request, res: Response) => {
    const { authorization, cookie, ...safeHeaders } = req.headers;
    logger.debug({ headers: safeHeaders, path: req.path }, 'introspection request'); ⟦S:redacted-headers⟧
    if (!authorization) {
      res.status(401).end();
      return;
    }
    const info = await auth.introspect(authorization.replace(/^Bearer\s+/i, ''));
    logger.info({ active: info.active, sub: info.sub, scope: info.scope }, 'introspection result');
    res.json(info);
  });

  router.post('/logout', async (req: Request, res: Response) => {
    const userId = (req as Request & { userId?: string }).userId;
    const count = userId ? await auth.revokeAllForUser(userId) : 0;
    logger.info({ userId, revokedTokens: count }, 'user logged out');
    res.status(204).end();
  });

  return router;
}
`);

const dbConnect = source('core-api/src/lib/db/connect.ts', 'typescript', String.raw`
import createDebug from 'debug';
import { Pool, PoolClient } from 'pg';

const debug = createDebug('app:db');

export interface DbSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  ssl: boolean;
  maxConnections: number;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): DbSettings {
  return {
    host: env.PGHOST ?? 'localhost',
    port: Number(env.PGPORT ?? 5432),
    database: env.PGDATABASE ?? 'app',
    user: env.PGUSER ?? 'app',
    password: env.PGPASSWORD ?? '',
    ssl: env.PGSSL === 'true',
    maxConnections: Number(env.PG_POOL_MAX ?? 10),
  };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/]+):[^@]+@/, '//$1:***@');
}

export function buildConnectionString(s: DbSettings): string {
  const user = encodeURIComponent(s.user);
  const pass = encodeURIComponent(s.password);
  return \`postgres://\${user}:\${pass}@\${s.host}:\${s.port}/\${s.database}\${s.ssl ? '?sslmode=require' : ''}\`;
}

let pool: Pool | undefined;

export async function connect(user: string, password: string, settings: DbSettings = settingsFromEnv()): Promise<Pool> {
  debug('connecting as %s to %s:%d/%s', user, settings.host, settings.port, settings.database);
  debug('password supplied: %s', password); ⟦L:printf,param⟧
  const connectionString = buildConnectionString({ ...settings, user, password });
  console.info(\`[db] connection string: \${redactUrl(connectionString)}\`); ⟦S:masked⟧
  if (process.env.DEBUG_SQL === '1') {
    console.debug('[db] raw connection string: ' + connectionString); ⟦L:concat,alias⟧
  }

  pool = new Pool({ connectionString, max: settings.maxConnections }); ⟦S:non-log-use⟧
  pool.on('error', (err) => console.error('[db] idle client error:', err.message));

  const started = Date.now();
  try {
    await pool.query('select 1');
    console.info(\`[db] connected in \${Date.now() - started}ms (pool max \${settings.maxConnections})\`);
  } catch (err) {
    console.error(\`[db] failed to connect as \${user} (password length \${password.length})\`); ⟦S:length⟧
    await pool.end();
    pool = undefined;
    throw err;
  }
  return pool;
}

export async function withTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
  if (!pool) {
    throw new Error('database pool not initialised');
  }
  const client = await pool.connect();
  const started = Date.now();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    debug('transaction committed in %dms', Date.now() - started);
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    debug('transaction rolled back: %s', (err as Error).message);
    throw err;
  } finally {
    client.release();
  }
}

export async function close(): Promise<void> {
  if (pool) {
    const { totalCount, idleCount } = pool;
    console.info('[db] closing pool', { totalCount, idleCount });
    await pool.end();
    pool = undefined;
  }
}
`);

const githubClient = source('devtools-bot/src/integrations/github/client.ts', 'typescript', String.raw`
import Logger from 'bunyan';
import jwt from 'jsonwebtoken';
import { createHmac, timingSafeEqual } from 'crypto';

const log = Logger.createLogger({ name: 'github-integration', level: 'info' });

export interface GitHubAppCredentials {
  appId: number;
  privateKey: string;
  webhookSecret: string;
  installationId: number;
}

interface InstallationTokenResponse {
  token: string;
  expires_at: string;
  permissions: Record<string, string>;
}

function signAppJwt(appId: number, privateKey: string): string {
  const now = Math.floor(Date.now() / 1000);
  log.debug('signing app jwt for app ' + appId + ' using key ' + privateKey); ⟦L:concat,param⟧
  return jwt.sign({ iat: now - 60, exp: now + 540, iss: String(appId) }, privateKey, { algorithm: 'RS256' }); ⟦S:non-log-use⟧
}

export class GitHubClient {
  private installationToken?: string;
  private tokenExpiresAt?: Date;

  constructor(private readonly creds: GitHubAppCredentials) {
    log.info({ appId: creds.appId, installationId: creds.installationId }, 'github client created');
  }

  private async getInstallationToken(): Promise<string> {
    if (this.installationToken && this.tokenExpiresAt && this.tokenExpiresAt.getTime() - Date.now() > 60_000) {
      log.debug({ expiresAt: this.tokenExpiresAt.toISOString() }, 'reusing cached installation token'); ⟦S:event⟧
      return this.installationToken;
    }
    const appJwt = signAppJwt(this.creds.appId, this.creds.privateKey);
    const url = \`https://api.github.com/app/installations/\${this.creds.installationId}/access_tokens\`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { Authorization: \`Bearer \${appJwt}\`, Accept: 'application/vnd.github+json' },
    });
    if (!res.ok) {
      log.error({ status: res.status, installationId: this.creds.installationId }, 'failed to create installation token');
      throw new Error(\`GitHub token exchange failed with status \${res.status}\`);
    }
    const body = (await res.json()) as InstallationTokenResponse;
    this.installationToken = body.token;
    this.tokenExpiresAt = new Date(body.expires_at);
    log.info({ permissions: body.permissions, expiresAt: body.expires_at }, 'installation token created'); ⟦S:scope⟧
    log.trace({ token: this.installationToken }, 'installation token value'); ⟦L:structured,field⟧
    return body.token;
  }

  async createIssue(owner: string, repo: string, title: string, bodyText: string): Promise<number> {
    const token = await this.getInstallationToken();
    const started = Date.now();
    const res = await fetch(\`https://api.github.com/repos/\${owner}/\${repo}/issues\`, {
      method: 'POST',
      headers: { Authorization: \`token \${token}\`, Accept: 'application/vnd.github+json' },
      body: JSON.stringify({ title, body: bodyText }),
    });
    const data = (await res.json()) as { number: number };
    log.info({ owner, repo, issue: data.number, status: res.status, ms: Date.now() - started }, 'issue created');
    return data.number;
  }

  verifyWebhook(payload: string, signatureHeader: string | undefined): boolean {
    if (!signatureHeader) {
      log.warn('webhook delivery without signature header');
      return false;
    }
    const expected = 'sha256=' + createHmac('sha256', this.creds.webhookSecret).update(payload).digest('hex');
    const a = Buffer.from(expected);
    const b = Buffer.from(signatureHeader);
    const ok = a.length === b.length && timingSafeEqual(a, b);
    if (!ok) {
      log.warn({ payloadBytes: payload.length }, 'webhook signature mismatch');
    }
    return ok;
  }
}
`);

export default [notificationService, authController, dbConnect, githubClient];
