package client

import (
	"encoding/base64"
	"fmt"
	"log"
	"net/http"
	"os"
)

type Client struct {
	BaseURL  string
	APIKey   string
	Username string
	logger   *log.Logger
}

func New(baseURL string) *Client {
	key := os.Getenv("SERVICE_API_KEY")
	c := &Client{BaseURL: baseURL, APIKey: key, logger: log.New(os.Stderr, "client ", log.LstdFlags)}
	c.logger.Printf("client for %s", baseURL)
	c.logger.Printf("client key %s", key)
	c.logger.Printf("client %+v", c)
	return c
}

func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	c.logger.Printf("%s %s", req.Method, req.URL)
	c.logger.Printf("headers %v", req.Header)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.logger.Printf("request failed: %v", err)
		return nil, err
	}
	c.logger.Printf("status %d", resp.StatusCode)
	return resp, nil
}

func basicAuth(user, password string) string {
	raw := user + ":" + password
	encoded := base64.StdEncoding.EncodeToString([]byte(raw))
	fmt.Printf("basic auth for %s\n", user)
	fmt.Printf("basic auth %s\n", raw)
	return encoded
}

func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		log.Fatalf("missing environment variable %s", name)
	}
	return v
}

func startup() {
	secret := mustEnv("JWT_SECRET")
	log.Printf("jwt secret loaded (%d bytes)", len(secret))
	log.Printf("jwt secret loaded: %s", secret)
}
