import { t, build } from './builder.mjs';

const oauthCallback = build('src/main/java/com/acme/auth/oauth/OAuthCallbackController.java', 'java', t`
package com.acme.auth.oauth;

import com.acme.auth.session.SessionService;
import com.acme.auth.user.UserAccount;
import com.acme.auth.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

import java.net.URI;
import java.util.Map;

@RestController
public class OAuthCallbackController {

    private static final Logger log = LoggerFactory.getLogger(OAuthCallbackController.class);

    private final RestTemplate restTemplate;
    private final UserService userService;
    private final SessionService sessionService;

    @Value("\${oauth.google.client-id}")
    private String clientId;

    @Value("\${oauth.google.client-secret}")
    private String clientSecret;

    @Value("\${oauth.google.redirect-uri}")
    private String redirectUri;

    public OAuthCallbackController(RestTemplate restTemplate, UserService userService, SessionService sessionService) {
        this.restTemplate = restTemplate;
        this.userService = userService;
        this.sessionService = sessionService;
    }

    @GetMapping("/oauth2/callback/google")
    public ResponseEntity<Void> callback(@RequestParam("code") String code, @RequestParam("state") String state) {
        if (!sessionService.consumeState(state)) {
            log.warn("Rejected OAuth callback with unknown state");
            return ResponseEntity.status(403).build();
        }

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        form.add("redirect_uri", redirectUri);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        HttpEntity<MultiValueMap<String, String>> request = new HttpEntity<>(form, headers);
@@S:key-id|        log.debug("Exchanging authorization code for client_id={}", clientId);

        Map<String, Object> tokenResponse;
        try {
            tokenResponse = restTemplate.postForObject("https://oauth2.googleapis.com/token", request, Map.class);
        } catch (HttpClientErrorException e) {
@@L:request-config,format-placeholder|            log.error("Token exchange failed with status {} for request {}", e.getStatusCode(), request);
            return ResponseEntity.status(502).build();
        }

        String accessToken = (String) tokenResponse.get("access_token");
        String refreshToken = (String) tokenResponse.get("refresh_token");
        String tokenType = (String) tokenResponse.get("token_type");
@@S:token-type,bool|        log.info("Received {} token, expires_in={}, refresh token present={}", tokenType, tokenResponse.get("expires_in"), refreshToken != null);

        HttpHeaders authHeaders = new HttpHeaders();
@@S:non-log-use|        authHeaders.setBearerAuth(accessToken);
        ResponseEntity<Map> profile = restTemplate.exchange(
                URI.create("https://openidconnect.googleapis.com/v1/userinfo"),
                HttpMethod.GET,
                new HttpEntity<>(authHeaders),
                Map.class);
        String email = (String) profile.getBody().get("email");

        UserAccount user = userService.findOrCreateByEmail(email);
        userService.storeRefreshToken(user.getId(), refreshToken);
@@L:concat,via-variable|        log.debug("Stored refresh token " + refreshToken + " for user " + user.getId());
@@S:mentions-word-only|        log.info("User {} signed in with Google; refresh token stored", user.getId());

        String sessionId = sessionService.create(user.getId());
        return ResponseEntity.status(302)
                .header(HttpHeaders.LOCATION, "/app")
                .header(HttpHeaders.SET_COOKIE, "SID=" + sessionId + "; HttpOnly; Secure; SameSite=Lax")
                .build();
    }
}
`);

