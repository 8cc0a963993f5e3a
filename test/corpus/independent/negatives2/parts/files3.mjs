// i18n, ids, docs, logs, env files, app code/config, hashes, CI.
import { add, N, P, T, ri, pick, hex, alnum, lower, b64, b64u, bytes, sha, uuid, ulid, snowflake, urlsafe, chars, digits, UP, LO, DG, AN } from './lib.mjs';

export function i18n() {
  const L = {
    en: ['Password', 'Forgot your password?', 'Your session token has expired. Please sign in again.', 'API key', 'Generate a new API key', 'Secret'],
    de: ['Passwort', 'Passwort vergessen?', 'Ihr Sitzungstoken ist abgelaufen. Bitte melden Sie sich erneut an.', 'API-Schlüssel', 'Neuen API-Schlüssel erzeugen', 'Geheimnis'],
    fr: ['Mot de passe', 'Mot de passe oublié ?', 'Votre jeton de session a expiré. Veuillez vous reconnecter.', 'Clé API', 'Générer une nouvelle clé API', 'Secret'],
    es: ['Contraseña', '¿Olvidaste tu contraseña?', 'Tu token de sesión ha caducado. Inicia sesión de nuevo.', 'Clave de API', 'Generar una nueva clave de API', 'Secreto'],
    ja: ['パスワード', 'パスワードをお忘れですか？', 'セッショントークンの有効期限が切れました。再度ログインしてください。', 'APIキー', '新しいAPIキーを生成', 'シークレット'],
    'pt-BR': ['Senha', 'Esqueceu sua senha?', 'Seu token de sessão expirou. Entre novamente.', 'Chave de API', 'Gerar nova chave de API', 'Segredo'],
  };
  for (const [lang, t] of Object.entries(L)) {
    const o = { auth: { password: t[0], forgot_password: t[1], token_expired: t[2], password_placeholder: '••••••••' }, settings: { api_key: t[3], generate_api_key: t[4], client_secret: t[5], secret_key_hint: 'sk' + '_li' + 've_…' + '{{last4}}' } };
    add(`src/locales/${lang}.json`, JSON.stringify(o, null, 2), [N('"password":', ['i18n']), N('"token_expired"', ['i18n']), N('"api_key"', ['i18n']), N('"password_placeholder"', ['i18n']), N('"secret_key_hint"', ['i18n', 'masked'])]);
  }
}

export function ids() {
  const acct = digits(12);
  const rows = Array.from({ length: 4 }, () => ({ id: uuid(), ulid: ulid(), discord_message_id: snowflake(), stripe_customer: 'cus_' + alnum(14), payment_intent: 'pi_3' + alnum(23), charge: 'ch_3' + alnum(23), commit: hex(40), image: 'sha256:' + hex(64), role_arn: `arn:aws:iam::${acct}:role/orders-worker`, s3: `arn:aws:s3:::acme-orders-${acct}/exports/${ulid().toLowerCase()}.csv` }));
  const m = [];
  rows.forEach((r, i) => { if (i < 2) m.push(N(r.stripe_customer, ['stripe-id']), N(r.payment_intent, ['stripe-id']), N(r.charge, ['stripe-id']), N(r.commit, ['git-sha']), N(r.image, ['docker-digest'])); m.push(N(r.ulid + '"', ['ulid'])); if (i === 0) m.push(N(r.id, ['uuid']), N(r.discord_message_id, ['snowflake'])); });
  m.push(N(`"role_arn": "arn:aws:iam::${acct}:role/orders-worker"`, ['aws-arn'], { all: true }));
  add('tests/fixtures/orders.json', JSON.stringify({ account_id: acct, orders: rows }, null, 2), m);
}

