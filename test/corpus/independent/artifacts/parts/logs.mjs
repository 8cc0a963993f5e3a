// Crash dumps, CI job logs, env output, docker inspect.
import { Doc, S, N, int, str, reg, HEX, ALNUM } from './core.mjs';
import { tok, password, neg } from './tokens.mjs';

export function logs() {
  const docs = [];
  // Python traceback with locals
  {
    const d = new Doc('crash-reports/worker-2024-05-11T03-12-44.txt');
    const pw = password('url');
    d.l('Traceback (most recent call last):',
      '  File "/app/worker/jobs.py", line 88, in run_export',
      '    engine = create_engine(settings.WAREHOUSE_DSN, pool_pre_ping=True)',
      '  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 617, in create_engine',
      '    dbapi_connection = dialect.connect(*cargs, **cparams)',
      'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "warehouse.internal" (10.30.1.7), port 5432 failed: FATAL:  password authentication failed for user "etl"',
      '(Background on this error at: https://sqlalche.me/e/20/e3q8)',
      '', 'Local variables (frame run_export):');
    d.s(`    dsn = 'postgresql+psycopg2://etl:${pw}@warehouse.internal:5432/warehouse'`, 'connection-string', ['crash-dump']);
    d.l("    job_name = 'nightly_export'");
    d.n(`    job_id = '${neg.uuid()}'`, 'uuid');
    d.n(`    settings.WAREHOUSE_PASSWORD_FILE = '/run/secrets/warehouse_pw'`, 'file-reference');
    d.s(`    settings.SENTRY_AUTH_TOKEN = '${'sntr' + 'yu_'}${tok.hex32()}${tok.hex32()}'`, 'sentry-token', ['crash-dump']);
    d.n(`    settings.BUILD_SHA = '${neg.sha1()}'`, 'commit-sha');
    d.l('', 'Thread 0x00007f3a2c1ff700 (most recent call first):', '  File "/usr/local/lib/python3.11/threading.py", line 320 in wait');
    d.n(`Build-Id: ${neg.sha1()}`, 'build-id');
    docs.push(d);
  }
  // Java stack trace from a service log
  {
    const d = new Doc('logs/inventory-service.2024-06-03.log');
    d.l('2024-06-03 07:41:12.338  INFO 1 --- [           main] c.e.inventory.InventoryApplication       : Starting InventoryApplication v3.8.2 using Java 17.0.11');
    d.n(`2024-06-03 07:41:12.902  INFO 1 --- [           main] o.s.b.StartupInfoLogger                  : Instance id ${neg.uuid()}`, 'uuid');
    d.l('2024-06-03 07:41:14.007 ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.');
    d.s(`java.sql.SQLException: Access denied for user 'inventory'@'10.12.0.44' (using password: YES) [url=jdbc:mysql://inventory-db:3306/inventory?user=inventory&password=${password('url')}&useSSL=true]`, 'connection-string', ['stack-trace', 'jdbc']);
    d.l('\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)',
      '\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:825)',
      '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)',
      '\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:1306)');
    d.l('2024-06-03 07:41:14.010  WARN 1 --- [           main] o.s.b.d.LoggingFailureAnalysisReporter   : ');
    d.n('spring.datasource.password=******', 'masked');
    d.s(`spring.rabbitmq.addresses=amqps://inventory:${password('url')}@mq.internal.example.com:5671/prod`, 'connection-string', ['stack-trace', 'amqp']);
    d.n(`Caused by: java.lang.IllegalStateException: lock 0x${str(12, HEX)} held by thread-17`, 'memory-address');
    d.l('2024-06-03 07:41:14.120  INFO 1 --- [           main] o.s.b.a.l.ConditionEvaluationReportLogger : Error starting ApplicationContext.');
    docs.push(d);
  }
  // GitHub Actions log
  {
    const d = new Doc('ci-logs/github-actions/release_4815.txt');
    const ts = () => `2024-05-22T10:0${int(0, 9)}:${String(int(10, 59))}.${str(7, '0123456789')}Z `;
    d.l(ts() + '##[group]Run actions/checkout@v4');
    d.n(ts() + `Download action repository 'actions/checkout@v4' (SHA:${neg.sha1()})`, 'commit-sha');
    d.l(ts() + '##[endgroup]', ts() + '##[group]Run npm publish');
    d.n(ts() + '  NODE_AUTH_TOKEN: ***', 'masked');
    d.n(ts() + '  GITHUB_TOKEN: ***', 'masked');
    d.l(ts() + '##[endgroup]');
    d.n(ts() + '+ echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN_FALLBACK}" >> .npmrc', 'env-reference');
    d.l(ts() + '++ cat .npmrc');
    d.s(ts() + `//registry.npmjs.org/:_authToken=${tok.npm()}`, 'npm-token', ['ci-log', 'unmasked']);
    d.n(ts() + `npm notice shasum:    ${neg.sha1()}`, 'checksum');
    d.n(ts() + `npm notice integrity: sha512-${str(86, ALNUM + '+/')}==`, 'checksum');
    d.l(ts() + '+ @acme/ui-kit@4.2.0');
    d.s(ts() + `Debug: using docker auth {"auths":{"ghcr.io":{"auth":"${reg(Buffer.from('ci-bot:' + tok.ghp()).toString('base64'))}"}}}`, 'docker-auth', ['ci-log', 'base64']);
    d.n(ts() + `Digest: sha256:${neg.sha256()}`, 'image-digest');
    d.l(ts() + 'Cleaning up orphan processes');
    docs.push(d);
  }
  // GitLab CI job log
  {
    const d = new Doc('ci-logs/gitlab/job_99120437.log');
    d.l('Running with gitlab-runner 16.11.0 (91a27b2a)', '  on shared-runner-7 x2Yz1Abc, system ID: s_0e1c2a3b4d5f');
    d.n(`Using docker image sha256:${neg.sha256()} for python:3.12-slim with digest python@sha256:${neg.sha256()} ...`, 'image-digest');
    d.l('Getting source from Git repository', 'Fetching changes with git depth set to 20...');
    d.n(`Checking out ${neg.short()} as detached HEAD (ref is main)...`, 'commit-sha');
    d.l('Executing "step_script" stage of the job script');
    d.n('$ echo "Using token $CI_JOB_TOKEN for registry"', 'env-reference');
    d.n('Using token [MASKED] for registry', 'masked');
    d.s(`$ curl --fail -H "PRIVATE-TOKEN: ${tok.glpat()}" "https://gitlab.example.com/api/v4/projects/412/releases"`, 'gitlab-pat', ['ci-log']);
    d.s(`$ twine upload -u __token__ -p ${'pyp' + 'i-'}AgEIcHlwaS5vcmcC${reg(str(120, ALNUM + '-_'))} dist/*`, 'pypi-token', ['ci-log']);
    d.l('Uploading distributions to https://upload.pypi.org/legacy/', 'Cleaning up project directory and file based variables', 'Job succeeded');
    docs.push(d);
  }
  // env output dump
  {
    const d = new Doc('debug/pod-orders-7f9c6-env.txt');
    d.l('HOSTNAME=orders-7f9c6d5b8-xk2pl', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NODE_VERSION=20.12.2', 'NODE_ENV=production');
    d.s(`DATABASE_URL=postgres://orders:${password('url')}@orders-db.prod.svc.cluster.local:5432/orders`, 'connection-string', ['env-dump']);
    d.s(`REDIS_URL=rediss://default:${password('url')}@orders-cache.prod.svc.cluster.local:6380/0`, 'connection-string', ['env-dump']);
    d.s(`SLACK_BOT_TOKEN=${tok.slackBot()}`, 'slack-token', ['env-dump']);
    d.n(`AWS_ROLE_ARN=arn:aws:iam::${neg.accountId()}:role/orders-irsa`, 'arn');
    d.l('AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token');
    d.n(`GIT_COMMIT=${neg.sha1()}`, 'commit-sha');
    d.n(`INVOCATION_ID=${str(32, HEX)}`, 'systemd-invocation-id');
    d.s(`JWT_SIGNING_SECRET=${reg(str(64, ALNUM))}`, 'generic-secret', ['env-dump']);
    d.n('SESSION_SECRET_FILE=/run/secrets/session_secret', 'file-reference');
    d.n('STRIPE_SECRET_KEY=', 'empty-value');
    d.l('KUBERNETES_SERVICE_HOST=172.20.0.1', 'KUBERNETES_SERVICE_PORT=443', 'HOME=/home/node', 'SHLVL=1', '_=/usr/bin/env');
    docs.push(d);
  }
  // docker inspect
  {
    const d = new Doc('debug/docker-inspect-billing-api.json', { json: true });
    const id = neg.sha256();
    d.json([{
      Id: N(id, 'container-id'),
      Created: '2024-05-29T08:14:55.412843061Z',
      Path: 'docker-entrypoint.sh',
      Args: ['node', 'dist/server.js', '--db-password', S(password('shell'), 'password', ['docker-inspect', 'argv'])],
      State: { Status: 'running', Running: true, Pid: int(2000, 40000), ExitCode: 0, StartedAt: '2024-05-29T08:14:56.01Z' },
      Image: N('sha256:' + neg.sha256(), 'image-digest'),
      ResolvConfPath: `/var/lib/docker/containers/${id}/resolv.conf`,
      Name: '/billing-api',
      Config: {
        Hostname: N(id.slice(0, 12), 'container-id'),
        User: 'node',
        Env: [
          S(`POSTGRES_PASSWORD=${password('shell')}`, 'password', ['docker-inspect', 'env']),
          S(`SENDGRID_API_KEY=${tok.sendgrid()}`, 'sendgrid-api-key', ['docker-inspect', 'env']),
          N('STRIPE_API_KEY_FILE=/run/secrets/stripe', 'file-reference'),
          'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
          'NODE_VERSION=20.12.2',
          'YARN_VERSION=1.22.19',
          N(`RELEASE_SHA=${neg.sha1()}`, 'commit-sha'),
        ],
        Image: 'registry.example.com/billing/api:2024.05.29',
        Labels: {
          'org.opencontainers.image.revision': N(neg.sha1(), 'commit-sha'),
          'org.opencontainers.image.source': 'https://github.com/acme/billing',
        },
      },
      NetworkSettings: {
        SandboxID: N(neg.sha256(), 'container-id'),
        Networks: { billing_default: { NetworkID: N(neg.sha256(), 'container-id'), EndpointID: N(neg.sha256(), 'container-id'), IPAddress: '172.19.0.5', MacAddress: '02:42:ac:13:00:05' } },
      },
    }]);
    docs.push(d);
  }
  return docs;
}
