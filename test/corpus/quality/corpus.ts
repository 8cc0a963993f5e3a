// The project's own labeled quality corpus: realistic files in 20+ languages and formats, built at test time from
// templates. `⟦+kind⟧` marks a planted secret (a positive; its exact span is the label), `⟦-kind⟧` a generated hard
// negative (shaped like a secret but not one: placeholders, documented examples, hashes, public keys, references…).
// Nothing secret-looking is committed literally: every value is drawn from the seeded generator below.
import { BASE62, BASE64, DIGITS, HEX, UPPER, base64Encode, base64Url, fakeJwt, fakePem, randomToken, type Random } from "../../engine/support";

export interface LabeledFile {
  path: string;
  text: string;
  /** Spans of planted secrets; any finding outside them is a false positive. */
  positives: { start: number; end: number; kind: string }[];
}

type Gen = (rnd: Random) => string;

const BASE32 = UPPER + "234567";

const POSITIVE: Record<string, Gen> = {
  stripe: (r) => "sk_" + "live_" + randomToken(r, 24 + r.int(0, 70)),
  github: (r) => "ghp" + "_" + randomToken(r, 36),
  awsId: (r) => "AKIA" + r.string(16, BASE32),
  awsSecret: (r) => randomToken(r, 40, BASE62 + "/+"),
  slack: (r) => "xoxb-" + r.string(11, DIGITS) + "-" + r.string(12, DIGITS) + "-" + randomToken(r, 24),
  openai: (r) => "sk-proj-" + randomToken(r, 48, BASE62 + "_-") + "T3Blbk" + "FJ" + randomToken(r, 40, BASE62 + "_-"),
  apiKey: (r) => randomToken(r, 32 + r.int(0, 16)),
  hexKey: (r) => r.string(32, HEX).replace(/^./, "a") + r.string(8, DIGITS),
  password: (r) => randomToken(r, 8 + r.int(0, 8)) + r.pick(["!", "#", "%", "_", "-", "@", "^"]) + randomToken(r, 3),
  jwt: (r) => fakeJwt(r, { sub: String(r.int(1, 99999)), admin: true, iat: 1700000000 + r.int(0, 9999) }, "HS256"),
  pem: (r) => fakePem(r, r.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])),
  pemEscaped: (r) => fakePem(r, "PRIVATE KEY").replace(/\n/g, "\\n"),
  pgUrl: (r) => `postgres://app:${randomToken(r, 18)}@db.internal.acme.dev:5432/orders`,
  mongoUrl: (r) => `mongodb+srv://svc:${randomToken(r, 20)}@cluster0.ab1cd.mongodb.net/app`,
  basicUrl: (r) => `https://deploy:${randomToken(r, 16)}@artifacts.acme.dev/repo`,
  webhook: (r) => "https://hooks.slack.com/services/T" + r.string(10, UPPER + DIGITS) + "/B" + r.string(10, UPPER + DIGITS) + "/" + randomToken(r, 24),
  k8sData: (r) => base64Encode(randomToken(r, 20) + "!"),
  dockerAuth: (r) => base64Encode(`ci-bot:${randomToken(r, 22)}`),
};

