// Documentation, examples and i18n: placeholders and documented example values.
import { FileBuilder } from "./builder.mjs";
import { AWS_DOC_KEY_ID, AWS_DOC_SECRET, PFX, jwtIoExample } from "./tokens.mjs";

export function docs(r) {
  const out = [];

  // ---------- README ----------
  {
    const b = new FileBuilder("README.md");
    b.block(`
# acme-platform

Monorepo for the Acme API, dashboard and billing services.

## Quick start

\`\`\`bash
cp .env.example .env        # then fill in the blanks
docker compose up -d db redis
npm install && npm run dev
\`\`\`

## Calling the API

Create a key under **Settings → API keys** and send it in the \`X-API-Key\` header:

\`\`\`bash`);
    b.n(`curl https://api.acme.example/v1/projects -H "X-API-Key: <YOUR_API_KEY>"`, "placeholder");
    b.block(`
\`\`\`

or as a bearer token:

\`\`\`bash`);
    b.n(`export ACME_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, "placeholder");
    b.n(`curl -H "Authorization: Bearer $ACME_TOKEN" https://api.acme.example/v1/me`, "env-reference");
    b.block(`
\`\`\`

## Stripe (billing service)

Use **test mode** keys locally. They start with`);
    b.n(`\`${PFX.stripeSecretTest}...\` (secret) and \`${PFX.stripePubTest}...\` (publishable). Never paste a \`${PFX.stripeSecretLive}\` key`, "placeholder");
    b.block(`
into this repo; production keys are injected from Vault.

Test cards from the Stripe docs:

| scenario | number | cvc | expiry |
| --- | --- | --- | --- |`);
    for (const [s, n] of [["success (Visa)", "4242 4242 4242 4242"], ["success (Mastercard)", "5555 5555 5555 4444"], ["requires 3DS", "4000 0025 0000 3155"],
      ["declined", "4000 0000 0000 0002"], ["insufficient funds", "4000 0000 0000 9995"], ["Amex", "3782 822463 10005"]]) {
      b.n(`| ${s} | \`${n}\` | any 3 digits | any future date |`, "stripe-test-card");
    }
    b.block(`

## AWS access for local development

The CLI examples in the AWS docs use these *documentation* credentials, which do
not work against any account. They are shown here only so you can recognise them:

\`\`\`ini
[default]`);
    b.n(`aws_access_key_id = ${AWS_DOC_KEY_ID}`, "aws-doc-example");
    b.n(`aws_secret_access_key = ${AWS_DOC_SECRET}`, "aws-doc-example");
    b.block(`
region = us-east-1
\`\`\`

For real access, run \`aws sso login --profile acme-dev\`. Do not create long-lived IAM user keys.

## Tokens

Access tokens are JWTs. To inspect one, paste it into a decoder; for example the
well-known sample from jwt.io decodes to \`{"sub":"1234567890","name":"John Doe","iat":1516239022}\`:

\`\`\``);
    b.n(jwtIoExample(), "jwt-io-example");
    b.block(`
\`\`\`

## Configuration reference

| variable | required | description |
| --- | --- | --- |`);
    for (const [k, d] of [["DATABASE_URL", "`postgres://USER:PASSWORD@HOST:5432/DB`"], ["REDIS_URL", "`redis://:PASSWORD@localhost:6379/0`"], ["JWT_SECRET", "at least 32 random bytes, e.g. `openssl rand -base64 48`"],
      ["STRIPE_SECRET_KEY", "`" + PFX.stripeSecretTest + "…` locally"], ["SENDGRID_API_KEY", "`" + PFX.sendgrid + "xxxxxxxx.yyyyyyyy` — leave empty to log emails to stdout"], ["SLACK_WEBHOOK_URL", "`" + PFX.slackHook + "T000/B000/XXXX`"]]) {
      b.n(`| \`${k}\` | yes | ${d} |`, "placeholder");
    }
    b.block(`

## License

Apache-2.0`);
    out.push(b);
  }

  // ---------- .env.example ----------
  {
    const b = new FileBuilder(".env.example");
    b.block(`
# Copy to .env and fill in. Never commit .env.
NODE_ENV=development
PORT=3000
LOG_LEVEL=debug
`);
    b.n(`DATABASE_URL=postgres://postgres:postgres@localhost:5432/acme_dev`, "local-dev-default");
    b.l(`REDIS_URL=redis://localhost:6379/0`);
    b.l("");
    b.l("# openssl rand -base64 48");
    b.n(`JWT_SECRET=`, "empty-value");
    b.n(`JWT_REFRESH_SECRET=changeme`, "placeholder");
    b.n(`SESSION_SECRET=<generate-me>`, "placeholder");
    b.l("", "# Stripe (test mode)");
    b.n(`STRIPE_SECRET_KEY=${PFX.stripeSecretTest}xxxxxxxxxxxxxxxxxxxxxxxx`, "placeholder");
    b.n(`STRIPE_PUBLISHABLE_KEY=${PFX.stripePubTest}xxxxxxxxxxxxxxxxxxxxxxxx`, "placeholder");
    b.n(`STRIPE_WEBHOOK_SECRET=${PFX.stripeWebhook}...`, "placeholder");
    b.l("", "# AWS (leave empty to use your SSO profile)");
    b.n(`AWS_ACCESS_KEY_ID=`, "empty-value");
    b.n(`AWS_SECRET_ACCESS_KEY=`, "empty-value");
    b.l(`AWS_REGION=us-east-1`, "", "# Email");
    b.n(`SENDGRID_API_KEY=your-sendgrid-api-key`, "placeholder");
    b.l(`MAIL_FROM=no-reply@acme.example`, "", "# GitHub app");
    b.l(`GITHUB_APP_ID=123456`);
    b.n(`GITHUB_APP_PRIVATE_KEY_PATH=./secrets/github-app.pem`, "secret-file-path");
    b.n(`GITHUB_TOKEN=${PFX.githubPat}<your-token>`, "placeholder");
    b.l("", "# Slack");
    b.n(`SLACK_WEBHOOK_URL=${PFX.slackHook}TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX`, "placeholder");
    b.n(`SLACK_BOT_TOKEN=${PFX.slackBot}your-bot-token`, "placeholder");
    b.l("", "# OAuth (Google sign-in)");
    b.n(`GOOGLE_CLIENT_ID=000000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.apps.googleusercontent.com`, "placeholder");
    b.n(`GOOGLE_CLIENT_SECRET=REPLACE_ME`, "placeholder");
    b.n(`OAUTH_REDIRECT_URI=http://localhost:3000/auth/callback`, "oauth-redirect-uri");
    out.push(b);
  }

  // ---------- i18n ----------
  {
    const b = new FileBuilder("config/locales/auth.yml");
    const T = {
      en: { password: "Password", password_confirmation: "Confirm password", forgot_password: "Forgot your password?", invalid_password: "Invalid email or password", api_key: "API key", api_key_hint: "Paste your API key", token_expired: "Your session has expired. Please sign in again.", secret: "Secret" },
      de: { password: "Passwort", password_confirmation: "Passwort bestätigen", forgot_password: "Passwort vergessen?", invalid_password: "Ungültige E-Mail oder ungültiges Passwort", api_key: "API-Schlüssel", api_key_hint: "Fügen Sie Ihren API-Schlüssel ein", token_expired: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.", secret: "Geheimnis" },
      fr: { password: "Mot de passe", password_confirmation: "Confirmer le mot de passe", forgot_password: "Mot de passe oublié ?", invalid_password: "E-mail ou mot de passe invalide", api_key: "Clé d'API", api_key_hint: "Collez votre clé d'API", token_expired: "Votre session a expiré. Veuillez vous reconnecter.", secret: "Secret" },
      es: { password: "Contraseña", password_confirmation: "Confirmar contraseña", forgot_password: "¿Olvidaste tu contraseña?", invalid_password: "Correo o contraseña no válidos", api_key: "Clave de API", api_key_hint: "Pega tu clave de API", token_expired: "Tu sesión ha caducado. Inicia sesión de nuevo.", secret: "Secreto" },
      ja: { password: "パスワード", password_confirmation: "パスワード（確認）", forgot_password: "パスワードをお忘れですか？", invalid_password: "メールアドレスまたはパスワードが正しくありません", api_key: "APIキー", api_key_hint: "APIキーを貼り付けてください", token_expired: "セッションの有効期限が切れました。再度ログインしてください。", secret: "シークレット" },
    };
    b.l("# Auth screen strings. Keys are shared with the web app (web/src/i18n).");
    for (const [lang, m] of Object.entries(T)) {
      b.l(`${lang}:`, `  auth:`);
      for (const [k, v] of Object.entries(m)) b.n(`    ${k}: "${v}"`, "i18n-string");
    }
    out.push(b);
  }
  return out;
}
