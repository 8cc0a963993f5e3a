@@file kt: «root»/src/main/kotlin/com/example/«svc»/auth/LoginService.kt
package com.example.«svc».auth

import mu.KotlinLogging
import org.springframework.security.crypto.password.PasswordEncoder
import org.springframework.stereotype.Service
import java.time.Instant
import java.util.UUID

private val logger = KotlinLogging.logger {}

data class LoginResult(val userId: String, val sessionToken: String, val expiresAt: Instant)

@Service
class LoginService(
    private val users: UserRepository,
    private val encoder: PasswordEncoder,
    private val sessions: SessionStore,
) {
    private val maxAttempts = 5

    fun login(username: String, password: String): LoginResult? {
        logger.debug { "login $username password=$password" } ⟦L:kotlin-logging,template,password⟧
        logger.info { "login attempt for $username" } ⟦S:username⟧
        val user = users.findByUsername(username) ?: run {
            logger.warn { "unknown user $username" } ⟦S:username⟧
            return null
        }
        if (user.failedAttempts >= maxAttempts) {
            logger.warn { "user ${user.id} locked, passwordAttempts=${user.failedAttempts}" } ⟦S:counter⟧
            return null
        }
        if (!encoder.matches(password, user.passwordHash)) { ⟦S:comparison⟧
            users.incrementFailedAttempts(user.id)
            logger.warn { "invalid password for ${user.email}" } ⟦S:no-value⟧
            return null
        }
        val sessionToken = UUID.randomUUID().toString() + UUID.randomUUID().toString()
        val result = LoginResult(user.id, sessionToken, Instant.now().plusSeconds(3600))
        sessions.save(result)
        logger.info { "login ok: $result" } ⟦L:kotlin-logging,whole-object,session-token⟧
        logger.info { "login ok for ${result.userId}, expires ${result.expiresAt}" } ⟦S:userid,expiry⟧
        return result
    }

    fun resetPassword(email: String, resetToken: String, newPassword: String): Boolean {
        val userId = sessions.consumeResetToken(resetToken) ?: run {
            logger.warn { "reset token rejected for $email" } ⟦S:email⟧
            return false
        }
        logger.info("password reset for {} using token {}", email, resetToken) ⟦L:kotlin-logging,format,reset-token⟧
        users.updatePassword(userId, encoder.encode(newPassword))
        logger.info { "password updated for user $userId (new length ${newPassword.length})" } ⟦S:length⟧
        return true
    }
}
@@file kt: «root»/src/main/kotlin/com/example/«svc»/client/«Vendor»Client.kt
package com.example.«svc».client

import org.slf4j.LoggerFactory
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

class «Vendor»Client(
    private val baseUrl: String,
    private val apiKey: String,
    private val maxRetries: Int = 3,
) {
    private val log = LoggerFactory.getLogger(«Vendor»Client::class.java)
    private val http: HttpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()

    init {
        log.info("«vendor» client baseUrl={} retries={}", baseUrl, maxRetries) ⟦S:slf4j,url⟧
        log.info("api key configured: {}", apiKey.isNotBlank()) ⟦S:bool⟧
    }

    private fun headers(): Map<String, String> = mapOf(
        "Authorization" to "Bearer $apiKey",
        "Accept" to "application/json",
    )

    private fun masked(): String = if (apiKey.length > 4) apiKey.take(4) + "****" else "****"

    fun get(path: String): String {
        val headers = headers()
        val url = "$baseUrl$path"
        log.info("Calling {} with headers {}", url, headers) ⟦L:slf4j,request-headers⟧
        log.debug("Calling {} with key {}", url, masked()) ⟦S:masked⟧
        val builder = HttpRequest.newBuilder(URI.create(url)).GET()
        headers.forEach { (k, v) -> builder.header(k, v) }
        val request = builder.build()
        var lastError: Exception? = null
        repeat(maxRetries) { attempt ->
            try {
                val response = http.send(request, HttpResponse.BodyHandlers.ofString())
                log.info("GET {} -> {} (attempt {})", path, response.statusCode(), attempt + 1) ⟦S:status⟧
                if (response.statusCode() < 500) return response.body()
            } catch (e: Exception) {
                lastError = e
                log.warn("GET {} failed: {}", path, e.message) ⟦S:exception⟧
            }
        }
        throw IllegalStateException("GET $path failed after $maxRetries attempts", lastError)
    }

    fun debugDump() {
        println("«vendor» api key: $apiKey") ⟦L:println,template,api-key⟧
        println("«vendor» api key length: ${apiKey.length}") ⟦S:length⟧
    }
}
@@file kt: «root»/src/main/kotlin/com/example/«svc»/config/AppConfig.kt
package com.example.«svc».config