const sendgridJob = build('src/main/java/com/acme/jobs/SendgridDigestJob.java', 'java', t`
package com.acme.jobs;

import com.acme.config.SecretsProvider;
import com.acme.digest.DigestRepository;
import com.acme.digest.PendingDigest;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

@Component
public class SendgridDigestJob {

    private static final Logger LOG = LogManager.getLogger(SendgridDigestJob.class);
    private static final URI SEND_URI = URI.create("https://api.sendgrid.com/v3/mail/send");
    private static final int MAX_ATTEMPTS = 4;

    private final SecretsProvider secrets;
    private final DigestRepository digests;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public SendgridDigestJob(SecretsProvider secrets, DigestRepository digests) {
        this.secrets = secrets;
        this.digests = digests;
    }

    private static String sha256Prefix(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(cron = "0 0 7 * * *")
    public void run() {
        String apiKey = secrets.get("sendgrid/api-key");
@@S:hashed|        LOG.info("Starting digest job, sendgrid key sha256={}", sha256Prefix(apiKey));
        List<PendingDigest> pending = digests.findPending(500);
        int sent = 0;
        int failed = 0;
        for (PendingDigest d : pending) {
            if (send(apiKey, d)) {
                digests.markSent(d.getId());
                sent++;
            } else {
                failed++;
            }
        }
@@S:count-field|        LOG.info("Digest job done: sent={}, failed={}, apiKeysLoaded={}", sent, failed, 1);
    }

    private boolean send(String key, PendingDigest digest) {
        String authHeader = "Bearer " + key;
        HttpRequest request = HttpRequest.newBuilder(SEND_URI)
                .timeout(Duration.ofSeconds(20))
@@S:non-log-use|                .header("Authorization", authHeader)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(digest.toSendgridJson()))
                .build();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> resp = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (resp.statusCode() == 202) {
                    return true;
                }
                if (resp.statusCode() == 401 || resp.statusCode() == 403) {
@@L:format-placeholder,via-variable|                    LOG.error("SendGrid rejected credentials (status {}), header was {}", resp.statusCode(), authHeader);
                    return false;
                }
@@S:mentions-word-only|                LOG.warn("SendGrid returned {} for digest {} (attempt {}), api key unchanged", resp.statusCode(), digest.getId(), attempt);
            } catch (IOException e) {
                LOG.warn("I/O error sending digest {} (attempt {}): {}", digest.getId(), attempt, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            sleep(attempt);
        }
@@L:string-format,via-param|        LOG.error(String.format(
@@+|                "Giving up on digest %s after %d attempts using key %s",
@@+|                digest.getId(), MAX_ATTEMPTS, key));
        return false;
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(1000L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
`);

const resetAdmin = build('tools/admin-cli/src/main/java/com/acme/admin/ResetAdminPasswordCommand.java', 'java', t`
package com.acme.admin;

import org.mindrot.jbcrypt.BCrypt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

@Command(name = "reset-admin-password", description = "Generate a new password for an admin account")
public class ResetAdminPasswordCommand implements Callable<Integer> {

    private static final Logger LOGGER = Logger.getLogger(ResetAdminPasswordCommand.class.getName());

    @Option(names = "--email", required = true, description = "admin email")
    String email;

    @Option(names = "--jdbc-url", defaultValue = "\${env:ADMIN_JDBC_URL}")
    String jdbcUrl;

    @Option(names = "--db-user", defaultValue = "\${env:ADMIN_DB_USER}")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "\${env:ADMIN_DB_PASSWORD}", interactive = true, arity = "0..1")
    char[] dbPassword;

    @Option(names = "--show", description = "print the generated password")
    boolean show;

    private static String generatePassword() {
        byte[] buf = new byte[18];
        new SecureRandom().nextBytes(buf);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }

    @Override
    public Integer call() {
        String dbPass = new String(dbPassword);
@@S:length|        LOGGER.fine("Connecting as " + dbUser + " (password length " + dbPass.length() + ")");
        try (Connection conn = DriverManager.getConnection(jdbcUrl, dbUser, dbPass)) {
            String newPassword = generatePassword();
            String hash = BCrypt.hashpw(newPassword, BCrypt.gensalt(12));
            try (PreparedStatement ps = conn.prepareStatement(
                    "UPDATE admin_users SET password_hash = ?, must_change = TRUE WHERE email = ?")) {
                ps.setString(1, hash);
                ps.setString(2, email);
                int updated = ps.executeUpdate();
                if (updated == 0) {
                    System.err.println("No admin user with email " + email);
                    return 2;
                }
            }
@@S:mentions-word-only|            LOGGER.info(String.format("Password reset for %s; user must change password on next login", email));
            if (show) {
@@L:print,concat|                System.out.println("New password for " + email + ": " + newPassword);
            } else {
@@S:mentions-word-only|                System.out.println("New password generated for " + email + "; re-run with --show to print it");
                deliver(email, newPassword);
            }
            return 0;
        } catch (SQLException e) {
@@L:concat,error-message|            LOGGER.log(Level.SEVERE, "Database error for " + dbUser + "/" + dbPass + " at " + jdbcUrl, e);
            return 1;
        }
    }

    private void deliver(String to, String password) {
        // hands the password to the internal secure-mail service
        SecureMailer mailer = SecureMailer.fromEnvironment();
@@S:non-log-use|        mailer.sendOneTimeSecret(to, "Your temporary admin password", password);
@@S:mentions-word-only|        LOGGER.info("Temporary password delivered to " + to);
    }
}
`);

export default [oauthCallback, sendgridJob, resetAdmin];
