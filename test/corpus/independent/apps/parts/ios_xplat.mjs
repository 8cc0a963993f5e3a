// iOS (plists, xcconfig, Swift, Objective-C), Flutter/Dart and React Native (Expo).
import { file, S, N, neg, G, R, PW, A } from './lib.mjs';

export default function iosXplat(ctx) {
  const fb = ctx.firebase;
  const out = [];
  const ios = 'ios/FieldNotes';

  // ------------------------------------------------------------ Info.plist
  const fbAppId = G.num(15);
  const reversedClient = 'com.googleusercontent.apps.' + fb.iosClientId.replace('.apps.googleusercontent.com', '');
  out.push(file(`${ios}/FieldNotes/Info.plist`, { tabs: true })`
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    <dict>
        <key>CFBundleDevelopmentRegion</key>
        <string>$(DEVELOPMENT_LANGUAGE)</string>
        <key>CFBundleDisplayName</key>
        <string>FieldNotes</string>
        <key>CFBundleExecutable</key>
        <string>$(EXECUTABLE_NAME)</string>
        <key>CFBundleIdentifier</key>
        <string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
        <key>CFBundleInfoDictionaryVersion</key>
        <string>6.0</string>
        <key>CFBundlePackageType</key>
        <string>$(PRODUCT_BUNDLE_PACKAGE_TYPE)</string>
        <key>CFBundleShortVersionString</key>
        <string>$(MARKETING_VERSION)</string>
        <key>CFBundleVersion</key>
        <string>$(CURRENT_PROJECT_VERSION)</string>
        <key>CFBundleURLTypes</key>
        <array>
            <dict>
                <key>CFBundleURLSchemes</key>
                <array>
                    <string>${N('fb' + fbAppId, 'public-app-id')}</string>
                    <string>${N(reversedClient, 'oauth-client-id')}</string>
                </array>
            </dict>
        </array>
        <key>FacebookAppID</key>
        <string>${N(fbAppId, 'public-app-id')}</string>
        <key>FacebookDisplayName</key>
        <string>FieldNotes</string>
        <key>GADApplicationIdentifier</key>
        <string>${N(G.admob(), 'admob-app-id')}</string>
        <key>MBXAccessToken</key>
        <string>${N(G.mapbox('public', 'acme-fieldnotes'), 'mapbox-public-token')}</string>
        <key>FNAPIKey</key>
        <string>$(FIELDNOTES_API_KEY)</string>${neg('build-setting-ref')}
        <key>FNPartnerSharedSecret</key>
        <string>${S(R.bytes(30).toString('base64'), 'api-shared-secret')}</string>
        <key>LSRequiresIPhoneOS</key>
        <true/>
        <key>NSCameraUsageDescription</key>
        <string>FieldNotes uses the camera to attach photos to site notes.</string>
        <key>NSFaceIDUsageDescription</key>
        <string>${N('Use Face ID to unlock your saved site passwords.', 'i18n-password-text')}</string>
        <key>NSLocationWhenInUseUsageDescription</key>
        <string>Your location is used to tag notes with the nearest site.</string>
        <key>UILaunchStoryboardName</key>
        <string>LaunchScreen</string>
        <key>UIRequiredDeviceCapabilities</key>
        <array>
            <string>arm64</string>
        </array>
        <key>UISupportedInterfaceOrientations</key>
        <array>
            <string>UIInterfaceOrientationPortrait</string>
            <string>UIInterfaceOrientationLandscapeLeft</string>
            <string>UIInterfaceOrientationLandscapeRight</string>
        </array>
    </dict>
    </plist>
  `);

  // ------------------------------------------------------------ GoogleService-Info.plist
  out.push(file(`${ios}/FieldNotes/GoogleService-Info.plist`, { tabs: true })`
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    <dict>
        <key>CLIENT_ID</key>
        <string>${N(fb.iosClientId, 'oauth-client-id')}</string>
        <key>REVERSED_CLIENT_ID</key>
        <string>${N(reversedClient, 'oauth-client-id')}</string>
        <key>API_KEY</key>
        <string>${N(fb.iosKey, 'public-firebase-key')}</string>
        <key>GCM_SENDER_ID</key>
        <string>${N(fb.projectNumber, 'project-number')}</string>
        <key>PLIST_VERSION</key>
        <string>1</string>
        <key>BUNDLE_ID</key>
        <string>com.acme.fieldnotes</string>
        <key>PROJECT_ID</key>
        <string>fieldnotes-prod</string>
        <key>STORAGE_BUCKET</key>
        <string>fieldnotes-prod.appspot.com</string>
        <key>IS_ADS_ENABLED</key>
        <false></false>
        <key>IS_ANALYTICS_ENABLED</key>
        <false></false>
        <key>IS_APPINVITE_ENABLED</key>
        <true></true>
        <key>IS_GCM_ENABLED</key>
        <true></true>
        <key>IS_SIGNIN_ENABLED</key>
        <true></true>
        <key>GOOGLE_APP_ID</key>
        <string>${N(`1:${fb.projectNumber}:ios:${G.hex(16)}`, 'firebase-app-id')}</string>
        <key>DATABASE_URL</key>
        <string>https://fieldnotes-prod-default-rtdb.firebaseio.com</string>
    </dict>
    </plist>
  `);

  // ------------------------------------------------------------ Release.xcconfig
  out.push(file(`${ios}/Config/Release.xcconfig`)`
    // Release.xcconfig
    // Build settings for the App Store configuration. Shared values live in Shared.xcconfig.
    #include "Shared.xcconfig"
    #include? "Release.local.xcconfig"

    PRODUCT_BUNDLE_IDENTIFIER = com.acme.fieldnotes
    MARKETING_VERSION = 3.8.1
    CURRENT_PROJECT_VERSION = 142
    SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
    SWIFT_OPTIMIZATION_LEVEL = -O
    DEBUG_INFORMATION_FORMAT = dwarf-with-dsym
    ENABLE_TESTABILITY = NO
    VALIDATE_PRODUCT = YES

    // Backend
    API_HOST = api.fieldnotes.acme.dev
    API_BASE_URL = https:/$()/$(API_HOST)/v2
    FIELDNOTES_API_KEY = $(FIELDNOTES_API_KEY_CI)${neg('build-setting-ref')}

    // Client-side tokens (public, safe to ship in the binary)
    MAPBOX_PUBLIC_TOKEN = ${N(G.mapbox('public', 'acme-fieldnotes'), 'mapbox-public-token')}
    STRIPE_PUBLISHABLE_KEY = ${N(G.stripePublishable(), 'stripe-publishable-key')}
    SENTRY_DSN = ${N(G.sentryDsn().replace('://', ':/$()/'), 'sentry-dsn')}

    // Algolia site search
    ALGOLIA_APP_ID = ${N(R.str(A.uppernum, 10), 'public-app-id')}
    ALGOLIA_SEARCH_KEY = ${N(G.hex(32), 'public-search-key')}
    // used by the "Rebuild index" action in the internal settings screen
    ALGOLIA_ADMIN_KEY = ${S(G.hex(32), 'algolia-admin-key')}

    // Signing
    CODE_SIGN_STYLE = Manual
    CODE_SIGN_IDENTITY = Apple Distribution
    DEVELOPMENT_TEAM = ${N(R.str(A.uppernum, 10), 'team-id')}
    PROVISIONING_PROFILE_SPECIFIER = match AppStore com.acme.fieldnotes
  `);

  // ------------------------------------------------------------ PaymentService.swift
  out.push(file(`${ios}/FieldNotes/Services/PaymentService.swift`)`
    import Foundation
    import Security
    import StripePaymentSheet

    enum PaymentConfig {
        static let publishableKey = "${N(G.stripePublishable(), 'stripe-publishable-key')}"
        // Used by the refund tool in the internal build menu.
        static let secretKey = "${S(G.stripeSecret(), 'stripe-secret-key')}"
        static let merchantIdentifier = "merchant.com.acme.fieldnotes"
        static let backendURL = URL(string: "https://api.fieldnotes.acme.dev/v2/payments")!
    }

    final class KeychainStore {
        private let service = "com.acme.fieldnotes.session"

        func read(_ account: String) -> String? {
            let query: [String: Any] = [
                kSecClass as String: kSecClassGenericPassword,
                kSecAttrService as String: service,
                kSecAttrAccount as String: account,
                kSecReturnData as String: true,
                kSecMatchLimit as String: kSecMatchLimitOne
            ]
            var item: CFTypeRef?
            guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,${neg('keychain-lookup')}
                  let data = item as? Data else { return nil }
            return String(data: data, encoding: .utf8)
        }
    }

    struct PaymentIntentResponse: Decodable {
        let clientSecret: String
        let ephemeralKey: String
        let customer: String
    }

    final class PaymentService {
        private let keychain = KeychainStore()
        private let session: URLSession = .shared

        init() {
            StripeAPI.defaultPublishableKey = PaymentConfig.publishableKey
        }

        func createPaymentIntent(amountCents: Int, currency: String = "usd") async throws -> PaymentIntentResponse {
            var request = URLRequest(url: PaymentConfig.backendURL.appendingPathComponent("intents"))
            request.httpMethod = "POST"
            let token = keychain.read("session_token") ?? ""${neg('keychain-lookup')}
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = try JSONSerialization.data(withJSONObject: ["amount": amountCents, "currency": currency])
            let (data, _) = try await session.data(for: request)
            return try JSONDecoder().decode(PaymentIntentResponse.self, from: data)
        }

        func refund(chargeId: String) async throws {
            var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/refunds")!)
            request.httpMethod = "POST"
            request.setValue("Bearer \(PaymentConfig.secretKey)", forHTTPHeaderField: "Authorization")
            request.httpBody = "charge=\(chargeId)".data(using: .utf8)
            _ = try await session.data(for: request)
        }
    }
  `);

  // ------------------------------------------------------------ Objective-C
  out.push(file(`${ios}/FieldNotes/Legacy/FNAnalyticsClient.m`)`
    //
    //  FNAnalyticsClient.m
    //  FieldNotes
    //
    //  The project token is public (it ships in every client). The API secret is
    //  only needed by the export call behind "Send diagnostics".
    //

    #import "FNAnalyticsClient.h"
    #import <CommonCrypto/CommonHMAC.h>

    static NSString * const kFNMixpanelToken = @"${N(G.hex(32), 'mixpanel-project-token')}";
    static NSString * const kFNMixpanelAPISecret = @"${S(G.hex(32), 'mixpanel-api-secret')}";
    static NSString * const kFNAnalyticsHost = @"https://api-eu.mixpanel.com";
    static NSString * const kFNInstallIdKey = @"fn.install.id";
    static NSString * const kFNQATestDeviceId = @"${N(G.UUID(), 'device-id')}";

    @implementation FNAnalyticsClient

    + (instancetype)sharedClient {
        static FNAnalyticsClient *client;
        static dispatch_once_t onceToken;
        dispatch_once(&onceToken, ^{
            client = [[FNAnalyticsClient alloc] init];
        });
        return client;
    }

    - (NSString *)installId {
        NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];
        NSString *installId = [defaults stringForKey:kFNInstallIdKey];
        if (installId == nil) {
            installId = [[NSUUID UUID] UUIDString];
            [defaults setObject:installId forKey:kFNInstallIdKey];
        }
        return installId;
    }

    - (BOOL)isQADevice {
        return [[self installId] isEqualToString:kFNQATestDeviceId];
    }

    - (void)track:(NSString *)event properties:(NSDictionary *)properties {
        NSMutableDictionary *props = [properties mutableCopy] ?: [NSMutableDictionary dictionary];
        props[@"token"] = kFNMixpanelToken;
        props[@"distinct_id"] = [self installId];
        NSDictionary *payload = @{ @"event": event, @"properties": props };
        NSData *body = [NSJSONSerialization dataWithJSONObject:@[payload] options:0 error:nil];
        NSURL *url = [NSURL URLWithString:[kFNAnalyticsHost stringByAppendingString:@"/track"]];
        NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
        request.HTTPMethod = @"POST";
        request.HTTPBody = body;
        [[[NSURLSession sharedSession] dataTaskWithRequest:request] resume];
    }

    - (NSString *)exportAuthorizationHeader {
        NSString *raw = [kFNMixpanelAPISecret stringByAppendingString:@":"];
        NSData *data = [raw dataUsingEncoding:NSUTF8StringEncoding];
        return [@"Basic " stringByAppendingString:[data base64EncodedStringWithOptions:0]];
    }

    @end
  `);

  // ------------------------------------------------------------ Flutter / Dart
  const supaRef = R.str(A.lower, 20);
  const iat = 1690000000 + R.int(0, 30000000);
  const anon = G.jwt({ iss: 'supabase', ref: supaRef, role: 'anon', iat, exp: iat + 315360000 });
  const service = G.jwt({ iss: 'supabase', ref: supaRef, role: 'service_role', iat, exp: iat + 315360000 });
  out.push(file('flutter/trailmate/lib/config/app_config.dart')`
    import 'dart:io' show Platform;

    /// Compile-time configuration for TrailMate.
    /// Values passed with --dart-define take precedence over the defaults below.
    class AppConfig {
      AppConfig._();

      static const String flavor = String.fromEnvironment('FLAVOR', defaultValue: 'prod');
      static const String apiBaseUrl = 'https://api.trailmate.app/v1';

      // Supabase: the anon key is meant to be embedded; RLS is enforced server-side.
      static const String supabaseUrl = 'https://${supaRef}.supabase.co';
      static const String supabaseAnonKey = '${N(anon, 'supabase-anon-key')}';

      // Only used by the hidden admin screen (bulk trail import).
      static const String supabaseServiceRoleKey = '${S(service, 'supabase-service-role-key')}';

      // Trail descriptions are summarised on-device for offline packs.
      static const String openAiApiKey = '${S(G.openaiProj(), 'openai-api-key')}';

      static const String openWeatherKey = String.fromEnvironment('OWM_API_KEY');${neg('env-ref')}
      static const String revenueCatAppleKey = '${N(G.revenuecat(), 'public-sdk-key')}';
      static const String mapboxPublicToken = '${N(G.mapbox('public', 'trailmate'), 'mapbox-public-token')}';
      static const String sentryDsn = '${N(G.sentryDsn(), 'sentry-dsn')}';

      static const int requestTimeoutMs = 15000;
      static const int offlinePackMaxMb = 512;

      static bool get isProd => flavor == 'prod';

      /// Local development: lets the emulator talk to a self-hosted stack.
      static String get devApiToken => Platform.environment['TRAILMATE_DEV_TOKEN'] ?? '';${neg('env-ref')}

      static Map<String, String> get defaultHeaders => {
            'X-App-Flavor': flavor,
            'X-Client': 'trailmate-flutter',
          };
    }
  `);

  // ------------------------------------------------------------ React Native: app.json
  const projectId = G.uuid();
  out.push(file('react-native/shopbuddy/app.json')`
    {
      "expo": {
        "name": "ShopBuddy",
        "slug": "shopbuddy",
        "version": "2.4.0",
        "orientation": "portrait",
        "icon": "./assets/icon.png",
        "scheme": "shopbuddy",
        "userInterfaceStyle": "automatic",
        "splash": {
          "image": "./assets/splash.png",
          "resizeMode": "contain",
          "backgroundColor": "#0F766E"
        },
        "ios": {
          "supportsTablet": true,
          "bundleIdentifier": "com.shopbuddy.app",
          "config": {
            "googleMapsApiKey": "${N(G.googleKey(), 'public-maps-key')}"
          },
          "infoPlist": {
            "NSLocationWhenInUseUsageDescription": "ShopBuddy uses your location to find nearby stores."
          }
        },
        "android": {
          "package": "com.shopbuddy.app",
          "adaptiveIcon": {
            "foregroundImage": "./assets/adaptive-icon.png",
            "backgroundColor": "#0F766E"
          },
          "config": {
            "googleMaps": {
              "apiKey": "${N(G.googleKey(), 'public-maps-key')}"
            }
          },
          "googleServicesFile": "./google-services.json"
        },
        "plugins": [
          "expo-router",
          [
            "@rnmapbox/maps",
            {
              "RNMapboxMapsImpl": "mapbox",
              "RNMapboxMapsDownloadToken": "${S(G.mapbox('secret', 'shopbuddy'), 'mapbox-secret-token')}"
            }
          ],
          [
            "onesignal-expo-plugin",
            {
              "mode": "production"
            }
          ]
        ],
        "extra": {
          "router": {
            "origin": false
          },
          "oneSignalAppId": "${N(G.uuid(), 'onesignal-app-id')}",
          "eas": {
            "projectId": "${N(projectId, 'uuid')}"
          }
        },
        "updates": {
          "url": "https://u.expo.dev/${N(projectId, 'uuid')}"
        },
        "runtimeVersion": {
          "policy": "appVersion"
        },
        "owner": "shopbuddy"
      }
    }
  `);

  // ------------------------------------------------------------ React Native: .env
  const ref2 = R.str(A.lower, 20);
  const iat2 = 1700000000 + R.int(0, 20000000);
  out.push(file('react-native/shopbuddy/.env')`
    # ShopBuddy environment.
    # EXPO_PUBLIC_* values are inlined into the JS bundle, so only public keys go there.
    EXPO_PUBLIC_API_URL=https://api.shopbuddy.app
    EXPO_PUBLIC_SUPABASE_URL=https://${ref2}.supabase.co
    EXPO_PUBLIC_SUPABASE_ANON_KEY=${N(G.jwt({ iss: 'supabase', ref: ref2, role: 'anon', iat: iat2, exp: iat2 + 315360000 }), 'supabase-anon-key')}
    EXPO_PUBLIC_STRIPE_PUBLISHABLE_KEY=${N(G.stripePublishable(), 'stripe-publishable-key')}
    EXPO_PUBLIC_SENTRY_DSN=${N(G.sentryDsn(), 'sentry-dsn')}
    EXPO_PUBLIC_ONESIGNAL_APP_ID=${N(G.uuid(), 'onesignal-app-id')}
    EXPO_PUBLIC_POSTHOG_KEY=${N(G.posthog(), 'public-project-key')}
    EXPO_PUBLIC_POSTHOG_HOST=https://eu.posthog.com

    # ---- server-only: used by scripts/seed-products.ts and the EAS build hooks ----
    STRIPE_SECRET_KEY=${S(G.stripeSecret(), 'stripe-secret-key')}
    STRIPE_WEBHOOK_SECRET=${S(G.stripeWebhookSecret(), 'stripe-webhook-secret')}
    SENTRY_ORG=shopbuddy
    SENTRY_PROJECT=shopbuddy-mobile
    SENTRY_AUTH_TOKEN=\${SENTRY_AUTH_TOKEN}${neg('env-ref')}
    EXPO_TOKEN=${neg('empty-value')}

    # feature flags
    EXPO_PUBLIC_ENABLE_AR_PREVIEW=false
    EXPO_PUBLIC_ENABLE_LOYALTY=true
  `);

  return out;
}
