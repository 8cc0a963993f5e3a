@@file java: «root»/src/main/java/com/example/«svc»/auth/LoginController.java
package com.example.«svc».auth;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/auth")
public class LoginController {

    private static final Logger log = LoggerFactory.getLogger(LoginController.class);
    private static final int MAX_ATTEMPTS = 5;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final JwtService jwtService;
    private final Map<String, Integer> passwordAttempts = new ConcurrentHashMap<>();

    public LoginController(UserRepository users, PasswordEncoder encoder, JwtService jwtService) {
        this.users = users;
        this.encoder = encoder;
        this.jwtService = jwtService;
    }

    public record LoginRequest(String username, String password) {}

    @PostMapping("/login")
    public ResponseEntity<?> login(@RequestBody LoginRequest req) {
        log.debug("Login request for {} with password {}", req.username(), req.password()); ⟦L:slf4j,password⟧
        log.info("Login request for {}", req.username()); ⟦S:username⟧
        int attempts = passwordAttempts.getOrDefault(req.username(), 0);
        if (attempts >= MAX_ATTEMPTS) {
            log.warn("User {} locked out after {} password attempts", req.username(), attempts); ⟦S:counter⟧
            return ResponseEntity.status(423).build();
        }
        User user = users.findByUsername(req.username()).orElse(null);
        if (user == null || !encoder.matches(req.password(), user.getPasswordHash())) { ⟦S:comparison⟧
            passwordAttempts.merge(req.username(), 1, Integer::sum);
            log.warn("Invalid password for user {}", req.username()); ⟦S:no-value⟧
            return ResponseEntity.status(401).body(Map.of("error", "invalid_credentials"));
        }
        passwordAttempts.remove(req.username());
        String jwt = jwtService.issue(user.getId(), Duration.ofHours(1));
        String refreshToken = jwtService.issueRefresh(user.getId());
        log.info("Issued JWT {} for user {}", jwt, user.getId()); ⟦L:slf4j,jwt⟧
        log.info("Issued JWT for user {} (expires in {}s)", user.getId(), 3600); ⟦S:userid,expiry⟧
        log.debug("refresh token for " + user.getEmail() + ": " + refreshToken); ⟦L:concat,refresh-token⟧
        return ResponseEntity.ok(Map.of("access_token", jwt, "refresh_token", refreshToken, "expires_in", 3600));
    }

    @PostMapping("/logout")
    public ResponseEntity<Void> logout(@RequestHeader("Authorization") String authorization) {
        String token = authorization.replace("Bearer ", "");
        jwtService.revoke(token);
        log.info("Token revoked, length={}", token.length()); ⟦S:length⟧
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password")
    public ResponseEntity<Void> changePassword(@RequestParam String userId, @RequestParam String newPassword) {
        if (newPassword.length() < 12) {
            log.info("Rejected weak password for user {}", userId); ⟦S:userid⟧
            return ResponseEntity.badRequest().build();
        }
        users.updatePassword(userId, encoder.encode(newPassword));
        log.info("Password changed for user {}", userId); ⟦S:userid⟧
        return ResponseEntity.noContent().build();
    }
}
@@file java: «root»/src/main/java/com/example/«svc»/client/«Vendor»Client.java
package com.example.«svc».client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class «Vendor»Client {

    private static final Logger logger = LogManager.getLogger(«Vendor»Client.class);

    private final HttpClient http;
    private final URI baseUri;
    private final String apiKey;
    private final int maxRetries;

    public «Vendor»Client(URI baseUri, String apiKey, int maxRetries) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.baseUri = baseUri;
        this.apiKey = apiKey;
        this.maxRetries = maxRetries;
        logger.info("«Vendor» client for {} (retries={})", baseUri, maxRetries); ⟦S:url⟧
        logger.info("API key configured: {}", apiKey != null && !apiKey.isBlank()); ⟦S:bool⟧
        logger.debug("Using API key " + apiKey); ⟦L:log4j,concat,api-key⟧
    }

    static String mask(String secret) {
        if (secret == null || secret.length() < 8) {
            return "****";
        }
        return secret.substring(0, 4) + "****";
    }

