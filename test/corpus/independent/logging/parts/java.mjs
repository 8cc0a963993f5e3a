import { source } from './builder.mjs';

const paymentService = source('payments-service/src/main/java/com/acme/payments/service/PaymentService.java', 'java', String.raw`
package com.acme.payments.service;

import com.acme.payments.client.AcquirerAuthenticationException;
import com.acme.payments.client.AcquirerClient;
import com.acme.payments.config.PaymentProperties;
import com.acme.payments.domain.ChargeRequest;
import com.acme.payments.domain.ChargeResult;
import com.acme.payments.domain.Merchant;
import com.acme.payments.repository.MerchantRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final AcquirerClient acquirerClient;
    private final MerchantRepository merchantRepository;
    private final String acquirerApiKey;

    public PaymentService(AcquirerClient acquirerClient,
                          MerchantRepository merchantRepository,
                          PaymentProperties properties) {
        this.acquirerClient = acquirerClient;
        this.merchantRepository = merchantRepository;
        this.acquirerApiKey = properties.getAcquirerApiKey();
        Map<String, String> acquirerConfig = Map.of(
                "endpoint", properties.getAcquirerEndpoint(),
                "apiKey", properties.getAcquirerApiKey());
        log.info("PaymentService initialised, acquirer key configured={}", acquirerApiKey != null); ⟦S:presence⟧
        log.debug("Acquirer configuration: {}", acquirerConfig); ⟦L:object⟧
    }

    public ChargeResult charge(ChargeRequest request) {
        MDC.put("requestId", request.getRequestId());
        long started = System.nanoTime();
        try {
            Merchant merchant = merchantRepository.findById(request.getMerchantId())
                    .orElseThrow(() -> new IllegalArgumentException("unknown merchant"));
            log.info("Charging {} {} for merchant {}", request.getAmount(), request.getCurrency(), merchant.getId());
            ChargeResult result = acquirerClient.charge(acquirerApiKey, merchant.getAcquirerMerchantId(), request); ⟦S:non-log-use⟧
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            log.info("Charge {} completed with status {} in {} ms", result.getChargeId(), result.getStatus(), elapsedMs);
            return result;
        } catch (AcquirerAuthenticationException e) {
            log.error("Acquirer rejected API key " + acquirerApiKey ⟦L:concat,field⟧
                    + " for request " + request.getRequestId(), e); ⟦+⟧
            throw e;
        } finally {
            MDC.remove("requestId");
        }
    }

    public void registerMerchant(Merchant merchant, String webhookSecret) {
        String secretHash = sha256(webhookSecret);
        merchant.setWebhookSecretHash(secretHash);
        merchantRepository.save(merchant);
        log.info("Merchant {} registered, webhook secret hash {}", merchant.getId(), secretHash.substring(0, 12)); ⟦S:hashed⟧
    }

    public boolean verifyWebhook(String merchantId, String payload, String signature, String webhookSecret) {
        String expected = hmacSha256(webhookSecret, payload);
        boolean valid = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            log.warn("Invalid webhook signature for merchant {}", merchantId);
        }
        return valid;
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmacSha256(String key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("HMAC failure", e);
        }
    }
}
`);

