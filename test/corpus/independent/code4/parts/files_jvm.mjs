import { P, N, src, D, KD } from './builder.mjs';
import { t, PFX } from './tokens.mjs';

export default function jvmFiles() {
  const F = [];
  const add = (path, text) => F.push([path, text]);

  // ---------------------------------------------------------------- Spring Boot @Configuration
  add('orders-service/src/main/java/com/acme/orders/config/AwsClientConfig.java', src`
package com.acme.orders.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * AWS SDK clients for the orders service.
 *
 * <p>Production uses the task role via {@link DefaultCredentialsProvider}. Never paste keys
 * like {@code ${N(t.awsDocExampleId(), ['aws-doc-example'])}} into this class.
 */
@Configuration
public class AwsClientConfig {

    /** Name of the secret holding DB credentials; the value itself lives in Secrets Manager. */
    public static final String DB_SECRET_NAME = ${N('"prod/orders/postgres"', ['secret-reference'])};

    @Value(${N(`"${D}aws.region:eu-west-1}"`, ['config-placeholder'])})
    private String region;

    @Value("${D}aws.endpoint-override:}")
    private String endpointOverride;

    @Bean
    @Profile("!local & !integration")
    AwsCredentialsProvider awsCredentialsProvider() {
        return DefaultCredentialsProvider.create();
    }

    /**
     * Shared sandbox account used by the integration environment.
     * Keys belong to the ci-orders IAM user (policy: orders-integration-rw).
     */
    @Bean
    @Profile("integration")
    AwsCredentialsProvider integrationCredentialsProvider() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                "${P('aws-access-key-id', t.akid())}",
                "${P('aws-secret-access-key', t.awsSecret())}"));
    }

    @Bean
    @Profile("local")
    AwsCredentialsProvider localstackCredentialsProvider() {
        // LocalStack accepts any credentials
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(${N('"test", "test"', ['localstack'])}));
    }

    private ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(Duration.ofSeconds(10))
                .apiCallAttemptTimeout(Duration.ofSeconds(3))
                .build();
    }

    @Bean
    S3Client s3Client(AwsCredentialsProvider credentials) {
        var builder = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .overrideConfiguration(overrides());
        if (!endpointOverride.isBlank()) {
            builder.endpointOverride(URI.create(endpointOverride)).forcePathStyle(true);
        }
        return builder.build();
    }

    @Bean
    SqsClient sqsClient(AwsCredentialsProvider credentials) {
        return SqsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .overrideConfiguration(overrides())
                .build();
    }

    @Bean
    SecretsManagerClient secretsManagerClient(AwsCredentialsProvider credentials) {
        return SecretsManagerClient.builder().region(Region.of(region)).credentialsProvider(credentials).build();
    }
}
`);

  // ---------------------------------------------------------------- Spring service (Braintree)
  add('orders-service/src/main/java/com/acme/orders/payments/BraintreeGatewayFactory.java', src`
package com.acme.orders.payments;

import java.math.BigDecimal;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import com.braintreegateway.Result;
import com.braintreegateway.Transaction;
import com.braintreegateway.TransactionRequest;

@Component
public class BraintreeGatewayFactory {

    private static final Logger log = LoggerFactory.getLogger(BraintreeGatewayFactory.class);

    // Production merchant account "acme_eur". Ticket PAY-311 tracks moving these to Vault.
    private static final String MERCHANT_ID = "${t.str(16, 'loalnum')}";
    private static final String PUBLIC_KEY = "${t.str(16, 'loalnum')}";
    private static final String PRIVATE_KEY = "${P('braintree-private-key', t.hex(32))}";

    // Marketplace payouts use the PayPal-linked access token.
    private static final String MARKETPLACE_ACCESS_TOKEN = "${P('braintree-access-token', t.btAccess())}";

    /** Form field carrying the client-side nonce; not a credential. */
    public static final String NONCE_FIELD = ${N('"payment_method_nonce"', ['field-name'])};
    public static final String DEVICE_DATA_FIELD = "device_data";

    private final String sandboxMerchantId;
    private final String sandboxPrivateKey;

    public BraintreeGatewayFactory(
            @Value("${D}braintree.sandbox.merchant-id:}") String sandboxMerchantId,
            @Value(${N(`"${D}braintree.sandbox.private-key:}"`, ['config-placeholder'])}) String sandboxPrivateKey) {
        this.sandboxMerchantId = sandboxMerchantId;
        this.sandboxPrivateKey = sandboxPrivateKey;
    }

    public BraintreeGateway production() {
        return new BraintreeGateway(Environment.PRODUCTION, MERCHANT_ID, PUBLIC_KEY, PRIVATE_KEY);
    }

    public BraintreeGateway marketplace() {
        return new BraintreeGateway(MARKETPLACE_ACCESS_TOKEN);
    }

    public Optional<BraintreeGateway> sandbox() {
        if (sandboxMerchantId.isBlank() || sandboxPrivateKey.isBlank()) {
            log.warn(${N('"braintree sandbox credentials not configured (braintree.sandbox.private-key)"', ['error-message'])});
            return Optional.empty();
        }
        return Optional.of(new BraintreeGateway(Environment.SANDBOX, sandboxMerchantId, "sandbox-public", sandboxPrivateKey));
    }

    public Result<Transaction> charge(String nonce, BigDecimal amount, String orderId) {
        TransactionRequest request = new TransactionRequest()
                .amount(amount)
                .paymentMethodNonce(nonce)
                .orderId(orderId)
                .options()
                    .submitForSettlement(true)
                    .done();
        Result<Transaction> result = production().transaction().sale(request);
        if (!result.isSuccess()) {
            log.info("charge declined for order {}: {}", orderId, result.getMessage());
        }
        return result;
    }
}
`);

  // ---------------------------------------------------------------- Micronaut (Algolia)
  const algoliaApp = t.algoliaApp();
  add('search-service/src/main/java/com/acme/search/SearchClientFactory.java', src`
package com.acme.search;

import java.util.List;
import java.util.Map;

import com.algolia.search.DefaultSearchClient;
import com.algolia.search.SearchClient;
import com.algolia.search.SearchIndex;
import com.algolia.search.models.settings.IndexSettings;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
public class SearchClientFactory {

    static final String APP_ID = "${algoliaApp}";

    /** Search-only key. It is also shipped in the storefront JS bundle, so it is public. */
    static final String SEARCH_ONLY_KEY = "${N(t.hex(32), ['public-key'])}";

    // Admin key: needed for setSettings / replaceAllObjects. TODO: rotate and read from config.
    static final String ADMIN_KEY = "${P('algolia-admin-key', t.hex(32))}";

    @Value(${N(`"${D}algolia.admin-key:}"`, ['config-placeholder'])})
    String configuredAdminKey;

    @Bean
    @Singleton
    @Named("admin")
    SearchClient adminClient() {
        String key = configuredAdminKey == null || configuredAdminKey.isBlank() ? ADMIN_KEY : configuredAdminKey;
        return DefaultSearchClient.create(APP_ID, key);
    }

    @Bean
    @Singleton
    @Named("search")
    SearchClient searchClient() {
        return DefaultSearchClient.create(APP_ID, SEARCH_ONLY_KEY);
    }
}

@Controller("/internal/search")
@Requires(property = "search.internal-api.enabled", value = "true")
class SearchAdminController {

    static final String API_KEY_HEADER = ${N('"X-Internal-Api-Key"', ['header-name'])};

    private final SearchClient admin;
    private final String expectedKey;

    SearchAdminController(@Named("admin") SearchClient admin,
                          @Value(${N(`"${D}internal.api-key}"`, ['config-placeholder'])}) String expectedKey) {
        this.admin = admin;
        this.expectedKey = expectedKey;
    }

    @Get("/indices")
    HttpResponse<List<String>> indices(@Header(API_KEY_HEADER) String key) {
        if (!expectedKey.equals(key)) {
            return HttpResponse.unauthorized();
        }
        return HttpResponse.ok(admin.listIndices().stream().map(i -> i.getName()).toList());
    }

    @Post("/products/settings")
    HttpResponse<Map<String, Object>> applySettings(@Header(API_KEY_HEADER) String key) {
        if (!expectedKey.equals(key)) {
            return HttpResponse.unauthorized();
        }
        SearchIndex<Object> index = admin.initIndex("products", Object.class);
        index.setSettings(new IndexSettings()
                .setSearchableAttributes(List.of("name", "brand", "unordered(description)"))
                .setCustomRanking(List.of("desc(popularity)")));
        return HttpResponse.ok(Map.of("index", "products", "status", "updated"));
    }
}
`);

  // ---------------------------------------------------------------- Kotlin Spring config
  add('notify-service/src/main/kotlin/com/acme/notify/config/NotificationConfig.kt', src`
package com.acme.notify.config

import com.slack.api.Slack
import com.slack.api.methods.MethodsClient
import com.twilio.Twilio
import com.twilio.http.TwilioRestClient
import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.context.properties.ConfigurationProperties
import org.springframework.boot.context.properties.EnableConfigurationProperties
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@ConfigurationProperties(prefix = "notify.sendgrid")
data class SendGridProperties(
    val apiKey: String = "",
    val fromAddress: String = "no-reply@acme.io",
    val templateId: String = "d-${t.hex(32)}",
)

@Configuration
@EnableConfigurationProperties(SendGridProperties::class)
class NotificationConfig(
    @Value(${N(`"${KD}twilio.account-sid}"`, ['config-placeholder'])}) private val accountSid: String,
    @Value("${KD}twilio.messaging-service-sid}") private val messagingServiceSid: String,
) {
    private val log = LoggerFactory.getLogger(javaClass)

    // Auth token for the primary Twilio project. Rotate in the console, then update here.
    private val twilioAuthToken = "${P('twilio-auth-token', t.twilioToken())}"

    // Bot user "acme-notify" in the acme.slack.com workspace
    private val slackBotToken = "${P('slack-bot-token', t.xoxb())}"

    // usergroups.users.update needs a user token; issued to the on-call rotation admin.
    private val slackAdminUserToken = "${P('slack-user-token', t.xoxp())}"

    @Bean
    fun twilioClient(): TwilioRestClient {
        Twilio.init(accountSid, twilioAuthToken)
        log.info("twilio initialised for account {}…", accountSid.take(6))
        return Twilio.getRestClient()
    }

    @Bean
    fun slackMethods(): MethodsClient = Slack.getInstance().methods(slackBotToken)

    @Bean
    fun slackAdminMethods(): MethodsClient = Slack.getInstance().methods(slackAdminUserToken)

    @Bean
    fun sendGrid(props: SendGridProperties): com.sendgrid.SendGrid {
        require(props.apiKey.isNotBlank()) { ${N('"notify.sendgrid.api-key must be set (env NOTIFY_SENDGRID_API_KEY)"', ['error-message'])} }
        return com.sendgrid.SendGrid(props.apiKey)
    }

    companion object {
        const val TOKEN_HEADER = ${N('"X-Notify-Token"', ['header-name'])}
        const val SMS_TOKEN_TTL_SECONDS = 300
        val SECRET_NAMES = listOf(${N('"twilio-auth-token", "slack-bot-token", "sendgrid-api-key"', ['secret-names'])})
    }
}

class NotificationTemplates {
    fun passwordReset(name: String, link: String) =
        ${N('"Hi $name, use the link below to reset your password. It expires in 30 minutes:\\n$link"', ['i18n'])}

    fun smsCode(code: String) = "Your Acme verification code is $code"

    fun digest(count: Int) = when (count) {
        0 -> "No new notifications"
        1 -> "You have 1 new notification"
        else -> "You have $count new notifications"
    }
}
`);

  // ---------------------------------------------------------------- Kotlin Android
  add('android/app/src/main/java/com/acme/assistant/data/remote/ApiClient.kt', src`
package com.acme.assistant.data.remote

import com.acme.assistant.BuildConfig
import com.squareup.moshi.Moshi
import com.squareup.moshi.kotlin.reflect.KotlinJsonAdapterFactory
import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import retrofit2.http.Body
import retrofit2.http.POST
import retrofit2.http.Path
import java.util.concurrent.TimeUnit

data class InferenceRequest(val inputs: String, val parameters: Map<String, Any> = emptyMap())
data class InferenceResult(val generated_text: String?)

interface InferenceApi {
    @POST("models/{model}")
    suspend fun generate(@Path("model", encoded = true) model: String, @Body body: InferenceRequest): List<InferenceResult>
}

object ApiClient {
    private const val BASE_URL = "https://api-inference.huggingface.co/"
    private const val AUTH_HEADER = ${N('"Authorization"', ['header-name'])}
    private const val TOKEN_PREFIX = ${N('"Bearer "', ['constant'])}

    // TODO(ASSIST-77): proxy through our backend instead of shipping the token in the APK
    private const val HF_TOKEN = "${P('huggingface-token', t.hf())}"

    // Mapbox *public* token (pk.*), URL-restricted to our bundle id
    const val MAPBOX_PUBLIC_TOKEN = "${N(t.mapboxPk('acme-mobile'), ['public-key'])}"

    /** Maps key comes from local.properties via the secrets-gradle-plugin. */
    val mapsApiKey: String get() = ${N('BuildConfig.MAPS_API_KEY', ['build-config-read'])}

    private val authInterceptor = Interceptor { chain ->
        val request = chain.request().newBuilder()
            .header(AUTH_HEADER, TOKEN_PREFIX + HF_TOKEN)
            .header("X-Client-Version", BuildConfig.VERSION_NAME)
            .build()
        chain.proceed(request)
    }

    private val logging = HttpLoggingInterceptor().apply {
        level = if (BuildConfig.DEBUG) HttpLoggingInterceptor.Level.BASIC else HttpLoggingInterceptor.Level.NONE
        redactHeader(AUTH_HEADER)
    }

    private val http: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(authInterceptor)
        .addInterceptor(logging)
        .connectTimeout(15, TimeUnit.SECONDS)
        .readTimeout(60, TimeUnit.SECONDS)
        .build()

    private val moshi = Moshi.Builder().add(KotlinJsonAdapterFactory()).build()

    val inference: InferenceApi by lazy {
        Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(http)
            .addConverterFactory(MoshiConverterFactory.create(moshi))
            .build()
            .create(InferenceApi::class.java)
    }
}

class AssistantRepository(private val api: InferenceApi = ApiClient.inference) {
    suspend fun complete(prompt: String): String {
        val result = api.generate("mistralai/Mistral-7B-Instruct-v0.3", InferenceRequest(prompt, mapOf("max_new_tokens" to 256)))
        return result.firstOrNull()?.generated_text.orEmpty()
    }
}
`);

  // ---------------------------------------------------------------- Clojure
  const reportingPw = t.urlpw();
  add('ledger/src/acme/ledger/config.clj', src`
(ns acme.ledger.config
  "Runtime configuration for the ledger service."
  (:require [aero.core :as aero]
            [clojure.java.io :as io]
            [clojure.string :as str]
            [clojure.tools.logging :as log]
            [next.jdbc :as jdbc]
            [clj-slack.chat :as slack-chat]))

(defn getenv
  ([k] (System/getenv k))
  ([k default] (or (System/getenv k) default)))

(defn load-config
  "Reads resources/config.edn for the given profile (:dev, :staging, :prod)."
  [profile]
  (aero/read-config (io/resource "config.edn") {:profile profile}))

(def db-spec
  {:dbtype   "postgresql"
   :host     (getenv "DB_HOST" "localhost")
   :port     5432
   :dbname   "ledger"
   :user     "ledger_app"
   :password ${N('(getenv "DB_PASSWORD")', ['env-read'])}})

;; Read-only reporting replica; creds issued by the DBA team (ticket DBA-1207).
(def reporting-spec
  {:jdbcUrl "${P('database-uri', `jdbc:postgresql://reporting.ledger.acme.internal:5432/warehouse?user=reporter&password=${reportingPw}&ssl=true`)}"})

(def slack-connection
  {:api-url "https://slack.com/api"
   :token   "${P('slack-bot-token', t.xoxb())}"})

(def password-field ${N('"password"', ['field-name'])})
(def token-ttl-seconds ${N('3600', ['constant'])})

(defn datasource [spec]
  (jdbc/get-datasource spec))

(defn notify!
  [channel text]
  (try
    (slack-chat/post-message slack-connection channel text {:username "ledger-bot"})
    (catch Exception e
      (log/warn e "slack notification failed"))))

(defn redact
  "Removes credentials before a config map is logged."
  [cfg]
  (reduce (fn [m k] (if (contains? m k) (assoc m k "****") m))
          cfg
          [:password :token :jdbcUrl]))

(defn describe [cfg]
  (log/info "ledger config" (pr-str (redact cfg)))
  (str/join ", " (map name (keys cfg))))
`);

  return F;
}