export function docs() {
  const ex = 'AK' + 'IA' + 'IOSFODNN7' + 'EXAMPLE', exs = 'wJalrXU' + 'tnFEMI/' + 'K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY';
  const gx = 'gh' + 'p_' + 'X'.repeat(36), sx = 'sk' + '_li' + 've_' + 'YOUR_KEY_HERE', xb = 'xo' + 'xb-' + '0'.repeat(12) + '-' + '0'.repeat(13) + '-' + 'x'.repeat(24);
  const md = `# Credentials handling\n\n## Token formats we accept\n\n| Provider | Shape | Example (not real) |\n|---|---|---|\n| GitHub PAT | \`${'gh' + 'p_'}\` + 36 base62 chars (last 6 are a CRC32 checksum) | \`${gx}\` |\n| Stripe secret | \`${'sk' + '_li' + 've_'}\` + up to 99 chars | \`${sx}\` |\n| Slack bot | \`${'xo' + 'xb-'}\`{team}-{bot}-{24 chars} | \`${xb}\` |\n| AWS access key | \`${'AK' + 'IA'}\` + 16 chars of [A-Z2-7] | \`${ex}\` |\n\nThe AWS documentation pair below is used in our unit tests only:\n\n\`\`\`ini\n[default]\naws_access_key_id = ${ex}\naws_secret_access_key = ${exs}\n\`\`\`\n\nRegex used by the pre-commit hook: \`^${'gh' + 'p_'}[A-Za-z0-9]{36}$\`\n\n## Password policy\n\n- Minimum length: 12, maximum 128; checked against the HIBP k-anonymity API.\n- Validation regex: \`^(?=.*[A-Z])(?=.*[a-z])(?=.*\\d).{12,128}$\`\n- Stored as \`argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>\`.\n- \`password_reset_token_ttl: 3600\` (seconds)\n- Never log \`Authorization\` headers; the logger replaces them with \`Bearer ***\`.\n`;
  add('docs/security/credentials.md', md, [N(gx, ['placeholder']), N(sx, ['placeholder']), N(xb, ['placeholder']), N('| AWS access key', ['aws-doc-example']), N('aws_access_key_id = ' + ex, ['aws-doc-example']), N(exs, ['aws-doc-example']), N('Regex used by the pre-commit hook', ['regex']), N('Validation regex', ['regex']), N('Stored as `argon2id', ['format-doc']), N('password_reset_token_ttl', ['config']), N('Bearer ***', ['redacted'])]);

  const envx = `# Copy to .env and fill in real values. Never commit .env\nAPP_ENV=development\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSTRIPE_SECRET_KEY=${sx}\nSTRIPE_PUBLISHABLE_KEY=${'pk' + '_li' + 've_...'}\nGITHUB_TOKEN=${gx}\nAWS_ACCESS_KEY_ID=${ex}\nAWS_SECRET_ACCESS_KEY=${exs}\nSLACK_BOT_TOKEN=${'xo' + 'xb-'}your-bot-token\nOPENAI_API_KEY=<your-openai-key>\nJWT_SECRET=change-me\nSENDGRID_API_KEY=\n`;
  add('.env.example', envx, [N('DATABASE_URL=postgres://user:password@localhost', ['placeholder']), N('STRIPE_SECRET_KEY=', ['placeholder']), N('STRIPE_PUBLISHABLE_KEY', ['placeholder']), N('GITHUB_TOKEN=', ['placeholder']), N('AWS_ACCESS_KEY_ID=', ['aws-doc-example']), N('AWS_SECRET_ACCESS_KEY=', ['aws-doc-example']), N('SLACK_BOT_TOKEN=', ['placeholder']), N('OPENAI_API_KEY=', ['placeholder']), N('JWT_SECRET=change-me', ['placeholder']), N('SENDGRID_API_KEY=', ['empty'])]);

  const gl = T.gitlab(), tw = T.twilioTok(), sid = T.twilioSid();
  const envs = `APP_ENV=staging\nSENTRY_RELEASE=${hex(40)}\nGITLAB_TOKEN=${gl}\nTWILIO_ACCOUNT_SID=${sid}\nTWILIO_AUTH_TOKEN=${tw}\nFEATURE_FLAGS_CACHE_KEY=ff-${hex(16)}\nREQUEST_ID_SALT_HASH=${sha('sha256', 'salt')}\n`;
  add('config/.env.staging', envs, [N('SENTRY_RELEASE', ['git-sha']), N('TWILIO_ACCOUNT_SID', ['identifier']), N('FEATURE_FLAGS_CACHE_KEY', ['cache-key']), P(gl, 'gitlab-token', ['dotenv']), P(tw, 'twilio-auth-token', ['dotenv'])]);
}

