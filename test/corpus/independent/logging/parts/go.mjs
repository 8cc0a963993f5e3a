import { source } from './builder.mjs';

const authMiddleware = source('gateway/internal/auth/middleware.go', 'go', String.raw`
package auth

import (
    "context"
    "crypto/sha256"
    "encoding/hex"
    "log/slog"
    "net/http"
    "strings"
    "time"
)

type ctxKey string

const principalKey ctxKey = "principal"

type Principal struct {
    UserID string
    Scopes []string
}

type TokenVerifier interface {
    Verify(ctx context.Context, token string) (*Principal, error)
}

type Middleware struct {
    logger   *slog.Logger
    verifier TokenVerifier
    adminKey string
}

func NewMiddleware(logger *slog.Logger, verifier TokenVerifier, adminKey string) *Middleware {
    logger.Info("auth middleware configured", "adminKeySet", adminKey != "")
    return &Middleware{logger: logger.With("component", "auth"), verifier: verifier, adminKey: adminKey}
}

func fingerprint(token string) string {
    sum := sha256.Sum256([]byte(token))
    return hex.EncodeToString(sum[:])[:12]
}

func PrincipalFrom(ctx context.Context) (*Principal, bool) {
    p, ok := ctx.Value(principalKey).(*Principal)
    return p, ok
}

func (m *Middleware) Handler(next http.Handler) http.Handler {
    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        start := time.Now()
        log := m.logger.With("requestId", r.Header.Get("X-Request-Id"), "path", r.URL.Path) ⟦S:request-id⟧
        authz := r.Header.Get("Authorization")
        if authz == "" {
            log.Warn("missing authorization header")
            http.Error(w, "unauthorized", http.StatusUnauthorized)
            return
        }
        token := strings.TrimSpace(strings.TrimPrefix(authz, "Bearer "))
        log.Debug("verifying bearer token", "token", token) ⟦L:structured⟧

        if m.adminKey != "" && token == m.adminKey {
            log.Info("admin key used", "fingerprint", fingerprint(token)) ⟦S:hashed⟧
            ctx := context.WithValue(r.Context(), principalKey, &Principal{UserID: "admin", Scopes: []string{"*"}})
            next.ServeHTTP(w, r.WithContext(ctx))
            return
        }

        principal, err := m.verifier.Verify(r.Context(), token)
        if err != nil {
            log.Warn("token verification failed", "error", err, "authorization", authz) ⟦L:structured,alias⟧
            http.Error(w, "unauthorized", http.StatusUnauthorized)
            return
        }
        log.Info("request authenticated", ⟦S:scope⟧
            "userId", principal.UserID, ⟦+⟧
            "scopes", principal.Scopes, ⟦+⟧
            "elapsed", time.Since(start), ⟦+⟧
        ) ⟦+⟧
        ctx := context.WithValue(r.Context(), principalKey, principal)
        next.ServeHTTP(w, r.WithContext(ctx))
    })
}

func (m *Middleware) RequireScope(scope string, next http.Handler) http.Handler {
    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        p, ok := PrincipalFrom(r.Context())
        if !ok || !hasScope(p.Scopes, scope) {
            m.logger.Info("scope check failed", "required", scope, "status", http.StatusForbidden)
            http.Error(w, "forbidden", http.StatusForbidden)
            return
        }
        next.ServeHTTP(w, r)
    })
}

func hasScope(scopes []string, want string) bool {
    for _, s := range scopes {
        if s == want || s == "*" {
            return true
        }
    }
    return false
}

func (m *Middleware) DumpRequest(r *http.Request) {
    headers := r.Header.Clone()
    headers.Del("Authorization")
    headers.Del("Cookie")
    m.logger.Debug("request dump", "method", r.Method, "url", r.URL.Path, "headers", headers) ⟦S:redacted-headers⟧
}

func (m *Middleware) RotateAdminKey(newKey string) {
    m.adminKey = newKey
    m.logger.Info("admin key rotated", slog.Int("length", len(newKey)), slog.String("fingerprint", fingerprint(newKey)))
}
`);

