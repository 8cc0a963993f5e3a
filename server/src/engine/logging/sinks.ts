// Which calls write their arguments to a log, a console or a standard stream, per language.
// Writing into a string (sprintf, StringBuilder, fmt.Sprintf) is not a sink: those propagate instead.
import { CallArgument, CallParts, nodeText, receiverSegments } from "./calls.js";
import { RUST_MACROS } from "./rust.js";
import type { LoggingLanguage, SyntaxNode } from "./syntax.js";

export interface SinkMatch {
  /** Arguments whose value ends up in the output. */
  args: CallArgument[];
  /** Expressions in a Ruby block body (`logger.debug { "..." }`). */
  extra: SyntaxNode[];
  /** Human name for messages: "console.log", "logger.info". */
  name: string;
  /** Browser-console style sink (policy knob). */
  console: boolean;
  /** Printf-style: index of the format argument, so `%T` arguments can be skipped. */
  formatIndex?: number;
}

const LEVELS = new Set([
  "trace", "debug", "info", "information", "warn", "warning", "error", "fatal", "critical", "crit", "alert",
  "emerg", "emergency", "notice", "verbose", "silly", "http", "log", "logp", "logrb", "severe", "config", "fine",
  "finer", "finest", "exception", "msg", "print", "printf", "println", "panic", "panicf", "panicln", "fatalf",
  "fatalln", "debugf", "infof", "warnf", "errorf", "warningf", "tracef", "debugw", "infow", "warnw", "errorw",
  "fatalw", "panicw", "dpanic", "dpanicf", "dpanicw", "unknown", "add", "<<", "infoformat", "debugformat",
  "warnformat", "errorformat", "fatalformat", "write", "child", "bind", "new", "with", "withfield", "withfields",
  "withcontext", "forcontext", "output", "success", "fail", "start", "complete", "pending", "note", "wtf",
  "entering", "exiting", "opt",
]);

// Segments naming a logger object or a logging library.
const LOGGER_SEGMENT = /^(_*(log|logger|logging|logs|lgr|log4j|slf4j|syslog|audit)|.*[a-z0-9_]Log(ger)?|.*_log(ger)?|.*_LOG(GER)?|LOG(GER)?|Log|Logger|getLogger|get_logger|getlogger|GetLogger|LoggerFactory|LogManager|winston|pino|bunyan|consola|signale|npmlog|log4js|structlog|loguru|logrus|zap|zerolog|slog|glog|klog|Serilog|NLog|log4net|Timber|sugar|sugared|sugaredLogger|logbook|Rails)$/;

function isLoggerReceiver(segments: string[]): boolean {
  if (segments.length === 0) return false;
  if (segments.length === 1 && segments[0] === "Rails") return false;
  return segments.some((segment) => LOGGER_SEGMENT.test(segment));
}

function all(call: CallParts, from = 0): CallArgument[] {
  return call.args.slice(from);
}

function match(_call: CallParts, name: string, args: CallArgument[], consoleSink = false, formatIndex?: number): SinkMatch {
  return { args, extra: [], name, console: consoleSink, formatIndex };
}

