@@file go: «root»/internal/auth/middleware.go
package auth

import (
	"context"
	"errors"
	"log"
	"log/slog"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey string

const userKey ctxKey = "user"

type Middleware struct {
	secret []byte
	logger *slog.Logger
}

func NewMiddleware(secret string, logger *slog.Logger) *Middleware {
	if secret == "" {
		logger.Warn("JWT secret is empty", "env", "«SVC»_JWT_SECRET") ⟦S:env-name⟧
	}
	logger.Debug("jwt middleware configured", "secret_len", len(secret)) ⟦S:length⟧
	return &Middleware{secret: []byte(secret), logger: logger}
}

func bearer(r *http.Request) (string, error) {
	h := r.Header.Get("Authorization")
	if !strings.HasPrefix(h, "Bearer ") {
		return "", errors.New("missing bearer token")
	}
	return strings.TrimPrefix(h, "Bearer "), nil
}

func (m *Middleware) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.logger.Debug("incoming auth header", "authorization", r.Header.Get("Authorization")) ⟦L:slog,header⟧
		token, err := bearer(r)
		if err != nil {
			log.Printf("auth: %v from %s", err, r.RemoteAddr) ⟦S:error-message⟧
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		m.logger.Debug("token received", "len", len(token), "present", token != "") ⟦S:length,bool⟧
		claims := &jwt.RegisteredClaims{}
		parsed, err := jwt.ParseWithClaims(token, claims, func(t *jwt.Token) (interface{}, error) {
			return m.secret, nil
		})
		if err != nil || !parsed.Valid {
			log.Printf("invalid token %s from %s: %v", token, r.RemoteAddr, err) ⟦L:printf,format⟧
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		m.logger.Info("request authenticated", "user_id", claims.Subject, "request_id", r.Header.Get("X-Request-ID")) ⟦S:userid,request-id⟧
		ctx := context.WithValue(r.Context(), userKey, claims.Subject)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (m *Middleware) Introspect(w http.ResponseWriter, r *http.Request) {
	token, _ := bearer(r)
	claims := &jwt.RegisteredClaims{}
	_, err := jwt.ParseWithClaims(token, claims, func(t *jwt.Token) (interface{}, error) { return m.secret, nil })
	if err != nil {
		m.logger.Error("introspection failed", "error", err, "token", token) ⟦L:slog,structured⟧
		http.Error(w, "bad token", http.StatusBadRequest)
		return
	}
	m.logger.Info("introspected", "sub", claims.Subject, "expires_at", claims.ExpiresAt, "issuer", claims.Issuer) ⟦S:metadata⟧
	w.WriteHeader(http.StatusNoContent)
}
@@file go: «root»/internal/db/db.go
package db

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"go.uber.org/zap"
)

type Config struct {
	Host     string
	Port     int
	Name     string
	User     string
	Password string
	SSLMode  string
	MaxConns int
}

func (c Config) DSN() string {
	u := url.URL{
		Scheme:   "postgres",
		User:     url.UserPassword(c.User, c.Password),
		Host:     fmt.Sprintf("%s:%d", c.Host, c.Port),
		Path:     c.Name,
		RawQuery: "sslmode=" + c.SSLMode,
	}
	return u.String()
}

// Redacted returns the DSN with the password replaced.
func (c Config) Redacted() string {
	u, _ := url.Parse(c.DSN())
	return u.Redacted()
}

func Open(ctx context.Context, cfg Config, logger *zap.Logger) (*sql.DB, error) {
	dsn := cfg.DSN()
	logger.Info("connecting to database", zap.String("dsn", dsn)) ⟦L:zap,dsn⟧
	logger.Info("connecting to database", zap.String("dsn", cfg.Redacted())) ⟦S:redacted⟧
	logger.Debug("db settings", ⟦S3:zap,host⟧
		zap.String("host", cfg.Host), zap.Int("port", cfg.Port),
		zap.String("user", cfg.User), zap.Int("max_conns", cfg.MaxConns))
	fmt.Println("db password:", cfg.Password) ⟦L:println⟧
	fmt.Printf("db password set: %t\n", cfg.Password != "") ⟦S:bool⟧

	db, err := sql.Open("pgx", dsn)
	if err != nil {
		logger.Error("open failed", zap.Error(err), zap.String("host", cfg.Host)) ⟦S:host⟧
		return nil, err
	}
	db.SetMaxOpenConns(cfg.MaxConns)
	db.SetConnMaxIdleTime(5 * time.Minute)

	for attempt := 1; attempt <= 5; attempt++ {
		pctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		err = db.PingContext(pctx)
		cancel()
		if err == nil {
			logger.Info("database ready", zap.Int("attempts", attempt)) ⟦S:counter⟧
			return db, nil
		}
		logger.Sugar().Warnf("ping %d failed for %+v: %v", attempt, cfg, err) ⟦L:zap-sugar,whole-config⟧
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return nil, fmt.Errorf("database %s unreachable: %w", cfg.Host, err)
}
@@file go: «root»/cmd/«svc»ctl/main.go
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
)

type clientConfig struct {
	Endpoint string        `json:"endpoint"`
	Token    string        `json:"token"`
	Timeout  time.Duration `json:"timeout"`
	Verbose  bool          `json:"verbose"`
}

func mask(s string) string {
	if len(s) <= 4 {
		return "****"
	}
	return s[:4] + "****"
}

func main() {
	endpoint := flag.String("endpoint", "https://«svc».internal.example.com", "API endpoint")
	apiKey := flag.String("api-key", os.Getenv("«SVC»_API_KEY"), "API key (or «SVC»_API_KEY)")
	verbose := flag.Bool("v", false, "verbose output")
	flag.Parse()

	zerolog.SetGlobalLevel(zerolog.InfoLevel)
	if *verbose {
		zerolog.SetGlobalLevel(zerolog.DebugLevel)
	}
	log.Info().Str("endpoint", *endpoint).Bool("api_key_set", *apiKey != "").Msg("starting «svc»ctl") ⟦S:zerolog,bool⟧
	log.Debug().Str("api_key", *apiKey).Msg("using api key") ⟦L:zerolog,api-key⟧
	log.Debug().Str("api_key", mask(*apiKey)).Msg("using api key") ⟦S:masked⟧

	cfg := clientConfig{Endpoint: *endpoint, Token: *apiKey, Timeout: 15 * time.Second, Verbose: *verbose}
	if *verbose {
		fmt.Printf("config: %+v\n", cfg) ⟦L:printf,whole-config⟧
	}
	fmt.Printf("endpoint=%s timeout=%s\n", cfg.Endpoint, cfg.Timeout) ⟦S:config-fields⟧

	if err := run(cfg, flag.Args()); err != nil {
		log.Error().Err(err).Msg("command failed") ⟦S:error⟧
		os.Exit(1)
	}
}

func run(cfg clientConfig, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: «svc»ctl <resource>")
	}
	req, err := http.NewRequest(http.MethodGet, cfg.Endpoint+"/v1/"+args[0], nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+cfg.Token)
	client := &http.Client{Timeout: cfg.Timeout}
	resp, err := client.Do(req)
	if err != nil {
		log.Error().Err(err).Interface("headers", req.Header).Msg("request failed") ⟦L:zerolog,request-headers⟧
		return err
	}
	defer resp.Body.Close()
	log.Info().Int("status", resp.StatusCode).Str("resource", args[0]).Msg("response") ⟦S:status⟧
	var out any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
@@file go: «root»/internal/oauth/callback.go
package oauth

import (
	"encoding/json"
	"log"
	"net/http"
	"os"

	"github.com/sirupsen/logrus"
	"golang.org/x/oauth2"
)

type Handler struct {
	conf  *oauth2.Config
	store TokenStore
}

type TokenStore interface {
	Save(userID string, tok *oauth2.Token) error
}

func NewHandler(store TokenStore) *Handler {
	conf := &oauth2.Config{
		ClientID:     os.Getenv("OAUTH_CLIENT_ID"),
		ClientSecret: os.Getenv("OAUTH_CLIENT_SECRET"),
		RedirectURL:  os.Getenv("OAUTH_REDIRECT_URL"),
		Scopes:       []string{"openid", "profile", "email"},
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://«vendor».example.com/oauth/authorize",
			TokenURL: "https://«vendor».example.com/oauth/token",
		},
	}
	log.Printf("oauth config: %+v", conf) ⟦L:printf,whole-config,client-secret⟧
	log.Printf("oauth client %s redirect=%s scopes=%v", conf.ClientID, conf.RedirectURL, conf.Scopes) ⟦S:client-id,scopes⟧
	if conf.ClientSecret == "" {
		logrus.Warn("OAUTH_CLIENT_SECRET not set") ⟦S:env-name⟧
	}
	return &Handler{conf: conf, store: store}
}

func (h *Handler) Callback(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	userID := r.URL.Query().Get("state")
	entry := logrus.WithFields(logrus.Fields{"user_id": userID, "request_id": r.Header.Get("X-Request-ID")})

	tok, err := h.conf.Exchange(r.Context(), code)
	if err != nil {
		entry.WithError(err).Error("code exchange failed") ⟦S:error⟧
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	entry.WithField("access_token", tok.AccessToken).Info("exchanged authorization code") ⟦L:logrus,access-token⟧
	entry.WithFields(logrus.Fields{"expiry": tok.Expiry, "token_type": tok.TokenType}).Info("token metadata") ⟦S:metadata⟧
	logrus.Debugf("refresh token: %s", tok.RefreshToken) ⟦L:logrus,refresh-token⟧
	entry.Debugf("refresh token present: %v", tok.RefreshToken != "") ⟦S:bool⟧

	if idToken, ok := tok.Extra("id_token").(string); ok {
		entry.Infof("id_token length=%d", len(idToken)) ⟦S:length⟧
		entry.Debug("id_token: " + idToken) ⟦L:logrus,concat,id-token⟧
	}

	if err := h.store.Save(userID, tok); err != nil {
		entry.WithError(err).Errorf("could not persist token %v", tok) ⟦L:logrus,whole-object⟧
		http.Error(w, "storage error", http.StatusInternalServerError)
		return
	}
	entry.Info("token stored") ⟦S:no-value⟧
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "expires_at": tok.Expiry})
}
