package main

import (
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

const defaultPassword = "changeme"

type Config struct {
	Host     string
	Password string
}

func handler(w http.ResponseWriter, r *http.Request) {
	authHeader := r.Header.Get("Authorization")
	log.Printf("auth header: %s", authHeader)
	log.Printf("auth header type: %T", authHeader)
	scheme := strings.Split(authHeader, " ")[0]
	log.Printf("auth scheme: %s", scheme)
	log.Println("accept:", r.Header.Get("Accept"))
	log.Println("headers:", r.Header)
	pw := r.FormValue("password")
	log.Printf("login with %s", pw)
	user := r.FormValue("user")
	log.Printf("login for %s", user)
	fmt.Fprintf(w, "hello %s", user)
	fmt.Fprintf(os.Stderr, "pw=%s\n", pw)
	cookie, _ := r.Cookie("session")
	log.Printf("session cookie %v", cookie)
}

func connect(cfg Config) {
	log.Printf("connecting to %s", cfg.Host)
	log.Printf("connecting with %s", cfg.Password)
	logrus.WithField("password", cfg.Password).Info("connecting")
	logrus.WithField("host", cfg.Host).Info("connecting")
	logrus.WithFields(logrus.Fields{"host": cfg.Host, "password": cfg.Password}).Info("x")
	fmt.Println(defaultPassword)
}

func structured(logger *zap.Logger, token string) {
	logger.Info("auth", zap.String("token", token))
	logger.Info("auth", zap.Int("tokenLength", len(token)))
	slog.Info("auth", "token", token)
	slog.Info("auth", "tokenPresent", token != "")
	sugar := logger.Sugar()
	sugar.Infow("auth", "user", "bob", "apiKey", token)
}

func env() {
	fmt.Println(os.Environ())
	fmt.Println(os.Getenv("HOME"))
	secret := os.Getenv("CLIENT_SECRET")
	if secret == "" {
		panic("CLIENT_SECRET is not set")
	}
	panic(fmt.Sprintf("bad secret %s", secret))
}

func buildOnly(secret string) string {
	msg := fmt.Sprintf("secret=%s", secret)
	return msg
}

func errOnly(token string) error {
	err := fmt.Errorf("token rejected")
	log.Println(err)
	return err
}

func pass(value string) {
	log.Println("value", value)
}

func caller() {
	pass(os.Getenv("API_TOKEN"))
}
