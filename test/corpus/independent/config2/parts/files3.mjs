import { build, S, N } from './builder.mjs';
import { tok, pw, upw, hex, alnum, digits, uuid, pem, b64, rs, AN } from './rng.mjs';
const DOM = 'internal.acme-corp.net';

export function files3() {
  const out = [];
  out.push(build('services/billing/src/main/resources/application-prod.yml', [
    'server:\n  port: 8080\n  servlet:\n    context-path: /api\n\nspring:\n  datasource:\n    url: jdbc:postgresql://pg-primary.' + DOM + ':5432/billing\n    username: billing_app',
    N('    password: ${DB_PASSWORD}', 'reference'),
    '    hikari:\n      maximum-pool-size: 20\n  rabbitmq:\n    host: rabbitmq.' + DOM + '\n    port: 5672\n    username: billing',
    S(`    password: "${pw()}"`, 'password', 'spring'),
    '  mail:\n    host: smtp.sendgrid.net\n    port: 587\n    username: apikey',
    S(`    password: ${tok.sendgrid()}`, 'sendgrid-key', 'spring'),
    '  security:\n    oauth2:\n      client:\n        registration:\n          okta:',
    N(`            client-id: 0oa${alnum(17)}`, 'id'),
    N('            client-secret: ${OKTA_CLIENT_SECRET}', 'reference'),
    '            scope: openid,profile,email\n\njwt:\n  public-key-location: classpath:keys/jwt-public.pem',
    N('  secret: ${JWT_SECRET:}', 'reference'),
    '\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info,prometheus\n\nlogging:\n  level:\n    root: INFO\n    com.acme.billing: INFO',
  ]));

  out.push(build('services/billing-api/appsettings.Production.json', [
    '{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Information",\n      "Microsoft.AspNetCore": "Warning"\n    }\n  },\n  "AllowedHosts": "*",\n  "ConnectionStrings": {',
    S(`    "BillingDb": "Server=sql-prod.${DOM},1433;Database=Billing;User Id=billing_app;Password=${upw()};Encrypt=True;",`, 'connection-string', 'json'),
    N(`    "ReportingDb": "Server=sql-prod.${DOM},1433;Database=Reporting;Integrated Security=True;Encrypt=True;",`, 'no-credentials'),
    S(`    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmebillingprod;AccountKey=${tok.azureKey()};EndpointSuffix=core.windows.net",`, 'azure-storage-key', 'json'),
    N(`    "Redis": "redis-prod.${DOM}:6380,ssl=True,abortConnect=False"`, 'no-credentials'),
    '  },\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",',
    N(`    "TenantId": "${uuid()}",`, 'id'),
    N(`    "ClientId": "${uuid()}",`, 'id'),
    N('    "ClientSecret": "#{AzureAdClientSecret}#"', 'reference'),
    '  },\n  "Stripe": {',
    N('    "SecretKey": "",', 'empty'),
    N(`    "PublishableKey": "${tok.stripePub()}"`, 'public-key'),
    '  },\n  "Invoices": {\n    "PdfRendererUrl": "http://pdf-renderer.billing.svc:8080",\n    "RetentionDays": 3650\n  }\n}',
  ]));

  out.push(build('portal/settings/prod.py', [
    'from .base import *  # noqa: F401,F403\nimport os\n\nDEBUG = False\nALLOWED_HOSTS = ["portal.acme-corp.com", "admin.acme-corp.com"]\n',
    S(`SECRET_KEY = '${tok.django()}'`, 'django-secret-key', 'python'),
    '\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "portal",\n        "USER": "portal_app",',
    N('        "PASSWORD": os.environ["DB_PASSWORD"],', 'reference'),
    `        "HOST": "pg-primary.${DOM}",\n        "PORT": "5432",\n    }\n}\n\nCACHES = {\n    "default": {\n        "BACKEND": "django.core.cache.backends.redis.RedisCache",`,
    N('        "LOCATION": os.environ.get("REDIS_URL", "redis://localhost:6379/1"),', 'reference'),
    '    }\n}\n\nEMAIL_HOST = "smtp.mailgun.org"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = "postmaster@mg.acme-corp.com"',
    S(`EMAIL_HOST_PASSWORD = "${pw()}"`, 'password', 'python'),
    'EMAIL_USE_TLS = True\n',
    N('PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]', 'keyword-only'),
    N("# e.g. SENTRY_DSN = 'https://<key>@o0.ingest.sentry.io/<project>'", 'example-comment'),
    'SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True',
  ]));

  out.push(build('storefront/config/credentials/production.yml', [
    '# Decrypted view of config/credentials/production.yml.enc (exported for migration)',
    S(`secret_key_base: ${tok.railsBase()}`, 'rails-secret-key-base', 'rails'),
    '\naws:',
    S(`  access_key_id: ${tok.awsId()}`, 'aws-access-key', 'rails'),
    S(`  secret_access_key: ${tok.awsSecret()}`, 'aws-secret-key', 'rails'),
    '  region: us-east-1\n  bucket: acme-storefront-uploads\n\ngithub_app:',
    N(`  app_id: ${digits(6)}`, 'id'),
    N(`  client_id: Iv1.${hex(16)}`, 'id'),
    '  private_key: |',
    S(pem('RSA PRIVATE KEY', 14, '    '), 'private-key', 'rails'),
    '\nsmtp:\n  user_name: storefront',
    N('  password: <%= ENV["SMTP_PASSWORD"] %>', 'reference'),
    N(`  webhook_signing_key_id: ${uuid()}`, 'uuid'),
  ]));

  const basic = b64('reports-proxy:' + upw());
  out.push(build('infra/nginx/conf.d/orders.conf', [
    'upstream orders_api {\n    server 10.0.3.11:8080 max_fails=3;\n    server 10.0.3.12:8080 max_fails=3;\n    keepalive 32;\n}\n\nserver {\n    listen 443 ssl http2;\n    server_name api.acme-corp.com;\n    ssl_certificate     /etc/nginx/tls/api.crt;\n    ssl_certificate_key /etc/nginx/tls/api.key;',
    N('    ssl_password_file   /etc/nginx/tls/passphrase.txt;', 'file-reference'),
    '\n    location / {\n        proxy_pass http://orders_api;',
    N('        proxy_set_header X-Request-Id $request_id;', 'reference'),
    N('        proxy_set_header Authorization $http_authorization;', 'reference'),
    '    }\n\n    location /internal/reports/ {\n        proxy_pass http://reporting.' + DOM + ':9000/;',
    S(`        proxy_set_header Authorization "Basic ${basic}";`, 'basic-auth', 'nginx'),
    '    }\n\n    location /grafana/ {\n        auth_basic "restricted";',
    N('        auth_basic_user_file /etc/nginx/.htpasswd;', 'file-reference'),
    '        proxy_pass http://grafana.' + DOM + ':3000/;\n    }\n\n    location /metrics {\n        allow 10.0.0.0/8;\n        deny all;\n    }\n}',
  ]));

  out.push(build('infra/caddy/Caddyfile', [
    '{\n\temail ops@acme-corp.com',
    N('\tacme_dns cloudflare {env.CF_API_TOKEN}', 'reference'),
    '}\n\nstatus.acme-corp.com {\n\treverse_proxy uptime-kuma:3001\n}\n\nadmin.acme-corp.com {\n\tbasicauth /* {',
    N(`\t\tadmin ${tok.bcrypt()}`, 'hash'),
    N(`\t\tops ${tok.bcrypt()}`, 'hash'),
    '\t}\n\treverse_proxy admin:8000\n}\n\nhooks.acme-corp.com {\n\treverse_proxy hooks:9000 {',
    S(`\t\theader_up X-Hook-Token "${alnum(48)}"`, 'generic-token', 'caddy'),
    '\t}\n}\n\nlegacy.acme-corp.com {\n\ttls {',
    S(`\t\tdns cloudflare ${tok.cf()}`, 'cloudflare-token', 'caddy'),
    '\t}\n\treverse_proxy legacy:8080\n}',
  ]));

  out.push(build('infra/traefik/dynamic.yml', [
    'http:\n  routers:\n    dashboard:\n      rule: Host(`traefik.acme-corp.com`)\n      service: api@internal\n      middlewares:\n        - dashboard-auth\n    partner:\n      rule: Host(`partner.acme-corp.com`)\n      service: partner-gw\n      middlewares:\n        - partner-headers\n        - sso\n\n  middlewares:\n    dashboard-auth:\n      basicAuth:\n        users:',
    N(`          - "admin:${tok.apr1()}"`, 'hash'),
    N('        usersFile: /etc/traefik/users.htpasswd', 'file-reference'),
    '    partner-headers:\n      headers:\n        customRequestHeaders:',
    S(`          X-Partner-Key: "${alnum(40)}"`, 'generic-api-key', 'traefik'),
    '    sso:\n      forwardAuth:',
    S(`        address: "https://auth.${DOM}/verify?access_token=${alnum(32)}"`, 'token-in-url', 'traefik'),
    '        trustForwardHeader: true\n\n  services:\n    partner-gw:\n      loadBalancer:\n        servers:\n          - url: http://partner-gw:8080\n\ntls:\n  certificates:\n    - certFile: /etc/traefik/certs/acme-corp.crt\n      keyFile: /etc/traefik/certs/acme-corp.key',
  ]));

  out.push(build('infra/kong/kong.yml', [
    '_format_version: "3.0"\n_transform: true\n\nservices:\n  - name: orders-api\n    url: http://orders-api.orders.svc:8080\n    routes:\n      - name: orders\n        paths: [/orders]\n    plugins:\n      - name: rate-limiting\n        config:\n          minute: 600\n          policy: redis\n          redis_host: redis.' + DOM,
    N('          redis_password: "{vault://env/redis-password}"', 'reference'),
    '      - name: key-auth\n        config:\n          key_names: [apikey]\n          hide_credentials: true\n  - name: partner-proxy\n    url: https://api.partner-logistics.com/v2\n    plugins:\n      - name: request-transformer\n        config:\n          add:\n            headers:',
    S(`              - "Authorization:Bearer ${alnum(48)}"`, 'bearer-token', 'kong'),
    '\nconsumers:\n  - username: mobile-app\n    keyauth_credentials:',
    S(`      - key: ${alnum(32)}`, 'api-key', 'kong'),
    '  - username: internal-dashboard\n    basicauth_credentials:\n      - username: dashboard',
    N('        password: "{vault://hcv/kong/dashboard-password}"', 'reference'),
  ]));

  out.push(build('infra/fluentd/fluent.conf', [
    '<source>\n  @type forward\n  port 24224\n  bind 0.0.0.0\n</source>\n\n<match app.orders.**>\n  @type s3',
    S(`  aws_key_id ${tok.awsId()}`, 'aws-access-key', 'fluentd'),
    S(`  aws_sec_key ${tok.awsSecret()}`, 'aws-secret-key', 'fluentd'),
    '  s3_bucket acme-logs-prod\n  s3_region eu-west-1\n  path logs/orders/%Y/%m/%d/\n  <buffer time>\n    timekey 3600\n  </buffer>\n</match>\n\n<match app.**>\n  @type elasticsearch\n  host es.logging.' + DOM + '\n  port 9243\n  scheme https\n  user fluentd_writer',
    S(`  password ${upw()}`, 'password', 'fluentd'),
    '  ssl_verify true\n  ca_file /etc/fluent/ca.pem\n</match>\n\n<match audit.**>\n  @type datadog',
    N(`  api_key "#{ENV['DD_API_KEY']}"`, 'reference'),
    '  dd_source audit\n</match>\n\n<match infra.**>\n  @type cloudwatch_logs',
    N(`  aws_key_id "#{ENV['AWS_ACCESS_KEY_ID']}"`, 'reference'),
    N(`  aws_sec_key "#{ENV['AWS_SECRET_ACCESS_KEY']}"`, 'reference'),
    '  log_group_name /acme/infra\n  auto_create_stream true\n</match>',
  ]));

  out.push(build('.npmrc', [
    '# npm config for CI runners and local dev\n# Scoped registries: @acme -> GitHub Packages, @acme-internal -> Nexus\nregistry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com/',
    S(`//npm.pkg.github.com/:_authToken=${tok.ghp()}`, 'github-token', 'npmrc'),
    N('//registry.npmjs.org/:_authToken=${NPM_TOKEN}', 'reference'),
    '@acme-internal:registry=https://nexus.acme-corp.net/repository/npm-internal/',
    S(`//nexus.acme-corp.net/repository/npm-internal/:_auth=${b64('ci-npm:' + upw())}`, 'basic-auth', 'npmrc'),
    '//nexus.acme-corp.net/repository/npm-internal/:always-auth=true\n',
    N('# example: //registry.npmjs.org/:_authToken=' + 'np' + 'm_' + 'X'.repeat(36), 'example-comment'),
    '\nsave-exact=true\nengine-strict=true\nfund=false\naudit-level=high\nprefer-offline=true\nprogress=false\nloglevel=warn\nupdate-notifier=false',
  ]));

  out.push(build('.pypirc', [
    '# Publishing config for acme python packages\n[distutils]\nindex-servers =\n    pypi\n    testpypi\n    acme-internal\n\n[pypi]\nrepository = https://upload.pypi.org/legacy/\nusername = __token__',
    S(`password = ${tok.pypi()}`, 'pypi-token', 'pypirc'),
    '\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__',
    N('password = <your-testpypi-token>', 'placeholder'),
    '\n[acme-internal]\nrepository = https://nexus.acme-corp.net/repository/pypi-internal/\nusername = ci-publisher',
    S(`password = ${upw()}`, 'password', 'pypirc'),
  ]));
  return out;
}
