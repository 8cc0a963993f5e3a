// Structure-aware detection: Kubernetes Secrets (base64 decoded), registry auth files, connection-string
// passwords, PEM keys inside JSON (GCP service accounts), JWT decoding. Every secret is generated at test time.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../server/src/engine/scan";
import { BASE62, BASE64, HEX, base64Encode, fakeJwt, fakePem, makeRandom, randomToken, SEED } from "./support";

const rnd = makeRandom(SEED + 3);
const scan = (text: string, path: string) => scanText(text, { path }).findings;
const tok = (n = 24): string => randomToken(rnd, n);

/** The single finding whose range is exactly `value` inside `text`. */
function findingOver(text: string, path: string, value: string) {
  const at = text.indexOf(value);
  assert.ok(at >= 0);
  return scan(text, path).find((f) => f.start === at && f.end === at + value.length);
}

test("Kubernetes Secret: base64 data values are decoded, scanned, and reported on the encoded range", () => {
  const password = base64Encode(tok(18) + "!");
  const stripeLike = base64Encode("sk_" + "live_" + tok(30));
  const pem = base64Encode(fakePem(rnd, "EC PRIVATE KEY"));
  const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  db-password: ${password}\n  STRIPE_KEY: "${stripeLike}"\n  tls.key: ${pem}\n  replicas: ${base64Encode("3")}\n`;
  const p = findingOver(text, "k8s/secret.yaml", password);
  assert.ok(p, "password reported");
  assert.equal(p.title, "Hardcoded password (base64 in Kubernetes Secret)");
  const s = findingOver(text, "k8s/secret.yaml", stripeLike);
  assert.equal(s?.ruleId, "stripe-secret-key");
  assert.match(s?.title ?? "", /\(base64 in Kubernetes Secret\)$/);
  // The base64 PEM is a distinctive token on its own (kubeconfig client-key-data): that rule names it.
  assert.equal(findingOver(text, "k8s/secret.yaml", pem)?.ruleId, "private-key-base64");
  assert.equal(scan(text, "k8s/secret.yaml").length, 3, "a non-secret value (replicas) is not reported");
  assert.ok(!JSON.stringify(scan(text, "k8s/secret.yaml")).includes(password.slice(4, 12)));
});

test("Kubernetes Secret: placeholders, other kinds, multi-document files", () => {
  const placeholder = base64Encode("changeme");
  const value = base64Encode(tok(20));
  assert.equal(scan(`kind: Secret\ndata:\n  password: ${placeholder}\n`, "secret.yaml").length, 0);
  // A ConfigMap's data is not base64 and not secret by kind.
  assert.equal(scan(`kind: ConfigMap\ndata:\n  password_hint: ${value}\n`, "cm.yaml").length, 0);
  const multi = `kind: ConfigMap\ndata:\n  note: ${base64Encode("hello")}\n---\nkind: Secret\ndata:\n  api_token: ${value}\n`;
  assert.match(findingOver(multi, "all.yaml", value)?.title ?? "", /base64 in Kubernetes Secret/);
  // stringData holds plain values: the ordinary rules see them.
  const plain = tok(32);
  assert.ok(findingOver(`kind: Secret\nstringData:\n  api_token: ${plain}\n`, "s.yaml", plain));
});

test("registry auth files: .npmrc, .docker/config.json, .pypirc, .netrc, .git-credentials", () => {
  const authToken = tok(36);
  const npmrc = `registry=https://npm.acme.dev/\n//npm.acme.dev/:_authToken=${authToken}\n`;
  assert.match(findingOver(npmrc, ".npmrc", authToken)?.title ?? "", /npm registry auth token/);
  const auth = base64Encode(`deploy:${tok(16)}`);
  assert.ok(findingOver(`//npm.acme.dev/:_auth=${auth}\nalways-auth=true\n`, "app/.npmrc", auth));
  assert.equal(scan(`//npm.acme.dev/:_authToken=\${NPM_TOKEN}\n`, ".npmrc").length, 0);

  const docker = base64Encode(`me:${tok(20)}`);
  const cfg = `{\n  "auths": {\n    "https://index.docker.io/v1/": { "auth": "${docker}" }\n  }\n}\n`;
  assert.equal(findingOver(cfg, ".docker/config.json", docker)?.title, "Docker registry credentials (base64 user:password)");
  assert.equal(scan(cfg.replace(docker, base64Encode("user:password")), ".docker/config.json").length, 0);

  const pypi = tok(14);
  const pypirc = `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = bob\npassword = ${pypi}\n`;
  assert.ok(findingOver(pypirc, ".pypirc", pypi));

  const netrcPw = tok(30);
  const netrc = `machine api.heroku.com\n  login me@acme.dev\n  password ${netrcPw}\nmachine x.dev login a password changeme\n`;
  assert.equal(findingOver(netrc, ".netrc", netrcPw)?.title, "Password in .netrc");
  assert.equal(scan(netrc, ".netrc").length, 1);

  const gitToken = tok(40);
  assert.ok(scan(`https://bob:${gitToken}@github.com\n`, ".git-credentials").some((f) => f.ruleId === "url-credentials"));
});

