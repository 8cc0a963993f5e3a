package com.acme.payments

import android.util.Log
import okhttp3.OkHttpClient
import okhttp3.Request
import org.slf4j.LoggerFactory
import timber.log.Timber

private const val TAG = "ApiClient"

data class ApiConfig(
    val baseUrl: String,
    val clientId: String,
    val clientSecret: String,
    val timeoutSeconds: Long,
)

class ApiClient(private val config: ApiConfig, private val http: OkHttpClient) {
    private val log = LoggerFactory.getLogger(ApiClient::class.java)

    init {
        log.info("api client for {} (timeout {}s)", config.baseUrl, config.timeoutSeconds)
        log.debug("api client config {}", config)
        log.debug("client id {}", config.clientId)
    }

    fun fetchToken(): String {
        val form = "grant_type=client_credentials&client_id=${config.clientId}&client_secret=${config.clientSecret}"
        log.debug("token request body {}", form)
        log.trace("client secret length {}", config.clientSecret.length)
        val response = http.newCall(Request.Builder().url(config.baseUrl + "/oauth/token").build()).execute()
        val accessToken = response.body?.string().orEmpty()
        log.info("token response status {}", response.code)
        log.debug("access token {}", accessToken)
        Timber.d("token fetched, %d chars", accessToken.length)
        return accessToken
    }

    fun charge(cardToken: String, amountCents: Long, customerEmail: String) {
        val accessToken = fetchToken()
        val auth = "Bearer $accessToken"
        Log.d(TAG, "charging $amountCents for $customerEmail")
        Log.d(TAG, "authorization: $auth")
        Log.v(TAG, "card token " + cardToken)
        Timber.i("charge started for %s", customerEmail)
        Timber.w("retrying with token %s", accessToken)
        val request = Request.Builder()
            .url("${config.baseUrl}/charges")
            .header("Authorization", auth)
            .build()
        val response = http.newCall(request).execute()
        if (!response.isSuccessful) {
            Log.e(TAG, "charge failed with status ${response.code}")
            Timber.e("charge failed for card ending ${cardToken.takeLast(4)}")
        }
    }

    fun rotateSecret(newSecret: String) {
        log.warn("rotating client secret; the old one stays valid for 24 hours")
        log.info("new secret fingerprint {}", sha256(newSecret))
        log.info("new secret is {}", newSecret)
        println("rotated: ${newSecret.isNotEmpty()}")
    }

    fun webhook(signature: String, payload: String, userId: Long) {
        log.info("webhook for user {} ({} bytes)", userId, payload.length)
        val valid = verifySignature(signature, payload)
        log.info("signature valid: {}", valid)
    }
}