    public String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(path))
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        logger.debug("GET {} with key {}", path, mask(apiKey)); ⟦S:masked⟧
        for (int attempt = 1; attempt <= maxRetries; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 500) {
                logger.info("GET {} -> {} (attempt {})", path, response.statusCode(), attempt); ⟦S:status⟧
                return response.body();
            }
            logger.error("Request failed: {} headers={}", request.uri(), request.headers().map()); ⟦L:log4j,request-headers⟧
            logger.warn("Retrying {} after status {}", path, response.statusCode()); ⟦S:status⟧
            Thread.sleep(250L * attempt);
        }
        throw new IOException("GET " + path + " failed after " + maxRetries + " attempts");
    }

    public void rotateKey(String newApiKey) {
        logger.info("Rotating API key; new key length {}", newApiKey.length()); ⟦S:length⟧
        logger.trace("old={} new={}", apiKey, newApiKey); ⟦L:log4j,api-key⟧
    }
}
@@file java: «root»/src/main/java/com/example/«svc»/config/DataSourceConfig.java
package com.example.«svc».config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class DataSourceConfig {

    private static final Logger LOGGER = Logger.getLogger(DataSourceConfig.class.getName());
    private static final String PASSWORD_ENV = "«SVC»_DB_PASSWORD";

    private final String url;
    private final String user;
    private final String password;
    private final int poolSize;

    private DataSourceConfig(String url, String user, String password, int poolSize) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.poolSize = poolSize;
    }

    public static DataSourceConfig fromEnvironment() {
        String host = System.getenv().getOrDefault("«SVC»_DB_HOST", "localhost");
        String url = "jdbc:postgresql://" + host + ":5432/«dbname»";
        String user = System.getenv().getOrDefault("«SVC»_DB_USER", "«svc»");
        String password = System.getenv(PASSWORD_ENV);
        int poolSize = Integer.parseInt(System.getenv().getOrDefault("«SVC»_DB_POOL", "10"));
        if (password == null) {
            LOGGER.warning("Environment variable " + PASSWORD_ENV + " is not set"); ⟦S:env-name⟧
        }
        LOGGER.info("JDBC url=" + url + " user=" + user + " password=" + password); ⟦L:jul,concat,password⟧
        LOGGER.info("JDBC url=" + url + " user=" + user); ⟦S:url,username⟧
        LOGGER.log(Level.FINE, "Pool size {0}", poolSize); ⟦S:jul,config-fields⟧
        return new DataSourceConfig(url, user, password, poolSize);
    }

    public Connection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("ssl", "true");
        System.out.println("Opening connection with " + props); ⟦L:sysout,whole-object⟧
        System.out.println("Opening connection to " + url + " as " + user); ⟦S:url,username⟧
        try {
            Connection c = DriverManager.getConnection(url, props);
            LOGGER.fine("Connection established to " + url); ⟦S:url⟧
            return c;
        } catch (SQLException e) {
            LOGGER.log(Level.SEVERE, "Connection failed for " + user + " using password " + password, e); ⟦L:jul,exception,password⟧
            LOGGER.log(Level.SEVERE, "Connection failed for " + user, e); ⟦S:exception⟧
            throw e;
        }
    }

    @Override
    public String toString() {
        return "DataSourceConfig{url=" + url + ", user=" + user + ", password=***, poolSize=" + poolSize + "}";
    }

    public void logSummary() {
        LOGGER.info("DataSource: " + this); ⟦S:redacted-tostring⟧
    }
}
@@file java: «root»/src/main/java/com/example/«svc»/webhook/WebhookVerifier.java
package com.example.«svc».webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class WebhookVerifier {

    private static final Logger log = LoggerFactory.getLogger(WebhookVerifier.class);
    static final String SECRET_ENV = "«VENDOR»_SIGNING_SECRET";

    private final String signingSecret;

    public WebhookVerifier(String signingSecret) {
        this.signingSecret = signingSecret;
        System.out.println("signing secret: " + signingSecret); ⟦L:sysout,signing-secret⟧
        System.out.println("signing secret loaded from " + SECRET_ENV + " (" + signingSecret.length() + " chars)"); ⟦S:env-name,length⟧
    }

    public static WebhookVerifier fromEnv() {
        String secret = System.getenv(SECRET_ENV);
        if (secret == null || secret.isEmpty()) {
            System.err.println("missing " + SECRET_ENV); ⟦S:env-name⟧
            throw new IllegalStateException(SECRET_ENV + " not configured");
        }
        return new WebhookVerifier(secret);
    }

    private String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            log.error("Webhook verification failed with secret {}", signingSecret, e); ⟦L:slf4j,exception,signing-secret⟧
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String deliveryId, byte[] body, String signatureHeader) {
        String expected = "sha256=" + hmac(body);
        boolean ok = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), ⟦S:comparison⟧
                signatureHeader.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            log.warn("Signature mismatch for delivery {} ({} bytes)", deliveryId, body.length); ⟦S:event-id⟧
            return false;
        }
        log.info("Verified delivery {}", deliveryId); ⟦S:event-id⟧
        return true;
    }

    public void rotate(String newSecret) {
        log.info("Rotating webhook secret from {} to {}", signingSecret, newSecret); ⟦L:slf4j,signing-secret⟧
        log.info("Rotating webhook secret (new secret has {} chars)", newSecret.length()); ⟦S:length⟧
    }
}
