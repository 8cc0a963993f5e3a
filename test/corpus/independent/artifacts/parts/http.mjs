// HAR archives, Postman environment, Insomnia export.
import { Doc, S, N, int, str, reg, ALNUM, HEX, B64, B64URL } from './core.mjs';
import { tok, password, neg, b64 } from './tokens.mjs';

const h = (name, value) => ({ name, value });
const timings = () => ({ blocked: int(0, 5), dns: -1, connect: -1, send: 0, wait: int(20, 400), receive: int(0, 30), ssl: -1 });

export function http() {
  const docs = [];

  // 1. HAR from a support ticket: login + authenticated API calls
  {
    const d = new Doc('support/TICKET-8812/app.example.com.har', { json: true });
    const sess = tok.sessionId();
    const jwt = tok.jwt('usr_' + int(10000, 99999), { scope: 'orders:write' });
    const refresh = reg(str(64, B64URL));
    const ga = neg.ga();
    const loginPw = password('any').replace(/["\\]/g, '');
    reg(loginPw);
    const entry1 = {
      startedDateTime: '2024-04-18T09:14:02.117Z', time: 231,
      request: {
        method: 'POST', url: 'https://app.example.com/api/v2/auth/login', httpVersion: 'HTTP/2',
        headers: [
          h(':authority', 'app.example.com'),
          h('content-type', 'application/json'),
          h('user-agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36'),
          h('x-request-id', N(neg.uuid(), 'request-id')),
          h('cookie', N(`_ga=${ga}; _gid=GA1.2.${int(100000000, 999999999)}.${int(1710000000, 1719999999)}`, 'analytics-cookie')),
        ],
        queryString: [], cookies: [{ name: '_ga', value: N(ga, 'analytics-cookie') }],
        headersSize: -1, bodySize: 74,
        postData: { mimeType: 'application/json', text: S(JSON.stringify({ email: 'r.alvarez@example.com', password: loginPw, remember: true }), 'password', ['har', 'post-body']) },
      },
      response: {
        status: 200, statusText: '', httpVersion: 'HTTP/2',
        headers: [
          h('content-type', 'application/json; charset=utf-8'),
          h('etag', N(`W/"${str(2, HEX)}-${str(27, B64URL)}"`, 'etag')),
          h('set-cookie', S(`sid=${sess}; Path=/; Expires=Fri, 18 Apr 2025 09:14:02 GMT; HttpOnly; Secure; SameSite=Lax`, 'session-cookie', ['har', 'set-cookie'])),
          h('strict-transport-security', 'max-age=63072000; includeSubDomains; preload'),
          h('x-amz-cf-id', N(str(54, B64URL) + '==', 'cdn-request-id')),
        ],
        cookies: [{ name: 'sid', value: S(sess, 'session-cookie', ['har']), path: '/', expires: '2025-04-18T09:14:02.000Z', httpOnly: true, secure: true }],
        content: { size: 612, mimeType: 'application/json', text: S(JSON.stringify({ access_token: jwt, token_type: 'Bearer', expires_in: 157680000, refresh_token: refresh }), 'jwt', ['har', 'response-body']) },
        redirectURL: '', headersSize: -1, bodySize: 612,
      },
      cache: {}, timings: timings(), serverIPAddress: '203.0.113.24', connection: '443',
    };
    const entry2 = {
      startedDateTime: '2024-04-18T09:14:03.402Z', time: 88,
      request: {
        method: 'GET', url: 'https://app.example.com/api/v2/orders?limit=50', httpVersion: 'HTTP/2',
        headers: [
          h(':authority', 'app.example.com'),
          h('authorization', S('Bearer ' + jwt, 'jwt', ['har', 'authorization-header'])),
          h('cookie', S(`_ga=${ga}; sid=${sess}`, 'session-cookie', ['har', 'cookie-header'])),
          h('if-none-match', N(`W/"${str(2, HEX)}-${str(27, B64URL)}"`, 'etag')),
          h('traceparent', N(`00-${str(32, HEX)}-${str(16, HEX)}-01`, 'trace-id')),
        ],
        queryString: [{ name: 'limit', value: '50' }],
        cookies: [{ name: '_ga', value: N(ga, 'analytics-cookie') }, { name: 'sid', value: S(sess, 'session-cookie', ['har']) }],
        headersSize: -1, bodySize: 0,
      },
      response: {
        status: 200, statusText: '', httpVersion: 'HTTP/2',
        headers: [h('content-type', 'application/json'), h('x-request-id', N(neg.uuid(), 'request-id')), h('cf-ray', N(str(16, HEX) + '-FRA', 'trace-id'))],
        cookies: [], content: { size: 2048, mimeType: 'application/json', comment: 'body omitted by exporter' },
        redirectURL: '', headersSize: -1, bodySize: 2048,
      },
      cache: {}, timings: timings(), serverIPAddress: '203.0.113.24', connection: '443',
    };
    d.json({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' },
      pages: [{ startedDateTime: '2024-04-18T09:14:01.950Z', id: 'page_1', title: 'https://app.example.com/login', pageTimings: { onContentLoad: 412.3, onLoad: 980.1 } }],
      entries: [entry1, entry2] } });
    docs.push(d);
  }

  // 2. HAR test fixture whose session values are expired / cleared (negatives only)
  {
    const d = new Doc('test/fixtures/har/expired-session-redirect.har', { json: true });
    d.json({ log: { version: '1.2', creator: { name: 'har-fixture-builder', version: '0.3.1' },
      comment: 'Test fixture: session below expired 2019-01-01 and was never valid outside the test server.',
      entries: [{
        startedDateTime: '2019-01-01T00:00:00.000Z', time: 12,
        comment: 'expired fixture session -> expect 302 to /login',
        request: {
          method: 'GET', url: 'http://localhost:3000/dashboard', httpVersion: 'HTTP/1.1',
          headers: [h('Host', 'localhost:3000'), h('Cookie', N('session=fixture-expired-session-0000000000000001', 'expired-test-fixture'))],
          cookies: [{ name: 'session', value: N('fixture-expired-session-0000000000000001', 'expired-test-fixture'), expires: '2019-01-01T00:00:00.000Z' }],
          queryString: [], headersSize: -1, bodySize: 0,
        },
        response: {
          status: 302, statusText: 'Found', httpVersion: 'HTTP/1.1',
          headers: [
            h('Location', '/login?next=%2Fdashboard'),
            h('Set-Cookie', N('session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly', 'cleared-cookie')),
            h('X-Request-Id', N(neg.uuid(), 'request-id')),
            h('Authorization', N('Bearer <redacted>', 'redacted')),
          ],
          cookies: [{ name: 'session', value: '', expires: '1970-01-01T00:00:00.000Z' }],
          content: { size: 0, mimeType: 'text/html' }, redirectURL: '/login?next=%2Fdashboard', headersSize: -1, bodySize: 0,
        },
        cache: {}, timings: timings(),
      }] } });
    docs.push(d);
  }

  // 3. Postman environment export
  {
    const d = new Doc('postman/Payments-Staging.postman_environment.json', { json: true });
    const v = (key, value, type = 'default') => ({ key, value, type, enabled: true });
    d.json({
      id: N(neg.uuid(), 'uuid'),
      name: 'Payments Staging',
      values: [
        v('base_url', 'https://payments-staging.example.net'),
        v('client_id', N('payments-staging-' + str(8, HEX), 'client-id')),
        v('client_secret', S(reg(str(48, ALNUM)), 'oauth-client-secret', ['postman']), 'secret'),
        v('access_token', S(tok.jwt('svc-postman'), 'jwt', ['postman']), 'secret'),
        v('stripe_key', S(tok.stripeLong(), 'stripe-secret-key', ['postman']), 'secret'),
        v('merchant_id', N('mch_' + str(14, ALNUM), 'merchant-id')),
        v('webhook_url', N('{{base_url}}/hooks/stripe', 'template-reference')),
        v('admin_password', N('{{vault:payments-admin-password}}', 'template-reference'), 'secret'),
        v('last_request_id', N(neg.uuid(), 'request-id')),
      ],
      _postman_variable_scope: 'environment',
      _postman_exported_at: '2024-05-07T11:22:09.634Z',
      _postman_exported_using: 'Postman/10.24.25',
    });
    docs.push(d);
  }

  // 4. Insomnia v4 export
  {
    const d = new Doc('api-workspace/Insomnia_2024-05-20.json', { json: true });
    const wrk = 'wrk_' + str(32, HEX);
    const basicPw = password('any').replace(/["\\]/g, '');
    reg(basicPw);
    d.json({
      _type: 'export', __export_format: 4, __export_date: '2024-05-20T14:03:11.981Z', __export_source: 'insomnia.desktop.app:v2023.5.8',
      resources: [
        { _id: N(wrk, 'resource-id'), parentId: null, modified: 1716213791000, created: 1701100000000, name: 'Inventory API', description: '', scope: 'collection', _type: 'workspace' },
        { _id: N('env_' + str(32, HEX), 'resource-id'), parentId: N(wrk, 'resource-id'), name: 'Base Environment',
          data: {
            host: 'https://inventory.internal.example.com',
            token: S(tok.ghFine(), 'github-pat', ['insomnia']),
            datadog_api_key: S(tok.hex32(), 'datadog-api-key', ['insomnia']),
            datadog_app_key_ref: N('{{ _.vault.datadog_app_key }}', 'template-reference'),
          },
          dataPropertyOrder: { '&': ['host', 'token', 'datadog_api_key', 'datadog_app_key_ref'] }, color: null, isPrivate: false, _type: 'environment' },
        { _id: N('req_' + str(32, HEX), 'resource-id'), parentId: N(wrk, 'resource-id'), url: '{{ _.host }}/v1/items', name: 'List items', method: 'GET', body: {}, parameters: [],
          headers: [{ name: 'Accept', value: 'application/json' }],
          authentication: { type: 'bearer', token: N('{{ _.token }}', 'template-reference'), prefix: '' }, _type: 'request' },
        { _id: N('req_' + str(32, HEX), 'resource-id'), parentId: N(wrk, 'resource-id'), url: 'https://legacy-inventory.example.com/soap', name: 'Legacy stock sync', method: 'POST',
          body: { mimeType: 'application/xml', text: '<SyncRequest/>' }, parameters: [], headers: [],
          authentication: { type: 'basic', useISO88591: false, disabled: false, username: 'sync-bot', password: S(basicPw, 'password', ['insomnia', 'basic-auth']) }, _type: 'request' },
        { _id: N('req_' + str(32, HEX), 'resource-id'), parentId: N(wrk, 'resource-id'), url: 'https://api.example.com/v1/webhooks', name: 'Create webhook', method: 'POST',
          body: { mimeType: 'application/json', text: '{"url": "https://example.com/hook"}' }, parameters: [],
          headers: [{ name: 'X-Api-Key', value: S(tok.sendgrid(), 'sendgrid-api-key', ['insomnia']) }, { name: 'Idempotency-Key', value: N(neg.uuid(), 'idempotency-key') }],
          authentication: {}, _type: 'request' },
      ],
    });
    docs.push(d);
  }
  return docs;
}