const migrate = source('dbtools/cmd/migrate/main.go', 'go', String.raw`
package main

import (
    "database/sql"
    "flag"
    "fmt"
    "net/url"
    "os"
    "path/filepath"
    "sort"
    "strings"
    "time"

    _ "github.com/lib/pq"
    "github.com/sirupsen/logrus"
)

type dbConfig struct {
    Host     string
    Port     int
    User     string
    Password string
    Database string
    SSLMode  string
}

func getenv(key, def string) string {
    if v, ok := os.LookupEnv(key); ok {
        return v
    }
    return def
}

func configFromEnv() dbConfig {
    return dbConfig{
        Host:     getenv("DB_HOST", "localhost"),
        Port:     5432,
        User:     getenv("DB_USER", "postgres"),
        Password: os.Getenv("DB_PASSWORD"),
        Database: getenv("DB_NAME", "app"),
        SSLMode:  getenv("DB_SSLMODE", "disable"),
    }
}

func (c dbConfig) url() *url.URL {
    u := &url.URL{
        Scheme: "postgres",
        User:   url.UserPassword(c.User, c.Password),
        Host:   fmt.Sprintf("%s:%d", c.Host, c.Port),
        Path:   "/" + c.Database,
    }
    q := u.Query()
    q.Set("sslmode", c.SSLMode)
    u.RawQuery = q.Encode()
    return u
}

func main() {
    dir := flag.String("dir", "migrations", "directory containing *.up.sql files")
    verbose := flag.Bool("v", false, "verbose output")
    flag.Parse()

    log := logrus.New()
    if *verbose {
        log.SetLevel(logrus.DebugLevel)
    }

    cfg := configFromEnv()
    if *verbose {
        fmt.Printf("config: %+v\n", cfg) ⟦L:object⟧
    }
    fmt.Printf("connecting to %s (password set: %t)\n", cfg.url().Redacted(), cfg.Password != "") ⟦S:masked⟧
    dsn := cfg.url().String()
    db, err := sql.Open("postgres", dsn) ⟦S:non-log-use⟧
    if err != nil {
        log.Fatalf("open database %s: %v", dsn, err) ⟦L:printf,alias⟧
    }
    defer db.Close()

    start := time.Now()
    if err := db.Ping(); err != nil {
        log.WithField("elapsed", time.Since(start)).Fatalf("ping failed: %v", err)
    }
    if _, err := db.Exec(\`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())\`); err != nil {
        log.Fatalf("create schema_migrations: %v", err)
    }

    files, err := filepath.Glob(filepath.Join(*dir, "*.up.sql"))
    if err != nil {
        log.Fatalf("glob migrations: %v", err)
    }
    sort.Strings(files)
    fmt.Println("found", len(files), "migrations in", *dir)

    applied := 0
    for _, f := range files {
        name := strings.TrimSuffix(filepath.Base(f), ".up.sql")
        var exists bool
        if err := db.QueryRow("SELECT EXISTS(SELECT 1 FROM schema_migrations WHERE name = $1)", name).Scan(&exists); err != nil {
            log.Fatalf("check migration %s: %v", name, err)
        }
        if exists {
            log.Debugf("skipping %s (already applied)", name)
            continue
        }
        body, err := os.ReadFile(f)
        if err != nil {
            log.Fatalf("read %s: %v", f, err)
        }
        tx, err := db.Begin()
        if err != nil {
            log.Fatalf("begin: %v", err)
        }
        if _, err := tx.Exec(string(body)); err != nil {
            _ = tx.Rollback()
            log.WithFields(logrus.Fields{"migration": name, "file": f}).Fatalf("migration failed: %v", err)
        }
        if _, err := tx.Exec("INSERT INTO schema_migrations(name) VALUES ($1)", name); err != nil {
            _ = tx.Rollback()
            log.Fatalf("record migration %s: %v", name, err)
        }
        if err := tx.Commit(); err != nil {
            log.Fatalf("commit %s: %v", name, err)
        }
        applied++
        fmt.Println("applied", filepath.Base(f))
    }
    log.WithFields(logrus.Fields{"applied": applied, "elapsed": time.Since(start)}).Info("migrations complete")
}
`);

