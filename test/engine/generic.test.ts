// The name-based rules (generic-secret, hardcoded-password): which names denote a secret, which values are
// literals worth reporting, and how the file kind changes both. Values are generated at test time.
import assert from "node:assert/strict";
import { test } from "node:test";
import { classifyName } from "../../server/src/engine/generic";
import { scanText } from "../../server/src/engine/scan";
import { builtinRules } from "../../server/src/engine/rules/index";
import { BASE62, BASE64, describe, generateFromRule, makeRandom, randomToken, SEED, HEX } from "./support";

const rnd = makeRandom(SEED + 1);
const GENERIC = new Set(["generic-secret", "hardcoded-password"]);
const genericFindings = (text: string, path: string) => scanText(text, { path }).findings.filter((f) => GENERIC.has(f.ruleId));

const token = (): string => randomToken(rnd, 32 + rnd.int(0, 12));
const password = (): string => randomToken(rnd, 9, BASE62) + rnd.pick(["!", "#", "%", "_", "-", "@"]) + randomToken(rnd, 4);

test(`names that denote a secret are classified (seed ${SEED})`, () => {
  const cases: [string, "password" | "secret"][] = [
    ["password", "password"], ["passwd", "password"], ["pwd", "password"], ["DB_PASSWORD", "password"], ["adminPassword", "password"],
    ["smtp.pass", "password"], ["passphrase", "password"], ["secret", "secret"], ["token", "secret"], ["api_key", "secret"],
    ["apiKey", "secret"], ["API-KEY", "secret"], ["client_secret", "secret"], ["clientSecret", "secret"], ["private_key", "secret"],
    ["access_token", "secret"], ["authToken", "secret"], ["secret_key", "secret"], ["SIGNING_KEY", "secret"], ["encryptionKey", "secret"],
    ["x-api-key", "secret"], ["aws.secret_access_key", "secret"], ["credentials", "secret"], ["webhook_secret", "secret"],
  ];
  for (const [name, kind] of cases) assert.equal(classifyName(name), kind, name);
});

test("names that describe a secret rather than hold one are not classified", () => {
  for (const name of [
    "tokenType", "token_type", "passwordPolicy", "secretName", "secret_name", "hashedPassword", "tokenCount", "nextPageToken",
    "next_page_token", "passwordField", "tokenizer", "max_tokens", "secretArn", "apiKeyHeader", "tokenUrl", "token_endpoint",
    "password_min_length", "secretRef", "csrfToken", "publicKey", "public_key", "passwordHash", "tokenExpiry", "isSecret",
    "showPassword", "password_reset", "secretVersion", "tokenLength", "keyId", "monkey", "keyboard", "description", "token_variants",
    "authModes", "secretKinds",
  ]) {
    assert.equal(classifyName(name), undefined, name);
  }
});

test("high-entropy literals under secret names are reported across file kinds", () => {
  const placements: [string, (n: string, v: string) => string][] = [
    [".env", (n, v) => `${n}=${v}\n`],
    ["config/app.yaml", (n, v) => `app:\n  ${n}: ${v}\n`],
    ["config/app.json", (n, v) => `{"${n}": "${v}"}\n`],
    ["config/app.toml", (n, v) => `[app]\n${n} = "${v}"\n`],
    ["config/app.ini", (n, v) => `[app]\n${n} = ${v}\n`],
    ["src/main/resources/application.properties", (n, v) => `app.${n}=${v}\n`],
    ["src/app.ts", (n, v) => `const ${n} = "${v}";\n`],
    ["app/main.py", (n, v) => `${n} = '${v}'\n`],
    ["cmd/main.go", (n, v) => `${n} := "${v}"\n`],
    ["lib/client.rb", (n, v) => `${n} = "${v}"\n`],
    ["src/Client.cs", (n, v) => `var ${n} = "${v}";\n`],
    ["src/index.php", (n, v) => `$${n} = '${v}';\n`],
    ["config/web.xml", (n, v) => `<config>\n  <${n}>${v}</${n}>\n</config>\n`],
    ["deploy.sh", (n, v) => `curl --${n.replace(/_/g, "-")} ${v} https://api.acme.dev\n`],
  ];
  const problems: string[] = [];
  for (const [path, render] of placements) {
    for (const [name, value] of [["api_key", token()], ["client_secret", token()], ["db_password", password()]] as const) {
      const text = render(name, value);
      const at = text.indexOf(value);
      const hit = genericFindings(text, path).find((f) => f.start === at && f.end === at + value.length);
      if (!hit) problems.push(`${path}: ${name} = ${describe(value)} not reported`);
    }
  }
  assert.deepEqual(problems, []);
});

test("placeholders, references, hashes, identifiers and prose under secret names are not reported", () => {
  const hexDigest = rnd.string(64, HEX);
  const values = [
    "changeme", "change-me", "your-key-here", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxx", "<your-api-key>", "********", "${API_KEY}",
    "${env:API_KEY}", "{{ .Values.apiKey }}", "{{ api_key }}", "%(api_key)s", "vault:secret/data/app#api_key",
    "op://Engineering/Stripe/credential", "arn:aws:secretsmanager:us-east-1:123456789012:secret:app", `sha256:${hexDigest}`,
    `sha512-${randomToken(rnd, 86)}==`, "$2b$12$" + randomToken(rnd, 53, BASE62 + "./").slice(0, 53), "123e4567-e89b-12d3-a456-426614174000",
    "Please enter your password", "Your session token has expired", "/etc/app/secret.key", "https://auth.acme.dev/oauth/token",
    "./secrets/api.key", "API_KEY", "true", "null", "12345678", "1.2.3", "my-app-key", "someone@example.com", "abc", "${{ secrets.API_KEY }}", "Xabcdefghijklmnopqrs42",
  ];
  const problems: string[] = [];
  for (const value of values) {
    for (const [path, text] of [
      ["config/app.yaml", `app:\n  api_key: "${value}"\n  password: "${value}"\n`],
      [".env", `API_KEY=${value}\nDB_PASSWORD=${value}\n`],
      ["src/app.js", `const apiKey = "${value}";\nconst password = "${value}";\n`],
    ] as const) {
      const found = genericFindings(text, path);
      if (found.length) problems.push(`${path}: "${value.slice(0, 24)}" reported by ${found.map((f) => f.ruleId).join(", ")}`);
    }
  }
  assert.deepEqual(problems, []);
});

test("metadata names with secret-looking values are not reported", () => {
  const problems: string[] = [];
  for (const name of ["tokenType", "passwordPolicy", "secretName", "hashedPassword", "tokenCount", "nextPageToken", "tokenizer", "secret_arn"]) {
    const text = `const ${name} = "${token()}";\n`;
    const found = genericFindings(text, "src/app.ts");
    if (found.length) problems.push(`${name} reported`);
  }
  assert.deepEqual(problems, []);
});

test("in code, a bare value is an expression; in config, it is a literal", () => {
  const value = token();
  assert.equal(genericFindings(`const apiKey = process.env.API_KEY;\nconst token = getToken(user);\nconst secret = cfg.secret;\n`, "src/app.ts").length, 0);
  assert.equal(genericFindings(`api_key = os.environ["API_KEY"]\npassword = os.getenv("DB_PASSWORD")\n`, "app/main.py").length, 0);
  assert.equal(genericFindings(`String key = System.getenv("API_KEY");\n`, "src/App.java").length, 0);
  assert.equal(genericFindings(`apiKey = ${value}\n`, "src/app.ts").length, 0, "a bare word in code is an identifier");
  assert.equal(genericFindings(`api_key: ${value}\n`, "config/app.yaml").length, 1, "a bare value in YAML is a literal");
  assert.equal(genericFindings(`API_KEY=${value}\n`, ".env").length, 1, "a bare value in .env is a literal");
});

test("lockfiles are not searched by name-based rules", () => {
  const text = `{"packages": {"node_modules/a": {"integrity": "sha512-${randomToken(rnd, 86)}==", "token": "${token()}"}}}\n`;
  assert.equal(genericFindings(text, "package-lock.json").length, 0);
});

