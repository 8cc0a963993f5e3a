// Source files that write credentials to logs (positives, rule "logging")
// next to safe logging (negatives, tag "safe-logging").
import { file, LOG, SAFELOG } from './builder.mjs';

// Each source is a template; a line ending in "  #LEAK" or "  #SAFE" gets
// that label and the marker is stripped.
function src(path, kind, text) {
  const f = file(path, kind);
  for (const raw of text.replace(/\n$/, '').split('\n')) {
    let m;
    if ((m = raw.match(/^(.*?)\s+#LEAK$/))) f.l(m[1], LOG());
    else if ((m = raw.match(/^(.*?)\s+#SAFE$/))) f.l(m[1], SAFELOG());
    else f.l(raw);
  }
  return f;
}

export function logging() {
  src('server/src/auth/login.js', 'js', `"use strict";
const bcrypt = require("bcrypt");
const logger = require("../lib/logger");
const { mask } = require("../lib/redact");
const { Users, ApiKeys } = require("../models");

async function login(req, res) {
  const { email, password } = req.body;
  console.log("login attempt", email, password);  #LEAK
  logger.debug(\`password length=\${password.length}\`);  #SAFE
  const user = await Users.findByEmail(email);
  if (!user) {
    logger.info({ email }, "unknown user");
    return res.status(401).end();
  }
  const ok = await bcrypt.compare(password, user.passwordHash);
  if (!ok) {
    console.log(password);  #LEAK
    return res.status(401).json({ error: "invalid credentials" });
  }
  const apiKey = await ApiKeys.issue(user.id);
  logger.info({ userId: user.id, apiKey }, "issued api key");  #LEAK
  logger.info({ userId: user.id, hasApiKey: Boolean(apiKey) }, "api key issued");  #SAFE
  logger.info(\`issued key \${mask(apiKey)} for user \${user.id}\`);  #SAFE
  res.json({ apiKey });
}

async function requestPasswordReset(req, res) {
  const user = await Users.findByEmail(req.body.email);
  if (user) await user.sendPasswordResetEmail();
  logger.info("password reset email sent");  #SAFE
  res.status(204).end();
}

function pruneTokens(tokens) {
  const live = tokens.filter((t) => t.expiresAt > Date.now());
  const tokenCount = live.length;
  console.log(tokenCount);  #SAFE
  return live;
}

module.exports = { login, requestPasswordReset, pruneTokens };
`);

  src('server/src/services/billing.ts', 'ts', `import Stripe from "stripe";
import { logger } from "../lib/logger";
import { redact } from "../lib/redact";

export class BillingService {
  private stripe: Stripe;

  constructor(private readonly secretKey: string = process.env.STRIPE_SECRET_KEY ?? "") {
    logger.debug(\`using stripe key \${this.secretKey}\`);  #LEAK
    logger.info(\`stripe key configured: \${this.secretKey ? "yes" : "no"}\`);  #SAFE
    logger.info("stripe client ready", { key: redact(this.secretKey) });  #SAFE
    this.stripe = new Stripe(this.secretKey, { apiVersion: "2024-04-10" });
  }

  verifyWebhook(body: Buffer, signature: string) {
    const secret = process.env.STRIPE_WEBHOOK_SECRET!;
    logger.warn("verifying webhook with secret", secret);  #LEAK
    return this.stripe.webhooks.constructEvent(body, signature, secret);
  }

  async charge(customerId: string, amount: number) {
    const intent = await this.stripe.paymentIntents.create({ customer: customerId, amount, currency: "eur" });
    logger.info(\`payment intent \${intent.id} created for \${customerId}\`);
    return intent;
  }

  onSessionExpired(customerId: string) {
    logger.info(\`token expired for customer \${customerId}\`);  #SAFE
  }
}
`);

  src('worker/ledgerline/tasks/sync.py', 'python', `import hashlib
import logging

import requests

logger = logging.getLogger(__name__)
log = logger


def login(user, password):
    logger.info("user %s logged in with %s", user, password)  #LEAK
    logger.debug("password len=%d", len(password))  #SAFE
    return requests.post("https://portal.acme.dev/login", data={"u": user, "p": password}, timeout=10)


def fetch_contacts(session, token):
    log.debug("token=%s", token)  #LEAK
    logger.info("token sha256=%s", hashlib.sha256(token.encode()).hexdigest()[:12])  #SAFE
    r = session.get("https://portal.acme.dev/api/contacts", headers={"Authorization": f"Bearer {token}"})
    if r.status_code == 401:
        logger.info("token expired")  #SAFE
        return None
    return r.json()


def exchange_code(code, client_id, client_secret, refresh_token=None):
    print(f"secret: {client_secret}")  #LEAK
    logger.info("refresh token present: %s", refresh_token is not None)  #SAFE
    resp = requests.post(
        "https://oauth.acme.dev/token",
        data={"code": code, "client_id": client_id, "client_secret": client_secret},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
`);

  src('admin/src/main/java/com/acme/admin/auth/LoginService.java', 'java', `package com.acme.admin.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class LoginService {
    private static final Logger log = LoggerFactory.getLogger(LoginService.class);

    @Value("\${security.jwt.secret}")
    private String jwtSecret;

    private final UserRepository users;
    private final TokenIssuer tokens;

    public LoginService(UserRepository users, TokenIssuer tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    public String login(String username, String password, HttpServletRequest request) {
        System.out.println("pwd " + password);  #LEAK
        log.debug("password present: {}", password != null && !password.isEmpty());  #SAFE
        log.info("Authorization header: {}", request.getHeader("Authorization"));  #LEAK
        User user = users.authenticate(username, password);
        log.info("User {} authenticated from {}", user.getId(), request.getRemoteAddr());  #SAFE
        return tokens.issue(user, jwtSecret);
    }

    void init() {
        log.debug("JWT secret: " + jwtSecret);  #LEAK
        log.info("Token issuer initialised, ttl={}s", tokens.ttlSeconds());  #SAFE
    }
}
`);

  src('internal/auth/handler.go', 'go', `package auth

import (
	"encoding/json"
	"log"
	"net/http"

	"go.uber.org/zap"
)

type loginRequest struct {
	Username string \`json:"username"\`
	Password string \`json:"password"\`
}

type Handler struct {
	logger *zap.Logger
	store  SessionStore
}

func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	log.Printf("%s %s", r.Method, r.URL.Path)  #SAFE
	var req loginRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	h.logger.Info("login", zap.String("user", req.Username), zap.String("password", req.Password))  #LEAK
	token, err := h.store.Create(req.Username, req.Password)
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	log.Printf("login ok token=%s", token)  #LEAK
	json.NewEncoder(w).Encode(map[string]string{"token": token})
}

func (h *Handler) Check(w http.ResponseWriter, r *http.Request) {
	apiKey := r.Header.Get("X-API-Key")
	h.logger.Debug("api key check", zap.Bool("hasKey", apiKey != ""))  #SAFE
	claims, err := h.store.Verify(apiKey)
	if err == ErrExpired {
		log.Printf("token expired for user %d", claims.UserID)  #SAFE
		http.Error(w, "expired", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
`);

  src('src/Acme.Payments/Services/PaymentGatewayClient.cs', 'csharp', `using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog;

namespace Acme.Payments.Services;

public sealed class PaymentGatewayClient
{
    private readonly ILogger<PaymentGatewayClient> _logger;
    private readonly GatewayOptions _options;

    public PaymentGatewayClient(ILogger<PaymentGatewayClient> logger, IOptions<GatewayOptions> options)
    {
        _logger = logger;
        _options = options.Value;
    }

    public void Configure(string apiKey)
    {
        Log.Information("Key {Key}", apiKey);  #LEAK
        Log.Information("Key configured: {HasKey}", !string.IsNullOrEmpty(apiKey));  #SAFE
        _logger.LogDebug("Client secret {Secret}", _options.ClientSecret);  #LEAK
        _logger.LogInformation("Using API key {MaskedKey}", Mask(apiKey));  #SAFE
    }

    private static string Mask(string value) =>
        string.IsNullOrEmpty(value) ? "" : new string('*', value.Length - 4) + value[^4..];
}
`);

  src('app/controllers/sessions_controller.rb', 'ruby', `class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create]

  def create
    Rails.logger.info("login attempt #{params[:email]} / #{params[:password]}")  #LEAK
    user = User.authenticate_by(email: params[:email], password: params[:password])
    if user
      Rails.logger.info("login for user #{user.id}")  #SAFE
      api_token = user.api_tokens.create!.plaintext
      puts "API token: #{api_token}"  #LEAK
      session[:user_id] = user.id
      redirect_to dashboard_path
    else
      flash.now[:alert] = t("devise.failure.invalid")
      render :new, status: :unprocessable_entity
    end
  end

  def reset
    user = User.find_by(email: params[:email])
    user&.send_reset_password_instructions
    Rails.logger.info("password reset requested for user #{user&.id}")  #SAFE
    head :no_content
  end
end
`);

  src('src/Controller/WebhookController.php', 'php', `<?php

namespace App\\Controller;

use Psr\\Log\\LoggerInterface;
use Symfony\\Component\\HttpFoundation\\Request;
use Symfony\\Component\\HttpFoundation\\Response;

final class WebhookController
{
    public function __construct(
        private LoggerInterface $logger,
        private string $signingSecret,
    ) {}

    public function __invoke(Request $request): Response
    {
        $secret = $this->signingSecret;
        error_log("stripe webhook secret=" . $secret);  #LEAK
        error_log('secret length ' . strlen($secret));  #SAFE
        $this->logger->info('Signing secret', ['secret' => $this->signingSecret]);  #LEAK

        $payload = $request->getContent();
        $eventId = json_decode($payload, true)['id'] ?? null;
        $this->logger->info('Webhook received', ['id' => $eventId]);  #SAFE

        $expected = hash_hmac('sha256', $payload, $secret);
        if (!hash_equals($expected, $request->headers->get('Acme-Signature', ''))) {
            return new Response('invalid signature', 400);
        }
        return new Response('', 204);
    }
}
`);
}