const stripeClient = source('billing-svc/internal/billing/stripe_client.go', 'go', String.raw`
package billing

import (
    "bytes"
    "context"
    "encoding/json"
    "errors"
    "fmt"
    "io"
    "net/http"
    "time"

    "go.uber.org/zap"
)

var ErrUnauthorized = errors.New("billing: unauthorized")

type Options struct {
    BaseURL   string
    SecretKey string
    Timeout   time.Duration
}

type Client struct {
    httpClient *http.Client
    baseURL    string
    secretKey  string
    logger     *zap.Logger
}

type Customer struct {
    ID    string \`json:"id"\`
    Email string \`json:"email"\`
}

type apiError struct {
    Message string \`json:"message"\`
    Code    string \`json:"code"\`
}

func NewClient(opts Options, logger *zap.Logger) *Client {
    logger.Info("billing client init", ⟦S:boolean⟧
        zap.String("baseURL", opts.BaseURL), ⟦+⟧
        zap.Bool("hasSecretKey", opts.SecretKey != ""), ⟦+⟧
    ) ⟦+⟧
    logger.Debug("billing client options", zap.Any("opts", opts)) ⟦L:object⟧
    return &Client{
        httpClient: &http.Client{Timeout: opts.Timeout},
        baseURL:    opts.BaseURL,
        secretKey:  opts.SecretKey,
        logger:     logger.Named("billing"),
    }
}

func (c *Client) do(ctx context.Context, method, path string, body any, out any) error {
    var buf io.Reader
    if body != nil {
        payload, err := json.Marshal(body)
        if err != nil {
            return err
        }
        buf = bytes.NewReader(payload)
    }
    req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, buf)
    if err != nil {
        return err
    }
    req.Header.Set("Authorization", "Bearer "+c.secretKey)
    req.Header.Set("Content-Type", "application/json")

    start := time.Now()
    resp, err := c.httpClient.Do(req)
    if err != nil {
        c.logger.Error("billing request failed", zap.String("path", path), zap.Error(err))
        return err
    }
    defer resp.Body.Close()
    c.logger.Debug("billing response", ⟦S:status⟧
        zap.String("method", method), ⟦+⟧
        zap.String("path", path), ⟦+⟧
        zap.Int("status", resp.StatusCode), ⟦+⟧
        zap.Duration("elapsed", time.Since(start)), ⟦+⟧
    ) ⟦+⟧

    if resp.StatusCode == http.StatusUnauthorized {
        c.logger.Error("billing provider rejected secret key", zap.String("secretKey", c.secretKey)) ⟦L:structured,field⟧
        return ErrUnauthorized
    }
    if resp.StatusCode >= 400 {
        var apiErr apiError
        _ = json.NewDecoder(resp.Body).Decode(&apiErr)
        err := fmt.Errorf("billing %s %s failed (%s) using key %s", method, path, apiErr.Code, c.secretKey)
        c.logger.Error("billing api error", zap.Error(err)) ⟦L:exception⟧
        return err
    }
    if out == nil {
        return nil
    }
    return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Client) CreateCustomer(ctx context.Context, email string) (*Customer, error) {
    var cust Customer
    if err := c.do(ctx, http.MethodPost, "/v1/customers", map[string]string{"email": email}, &cust); err != nil {
        return nil, err
    }
    c.logger.Info("customer created", zap.String("customerId", cust.ID))
    return &cust, nil
}

func (c *Client) RegisterWebhook(ctx context.Context, url string) (string, error) {
    var wh struct {
        ID     string \`json:"id"\`
        Secret string \`json:"secret"\`
    }
    if err := c.do(ctx, http.MethodPost, "/v1/webhook_endpoints", map[string]string{"url": url}, &wh); err != nil {
        return "", err
    }
    c.logger.Info("webhook registered", zap.String("webhookId", wh.ID), zap.Int("secretLength", len(wh.Secret))) ⟦S:length⟧
    return wh.Secret, nil
}
`);

