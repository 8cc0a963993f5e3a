// Structural rules that are not one provider's token: private keys, credentials in URLs, JWTs,
// Authorization headers. The generic name-based rules live in ../generic.ts and are listed here for docs.
import type { RuleSpec } from "../types";

const DB_SCHEMES =
  "postgres(?:ql)?|ecto|mysql|mariadb|mongodb(?:\\+srv)?|redis|rediss|amqps?|mssql|sqlserver|oracle|redshift|trino|presto|vertica|cockroachdb|couchdb|cassandra|neo4j(?:\\+s)?|bolt|clickhouse|snowflake|db2|nats|kafka|mqtts?|elasticsearch|memcached|ldaps?|smtps?|imaps?|pop3s?";

export const coreRules: RuleSpec[] = [
  {
    id: "private-key",
    title: "Private key",
    provider: "PEM / OpenSSH / PGP",
    keywords: ["private key"],
    keywordOffset: 40,
    // An END marker that lost a dash or two in a copy is still the end of a key.
    // The body cannot contain "-----", so a BEGIN line without its END costs one short attempt, not 16,000 steps.
    secret:
      /-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----)){40,16000}?-----END[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-{3,5}/,
    validator: "pem-private-key",
    severity: "error",
    envName: "PRIVATE_KEY",
    doc: {
      summary:
        "A PEM, OpenSSH or PGP private key block, also inside JSON strings with \\n escapes (GCP service-account files). Anyone holding it can sign, decrypt or log in as its owner.",
      rotate: "Generate a new key pair, deploy the new public key, revoke the old one (and its certificate) everywhere.",
    },
    negatives: [
      "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\\n-----END PUBLIC KEY-----",
      "-----BEGIN RSA PRIVATE KEY-----\\n...\\n-----END RSA PRIVATE KEY-----",
      "-----BEGIN PRIVATE KEY-----\\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n-----END PRIVATE KEY-----",
    ],
  },
  {
    id: "openvpn-static-key",
    title: "OpenVPN static key",
    provider: "OpenVPN",
    keywords: ["openvpn static key"],
    keywordOffset: 11,
    // 2048 bits as 16 lines of 32 hex digits (`openvpn --genkey secret ta.key`), in ta.key or inline in a .ovpn
    // profile's <tls-auth>/<tls-crypt>/<secret> block.
    // Indented as a YAML block scalar or a heredoc's body, the lines may start with blanks.
    secret: /-----BEGIN OpenVPN Static key V1-----(?:\r?\n[ \t]{0,16}[0-9a-fA-F]{32}){16}\r?\n[ \t]{0,16}-----END OpenVPN Static key V1-----/,
    severity: "error",
    envName: "OPENVPN_STATIC_KEY",
    doc: {
      summary:
        "An OpenVPN static key (`ta.key` for tls-auth/tls-crypt, or a pre-shared `secret` key), in its own file or inline in a .ovpn profile. With tls-crypt or a static-key tunnel, whoever holds it can decrypt or inject the VPN's control channel or traffic.",
      rotate: "Generate a new key with `openvpn --genkey secret`, distribute it to the server and every client, and keep profiles with inline keys out of the repository.",
    },
    negatives: ["-----BEGIN OpenVPN Static key V1-----\\n...\\n-----END OpenVPN Static key V1-----"],
  },
  {
    id: "nats-nkey-seed",
    title: "NATS NKey seed",
    provider: "NATS",
    keywords: ["nkey seed", "seed"],
    keywordOffset: 0,
    // A seed is 58 base32 characters: "S", the key type (User, Account, Operator, server Node, Cluster, curve X), the
    // seed and a checksum; public NKeys (U…, A…, O…) are 56 and public by design. Found in .creds files after
    // `BEGIN USER NKEY SEED` and in client settings named `seed`.
    secret: /(?:NKEY SEED-{5,6}[ \t]{0,4}\r?\n[ \t]{0,16}|seed["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)(?<secret>S[UAONCX][A-Z2-7]{56})(?![A-Z2-7])/i,
    severity: "error",
    envName: "NATS_NKEY_SEED",
    doc: {
      summary:
        "The private seed of a NATS NKey (user, account or operator), in a .creds file or a client's `seed` setting. Whoever holds it can sign in as that identity (or, for an operator or account, sign new users). Seeds in a file of their own (`*.nk`) are reported by the secret-key-file rule.",
      rotate: "Generate a new NKey (`nsc` or `nk -gen user`), update the server or account JWT with its public key, revoke the old user, and keep the .creds file out of the repository.",
    },
  },
  {
    id: "secret-key-file",
    title: "Secret key file",
    provider: "Rails, MongoDB, Zabbix, Artifactory…",
    keywords: [],
    // Judged by a structured handler (the file's name, then its whole content), not by a pattern.
    secret: /(?!)/,
    severity: "error",
    envName: "SECRET_KEY",
    doc: {
      summary:
        "A file whose whole content is one random key, under a name that says it is one: Rails `config/master.key` (decrypts credentials.yml.enc), a MongoDB replica-set `keyfile`, a TLS pre-shared key (`*.psk`: Zabbix, stunnel), Artifactory/JFrog `master.key`. Files holding anything else (a PEM block, several words, a placeholder) are left to the other rules.",
      rotate: "Generate a new key, re-encrypt what the old one protected (Rails: `bin/rails credentials:edit` with a new key), deploy it through a secret store, and add the file to .gitignore.",
    },
  },
  {
    id: "pkcs12-file",
    title: "PKCS#12 keystore with no real password (holds a private key)",
    provider: "PKCS#12",
    keywords: [],
    secret: /(?!)/,
    fileName: /\.(?:p12|pfx)$/i,
    severity: "error",
    envName: "KEYSTORE_PASSWORD",
    doc: {
      summary:
        "A .p12/.pfx keystore that opens with no password, an empty one, or `notasecret` (the password Google Cloud gives every service-account .p12 key) and holds a private key (a keystore with no integrity MAC counts when its key decrypts with one of them): anyone with the repository can read the key. The file is selected by name and judged by its content (CLI, pre-commit and workspace scan). A keystore none of those passwords opens is still reported, at info (\"Committed PKCS#12 keystore\", password-protected): the key is encrypted, but its password usually lives next to it. Nothing is reported for a certificate-only trust store, an empty file, or content that is not PKCS#12 (random, truncated); files larger than 1 MB or asking for more than 100,000 key-derivation iterations are listed as skipped, not opened.",
      rotate: "Revoke the certificate, issue a new key pair, and keep the keystore in a secret store or CI secret file instead of the repository.",
    },
  },
  {
    id: "private-key-base64",
    title: "Private key (base64-encoded PEM)",
    provider: "PEM (base64)",
    // "LS0tLS1CRUdJTi" is "-----BEGIN" in base64: kubeconfig client-key-data, CI variables, Helm values.
    keywords: ["ls0tls1crudjti"],
    keywordOffset: 0,
    secret: /LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,16000}={0,2}/,
    validator: "base64-pem-private-key",
    severity: "error",
    envName: "PRIVATE_KEY_BASE64",
    doc: {
      summary:
        "A PEM private key stored base64-encoded, as kubeconfig `client-key-data`, CI variables and Helm values keep them. Only blobs that decode to a PRIVATE KEY block are reported (a base64 certificate or public key is not). Anyone holding it can sign, decrypt or log in as its owner.",
      rotate: "Generate a new key pair (for a kubeconfig: a new client certificate), deploy it, revoke the old certificate, and keep the key in a secret store.",
    },
    negatives: [
      "certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJJakFOQmdrcWhraUc5dzBCQVFFRkFBT0NBUThBTUlJQkNnS0NBUUVBd0JITThjemp3NENXCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
    ],
  },
  {
    id: "connection-string",
    title: "Connection string with password",
    provider: "Databases and brokers",
    keywords: ["://"],
    // The scheme ("jdbc:postgresql", "mongodb+srv", SQLAlchemy's "postgresql+psycopg2") is at most this long before "://".
    keywordOffset: 40,
    secret: new RegExp(
      `(?:jdbc:)?(?:${DB_SCHEMES})(?:\\+[a-z0-9_]{2,20})?://[^\\s:/?#@'"\`]{0,100}:(?<check>[^\\s/?#'"\`]{1,200})@[^\\s'"\`<>]{1,400}`,
      "i",
    ),
    validator: "connection-uri",
    severity: "error",
    envName: "DATABASE_URL",
    doc: {
      summary:
        "A database, cache or message-broker URI carrying a user and password. The message names the scheme (PostgreSQL, MongoDB, Redis…).",
      rotate: "Change the database user's password (or create a new user), update the deployment's secret, drop the old credential.",
    },
    negatives: [
      'DATABASE_URL = "postgres://user:password@localhost:5432/app"',
      'url = "postgres://app:${DB_PASSWORD}@db:5432/app"',
      'url = "mongodb://localhost:27017/app"',
      'REDIS_URL="redis://:<password>@cache:6379"',
    ],
  },
  {
    id: "url-credentials",
    title: "URL with embedded credentials",
    provider: "HTTP / FTP basic auth",
    keywords: ["://"],
    // The scheme ("jdbc:postgresql", "mongodb+srv") is at most this long before "://".
    keywordOffset: 24,
    secret: /(?:https?|ftps?|sftp|ssh|git|svn|smb|webdav|rtsps?|rtmps?|wss?|socks[45]h?):\/\/[^\s:/?#@'"`]{1,100}:(?<check>[^\s/?#'"`@]{4,200})@[A-Za-z0-9][^\s'"`<>]{0,400}/i,
    severity: "error",
    envName: "SERVICE_URL",
    doc: {
      summary: "An http(s)/ftp/ssh URL with `user:password@` in it: the password travels wherever the URL is logged or shared.",
      rotate: "Change the password of that account and move the URL (or just the credential) out of the code.",
    },
    negatives: ['const u = "https://user:${PASSWORD}@example.com"', 'git clone "https://github.com/org/repo.git"', "http://user:password@localhost", "ftp://anonymous:@ftp.acme.dev/pub"],
  },
  {
    id: "jwt",
    title: "JSON Web Token",
    provider: "JWT",
    keywords: ["eyj"],
    secret: /eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{10,2000}/,
    validator: "jwt",
    severity: "warning",
    envName: "JWT_TOKEN",
    doc: {
      summary:
        "A signed JSON Web Token: a bearer credential until it expires. HMAC-signed tokens and Supabase `service_role` keys are reported as errors; Supabase `anon` keys are public by design and never reported.",
      rotate: "Revoke the session or rotate the signing secret / service key that issued it.",
    },
  },
  {
    id: "authorization-header",
    title: "Hardcoded Authorization header",
    provider: "HTTP",
    keywords: ["bearer", "basic ", "token ", "ssws ", "geniekey ", "splunk ", "apikey "],
    secret:
      /(?:authorization|auth-token|x-auth-token)["']?\]?(?:\s{0,4}(?:=>|[:=,])|\s{1,4}to(?=\s)|\s)\s{0,4}["'`]?(?:Bearer|Basic|Token|SSWS|GenieKey|Splunk|ApiKey)\s{1,4}(?<check>[A-Za-z0-9._~+/-]{16,4000}={0,2})(?![A-Za-z0-9._~+/=-])/i,
    minEntropy: 3,
    severity: "error",
    envName: "API_TOKEN",
    doc: {
      summary: "An `Authorization: Bearer|Basic|Token|SSWS …` header (SSWS: Okta API tokens; GenieKey: Opsgenie; Splunk: HEC tokens) written into code (`headers[\"Authorization\"] = …`, `'Authorization' => …`), a curl command or an HTTP file.",
      rotate: "Revoke the token at its issuer and read it from the environment or a secret store at run time.",
    },
    negatives: ['headers: { Authorization: `Bearer ${token}` }', 'curl -H "Authorization: Bearer $TOKEN"', "Authorization: Bearer <token>"],
  },
  {
    id: "hardcoded-password",
    title: "Hardcoded password",
    provider: "Generic",
    keywords: ["pass", "pwd", "pw", "authtok", "masterauth", "bindpw", "rootpw"],
    secret: /(?!)/, // name-based: see ../generic.ts
    severity: "warning",
    envName: "PASSWORD",
    doc: {
      summary:
        "A literal assigned to a name that denotes a password (password, passwd, pwd, passphrase…), or handed to something whose argument is a password: SQL user definitions (`IDENTIFIED BY '…'`, `CREATE ROLE … PASSWORD '…'`), credential objects and basic-auth helpers (`NetworkCredential(\"user\", \"…\")`, `HTTPBasicAuth`, `SetBasicAuth`, requests' `auth=(\"user\", \"…\")`), database connects (JDBC `getConnection(url, \"user\", \"…\")`, Perl `DBI->connect`, PHP `new PDO` / `mysqli_connect`), PowerShell `ConvertTo-SecureString \"…\" -AsPlainText`, connection-string `Password=…;` pairs and registry auth files. In a program's configuration (nuget.config, Terraform, application.yml, compose files, .env) a wordy password is reported too; in code such strings are as often labels. Placeholders, references to the environment or a store, and code expressions are not reported.",
      rotate: "Change the password wherever it is used and read it from the environment or a secret store.",
    },
    negatives: ['password = os.environ["DB_PASSWORD"]', 'password: "changeme"', "password_policy = 'strict-mode-enabled'", 'const PASSWORD_FIELD = "password"'],
  },
  {
    id: "generic-secret",
    title: "Hardcoded secret",
    provider: "Generic",
    keywords: ["key", "secret", "token", "auth", "credential", "cred", "private", "signature", "salt", "dsn", "cookie", "session", "access", "psk", "pat"],
    secret: /(?!)/, // name-based: see ../generic.ts
    severity: "warning",
    envName: "SECRET",
    doc: {
      summary:
        "A high-entropy literal assigned to a name that denotes a secret (secret, token, api_key, client_secret, private_key, access_key…), weighed by the name, the value's entropy and character set, and the file kind; a name may also come from a sibling key (`- name: X` / `value: …` in Kubernetes env lists, Postman `{\"key\": …, \"value\": …}`). Also a literal handed to an API whose argument is a signing key: `jwt.sign(payload, \"…\")` and encode/verify, `createHmac(\"sha256\", \"…\")`, `hmac.new(b\"…\")`, `hmac.New(sha256.New, []byte(\"…\"))`, `new SecretKeySpec(\"…\".getBytes())`, `new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"…\"))`.",
      rotate: "Revoke the credential at its issuer, issue a new one, and read it from the environment or a secret store.",
    },
    negatives: ['api_key = "${API_KEY}"', 'token_type = "bearer_access_token_v2"', 'secret_name = "prod/app/stripe-key"', 'api_key = "YOUR_API_KEY_HERE"'],
  },
];
