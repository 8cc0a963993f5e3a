import { t, build } from './builder.mjs';

const githubHandler = build('internal/webhook/github_handler.go', 'go', t`
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"
)

type Handler struct {
	secret []byte
	logger *slog.Logger
	queue  chan<- Event
}

type Event struct {
	Kind       string
	DeliveryID string
	Payload    json.RawMessage
}

func NewHandler(logger *slog.Logger, queue chan<- Event) *Handler {
	secret := os.Getenv("GITHUB_WEBHOOK_SECRET")
	if secret == "" {
@@S:mentions-word-only|		logger.Warn("GITHUB_WEBHOOK_SECRET is empty; all deliveries will be rejected")
	}
@@S:length,secret-key-bool-value|	logger.Info("webhook handler configured", "secret_len", len(secret), "secret_set", secret != "")
	return &Handler{secret: []byte(secret), logger: logger, queue: queue}
}

func (h *Handler) verify(body []byte, header string) bool {
	sig := strings.TrimPrefix(header, "sha256=")
	mac := hmac.New(sha256.New, h.secret)
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(expected), []byte(sig)) {
@@L:structured-field,direct|		h.logger.Debug("signature mismatch", "expected", expected, "got", sig, "secret", string(h.secret))
		return false
	}
	return true
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 5<<20))
	if err != nil {
		h.logger.Error("read body", "err", err)
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	delivery := r.Header.Get("X-GitHub-Delivery")
	if !h.verify(body, r.Header.Get("X-Hub-Signature-256")) {
@@S:mentions-word-only|		h.logger.Warn("rejected delivery: invalid secret signature", "delivery", delivery, "remote", r.RemoteAddr)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	kind := r.Header.Get("X-GitHub-Event")
	select {
	case h.queue <- Event{Kind: kind, DeliveryID: delivery, Payload: body}:
	default:
		h.logger.Error("queue full, dropping delivery", "delivery", delivery)
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	h.logger.Info("accepted delivery", "event", kind, "delivery", delivery, "duration", time.Since(start))
	w.WriteHeader(http.StatusAccepted)
}

// Redeliver asks GitHub to redeliver a hook delivery using an app installation token.
func (h *Handler) Redeliver(client *http.Client, repo string, hookID int64, deliveryID, installToken string) error {
	url := fmt.Sprintf("https://api.github.com/repos/%s/hooks/%d/deliveries/%s/attempts", repo, hookID, deliveryID)
	req, err := http.NewRequest(http.MethodPost, url, nil)
	if err != nil {
		return err
	}
@@S:non-log-use|	req.Header.Set("Authorization", "Bearer "+installToken)
	req.Header.Set("Accept", "application/vnd.github+json")
	resp, err := client.Do(req)
	if err != nil {
@@L:format-printf,via-param,error-message|		h.logger.Error(fmt.Sprintf("redeliver %s failed with token %s: %v", deliveryID, installToken, err))
		return err
	}
	defer resp.Body.Close()
	suffix := ""
	if len(installToken) > 4 {
		suffix = installToken[len(installToken)-4:]
	}
@@S:masked-last4|	h.logger.Info("redelivery requested", "delivery", deliveryID, "status", resp.StatusCode, "token_suffix", suffix)
	return nil
}
`);

const migrate = build('cmd/migrate/main.go', 'go', t`
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

type dbConfig struct {
	Host     string
	Port     int
	User     string
	Password string
	Name     string
	SSLMode  string
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func loadConfig() dbConfig {
	port := 5432
	if p := os.Getenv("DB_PORT"); p != "" {
		fmt.Sscanf(p, "%d", &port)
	}
	return dbConfig{
		Host:     getenv("DB_HOST", "localhost"),
		Port:     port,
		User:     getenv("DB_USER", "app"),
		Password: os.Getenv("DB_PASSWORD"),
		Name:     getenv("DB_NAME", "app"),
		SSLMode:  getenv("DB_SSLMODE", "require"),
	}
}

func (c dbConfig) DSN() string {
	u := url.URL{
		Scheme:   "postgres",
		User:     url.UserPassword(c.User, c.Password),
		Host:     fmt.Sprintf("%s:%d", c.Host, c.Port),
		Path:     c.Name,
		RawQuery: "sslmode=" + c.SSLMode,
	}
	return u.String()
}

func (c dbConfig) Redacted() string {
	u := url.URL{Scheme: "postgres", User: url.User(c.User), Host: fmt.Sprintf("%s:%d", c.Host, c.Port), Path: c.Name}
	return u.String()
}

func openWithRetry(ctx context.Context, cfg dbConfig, attempts int) (*sql.DB, error) {
	dsn := cfg.DSN()
	var lastErr error
	for i := 1; i <= attempts; i++ {
@@S:non-log-use|		db, err := sql.Open("pgx", dsn)
		if err == nil {
			if err = db.PingContext(ctx); err == nil {
				return db, nil
			}
			db.Close()
		}
		lastErr = err
@@L:format-printf,url-userinfo,via-variable|		log.Printf("attempt %d/%d: cannot reach %s: %v", i, attempts, dsn, err)
@@S:redacted|		log.Printf("attempt %d/%d: retrying %s in %ds", i, attempts, cfg.Redacted(), i*2)
		time.Sleep(time.Duration(i*2) * time.Second)
	}
	return nil, lastErr
}

func main() {
	dir := flag.String("dir", "migrations", "directory with .sql migrations")
	verbose := flag.Bool("v", false, "verbose output")
	flag.Parse()

	cfg := loadConfig()
	if *verbose {
@@L:format-printf,struct-dump|		fmt.Printf("config: %+v\n", cfg)
@@S:bool|		fmt.Printf("password set: %t, sslmode: %s\n", cfg.Password != "", cfg.SSLMode)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	db, err := openWithRetry(ctx, cfg, 5)
	if err != nil {
@@S:mentions-word-only|		log.Fatalf("database unavailable after retries (user=%s host=%s); check DB_PASSWORD", cfg.User, cfg.Host)
	}
	defer db.Close()

	files, err := filepath.Glob(filepath.Join(*dir, "*.sql"))
	if err != nil {
		log.Fatalf("list migrations: %v", err)
	}
	sort.Strings(files)
	applied := 0
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			log.Fatalf("read %s: %v", f, err)
		}
		if _, err := db.ExecContext(ctx, string(body)); err != nil {
			log.Fatalf("apply %s: %v", filepath.Base(f), err)
		}
		applied++
		log.Printf("applied %s", filepath.Base(f))
	}
	log.Printf("migrations complete: applied=%d", applied)
}
`);

