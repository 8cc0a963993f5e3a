import { runCases } from "./cases.js";

runCases("javascript", [
  // sinks
  { name: "console.log sink", code: "function f(password) { console.log(password); }", flag: ["password"] },
  { name: "console.error / warn / table", code: "console.error(token); console.warn(apiKey); console.table(secret);", flag: ["token", "apiKey", "secret"] },
  { name: "console.assert logs only after the condition", code: "console.assert(password, token);", flag: ["token"] },
  { name: "process.stderr.write", code: "process.stderr.write(clientSecret);", flag: ["clientSecret"] },
  { name: "winston logger", code: "const logger = winston.createLogger({}); logger.info('x', password);", flag: ["password"] },
  { name: "pino structured field (shorthand)", code: "const log = pino(); log.info({ apiKey }, 'started');", flag: ["apiKey"] },
  { name: "pino child bindings", code: "const log = pino(); const child = log.child({ token: req.body.token });", flag: ["req.body.token"] },
  { name: "bunyan logger on this", code: "class A { run() { this.logger.debug('auth %s', this.accessToken); } }", flag: ["this.accessToken"] },
  { name: "debug package instance", code: "const dbg = require('debug')('app'); dbg('token %s', token);", flag: ["token"] },
  { name: "a function named debug that is not a logger", code: "function debug(x) { return x; } debug(token);", flag: [] },
  { name: "writing into a string is not a sink", code: "const line = util.format('%s', password); const s = `${password}`;", flag: [] },
  { name: "whole environment", code: "console.log(process.env); console.log(JSON.stringify(process.env));", flag: ["process.env", "process.env"] },
  { name: "harmless environment variables", code: "console.log(process.env.PATH, process.env.NODE_ENV);", flag: [] },
  { name: "secret environment variable", code: "console.log(process.env.DATABASE_PASSWORD);", flag: ["process.env.DATABASE_PASSWORD"] },
  { name: "request headers and body dumps", code: "app.use((req, res) => { console.log(req.headers); logger.info(req.body); });", flag: ["req.headers", "req.body"] },
  { name: "single harmless header", code: "app.use((req) => { console.log(req.headers['user-agent']); });", flag: [] },
  { name: "authorization header", code: "app.use((req) => { console.log(req.headers.authorization); });", flag: ["req.headers.authorization"] },
  // flows
  { name: "flow through local assignment", code: "const pw = req.body.password;\nconsole.log(pw);", flag: ["pw"] },
  { name: "flow through concatenation", code: "const line = 'pw=' + req.body.password;\nconsole.log(line);", flag: ["line"] },
  { name: "flow through template literal", code: "console.log(`user ${user} token ${token}`);", flag: ["token"] },
  { name: "flow through object literal", code: "const opts = { host, password: config.dbPassword };\nlogger.info(opts);", flag: ["opts"] },
  { name: "flow through spread", code: "const base = { secret: s.clientSecret };\nconsole.log({ ...base, a: 1 });", flag: ["base"] },
  { name: "flow through field write then log", code: "const o = {};\no.password = input.password;\nconsole.log(o);", flag: ["o"] },
  { name: "order: logged before the secret is stored", code: "const o = {};\nconsole.log(o);\no.password = input.password;", flag: [] },
  { name: "flow into a same-file function parameter", code: "function show(v) { console.log(v); }\nshow(getApiKey());", flag: ["v"] },
  { name: "other field of an object holding a secret", code: "const cfg = { host: h, password: p };\nconsole.log(cfg.host);", flag: [] },
  // sanitizers
  { name: "hash sanitizes", code: "console.log(sha256(password), hashPassword(password), bcrypt.hashSync(password, 10));", flag: [] },
  { name: "reassigned from a sanitizer before logging", code: "let token = req.query.token;\ntoken = redact(token);\nconsole.log(token);", flag: [] },
  { name: "sanitized after logging is still a leak", code: "let token = req.query.token;\nconsole.log(token);\ntoken = redact(token);", flag: ["token"] },
  { name: "length / boolean / typeof", code: "console.log(password.length, Boolean(password), typeof token, !!secret, token === undefined);", flag: [] },
  { name: "short prefix", code: "console.log(token.slice(0, 4), token.substring(0, 6));", flag: [] },
  { name: "long prefix still leaks", code: "console.log(token.substring(0, 20));", flag: ["token.substring(0, 20)"] },
  { name: "full masking replace", code: "console.log(token.replace(/./g, '*'));", flag: [] },
  { name: "partial replace is not masking", code: "console.log(token.replace(/\\./g, '*'));", flag: ["token.replace(/\\./g, '*')"] },
  { name: "generated token logged, generated id not", code: "const token = crypto.randomBytes(32).toString('hex');\nconsole.log(token);\nconst requestId = crypto.randomUUID();\nconsole.log(requestId);", flag: ["token"] },
  { name: "supplier arrow function", code: "const log = pino();\nlog.debug(() => `token ${token}`);\nlog.debug(() => `user ${user}`);", flag: ["token"] },
  { name: "removing or masking the secret itself sanitizes, removing a prefix does not", code: "function f(authorization, password) {\n  const url = 'https://app:' + password + '@host';\n  console.log(url.replace(password, ''), url.replaceAll(password, '***'));\n  console.log(authorization.replace(BEARER_PREFIX, ''));\n}", flag: ["authorization.replace(BEARER_PREFIX, '')"] },
  // precision traps
  { name: "the word token inside a message", code: "console.log('token expired, please log in again');", flag: [] },
  { name: "metadata names", code: "console.log(tokenType, passwordPolicy, secretName, hashedPassword, tokenCount, nextPageToken, tokenizer);", flag: [] },
  { name: "i18n lookups", code: "console.log(messages.IncorrectPasswordError, i18n.passwordHint);", flag: [] },
  { name: "literal constants are the secret rules' job", code: "const fixed_password = 'changeme';\nconsole.log(fixed_password);", flag: [] },
  { name: "functions named like passwords", code: "const passwordSet = function () {};\nconsole.log(passwordSet);", flag: [] },
  // settings
  { name: "browser console ignored by default", code: "window.addEventListener('load', () => { console.log(password); });", flag: [] },
  { name: "browser console reported when enabled", code: "window.addEventListener('load', () => { console.log(password); });", flag: ["password"], settings: { browserConsole: true } },
  { name: "test-environment guard ignored by default", code: "if (process.env.NODE_ENV !== 'production') { console.log(password); }", flag: [] },
  { name: "test-environment guard reported when enabled", code: "if (process.env.NODE_ENV !== 'production') { console.log(password); }", flag: ["password"], settings: { testGuards: true } },
  { name: "else branch of a test guard is not guarded", code: "if (isTestEnv()) { x(); } else { console.log(password); }", flag: ["password"] },
  { name: "personal data off by default", code: "console.log(user.ssn, creditCardNumber);", flag: [] },
  { name: "personal data when enabled", code: "console.log(user.ssn, creditCardNumber);", flag: ["user.ssn", "creditCardNumber"], settings: { includePii: true } },
]);

