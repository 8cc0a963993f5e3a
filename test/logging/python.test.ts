import { runCases } from "./cases.js";

runCases("python", [
  { name: "print", code: "def f(password):\n    print('pw', password)\n", flag: ["password"] },
  { name: "print to a file is not a log", code: "def f(password, fh):\n    print(password, file=fh)\n", flag: [] },
  { name: "print to stderr is", code: "import sys\ndef f(password):\n    print(password, file=sys.stderr)\n", flag: ["password"] },
  { name: "sys.stdout.write", code: "import sys\nsys.stdout.write(api_key)\n", flag: ["api_key"] },
  { name: "logging module functions", code: "import logging\nlogging.warning('token %s', token)\n", flag: ["token"] },
  { name: "logger instance methods", code: "logger = logging.getLogger(__name__)\nlogger.exception('failed for %s', client_secret)\n", flag: ["client_secret"] },
  { name: "self.logger", code: "class A:\n    def run(self):\n        self.logger.debug('key %s', self.api_key)\n", flag: ["self.api_key"] },
  { name: "structlog keyword fields", code: "log = structlog.get_logger()\nlog.info('login', user=user, password=pw)\n", flag: ["pw"] },
  { name: "extra= dictionary", code: "logger.info('x', extra={'auth_token': t})\n", flag: ["t"] },
  { name: "loguru", code: "from loguru import logger\nlogger.info('secret {}', secret)\n", flag: ["secret"] },
  { name: "format into a string is not a sink", code: "line = 'pw=%s' % password\nmsg = f'{password}'\n", flag: [] },
  { name: "environment dump", code: "import os\nprint(os.environ)\nprint(dict(os.environ))\n", flag: ["os.environ", "dict(os.environ)"] },
  { name: "environment lookups by name", code: "import os\nprint(os.environ['HOME'], os.getenv('SECRET_KEY'), os.environ.get('PATH'))\n", flag: ["os.getenv('SECRET_KEY')"] },
  { name: "request headers dump and Authorization", code: "logger.debug('%s', request.headers)\nlogger.debug('%s', request.headers.get('Authorization'))\n", flag: ["request.headers", "request.headers.get('Authorization')"] },
  { name: "getpass", code: "import getpass\nx = getpass.getpass()\nprint(x)\n", flag: ["x"] },
  // flows
  { name: "assignment flow", code: "pw = request.form['password']\nprint(pw)\n", flag: ["pw"] },
  { name: "f-string flow", code: "print(f'token={tok!r}', f'{creds}')\n", flag: ["tok", "creds"] },
  { name: "percent format flow", code: "logger.info('user %s' % api_token)\n", flag: ["api_token"] },
  { name: "str.format flow", code: "msg = 'k={}'.format(secret_key)\nprint(msg)\n", flag: ["msg"] },
  { name: "dict flow", code: "cfg = {'host': h, 'password': os.environ['DB_PASSWORD']}\nprint(cfg)\nprint(cfg['host'])\n", flag: ["cfg"] },
  { name: "parameter flow from a caller", code: "def show(v):\n    print(v)\n\nshow(os.environ['GITHUB_TOKEN'])\n", flag: ["v"] },
  { name: "method parameter flow (self skipped)", code: "class A:\n    def show(self, v):\n        print(v)\n    def run(self):\n        self.show(self.password)\n", flag: ["v"] },
  { name: "structlog event names are not keys of keyword fields", code: "log = structlog.get_logger()\ndef f(email, password):\n    log.warning('register.weak_password', email=email, length=len(password))\n    log.warning('login.invalid_password', email=email)\n", flag: [] },
  { name: "positional key-value pairs still count", code: "log = structlog.get_logger()\ndef f(pw):\n    log.warning('password', pw)\n", flag: ["pw"] },
  { name: "secrets.token_hex makes a secret", code: "import secrets\nnew_key = secrets.token_hex(24)\nprint(f'generated {new_key}')\nprint(len(new_key))\n", flag: ["new_key"] },
  // sanitizers
  { name: "hash and length", code: "print(hashlib.sha256(password.encode()).hexdigest(), len(password), bool(token), token is None)\n", flag: [] },
  { name: "prefix slice", code: "print(token[:4])\nprint(token[:40])\n", flag: ["token[:40]"] },
  { name: "reassigned from a sanitizer", code: "token = request.args['token']\ntoken = mask(token)\nprint(token)\n", flag: [] },
  { name: "type only", code: "print(type(password))\n", flag: [] },
  { name: "replacing the secret with a mask", code: "def f(password, line):\n    url = f'https://app:{password}@host'\n    print(url.replace(password, '****'))\n    print(re.sub(r'https://\\S+@', 'https://[REDACTED]@', url))\n    print(url.replace('https', '****'))\n", flag: ["url.replace('https', '****')"] },
  // traps
  { name: "message mentions password", code: "print('Enter your password:')\n", flag: [] },
  { name: "metadata and hashed names", code: "print(token_count, password_policy, hashed_password, secret_name, next_token)\n", flag: [] },
  { name: "constant", code: "DEFAULT_PASSWORD = 'changeme'\nprint(DEFAULT_PASSWORD)\n", flag: [] },
  { name: "other dict key", code: "config = {'sleep_timer': 5, 'password': pw}\nprint(config['sleep_timer'])\n", flag: [] },
  { name: "test guard", code: "if settings.DEBUG:\n    print(password)\n", flag: [] },
]);

runCases("python", [
  { name: "a structlog logger bound from another", code: "import structlog\nlog = structlog.get_logger()\n\ndef rotate(secret_id, new_password):\n    bound = log.bind(secret_id=secret_id)\n    bound.debug('rotation.generated_value', password=new_password)\n    bound.info('rotation.start', secret_name=secret_id)\n", flag: ["new_password"] },
]);

runCases("python", [
  { name: "SQLAlchemy URLs rendered with and without the password; the headers a client sent", code: "import logging\nlogger = logging.getLogger(__name__)\n\ndef f(engine, resp):\n    logger.info(f\"db {engine.url.render_as_string(hide_password=False)}\")\n    logger.info(f\"db {engine.url.render_as_string(hide_password=True)}\")\n    logger.error(\"request headers={}\", dict(resp.request.headers))\n", flag: ["engine.url.render_as_string(hide_password=False)", "resp.request.headers"] },
  { name: "pydantic dump with the secret fields excluded", code: "import logging\nlog = logging.getLogger(__name__)\nclass Settings(BaseSettings):\n    db_password: str\n    db_host: str\ndef boot(settings: Settings):\n    log.info(\"connecting with %s\", settings.db_password)\n    log.info(\"settings loaded: %r\", settings.dict(exclude={\"db_password\"}))\n    log.info(\"settings loaded: %r\", settings.model_dump(exclude={\"db_password\"}))\n", flag: ["settings.db_password"] },
  { name: "an HTTP client error's request headers", code: "import logging\nlogger = logging.getLogger(__name__)\ndef f(client):\n    try:\n        client.get(\"/x\")\n    except httpx.HTTPStatusError as exc:\n        logger.debug(f\"failed request headers: {exc.request.headers}\")\n        logger.debug(f\"failed url: {exc.request.url}\")\n", flag: ["exc.request.headers"] },
]);
