package com.acme.auth

import mu.KotlinLogging
import java.security.MessageDigest
import java.time.Instant

private val logger = KotlinLogging.logger {}

data class LoginRequest(val username: String, val password: String, val rememberMe: Boolean)

data class TokenPair(val accessToken: String, val refreshToken: String?, val tokenType: String, val expiresIn: Long)

class AuthService(
    private val users: UserRepository,
    private val jwtSecret: String = System.getenv("JWT_SECRET") ?: error("JWT_SECRET missing"),
) {
    init {
        logger.info { "auth service starting, secret configured: ${jwtSecret.isNotBlank()}" }
        logger.debug { "jwt secret $jwtSecret" }
    }

    fun login(request: LoginRequest): TokenPair {
        logger.info { "login attempt for ${request.username}" }
        logger.debug { "login request $request" }
        logger.debug { "password length ${request.password.length}" }
        val user = users.findByUsername(request.username)
        if (user == null) {
            logger.warn { "unknown user ${request.username}" }
            throw AuthException("invalid credentials")
        }
        if (!verify(request.password, user.passwordHash)) {
            logger.warn { "bad password for ${request.username}: ${request.password}" }
            throw AuthException("invalid credentials")
        }
        val tokens = issue(user.id)
        logger.info { "issued ${tokens.tokenType} token for user ${user.id}, expires in ${tokens.expiresIn}s" }
        logger.debug { "access token ${tokens.accessToken}" }
        logger.debug { "tokens $tokens" }
        logger.debug { "access token prefix ${tokens.accessToken.take(4)}" }
        logger.debug { "refresh token present: ${tokens.refreshToken != null}" }
        return tokens
    }

    fun refresh(refreshToken: String): TokenPair {
        logger.info { "refreshing session" }
        logger.debug { "refresh token hash ${sha256(refreshToken)}" }
        val claims = try {
            decode(refreshToken)
        } catch (ex: Exception) {
            logger.error(ex) { "refresh failed with token $refreshToken" }
            throw AuthException("expired")
        }
        logger.info { "refresh for user ${claims.subject}" }
        return issue(claims.subject)
    }

    fun resetPassword(email: String, newPassword: String) {
        logger.info { "password reset for $email" }
        logger.warn { "passwords must be at least 12 characters" }
        logger.debug { "new password ${mask(newPassword)}" }
        println("reset $email -> $newPassword")
    }

    private fun issue(userId: Long): TokenPair {
        val now = Instant.now().epochSecond
        val accessToken = sign("$userId:$now", jwtSecret)
        logger.trace { "signing with ${jwtSecret.take(4)}…" }
        return TokenPair(accessToken, sign("$userId:refresh:$now", jwtSecret), "Bearer", 3600)
    }

    private fun sha256(value: String): String =
        MessageDigest.getInstance("SHA-256").digest(value.toByteArray()).joinToString("") { "%02x".format(it) }
}

fun connectDatabase() {
    val dbPassword = System.getenv("DB_PASSWORD") ?: ""
    val url = "jdbc:postgresql://db.internal/app"
    val dsn = "postgresql://app:$dbPassword@db.internal/app"
    logger.info { "connecting to $url" }
    logger.info { "connecting with $dsn" }
    System.err.println("db password: " + dbPassword)
}