runCases("typescript", [
  { name: "type assertions and non-null", code: "const k = process.env.API_KEY!;\nlogger.warn('key %s', k as string);", flag: ["k"] },
  { name: "typed parameters", code: "function f(clientSecret: string, count: number): void { console.info(clientSecret, count); }", flag: ["clientSecret"] },
  { name: "secret-sounding key with a descriptive value", code: "function f(userId: string, count: number, n: number, t: string, user: U) {\n  logger.info({ userId, revokedTokens: count }, 'user logged out');\n  logger.info({ tokenCount: n, hasToken: !!t, token: user.id }, 'x');\n}", flag: [] },
  { name: "secret-sounding key with an opaque or secret value", code: "function f(t: string, tokens: string[], apiKey: string) {\n  logger.info({ apiKey }, 'x');\n  logger.info({ token: t }, 'x');\n  logger.info({ revokedTokens: tokens }, 'x');\n}", flag: ["apiKey", "t", "tokens"] },
  { name: "optional chaining on headers", code: "function f(req: Req) { console.log(req.headers?.authorization); }", flag: ["req.headers?.authorization"] },
]);

runCases("typescriptreact", [
  { name: "TSX file with a server-side logger", code: "export function A({ token }: P) { logger.info({ token }); return <div />; }", flag: ["token"] },
]);