test("connection strings: URI schemes, ADO.NET and JDBC Password= pairs", () => {
  for (const scheme of ["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "rediss", "amqp", "mssql", "jdbc:postgresql"]) {
    const pw = tok(16);
    const text = `DATABASE_URL="${scheme}://app:${pw}@db.acme.dev:5432/app"\n`;
    const f = scan(text, ".env");
    assert.equal(f.length, 1, scheme);
    assert.equal(f[0]?.ruleId, "connection-string", scheme);
    assert.match(f[0]?.title ?? "", /connection string with password/, scheme);
  }
  const pw = tok(14);
  const ado = `var cs = "Server=db.acme.dev;Database=app;User Id=sa;Password=${pw};";\n`;
  assert.equal(findingOver(ado, "src/Db.cs", pw)?.title, "Password in connection string");
  const jdbc = `String url = "jdbc:sqlserver://db.acme.dev:1433;databaseName=app;user=sa;password=${pw};";\n`;
  assert.ok(findingOver(jdbc, "src/Db.java", pw));
  for (const dummy of ["Password=password;", "Password=${DB_PASSWORD};", "Password={0};", "User Id=sa;Password=sa;", "Pwd=****;"]) {
    assert.equal(scan(`var cs = "Server=db;${dummy}";\n`, "src/Db.cs").length, 0, dummy);
  }
  for (const dummy of ["postgres://user:password@localhost/app", "ecto://USER:PASS@HOST/DATABASE", "mysql://mysql:mysql@localhost/db", "postgres://app:${PW}@db/app", "redis://:<password>@cache:6379"]) {
    assert.equal(scan(`url = "${dummy}"\n`, "config.py").length, 0, dummy);
  }
});

test("PEM private keys inside JSON strings with \\n escapes (GCP service account)", () => {
  const pem = fakePem(rnd, "PRIVATE KEY");
  const escaped = pem.replace(/\n/g, "\\n");
  const text = `{\n  "type": "service_account",\n  "private_key_id": "${rnd.string(40, "0123456789abcdef")}",\n  "private_key": "${escaped}\\n",\n  "client_email": "svc@p.iam.gserviceaccount.com"\n}\n`;
  const f = findingOver(text, "sa.json", escaped);
  assert.equal(f?.ruleId, "private-key");
  // A public key or a placeholder body is not a private key.
  assert.equal(scan(`{"key": "-----BEGIN PUBLIC KEY-----\\n${tok(60)}\\n-----END PUBLIC KEY-----"}\n`, "k.json").length, 0);
  assert.equal(scan(`-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n`, "README.md").length, 0);
});

test("JWTs are decoded: HMAC-signed flagged, Supabase anon dropped, service_role critical", () => {
  const hs = fakeJwt(rnd, { sub: "42" }, "HS256");
  assert.equal(findingOver(`const t = "${hs}";\n`, "a.ts", hs)?.title, "JSON Web Token (HMAC-signed)");
  const anon = fakeJwt(rnd, { iss: "supabase", role: "anon" });
  assert.equal(scan(`SUPABASE_ANON_KEY=${anon}\n`, ".env").filter((f) => f.ruleId === "jwt").length, 0);
  const service = fakeJwt(rnd, { iss: "supabase", role: "service_role" });
  const f = scan(`SUPABASE_KEY=${service}\n`, ".env").find((x) => x.ruleId === "jwt");
  assert.equal(f?.severity, "error");
  assert.match(f?.title ?? "", /service_role/);
});

test("structured handlers cost nothing on files they do not concern", () => {
  const text = `const a = 1;\n`.repeat(20000);
  const t0 = process.cpuUsage();
  for (let i = 0; i < 5; i++) scanText(text, { path: "src/big.ts" });
  const ms = (process.cpuUsage(t0).user + process.cpuUsage(t0).system) / 1000 / 5;
  assert.ok(ms < 200, `${ms.toFixed(0)} ms per 260 KB scan`);
});

test("a `password = x;` statement in code is not a connection-string pair", () => {
  const pw = tok(14);
  assert.equal(scan(`let x = 1; password = strict;\nconst password = result.groups?.password;\n`, "src/a.js").length, 0);
  assert.equal(scan(`a.user=e.user;password=e.password;b=1;\n`, "dist/app.js").length, 0);
  assert.ok(findingOver(`conn = "Data Source=db;Initial Catalog=app;Pwd=${pw};"\n`, "app.py", pw));
});

test("Terraform variable defaults are named by the variable's label; YAML tags are not values", () => {
  const v = tok(32);
  const tf = `variable "api_token" {\n  type      = string\n  default   = "${v}"\n  sensitive = true\n}\nvariable "region" {\n  default = "${tok(20)}"\n}\n`;
  const f = findingOver(tf, "infra/variables.tf", v);
  assert.equal(f?.name, "api_token");
  assert.equal(f?.quote, '"');
  assert.equal(scan(tf, "infra/variables.tf").length, 1, "a non-secret variable is not reported");
  assert.equal(scan(`db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${rnd.string(64, "0123456789abcdef")}\n`, "group_vars/all.yml").length, 0);
});

test("Kubernetes Secret: a whole-file value (.dockercfg JSON, folded or literal block) is judged by its content", () => {
  // Docs-style registry host names must not turn a registry credential into an "example".
  const dockercfg = base64Encode(`{"auths":{"https://registry.example.com/v1/":{"auth":"${tok(16)}"}}}\n`);
  for (const block of ["|", ">", ""]) {
    const value = block ? `${block}\n    ${dockercfg}` : dockercfg;
    const text = `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockercfg\ndata:\n  .dockercfg: ${value}\n`;
    const found = scan(text, "k8s/pull-secret.yaml");
    assert.equal(found.length, 1, `block "${block}"`);
    assert.equal(text.slice(found[0]?.start, found[0]?.end), dockercfg);
  }
  // A certificate is public whatever the kind says.
  const cert = base64Encode(`-----BEGIN CERTIFICATE-----\n${tok(64)}\n-----END CERTIFICATE-----\n`);
  assert.equal(scan(`kind: Secret\ndata:\n  bundle: ${cert}\n`, "ca.yaml").length, 0);
});

test("passwords handed to credential APIs and user DDL are found where no name says so", () => {
  const pw = (): string => tok(10) + rnd.pick(["!", "#", "%", "@", "&"]) + tok(3);
  const cases: [string, (p: string) => string, string][] = [
    ["db/schema.sql", (p) => `CREATE USER app_user IDENTIFIED BY '${p}';\n`, "IDENTIFIED BY"],
    ["db/mysql.sql", (p) => `CREATE USER 'repl'@'%' IDENTIFIED WITH mysql_native_password BY '${p}';\n`, "IDENTIFIED BY"],
    ["db/pg.sql", (p) => `ALTER ROLE reporting WITH LOGIN PASSWORD '${p}';\n`, "PASSWORD"],
    ["db/mssql.sql", (p) => `CREATE LOGIN svc WITH PASSWORD = N'${p}', CHECK_POLICY = OFF;\n`, "PASSWORD"],
    ["migrate.py", (p) => `cur.execute("CREATE USER app WITH ENCRYPTED PASSWORD '${p}'")\n`, "PASSWORD"],
    ["src/Mail.cs", (p) => `var cred = new System.Net.NetworkCredential("svc-backup", "${p}");\n`, "NetworkCredential"],
    ["src/Mail.java", (p) => `return new PasswordAuthentication("mailer", "${p}".toCharArray());\n`, "PasswordAuthentication"],
    ["src/Db.java", (p) => `Connection c = DriverManager.getConnection("jdbc:postgresql://db/app", "app", "${p}");\n`, "getConnection"],
    ["fetch.py", (p) => `r = requests.get(url, auth=("svc", "${p}"))\n`, "auth"],
    ["client.py", (p) => `session.auth = HTTPBasicAuth('svc', '${p}')\n`, "HTTPBasicAuth"],
    ["client.go", (p) => `req.SetBasicAuth("svc", "${p}")\n`, "SetBasicAuth"],
    ["deploy.ps1", (p) => `$secure = ConvertTo-SecureString "${p}" -AsPlainText -Force\n`, "SecureString"],
  ];
  const problems: string[] = [];
  for (const [path, render, what] of cases) {
    const p = pw();
    const text = render(p);
    const f = findingOver(text, path, p);
    if (!f) problems.push(`${path}: not reported`);
    else if (!f.title.includes(what) || f.ruleId !== "hardcoded-password") problems.push(`${path}: ${f.ruleId} "${f.title}"`);
    else if (f.masked.length > 5) problems.push(`${path}: masked too little`);
  }
  assert.deepEqual(problems, []);

  const quiet: [string, string][] = [
    ["db/a.sql", `CREATE USER app IDENTIFIED BY 'password';\nCREATE USER app IDENTIFIED BY :pw;\nALTER USER scott IDENTIFIED BY VALUES 'S:1234';\nCREATE USER ops IDENTIFIED EXTERNALLY;\nSELECT password FROM users WHERE name = 'bob';\n`],
    ["db/b.sql", `CREATE ROLE app WITH LOGIN PASSWORD 'changeme';\nALTER USER app WITH PASSWORD '\${DB_PASSWORD}';\n`],
    ["a.py", `requests.get(url, auth=(user, password))\nrequests.get(url, auth=("user", "pass"))\nrequests.get(url, auth=("user", "<password>"))\ncur.execute("ALTER USER %s WITH PASSWORD %s", (name, pw))\n`],
    ["A.cs", `var c = new NetworkCredential(user, password);\nvar d = new NetworkCredential("svc", Environment.GetEnvironmentVariable("SVC_PW"));\nvar e = new NetworkCredential("svc", "{0}");\n`],
    ["b.ps1", `$s = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force\n$t = ConvertTo-SecureString "changeme" -AsPlainText -Force\n`],
    ["Db.java", `DriverManager.getConnection(url, user, password);\nDriverManager.getConnection(url, "sa", "");\n`],
  ];
  const reported: string[] = [];
  for (const [path, text] of quiet) {
    const found = scan(text, path);
    if (found.length) reported.push(`${path}: ${found.map((f) => `${f.ruleId} "${f.title}"`).join(", ")}`);
  }
  assert.deepEqual(reported, []);
});

test("a secret written as the fallback of an environment lookup is reported under the variable's name", () => {
  const secret = (): string => tok(12) + rnd.pick(["#", "!", "%", "@"]) + tok(6);
  const cases: [string, (v: string) => string, string][] = [
    ["src/auth.js", (v) => `const jwtSecret = process.env.JWT_SECRET || "${v}";\n`, "JWT_SECRET"],
    ["src/auth.ts", (v) => `const key = process.env["API_KEY"] ?? '${v}';\n`, "API_KEY"],
    ["app/settings.py", (v) => `SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${v}")\n`, "DJANGO_SECRET_KEY"],
    ["app/client.py", (v) => `token = os.getenv('API_TOKEN', '${v}')\n`, "API_TOKEN"],
    ["config/database.php", (v) => `<?php return ['password' => env('DB_PASSWORD', '${v}')];\n`, "DB_PASSWORD"],
    ["lib/client.rb", (v) => `TOKEN = ENV.fetch("GITHUB_TOKEN", "${v}")\n`, "GITHUB_TOKEN"],
    ["src/main/resources/application.yml", (v) => `jwt:\n  secret: \${JWT_SECRET:${v}}\n`, "JWT_SECRET"],
    ["scripts/run.sh", (v) => `export DB_PASSWORD="\${DB_PASSWORD:-${v}}"\n`, "DB_PASSWORD"],
  ];
  const problems: string[] = [];
  for (const [path, render, name] of cases) {
    const v = secret();
    const f = findingOver(render(v), path, v);
    if (!f) problems.push(`${path}: not reported`);
    else if (f.title !== `Hardcoded fallback for ${name}` || f.name !== name) problems.push(`${path}: "${f.title}" name ${f.name}`);
  }
  assert.deepEqual(problems, []);
  const quiet = [
    ["src/a.js", `const port = process.env.PORT || "3000";\nconst host = process.env.DB_HOST || "localhost";\nconst pw = process.env.DB_PASSWORD || "changeme";\nconst t = process.env.TOKEN || "";\n`],
    ["app/a.py", `DEBUG = os.getenv("DEBUG", "false")\nKEY = os.environ.get("SECRET_KEY", "dev")\nURL = os.getenv("API_URL", "https://api.acme.dev/v1")\n`],
    ["config/app.yml", `server.port: \${PORT:8080}\nspring.datasource.password: \${DB_PASSWORD:}\npath: \${HOME:-/root}\n`],
    ["deploy.sh", `export DB_PASSWORD="\${DB_PASSWORD:?set DB_PASSWORD first}"\nexport API_TOKEN="\${API_TOKEN:+Bearer-$API_TOKEN}"\n`],
  ] as const;
  const reported: string[] = [];
  for (const [path, text] of quiet) {
    const found = scan(text, path);
    if (found.length) reported.push(`${path}: ${found.map((f) => f.title).join(", ")}`);
  }
  assert.deepEqual(reported, []);
});

test("signing keys handed to JWT, HMAC and security-key APIs are reported; variables and stand-ins are not", () => {
  const key = tok(40);
  const placements: [string, string][] = [
    ["src/auth.js", `return jwt.sign(payload, "${key}", { algorithm: "HS256" });\n`],
    ["src/verify.ts", `const claims = jwt.verify(token, '${key}');\n`],
    ["src/hooks.js", `const sig = crypto.createHmac("sha256", "${key}").update(body).digest("hex");\n`],
    ["app/auth.py", `token = jwt.encode({"sub": uid}, "${key}", algorithm="HS256")\n`],
    ["app/hooks.py", `digest = hmac.new(b"${key}", body, hashlib.sha256).hexdigest()\n`],
    ["lib/auth.rb", `JWT.encode(payload, '${key}', 'HS256')\n`],
    ["internal/sign.go", `mac := hmac.New(sha256.New, []byte("${key}"))\n`],
    ["src/Signer.java", `mac.init(new SecretKeySpec("${key}".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));\n`],
    ["src/Startup.cs", `IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${key}")),\n`],
  ];
  for (const [path, text] of placements) {
    const f = findingOver(text, path, key);
    assert.equal(f?.ruleId, "generic-secret", path);
    assert.match(f?.title ?? "", /^Signing key passed to /, path);
  }
  const quiet = [
    "jwt.sign(payload, process.env.JWT_SECRET);\n",
    'jwt.sign(payload, "secret");\n',
    "jwt.sign(payload, 'your-256-bit-secret');\n",
    'const h = crypto.createHmac("sha256", signingKey);\n',
    "digest = hmac.new(key, body, hashlib.sha256)\n",
  ];
  for (const text of quiet) assert.deepEqual(scan(text, "src/auth.js"), [], text);
});

test("database connects whose third argument is the password: Perl DBI, PHP PDO and mysqli", () => {
  const pw = tok(12) + "^" + tok(3);
  const perl = `sub dbh {\n  return DBI->connect(\n    'DBI:mysql:database=billing;host=db.acme.dev',\n    'billing_rw',\n    '${pw}',\n    { RaiseError => 1 },\n  );\n}\n`;
  assert.equal(findingOver(perl, "lib/Billing/Gateway.pm", pw)?.title, "Password passed to DBI->connect (Perl)");
  const php = `<?php\n$pdo = new PDO($dsn, 'app', '${pw}');\n$db = mysqli_connect('db.acme.dev', 'shop', '${pw}', 'shop');\n`;
  assert.deepEqual(scan(php, "src/db.php").map((f) => f.title), ["Password passed to PDO (PHP)", "Password passed to mysqli_connect (PHP)"]);
  assert.deepEqual(scan(`<?php\n$pdo = new PDO($dsn, $user, $pass);\n$db = mysqli_connect('localhost', 'root', '', 'shop');\n`, "src/db.php"), []);
});

test("provider formats found in the wild: Azure account and shared access keys, AWS session tokens, Docker Hub, NuGet, Twilio SID + token", () => {
  const accountKey = randomToken(rnd, 86, BASE64) + "==";
  const cs = `private const string Storage = "DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${accountKey};EndpointSuffix=core.windows.net";\n`;
  assert.equal(findingOver(cs, "src/Registration.cs", accountKey)?.ruleId, "azure-storage-account-key");
  const sasKey = randomToken(rnd, 43, BASE64) + "=";
  const sb = `"ServiceBus": "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${sasKey}"\n`;
  assert.equal(findingOver(sb, "appsettings.json", sasKey)?.ruleId, "azure-shared-access-key");
  assert.deepEqual(scan(`AZURE_STORAGE=DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<your-account-key>\n`, ".env").map((f) => f.ruleId), []);
  const session = "IQoJb3JpZ2luX2Vj" + randomToken(rnd, 300, BASE64) + "=";
  assert.equal(findingOver(`[default]\naws_session_token = ${session}\n`, ".aws/credentials", session)?.ruleId, "aws-session-token");
  const docker = "dckr_" + "pat_" + randomToken(rnd, 27, BASE62 + "-_");
  assert.equal(findingOver(`echo "${docker}" | docker login -u ci --password-stdin\n`, "ci.sh", docker)?.ruleId, "dockerhub-pat");
  const nuget = "oy2" + rnd.string(43, "abcdefghijklmnopqrstuvwxyz0123456789");
  const nugetConfig = `<configuration>\n  <apikeys>\n    <add key="https://api.nuget.org/v3/index.json" value="${nuget}" />\n  </apikeys>\n</configuration>\n`;
  assert.equal(findingOver(nugetConfig, "nuget.config", nuget)?.ruleId, "nuget-api-key");
  const sid = "AC" + rnd.string(32, HEX);
  const authToken = rnd.string(32, HEX);
  const twilio = `const client = twilio("${sid}", "${authToken}");\n`;
  assert.equal(findingOver(twilio, "src/sms.js", authToken)?.ruleId, "twilio-account-credentials");
  assert.equal(findingOver(`curl -u ${sid}:${authToken} https://api.twilio.com/2010-04-01/Accounts.json\n`, "twilio.sh", authToken)?.ruleId, "twilio-account-credentials");
  const supabase = "sb_" + "secret_" + randomToken(rnd, 31, BASE62 + "-_");
  assert.equal(findingOver(`export const ADMIN_KEY = "${supabase}";\n`, "src/admin.ts", supabase)?.ruleId, "supabase-secret-key");
});

test("daemon and provisioning configs: {PLAIN}, chpasswd, preseed, ipsec.secrets, Sentinel, Redis ACL, JAAS, sasl_passwd, PgBouncer; hashes and references are not passwords", () => {
  const rnd = makeRandom(SEED + 77);
  const pw = (): string => rnd.string(14, BASE62) + "!" + rnd.string(3, BASE62);
  const found: [string, string][] = [
    ["dovecot/users", `noreply@example.com:{PLAIN}${pw()}:5000:5000::/var/mail/vhosts/example.com/noreply\n`],
    ["dovecot/passwd", `alerts@example.com:{CLEARTEXT}${pw()}::::::\n`],
    ["cloud-init/user-data.yaml", `runcmd:\n  - echo 'deploy:${pw()}' | chpasswd\n`],
    ["provisioning/preseed.cfg", `d-i passwd/root-password password ${pw()}\n`],
    ["strongswan/ipsec.secrets", `moon.example.org sun.example.org : PSK "${pw()}"\n`],
    ["redis/sentinel.conf", `sentinel monitor mymaster 10.0.0.5 6379 2\nsentinel auth-pass mymaster ${pw()}\n`],
    ["redis/redis.conf", `user worker on >${pw()} ~jobs:* +@list\n`],
    ["kafka/kafka_server_jaas.conf", `KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_admin="${pw()}";\n};\n`],
    ["postfix/sasl_passwd", `[smtp.mailgun.org]:587 postmaster@mg.example.com:${pw()}\n`],
    ["pgbouncer/userlist.txt", `"reporting" "${pw()}"\n`],
    ["nginx/sites-available/app.conf", `location / {\n  proxy_set_header X-Api-Key "${rnd.string(32, HEX)}";\n}\n`],
    ["openldap/slapd.conf", `rootpw    ${pw()}\n`],
    ["haproxy/haproxy.cfg", `userlist admins\n    user deploy insecure-password ${pw()}\n`],
    ["haproxy/haproxy.cfg", `listen stats\n    bind :8404\n    stats enable\n    stats auth admin:${pw()}\n`],
    ["snmp/snmpd.conf", `rocommunity ${rnd.string(18, BASE62)} 10.20.0.0/16\n`],
    ["nagios/resource.cfg", `$USER1$=/usr/lib/nagios/plugins\n$USER3$=${rnd.string(12, BASE62)}7q\n`],
  ];
  for (const [path, text] of found) assert.equal(scanText(text, { path }).findings.length, 1, `${path}: ${text}`);
  // SNMPv3 users carry two passphrases on one line: authentication, then privacy.
  const auth = pw();
  const priv = pw();
  const snmpUser = `createUser monitor SHA-256 "${auth}" AES "${priv}"\n`;
  assert.deepEqual(scanText(snmpUser, { path: "snmp/snmpd.conf" }).findings.map((f) => snmpUser.slice(f.start, f.end)).sort(), [auth, priv].sort());
  const quiet: [string, string][] = [
    ["dovecot/users", `noreply@example.com:{SHA512-CRYPT}$6$${rnd.string(16, BASE62)}$${rnd.string(86, BASE62)}:5000:5000\n`],
    ["redis/redis.conf", `user worker on #${rnd.string(64, HEX)} ~jobs:* +@list\n`],
    ["pgbouncer/userlist.txt", `"reporting" "SCRAM-SHA-256$4096:${rnd.string(24, BASE62)}"\n`],
    ["cloud-init/user-data.yaml", `runcmd:\n  - echo "deploy:$DEPLOY_PASSWORD" | chpasswd\n`],
    ["postgresql/postgresql.conf", `#password_encryption = scram-sha-256\t# scram-sha-256 or md5\n`],
    ["grafana/grafana.ini", `;secret_key = SW2YcwTIb9zpOOhoPsMm\n`],
    ["snmp/snmpd.conf", `rocommunity public default\nrwcommunity private localhost\n`],
    ["docs/performance.md", "tested five substrings (`text.includes(\"{PLAIN}\")`, `\"d-i\"`, …)\n"],
    ["nagios/resource.cfg", `$USER1$=/usr/lib/nagios/plugins\n$USER2$=/usr/lib/nagios/eventhandlers\n`],
    ["mongo/init.js", `db.createUser({ user: "app", pwd: passwordPrompt(), roles: ["readWrite"] });\n`],
    ["haproxy/haproxy.cfg", `userlist admins\n    user deploy password $6$${rnd.string(16, BASE62)}$${rnd.string(86, BASE62)}\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], `${path}: ${text}`);
});

test("secret key files (Rails master.key, MongoDB keyfile, *.psk) are judged by their whole content", () => {
  const rnd = makeRandom(SEED + 78);
  const quiet: [string, string][] = [
    ["config/master.key", "x".repeat(32) + "\n"],
    ["config/master.key", "0".repeat(32) + "\n"],
    ["mongodb/keyfile", "put the replica set key here\n"],
    ["config/master.key", `# ${rnd.string(32, HEX)}\nsee the wiki\n`],
    ["docs/keyfile.md", rnd.string(64, HEX) + "\n"],
  ];
  for (const [path, text] of quiet) assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [], `${path}: ${text}`);
  const pem = fakePem(rnd, "PRIVATE KEY");
  assert.deepEqual(scanText(pem, { path: "config/master.key" }).findings.map((f) => f.ruleId), ["private-key"]);
});
