// Tags each label with the logging API used on its line. Candidates are the
// loggers declared in the template's ⟦meta loggers=...⟧ line; when a file uses
// several, the first whose pattern matches the line wins.

const PATTERNS = {
  // JavaScript / TypeScript
  console: /\bconsole\.\w+\(/,
  winston: /\blogger\.\w+\(/,
  pino: /\b(log|logger|jobLog)\.\w+\(/,
  bunyan: /\blog\.\w+\(/,
  debug: /\bdebug(Http)?\(/,
  nestjs: /\bthis\.logger\.\w+\(/,
  // Python
  logging: /\blogger\.\w+\(/,
  loguru: /\blogger\.\w+\(/,
  structlog: /\b(log|bound)\.\w+\(/,
  print: /^\s*(print|pprint|debugPrint)\(/,
  // Go
  log: /\b(log|h\.Logger)\.(Printf|Println|Fatalf)\(|\b(debug|info|warn|error)!\(/,
  slog: /\blogger\.\w+\(/,
  zap: /\.(log|sugar)\.\w+\(/,
  zerolog: /\.(Msg|Msgf|Send)\(/,
  logrus: /\blogrus\./,
  fmt: /\bfmt\.\w+\(/,
  // JVM
  slf4j: /\blog\.\w+\(/,
  log4j2: /\bLOGGER\.\w+\(/,
  jul: /\bLOG\.\w+\(/,
  'system-out': /\bSystem\.(out|err)\./,
  'kotlin-logging': /\blogger\.\w+\s*[({]/,
  timber: /\bTimber\.\w+\(/,
  'android-log': /\bLog\.\w+\(/,
  // .NET
  ilogger: /\b_logger\.Log\w+\(/,
  serilog: /\bLog\.\w+\(/,
  // Ruby
  'rails-logger': /\b(Rails\.)?logger\.\w+/,
  logger: /@logger\.\w+\(/,
  puts: /^\s*(puts|p|warn|printf)[\s(]/,
  // PHP
  'laravel-log': /\bLog::|\blogger\(\)/,
  monolog: /\$this->logger->\w+\(/,
  error_log: /\berror_log\(/,
  // Rust
  tracing: /\btracing::\w+!|\btrace!\(/,
  println: /\be?println!\(/,
  // Swift
  oslog: /\blogger\.\w+\(|\bos_log\(|\bNSLog\(/,
};

// Order used when several declared loggers could match the same line: the
// more specific pattern must be tried first.
const PRIORITY = ['nestjs', 'system-out', 'error_log', 'println', 'tracing', 'timber', 'android-log',
  'logrus', 'zerolog', 'fmt', 'print', 'puts', 'console', 'debug'];

export function classifyLogger(metaLoggers, line) {
  if (metaLoggers.length === 1) return metaLoggers[0];
  const ordered = [...metaLoggers].sort((a, b) => {
    const pa = PRIORITY.indexOf(a), pb = PRIORITY.indexOf(b);
    return (pa < 0 ? 99 : pa) - (pb < 0 ? 99 : pb);
  });
  for (const name of ordered) if (PATTERNS[name]?.test(line)) return name;
  return null;
}
