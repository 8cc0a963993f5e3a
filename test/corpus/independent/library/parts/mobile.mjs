// Mobile networking layers: Kotlin (Android, OkHttp/Retrofit) and Swift (iOS, URLSession).
export default function mobile({ t, S, R }) {
  const mapsKey = S.googleKey();
  const basicPw = S.password('password');
  const openai = S.openai();
  const files = [];

  files.push({ path: 'android/app/src/main/java/com/tripnest/network/ApiClient.kt', text: t`
package com.tripnest.network

import android.content.Context
import com.tripnest.BuildConfig
import okhttp3.Authenticator
import okhttp3.Credentials
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import java.util.concurrent.TimeUnit

object ApiClient {

@@N:header-name|    private const val HEADER_AUTHORIZATION = "Authorization"
@@N:header-name|    private const val HEADER_API_KEY = "X-Goog-Api-Key"
    private const val BASE_URL = "https://api.tripnest.app/v3/"
    private const val PLACES_URL = "https://places.googleapis.com/v1/"

    // Places API key (restricted to the Android app signature in the console)
@@S:google-api-key#mobile|    private const val PLACES_API_KEY = "${mapsKey}"

    @Volatile private var retrofit: Retrofit? = null

    fun get(context: Context, tokenStore: TokenStore): Retrofit =
        retrofit ?: synchronized(this) {
            retrofit ?: build(context, tokenStore).also { retrofit = it }
        }

    private fun build(context: Context, tokenStore: TokenStore): Retrofit {
        val logging = HttpLoggingInterceptor().apply {
            level = if (BuildConfig.DEBUG) HttpLoggingInterceptor.Level.BODY else HttpLoggingInterceptor.Level.NONE
@@N:redacted|            redactHeader(HEADER_AUTHORIZATION)
        }

        val auth = Interceptor { chain ->
            val request = chain.request()
@@N:variable-assignment|            val token = tokenStore.accessToken()
            val newRequest = if (token != null) {
@@N:template-interpolation|                request.newBuilder().header(HEADER_AUTHORIZATION, "Bearer \${token}").build()
            } else request
            chain.proceed(newRequest)
        }

        val refresh = Authenticator { _, response ->
            if (response.request.header("X-Retry") != null) return@Authenticator null
            val fresh = tokenStore.refreshBlocking() ?: return@Authenticator null
            response.request.newBuilder()
                .header(HEADER_AUTHORIZATION, "Bearer $fresh")
                .header("X-Retry", "1")
                .build()
        }

        val client = OkHttpClient.Builder()
            .connectTimeout(15, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS)
            .addInterceptor(auth)
            .authenticator(refresh)
            .addInterceptor(logging)
            .build()

        return Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
    }

    fun places(): OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder().header(HEADER_API_KEY, PLACES_API_KEY).build())
        }
        .build()

    /** Legacy partner feed still on HTTP basic auth. */
    fun partnerFeed(): OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
@@S:password#auth-call|            val basic = Credentials.basic("tripnest-android", "${basicPw}")
            chain.proceed(chain.request().newBuilder().header(HEADER_AUTHORIZATION, basic).build())
        }
        .build()

    /** Analytics key injected at build time from local.properties / CI secrets. */
@@N:build-config-read|    val analyticsKey: String get() = BuildConfig.ANALYTICS_API_KEY
}
` });

  files.push({ path: 'ios/TripNest/Networking/APIClient.swift', text: t`
import Foundation
import Security

enum APIError: Error, LocalizedError {
    case unauthorized
    case http(Int)
    case decoding(Error)
    case missingCredentials

    var errorDescription: String? {
        switch self {
@@N:error-string|        case .unauthorized: return "Your session has expired. Please sign in again."
        case .http(let code): return "Server returned \(code)."
        case .decoding: return "Unexpected response from server."
@@N:error-string|        case .missingCredentials: return "No API token found in the keychain."
        }
    }
}

enum Keychain {
@@N:config-key-name|    static let service = "app.tripnest.ios.auth"

    static func read(_ account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}

final class APIClient {
    static let shared = APIClient()

    private let session: URLSession
    private let baseURL = URL(string: "https://api.tripnest.app/v3/")!
    private let assistantURL = URL(string: "https://api.openai.com/v1/chat/completions")!
    // Trip-planner assistant; proxied through the backend in the next release.
@@S:openai-api-key#mobile|    private let assistantKey = "${openai}"

    init(session: URLSession = .shared) {
        self.session = session
    }

    private var accessToken: String? {
@@N:keychain-read|        Keychain.read("access_token")
    }

    func get<T: Decodable>(_ path: String, as type: T.Type) async throws -> T {
        guard let token = accessToken else { throw APIError.missingCredentials }
        var request = URLRequest(url: baseURL.appendingPathComponent(path))
@@N:template-interpolation|        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw APIError.http(-1) }
        switch http.statusCode {
        case 200..<300: break
        case 401: throw APIError.unauthorized
        default: throw APIError.http(http.statusCode)
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw APIError.decoding(error)
        }
    }

    func suggestItinerary(for city: String) async throws -> Data {
        var request = URLRequest(url: assistantURL)
        request.httpMethod = "POST"
        request.setValue("Bearer \(assistantKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "model": "gpt-4o-mini",
            "messages": [["role": "user", "content": "Plan a 2-day trip to \(city)."]],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await session.data(for: request)
        return data
    }
}
` });
  return files;
}
