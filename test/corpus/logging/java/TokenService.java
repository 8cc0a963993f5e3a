package com.example.tokens;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class TokenService {
    private static final Logger logger = LogManager.getLogger(TokenService.class);
    private final String signingKey;
    private final String issuer;

    public TokenService(String signingKey, String issuer) {
        this.signingKey = signingKey;
        this.issuer = issuer;
        logger.info("token service for issuer {}", issuer);
        logger.debug("token service key {}", signingKey);
    }

    public String issue(User user) {
        String jwt = Jwts.builder().setSubject(user.getId()).signWith(signingKey).compact();
        logger.info("issued token for {}", user.getId());
        logger.debug("issued token {}", jwt);
        logger.debug("issued token of length {}", jwt.length());
        return jwt;
    }

    public boolean verify(String token) {
        try {
            Jwts.parser().setSigningKey(signingKey).parseClaimsJws(token);
            return true;
        } catch (Exception e) {
            logger.warn("invalid token: " + e.getMessage());
            logger.warn("invalid token: " + token, e);
            return false;
        }
    }

    public void audit(User user) {
        logger.info("user {} password changed", user.getName());
        logger.info("user {} new password {}", user.getName(), user.getPassword());
        logger.info("user object {}", user);
        String maskedPassword = mask(user.getPassword());
        logger.info("masked {}", maskedPassword);
    }

    public void env() {
        System.getenv().forEach((k, v) -> logger.trace("{}={}", k, v));
        logger.trace("all env {}", System.getenv());
        logger.trace("java home {}", System.getenv("JAVA_HOME"));
        logger.trace("db password {}", System.getenv("DB_PASSWORD"));
    }
}