import org.slf4j.LoggerFactory

data class DatabaseConfig(
    val host: String,
    val port: Int,
    val name: String,
    val user: String,
    val password: String,
) {
    val jdbcUrl: String get() = "jdbc:postgresql://$host:$port/$name"
}

data class AppConfig(
    val env: String,
    val logLevel: String,
    val database: DatabaseConfig,
    val jwtSecret: String,
    val smtpPassword: String,
) {
    fun safeSummary(): Map<String, Any> = mapOf(
        "env" to env,
        "logLevel" to logLevel,
        "dbHost" to database.host,
        "dbName" to database.name,
    )
}

object ConfigLoader {
    private val log = LoggerFactory.getLogger(ConfigLoader::class.java)
    private const val DB_PASSWORD_ENV = "«SVC»_DB_PASSWORD"

    private fun env(name: String, default: String = ""): String = System.getenv(name) ?: default

    fun load(): AppConfig {
        val dbPassword = env(DB_PASSWORD_ENV)
        if (dbPassword.isEmpty()) {
            log.warn("{} is not set", DB_PASSWORD_ENV) ⟦S:env-name⟧
        }
        val config = AppConfig(
            env = env("APP_ENV", "dev"),
            logLevel = env("LOG_LEVEL", "INFO"),
            database = DatabaseConfig(env("DB_HOST", "localhost"), 5432, "«dbname»", env("DB_USER", "«svc»"), dbPassword),
            jwtSecret = env("«SVC»_JWT_SECRET"),
            smtpPassword = env("SMTP_PASSWORD"),
        )
        println("Loaded config: $config") ⟦L:println,whole-config⟧
        println("Loaded config for env ${config.env}") ⟦S:env⟧
        log.info("config summary {}", config.safeSummary()) ⟦S:omit-secret⟧
        log.info("log level {}", config.logLevel) ⟦S:log-level⟧
        log.info("database {}", config.database) ⟦L:slf4j,whole-object,password⟧
        log.info("database url {} user {}", config.database.jdbcUrl, config.database.user) ⟦S:url,username⟧
        log.debug("jwt secret: " + config.jwtSecret) ⟦L:slf4j,concat,signing-key⟧
        log.debug("jwt secret configured={}", config.jwtSecret.isNotEmpty()) ⟦S:bool⟧
        return config
    }
}
@@file kt: «root»/src/main/kotlin/com/example/«svc»/oauth/OAuthCallback.kt
package com.example.«svc».oauth

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.forms.submitForm
import io.ktor.http.HttpStatusCode
import io.ktor.http.parameters
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.application.log
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

@Serializable
data class TokenResponse(
    @SerialName("access_token") val accessToken: String,
    @SerialName("refresh_token") val refreshToken: String? = null,
    @SerialName("id_token") val idToken: String? = null,
    @SerialName("expires_in") val expiresIn: Long,
    @SerialName("token_type") val tokenType: String,
)

fun Application.oauthRoutes(http: HttpClient) {
    val clientId = environment.config.property("oauth.clientId").getString()
    val clientSecret = environment.config.property("oauth.clientSecret").getString()
    val redirectUri = environment.config.property("oauth.redirectUri").getString()
    log.info("oauth client {} redirect {}", clientId, redirectUri) ⟦S:client-id⟧
    log.debug("oauth client secret {}", clientSecret) ⟦L:ktor-log,client-secret⟧

    routing {
        get("/oauth/callback") {
            val code = call.request.queryParameters["code"]
            if (code == null) {
                application.log.warn("callback without code, request_id={}", call.request.headers["X-Request-ID"]) ⟦S:request-id⟧
                call.respond(HttpStatusCode.BadRequest)
                return@get
            }
            val tokens: TokenResponse = http.submitForm(
                url = "https://«vendor».example.com/oauth/token",
                formParameters = parameters {
                    append("grant_type", "authorization_code")
                    append("code", code)
                    append("client_id", clientId)
                    append("client_secret", clientSecret)
                    append("redirect_uri", redirectUri)
                },
            ).body()
            application.log.info("access token ${tokens.accessToken}") ⟦L:ktor-log,template,access-token⟧
            application.log.info("token type={} expiresIn={}s", tokens.tokenType, tokens.expiresIn) ⟦S:metadata⟧
            application.log.info("refresh token present: ${tokens.refreshToken != null}") ⟦S:bool⟧
            tokens.idToken?.let { idToken ->
                println("id_token=$idToken") ⟦L:println,template,id-token⟧
                application.log.debug("id_token length {}", idToken.length) ⟦S:length⟧
            }
            call.respondRedirect("/")
        }
    }
}