export function sinkFor(lang: LoggingLanguage, text: string, call: CallParts, debugBindings: (name: string) => boolean, loggerVariable: (name: string) => boolean = () => false): SinkMatch | undefined {
  const segments = receiverSegments(text, call.receiver);
  let loggerKnown: boolean | undefined;
  const isLogger = (): boolean => (loggerKnown ??= isLoggerReceiver(segments) || (segments.length === 1 && loggerVariable(segments[0]!)));
  const receiver = segments.join(".");
  const method = call.method;
  const lower = method.toLowerCase();
  const qualified = receiver.length > 0 ? `${receiver}.${method}` : method;
  if (call.isConstructor) return undefined;
  switch (lang) {
    case "javascript": {
      if ((receiver === "console" || receiver === "window.console" || receiver === "globalThis.console") &&
        /^(log|info|warn|error|debug|trace|dir|dirxml|table|assert|group|groupCollapsed|timeLog|timeEnd|count)$/.test(method)) {
        return match(call, qualified, method === "assert" ? all(call, 1) : all(call), true);
      }
      if ((receiver === "process.stdout" || receiver === "process.stderr") && method === "write") return match(call, qualified, all(call).slice(0, 1));
      if (LEVELS.has(lower) && lower !== "new" && lower !== "add" && isLogger()) return match(call, qualified, all(call));
      if (call.receiver === null && (/^(debug|log|dbg|logger|fancyLog|logDebug|logInfo|logError|logWarn)$/.test(method) || /^[A-Za-z_$][\w$]*$/.test(method)) && debugBindings(method)) {
        return match(call, method, all(call));
      }
      return undefined;
    }
    case "python": {
      if (call.receiver === null && (method === "print" || method === "pprint" || method === "pp")) {
        const fileArg = call.args.find((argument) => argument.label === "file");
        if (fileArg !== undefined && !/^sys\.(stdout|stderr)$/.test(nodeText(text, fileArg.node))) return undefined;
        return match(call, method, call.args.filter((argument) => argument.label === undefined || argument.label === "sep" || argument.label === "end"));
      }
      if ((receiver === "sys.stdout" || receiver === "sys.stderr") && (method === "write" || method === "writelines")) return match(call, qualified, all(call));
      if (receiver === "pprint" && (method === "pprint" || method === "pp")) return match(call, qualified, all(call).filter((argument) => argument.label === undefined));
      if (receiver === "warnings" && method === "warn") return match(call, qualified, all(call).slice(0, 1));
      if ((receiver === "click" || receiver === "typer" || receiver === "rich" || receiver === "console") && (method === "echo" || method === "print" || method === "log")) {
        return match(call, qualified, all(call).filter((argument) => argument.label === undefined));
      }
      if (LEVELS.has(lower) && lower !== "add" && lower !== "write" && (receiver === "logging" || isLogger())) {
        return match(call, qualified, all(call).filter((argument) => argument.label !== "exc_info" && argument.label !== "stack_info" && argument.label !== "stacklevel"));
      }
      return undefined;
    }
    case "go": {
      if (receiver === "fmt" && /^(Print|Println|Printf)$/.test(method)) return match(call, qualified, all(call), false, method === "Printf" ? 0 : undefined);
      if (receiver === "fmt" && /^(Fprint|Fprintln|Fprintf)$/.test(method)) {
        const writer = call.args[0];
        if (writer === undefined || !/^os\.(Stdout|Stderr)$/.test(nodeText(text, writer.node))) return undefined;
        return match(call, qualified, all(call, 1), false, method === "Fprintf" ? 1 : undefined);
      }
      if (call.receiver === null && (method === "panic" || method === "println" || method === "print")) return match(call, method, all(call));
      if (isLogger() || segments[0] === "log") {
        if (/^(Print|Fatal|Panic|Info|Debug|Warn|Warning|Error|Trace|DPanic|Log|Notice|Critical)(f|ln|w|Context)?$/.test(method)) {
          return match(call, qualified, all(call), false, method.endsWith("f") ? 0 : undefined);
        }
        if (/^(With|WithField|WithFields|WithContext|WithGroup|Output|Named|Str|Interface|Any|Bytes|Msg|Msgf|Dict|Fields|RawJSON|Stringer)$/.test(method)) {
          return match(call, qualified, all(call), false, method === "Msgf" ? 0 : undefined);
        }
      }
      return undefined;
    }
    case "java": {
      if ((receiver === "System.out" || receiver === "System.err") && /^(print|println|printf|format|write|append)$/.test(method)) {
        return match(call, qualified, all(call), false, method === "printf" || method === "format" ? 0 : undefined);
      }
      if (receiver === "Log" && /^(v|d|i|w|e|wtf|println)$/.test(method)) return match(call, qualified, all(call, 1));
      if (receiver === "Timber" || receiver.startsWith("Timber.")) return match(call, qualified, all(call));
      if (isLogger() && (LEVELS.has(lower) || /^at(Info|Debug|Warning|Severe|Fine|Finer|Finest|Config|Error|Trace|Level)$/.test(method))) {
        if (/^at[A-Z]/.test(method)) return undefined;
        return match(call, qualified, all(call));
      }
      return undefined;
    }
    case "csharp": {
      if ((receiver === "Console" || receiver === "Console.Error" || receiver === "Console.Out" || receiver === "System.Console") && /^(Write|WriteLine)$/.test(method)) {
        return match(call, qualified, all(call));
      }
      if (/^(System\.Diagnostics\.)?(Debug|Trace)$/.test(receiver) && /^(Write|WriteLine|Print|WriteIf|WriteLineIf|TraceInformation|TraceWarning|TraceError|Fail|Assert)$/.test(method)) {
        const skipCondition = /If$|^Assert$/.test(method) ? 1 : 0;
        return match(call, qualified, all(call, skipCondition));
      }
      if (/^Log(Trace|Debug|Information|Warning|Error|Critical)$/.test(method)) return match(call, qualified, all(call));
      if (isLogger() && (LEVELS.has(lower) || /^(Information|Verbose|ForContext|InfoFormat|DebugFormat|ErrorFormat|WarnFormat|FatalFormat|Log)$/.test(method))) {
        return match(call, qualified, all(call));
      }
      return undefined;
    }
    case "ruby": {
      if ((call.receiver === null || /^(\$stdout|\$stderr|STDOUT|STDERR|Kernel)$/.test(nodeText(text, call.receiver))) &&
        /^(puts|print|p|pp|warn|printf|write|print_r|display)$/.test(method)) {
        if (call.receiver === null && method === "write") return undefined;
        return match(call, qualified, all(call));
      }
      if (isLogger() && /^(debug|info|warn|error|fatal|unknown|add|log|<<|progname=|tagged)$/.test(method)) {
        const sink = match(call, qualified, all(call));
        if (call.block !== null) sink.extra.push(...blockResults(call.block));
        return sink;
      }
      return undefined;
    }
    case "rust": {
      // Only macros (rewritten `name!(` -> `name (`): a plain function named `info` is not the log crate's.
      if (call.callee === null || !RUST_MACROS.has(method) || !/^\s+\(/.test(text.slice(call.callee.endIndex, call.callee.endIndex + 8))) return undefined;
      const macro = `${qualified.replace(/\./g, "::")}!`;
      if ((segments.length === 0 || receiver === "std") && /^(println|eprintln|print|eprint|dbg|panic)$/.test(method)) return match(call, macro, all(call));
      // `writeln!(std::io::stderr(), …)` prints; `write!(buffer, …)` into anything else does not.
      if (segments.length === 0 && (method === "write" || method === "writeln")) {
        const target = call.args[0];
        if (target === undefined || !/^(&mut)?((std::)?io::)?(stderr|stdout)\(\)(\.lock\(\))?$/.test(nodeText(text, target.node).replace(/\s+/g, ""))) return undefined;
        return match(call, macro, all(call, 1));
      }
      if ((segments.length === 0 || /^(log|tracing|slog)$/.test(receiver)) && /^(trace|debug|info|warn|error|log|event)$/.test(method)) {
        // `target:` / `parent:` name where the event goes, not what it says.
        return match(call, macro, all(call).filter((argument) => argument.label !== "target" && argument.label !== "parent" && argument.label !== "name"));
      }
      return undefined;
    }
    case "kotlin": {
      if (call.receiver === null && (method === "println" || method === "print")) return match(call, method, all(call));
      if ((receiver === "System.out" || receiver === "System.err") && /^(print|println|printf|format)$/.test(method)) {
        return match(call, qualified, all(call), false, method === "printf" || method === "format" ? 0 : undefined);
      }
      if ((receiver === "Log" || receiver === "android.util.Log") && /^(v|d|i|w|e|wtf|println)$/.test(method)) return match(call, qualified, all(call, 1));
      if ((receiver === "Timber" || receiver.startsWith("Timber.")) && /^(v|d|i|w|e|wtf|log)$/.test(method)) return match(call, qualified, all(call));
      if (isLogger() && /^(trace|debug|info|warn|warning|error|fatal|severe|fine|finer|finest|config|log|wtf|verbose)$/.test(method)) {
        // kotlin-logging: `logger.debug { "…" }`, `logger.error(ex) { "…" }`: the lambda's result is the message.
        const sink = match(call, qualified, all(call));
        if (call.block !== null) sink.extra.push(...lambdaResults(call.block));
        return sink;
      }
      return undefined;
    }
    case "php": {
      if (call.receiver === null) {
        if (/^(print_r|var_export)$/.test(lower)) {
          const returnFlag = call.args[1];
          if (returnFlag !== undefined && /^true$/i.test(nodeText(text, returnFlag.node))) return undefined;
          return match(call, method, all(call).slice(0, 1));
        }
        if (/^(var_dump|printf|vprintf|dump|dd|logger|info)$/.test(lower)) return match(call, method, all(call), false, lower === "printf" ? 0 : undefined);
        if (lower === "error_log" || lower === "trigger_error" || lower === "user_error") return match(call, method, all(call).slice(0, 1));
        if (lower === "syslog") return match(call, method, all(call, 1));
        if (lower === "fwrite" || lower === "fputs" || lower === "fprintf") {
          const stream = call.args[0];
          if (stream === undefined || !/^(STDOUT|STDERR|\\STDOUT|\\STDERR)$/.test(nodeText(text, stream.node))) return undefined;
          return match(call, method, all(call, 1));
        }
        return undefined;
      }
      if ((isLogger() || segments[segments.length - 1] === "logger") &&
        /^(debug|info|notice|warning|error|critical|alert|emergency|log|warn|addRecord|addInfo|addDebug|addError|addWarning)$/.test(method)) {
        return match(call, qualified, all(call));
      }
      return undefined;
    }
  }
}

/** PHP statements that print: echo, print, exit/die with a message. */
export function statementSinkArgs(node: SyntaxNode): SyntaxNode[] | undefined {
  if (node.type === "echo_statement" || node.type === "print_intrinsic" || node.type === "exit_statement") {
    const values: SyntaxNode[] = [];
    for (const child of node.namedChildren) {
      if (child.type === "comment") continue;
      if (child.type === "sequence_expression") values.push(...flattenSequence(child));
      else values.push(child);
    }
    return values;
  }
  return undefined;
}

function flattenSequence(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const child of node.namedChildren) {
    if (child.type === "sequence_expression") out.push(...flattenSequence(child));
    else if (child.type !== "comment") out.push(child);
  }
  return out;
}

function lambdaResults(lambda: SyntaxNode): SyntaxNode[] {
  const statements = lambda.namedChildren.filter((child) => child.type !== "comment" && child.type !== "lambda_parameters");
  const last = statements[statements.length - 1];
  return last === undefined ? [] : [last];
}

function blockResults(block: SyntaxNode): SyntaxNode[] {
  const body = block.childForFieldName("body") ?? block;
  const statements = body.namedChildren.filter((child) => child.type !== "comment" && child.type !== "block_parameters");
  const last = statements[statements.length - 1];
  return last === undefined ? [] : [last];
}
