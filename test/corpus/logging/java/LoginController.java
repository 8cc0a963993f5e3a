package com.example.auth;

import android.util.Log;
import java.security.MessageDigest;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

public class LoginController {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(LoginController.class);
    private static final Logger JUL = Logger.getLogger("auth");
    private static final String TAG = "Login";
    private static final String DEFAULT_PASSWORD = "changeme";
    private String sessionToken;
    private String tokenEndpoint = "https://auth.example.test/token";

    public void login(HttpServletRequest request) {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        LOG.info("login attempt for {}", username);
        LOG.info("login attempt for {} with {}", username, password);
        LOG.debug("password: " + password);
        LOG.debug("password length: " + password.length());
        JUL.info("credentials " + username + ":" + password);
        JUL.fine("Invalid password for user " + username);
        String authHeader = request.getHeader("Authorization");
        LOG.debug("authorization {}", authHeader);
        LOG.debug("user agent {}", request.getHeader("User-Agent"));
        System.out.println("session token: " + sessionToken);
        LOG.info("token endpoint {}", tokenEndpoint);
        LOG.info("default {}", DEFAULT_PASSWORD);
        String prefix = password.substring(0, 3);
        LOG.info("password starts with {}", prefix);
        String tooLong = password.substring(0, 10);
        LOG.info("password starts with {}", tooLong);
    }

    public void android(String apiKey, String header) {
        Log.d(TAG, "api key " + apiKey);
        Log.d(TAG, "auth " + header);
        Log.i(TAG, "api key present " + (apiKey != null));
        Log.w(apiKey.isEmpty() ? "empty" : "set", "checked");
    }

    public String hash(String secret) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] digest = md.digest(secret.getBytes());
        LOG.info("digest {}", digest);
        String encrypted = encryptLib.encryptPassword(secret);
        LOG.info("encrypted {}", encrypted);
        StringBuilder sb = new StringBuilder();
        sb.append("secret=").append(secret);
        String built = String.format("secret=%s", secret);
        LOG.info(built);
        return sb.toString();
    }

    public void pagination(String nextToken, String pageToken, int tokenCount) {
        LOG.info("next {}", nextToken);
        LOG.info("page {}", pageToken);
        LOG.info("count {}", tokenCount);
        StringTokenizer tokenizer = new StringTokenizer("a b");
        LOG.info("tokenizer {}", tokenizer);
    }

    public void relay(String credential) {
        write(credential);
    }

    private void write(String value) {
        LOG.warn("writing {}", value);
    }

    public void flogger(String clientSecret) {
        logger.atInfo().log("client secret %s", clientSecret);
        logger.atInfo().log("client secret configured: %s", clientSecret != null);
    }
}