const loginController = source('auth-service/src/main/java/com/acme/auth/web/LoginController.java', 'java', String.raw`
package com.acme.auth.web;

import com.acme.auth.domain.UserAccount;
import com.acme.auth.repository.UserAccountRepository;
import com.acme.auth.token.TokenExpiredException;
import com.acme.auth.token.TokenService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
public class LoginController {

    private static final Logger LOGGER = LogManager.getLogger(LoginController.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TokenService tokenService;

    public LoginController(UserAccountRepository users, PasswordEncoder passwordEncoder, TokenService tokenService) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tokenService = tokenService;
    }

    public record LoginRequest(String username, String password) {}

    public record TokenResponse(String accessToken, String refreshToken, String tokenType) {}

    @PostMapping("/login")
    public ResponseEntity<TokenResponse> login(@RequestBody LoginRequest request, HttpServletRequest http) {
        LOGGER.info("Login attempt for {} from {}", request.username(), http.getRemoteAddr());
        Optional<UserAccount> account = users.findByUsername(request.username());
        if (account.isEmpty() || !passwordEncoder.matches(request.password(), account.get().getPasswordHash())) {
            LOGGER.warn("Invalid password for user {}", request.username()); ⟦S:event⟧
            LOGGER.debug("Rejected credentials {}:{}", request.username(), request.password()); ⟦L:printf⟧
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        UserAccount user = account.get();
        String accessToken = tokenService.issueAccessToken(user);
        String refreshToken = tokenService.issueRefreshToken(user);
        LOGGER.info("Issued Bearer token for user id {} (expires in {}s)", user.getId(), tokenService.getAccessTtlSeconds()); ⟦S:token-type⟧
        LOGGER.trace("accessToken=" + accessToken + ", refreshToken=" + refreshToken); ⟦L:concat⟧
        return ResponseEntity.ok(new TokenResponse(accessToken, refreshToken, "Bearer"));
    }

    @PostMapping("/refresh")
    public ResponseEntity<TokenResponse> refresh(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        String refreshToken = authorization.replaceFirst("^Bearer ", "");
        LOGGER.debug("Refresh requested, token length {}", refreshToken.length());
        try {
            UserAccount user = tokenService.validateRefreshToken(refreshToken);
            String accessToken = tokenService.issueAccessToken(user);
            LOGGER.info("Access token refreshed for user id {}", user.getId());
            return ResponseEntity.ok(new TokenResponse(accessToken, refreshToken, "Bearer"));
        } catch (TokenExpiredException e) {
            LOGGER.info("Refresh token expired");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
    }

    @GetMapping("/debug/headers")
    public Map<String, String> headers(@RequestHeader Map<String, String> headers) {
        LOGGER.debug("Request headers: {}", headers); ⟦L:object⟧
        Map<String, String> sanitized = new HashMap<>(headers);
        sanitized.keySet().removeIf(k -> k.equalsIgnoreCase("authorization") || k.equalsIgnoreCase("cookie"));
        LOGGER.info("Sanitized headers: {}", sanitized); ⟦S:redacted-headers⟧
        return sanitized;
    }

    @PostMapping("/password")
    public ResponseEntity<Void> changePassword(@RequestParam String username, @RequestParam String newPassword) {
        UserAccount user = users.findByUsername(username).orElseThrow();
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        users.save(user);
        LOGGER.info("Password changed for {}", username);
        return ResponseEntity.noContent().build();
    }
}
`);

