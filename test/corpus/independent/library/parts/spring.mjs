// Spring Boot service: application.yml and a JWT service class.
export default function spring({ t, S, R }) {
  const dsPw = S.password('db-password');
  const jwtDefault = S.b64Secret(64, 'jwt-signing-secret');
  const signing = S.alnumSecret(48, 'jwt-signing-secret');
  const ddKey = S.hexSecret(32, 'datadog-api-key');
  const files = [];

  files.push({ path: 'orders-service/src/main/resources/application.yml', text: t`
server:
  port: 8080
  shutdown: graceful
  servlet:
    context-path: /api

spring:
  application:
    name: orders-service
  lifecycle:
    timeout-per-shutdown-phase: 20s
  datasource:
    url: jdbc:postgresql://orders-db.prod.internal:5432/orders
    username: orders_app
@@S:password#default-config|    password: "${dsPw}"
    hikari:
      maximum-pool-size: 20
      minimum-idle: 5
      connection-timeout: 30000
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate
    properties:
      hibernate.jdbc.batch_size: 50
  flyway:
    enabled: true
    locations: classpath:db/migration
  mail:
    host: smtp.mailgun.org
    port: 587
@@N:template-interpolation|    username: \${MAIL_USERNAME}
@@N:template-interpolation|    password: \${MAIL_PASSWORD}
    properties:
      mail.smtp.starttls.enable: true
  kafka:
    bootstrap-servers: \${KAFKA_BOOTSTRAP:localhost:9092}
    consumer:
      group-id: orders
      auto-offset-reset: earliest
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: PLAIN
@@N:template-interpolation|      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="\${KAFKA_KEY}" password="\${KAFKA_SECRET}";

security:
  jwt:
    issuer: https://auth.shop.example
@@S:jwt-signing-secret#default-config|    secret: \${JWT_SECRET:${jwtDefault}}
    access-token-ttl: 15m
    refresh-token-ttl: 30d
@@N:header-name|    header: Authorization
    prefix: "Bearer "

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
  datadog:
    metrics:
      export:
@@S:datadog-api-key#default-config|        api-key: ${ddKey}
        step: 1m
  endpoint:
    health:
      probes:
        enabled: true

logging:
  level:
    root: INFO
    com.shop.orders: DEBUG
    org.hibernate.SQL: WARN

---
spring:
  config:
    activate:
      on-profile: test
  datasource:
    url: jdbc:h2:mem:orders;MODE=PostgreSQL
    username: sa
@@N:empty-value|    password: ""
security:
  jwt:
@@N:dummy-named|    secret: test-only-jwt-secret-not-used-outside-unit-tests-0000000000
` });

  files.push({ path: 'orders-service/src/main/java/com/shop/orders/security/JwtService.java', text: t`
package com.shop.orders.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class JwtService {

    private static final Logger log = LoggerFactory.getLogger(JwtService.class);

@@N:header-name|    public static final String AUTH_HEADER = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";
@@N:config-key-name|    public static final String ROLES_CLAIM = "roles";
    // Fallback used when security.jwt.secret is missing so local runs do not crash.
@@S:jwt-signing-secret#constant-default|    private static final String DEFAULT_SIGNING_SECRET = "${signing}";

    private final SecretKey key;
    private final String issuer;
    private final Duration accessTtl;

    public JwtService(
@@N:config-injection|            @Value("\${security.jwt.secret:}") String secret,
            @Value("\${security.jwt.issuer}") String issuer,
            @Value("\${security.jwt.access-token-ttl:15m}") Duration accessTtl) {
        String effective = secret == null || secret.isBlank() ? DEFAULT_SIGNING_SECRET : secret;
        if (effective == DEFAULT_SIGNING_SECRET) {
@@N:error-string|            log.warn("security.jwt.secret not configured, falling back to built-in signing secret");
        }
        this.key = Keys.hmacShaKeyFor(effective.getBytes(StandardCharsets.UTF_8));
        this.issuer = issuer;
        this.accessTtl = accessTtl;
    }

    public String issue(String subject, Map<String, Object> claims) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(subject)
                .issuer(issuer)
                .claims(claims)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(accessTtl)))
                .signWith(key)
                .compact();
    }

    public Optional<Claims> parse(String token) {
        try {
            return Optional.of(Jwts.parser()
                    .verifyWith(key)
                    .requireIssuer(issuer)
                    .build()
                    .parseSignedClaims(token)
                    .getPayload());
        } catch (JwtException | IllegalArgumentException e) {
            log.debug("rejected token: {}", e.getMessage());
            return Optional.empty();
        }
    }

    public Optional<String> extract(HttpServletRequest request) {
        String header = request.getHeader(AUTH_HEADER);
        if (header == null || !header.startsWith(BEARER_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER_PREFIX.length()));
    }
}
` });
  return files;
}