export function logs() {
  const ghs = T.ghs(), xo = T.xoxb();
  const ci = [
    `2024-06-11T09:02:11.481Z ##[group]Run actions/checkout@${hex(40)}`,
    `2024-06-11T09:02:11.482Z   token: ***`,
    `2024-06-11T09:02:12.033Z [command]/usr/bin/git config --local http.https://github.com/.extraheader AUTHORIZATION: basic ***`,
    `2024-06-11T09:02:14.210Z npm notice Publishing to https://registry.npmjs.org/ with tag latest and default access`,
    `2024-06-11T09:02:15.118Z //registry.npmjs.org/:_authToken=\${NODE_AUTH_TOKEN}`,
    `2024-06-11T09:03:40.771Z + git clone https://x-access-token:${ghs}@github.com/acme/deploy-config.git`,
    `2024-06-11T09:03:41.002Z Cloning into 'deploy-config'... HEAD is now at ${hex(7)}`,
    `2024-06-11T09:03:45.530Z cache key: node-modules-Linux-${sha('sha256', 'lock')}`,
    `2024-06-11T09:03:46.002Z docker push ghcr.io/acme/payments-api@sha256:${hex(64)}`,
  ];
  add('logs/ci-build-8812.log', ci.join('\n'), [N('token: ***', ['redacted']), N('AUTHORIZATION: basic ***', ['redacted']), N('_authToken=${NODE_AUTH_TOKEN}', ['interpolation']), N('Run actions/checkout@', ['git-sha']), N('cache key:', ['cache-key']), N('docker push', ['docker-digest']), P(ghs, 'github-token', ['ci-log'])]);

  const lines = [];
  const mk = [];
  const push = (s, m) => { lines.push(s); if (m) mk.push(m); };
  for (let i = 0; i < 3; i++) { const r = uuid(); push(`2024-06-11 10:1${i}:0${i} INFO  req_id=${r} trace_id=${hex(32)} span_id=${hex(16)} POST /v1/login user=u_${alnum(10)} password=******** status=200`, N(r, ['redacted', 'trace-id'])); }
  push(`2024-06-11 10:14:22 DEBUG outgoing request headers={"Authorization": "Bearer ***", "X-Api-Key": "[REDACTED]"}`, N('"Bearer ***"', ['redacted']));
  push(`2024-06-11 10:14:23 DEBUG callback url=https://api.example.com/oauth/cb?code=[REDACTED]&state=${hex(16)}&token=[REDACTED]`, N('token=[REDACTED]', ['redacted']));
  push(`2024-06-11 10:14:25 INFO  stripe key loaded: ${'sk' + '_li' + 've_'}****************${alnum(4)}`, N('stripe key loaded', ['masked']));
  push(`2024-06-11 10:14:27 INFO  session created sid=${b64u(24)} expires_in=3600`, N('session created sid=', ['session-id']));
  push(`2024-06-11 10:15:02 ERROR slack notify failed: invalid_auth token=${xo} channel=C${chars(UP + DG, 10)}`, P(xo, 'slack-bot-token', ['app-log']));
  push(`2024-06-11 10:15:03 WARN  retrying with token=<redacted> attempt=2`, N('token=<redacted>', ['redacted']));
  push(`2024-06-11 10:15:09 INFO  db connect postgres://payments:****@payments-db:5432/payments ok`, N('postgres://payments:****@', ['redacted']));
  add('logs/app-2024-06-11.log', lines.join('\n'), mk);
}

