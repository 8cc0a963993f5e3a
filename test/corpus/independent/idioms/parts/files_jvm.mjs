// JVM and .NET sources: Java @Value literals, class constants and builder
// chains, Kotlin mapOf, .properties with ':' separators, XML attributes,
// C# object initializers.
import { FileBuilder, S } from './builder.mjs';
import { T, N, P } from './tokens.mjs';
import { rng } from './rng.mjs';

export function notificationConfigJava() {
  const b = new FileBuilder('notifications/src/main/java/com/acme/notifications/NotificationConfig.java');
  const tw = T.twilioAuthToken(), sg = T.sendgrid(), dda = T.datadogApiKey(), ddp = T.datadogAppKey();
  b.text(`
package com.acme.notifications;

import com.acme.notifications.datadog.DatadogEvents;
import com.sendgrid.SendGrid;
import com.twilio.Twilio;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Duration;
import java.util.Map;

@Configuration
public class NotificationConfig {

`);
  b.pos(S('twilio-auth-token', 'twilio', 'class-constant', tw), `    private static final String TWILIO_AUTH_TOKEN = "${tw}";`);
  b.neg('id-same-shape', `    private static final String WELCOME_TEMPLATE_ID = "d-${T.md5()}";`);
  b.text(`
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

`);
  b.pos(S('sendgrid-api-key', 'sendgrid', 'java-value-annotation', sg), `    @Value("${sg}")`);
  b.text(`
    private String sendGridApiKey;

`);
  b.neg('template-ref', '    @Value("${twilio.account-sid}")');
  b.text(`
    private String twilioAccountSid;

`);
  b.neg('template-ref', '    @Value("${sendgrid.fallback-api-key:}")');
  b.text(`
    private String fallbackApiKey;

    @Bean
    public SendGrid sendGrid() {
        SendGrid client = new SendGrid(sendGridApiKey);
        client.addRequestHeader("X-Acme-Service", "notifications");
        return client;
    }

    @Bean
    public TwilioInitializer twilio() {
        Twilio.init(twilioAccountSid, TWILIO_AUTH_TOKEN);
        return new TwilioInitializer();
    }

    @Bean
    @Profile("prod")
    public DatadogEvents datadogEvents() {
        return DatadogEvents.builder()
                .site("datadoghq.eu")
`);
  b.pos(S('datadog-api-key', 'datadog', 'builder-chain', dda), `                .apiKey("${dda}")`);
  b.pos(S('datadog-app-key', 'datadog', 'builder-chain', ddp), `                .appKey("${ddp}")`);
  b.text(`
                .timeout(SEND_TIMEOUT)
                .tags(Map.of("service", "notifications", "team", "growth"))
                .build();
    }

    @Bean
    @Profile("!prod")
    public DatadogEvents datadogEventsFromEnv() {
        return DatadogEvents.builder()
`);
  b.neg('env-read', `                .apiKey(System.getenv("DD_API_KEY"))`);
  b.neg('env-read', `                .appKey(System.getenv("DD_APP_KEY"))`);
  b.text(`
                .timeout(SEND_TIMEOUT)
                .build();
    }

    /** Shown in the OpenAPI examples; not a usable key. */
`);
  b.neg('placeholder', `    static final String EXAMPLE_SENDGRID_KEY = "${P.sendgrid}${'X'.repeat(22)}.${'X'.repeat(43)}";`);
  b.text(`

    static final class TwilioInitializer {
    }
}
`);
  return b;
}