const adyen = build('pkg/payments/adyen/client.go', 'go', t`
package adyen

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"go.uber.org/zap"
)

type Client struct {
	apiKey     string
	merchant   string
	baseURL    string
	httpClient *http.Client
	log        *zap.Logger
}

type Config struct {
	APIKey          string
	MerchantAccount string
	Live            bool
	LivePrefix      string
}

type PaymentResult struct {
	PspReference string \`json:"pspReference"\`
	ResultCode   string \`json:"resultCode"\`
}

func keyFingerprint(k string) string {
	sum := sha256.Sum256([]byte(k))
	return hex.EncodeToString(sum[:])[:12]
}

func suffix(k string) string {
	if len(k) < 4 {
		return "****"
	}
	return k[len(k)-4:]
}

func New(cfg Config, log *zap.Logger) (*Client, error) {
	if cfg.APIKey == "" {
		return nil, fmt.Errorf("adyen: API key is required")
	}
	base := "https://checkout-test.adyen.com/v71"
	if cfg.Live {
		base = fmt.Sprintf("https://%s-checkout-live.adyenpayments.com/checkout/v71", cfg.LivePrefix)
	}
	c := &Client{apiKey: cfg.APIKey, merchant: cfg.MerchantAccount, baseURL: base, httpClient: &http.Client{Timeout: 30 * time.Second}, log: log}
@@S:hashed|	log.Info("adyen client ready", zap.String("merchant", cfg.MerchantAccount), zap.String("key_fp", keyFingerprint(cfg.APIKey)), zap.Bool("live", cfg.Live))
	return c, nil
}

func (c *Client) post(ctx context.Context, path string, payload any, out any) error {
	body, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
@@S:non-log-use|	req.Header.Set("X-API-Key", c.apiKey)
@@L:structured-field,request-config|	c.log.Debug("adyen request", zap.String("path", path), zap.Any("headers", req.Header))
	resp, err := c.httpClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		var apiErr struct {
			ErrorCode string \`json:"errorCode"\`
			Message   string \`json:"message"\`
			PspRef    string \`json:"pspReference"\`
		}
		_ = json.NewDecoder(resp.Body).Decode(&apiErr)
		c.log.Warn("adyen error", zap.Int("status", resp.StatusCode), zap.String("code", apiErr.ErrorCode), zap.String("psp", apiErr.PspRef))
		return fmt.Errorf("adyen %s: %s (%d)", path, apiErr.Message, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Client) Authorize(ctx context.Context, amountMinor int64, currency, reference string, encryptedCard map[string]string) (*PaymentResult, error) {
	payload := map[string]any{
		"amount":          map[string]any{"value": amountMinor, "currency": currency},
		"reference":       reference,
		"merchantAccount": c.merchant,
		"paymentMethod":   encryptedCard,
	}
	var res PaymentResult
	if err := c.post(ctx, "/payments", payload, &res); err != nil {
		c.log.Error("authorize failed", zap.String("reference", reference), zap.Error(err))
		return nil, err
	}
	c.log.Info("authorized", zap.String("reference", reference), zap.String("result", res.ResultCode))
	return &res, nil
}

func (c *Client) CheckCredentials(ctx context.Context) bool {
	var out map[string]any
	err := c.post(ctx, "/paymentMethods", map[string]any{"merchantAccount": c.merchant}, &out)
	if err != nil {
@@L:structured-field,direct|		c.log.Error("adyen credentials rejected",
@@+|			zap.String("merchant", c.merchant),
@@+|			zap.String("api_key", c.apiKey),
@@+|			zap.Error(err))
		return false
	}
@@S:secret-key-bool-value,count-field|	c.log.Info("adyen credentials ok", zap.String("merchant", c.merchant), zap.Bool("api_key_valid", true), zap.Int("methods", len(out)))
	return true
}

func (c *Client) RotateKey(newKey string) {
	old := c.apiKey
	c.apiKey = newKey
@@S:masked-last4|	c.log.Info("rotated adyen key", zap.String("old_suffix", suffix(old)), zap.String("new_suffix", suffix(newKey)))
}
`);

export default [githubHandler, migrate, adyen];