test("examples and fixtures are down-ranked, not dropped", () => {
  const value = token();
  const [example] = genericFindings(`API_KEY=${value}\n`, ".env.example");
  assert.ok(example, "reported in .env.example");
  assert.equal(example.downranked, "example file");
  assert.equal(example.severity, "hint");
  const [fixture] = scanText(`const apiKey = "${value}";\n`, { path: "test/fixtures/client.ts", downrankedSeverity: "info" }).findings;
  assert.ok(fixture, "reported in a test fixture");
  assert.equal(fixture.downranked, "test fixture");
  assert.equal(fixture.severity, "info");
  const [prod] = genericFindings(`API_KEY=${value}\n`, ".env");
  assert.ok(prod && prod.downranked === undefined && prod.severity !== "hint");
});

test("calls that fetch a secret, member accesses, fingerprints under a bare `key`, source maps", () => {
  assert.equal(genericFindings(`const token = await credential.getToken("${rnd.string(8, HEX)}-aaaa-bbbb/.default");\n`, "src/auth.ts").length, 0);
  assert.equal(genericFindings(`key: this.#keyList[i]\n`, "notes.txt").length, 0);
  assert.equal(genericFindings(`- Release GPG key: ${rnd.string(40, HEX).toUpperCase()}\n`, "README.md").length, 0);
  const map = `{"version":3,"sourcesContent":["const apiKey = \\"${token()}\\";\\n"]}`;
  assert.equal(genericFindings(map, "dist/index.js.map").length, 0);
  // The same literal in the source file is reported.
  assert.equal(genericFindings(`const apiKey = "${token()}";\n`, "src/index.ts").length, 1);
});

test("a program's configuration reports a wordy password that code and locale catalogs do not", () => {
  // Chosen passwords are often words: in a config file the value under a password key is the one in use.
  const wordy = rnd.pick(["root", "admin", "deploy", "service"]) + rnd.pick(["passwd", "secretpw", "Sesame", "Pass"]) + rnd.pick(["", "Dog", "Blue"]);
  const problems: string[] = [];
  const expectReported: [string, string][] = [
    ["NuGet.Config", `<add key="ClearTextPassword" value="${wordy}" />\n`],
    ["infra/main.tf", `resource "x" "y" {\n  administrator_login_password = "${wordy}"\n}\n`],
    ["vault/config.hcl", `password       = "${wordy}"\n`],
    ["src/main/resources/application.yml", `spring:\n  datasource:\n    password: ${wordy}\n`],
    ["docker-compose.yml", `services:\n  db:\n    environment:\n      MYSQL_ROOT_PASSWORD: ${wordy}\n`],
    [".env", `DB_PASSWORD=${wordy}\n`],
  ];
  for (const [path, text] of expectReported) {
    const at = text.indexOf(wordy);
    if (!genericFindings(text, path).some((f) => f.start === at && f.end === at + wordy.length)) problems.push(`${path}: not reported`);
  }
  const expectQuiet: [string, string][] = [
    ["src/db.js", `const password = "${wordy}";\n`], // in code a wordy string is as often a label or a key name
    ["config/locales/de.yml", `de:\n  password: ${wordy}\n`],
    ["src/main/resources/messages_de.properties", `password=${wordy}\n`],
    ["infra/main.tf", `resource "x" "y" {\n  administrator_login_password = var.${wordy.toLowerCase()}\n}\n`],
    ["infra/db.hcl", `password = "\${aws_db_instance.default.password}"\n`],
    ["NuGet.Config", `<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />\n<add key="ClearTextPassword" value="abc" />\n`],
    [".env", `DB_PASSWORD=password\nADMIN_PASSWORD=my-app-key\nROOT_PASSWORD=********\n`],
  ];
  for (const [path, text] of expectQuiet) {
    const found = genericFindings(text, path);
    if (found.length) problems.push(`${path}: reported ${found.map((f) => f.ruleId).join(", ")}`);
  }
  assert.deepEqual(problems, [], `password ${describe(wordy)}`);
});

test("an app password shown as four groups of four letters is a password; four English words are not", () => {
  const letters = "bcdfghjklmnpqrstvwxz"; // consonant-heavy, as random letters mostly are
  const group = (): string => rnd.string(3, letters) + rnd.pick(["a", "y", "k"]);
  const appPassword = [group(), group(), group(), group()].join(" ");
  const text = `EMAIL_HOST_PASSWORD = "${appPassword}"\n`;
  const at = text.indexOf(appPassword);
  assert.ok(genericFindings(text, "app/settings.py").some((f) => f.start === at && f.end === at + appPassword.length), appPassword.replace(/[a-z]/g, "x"));
  assert.equal(genericFindings(`password_hint = "this will work fine"\nPASSWORD = "this will work fine"\n`, "app/settings.py").length, 0);
});

test("`NAME value` statements: Dockerfile ENV (legacy form) and Gradle/Ruby DSLs; not prose or code", () => {
  const t = token();
  const p = password();
  const reported: [string, string, string][] = [
    ["Dockerfile", `FROM node:20\nENV API_TOKEN ${t}\nENV NODE_ENV production\n`, t],
    ["build.gradle", `repositories { maven { credentials { username "deploy"; password "${p}" } } }\n`, p],
    ["recipes/default.rb", `user 'deploy' do\n  password '${p}'\nend\n`, p],
  ];
  const problems: string[] = [];
  for (const [path, text, value] of reported) {
    const at = text.indexOf(value);
    if (!genericFindings(text, path).some((f) => f.start === at && f.end === at + value.length)) problems.push(`${path}: not reported`);
  }
  const quiet: [string, string][] = [
    ["README.md", `The token ${t} is shown once.\nUse the password field below.\n`],
    ["auth.rb", `def check(password)\n  return password\nend\nprint password\n`],
    ["deploy.sh", `read -s password\nlocal token ${t}\n`],
    ["Dockerfile", `ENV API_TOKEN=\${API_TOKEN}\nARG NPM_TOKEN\n`],
  ];
  for (const [path, text] of quiet) {
    const found = genericFindings(text, path);
    if (found.length) problems.push(`${path}: ${found.map((f) => f.ruleId).join(", ")}`);
  }
  assert.deepEqual(problems, []);
});

test("a token that runs into an elision marker (`..[Redacted]`, `...`) is not reported; the same token alone is", () => {
  const spec = builtinRules.find((r) => r.id === "github-pat");
  assert.ok(spec);
  const token = generateFromRule(spec, rnd);
  assert.ok(token, "a sample could be generated");
  const github = (text: string) => scanText(text, { path: "deploy/notes.txt" }).findings.filter((f) => f.ruleId === "github-pat");
  assert.equal(github(`token: ${token}\n`).length, 1);
  assert.equal(github(`token: ${token}..[Redacted]\n`).length, 0);
  assert.equal(github(`token: ${token}...\n`).length, 0);
});