const NEGATIVE: Record<string, Gen> = {
  stripeLikeX: () => "sk_" + "live_" + "x".repeat(24),
  awsExample: () => "AKIA" + "IOSFODNN7" + "EXAMPLE",
  awsSecretExample: () => "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY",
  yourKey: (r) => r.pick(["your-api-key-here", "YOUR_API_KEY", "<your-token>", "changeme", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxx", "********", "TODO"]),
  envRef: (r) => r.pick(["${API_KEY}", "${DB_PASSWORD}", "${{ secrets.DEPLOY_TOKEN }}", "{{ .Values.apiKey }}", "%(token)s", "$(DB_PASS)"]),
  storeRef: (r) => r.pick(["vault:secret/data/app#api_key", "op://Prod/Stripe/credential", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"]),
  sha256: (r) => r.string(64, HEX),
  sha1: (r) => r.string(40, HEX),
  integrity: (r) => "sha512-" + r.string(86, BASE64) + "==",
  uuid: (r) => [8, 4, 4, 4, 12].map((n) => r.string(n, HEX)).join("-"),
  bcrypt: (r) => "$2b$12$" + r.string(53, BASE62 + "./"),
  publicKey: (r) => "-----BEGIN PUBLIC KEY-----\n" + [1, 2, 3, 4, 5].map(() => r.string(64, BASE64)).join("\n") + "\n-----END PUBLIC KEY-----",
  certificate: (r) => "-----BEGIN CERTIFICATE-----\n" + [1, 2, 3, 4, 5, 6].map(() => r.string(64, BASE64)).join("\n") + "\n-----END CERTIFICATE-----",
  sshPub: (r) => "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA" + r.string(44, BASE64) + " dev@laptop",
  pkLive: (r) => "pk_" + "live_" + randomToken(r, 34),
  anonJwt: (r) => fakeJwt(r, { iss: "supabase", ref: r.string(20, "abcdefghijklmnopqrstuvwxyz"), role: "anon", iat: 1700000000 }),
  imageDigest: (r) => "sha256:" + r.string(64, HEX),
  gitSha: (r) => r.string(40, HEX),
  dataUri: (r) => "data:image/png;base64," + r.string(120, BASE64),
  sentence: (r) => r.pick(["Your password must contain at least 8 characters", "Le jeton a expiré, veuillez vous reconnecter", "Enter the API key shown in your dashboard", "Das Passwort ist falsch"]),
  localUrl: () => "postgres://postgres:postgres@localhost:5432/dev",
  b64png: (r) => base64Url(r.string(30, BASE62)),
};

/** Templates: [path, text]. Keep them realistic; each mixes planted secrets with hard negatives. */
const TEMPLATES: [string, string][] = [
  ["src/payments/stripe.ts", `import Stripe from "stripe";\n\n// Publishable key is public by design.\nconst publishableKey = "⟦-pkLive⟧";\nconst stripe = new Stripe("⟦+stripe⟧", { apiVersion: "2024-06-20" });\nconst fallback = process.env.STRIPE_SECRET_KEY ?? "⟦-yourKey⟧";\nexport const requestId = "⟦-uuid⟧";\nexport const tokenizer = new Tokenizer({ maxTokens: 4096 });\n`],
  ["web/src/config.js", `export const firebaseStyleConfig = { projectId: "acme-web", appId: "1:123456789:web:${"abc123"}" };\nexport const API_BASE = "https://api.acme.dev/v1";\nexport const GITHUB_TOKEN = "⟦+github⟧";\nexport const checksum = "⟦-sha256⟧";\nconst headers = { Authorization: \`Bearer \${token}\` };\n`],
  ["service/settings.py", `import os\n\nDEBUG = False\nSECRET_KEY = "⟦+apiKey⟧"\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": os.environ["DB_PASSWORD"]}}\nAWS_ACCESS_KEY_ID = "⟦+awsId⟧"\nAWS_SECRET_ACCESS_KEY = "⟦+awsSecret⟧"\nEXAMPLE_KEY_ID = "⟦-awsExample⟧"\ntokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")\nPASSWORD_HINT = "⟦-sentence⟧"\n`],
  ["ml/train.py", `from transformers import AutoTokenizer\n\nmax_tokens = 2048\ntoken_count = 0\nrun_id = "⟦-uuid⟧"\ncommit = "⟦-gitSha⟧"\nopenai_key = "⟦+openai⟧"\n`],
  ["cmd/server/main.go", `package main\n\nimport (\n\t"os"\n)\n\nconst slackToken = "⟦+slack⟧"\n\nfunc main() {\n\tdsn := os.Getenv("DATABASE_URL")\n\tpassword := os.Getenv("DB_PASSWORD")\n\tdigest := "⟦-sha256⟧"\n\t_ = dsn + password + digest\n\tdbURL := "⟦+pgUrl⟧"\n\t_ = dbURL\n}\n`],
  ["src/main/java/com/acme/Config.java", `package com.acme;\n\npublic class Config {\n  private static final String API_KEY = "⟦+apiKey⟧";\n  private static final String PASSWORD_FIELD = "password";\n  private static final int TOKEN_LENGTH = 32;\n  private final String dbPassword = System.getenv("DB_PASSWORD");\n  private static final String JDBC = "jdbc:sqlserver://db.acme.dev:1433;databaseName=app;user=svc;password=⟦+password⟧;";\n}\n`],
  ["src/Acme/Startup.cs", `namespace Acme;\n\npublic static class Secrets {\n    public const string ConnectionString = "Server=tcp:acme.database.windows.net;Database=app;User Id=svc;Password=⟦+password⟧;";\n    public static string ApiKey => Environment.GetEnvironmentVariable("API_KEY");\n    public const string SigningKey = "⟦+apiKey⟧";\n    public const string Etag = "⟦-sha1⟧";\n}\n`],
  ["lib/acme/client.rb", `module Acme\n  API_TOKEN = "⟦+apiKey⟧"\n  SECRET = ENV.fetch("ACME_SECRET")\n  PLACEHOLDER = "⟦-yourKey⟧"\n  def password_policy = "strict"\nend\n`],
  ["public/index.php", `<?php\n$dbPassword = '⟦+password⟧';\n$apiKey = getenv('API_KEY');\n$hash = '⟦-bcrypt⟧';\n$lang['password_reset'] = '⟦-sentence⟧';\n`],
  ["src/main.rs", `const API_TOKEN: &str = "⟦+apiKey⟧";\nfn main() {\n    let key = std::env::var("API_KEY").expect("API_KEY");\n    let digest = "⟦-sha256⟧";\n    println!("{}{}", key, digest);\n}\n`],
  ["app/src/main/kotlin/Config.kt", `object Config {\n    const val clientSecret: String = "⟦+apiKey⟧"\n    val tokenType = "Bearer"\n    val buildId = "⟦-gitSha⟧"\n}\n`],
  ["Sources/App/Config.swift", `struct Config {\n    static let apiKey = "⟦+apiKey⟧"\n    static let passwordPrompt = "⟦-sentence⟧"\n    static let deviceId = "⟦-uuid⟧"\n}\n`],
  ["scripts/deploy.sh", `#!/usr/bin/env bash\nset -euo pipefail\nexport GITHUB_TOKEN="⟦+github⟧"\nexport DB_PASSWORD="\${DB_PASSWORD:?missing}"\ncurl -H "Authorization: Bearer $API_TOKEN" https://api.acme.dev\ngit clone ⟦+basicUrl⟧\n`],
  ["Dockerfile", `FROM node:20-alpine@⟦-imageDigest⟧\nENV NODE_ENV=production\nENV NPM_TOKEN=⟦+apiKey⟧\nARG DB_PASSWORD\nRUN npm ci\n`],
  ["docker-compose.yml", `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ⟦+password⟧\n      POSTGRES_USER: app\n  api:\n    environment:\n      DATABASE_URL: ⟦-envRef⟧\n      REDIS_PASSWORD: \${REDIS_PASSWORD}\n`],
  ["config/production.json", `{\n  "server": { "port": 8080, "host": "0.0.0.0" },\n  "stripe": { "secretKey": "⟦+stripe⟧", "publishableKey": "⟦-pkLive⟧" },\n  "auth": { "tokenTtl": 3600, "tokenType": "bearer", "jwtSecret": "⟦+apiKey⟧" },\n  "example": { "apiKey": "⟦-yourKey⟧" }\n}\n`],
  ["config/gcp-service-account.json", `{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "⟦-sha1⟧",\n  "private_key": "⟦+pemEscaped⟧\\n",\n  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",\n  "client_id": "${"1234567890"}12345678901"\n}\n`],
  ["pyproject.toml", `[tool.poetry]\nname = "acme"\nversion = "1.2.3"\n\n[tool.acme]\napi_key = "⟦+apiKey⟧"\ntoken_url = "https://auth.acme.dev/oauth/token"\nsecret_ref = "⟦-storeRef⟧"\n`],
  ["config/app.ini", `[database]\nhost = db.acme.dev\nuser = app\npassword = ⟦+password⟧\n\n[cache]\npassword = ⟦-envRef⟧\n`],
  ["src/main/resources/application.properties", `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=app\nspring.datasource.password=⟦+password⟧\nmanagement.endpoint.health.show-details=always\napp.jwt.secret=⟦-envRef⟧\napp.password.min-length=12\n`],
  ["config/web.xml", `<configuration>\n  <appSettings>\n    <add key="ApiKey" value="⟦+apiKey⟧" />\n    <add key="PasswordPolicy" value="strict" />\n  </appSettings>\n  <connectionStrings>\n    <add name="db" connectionString="Server=db;Database=app;User Id=app;Password=⟦+password⟧;" />\n  </connectionStrings>\n  <token>⟦-envRef⟧</token>\n</configuration>\n`],
  ["infra/main.tf", `provider "aws" {\n  region     = "eu-west-1"\n  access_key = "⟦+awsId⟧"\n  secret_key = "⟦+awsSecret⟧"\n}\n\nresource "aws_db_instance" "db" {\n  password = var.db_password\n  tags = { checksum = "⟦-sha256⟧" }\n}\n`],
  [".env", `# Local development\nNODE_ENV=development\nDATABASE_URL=⟦+mongoUrl⟧\nSLACK_WEBHOOK_URL=⟦+webhook⟧\nSESSION_SECRET=⟦+apiKey⟧\nPUBLIC_URL=https://acme.dev\n`],
  [".env.production", `STRIPE_SECRET_KEY=⟦+stripe⟧\nSUPABASE_ANON_KEY=⟦-anonJwt⟧\nLOCAL_DB=⟦-localUrl⟧\n`],
  ["README.md", `# Acme\n\nSet your key:\n\n\`\`\`bash\nexport ACME_API_KEY=⟦-yourKey⟧\n\`\`\`\n\nThe AWS docs use \`⟦-awsExample⟧\` as an example key ID.\n\nOur deploy key for the staging bucket is ⟦+awsId⟧ (rotate it!).\n`],
  ["charts/api/values.yaml", `replicaCount: 2\nimage:\n  repository: acme/api\n  digest: ⟦-imageDigest⟧\nenv:\n  API_TOKEN: ⟦+apiKey⟧\n  DB_PASSWORD:\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\nsecrets:\n  existingSecret: api-secrets\n`],
  ["k8s/secret.yaml", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\ndata:\n  db-password: ⟦+k8sData⟧\n  username: ${base64Encode("app-user")}\n`],
  [".docker/config.json", `{\n  "auths": {\n    "registry.acme.dev": { "auth": "⟦+dockerAuth⟧" }\n  },\n  "credsStore": "desktop"\n}\n`],
  ["package-lock.json", `{\n  "name": "acme",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/left-pad": {\n      "version": "1.3.0",\n      "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n      "integrity": "⟦-integrity⟧"\n    }\n  }\n}\n`],
  ["keys/deploy_key", `⟦+pem⟧\n`],
  ["keys/server.pub", `⟦-publicKey⟧\n`],
  ["certs/ca.crt", `⟦-certificate⟧\n`],
  ["home/.ssh/authorized_keys", `⟦-sshPub⟧\n`],
  ["src/auth/session.ts", `export const SESSION_JWT = "⟦+jwt⟧";\nexport const anonKey = "⟦-anonJwt⟧";\nexport const avatar = "⟦-dataUri⟧";\n`],
  ["locales/fr.json", `{\n  "password_label": "Mot de passe",\n  "token_expired": "⟦-sentence⟧",\n  "api_key_help": "⟦-sentence⟧"\n}\n`],
  ["db/seed.sql", `-- seed data\nINSERT INTO users (email, password_hash) VALUES ('a@acme.dev', '⟦-bcrypt⟧');\nINSERT INTO integrations (name, token) VALUES ('github', '⟦+github⟧');\n`],
  [".github/workflows/ci.yml", `jobs:\n  build:\n    steps:\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n          SENTRY_AUTH_TOKEN: ⟦+hexKey⟧\n`],
  ["infra/rds.tf", `resource "random_password" "db" {\n  length = 32\n}\n\nresource "aws_db_instance" "main" {\n  username = "app"\n  password = random_password.db.result\n  kms_key_id = aws_kms_key.db.arn\n}\n\nvariable "api_token" {\n  default   = "⟦+apiKey⟧"\n  sensitive = true\n}\n`],
  ["ansible/group_vars/all.yml", `db_user: app\ndb_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${"6231"}⟦-sha256⟧\nsmtp_password: "{{ lookup('env', 'SMTP_PASSWORD') }}"\nredis_password: ⟦+password⟧\n`],
  ["config/secrets.yml", `production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\ndevelopment:\n  secret_key_base: ⟦+hexKey⟧\n`],
  ["src/main/java/com/acme/DbConfig.java", `@Configuration\npublic class DbConfig {\n  @Value("\${db.password}")\n  private String password;\n  @JsonProperty("api_key")\n  private String apiKey;\n  private static final String TOKEN_HEADER = "X-Auth-Token";\n}\n`],
  ["src/Acme/Models/Login.cs", `public class LoginModel {\n    [JsonProperty("password")]\n    public string Password { get; set; }\n    [DataType(DataType.Password)]\n    public string ConfirmPassword { get; set; }\n    public const string ResetTokenPurpose = "ResetPassword";\n}\n`],
  ["tools/login.py", `import getpass\n\npassword = getpass.getpass("Password: ")\ntoken = input("Token: ")\nsecret = keyring.get_password("acme", "deploy")\nDEFAULT_TOKEN_TTL = 3600\n`],
  ["api/requests.http", `### create order\nPOST https://api.acme.dev/v1/orders\nAuthorization: Bearer ⟦+apiKey⟧\nContent-Type: application/json\n\n### with variable\nGET https://api.acme.dev/v1/me\nAuthorization: Bearer {{token}}\n`],
  ["scripts/backup.sh", `#!/bin/sh\ncurl -u "backup:⟦+password⟧" https://backup.acme.dev/upload\ncurl -u "$BACKUP_USER:$BACKUP_PASS" https://backup.acme.dev/upload\npg_dump "$DATABASE_URL" > out.sql\n`],
  [".env.example", `# Copy to .env and fill in\nSTRIPE_SECRET_KEY=⟦-stripeLikeX⟧\nDATABASE_URL=postgres://user:password@localhost:5432/app\nAPI_KEY=⟦-yourKey⟧\nJWT_SECRET=\n`],
  ["web/styles/app.css", `.btn-a1b2c3d4 { color: #ff0000; }\n@font-face { src: url("data:font/woff2;base64,⟦-b64png⟧"); }\n/* build ⟦-gitSha⟧ */\n`],
  ["pkg/auth/token_test.go", `package auth\n\nfunc TestTokenizer(t *testing.T) {\n\ttokens := Tokenize("a b c")\n\tif len(tokens) != 3 { t.Fatal("want 3") }\n\tpasswordHash := "⟦-bcrypt⟧"\n\t_ = passwordHash\n}\n`],
  ["deploy/tls.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tls-public\ndata:\n  ca.crt: |\n    ⟦-certificate⟧\n  fingerprint: ⟦-sha256⟧\n`],
  ["config/mail.php", `<?php\nreturn [\n    'driver' => env('MAIL_DRIVER', 'smtp'),\n    'password' => env('MAIL_PASSWORD'),\n    'secret' => '⟦+apiKey⟧',\n];\n`],
  ["config/settings.toml", `[database]\nurl = "⟦+pgUrl⟧"\npool = 10\n\n[auth]\ntoken_expiry = "24h"\npassword_min_length = 12\n`],
];

/** Builds the corpus: every template instantiated with fresh values from `rnd`. */
export function buildQualityCorpus(rnd: Random): LabeledFile[] {
  return TEMPLATES.map(([path, template]) => {
    let text = "";
    const positives: LabeledFile["positives"] = [];
    let last = 0;
    const marker = /⟦([+-])(\w+)⟧/g;
    for (let m = marker.exec(template); m !== null; m = marker.exec(template)) {
      text += template.slice(last, m.index);
      last = m.index + m[0].length;
      const table = m[1] === "+" ? POSITIVE : NEGATIVE;
      const gen = table[m[2] ?? ""];
      if (!gen) throw new Error(`unknown generator ${m[2]} in ${path}`);
      const value = gen(rnd);
      if (m[1] === "+") positives.push({ start: text.length, end: text.length + value.length, kind: m[2] ?? "" });
      text += value;
    }
    text += template.slice(last);
    return { path, text, positives };
  });
}

export const FORMAT_COUNT = new Set(TEMPLATES.map(([p]) => p.split("/").pop()?.replace(/^.*\./, "."))).size;
