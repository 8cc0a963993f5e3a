import { runCases } from "./cases.js";

const wrap = (body: string): string => `class A {\n  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(A.class);\n  void m(String password, String user) {\n${body}\n  }\n}\n`;

runCases("java", [
  { name: "slf4j placeholders", code: wrap(`    LOG.info("login {} {}", user, password);`), flag: ["password"] },
  { name: "concatenation", code: wrap(`    LOG.debug("pw: " + password);`), flag: ["password"] },
  { name: "java.util.logging", code: wrap(`    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("a");\n    jul.severe(password);`), flag: ["password"] },
  { name: "Android Log message but not tag", code: wrap(`    Log.d(password, "tag is first");\n    Log.e(TAG, "auth " + header);`), flag: ["header"] },
  { name: "System.out", code: wrap(`    System.out.println(password);`), flag: ["password"] },
  { name: "flogger", code: wrap(`    logger.atInfo().log("secret %s", clientSecret);`), flag: ["clientSecret"] },
  { name: "String.format flow", code: wrap(`    String s = String.format("pw=%s", password);\n    LOG.info(s);`), flag: ["s"] },
  { name: "getParameter flow", code: wrap(`    String t = request.getParameter("token");\n    LOG.info(t);`), flag: ["t"] },
  { name: "getHeader Authorization vs other headers", code: wrap(`    LOG.info(request.getHeader("Authorization"));\n    LOG.info(request.getHeader("Accept"));`), flag: ["request.getHeader(\"Authorization\")"] },
  { name: "field assigned from a parameter", code: `class A {\n  private String token;\n  void set(String t) { this.token = t; }\n  void log() { LOG.info(token); }\n}\n`, flag: ["token"] },
  { name: "compile-time constant", code: `class A {\n  private static final String PASSWORD = "changeme";\n  void m() { LOG.info(PASSWORD); }\n}\n`, flag: [] },
  { name: "short substring sanitizes, long does not", code: wrap(`    LOG.info(password.substring(0, 4));\n    LOG.info(password.substring(0, 12));`), flag: ["password.substring(0, 12)"] },
  { name: "digest and encrypt", code: wrap(`    LOG.info(digest(password));\n    LOG.info(encryptLib.encryptPassword(password));`), flag: [] },
  { name: "boolean and length", code: wrap(`    LOG.info("{}", password != null);\n    LOG.info("{}", password.length());`), flag: [] },
  { name: "pagination and tokenizer names", code: wrap(`    LOG.info(nextToken + pageToken + tokenizer + tokenCount);`), flag: [] },
  { name: "StringBuilder is not a sink", code: wrap(`    StringBuilder sb = new StringBuilder();\n    sb.append(password);`), flag: [] },
  { name: "StringBuilder then logged", code: wrap(`    StringBuilder sb = new StringBuilder();\n    sb.append(password);\n    LOG.info(sb.toString());`), flag: ["sb.toString()"] },
  // accessors and suppliers
  { name: "record-style accessors named as secrets", code: wrap(`    LOG.debug("Rejected {}:{}", request.username(), request.password());\n    LOG.info("{} {}", creds.apiKey(), creds.getApiKey());`), flag: ["request.password()", "creds.apiKey()", "creds.getApiKey()"] },
  { name: "accessors that act on or describe a secret", code: wrap(`    LOG.info("{} {} {}", user.resetPassword(), request.tokenType(), request.passwordPolicy());\n    LOG.info("{}", faker.password());`), flag: [] },
  { name: "raw value of a secret-named holder", code: wrap(`    LOG.info("{}", token.getValue());\n    LOG.info("{}", entry.getValue());`), flag: ["token.getValue()"] },
  { name: "supplier lambda: its result is logged", code: wrap(`    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("a");\n    jul.fine(() -> "Created role " + user + " with password " + password);\n    LOG.debug(() -> { return "pw " + password; });`), flag: ["password", "password"] },
  { name: "supplier lambda without a secret", code: wrap(`    LOG.debug(() -> "Created role " + user);\n    LOG.debug(() -> "length " + password.length());\n    LOG.debug((x) -> password);`), flag: [] },
  { name: "replacing the secret with a mask sanitizes", code: wrap(`    String escaped = password.replace("'", "''");\n    String sql = String.format("CREATE ROLE %s PASSWORD '%s'", user, escaped);\n    System.out.println("Executing: " + sql.replace(escaped, "********"));\n    System.out.println(password.replaceAll(".+", "[REDACTED]"));\n    System.out.println(sql.replaceAll("PASSWORD '\\\\S+'", "PASSWORD '***'"));`), flag: [] },
  { name: "replacing fixed text or with a non-mask does not", code: wrap(`    String sql = "CREATE ROLE x PASSWORD '" + password + "'";\n    System.out.println(sql.replace("'", "''"));\n    System.out.println(sql.replace("ROLE", "****"));`), flag: ["sql.replace(\"'\", \"''\")", "sql.replace(\"ROLE\", \"****\")"] },
]);

runCases("java", [
  { name: "every request header through @RequestHeader Map; the copy with credentials removed is safe", code: `class C {\n  private static final Logger LOG = LoggerFactory.getLogger(C.class);\n  @GetMapping("/debug/headers")\n  public Map<String, String> headers(@RequestHeader Map<String, String> headers) {\n    LOG.debug("Request headers: {}", headers);\n    Map<String, String> sanitized = new HashMap<>(headers);\n    sanitized.keySet().removeIf(k -> k.equalsIgnoreCase("authorization") || k.equalsIgnoreCase("cookie"));\n    LOG.info("Sanitized headers: {}", sanitized);\n    Map<String, String> copy = new HashMap<>(headers);\n    LOG.info("Copied headers: {}", copy);\n    return sanitized;\n  }\n}\n`, flag: ["headers", "copy"] },
  { name: "one named request header is not all of them", code: `class C {\n  private static final Logger LOG = LoggerFactory.getLogger(C.class);\n  public void h(@RequestHeader("X-Request-Id") String requestId) {\n    LOG.info("request {}", requestId);\n  }\n}\n`, flag: [] },
]);

runCases("java", [
  { name: "the user part of a decoded Basic credential", code: wrap(`    String decoded = new String(Base64.getDecoder().decode(header.substring(6)));\n    String user = decoded.substring(0, decoded.indexOf(':'));\n    String pass = decoded.substring(decoded.indexOf(':') + 1);\n    System.out.printf("Basic auth user %s%n", user);\n    System.out.printf("Basic auth pass %s%n", pass);`), flag: ["pass"] },
  { name: "java.net.http request headers as a map", code: "class A {\n  void f(HttpRequest request) {\n    logger.error(\"Request failed: {} headers={}\", request.uri(), request.headers().map());\n    logger.error(\"Request failed: {}\", request.uri());\n  }\n}\n", flag: ["request.headers()"] },
]);