const dbMigrator = source('db-tools/src/main/java/com/acme/tools/DbMigrator.java', 'java', String.raw`
package com.acme.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public final class DbMigrator {

    private static final Logger LOG = Logger.getLogger(DbMigrator.class.getName());

    private DbMigrator() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://localhost:5432/app");
        String user = System.getenv().getOrDefault("DB_USER", "app");
        String password = System.getenv("DB_PASSWORD");
        boolean verbose = Arrays.asList(args).contains("--verbose");
        Path dir = Paths.get(System.getenv().getOrDefault("MIGRATIONS_DIR", "db/migrations"));

        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        props.setProperty("ssl", "true");
        if (verbose) {
            System.out.println("Connection properties: " + props); ⟦L:object⟧
        }
        LOG.info("DB password provided: " + (password != null && !password.isEmpty())); ⟦S:presence⟧

        try (Connection conn = DriverManager.getConnection(url, props)) { ⟦S:non-log-use⟧
            conn.setAutoCommit(false);
            int applied = applyMigrations(conn, dir);
            String serviceUser = System.getenv("SERVICE_DB_USER");
            if (serviceUser != null) {
                createServiceUser(conn, serviceUser, System.getenv("SERVICE_DB_PASSWORD"));
            }
            conn.commit();
            System.out.println("Done, " + applied + " migrations applied"); ⟦S:count⟧
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Could not migrate " + url + " as " + user + " (SQLState " + e.getSQLState() + ")", e);
            System.exit(1);
        }
    }

    static int applyMigrations(Connection conn, Path dir) throws SQLException, IOException {
        long started = System.currentTimeMillis();
        List<Path> files;
        try (Stream<Path> stream = Files.list(dir)) {
            files = stream.filter(p -> p.toString().endsWith(".sql")).sorted().collect(Collectors.toList());
        }
        int count = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (PreparedStatement check = conn.prepareStatement("SELECT 1 FROM schema_version WHERE name = ?")) {
                check.setString(1, name);
                if (check.executeQuery().next()) {
                    continue;
                }
            }
            System.out.println("Applying " + file);
            try (Statement st = conn.createStatement()) {
                st.execute(Files.readString(file));
                st.executeUpdate("INSERT INTO schema_version(name) VALUES ('" + name.replace("'", "''") + "')");
            }
            count++;
        }
        LOG.info(String.format("Applied %d migrations in %d ms", count, System.currentTimeMillis() - started));
        return count;
    }

    static void createServiceUser(Connection conn, String username, String password) throws SQLException {
        String escaped = password.replace("'", "''");
        String sql = String.format("CREATE ROLE %s LOGIN PASSWORD '%s'", username, escaped);
        System.out.println("Executing: " + sql.replace(escaped, "********")); ⟦S:masked⟧
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
        }
        LOG.fine(() -> "Created role " + username + " with password " + password); ⟦L:concat,param⟧
        LOG.info("Created role " + username);
    }
}
`);

const smtpMailSender = source('mail-integration/src/main/java/com/acme/integrations/mail/SmtpMailSender.java', 'java', String.raw`
package com.acme.integrations.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class SmtpMailSender implements MailSender {

    private static final Logger logger = LoggerFactory.getLogger(SmtpMailSender.class);

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String fromAddress;
    private final Session session;
    private int sentCount;

    public SmtpMailSender(SmtpSettings settings) {
        this.host = settings.host();
        this.port = settings.port();
        this.username = settings.username();
        this.password = settings.password();
        this.fromAddress = settings.fromAddress();

        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        this.session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password); ⟦S:non-log-use⟧
            }
        });
        logger.info("SMTP sender configured: {}", this); ⟦S:object-no-secret⟧
        logger.debug("SMTP password configured: {}", password != null && !password.isEmpty());
    }

    @Override
    public void send(MailMessage message) {
        long start = System.currentTimeMillis();
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(fromAddress));
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to()));
            mime.setSubject(message.subject());
            mime.setText(message.body(), "UTF-8");
            Transport.send(mime);
            sentCount++;
            logger.info("Mail sent to {} in {} ms (total {})", message.to(), System.currentTimeMillis() - start, sentCount);
        } catch (AuthenticationFailedException e) {
            logger.error("SMTP authentication failed for user {} on {}:{}", username, host, port); ⟦S:event⟧
            System.err.println("SMTP auth failed using " + username + "/" + this.password); ⟦L:concat,field⟧
            throw new MailDeliveryException("authentication failed", e);
        } catch (MessagingException e) {
            logger.error("Failed to send mail to {}", message.to(), e);
            throw new MailDeliveryException("send failed", e);
        }
    }

    public void sendPasswordReset(String to, String resetToken) {
        String link = "https://app.acme.example/reset?token=" + resetToken;
        logger.debug("Password reset token for {}: {}", to, resetToken); ⟦L:printf,param⟧
        send(new MailMessage(to, "Reset your password", "Use this link to reset your password: " + link));
        logger.info("Password reset email sent to {}", to);
    }

    @Override
    public String toString() {
        return "SmtpMailSender{host=" + host + ", port=" + port + ", username=" + username + "}";
    }
}
`);

export default [paymentService, loginController, dbMigrator, smtpMailSender];