test("secret-named literals in more languages: notebooks, #define, Objective-C, Lisp, Elixir, Python raw strings, R, VB, Erlang, fish/csh, wrapped literals", () => {
  const t = token();
  const problems: string[] = [];
  const placements: [string, string][] = [
    ["analysis.ipynb", `{"cells":[{"cell_type":"code","source":["import openai\\n","api_key = \\"${t}\\"\\n"]}]}\n`],
    ["src/main.c", `#define API_KEY "${t}"\n`],
    ["App/Keys.m", `NSString *apiKey = @"${t}";\n`],
    ["src/Keys.cs", `var apiKey = @"${t}";\n`],
    ["src/core.clj", `(def api-key "${t}")\n`],
    ["init.el", `(setq my-api-token "${t}")\n`],
    ["lib/client.ex", `  @api_token "${t}"\n`],
    ["app/keys.py", `API_KEY = r"${t}"\n`],
    ["R/client.R", `api_key <- "${t}"\n`],
    ["R/zzz.R", `  cache_token <<- '${t}'\n`],
    ["src/Keys.vb", `Private Const ClientSecret As String = "${t}"\n`],
    ["src/keys.erl", `-define(API_KEY, "${t}").\n`],
    ["config.fish", `set -gx API_TOKEN ${t}\n`],
    [".cshrc", `setenv API_TOKEN ${t}\n`],
    ["src/main.rs", `let api_key = String::from("${t}");\n`],
    ["src/lib.rs", `let token: Option<&str> = Some("${t}");\n`],
    ["app/settings.py", `secret_key = SecretStr("${t}")\n`],
  ];
  for (const [path, text] of placements) {
    const at = text.indexOf(t);
    if (!genericFindings(text, path).some((f) => f.start === at && f.end === at + t.length)) problems.push(`${path}: not reported`);
  }
  const quiet: [string, string][] = [
    ["analysis.ipynb", `{"cells":[{"source":["api_key = os.environ[\\"OPENAI_API_KEY\\"]\\n","token = \\"<your token>\\"\\n"]}]}\n`],
    ["src/main.c", `#define API_KEY_LENGTH 32\n#define TOKEN_HEADER "X-Auth-Token"\n`],
    ["app/keys.py", `API_KEY = f"{prefix}-{suffix}"\n`],
    ["R/client.R", `api_key <- Sys.getenv("API_KEY")\npassword <- readline(prompt = "Password: ")\n`],
    ["src/Keys.vb", `Dim apiKey As String = ConfigurationManager.AppSettings("ApiKey")\n`],
    ["config.fish", `set -x API_KEY (cat ~/.config/key)\nset -gx DB_PASSWORD $DB_PASSWORD\nset password_prompt "Enter your password"\n`],
    ["src/main.rs", `let api_key = String::from(env::var("API_KEY")?);\n`],
  ];
  for (const [path, text] of quiet) {
    const found = genericFindings(text, path);
    if (found.length) problems.push(`${path}: ${found.map((f) => f.ruleId).join(", ")}`);
  }
  assert.deepEqual(problems, []);
});

test("Authorization headers set by index (`headers[\"Authorization\"] = …`) or in a PHP array (`'Authorization' => …`)", () => {
  const t = token();
  for (const [path, text] of [
    ["src/api.js", `axios.defaults.headers.common["Authorization"] = "Bearer ${t}";\n`],
    ["src/Client.php", `$headers = ['Authorization' => 'Bearer ${t}'];\n`],
    ["app/client.py", `session.headers["Authorization"] = "Token ${t}"\n`],
  ] as const) {
    const found = scanText(text, { path }).findings.filter((f) => f.ruleId === "authorization-header");
    assert.equal(found.length, 1, path);
    assert.ok((found[0]?.end ?? 0) >= text.indexOf(t) + t.length, path);
  }
  for (const [path, text] of [
    ["src/api.js", "axios.defaults.headers.common[\"Authorization\"] = `Bearer ${token}`;\n"],
    ["src/Client.php", "$headers = ['Authorization' => 'Bearer ' . $token];\n"],
  ] as const) {
    assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], path);
  }
});

