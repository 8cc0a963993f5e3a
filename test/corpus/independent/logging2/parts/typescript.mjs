import { t, build } from './builder.mjs';

const githubCallback = build('apps/api/src/auth/oauth/github.callback.controller.ts', 'typescript', t`
import { Controller, Get, Query, Res, Logger, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import type { Response } from 'express';
import { createHash } from 'crypto';
import { firstValueFrom } from 'rxjs';
import { SessionService } from '../session/session.service';
import { UsersService } from '../../users/users.service';

interface GithubTokenResponse {
  access_token?: string;
  token_type?: string;
  scope?: string;
  error?: string;
  error_description?: string;
}

interface GithubUser {
  id: number;
  login: string;
  email: string | null;
}

@Controller('auth/github')
export class GithubCallbackController {
  private readonly logger = new Logger(GithubCallbackController.name);

  constructor(
    private readonly config: ConfigService,
    private readonly http: HttpService,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
  ) {}

  private clientCredentials(): { clientId: string; clientSecret: string } {
    return {
      clientId: this.config.getOrThrow<string>('GITHUB_CLIENT_ID'),
      clientSecret: this.config.getOrThrow<string>('GITHUB_CLIENT_SECRET'),
    };
  }

  private async exchangeCode(code: string): Promise<GithubTokenResponse> {
    const { clientId, clientSecret } = this.clientCredentials();
    const tokenUrl =
      'https://github.com/login/oauth/access_token' +
      \`?client_id=\${clientId}&client_secret=\${clientSecret}&code=\${code}\`;
@@L:url-query-token,concat|    this.logger.debug('exchanging code at ' + tokenUrl);
@@S:key-id|    this.logger.log(\`exchanging oauth code for client \${clientId}\`);
    const res = await firstValueFrom(
      this.http.post<GithubTokenResponse>(tokenUrl, null, { headers: { Accept: 'application/json' } }),
    );
    return res.data;
  }

  @Get('callback')
  async callback(@Query('code') code: string, @Query('state') state: string, @Res() res: Response) {
    if (!code || !state) {
      throw new UnauthorizedException('missing code or state');
    }
    const expectedState = await this.sessions.consumeState(state);
    if (!expectedState) {
      this.logger.warn(\`unknown oauth state for callback (len=\${state.length})\`);
      throw new UnauthorizedException('invalid state');
    }

    const token = await this.exchangeCode(code);
    if (!token.access_token) {
@@S:mentions-word-only|      this.logger.error(\`github token exchange failed: \${token.error} \${token.error_description ?? ''}\`);
      throw new UnauthorizedException('token exchange failed');
    }
    const accessToken = token.access_token;
@@S:token-type|    this.logger.log(\`received \${token.token_type} token with scopes "\${token.scope}"\`);

    const userRes = await firstValueFrom(
      this.http.get<GithubUser>('https://api.github.com/user', {
@@S:non-log-use|        headers: { Authorization: \`token \${accessToken}\`, Accept: 'application/vnd.github+json' },
      }),
    );
    const ghUser = userRes.data;
    const user = await this.users.upsertFromGithub(ghUser.id, ghUser.login, ghUser.email, accessToken);
@@L:structured-field,via-variable|    this.logger.debug({ msg: 'linked github account', userId: user.id, githubLogin: ghUser.login, accessToken });
@@S:hashed|    this.logger.log(\`token fingerprint \${createHash('sha256').update(accessToken).digest('hex').slice(0, 10)} for user \${user.id}\`);

    const session = await this.sessions.create(user.id);
    res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax' });
    return res.redirect(expectedState.returnTo ?? '/');
  }
}
`);

const hubspotJob = build('src/jobs/syncHubspotContacts.ts', 'typescript', t`
import axios, { AxiosError, AxiosRequestConfig } from 'axios';
import { logger } from '../lib/logger';
import { getSecret } from '../lib/secrets';
import { db } from '../db';
import { sleep } from '../lib/time';

const HUBSPOT_BASE = 'https://api.hubapi.com';
const MAX_ATTEMPTS = 5;
const PAGE_SIZE = 100;

export interface SyncResult {
  fetched: number;
  upserted: number;
  failed: number;
}

interface ContactsPage {
  results: Array<{ id: string; properties: Record<string, string> }>;
  paging?: { next?: { after: string } };
}

function backoff(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** attempt) + Math.floor(Math.random() * 250);
}

async function requestWithRetry<T>(config: AxiosRequestConfig, attempt = 0): Promise<T> {
  try {
    const res = await axios.request<T>(config);
    return res.data;
  } catch (err) {
    const e = err as AxiosError;
    const status = e.response?.status;
    if (attempt + 1 >= MAX_ATTEMPTS || (status && status < 500 && status !== 429)) {
@@L:request-config,via-param|      logger.error('hubspot request failed permanently', { status, config });
      throw err;
    }
    const wait = backoff(attempt);
@@S:mentions-word-only|    logger.warn(\`hubspot request failed (status=\${status}), retrying in \${wait}ms; token unchanged\`, { attempt });
    await sleep(wait);
    return requestWithRetry<T>(config, attempt + 1);
  }
}

export async function syncHubspotContacts(portalId: string): Promise<SyncResult> {
  const privateAppToken = await getSecret(\`hubspot/\${portalId}/private-app-token\`);
  const result: SyncResult = { fetched: 0, upserted: 0, failed: 0 };
@@S:secret-key-bool-value|  logger.info('starting hubspot contact sync', { portalId, tokenLoaded: Boolean(privateAppToken) });

  let after: string | undefined;
  do {
    const config: AxiosRequestConfig = {
      method: 'GET',
      url: \`\${HUBSPOT_BASE}/crm/v3/objects/contacts\`,
      params: { limit: PAGE_SIZE, after, properties: 'email,firstname,lastname,lifecyclestage' },
@@S:non-log-use|      headers: { Authorization: \`Bearer \${privateAppToken}\` },
      timeout: 15_000,
    };
@@S:non-secret-fields|    logger.debug('fetching contacts page', { url: config.url, params: config.params });
    const page = await requestWithRetry<ContactsPage>(config);
    result.fetched += page.results.length;

    for (const contact of page.results) {
      try {
        await db.contacts.upsert({ hubspotId: contact.id, portalId, ...contact.properties });
        result.upserted++;
      } catch (err) {
        result.failed++;
        logger.warn('failed to upsert contact', { hubspotId: contact.id, error: (err as Error).message });
      }
    }
    after = page.paging?.next?.after;
  } while (after);

@@S:count-field|  logger.info('hubspot contact sync complete', { portalId, ...result, secretsUsed: 1 });
  return result;
}

export async function validateToken(portalId: string): Promise<boolean> {
  const token = await getSecret(\`hubspot/\${portalId}/private-app-token\`);
  const url = \`\${HUBSPOT_BASE}/oauth/v1/access-tokens/\${token}\`;
  try {
    await axios.get(url, { timeout: 5000 });
@@S:secret-key-bool-value|    logger.info('hubspot token validated', { portalId, tokenValid: true });
    return true;
  } catch (err) {
@@L:url-path-token,error-message,template-literal|    logger.error(\`token validation failed for \${url}: \${(err as Error).message}\`);
    return false;
  }
}
`);

