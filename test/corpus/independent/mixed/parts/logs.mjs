// Log files: application logs, access logs, CI output
import { file, POS, NEG } from './builder.mjs';
import { tok, neg } from './tokens.mjs';
import { hex, uuid, int, pick, tick, iso, str, DIGITS, LOWER, pad2 } from './rng.mjs';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function clf(d) {
  return `${pad2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}
const ip = () => `10.${int(0, 3)}.${int(0, 255)}.${int(2, 254)}`;
const UA = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'python-requests/2.31.0',
  'acme-sync/1.8.2 (+https://acme.dev)',
  'kube-probe/1.29',
];

export function logs() {
  // ---------------------------------------------------------------- app.log
  {
    const f = file('var/log/ledgerline/app.log', 'log');
    const ts = () => iso(tick());
    f.l(`${ts()} INFO  server: ledgerline 2.4.0 listening on :8080 (pid ${int(1000, 9000)})`);
    f.l(`${ts()} INFO  db.pool: connected to db-prod-2.internal:5432/billing (pool=20)`);
    f.l(`${ts()} INFO  http: GET /healthz 200 1ms`);
    f.l(`${ts()} INFO  http: POST /v2/invoices 201 84ms request_id=${uuid()}`, NEG('id'));
    f.l(`${ts()} INFO  http: GET /v2/customers/cus_${str(LOWER + DIGITS, 14)} 200 22ms`, NEG('id'));
    f.l(`${ts()} DEBUG tracing: span started trace_id=${neg.traceId()} span_id=${neg.spanId()}`, NEG('id'));
    f.l(`${ts()} DEBUG github.client: outgoing request GET https://api.github.com/repos/acme/ledgerline/releases/latest headers={"Accept":"application/vnd.github+json","Authorization":"Bearer ${tok.githubPat()}"}`, POS('github-pat'));
    f.l(`${ts()} INFO  github.client: latest release v2.4.0`);
    f.l(`${ts()} DEBUG http: incoming headers {"authorization":"Bearer [REDACTED]","x-forwarded-for":"${ip()}"}`, NEG('safe-logging'));
    f.l(`${ts()} INFO  auth: login ok user_id=18422 mfa=true`);
    f.l(`${ts()} INFO  auth: login failed user_id=18511 reason=bad_password attempts=3`);
    f.l(`${ts()} WARN  db.pool: connection reset, retrying (1/5)`);
    f.l(`${ts()} ERROR db.pool: failed to connect: dial tcp 10.2.14.7:5432: i/o timeout url=postgres://billing_svc:${tok.password(18, true)}@db-prod-2.internal:5432/billing?sslmode=require`, POS('password-in-url'));
    f.l(`${ts()} INFO  db.pool: reconnected`);
    f.l(`${ts()} INFO  cache: invoice render cache hit key=sha256:${neg.sha256()}`, NEG('hash'));
    f.l(`${ts()} INFO  jobs: enqueued render_invoice job_id=${uuid()}`, NEG('id'));
    f.l(`${ts()} ERROR llm.summarize: upstream 429 from https://api.openai.com/v1/chat/completions`);
    f.l(`${ts()} ERROR llm.summarize: request dump: POST /v1/chat/completions Authorization: Bearer ${tok.openai()}`, POS('openai-key'));
    f.l(`${ts()} INFO  llm.summarize: retry scheduled in 30s`);
    f.l(`${ts()} INFO  auth: password reset email sent user_id=18511`, NEG('safe-logging'));
    f.l(`${ts()} INFO  config: STRIPE_SECRET_KEY=****${str(LOWER + DIGITS, 4)} (masked)`, NEG('safe-logging'));
    f.l(`${ts()} INFO  http: GET /healthz 200 0ms`);
    f.l(`${ts()} INFO  server: graceful shutdown complete`);
  }

  // ---------------------------------------------------------------- access.log
  {
    const f = file('var/log/nginx/access.log', 'log');
    const line = (method, path, status, label) => {
      const d = tick(1500);
      f.l(`${ip()} - - [${clf(d)}] "${method} ${path} HTTP/1.1" ${status} ${int(120, 48000)} "-" "${pick(UA)}" rt=${(int(1, 900) / 1000).toFixed(3)}`, label);
    };
    line('GET', '/healthz', 200);
    line('GET', `/static/js/app.${hex(8)}.js`, 200, NEG('hash'));
    line('GET', `/static/css/main.${hex(8)}.css`, 200, NEG('hash'));
    line('GET', '/login', 200);
    line('POST', '/auth/login', 302);
    line('GET', '/auth/password/forgot', 200);
    line('POST', '/auth/password/forgot', 204);
    line('GET', `/api/v1/export?format=csv&access_token=${tok.slackBot()}`, 200, POS('slack-bot-token'));
    line('GET', '/api/v1/invoices?page=2&per_page=50', 200);
    line('GET', `/api/v1/invoices/inv_${str(LOWER + DIGITS, 16)}`, 200, NEG('id'));
    line('GET', `/api/v1/sync/contacts?since=2024-05-01&api_key=${tok.sendgrid()}`, 200, POS('sendgrid-key'));
    line('GET', '/api/v1/search?q=token+expired', 200);
    line('GET', `/api/v1/reports/download?token=%5BREDACTED%5D`, 403, NEG('safe-logging'));
    line('GET', `/proxy/maps/geocode?address=12+Harbour+St&key=${tok.googleApiKey()}`, 200, POS('google-api-key'));
    line('GET', '/favicon.ico', 404);
    line('GET', `/api/v1/traces/${neg.traceId()}`, 200, NEG('id'));
    line('GET', '/healthz', 200);
  }

  // ---------------------------------------------------------------- GitLab CI job log
  {
    const f = file('ci/logs/job-1884213-deploy.log', 'ci-log');
    const commit = neg.sha40();
    f.l(`Running with gitlab-runner 16.10.0 (81ab07f6)`, NEG('hash'));
    f.l(`  on acme-k8s-runner-04 #4411, system ID: r_${str(LOWER + DIGITS, 12)}`);
    f.l(`Preparing the "kubernetes" executor`);
    f.l(`Using Kubernetes executor with image node:20-alpine ...`);
    f.l(`Using effective pull policy of [always] for container build`);
    f.l(`Pulling image node@sha256:${neg.sha256()} ...`, NEG('hash'));
    f.l(`Getting source from Git repository`);
    f.l(`Fetching changes with git depth set to 20...`);
    f.l(`Checking out ${commit.slice(0, 8)} as detached HEAD (ref is main)...`, NEG('hash'));
    f.l(`Skipping Git submodules setup`);
    f.l(`Executing "step_script" stage of the job script`);
    f.l(`$ npm config set //registry.npmjs.org/:_authToken ${tok.npm()}`, POS('npm-token'));
    f.l(`$ npm ci --no-audit`);
    f.l(`added 1423 packages in 41s`);
    f.l(`$ npm run build`);
    f.l(`> ledgerline@2.4.0 build`);
    f.l(`> tsc -p tsconfig.build.json`);
    f.l(`$ git clone https://oauth2:${tok.gitlabPat()}@gitlab.acme.dev/platform/deploy-config.git`, POS('gitlab-pat'));
    f.l(`Cloning into 'deploy-config'...`);
    f.l(`$ echo "deploying with AWS_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID"`, NEG('reference'));
    f.l(`deploying with AWS_ACCESS_KEY_ID=[MASKED]`, NEG('safe-logging'));
    f.l(`$ set -x; source ./deploy-config/env/prod.sh`);
    f.l(`+ export AWS_DEFAULT_REGION=eu-west-1`);
    f.l(`+ export AWS_SECRET_ACCESS_KEY=${tok.awsSecret()}`, POS('aws-secret-key'));
    f.l(`+ export DEPLOY_ENV=prod`);
    f.l(`$ ./scripts/deploy.sh ${commit}`, NEG('hash'));
    f.l(`Uploading artifacts for successful job`);
    f.l(`Cleaning up project directory and file based variables`);
    f.l(`Job succeeded`);
  }

  // ---------------------------------------------------------------- GitHub Actions run log
  {
    const f = file('ci/logs/github-actions/release_9912.txt', 'ci-log');
    const t = () => iso(tick(900)).replace('Z', '0000Z');
    f.l(`${t()} ##[group]Run actions/checkout@v4`);
    f.l(`${t()}   token: ***`, NEG('safe-logging'));
    f.l(`${t()} ##[endgroup]`);
    f.l(`${t()} HEAD is now at ${neg.sha7()} Merge pull request #1412 from acme/release-2.4.0`, NEG('hash'));
    f.l(`${t()} ##[group]Run actions/cache@v4`);
    f.l(`${t()} Cache restored from key: node-cache-Linux-x64-npm-${neg.sha256()}`, NEG('hash'));
    f.l(`${t()} ##[endgroup]`);
    f.l(`${t()} ##[group]Run ./scripts/push-tags.sh`);
    f.l(`${t()} + git remote set-url origin https://x-access-token:${tok.githubFine()}@github.com/acme/ledgerline.git`, POS('github-fine-pat'));
    f.l(`${t()} + git push origin v2.4.0`);
    f.l(`${t()} To https://github.com/acme/ledgerline.git`);
    f.l(`${t()}  * [new tag]         v2.4.0 -> v2.4.0`);
    f.l(`${t()} ##[endgroup]`);
    f.l(`${t()} ##[group]Run ./scripts/notify.sh`);
    f.l(`${t()} notify: posting release note using SLACK_TOKEN=${tok.slackBot()}`, POS('slack-bot-token'));
    f.l(`${t()} notify: ok (channel C04QX2B1M)`);
    f.l(`${t()} ##[endgroup]`);
    f.l(`${t()} Evaluate and set job outputs`);
    f.l(`${t()} Cleaning up orphan processes`);
  }

  // ---------------------------------------------------------------- worker.log (Python)
  {
    const f = file('var/log/ledgerline/worker.log', 'log');
    const ts = () => iso(tick(2500)).replace('T', ' ').replace('Z', '').replace('.', ',');
    f.l(`${ts()} INFO [celery.worker] Connected to redis://redis-prod.internal:6379/0`);
    f.l(`${ts()} INFO [celery.worker] mingle: all alone`);
    f.l(`${ts()} INFO [tasks.email] Task send_email[${uuid()}] received`, NEG('id'));
    f.l(`${ts()} INFO [tasks.email] sending template=password_reset to user_id=18511`, NEG('safe-logging'));
    f.l(`${ts()} ERROR [sendgrid.client] HTTP 401 Unauthorized: The provided authorization grant is invalid (key=${tok.sendgrid()})`, POS('sendgrid-key'));
    f.l(`${ts()} WARNING [tasks.email] retrying in 60s (attempt 2/5)`);
    f.l(`${ts()} INFO [tasks.sync] token expired for integration_id=771, refreshing`, NEG('safe-logging'));
    f.l(`${ts()} DEBUG [urllib3.connectionpool] https://portal.acme.dev:443 "GET /internal/me HTTP/1.1" 200 512`);
    f.l(`${ts()} DEBUG [tasks.sync] request headers: {'Cookie': 'session=${tok.jwt({ sub: 'usr_18422', role: 'admin', iat: 1715677200, exp: 1718269200 })}'}`, POS('jwt'));
    f.l(`${ts()} INFO [tasks.sync] synced 42 contacts in 1.8s`);
    f.l(`${ts()} INFO [tasks.sync] api key fingerprint sha256:${neg.sha256().slice(0, 16)}`, NEG('hash'));
    f.l(`${ts()} INFO [celery.worker] Task tasks.sync.run[${uuid()}] succeeded in 2.11s`, NEG('id'));
  }
}