test("a value named by a sibling key: Kubernetes/ECS env lists, Postman variables; flags inside argument lists", () => {
  const t = token();
  const pw = password();
  const placements: [string, string, string][] = [
    ["deploy/deployment.yaml", `      env:\n        - name: PAYMENTS_API_KEY\n          value: "${t}"\n        - name: LOG_LEVEL\n          value: info\n`, t],
    ["ecs/task.json", `{"environment": [{"name": "DB_PASSWORD", "value": "${pw}"}, {"name": "DB_USER", "value": "app"}]}\n`, pw],
    ["ops.postman_collection.json", `{"variable": [\n  {\n    "key": "authToken",\n    "value": "${t}",\n    "type": "secret"\n  }\n]}\n`, t],
    ["docker-compose.yml", `    command: ["redis-server", "--appendonly", "yes", "--requirepass", "${pw}"]\n`, pw],
  ];
  for (const [path, text, value] of placements) {
    const at = text.indexOf(value);
    assert.ok(genericFindings(text, path).some((f) => f.start === at && f.end === at + value.length), `${path}: not reported`);
  }
  const quiet: [string, string][] = [
    ["deploy/deployment.yaml", `        - name: API_KEY\n          valueFrom:\n            secretKeyRef:\n              name: api\n              key: token\n        - name: TOKEN_TTL\n          value: "3600"\n`],
    ["ops.postman_collection.json", `{"variable": [{"key": "apiKey", "value": "{{apiKey}}"}, {"key": "baseUrl", "value": "https://api.acme.dev"}]}\n`],
    ["docker-compose.yml", `    command: ["redis-server", "--requirepass", "$REDIS_PASSWORD"]\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(genericFindings(text, path).map((f) => f.ruleId), [], path);
});

test("names: run-in password words, more qualified keys, defaults that are real, digests of secrets", () => {
  const pw = password();
  for (const [name, kind] of [
    ["PGPASSWORD", "password"], ["MYSQLPWD", "password"], ["requirepass", "password"], ["RABBITMQ_DEFAULT_PASS", "password"],
    ["DEFAULT_ADMIN_PASSWORD", "password"], ["http_x_internal_key", "secret"], ["validationKey", "secret"], ["decryptionKey", "secret"],
    ["forgotpassword", undefined], ["api_token_sha256", undefined], ["password_md5", undefined], ["key_fingerprint", undefined],
  ] as const) {
    assert.equal(classifyName(name), kind, name);
  }
  const cases: [string, string, string][] = [
    ["Makefile", `seed-prod:\n\tPGPASSWORD='${pw}' psql -h prod-db.acme.internal -U admin -f seed.sql\n`, pw],
    ["platform/docker-compose.yml", `    environment:\n      RABBITMQ_DEFAULT_PASS: "${pw}"\n`, pw],
    ["deploy/nginx.conf", `    if ($http_x_internal_key != "${rnd.string(48, HEX)}") {\n        return 401;\n    }\n`, ""],
  ];
  for (const [path, text, value] of cases) {
    const found = genericFindings(text, path);
    if (value) assert.ok(found.some((f) => text.slice(f.start, f.end) === value), path);
    else assert.equal(found.length, 1, path);
  }
});

test("stored password hashes, encoded stand-ins, public Sentry DSNs, ARNs and cache keys are not secrets", () => {
  const salt = randomToken(rnd, 22);
  const quiet: [string, string][] = [
    ["fixtures/users.json", `{"password": "pbkdf2_sha256$720000$${salt}$${randomToken(rnd, 43)}="}\n`],
    ["fixtures/users.json", `{"password": "argon2$argon2id$v=19$m=102400,t=2,p=8$${salt}$${randomToken(rnd, 43)}"}\n`],
    ["fixtures/users.json", `{"password": "bcrypt_sha256$$2b$12$${randomToken(rnd, 53, BASE62 + "./")}"}\n`],
    ["app/seed.py", `PASSWORD_HASH = "scrypt:32768:8:1$${salt}$${rnd.string(128, HEX)}"\n`],
    ["fixtures/users.json", `{"api_token_sha256": "${rnd.string(64, HEX)}"}\n`],
    ["access.log", `10.0.0.1 - - "GET /api/v1/reports/download?token=%5BREDACTED%5D HTTP/1.1" 403 39716\n`],
    ["web/index.html", `<script>Sentry.init({ dsn: "https://${rnd.string(32, HEX)}@o404171.ingest.sentry.io/1979360" });</script>\n`],
    ["serverless.yml", `    DB_SECRET_ARN: arn:aws:secretsmanager:us-east-1:123456789012:secret:notifications/db-${randomToken(rnd, 6)}\n`],
    ["ci.log", `2024-05-14T09:12:54Z Cache restored from key: node-cache-Linux-x64-npm-${rnd.string(64, HEX)}\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(genericFindings(text, path).map((f) => f.ruleId), [], text);
  // The legacy DSN with a secret part is still a secret.
  const legacy = `SENTRY_DSN = "https://${rnd.string(32, HEX)}:${rnd.string(32, HEX)}@sentry.acme.dev/12"\n`;
  assert.ok(scanText(legacy, { path: "settings.py" }).findings.length > 0);
});

test("translations, client-side site keys, class paths and jwt.io's example token are not secrets", () => {
  const quiet: [string, string][] = [
    ["config/locales/es.yml", `es:\n  auth:\n    password: "Contraseña"\n    api_key: "Clave de API"\n`],
    ["config/locales/de.yml", `de:\n  auth:\n    api_key: "API-Schlüssel"\n`],
    ["i18n/ja.json", `{"forgot_password": "パスワードをお忘れですか？", "token": "トークン"}\n`],
    ["src/main/resources/messages_fr.properties", `login.password=Mot de passe oublié\n`],
    ["app/templates/layout.html", `<script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon='{"token": "${rnd.string(32, HEX)}"}'></script>\n`],
    ["app/settings.py", `PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"]\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], path);
  const jwtIo = ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"].join(".");
  assert.deepEqual(scanText(`const EXAMPLE = "${jwtIo}";\n`, { path: "docs/jwt.md" }).findings, []);
  // A secret in a translation-shaped file outside a catalog, and an accented password with digits, still count.
  const pw = "Señor" + randomToken(rnd, 8) + "7!";
  assert.equal(genericFindings(`password: "${pw}"\n`, "config/app.yml").length, 1);
});

test("Kotlin pairs, builder chains, libpq strings, Okta SSWS headers; appSettings keys, publishable keys and elided values are not secrets", () => {
  const t = token();
  const pw = password().replace(/[@#%]/g, "_");
  const found: [string, string, string][] = [
    ["src/Providers.kt", `val headers = mapOf("apiKey" to "${t}")\n`, t],
    ["src/Config.java", `    DatadogClient client = DatadogClient.builder()\n        .apiKey("${rnd.string(32, HEX)}")\n        .build();\n`, ""],
    ["tools/sync.py", `conn = psycopg2.connect(\n    "host=db.acme.internal dbname=app user=sync "\n    "password=${pw} sslmode=require"\n)\n`, pw],
  ];
  for (const [path, text, value] of found) {
    const f = scanText(text, { path }).findings;
    if (value) assert.ok(f.some((x) => text.slice(x.start, x.end) === value), path);
    else assert.equal(f.length, 1, path);
  }
  const okta = `val h = mapOf("Authorization" to "SSWS 00${randomToken(rnd, 40)}")\n`;
  assert.deepEqual(scanText(okta, { path: "src/Okta.kt" }).findings.map((f) => f.ruleId), ["authorization-header"]);
  const quiet: [string, string][] = [
    ["src/Web.config", `<appSettings>\n  <add key="Auth0:Domain" value="acme.eu.auth0.com" />\n  <add key="Auth0:ClientId" value="${randomToken(rnd, 32)}" />\n</appSettings>\n`],
    ["config/services.php", `'stripe' => ['key' => 'pk_live_${randomToken(rnd, 99)}'],\n`],
    ["docs/README.md", `client = OpenAI(api_key="sk-proj-ety\u2026")  # use your own key\n`],
    ["src/Web.config", `<add name="Emulator" connectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "K1SZFPTOtr", "KBHBeksoGMGw=="].join("/")};" />\n`],
    ["lib/tasks/credentials.rake", `    key = partner.regenerate_api_key!\n`],
    ["R/db.R", `  dbConnect(RPostgres::Postgres(), dbname = "surveys", user = user, password = keyring::key_get("redshift", user))\n`],
    ["src/Providers.kt", `val headers = mapOf("apiKey" to apiKey)\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], path);
});

test("ops and device configs: aligned values, C arrays, passphrases, spaced directives, -D defines, plists, .pgpass, Sensitive()", () => {
  const pw = password().replace(/[@#%]/g, "_");
  const hex = rnd.string(32, HEX);
  const found: [string, string, string][] = [
    ["mysql/my.cnf", `[client]\nuser                  = backup\npassword              = ${pw}\n`, pw],
    ["firmware/secrets.h", `const char WIFI_PASSWORD[] = "${pw}";\n`, pw],
    ["firmware/station.ino", `const char* password = "fjord-walnut-36-violet";\n`, "fjord-walnut-36-violet"],
    ["mosquitto/bridge.conf", `connection cloud\nbridge_psk ${hex}\n`, hex],
    ["redis/redis.conf", `# auth\nrequirepass ${pw}\n`, pw],
    ["spark/spark-defaults.conf", `spark.hadoop.fs.s3a.secret.key                   ${randomToken(rnd, 40)}\n`, ""],
    ["platformio.ini", `build_flags =\n  -DWIFI_PASS=\\"${pw}\\"\n`, pw],
    ["ios/App/Info.plist", `<dict>\n\t<key>PartnerSharedSecret</key>\n\t<string>${randomToken(rnd, 40)}</string>\n</dict>\n`, ""],
    ["airflow/airflow.cfg", `[core]\nfernet_key = ${randomToken(rnd, 43, BASE62 + "-_")}=\n`, ""],
    ["postgres/.pgpass", `# host:port:db:user:password\npg-primary.internal:5432:orders:dba_ops:${pw}\n`, pw],
    ["puppet/manifests/db.pp", `password_hash => postgresql::postgresql_password('etl', Sensitive('${pw}')),\n`, pw],
    ["sssd/sssd.conf", `[domain/corp]\nldap_default_authtok = ${pw}\n`, pw],
  ];
  for (const [path, text, value] of found) {
    const f = scanText(text, { path }).findings;
    if (value) assert.ok(f.some((x) => text.slice(x.start, x.end) === value), `${path}: ${f.map((x) => x.ruleId).join(",") || "nothing"}`);
    else assert.equal(f.length, 1, path);
  }
  const quiet: [string, string][] = [
    ["jenkins/credentials.xml", `<password>{AQAAABAAAAAg${randomToken(rnd, 60, BASE64)}}</password>\n`],
    ["maven/settings.xml", `<password>{${randomToken(rnd, 44, BASE64)}=}</password>\n`],
    ["systemd/worker.service", `[Service]\nLoadCredential=dd_api_key:/etc/credstore/billing/dd_api_key\n`],
    ["ios/Analytics.m", `static NSString * const kMixpanelToken = @"${rnd.string(32, HEX)}";\n`],
    ["android/app/google-services.json", `{"client": [{"api_key": [{"current_key": "AIza${randomToken(rnd, 35, BASE62 + "_-")}"}]}]}\n`],
    ["android/local.properties", `MAPS_API_KEY=AIza${randomToken(rnd, 35, BASE62 + "_-")}\n`],
    ["redis/redis.conf", `requirepass changeme\n`],
    ["notes.md", `Password reset\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], path);
  assert.equal(scanText(`static NSString * const kMixpanelAPISecret = @"${rnd.string(32, HEX)}";\n`, { path: "ios/Analytics.m" }).findings.length, 1);
  assert.equal(scanText(`sql_alchemy_conn = postgresql+psycopg2://airflow:${pw}@pg.internal:5432/airflow\n`, { path: "airflow.cfg" }).findings[0]?.ruleId, "connection-string");
  assert.equal(scanText(`camera: "rtsp://admin:${pw}@192.168.1.60:554/stream"\n`, { path: "secrets.yaml" }).findings[0]?.ruleId, "url-credentials");
  assert.equal(scanText(`url: "ecto://shop:${pw}@shop-db.internal/shop_prod"\n`, { path: "config/prod.exs" }).findings[0]?.ruleId, "connection-string");
  assert.equal(scanText(`<match s3.**>\n  aws_sec_key ${randomToken(rnd, 40, BASE62 + "/+")}\n</match>\n`, { path: "fluent.conf" }).findings[0]?.ruleId, "aws-secret-access-key");
});

test("artifacts and awkward forms: command-line passwords, config setters, state files, EDN maps, credential constructors, flags inside strings", () => {
  const pw = password().replace(/[@#%]/g, "_");
  const found: [string, string][] = [
    [".bash_history", `mysql -h 10.20.4.11 -u crm_admin -p'${pw}' crm\n`],
    [".bash_history", `docker login registry.acme.dev -u ci-bot -p ${pw}\n`],
    ["deploy.sh", `sshpass -p '${pw}' ssh deploy@10.0.0.5\n`],
    [".bash_history", `aws configure set aws_secret_access_key ${randomToken(rnd, 40, BASE62 + "/+")}\n`],
    ["infra/terraform.tfstate", `{\n  "outputs": {\n    "db_password": {\n      "value": "${pw}",\n      "type": "string",\n      "sensitive": true\n    }\n  }\n}\n`],
    ["resources/config.edn", `{:db {:user "ledger"\n      :password "${pw}"}}\n`],
    ["src/Settings.scala", `val db = Creds("ledger", "${pw}")\n`],
    ["app/webhooks.rb", `configure do\n  set :session_secret, '${rnd.string(64, HEX)}'\nend\n`],
    ["config/deploy.rb", `set :password, "${pw}"\n`],
    ["analysis/load.m", `conn = database('warehouse', 'analyst', '${pw}');\n`],
    [".idea/workspace.xml", `<option name="PROGRAM_PARAMETERS" value="--spring.datasource.password=${pw}" />\n`],
    [".vscode/tasks.json", `{"env": {"PGPASSWORD": "${pw.slice(0, 6)}\\"${pw.slice(6)}"}}\n`],
  ];
  for (const [path, text] of found) assert.equal(scanText(text, { path }).findings.length, 1, `${path}: ${text}`);
  const quiet: [string, string][] = [
    ["docs/read.txt", `   mysql -uuser -p(read)\n`],
    ["Dialog.pm", `\t\t$_[0]='--password --inputbox'\n`],
    ["api/orders.http", `# Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n`],
    ["bin/ledger_db.pl", `my %cfg = (dsn => 'dbi:Pg:dbname=ledger;host=db.internal');\n`],
    ["config/deploy.rb", `set :password_prompt, "Enter the deploy password"\nset :secret_name, ENV["SECRET_NAME"]\n`],
    ["deploy/secret.yaml", `apiVersion: v1\nkind: Secret\ndata:\n  DB_USER: ${Buffer.from("payments").toString("base64")}\n`],
    [".bash_history", `docker login -u ci-bot -p $REGISTRY_PASSWORD registry.acme.dev\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], path);
});

test("library code: passwords hashed from literals, OkHttp basic credentials, UUID keys under token names; token-format regexes and syntax notation are not secrets", () => {
  const pw = password().replace(/[@#%'"]/g, "_");
  const found: [string, string][] = [
    ["database/seeders/AdminUserSeeder.php", `'password' => Hash::make('${pw}'),\n`],
    ["app/seed.py", `admin.password = make_password("${pw}")\n`],
    ["src/Seed.java", `user.setPassword(passwordEncoder.encode("${pw}"));\n`],
    ["db/seeds.rb", `User.create!(email: "ops@acme.dev", password_digest: BCrypt::Password.create('${pw}'))\n`],
    ["app/src/ApiClient.kt", `val basic = Credentials.basic("tripnest-android", "${pw}")\n`],
    ["config/app.py", `POSTMARK_TOKEN = "${[8, 4, 4, 4, 12].map((n) => rnd.string(n, HEX)).join("-")}"\n`],
  ];
  for (const [path, text] of found) assert.equal(scanText(text, { path }).findings.length, 1, `${path}: ${text}`);
  const quiet: [string, string][] = [
    ["src/config.rs", `static TOKEN_RE: &str = r"^glpat-[0-9A-Za-z_\\-]{20}$";\n`],
    ["docs/connecting.md", `postgres://[user[:password]@][host][:port][/dbname][?param=value&...]\n`],
    ["app/seed.py", `admin.password = make_password(os.environ["ADMIN_PASSWORD"])\n`],
    ["ansible/group_vars/prod/main.yml", `    password: "{{ vault_backup_user_hash | password_hash('sha512') }}"\n`],
    ["src/models.py", `request_id = "${[8, 4, 4, 4, 12].map((n) => rnd.string(n, HEX)).join("-")}"\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], path);
});

test("URL query parameters: a secret-named parameter's value ends at the next & and counts in code strings too", () => {
  const t = token();
  const p = password().replace(/[&#%]/g, "!");
  const cases: [string, string, string][] = [
    ["src/weather.js", `const r = await fetch("https://api.weather.dev/v1/forecast?api_key=${t}&units=metric");\n`, t],
    ["config/app.properties", `db.url=jdbc:mysql://db.internal:3306/app?user=root&password=${p}&useSSL=true\n`, p],
  ];
  const problems: string[] = [];
  for (const [path, text, value] of cases) {
    const at = text.indexOf(value);
    if (!genericFindings(text, path).some((f) => f.start === at && f.end === at + value.length)) problems.push(`${path}: not reported over exactly the value`);
  }
  const signed = `const url = "https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${randomToken(rnd, 20, BASE62)}%2F20240501%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=${rnd.string(64, HEX)}";\n`;
  const quiet: [string, string][] = [
    ["src/a.js", "const u = `https://maps.acme.dev/api?key=${KEY}&q=1`;\n"],
    ["src/b.js", signed],
  ];
  for (const [path, text] of quiet) {
    const found = genericFindings(text, path);
    if (found.length) problems.push(`${path}: ${found.map((f) => f.ruleId).join(", ")}`);
  }
  assert.deepEqual(problems, []);
});

test("real-world hard negatives: regexes, format strings, symbols, undecodable bytes, prose, published RFC examples", () => {
  const quiet: [string, string][] = [
    ["lexers/shell.py", `    _token_terminator = r'(?=\\^?[%s]|[%s%s])' % (_ws, _punct, _nl)\n    token_re = "(?:[A-Za-z0-9_]+)\\\\s*="\n`],
    ["msvc.py", `key = r"{}\\{:0.1f}\\VC\\VC_OBJECTS_PLATFORM_INFO\\Win32\\Directories".format(a, b)\n`],
    ["configure-index", `apt::key::archivekeyring "<STRING>";\napt::key::removedkeys "<STRING>";\n`],
    ["spec.xml", `<p>token: Br\ufffdg\ufffdk\ufffdrs7q</p>\n`],
    ["docs/migrating.html", `<p>Store the\npassword or&nbsp;secret.</p>\n`],
    ["oauth/clients/base.py", `        Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW\n        access_token = "2YotnFZFEjr1zCsicMWpAA"\n`],
    ["pgen2/grammar.py", `for attr in ("symbol2number", "number2symbol", "dfas", "keywords",\n             "tokens", "symbol2label"):\n    pass\n`],
    // A package manager's embedded verification key (DER SubjectPublicKeyInfo), base64 saying it is not real,
    // a proxy user's "pass" twin, the anonymous-FTP convention.
    ["dist/corepack.cjs", `const keys = [{ keyid: "SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA", key: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${randomToken(rnd, 60, BASE62)}==" }];\n`],
    ["README.md", `  auth: '${Buffer.from("isaacs:not my real password").toString("base64")}',\n`],
    ["lib/http.pm", `# export http_proxy="http://proxyuser:proxypass@proxyhost:8080"\n`],
    ["lib/ftp.pm", `    $pass = 'anonymous@';\n`],
    // Org-mode verbatim words, a texinfo macro, an unquoted query string in a docstring.
    ["etc/ORG-NEWS", `the "@" key to =calendar-goto-today=, use this:\n     to pass to =org-agenda-get-day-entries= and allows\n`],
    ["gnus/news-server.ast", `Password: @variable{user-name}\n`],
    ["org-protocol.el", `  "If a new-style link (key=val&key2=val2) is given"\n`],
    // Minified bundles and manifests: a ternary's `?`, string concatenation read across a quote, a key binding.
    ["dist/cssServerMain.js", `g&&!w||0!==m||y?this._output.space_before_token=!0:this._output.add_new_line();\n`],
    ["src/extension.js", `t=this.named?"named: "+String(this.value).toString()+" ":"tagged: { key:"+this.key.toString()+", value: "+v;\n`],
    ["dist/npmMain.js", `UnexpectedToken:"Unexpected token =",DuplicateBinding:"Duplicate binding"\n`],
    ["package.json", `{"command":"references-view.findReferences","when":"editorHasReferenceProvider","key":"shift+alt+f12"}\n`],
  ];
  const reported: string[] = [];
  for (const [path, text] of quiet) {
    const found = scanText(text, { path }).findings;
    if (found.length) reported.push(`${path}: ${found.map((f) => f.ruleId).join(", ")}`);
  }
  assert.deepEqual(reported, []);
  // A string-keyed pair that opens its argument list is still a key and its value.
  const t = token();
  const pair = `headers.set("token", "${t}");\n`;
  const at = pair.indexOf(t);
  assert.ok(genericFindings(pair, "src/client.js").some((f) => f.start === at && f.end === at + t.length));
});

test("a base64 secret may begin or end with + (only an expression joined by + is concatenation)", () => {
  const b64 = (): string => randomToken(rnd, 31, BASE62);
  const first = "+" + b64();
  const last = b64() + "+";
  const text = `const apiKey = "${first}";\nconst secret = "${last}";\n`;
  const found = genericFindings(text, "src/keys.js").map((f) => text.slice(f.start, f.end));
  assert.deepEqual(found, [first, last]);
});

test("single-quoted array elements, `pw` names and Laravel's withBasicAuth; a `pw` flag or hash is not a password", () => {
  const secret = token();
  const pw = password().replace(/[@#%'"]/g, "_");
  const found: [string, string][] = [
    ["app.pl", `app->secrets(['${secret}']);\n`],
    ["config/app.py", `SECRET_KEYS = ['${secret}']\n`],
    ["tests/Feature/AuthTest.php", `$client->request('GET', '/', [], [], ['PHP_AUTH_USER' => 'admin', 'PHP_AUTH_PW' => '${pw}']);\n`],
    ["deploy.env", `DB_PW=${pw}\n`],
    ["app/Services/Billing.php", `$response = Http::withBasicAuth('billing', '${pw}')->get($url);\n`],
  ];
  for (const [path, text] of found) assert.equal(scanText(text, { path }).findings.length, 1, `${path}: ${text}`);
  const quiet: [string, string][] = [
    ["settings.php", `$show_pw = true;\n`],
    ["app.pl", `app->secrets([$ENV{MOJO_SECRET}]);\n`],
    ["config/app.py", `SECRET_KEYS = ['change-me']\n`],
    ["app/Services/Billing.php", `$response = Http::withBasicAuth('billing', env('BILLING_PASSWORD'))->get($url);\n`],
    ["db/users.sql", `pw_hash = '$2b$12$${rnd.string(53, BASE62)}'\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], `${path}: ${text}`);
});

test("template parameters and namespaced keys: CloudFormation Default, ARM defaultValue and inline value, Pulumi project:key, yarn npmAuthIdent", () => {
  const pw = password().replace(/[@#%'"]/g, "_");
  const key = randomToken(rnd, 86, BASE64) + "==";
  const found: [string, string][] = [
    ["cloudformation/stack.yaml", `Parameters:\n  LegacyBillingPassword:\n    Type: String\n    NoEcho: true\n    Default: '${pw}'\n`],
    ["azure/azuredeploy.json", `{\n  "parameters": {\n    "diagnosticsStorageKey": {\n      "type": "securestring",\n      "defaultValue": "${key}"\n    }\n  }\n}\n`],
    ["azure/azuredeploy.parameters.json", `{\n  "parameters": {\n    "adminPassword": { "value": "${pw}" }\n  }\n}\n`],
    ["Pulumi.prod.yaml", `config:\n  aws:region: eu-west-1\n  aws-platform:readReplicaPassword: ${pw}\n`],
    [".yarnrc.yml", `npmRegistries:\n  "https://npm.acme.dev":\n    npmAuthIdent: "ci-npm:${pw}"\n`],
  ];
  for (const [path, text] of found) assert.equal(scanText(text, { path }).findings.length, 1, `${path}: ${text}`);
  const quiet: [string, string][] = [
    ["cloudformation/stack.yaml", `Parameters:\n  Environment:\n    Type: String\n    Default: '${pw}'\n`],
    ["Pulumi.prod.yaml", `config:\n  aws-platform:readReplicaPassword:\n    secure: v1:${randomToken(rnd, 40, BASE64)}\n`],
    ["netlify.toml", `[build.environment]\n  SECRETS_SCAN_OMIT_KEYS = "ALGOLIA_APP_ID,GATSBY_STRIPE_PK,CONTENTFUL_SPACE_ID"\n`],
    ["packer/ubuntu.pkr.hcl", `  environment_vars = ["DD_API_KEY=\${local.dd_api_key}", "DD_SITE=datadoghq.com"]\n`],
    ["vercel.json", `{\n  "env": {\n    "NEXT_PUBLIC_FIREBASE_API_KEY": "AIza${rnd.string(35, BASE62)}"\n  }\n}\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], `${path}: ${text}`);
});

test("seventh round: SDK key pairs, env fallbacks in more languages, header flags, Redis CONFIG SET, namespaced PowerShell names, discord.js login", () => {
  const secret40 = randomToken(rnd, 40, BASE64.replace(/[=]/g, ""));
  const pw = password().replace(/[@#%'"$`\\]/g, "_");
  const keyId = "AKIA" + rnd.string(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
  const found: [string, string][] = [
    ["Sources/App/configure.swift", `let dbPassword = Environment.get("DATABASE_PASSWORD") ?? "${pw}"\n`],
    ["src/Api/Program.cs", `var jwtKey = builder.Configuration["Jwt:Key"]\n    ?? "${secret40}";\n`],
    ["docs/observability.md", `curl -X GET "https://api.datadoghq.com/api/v1/dashboard" \\\n  -H "DD-APPLICATION-KEY: ${rnd.string(40, HEX)}"\n`],
    ["docs/postmortem.md", `| 14:35 | Tomasz sets a temporary password on the replica: \`CONFIG SET requirepass "${pw}"\` |\n`],
    ["AcmeOps/AcmeOps.psm1", `$script:AdoPat = '${rnd.string(52, "abcdefghijklmnopqrstuvwxyz234567")}'\n`],
    ["portal/settings/production.py", `SECRET_KEY = "%${rnd.string(49, "abcdefghijklmnopqrstuvwxyz0123456789!@#^&*(-_=+)")}"\n`],
    ["infra/config.ts", `const dbPassword = process.env.DB_PASSWORD\n  ? process.env.DB_PASSWORD\n  : '${pw}';\n`],
    ["docs/integrations/discord.md", `client.login("MTA${rnd.string(23, BASE62)}.${rnd.string(6, BASE62)}.${rnd.string(38, BASE62)}");\n`],
  ];
  for (const [path, text] of found) assert.equal(scanText(text, { path }).findings.length, 1, `${path}: ${text}`);
  const pair = `return StaticCredentialsProvider.create(AwsBasicCredentials.create(\n        "${keyId}",\n        "${secret40}"));\n`;
  assert.deepEqual(scanText(pair, { path: "src/main/java/AwsConfig.java" }).findings.map((f) => `${f.ruleId}:${f.start}`), [`aws-access-key-id:${pair.indexOf(keyId)}`, `aws-secret-access-key:${pair.indexOf(secret40)}`]);
  const quiet: [string, string][] = [
    ["tests/redact.test.ts", `expect(looksLikeSecret('${[8, 4, 4, 4, 12].map((n) => rnd.string(n, HEX)).join("-")}')).toBe(false);\n`],
    ["src/Billing.fs", `let fake = "sk_live_abcdefghijklmnopqrstuvwx"\n`],
    ["wiki/Deploy-Keys.md", `vault kv put secret/ci/deploy-keys/web private_key=@./deploy_key\n`],
    ["worker/celery_app.py", `sentry_sdk.init(dsn="https://${rnd.string(32, HEX)}@o801513.ingest.sentry.io/1849001630919722")\n`],
    ["docs/xslt.devhelp2", `<keyword type="macro" name="XSLT_PAT_NO_PRIORITY" link="libxslt-xsltInternals.html#XSLT_PAT_NO_PRIORITY"/>\n`],
    ["Sources/App/configure.swift", `let dbPassword = Environment.get("DATABASE_PASSWORD") ?? "changeme"\n`],
    ["config/initializers/integrations.rb", `Rails.application.config.x.mapbox_token = "pk.eyJ1IjoiYWNtZSIsImEiOiJ${rnd.string(22, BASE62)}.${rnd.string(22, BASE62)}"\n`],
    ["docs/adr/0012-secret-scanning.md", `Stripe's own docs use ${["sk", "test", "4eC39HqLyjWDarjtT1zdp7dc"].join("_")} in every example.\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], `${path}: ${text}`);
});

test("a password or token named in prose, in a code span; the verb 'pass' and flags in code spans are not", () => {
  const pw = password().replace(/[@#%'"$`\\=:(]/g, "_");
  const found = `Meeting notes: staging DB user \`admin\`, password \`${pw}\` (rotate by Friday).\n`;
  assert.equal(scanText(found, { path: "docs/meetings/2024-06-18.md" }).findings.length, 1, found);
  for (const text of [
    "In addition you can pass `spec=True` or `spec_set=True`, which causes\n",
    "Pass `--http-server-default-timeout=milliseconds` to restore the old default.\n",
    "The password is `changeme` in the sample compose file.\n",
    "Set the token `DATADOG_API_KEY` in the CI settings.\n",
  ]) assert.deepEqual(scanText(text, { path: "docs/notes.md" }).findings.map((f) => f.ruleId), [], text);
});

test("eighth round: redis-cli -a, URL-encoded tokens, *_AUTH names, CDATA, setx, a one-assignment string; a config file in a Kubernetes Secret is not a secret", () => {
  const pw = password().replace(/[@#%'"$`\\=:(<>\]&|;]/g, "_");
  const ghp = "gh" + "p_" + rnd.string(36, BASE62);
  const found: [string, string][] = [
    ["scripts/db-maintenance.sh", `redis-cli -h cache-01 -a ${pw} --no-auth-warning FLUSHDB\n`],
    ["docs/api-requests.http", `GET https://ci.example.net/callback?next=https%3A%2F%2Fapi.github.com%2Fuser%3Faccess_token%3D${ghp}\n`],
    [".env.production", `METRICS_BASIC_AUTH=${Buffer.from(`metrics:${pw}`).toString("base64")}\n`],
    ["src/Web/web.config", `<configuration>\n  <password><![CDATA[${pw}]]></password>\n</configuration>\n`],
    ["scripts/setenv.bat", `setx SQL_PASSWORD "${pw}"\n`],
    // Capitalised and ending in "!" like a GraphQL type, yet a password (the type filter once took it for one).
    ["deploy/secret.env", `DB_PASSWORD=D${rnd.string(17, BASE62)}!\n`],
    ["test/redact.test.ts", `expect(redact('secret=${randomToken(rnd, 40, BASE64.replace(/=/g, ""))}')).toBe('secret=[REDACTED]');\n`],
  ];
  for (const [path, text] of found) assert.equal(scanText(text, { path }).findings.length, 1, `${path}: ${text}`);
  const config = Buffer.from("queue: billing\nconcurrency: 4\nretry: 3\n").toString("base64");
  const quiet: [string, string][] = [
    ["k8s/secret.yaml", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: worker\ntype: Opaque\ndata:\n  config.yaml: ${config}\n`],
    ["oauth1/endpoints.py", `    'oauth_token=lsdkfol23w54jlksdef&oauth_token_secret=qwe089234lkjsdf&realms=movies'\n`],
    ["api/schema.graphql", `type User {\n  password: String!\n}\ntype Mutation {\n  resetPassword(token: String!, newPassword: String!): Boolean!\n  rotate(tokens: [Token!]!): Boolean!\n}\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], `${path}: ${text}`);
});

test("random passwords without a digit or starting with '#' are passwords; camelCase names and #{…} templates are not", () => {
  // Mixed-case letters with runs of capitals, as a random generator draws them (about 2% of 24-character ones hold no digit).
  for (const value of [["qQoTKEgq", "HsxlKxSd", "cIIwaEPT"].join(""), ["#v1IV4ZD", "KrrGqLg5", "wi6WiJHr"].join("")]) {
    const text = `package main\n\nfunc main() {\n\tdbPassword := "${value}"\n}\n`;
    assert.equal(scanText(text, { path: "main.go" }).findings.length, 1, value);
  }
  for (const value of ["SltCacheClientAT", "XMLHttpRequestTimeout", "#{vault_db_password}"]) {
    assert.deepEqual(scanText(`db_password = "${value}"\n`, { path: "app/settings.py" }).findings.map((f) => f.ruleId), [], value);
  }
});

test("ninth round: triple-quoted values, settings paths whose last segment names the key", () => {
  const pw = password().replace(/["'\\]/g, "_");
  const hex = rnd.string(64, HEX);
  const found: [string, string, string][] = [
    ["grafana/grafana.ini", `[security]\nadmin_password = """${pw}"""\n`, pw],
    ["app/settings.py", `SMTP_PASSWORD = '''${pw}'''\n`, pw],
    ["kibana/kibana.yml", `xpack.encryptedSavedObjects.encryptionKey: "${hex}"\n`, hex],
  ];
  for (const [path, text, value] of found) {
    const spans = scanText(text, { path }).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(spans, [value], `${path}: ${text}`);
  }
  const quiet: [string, string][] = [
    ["app/settings.py", `DOC = """\npassword = ""\n"""\n`],
    ["config/app.yml", `masked.password: "${pw}"\n`],
    ["config/app.yml", `encrypted.apiKey: "${hex}"\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], `${path}: ${text}`);
});

test("ninth round, data tools: Hadoop XML properties, hashing calls, Oracle command lines; stored hashes, digests and substitution variables are not passwords", () => {
  const pw = password().replace(/["'\\/@&$`<>]/g, "_");
  const key = rnd.string(40, BASE62 + "+/");
  const found: [string, string, string][] = [
    ["hadoop/core-site.xml", `<property>\n  <name>fs.s3a.secret.key</name>\n  <value>${key}</value>\n</property>\n`, key],
    ["hive/hive-site.xml", `<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <description>metastore</description>\n  <value>${pw}</value>\n</property>\n`, pw],
    ["hadoop/core-site.xml", `<name>fs.azure.account.key.archive.dfs.core.windows.net</name>\n<value>${key}==</value>\n`, `${key}==`],
    ["prisma/seed.ts", `import { hash } from "bcryptjs";\nconst admin = { passwordHash: await hash("${pw}", 10) };\n`, pw],
    ["scripts/seed.js", `const digest = await bcrypt.hash('${pw}', 12);\n`, pw],
    ["db/V12__users.sql", `INSERT INTO app_user (email, password_hash) VALUES ('ops@example.org', crypt('${pw}', gen_salt('bf')));\n`, pw],
    ["ops/run_batch.sh", `sqlplus -s risk_batch/${pw}@DWPROD @/opt/risk/aggregate.sql\n`, pw],
  ];
  for (const [path, text, value] of found) {
    const spans = scanText(text, { path }).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(spans, [value], `${path}: ${text}`);
  }
  const quiet: [string, string][] = [
    ["clickhouse/users.xml", `<password_sha256_hex>${rnd.string(64, HEX)}</password_sha256_hex>\n`],
    ["db/V3__roles.sql", `ALTER ROLE legacy WITH LOGIN PASSWORD 'md5${rnd.string(32, HEX)}';\n`],
    ["sql/logins.sql", `CREATE LOGIN [svc] WITH PASSWORD = 0x0200${rnd.string(136, HEX).toUpperCase()} HASHED;\n`],
    ["sql/oracle.sql", `CREATE USER etl IDENTIFIED BY "&&etl_password";\n`],
    ["spark/spark-defaults.conf", `spark.kubernetes.driver.secretKeyRef.DB_PASSWORD   warehouse-db:password\n`],
    ["logs/etl.log", `INFO s3 upload ok etag="${rnd.string(32, HEX)}" key=orders/dt=2024-05-13/orders.parquet\n`],
    ["src/util.ts", `import bcrypt from "bcrypt";\nconst bucket = hash("orders-2024");\n`],
    ["sql/check.sql", `SELECT id FROM app_user WHERE password_hash = crypt($1, password_hash);\n`],
    ["ops/sqlplus.sh", `sqlplus -s "$DB_USER/$DB_PASS@$TNS" @job.sql\nsqlplus / as sysdba\n`],
    ["compose/dev.yml", `command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD:-devpassword}"]\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], `${path}: ${text}`);
  // The HMAC key is a key even with a digest in its name.
  assert.equal(classifyName("hmac_sha256_secret"), "secret");
  assert.equal(classifyName("SECRET_REFRESH_TOKEN"), "secret");
});

test("ninth round, front-end: LaunchDarkly SDK keys, PostHog personal keys, UI tests typing a password; public browser keys are not secrets", () => {
  const pw = password().replace(/["'`{}\\]/g, "_");
  const uuid = [8, 4, 4, 4, 12].map((n) => rnd.string(n, HEX)).join("-");
  const ld = "sdk" + "-" + uuid;
  const phx = "ph" + "x_" + randomToken(rnd, 43, BASE62);
  const found: [string, string, string][] = [
    ["src/flags.server.ts", `const client = LaunchDarkly.init(process.env.LD_SDK_KEY || '${ld}');\n`, ld],
    ["scripts/export.ts", `const POSTHOG_PERSONAL_API_KEY = '${phx}';\n`, phx],
    ["e2e/auth.setup.ts", `await page.getByLabel('Password').fill('${pw}');\n`, pw],
    ["cypress/e2e/login.cy.js", `cy.get('input[name="password"]').type('${pw}{enter}');\n`, pw],
    ["src/test/LoginIT.java", `driver.findElement(By.id("password")).sendKeys("${pw}");\n`, pw],
    ["src/server.js", `app.use(basicAuth({ users: { ops: '${pw}' }, challenge: true }));\n`, pw],
    ["src/admin.js", `app.use(basicAuth({\n  challenge: true,\n  users: {\n    'admin': '${pw}',\n  },\n}));\n`, pw],
  ];
  for (const [path, text, value] of found) {
    const spans = scanText(text, { path }).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(spans, [value], `${path}: ${text}`);
  }
  const aiza = "AI" + "za" + randomToken(rnd, 35, BASE62);
  const quiet: [string, string][] = [
    ["public/index.html", `<script async src="https://maps.googleapis.com/maps/api/js?key=${aiza}&libraries=places&callback=initMap"></script>\n`],
    ["src/analytics.ts", `export const segment = AnalyticsBrowser.load({ writeKey: '${randomToken(rnd, 32, BASE62)}' });\n`],
    ["wrangler.toml", `DISCORD_PUBLIC_KEY = "${rnd.string(64, HEX)}"\n`],
    ["test/auth.test.ts", `const sample = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.${randomToken(rnd, 43, BASE62)}';\n`],
    [".env.example", `RESEND_API_KEY=re_123456789\n`],
    ["e2e/login.spec.ts", `await page.getByLabel('Password').fill('wrong');\nawait page.getByLabel('Password').fill(process.env.E2E_PASSWORD!);\n`],
    ["cypress/e2e/login.cy.ts", `cy.get('input[type=password]').type('definitely-wrong', { log: false });\ncy.get('#password').type('Invalid-Pass1');\n`],
    ["docs/test-generation.md", `await page.getByRole('textbox', { name: 'Password' }).fill('password123');\n`],
    ["config/app.yml", `admin_password: welcome1!\n`],
    ["src/server.js", `app.use(basicAuth({ users: { admin: process.env.ADMIN_PASSWORD } }));\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], `${path}: ${text}`);
  // A server-side Maps web-service call keeps its key secret.
  const geocode = `const url = "https://maps.googleapis.com/maps/api/geocode/json?address=x&key=${aiza}";\n`;
  assert.deepEqual(scanText(geocode, { path: "server/geo.ts" }).findings.map((f) => f.ruleId), ["gcp-api-key"]);
});

test("lists of keys under a secret name report every element; lists of rules and names do not", () => {
  const a = randomToken(rnd, 64, BASE62);
  const b = randomToken(rnd, 32, BASE62 + "_");
  const text = `export const storage = createCookieSessionStorage({\n  cookie: {\n    name: "__session",\n    secrets: [\n      '${a}',\n      '${b}',\n    ],\n  },\n});\n`;
  assert.deepEqual(scanText(text, { path: "app/sessions.server.ts" }).findings.map((f) => text.slice(f.start, f.end)), [a, b]);
  const koa = `app.keys = ['${b}', '${a}'];\n`;
  assert.deepEqual(scanText(koa, { path: "server.js" }).findings.map((f) => koa.slice(f.start, f.end)), [b, a]);
  const quiet: [string, string][] = [
    ["app/Http/Controllers/LoginController.php", `$validated = $request->validate([\n    'password' => ['required', 'string', 'min:12', 'confirmed'],\n]);\n`],
    ["src/lexer.ts", `const tokens = ["<s>", "</s>", "<|endoftext|>"];\n`],
    ["src/env.ts", `const secrets = ["STRIPE_SECRET_KEY", "DATABASE_PASSWORD_URL"];\n`],
  ];
  for (const [path, t] of quiet) assert.deepEqual(scanText(t, { path }).findings.map((f) => f.ruleId), [], `${path}: ${t}`);
});


test("blocks named for the secrets they hold name their children (Consul tokens, YAML secrets maps, Envoy inline_string); HCL blocks open with '{'", () => {
  const uuid = (): string => [8, 4, 4, 4, 12].map((n) => rnd.string(n, HEX)).join("-");
  const management = uuid();
  const agent = uuid();
  const hcl = `acl {\n  enabled        = true\n  default_policy = "deny"\n  tokens {\n    initial_management = "${management}"\n    agent              = "${agent}"\n  }\n}\n`;
  assert.deepEqual(scanText(hcl, { path: "consul/consul.hcl" }).findings.map((f) => hcl.slice(f.start, f.end)), [management, agent]);
  const github = randomToken(rnd, 40, BASE62);
  const yaml = `secrets:\n  github: ${github}\n  region: eu-west-1\n`;
  assert.deepEqual(scanText(yaml, { path: "config/app.yml" }).findings.map((f) => yaml.slice(f.start, f.end)), [github]);
  const hmac = randomToken(rnd, 43, BASE64.replace(/=/g, "")) + "=";
  const envoy = `secrets:\n- name: oauth-hmac\n  generic_secret:\n    secret:\n      inline_string: "${hmac}"\n- name: banner\n  generic_secret:\n    text:\n      inline_string: "Welcome to the gateway"\n`;
  assert.deepEqual(scanText(envoy, { path: "envoy/envoy.yaml" }).findings.map((f) => envoy.slice(f.start, f.end)), [hmac]);
  const quiet: [string, string][] = [
    ["consul/consul.hcl", `acl {\n  tokens {\n    agent = ""\n  }\n  node_id = "${uuid()}"\n}\n`],
    ["theme/tokens.ts", `export const designTokens = {\n  primary: "#1a73e8",\n  spacing: "8px",\n};\n`],
    [".github/workflows/ci.yml", `jobs:\n  build:\n    secrets:\n      token: \${{ secrets.GITHUB_TOKEN }}\n`],
  ];
  for (const [path, t] of quiet) assert.deepEqual(scanText(t, { path }).findings.map((f) => f.ruleId), [], `${path}: ${t}`);
});