export function chatProvidersKt() {
  const b = new FileBuilder('chat-service/src/main/kotlin/com/acme/chat/providers/Providers.kt');
  const an = T.anthropic(), ok = T.okta();
  b.text(`
package com.acme.chat.providers

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

object ProviderDefaults {
    const val ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
    const val ANTHROPIC_VERSION = "2023-06-01"
    const val OKTA_ORG = "https://acme.okta.com"
}

val anthropicConfig = mapOf(
    "baseUrl" to ProviderDefaults.ANTHROPIC_URL,
`);
  b.pos(S('anthropic-api-key', 'anthropic', 'kotlin-mapOf', an), `    "apiKey" to "${an}",`);
  b.text(`
    "model" to "claude-3-5-haiku-latest",
)

val anthropicStaging = mapOf(
    "baseUrl" to ProviderDefaults.ANTHROPIC_URL,
`);
  b.neg('env-read', `    "apiKey" to (System.getenv("ANTHROPIC_API_KEY") ?: ""),`);
  b.text(`
)

`);
  b.neg('truncated', `// e.g. mapOf("apiKey" to "${N.elide(P.anthropic, 4)}") in local.properties`);
  b.neg('env-read', `val fromBuildConfig = mapOf("apiKey" to BuildConfig.ANTHROPIC_API_KEY)`);
  b.text(`

val oktaHeaders = mapOf(
    "Accept" to "application/json",
`);
  b.pos(S('okta-api-token', 'okta', 'kotlin-mapOf', ok), `    "Authorization" to "SSWS ${ok}",`);
  b.text(`
)

val oktaPreviewHeaders = mapOf(
`);
  b.neg('env-read', '    "Authorization" to "SSWS ${System.getenv("OKTA_PREVIEW_TOKEN")}",');
  b.text(`
)

`);
  b.neg('placeholder', `// docs: "Authorization" to "SSWS 00${'X'.repeat(40)}"`);
  b.text(`

class ChatClient(
    private val http: HttpClient,
    private val cfg: Map<String, String> = anthropicConfig,
) {
    suspend fun complete(prompt: String): String {
        val response = http.post(cfg.getValue("baseUrl")) {
            header("x-api-key", cfg.getValue("apiKey"))
            header("anthropic-version", ProviderDefaults.ANTHROPIC_VERSION)
            contentType(ContentType.Application.Json)
            setBody(mapOf("model" to cfg["model"], "max_tokens" to 512, "messages" to listOf(mapOf("role" to "user", "content" to prompt))))
        }
        return response.body()
    }
}

class OktaUsers(private val http: HttpClient) {
    suspend fun deactivate(userId: String) {
        http.post("\${ProviderDefaults.OKTA_ORG}/api/v1/users/$userId/lifecycle/deactivate") {
            oktaHeaders.forEach { (k, v) -> header(k, v) }
        }
    }
}
`);
  return b;
}

export function applicationProperties() {
  const b = new FileBuilder('helpdesk/src/main/resources/application.properties');
  const at = T.atlassian(), nr = T.newrelic();
  b.text(`
# Acme Helpdesk - shared defaults (profiles override in application-<env>.properties)
spring.application.name: helpdesk
server.port: 8081
server.servlet.context-path: /helpdesk
server.shutdown: graceful

# Jira Cloud integration
jira.base-url: https://acme.atlassian.net
jira.user: svc-helpdesk@acme.io
`);
  b.pos(S('atlassian-api-token', 'atlassian', 'properties-colon', at), `jira.api-token: ${at}`);
  b.line('jira.project-key: HELP');
  b.neg('template-ref', 'jira.sandbox.api-token: ${JIRA_SANDBOX_TOKEN}');
  b.neg('truncated', `# token format reminder: ${P.atlassian}xFfGF0…`);
  b.text(`
jira.sync.cron: 0 */5 * * * *

# New Relic (NerdGraph queries for the status page)
newrelic.account-id: 3301442
`);
  b.pos(S('newrelic-user-api-key', 'newrelic', 'properties-colon', nr), `newrelic.api-key: ${nr}`);
  b.line('newrelic.region: US');
  b.neg('name-only', 'newrelic.insert-key:');
  b.neg('placeholder', `newrelic.example-key: ${N.fill(P.nrak, 27)}`);
  b.text(`

# Database
spring.datasource.url: jdbc:postgresql://db.internal:5432/helpdesk
spring.datasource.username: helpdesk
`);
  b.neg('template-ref', 'spring.datasource.password: ${DB_PASSWORD}');
  b.text(`
spring.datasource.hikari.maximum-pool-size: 12
spring.jpa.open-in-view: false
spring.flyway.locations=classpath:db/migration

# SLA policy bundle
sla.policy.path=classpath:policies/sla.yaml
`);
  b.neg('hash-same-length', `sla.policy.sha1=${T.gitSha()}`);
  b.text(`

# Actuator
management.endpoints.web.exposure.include=health,info,prometheus
management.endpoint.health.probes.enabled=true
logging.level.com.acme.helpdesk=INFO
`);
  return b;
}