const webhookNotifier = source('events/pkg/notifier/webhook.go', 'go', String.raw`
package notifier

import (
    "bytes"
    "crypto/hmac"
    "crypto/rand"
    "crypto/sha256"
    "encoding/hex"
    "encoding/json"
    "fmt"
    "log"
    "net/http"
    "os"
    "time"

    "github.com/rs/zerolog"
)

type Subscription struct {
    ID         string   \`json:"id"\`
    URL        string   \`json:"url"\`
    Secret     string   \`json:"secret"\`
    EventTypes []string \`json:"eventTypes"\`
}

type Notifier struct {
    client   *http.Client
    logger   zerolog.Logger
    apiToken string
}

func New() *Notifier {
    token := os.Getenv("NOTIFIER_API_TOKEN")
    if token == "" {
        log.Println("notifier: NOTIFIER_API_TOKEN not set, outbound auth disabled") ⟦S:event⟧
    }
    logger := zerolog.New(os.Stdout).With().Timestamp().Str("component", "notifier").Logger()
    return &Notifier{client: &http.Client{Timeout: 10 * time.Second}, logger: logger, apiToken: token}
}

func sign(secret string, body []byte) string {
    mac := hmac.New(sha256.New, []byte(secret))
    mac.Write(body)
    return hex.EncodeToString(mac.Sum(nil))
}

func newSecret() string {
    b := make([]byte, 32)
    if _, err := rand.Read(b); err != nil {
        panic(err)
    }
    return "whsec_" + hex.EncodeToString(b)
}

func (n *Notifier) Deliver(sub Subscription, event string, payload any) error {
    body, err := json.Marshal(map[string]any{"type": event, "data": payload, "sentAt": time.Now().UTC()})
    if err != nil {
        return err
    }
    sig := sign(sub.Secret, body)
    n.logger.Debug().Str("subscription", sub.ID).Str("event", event).Int("bytes", len(body)).Msg("delivering webhook")
    n.logger.Trace().Interface("subscription", sub).Msg("subscription details") ⟦L:object⟧

    req, err := http.NewRequest(http.MethodPost, sub.URL, bytes.NewReader(body))
    if err != nil {
        return err
    }
    req.Header.Set("Content-Type", "application/json")
    req.Header.Set("X-Signature-256", "sha256="+sig)
    if n.apiToken != "" {
        req.Header.Set("Authorization", "Token "+n.apiToken)
    }

    start := time.Now()
    resp, err := n.client.Do(req)
    if err != nil {
        n.logger.Error().Err(err).Str("subscription", sub.ID).Msg("delivery failed")
        return err
    }
    defer resp.Body.Close()
    n.logger.Info(). ⟦S:duration⟧
        Int("status", resp.StatusCode). ⟦+⟧
        Dur("elapsed", time.Since(start)). ⟦+⟧
        Str("subscription", sub.ID). ⟦+⟧
        Msg("webhook delivered") ⟦+⟧
    if resp.StatusCode >= 300 {
        n.logger.Warn().Str("subscription", sub.ID).Int("status", resp.StatusCode).Msg("receiver rejected delivery")
        return fmt.Errorf("webhook %s: receiver returned %d", sub.ID, resp.StatusCode)
    }
    return nil
}

func (n *Notifier) RotateSecret(sub *Subscription) {
    old := sub.Secret
    sub.Secret = newSecret()
    n.logger.Info(). ⟦S:truncated⟧
        Str("subscription", sub.ID). ⟦+⟧
        Str("oldSecretPrefix", old[:10]+"…"). ⟦+⟧
        Msg("subscription secret rotated") ⟦+⟧
    if os.Getenv("NOTIFIER_DEBUG") == "1" {
        fmt.Printf("new secret for %s: %s\n", sub.ID, sub.Secret) ⟦L:printf,field⟧
    }
}

func (n *Notifier) Broadcast(subs []Subscription, event string, payload any) (delivered, failed int) {
    for _, s := range subs {
        if err := n.Deliver(s, event, payload); err != nil {
            failed++
            continue
        }
        delivered++
    }
    log.Printf("notifier: broadcast %s delivered=%d failed=%d", event, delivered, failed)
    return delivered, failed
}
`);

export default [authMiddleware, migrate, stripeClient, webhookNotifier];
