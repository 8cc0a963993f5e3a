// Android app "FieldNotes": resources, gradle files, Firebase config, Kotlin and Java code.
import { file, S, N, neg, G, R, PW } from './lib.mjs';

export default function android(ctx) {
  const fb = ctx.firebase;
  const root = 'android/FieldNotes';
  const out = [];

  // ------------------------------------------------------------ strings.xml
  const fbAppId = G.num(15);
  out.push(file(`${root}/app/src/main/res/values/strings.xml`)`
    <?xml version="1.0" encoding="utf-8"?>
    <resources>
        <string name="app_name">FieldNotes</string>
        <string name="title_activity_login">Sign in</string>
        <string name="title_activity_map">Sites</string>
        <string name="title_activity_settings">Settings</string>

        <!-- Login -->
        <string name="prompt_email">Email address</string>
        <string name="prompt_password">${N('Password', 'i18n-password-text')}</string>
        <string name="action_sign_in">Sign in or register</string>
        <string name="action_sign_in_short">Sign in</string>
        <string name="error_invalid_email">This email address is invalid</string>
        <string name="error_invalid_password">${N('Password must be at least 8 characters', 'i18n-password-text')}</string>
        <string name="error_incorrect_password">${N('This password is incorrect', 'i18n-password-text')}</string>
        <string name="action_forgot_password">${N('Forgot your password?', 'i18n-password-text')}</string>
        <string name="password_reset_sent">We sent a reset link to %1$s</string>

        <!-- Sensor pairing -->
        <string name="pair_title">Connect a field sensor</string>
        <string name="pair_wifi_ssid_hint">Network name (SSID)</string>
        <string name="pair_wifi_password_hint">${N('Wi-Fi password', 'i18n-password-text')}</string>
        <string name="pair_api_key_hint">${N('Paste the API key shown on the sensor dashboard', 'i18n-password-text')}</string>
        <string name="pair_failed">Pairing failed. Check the network details and try again.</string>
        <string name="pair_success">%1$s is online</string>

        <!-- Third-party SDK configuration (not translatable) -->
        <!-- Maps SDK client key: Android-restricted to com.acme.fieldnotes + release SHA-1 -->
        <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">${N(G.googleKey(), 'public-maps-key')}</string>
        <string name="facebook_app_id" translatable="false">${N(fbAppId, 'public-app-id')}</string>
        <string name="fb_login_protocol_scheme" translatable="false">${N('fb' + fbAppId, 'public-app-id')}</string>
        <string name="default_web_client_id" translatable="false">${N(fb.webClientId, 'oauth-client-id')}</string>
        <string name="onesignal_app_id" translatable="false">${N(G.uuid(), 'onesignal-app-id')}</string>
        <!-- TODO(andrii): e-mail receipts should go through the backend; remove before 3.9 -->
        <string name="sendgrid_api_key" translatable="false">${S(G.sendgrid(), 'sendgrid-api-key')}</string>

        <plurals name="notes_count">
            <item quantity="one">%d note</item>
            <item quantity="other">%d notes</item>
        </plurals>
    </resources>
  `);

  // ------------------------------------------------------------ gradle.properties
  out.push(file(`${root}/gradle.properties`)`
    # Project-wide Gradle settings.
    # IDE (e.g. Android Studio) users:
    # Gradle settings configured through the IDE *will override*
    # any settings specified in this file.
    # For more details on how to configure your build environment visit
    # http://www.gradle.org/docs/current/userguide/build_environment.html
    # Specifies the JVM arguments used for the daemon process.
    # The setting is particularly useful for tweaking memory settings.
    org.gradle.jvmargs=-Xmx4096m -Dfile.encoding=UTF-8
    # When configured, Gradle will run in incubating parallel mode.
    org.gradle.parallel=true
    org.gradle.caching=true
    org.gradle.configuration-cache=true
    # AndroidX package structure to make it clearer which packages are bundled with the
    # Android operating system, and which are packaged with your app's APK
    android.useAndroidX=true
    # Kotlin code style for this project: "official" or "obsolete":
    kotlin.code.style=official
    android.nonTransitiveRClass=true
    android.enableR8.fullMode=true

    # Corporate proxy (only needed on the office network)
    systemProp.https.proxyHost=proxy.acme.local
    systemProp.https.proxyPort=3128
    systemProp.https.proxyUser=
    systemProp.https.proxyPassword=${neg('empty-value')}

    # Release signing (upload key)
    RELEASE_STORE_FILE=../keystores/fieldnotes-upload.jks
    RELEASE_STORE_PASSWORD=${S(PW.any(), 'keystore-password')}
    RELEASE_KEY_ALIAS=upload
    RELEASE_KEY_PASSWORD=${S(PW.any(), 'keystore-password')}

    # GitHub Packages (internal design system)
    gpr.user=acme-android-ci
    gpr.key=${S(G.ghp(), 'github-token')}
  `);

  // ------------------------------------------------------------ build.gradle.kts
  out.push(file(`${root}/app/build.gradle.kts`)`
    import java.util.Properties

    plugins {
        id("com.android.application")
        id("org.jetbrains.kotlin.android")
        id("com.google.gms.google-services")
        id("com.google.firebase.crashlytics")
    }

    val localProps = Properties().apply {
        val f = rootProject.file("local.properties")
        if (f.exists()) f.inputStream().use { load(it) }
    }

    android {
        namespace = "com.acme.fieldnotes"
        compileSdk = 34

        defaultConfig {
            applicationId = "com.acme.fieldnotes"
            minSdk = 24
            targetSdk = 34
            versionCode = 142
            versionName = "3.8.1"
            testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"

            buildConfigField("String", "API_BASE_URL", "\"https://api.fieldnotes.acme.dev/v2/\"")
            ${neg('property-ref')}buildConfigField("String", "MAPS_API_KEY", "\"\${localProps.getProperty("MAPS_API_KEY", "")}\"")
            ${neg('env-ref')}buildConfigField("String", "BACKEND_API_KEY", "\"\${System.getenv("FIELDNOTES_BACKEND_KEY") ?: ""}\"")
            buildConfigField("String", "MAPBOX_PUBLIC_TOKEN", "\"${N(G.mapbox('public', 'acme-fieldnotes'), 'mapbox-public-token')}\"")
            buildConfigField("String", "PHOTO_BUCKET", "\"fieldnotes-site-photos-prod\"")
            manifestPlaceholders["mapsApiKey"] = localProps.getProperty("MAPS_API_KEY", "")
        }

        signingConfigs {
            getByName("debug") {
                // shared debug keystore so Maps/Firebase SHA-1 is stable across machines
                storeFile = rootProject.file("keystores/debug.keystore")
                storePassword = "${N('android', 'well-known-default')}"
                keyAlias = "androiddebugkey"
                keyPassword = "${N('android', 'well-known-default')}"
            }
            create("release") {
                storeFile = file(System.getenv("FIELDNOTES_KEYSTORE") ?: "../keystores/release.jks")
                storePassword = System.getenv("FIELDNOTES_STORE_PASSWORD")${neg('env-ref')}
                keyAlias = System.getenv("FIELDNOTES_KEY_ALIAS") ?: "fieldnotes"
                keyPassword = System.getenv("FIELDNOTES_KEY_PASSWORD")${neg('env-ref')}
            }
            create("staging") {
                storeFile = rootProject.file("keystores/staging.jks")
                storePassword = "${S(PW.any(), 'keystore-password')}"
                keyAlias = "staging"
                keyPassword = "${S(PW.any(), 'keystore-password')}"
            }
        }

        buildTypes {
            release {
                isMinifyEnabled = true
                isShrinkResources = true
                proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
                signingConfig = signingConfigs.getByName("release")
            }
            create("staging") {
                initWith(getByName("release"))
                applicationIdSuffix = ".staging"
                signingConfig = signingConfigs.getByName("staging")
            }
        }
        compileOptions {
            sourceCompatibility = JavaVersion.VERSION_17
            targetCompatibility = JavaVersion.VERSION_17
        }
        kotlinOptions { jvmTarget = "17" }
        buildFeatures { buildConfig = true; compose = true }
    }

    dependencies {
        implementation(platform("com.google.firebase:firebase-bom:32.7.2"))
        implementation("com.google.firebase:firebase-crashlytics")
        implementation("com.google.android.gms:play-services-maps:18.2.0")
        implementation("androidx.security:security-crypto:1.1.0-alpha06")
        implementation("androidx.work:work-runtime-ktx:2.9.0")
        implementation("com.squareup.retrofit2:retrofit:2.9.0")
        implementation("com.squareup.retrofit2:converter-moshi:2.9.0")
        implementation("com.amazonaws:aws-android-sdk-s3:2.73.0")
        implementation("io.sentry:sentry-android:7.3.0")
        testImplementation("junit:junit:4.13.2")
    }
  `);

  // ------------------------------------------------------------ local.properties
  out.push(file(`${root}/local.properties`)`
    ## This file is automatically generated by Android Studio.
    # Do not modify this file -- YOUR CHANGES WILL BE ERASED!
    #
    # This file should *NOT* be checked into Version Control Systems,
    # as it contains information specific to your local configuration.
    #
    # Location of the SDK. This is only used by Gradle.
    # For customization when using a Version Control System, please read the
    # header note.
    sdk.dir=/Users/andrii.k/Library/Android/sdk
    ndk.dir=/Users/andrii.k/Library/Android/sdk/ndk/26.1.10909125

    # Maps SDK client key (Android-restricted: com.acme.fieldnotes + debug/release SHA-1)
    MAPS_API_KEY=${N(G.googleKey(), 'public-maps-key')}

    # Mapbox: secret token with DOWNLOADS:READ, used by Gradle to fetch the SDK
    MAPBOX_DOWNLOADS_TOKEN=${S(G.mapbox('secret', 'acme-fieldnotes'), 'mapbox-secret-token')}
    # Mapbox runtime token (public, URL/app restricted)
    MAPBOX_ACCESS_TOKEN=${N(G.mapbox('public', 'acme-fieldnotes'), 'mapbox-public-token')}

    # Crash reporting
    SENTRY_DSN=${N(G.sentryDsn(), 'sentry-dsn')}

    # Release signing is done on CI only
    RELEASE_STORE_PASSWORD=${neg('empty-value')}
    RELEASE_KEY_PASSWORD=${neg('empty-value')}
  `);

  // ------------------------------------------------------------ google-services.json
  const certHash = G.hex(40);
  out.push(file(`${root}/app/google-services.json`)`
    {
      "project_info": {
        "project_number": "${N(fb.projectNumber, 'project-number')}",
        "firebase_url": "https://fieldnotes-prod-default-rtdb.firebaseio.com",
        "project_id": "fieldnotes-prod",
        "storage_bucket": "fieldnotes-prod.appspot.com"
      },
      "client": [
        {
          "client_info": {
            "mobilesdk_app_id": "${N(`1:${fb.projectNumber}:android:${G.hex(16)}`, 'firebase-app-id')}",
            "android_client_info": {
              "package_name": "com.acme.fieldnotes"
            }
          },
          "oauth_client": [
            {
              "client_id": "${N(G.oauthClientId(fb.projectNumber), 'oauth-client-id')}",
              "client_type": 1,
              "android_info": {
                "package_name": "com.acme.fieldnotes",
                "certificate_hash": "${N(certHash, 'cert-fingerprint')}"
              }
            },
            {
              "client_id": "${N(fb.webClientId, 'oauth-client-id')}",
              "client_type": 3
            }
          ],
          "api_key": [
            {
              "current_key": "${N(fb.androidKey, 'public-firebase-key')}"
            }
          ],
          "services": {
            "appinvite_service": {
              "other_platform_oauth_client": [
                {
                  "client_id": "${N(fb.webClientId, 'oauth-client-id')}",
                  "client_type": 3
                },
                {
                  "client_id": "${N(fb.iosClientId, 'oauth-client-id')}",
                  "client_type": 2,
                  "ios_info": {
                    "bundle_id": "com.acme.fieldnotes"
                  }
                }
              ]
            }
          }
        },
        {
          "client_info": {
            "mobilesdk_app_id": "${N(`1:${fb.projectNumber}:android:${G.hex(16)}`, 'firebase-app-id')}",
            "android_client_info": {
              "package_name": "com.acme.fieldnotes.staging"
            }
          },
          "oauth_client": [
            {
              "client_id": "${N(fb.webClientId, 'oauth-client-id')}",
              "client_type": 3
            }
          ],
          "api_key": [
            {
              "current_key": "${N(fb.androidKey, 'public-firebase-key')}"
            }
          ],
          "services": {
            "appinvite_service": {
              "other_platform_oauth_client": []
            }
          }
        }
      ],
      "configuration_version": "1"
    }
  `);

  // ------------------------------------------------------------ Kotlin
  out.push(file(`${root}/app/src/main/java/com/acme/fieldnotes/data/remote/AssistantClient.kt`)`
    package com.acme.fieldnotes.data.remote

    import android.content.Context
    import androidx.security.crypto.EncryptedSharedPreferences
    import androidx.security.crypto.MasterKey
    import com.acme.fieldnotes.BuildConfig
    import okhttp3.Interceptor
    import okhttp3.OkHttpClient
    import retrofit2.Retrofit
    import retrofit2.converter.moshi.MoshiConverterFactory
    import java.security.KeyStore
    import java.util.concurrent.TimeUnit

    /**
     * Summarises long site notes with a hosted model.
     * The user's session token lives in EncryptedSharedPreferences; the model
     * token below is a stop-gap until the summarise call moves behind our API.
     */
    object AssistantClient {

        private const val BASE_URL = "https://api-inference.huggingface.co/"
        // TODO(andrii): move behind api.fieldnotes.acme.dev before 3.9 ships
        private const val HF_TOKEN = "${S(G.hf(), 'huggingface-token')}"
        private const val MODEL_ID = "facebook/bart-large-cnn"
        private const val MODEL_REVISION = "${N(G.gitSha(), 'git-sha')}"
        private const val KEY_SESSION_TOKEN = "${N('session_token', 'key-name')}"
        private const val SIGNING_KEY_ALIAS = "fieldnotes_request_signing"

        private fun sessionPrefs(context: Context) = EncryptedSharedPreferences.create(
            context,
            "session_prefs",
            MasterKey.Builder(context).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build(),
            EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
            EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM
        )

        fun sessionToken(context: Context): String? =
            sessionPrefs(context).getString(KEY_SESSION_TOKEN, null)${neg('secure-storage-lookup')}

        fun signingKey(): KeyStore.PrivateKeyEntry? {
            val ks = KeyStore.getInstance("AndroidKeyStore").apply { load(null) }${neg('keystore-lookup')}
            return ks.getEntry(SIGNING_KEY_ALIAS, null) as? KeyStore.PrivateKeyEntry
        }

        private val backendKey: String
            get() = BuildConfig.BACKEND_API_KEY${neg('buildconfig-ref')}

        private val authInterceptor = Interceptor { chain ->
            val req = chain.request().newBuilder()
                .header("Authorization", "Bearer $HF_TOKEN")
                .header("X-Client-Version", BuildConfig.VERSION_NAME)
                .header("X-Backend-Key", backendKey)
                .build()
            chain.proceed(req)
        }

        private val http = OkHttpClient.Builder()
            .connectTimeout(15, TimeUnit.SECONDS)
            .readTimeout(60, TimeUnit.SECONDS)
            .addInterceptor(authInterceptor)
            .build()

        val api: SummaryApi = Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(http)
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(SummaryApi::class.java)

        suspend fun summarise(text: String): String {
            val result = api.summarise("models/$MODEL_ID", MODEL_REVISION, SummaryRequest(inputs = text))
            return result.firstOrNull()?.summaryText.orEmpty()
        }
    }
  `);

  // ------------------------------------------------------------ Java
  out.push(file(`${root}/app/src/main/java/com/acme/fieldnotes/sync/PhotoUploadWorker.java`)`
    package com.acme.fieldnotes.sync;

    import android.content.Context;
    import android.net.Uri;
    import android.util.Log;

    import androidx.annotation.NonNull;
    import androidx.work.Worker;
    import androidx.work.WorkerParameters;

    import com.acme.fieldnotes.BuildConfig;
    import com.amazonaws.auth.BasicAWSCredentials;
    import com.amazonaws.regions.Region;
    import com.amazonaws.regions.Regions;
    import com.amazonaws.services.s3.AmazonS3Client;
    import com.amazonaws.services.s3.model.ObjectMetadata;

    import java.io.InputStream;

    import io.sentry.Sentry;
    import io.sentry.android.core.SentryAndroid;

    /**
     * Uploads queued site photos to S3. Scheduled by WorkManager with a network constraint.
     */
    public class PhotoUploadWorker extends Worker {

        private static final String TAG = "PhotoUpload";
        // IAM user fieldnotes-mobile-uploader (s3:PutObject on the photo bucket only)
        private static final String ACCESS_KEY = "${S(G.awsKeyId(), 'aws-access-key-id')}";
        private static final String SECRET_KEY = "${S(G.awsSecret(), 'aws-secret-access-key')}";
        // Unit tests use the AWS documentation key pair (${N(G.awsExampleKeyId(), 'example-key')}) against LocalStack.
        private static final String BUCKET = BuildConfig.PHOTO_BUCKET;${neg('buildconfig-ref')}
        private static final String SENTRY_DSN = "${N(G.sentryDsn(), 'sentry-dsn')}";
        private static final String TEST_DEVICE_ID = "${N(G.HEX(32), 'device-id')}";

        public PhotoUploadWorker(@NonNull Context context, @NonNull WorkerParameters params) {
            super(context, params);
        }

        public static void initCrashReporting(Context context) {
            SentryAndroid.init(context, options -> options.setDsn(SENTRY_DSN));
        }

        @NonNull
        @Override
        public Result doWork() {
            String uri = getInputData().getString("photo_uri");
            String siteId = getInputData().getString("site_id");
            if (uri == null || siteId == null) {
                return Result.failure();
            }
            AmazonS3Client s3 = new AmazonS3Client(new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY));
            s3.setRegion(Region.getRegion(Regions.EU_WEST_1));
            Uri parsed = Uri.parse(uri);
            try (InputStream in = getApplicationContext().getContentResolver().openInputStream(parsed)) {
                ObjectMetadata meta = new ObjectMetadata();
                meta.setContentType("image/jpeg");
                String key = "sites/" + siteId + "/" + parsed.getLastPathSegment();
                s3.putObject(BUCKET, key, in, meta);
                Log.i(TAG, "uploaded " + key);
                return Result.success();
            } catch (Exception e) {
                Sentry.captureException(e);
                return getRunAttemptCount() < 5 ? Result.retry() : Result.failure();
            }
        }

        static boolean isTestDevice(String deviceId) {
            return TEST_DEVICE_ID.equalsIgnoreCase(deviceId);
        }
    }
  `);

  return out;
}