const sdkClient = build('packages/sdk/src/client.ts', 'typescript', t`
import createDebug from 'debug';
import { createHmac } from 'node:crypto';

const debug = createDebug('acme-sdk:client');

export interface AcmeClientOptions {
  apiKey: string;
  apiSecret: string;
  baseUrl?: string;
  timeoutMs?: number;
  logger?: Pick<Console, 'info' | 'warn' | 'error' | 'debug'>;
}

export class AcmeApiError extends Error {
  constructor(message: string, public readonly status: number, public readonly requestId?: string) {
    super(message);
    this.name = 'AcmeApiError';
  }
}

function mask(value: string): string {
  if (value.length <= 8) return '****';
  return \`\${value.slice(0, 4)}****\${value.slice(-4)}\`;
}

export class AcmeClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly log: Pick<Console, 'info' | 'warn' | 'error' | 'debug'>;

  constructor(private readonly opts: AcmeClientOptions) {
    if (!opts.apiKey || !opts.apiSecret) {
      throw new Error('AcmeClient requires apiKey and apiSecret');
    }
    this.baseUrl = (opts.baseUrl ?? 'https://api.acme.io/v2').replace(/\/$/, '');
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.log = opts.logger ?? console;
@@S:redacted|    debug('client created baseUrl=%s key=%s', this.baseUrl, mask(opts.apiKey));
@@L:format-printf,direct|    debug('signing with secret=%s', opts.apiSecret);
  }

  private sign(method: string, path: string, body: string, ts: string): string {
    return createHmac('sha256', this.opts.apiSecret)
      .update(\`\${ts}\n\${method}\n\${path}\n\${body}\`)
      .digest('hex');
  }

  async request<T>(method: string, path: string, payload?: unknown): Promise<T> {
    const body = payload === undefined ? '' : JSON.stringify(payload);
    const ts = Math.floor(Date.now() / 1000).toString();
    const signature = this.sign(method, path, body, ts);
@@S:hashed|    debug('%s %s ts=%s sig=%s', method, path, ts, signature);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-Acme-Key': this.opts.apiKey,
      'X-Acme-Timestamp': ts,
      'X-Acme-Signature': signature,
    };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const res = await fetch(this.baseUrl + path, {
        method,
        headers,
        body: body || undefined,
        signal: controller.signal,
      });
      const requestId = res.headers.get('x-request-id') ?? undefined;
      if (!res.ok) {
        const text = await res.text();
        this.log.warn(\`[acme-sdk] \${method} \${path} -> \${res.status} (request \${requestId})\`);
        throw new AcmeApiError(text || res.statusText, res.status, requestId);
      }
      return (await res.json()) as T;
    } catch (err) {
      if (err instanceof AcmeApiError) throw err;
@@L:object-with-secret,structured-field|      this.log.error('[acme-sdk] transport error', { method, path, options: this.opts, error: String(err) });
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  async whoami(): Promise<{ accountId: string; keyId: string }> {
    const me = await this.request<{ accountId: string; keyId: string }>('GET', '/whoami');
@@S:key-id|    this.log.info(\`[acme-sdk] authenticated as account \${me.accountId} using key id \${me.keyId}\`);
    return me;
  }

  rotateCredentials(newKey: string, newSecret: string): void {
    const previousSecret = this.opts.apiSecret;
    this.opts.apiKey = newKey;
    this.opts.apiSecret = newSecret;
@@L:via-variable,concat|    this.log.info('[acme-sdk] credentials rotated for key ' + newKey + ', previous secret was ' + previousSecret);
@@S:masked-last4|    this.log.info(\`[acme-sdk] now using key ending in \${newKey.slice(-4)}\`);
  }
}
`);

export default [githubCallback, hubspotJob, sdkClient];