export function appcode() {
  const sk = T.skLive(), pk = T.pkLive();
  const test = `import stripe\nimport pytest\n\nfrom payments.charges import create_charge\n\n# publishable key is safe to ship to browsers\nPUBLISHABLE_KEY = "${pk}"\n\n\n@pytest.fixture(autouse=True)\ndef stripe_key(monkeypatch):\n    # FIXME: temporarily using prod key to debug webhook replay, revert!\n    stripe.api_key = "${sk}"\n\n\ndef test_charge_uses_customer():\n    charge = create_charge(customer="cus_${alnum(14)}", amount=1999, source="tok_visa")\n    assert charge.id.startswith("ch_")\n    assert charge.payment_intent == "pi_3${alnum(23)}"\n`;
  add('backend/tests/test_payments.py', test, [N(pk, ['stripe-publishable']), N('customer="cus_', ['stripe-id']), N('assert charge.payment_intent', ['stripe-id']), P(sk, 'stripe-secret-key', ['test-file'])]);

  const salt = () => chars(AN + './', 22);
  const bc = '$2b$12$' + chars(AN + './', 53), a2 = `$argon2id$v=19$m=65536,t=3,p=4$${b64(16).replace(/=+$/, '')}$${b64(32).replace(/=+$/, '')}`;
  const dj = `pbkdf2_sha256$720000$${alnum(22)}$${b64(32)}`, wz = `scrypt:32768:8:1$${alnum(16)}$${hex(128)}`, wz2 = `pbkdf2:sha256:600000$${alnum(16)}$${hex(64)}`, sc = `$scrypt$ln=16,r=8,p=1$${b64(16).replace(/=+$/, '')}$${b64(32).replace(/=+$/, '')}`;
  const users = [{ username: 'alice', password_hash: bc }, { username: 'bob', password_hash: a2 }, { username: 'carol', password_hash: dj }, { username: 'dave', password_hash: wz }, { username: 'erin', password_hash: wz2 }, { username: 'frank', password_hash: sc }];
  add('backend/tests/fixtures/users.json', JSON.stringify(users, null, 2), users.map((u) => N(u.password_hash, ['password-hash'])));
  const ht = [`admin:$apr1$${chars(AN, 8)}$${salt()}`, `deploy:$2y$10$${chars(AN + './', 53)}`, `metrics:{SHA}${b64(20)}`, `legacy:${chars(AN + './', 13)}`];
  add('deploy/nginx/.htpasswd', ht.join('\n'), ht.map((l) => N(l, ['password-hash'])));

  const npmt = T.npm(), pypi = T.pypi(), co = hex(40), se = hex(40);
  const wf = `name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${co} # v4.1.7\n      - uses: actions/setup-node@${se} # v4.0.2\n        with:\n          node-version: 20\n          registry-url: https://registry.npmjs.org\n      - uses: actions/cache@${hex(40)}\n        with:\n          path: ~/.npm\n          key: \${{ runner.os }}-node-\${{ hashFiles('**/package-lock.json') }}\n          restore-keys: \${{ runner.os }}-node-\n      - run: npm ci && npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n      - run: npm publish --workspace packages/legacy-sdk\n        env:\n          NODE_AUTH_TOKEN: ${npmt}\n      - run: python -m twine upload dist/*\n        env:\n          TWINE_USERNAME: __token__\n          TWINE_PASSWORD: ${pypi}\n      - run: echo "digest sha256:${hex(64)}" >> $GITHUB_STEP_SUMMARY\n`;
  add('.github/workflows/release.yml', wf, [N(co, ['git-sha', 'pinned-action']), N(se, ['git-sha', 'pinned-action']), N("hashFiles('**/package-lock.json')", ['cache-key']), N('${{ secrets.NPM_TOKEN }}', ['secrets-ref']), N('TWINE_USERNAME: __token__', ['username']), N('echo "digest sha256', ['docker-digest']), P(npmt, 'npm-token', ['ci']), P(pypi, 'pypi-token', ['ci'])]);

  const hook = T.slackHook(), gh = T.ghp(), dg = hex(64);
  const sh = `#!/usr/bin/env bash\nset -euo pipefail\n\n: "\${DEPLOY_TOKEN:?DEPLOY_TOKEN must be set}"\nIMAGE="ghcr.io/acme/payments-api@sha256:${dg}"\nGIT_SHA="$(git rev-parse HEAD)"\nSLACK_WEBHOOK="${hook}"\nexport GH_TOKEN="${gh}"\n\ncurl -fsS -H "Authorization: Bearer \${DEPLOY_TOKEN}" https://deploy.internal/api/v1/rollouts -d "{\\"image\\":\\"\${IMAGE}\\"}"\ngh release create "v\${VERSION}" --notes "deployed \${GIT_SHA}"\ncurl -fsS -X POST -H 'Content-type: application/json' --data "{\\"text\\":\\"deployed \${GIT_SHA}\\"}" "$SLACK_WEBHOOK"\n`;
  add('scripts/deploy.sh', sh, [N('DEPLOY_TOKEN:?', ['interpolation']), N(dg, ['docker-digest']), N('Authorization: Bearer ${DEPLOY_TOKEN}', ['interpolation']), P(hook, 'slack-webhook', ['script']), P(gh, 'github-pat', ['script'])]);

  const ep = T.password();
  const dj2 = `import os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDEBUG = False\n\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "payments",\n        "USER": "payments",\n        "PASSWORD": os.environ.get("DB_PASSWORD", ""),\n        "HOST": "payments-db",\n    }\n}\n\nPASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.Argon2PasswordHasher",\n    "django.contrib.auth.hashers.PBKDF2PasswordHasher",\n]\nAUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}}]\n\nEMAIL_HOST = "smtp.mailgun.org"\nEMAIL_HOST_USER = "postmaster@mg.acme-payments.com"\nEMAIL_HOST_PASSWORD = "${ep}"\nSESSION_COOKIE_NAME = "__Host-sessionid"\nCSRF_COOKIE_NAME = "__Host-csrftoken"\n`;
  add('backend/payments/settings/production.py', dj2, [N('SECRET_KEY = os.environ', ['env-ref']), N('"PASSWORD": os.environ.get', ['env-ref']), N('Argon2PasswordHasher', ['config']), N('MinimumLengthValidator', ['config']), N('CSRF_COOKIE_NAME', ['config']), P(ep, 'password', ['django-settings'])]);

  const rp = T.password();
  const props = `spring.datasource.url=jdbc:postgresql://payments-db:5432/payments\nspring.datasource.username=payments\nspring.datasource.password=\${DB_PASSWORD}\napp.jwt.secret=\${JWT_SECRET:}\napp.reporting.datasource.url=jdbc:mysql://reports.internal:3306/reports\napp.reporting.datasource.username=report_ro\napp.reporting.datasource.password=${rp}\nmanagement.endpoints.web.exposure.include=health,info\nspring.security.oauth2.client.registration.github.client-secret=\${GITHUB_CLIENT_SECRET}\n`;
  add('reports/src/main/resources/application.properties', props, [N('spring.datasource.password=${DB_PASSWORD}', ['interpolation']), N('app.jwt.secret=${JWT_SECRET:}', ['interpolation']), N('client-secret=${GITHUB_CLIENT_SECRET}', ['interpolation']), P(rp, 'password', ['spring'])]);

  const sg = T.sendgrid(), mp = T.urlpass(), pk2 = T.pkLive();
  const mongo = `mongodb+srv://svc_orders:${mp}@cluster0.${lower(5)}.mongodb.net/orders?retryWrites=true&w=majority`;
  const ts = `export const config = {\n  stripePublishableKey: "${pk2}",\n  stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? "",\n  jwtSecret: requireEnv("JWT_SECRET"),\n  sendgridApiKey: process.env.SENDGRID_API_KEY || "${sg}",\n  mongoUri: process.env.MONGO_URI ?? "${mongo}",\n  sessionCookie: "__Host-sid",\n  buildId: "${hex(40)}",\n};\n\nfunction requireEnv(name: string): string {\n  const v = process.env[name];\n  if (!v) throw new Error(\`missing \${name}\`);\n  return v;\n}\n`;
  add('src/server/config.ts', ts, [N(pk2, ['stripe-publishable']), N('process.env.STRIPE_SECRET_KEY ?? ""', ['env-ref']), N('requireEnv("JWT_SECRET")', ['env-ref']), N('buildId:', ['git-sha']), P(sg, 'sendgrid-api-key', ['fallback-default']), P(mongo, 'connection-string', ['fallback-default'], { value: mp })]);

  const gk = T.google(), tg = T.telegram(), dh = T.discordHook(), sp = T.shopify(), rk = T.rkLive(), an = T.anthropic();
  const py = `import os\n\nimport anthropic\nimport requests\n\nGOOGLE_MAPS_KEY = "${gk}"\nTELEGRAM_BOT_TOKEN = os.getenv("TELEGRAM_BOT_TOKEN", "${tg}")\nTELEGRAM_CHAT_ID = -100${digits(10)}\nDISCORD_APPLICATION_ID = "${snowflake()}"\nDISCORD_WEBHOOK = "${dh}"\nSHOPIFY_SHOP = "acme-outlet.myshopify.com"\nSHOPIFY_ADMIN_TOKEN = "${sp}"\nSTRIPE_RESTRICTED_KEY = "${rk}"\nSLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]\nOPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "<set-me>")\n\nclient = anthropic.Anthropic(api_key="${an}")\n\n\ndef geocode(addr: str) -> dict:\n    r = requests.get("https://maps.googleapis.com/maps/api/geocode/json", params={"address": addr, "key": GOOGLE_MAPS_KEY}, timeout=5)\n    r.raise_for_status()\n    return r.json()\n`;
  add('backend/payments/integrations.py', py, [N('TELEGRAM_CHAT_ID', ['identifier']), N('DISCORD_APPLICATION_ID', ['snowflake']), N('SLACK_SIGNING_SECRET = os.environ', ['env-ref']), N('"<set-me>"', ['placeholder']), P(gk, 'google-api-key', ['backend']), P(tg, 'telegram-bot-token', ['backend']), P(dh, 'discord-webhook', ['backend']), P(sp, 'shopify-token', ['backend']), P(rk, 'stripe-restricted-key', ['backend']), P(an, 'anthropic-api-key', ['backend'])]);

  const azk = T.azureKey(), acc = 'stprod' + lower(6);
  const azDev = ['Eby8vd', 'M02xNO', 'cqFlqU', 'wJPLlm', 'EtlCDX', 'J1OUzF', 'T50uSR', 'Z6IFsu', 'Fq2UVE', 'rCz4I6', 'tq/K1S', 'ZFPTOt', 'r/KBHB', 'eksoGM', 'Gw=='].join('') /* Azurite emulator's published dev key */;
  const appj = { Logging: { LogLevel: { Default: 'Information' } }, AzureAd: { Instance: 'https://login.microsoftonline.com/', TenantId: uuid(), ClientId: uuid() }, ConnectionStrings: { Emulator: 'UseDevelopmentStorage=true', Azurite: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${azDev};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`, Blob: `DefaultEndpointsProtocol=https;AccountName=${acc};AccountKey=${azk};EndpointSuffix=core.windows.net`, Sql: 'Server=tcp:sql-prod.database.windows.net,1433;Database=payments;Authentication=Active Directory Managed Identity;' } };
  add('dotnet/Payments.Api/appsettings.Development.json', JSON.stringify(appj, null, 2), [N('"TenantId"', ['identifier']), N('"ClientId"', ['identifier']), N('UseDevelopmentStorage=true', ['emulator']), N('devstoreaccount1;AccountKey=', ['emulator', 'well-known-dev-key']), N('Active Directory Managed Identity', ['managed-identity']), P(azk, 'azure-storage-key', ['connection-string'])]);
}