runCases("javascript", [
  { name: "a function forwarding its arguments to the console is a sink", code: "function trace() { console.log.apply(this, arguments); }\ntrace('x', clientSecret);\ntrace('y', user);", flag: ["clientSecret"] },
]);

runCases("typescript", [
  { name: "a kept constructor parameter dumped whole after its secret field was read", code: "class S {\n  private readonly apiKey: string;\n  constructor(private readonly config: Config) {\n    this.apiKey = config.apiKey;\n    logger.debug(`config: ${JSON.stringify(this.config)}`);\n  }\n}", flag: ["JSON.stringify(this.config)"] },
  { name: "a kept parameter whose fields read here are not secrets", code: "class S {\n  constructor(private readonly config: Config) {\n    this.url = config.baseUrl;\n    logger.debug(`config: ${JSON.stringify(this.config)}`);\n  }\n}", flag: [] },
]);

runCases("typescript", [
  { name: "a parameter reached through a call with type arguments", code: "async function requestWithRetry<T>(config: Cfg): Promise<T> {\n  logger.error('failed', { config });\n}\nexport async function sync(apiToken: string) {\n  const config = { headers: { Authorization: `Bearer ${apiToken}` } };\n  return requestWithRetry<Page>(config);\n}", flag: ["config"] },
  { name: "a kept option object dumped in another method of the class", code: "class Client {\n  constructor(private readonly opts: Options) {\n    if (!opts.apiSecret) throw new Error('missing');\n  }\n  fail(err: Error) {\n    this.log.error('transport error', { options: this.opts, error: String(err) });\n  }\n}", flag: ["this.opts"] },
  { name: "a kept option object without secrets, dumped", code: "class Client {\n  constructor(private readonly opts: Options) {\n    this.url = opts.baseUrl;\n  }\n  fail(err: Error) {\n    this.log.error('transport error', { options: this.opts });\n  }\n}", flag: [] },
]);

runCases("javascript", [
  { name: "what a function of this file returns, when it builds the secret itself", code: "async function loadDbConfig(env = process.env) {\n  const password = await readSecret('db');\n  return { host: env.PGHOST, password };\n}\nasync function boot() {\n  const cfg = await loadDbConfig();\n  log.debug({ dbConfig: cfg }, 'resolved');\n  log.trace({ ...cfg, poolSize: 4 }, 'pool');\n}", flag: ["cfg", "cfg"] },
  { name: "what a helper returns of its own argument is the call's business", code: "function suffix(k) {\n  return k.slice(-4);\n}\nfunction rotate(apiKey) {\n  log.info({ last: suffix(apiKey) }, 'rotated');\n}", flag: [] },
  { name: "a debug logger under any name; a plaintext member; a Set-Cookie header", code: "const debugHttp = require('debug')('web:http');\nfunction f(clientId, clientSecret, newKey, res) {\n  debugHttp('client_id=%s client_secret=%s', clientId, clientSecret);\n  logger.debug({ newKey: newKey.plaintext }, 'generated');\n  logger.debug('set-cookie', { setCookie: res.getHeader('set-cookie') });\n}", flag: ["clientSecret", "newKey.plaintext", "res.getHeader('set-cookie')"] },
]);

runCases("javascript", [
  { name: "a variable named as metadata holds the secret's name; a URL built around the password does not", code: "async function load(env = process.env) {\n  const secretName = env.DB_PASSWORD_SECRET ?? 'apps/db';\n  log.info({ secretName }, 'loading password');\n  const url = `postgres://app:${env.DB_PASSWORD}@db/app`;\n  log.info('url ' + url);\n}", flag: ["url"] },
  { name: "debug logger made by a factory imported under another name", code: "import debugFactory from \"debug\";\nconst debug = debugFactory(\"catalog:auth\");\nconst trace = debugFactory(\"catalog:trace\");\nexport function check(token) {\n  debug(\"verifying token %s\", token);\n  trace(\"token %s\", token);\n  debug(\"token present=%s\", Boolean(token));\n}\n", flag: ["token", "token"] },
  { name: "axios error config headers (the request it sent)", code: "async function f() {\n  try { await api.get(\"/x\"); } catch (err) {\n    logger.error(\"acme call failed\", { method: err.config?.method, headers: err.config?.headers });\n  }\n}\n", flag: ["err.config?.headers"] },
]);