export function webConfigXml() {
  const b = new FileBuilder('src/Acme.Web/Web.config');
  const sk = T.azureStorageKey(), a0 = T.auth0Secret();
  b.text(`
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="acmeFeatures" type="Acme.Web.Configuration.FeatureSection, Acme.Web" />
  </configSections>
  <connectionStrings>
`);
  b.pos(S('azure-storage-account-key', 'azure', 'xml-attribute', sk),
    `    <add name="Storage" connectionString="DefaultEndpointsProtocol=https;AccountName=acmeprodassets;AccountKey=${sk};EndpointSuffix=core.windows.net" />`);
  b.line('    <add name="StorageLocal" connectionString="UseDevelopmentStorage=true" />');
  b.neg('docs-example',
    `    <add name="StorageEmulator" connectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${N.azuriteKey()};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" />`);
  b.text(`
    <add name="Sql" connectionString="Server=tcp:sql-acme-prod.database.windows.net,1433;Database=acme;Authentication=Active Directory Managed Identity;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="Auth0:Domain" value="acme.eu.auth0.com" />
`);
  b.neg('public-client-id', `    <add key="Auth0:ClientId" value="${T.auth0ClientId()}" />`);
  b.pos(S('auth0-client-secret', 'auth0', 'xml-attribute', a0), `    <add key="Auth0:ClientSecret" value="${a0}" />`);
  b.text(`
    <add key="Auth0:Audience" value="https://api.acme.io" />
    <add key="Auth0:CallbackPath" value="/signin-auth0" />
`);
  b.neg('name-only', '    <add key="SendGrid:ApiKey" value="" />');
  b.neg('template-ref', '    <add key="Stripe:SecretKey" value="#{StripeSecretKey}#" />');
  b.text(`
  </appSettings>
  <acmeFeatures newCheckout="true" darkMode="false" />
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="10240" enableVersionHeader="false" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/error" />
    <sessionState mode="Off" />
  </system.web>
  <system.webServer>
    <httpProtocol>
      <customHeaders>
        <remove name="X-Powered-By" />
        <add name="X-Content-Type-Options" value="nosniff" />
      </customHeaders>
    </httpProtocol>
  </system.webServer>
</configuration>
`);
  return b;
}

export function serviceRegistrationCs() {
  const b = new FileBuilder('src/Acme.Api/Infrastructure/ServiceRegistration.cs');
  const az = T.azureAdSecret(), mg = T.mailgun();
  b.text(`
using System;
using Acme.Api.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;

namespace Acme.Api.Infrastructure
{
    public static class ServiceRegistration
    {
        public static IServiceCollection AddIdentityClients(this IServiceCollection services, IConfiguration config)
        {
            var graphOptions = new ConfidentialClientApplicationOptions
            {
                Instance = "https://login.microsoftonline.com/",
`);
  b.neg('id-same-shape', `                TenantId = "${T.uuid()}",`);
  b.neg('public-client-id', `                ClientId = "${T.uuid()}",`);
  b.pos(S('azure-ad-client-secret', 'azure', 'csharp-object-initializer', az), `                ClientSecret = "${az}",`);
  b.text(`
            };
            services.AddSingleton(ConfidentialClientApplicationBuilder
                .CreateWithApplicationOptions(graphOptions)
                .Build());

            var reportingOptions = new ConfidentialClientApplicationOptions
            {
                TenantId = config["AzureAd:TenantId"],
                ClientId = config["AzureAd:ReportingClientId"],
`);
  b.neg('env-read', '                ClientSecret = config["AzureAd:ReportingClientSecret"],');
  b.text(`
            };
            services.AddKeyedSingleton("reporting", ConfidentialClientApplicationBuilder
                .CreateWithApplicationOptions(reportingOptions)
                .Build());

`);
  b.neg('truncated', `            // previous secret ${rng.b62(3)}8Q~${rng.b62(4)}… expired 2024-11-30`);
  b.text(`
            return services;
        }

        public static IServiceCollection AddMail(this IServiceCollection services)
        {
            var mailgun = new MailgunOptions
            {
                Domain = "mg.acme.io",
                BaseUrl = new Uri("https://api.eu.mailgun.net/v3/"),
`);
  b.pos(S('mailgun-api-key', 'mailgun', 'csharp-object-initializer', mg), `                ApiKey = "${mg}",`);
  b.text(`
                From = "Acme <no-reply@mg.acme.io>",
            };
            services.AddSingleton(mailgun);

            var sandbox = new MailgunOptions
            {
                Domain = "sandbox.mg.acme.io",
`);
  b.neg('env-read', '                ApiKey = Environment.GetEnvironmentVariable("MAILGUN_SANDBOX_KEY"),');
  b.text(`
            };
            services.AddKeyedSingleton("sandbox", sandbox);
            return services;
        }
    }
}
`);
  return b;
}
