import { runCases } from "./cases.js";

const wrap = (body: string): string =>
  `package com.example.auth\n\nimport mu.KotlinLogging\nimport org.slf4j.LoggerFactory\n\nprivate val logger = KotlinLogging.logger {}\n\nclass AuthController(private val service: AuthService) {\n    private val log = LoggerFactory.getLogger(AuthController::class.java)\n\n    fun login(username: String, password: String, tokens: TokenPair) {\n${body}\n    }\n}\n`;

runCases("kotlin", [
  { name: "kotlin-logging lambda with a simple template", code: wrap(`        logger.debug { "login $username with $password" }`), flag: ["password"] },
  { name: "kotlin-logging lambda with a member template", code: wrap(`        logger.info { "issued \${tokens.accessToken}" }`), flag: ["tokens.accessToken"] },
  { name: "kotlin-logging error with an exception and a lambda", code: wrap(`        try { service.login(username, password) } catch (ex: Exception) {\n            logger.error(ex) { "login failed for $username using $password" }\n        }`), flag: ["password"] },
  { name: "SLF4J placeholders", code: wrap(`        log.info("user {} token {}", username, tokens.refreshToken)`), flag: ["tokens.refreshToken"] },
  { name: "Timber with format args", code: wrap(`        Timber.d("token %s", tokens.accessToken)\n        Timber.tag("auth").w("password %s", password)`), flag: ["tokens.accessToken", "password"] },
  { name: "android Log with concatenation", code: wrap(`        Log.d(TAG, "auth " + password)\n        android.util.Log.e(TAG, "refresh: " + tokens.refreshToken)`), flag: ["password", "tokens.refreshToken"] },
  { name: "println of a whole token holder", code: wrap(`        println("tokens: $tokens")`), flag: ["tokens"] },
  { name: "environment variable flow", code: wrap(`        val apiKey = System.getenv("PAYMENTS_API_KEY")\n        log.debug("using key {}", apiKey)`), flag: ["apiKey"] },
  { name: "string built before logging", code: wrap(`        val header = "Bearer " + tokens.accessToken\n        logger.debug { header }`), flag: ["header"] },
  { name: "non-null assertion and elvis keep the value", code: wrap(`        val secret = System.getenv("CLIENT_SECRET") ?: ""\n        println(secret!!)`), flag: ["secret"] },
  { name: "a data class dumped whole", code: `package x\n\ndata class ApiConfig(val baseUrl: String, val apiKey: String)\n\nclass Client(private val config: ApiConfig) {\n    private val log = LoggerFactory.getLogger(Client::class.java)\n    fun start() {\n        log.info("config {}", config)\n        log.info("base {}", config.baseUrl)\n    }\n}\n`, flag: ["config"] },
  { name: "mapOf pairs carry their values", code: wrap(`        log.info("creds {}", mapOf("user" to username, "password" to password))\n        val form = mapOf("client_secret" to service.clientSecret)\n        log.debug("form: $form")\n        log.debug("user {}", mapOf("user" to username, "id" to service.userId))`), flag: ["password", "form"] },
  { name: "String.format and format()", code: wrap(`        log.info(String.format("pw=%s", password))\n        log.info("token=%s".format(tokens.accessToken))`), flag: ["String.format(\"pw=%s\", password)", "\"token=%s\".format(tokens.accessToken)"] },
  { name: "parameter flow", code: `package x\n\nfun show(v: String) {\n    println(v)\n}\n\nfun main() {\n    show(System.getenv("API_TOKEN"))\n}\n`, flag: ["v"] },
]);

runCases("kotlin", [
  { name: "username, email and id", code: wrap(`        logger.info { "login $username id=\${service.userId} email=\${service.email}" }`), flag: [] },
  { name: "token type, expiry and length", code: wrap(`        log.debug("type {} expires {} len {}", tokens.tokenType, tokens.expiresIn, tokens.accessToken.length)`), flag: [] },
  { name: "masked, hashed and prefixed values", code: wrap(`        log.debug("pw {} tok {} pre {}", mask(password), sha256(tokens.accessToken), tokens.accessToken.take(4))\n        logger.debug { "redacted \${redact(password)}" }`), flag: [] },
  { name: "booleans", code: wrap(`        logger.debug { "has password: \${password.isNotEmpty()}, refresh: \${tokens.refreshToken != null}" }`), flag: [] },
  { name: "secret names in messages only", code: wrap(`        logger.warn { "password reset requested for $username" }\n        log.error("invalid api key or token")`), flag: [] },
  { name: "policy messages", code: wrap(`        println("passwords must be at least \${MIN_LENGTH} characters")`), flag: [] },
  { name: "escaped dollar is not a template", code: wrap(`        println("literal \\$password")`), flag: [] },
  { name: "a data class that overrides toString", code: `package x\n\ndata class ApiConfig(val baseUrl: String, val apiKey: String) {\n    override fun toString() = "ApiConfig(baseUrl=$baseUrl)"\n}\n\nfun start(config: ApiConfig) {\n    println("config $config")\n}\n`, flag: [] },
  { name: "a message sid is a resource id, a session's sid is not", code: wrap(`        val msg = sms.send(username)\n        log.info("sent sid={}", msg.sid)\n        log.info("session {}", session.sid)`), flag: ["session.sid"] },
  { name: "error values", code: wrap(`        runCatching { service.login(username, password) }.onFailure { e -> logger.error(e) { "login failed: \${e.message}" } }`), flag: [] },
]);

runCases("kotlin", [
  { name: "a limit named after the password is not the password", code: wrap(`        Log.w(TAG, "Password must be at least $MIN_PASSWORD characters")`), flag: [] },
  { name: "a function's return value holds the key: expression body and block body", code: "class C(private val apiKey: String) {\n    private fun headers(): Map<String, String> = mapOf(\"Authorization\" to \"Bearer $apiKey\")\n    private fun token(): String {\n        return apiKey\n    }\n    private fun accept(): String = \"application/json\"\n    fun get() {\n        val headers = headers()\n        log.info(\"headers {}\", headers)\n        log.info(\"token {}\", token())\n        log.info(\"accept {}\", accept())\n    }\n}\n", flag: ["headers", "token()"] },
]);
