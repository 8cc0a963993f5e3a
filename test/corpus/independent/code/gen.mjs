// gen.mjs — builds a blind, labeled evaluation corpus for a secret scanner.
//
//   node gen.mjs            -> writes ./corpus/** and ./corpus/labels.json
//
// Every credential-shaped value is generated at run time from a seeded PRNG
// following the provider's published format. Prefixes are assembled by string
// concatenation so this script never contains a token-shaped literal itself.
//
// File bodies are written with inline markers at the start of a line:
//   §S <rule> <tags>§     the line holds a planted secret (expect: true)
//   §SB <rule> <tags>§    a secret spanning several lines starts here ...
//   §E§                   ... and ends on the line carrying this marker
//   §N <tags>§            the line holds a hard negative (expect: false)
//   §NB <tags>§           a multi-line hard negative block (ends at §E§)
// Markers are stripped and the line numbers are computed from the final text,
// so labels cannot drift from the content.

import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = process.env.CORPUS_OUT ?? path.join(HERE, "corpus");
const SEED = 20240917;

// ---------------------------------------------------------------- PRNG ----
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DIG = "0123456789";
const AL = UP + LO + DIG;
const HEX = "0123456789abcdef";
const B64 = AL + "+/";
const B64U = AL + "-_";
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function chars(alpha, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += alpha[Math.floor(rand() * alpha.length)];
  return s;
}
// random string that is guaranteed to mix letters and digits (looks like real key material)
function mixed(alpha, n) {
  for (;;) {
    const s = chars(alpha, n);
    const hasDigit = /[0-9]/.test(s) || !/[0-9]/.test(alpha);
    const hasUpper = /[A-Z]/.test(s) || !/[A-Z]/.test(alpha);
    const hasLower = /[a-z]/.test(s) || !/[a-z]/.test(alpha);
    if (hasDigit && hasUpper && hasLower) return s;
  }
}
const digits = (n) => String(int(1, 9)) + chars(DIG, n - 1);
const cat = (...parts) => parts.join("");
const BT = "\x60"; // backtick, for code that needs it inside String.raw bodies
const D = "$"; // write `${D}{X}` to emit a literal ${X}
const R = String.raw;

// Prefixes, assembled so that no token-shaped literal appears in this script.
const P = {
  akia: cat("AK", "IA"),
  ghp: cat("gh", "p_"),
  gho: cat("gh", "o_"),
  ghpat: cat("git", "hub_", "pat_"),
  glpat: cat("gl", "pat-"),
  xoxb: cat("xo", "xb-"),
  xoxp: cat("xo", "xp-"),
  slackHook: cat("https://hooks.", "slack.com/", "services/"),
  skLive: cat("sk", "_", "live_"),
  rkLive: cat("rk", "_", "live_"),
  pkLive: cat("pk", "_", "live_"),
  whsec: cat("wh", "sec_"),
  sg: cat("S", "G."),
  mgKey: cat("ke", "y-"),
  oaProj: cat("sk-", "proj-"),
  oaMark: cat("T3Bl", "bkFJ"),
  ant: cat("sk-", "ant-", "api03-"),
  hf: cat("h", "f_"),
  npm: cat("np", "m_"),
  pypi: cat("py", "pi-"),
  pypiMac: cat("AgEIcHlw", "aS5vcmc"),
  shpat: cat("shp", "at_"),
  shpss: cat("shp", "ss_"),
  dop: cat("do", "p_", "v1_"),
  dpst: cat("dp", ".st."),
  lin: cat("lin_", "api_"),
  pmak: cat("PM", "AK-"),
  atatt: cat("ATA", "TT3", "xFfGF0"),
  nrak: cat("NR", "AK-"),
  aiza: cat("AI", "za"),
  begin: cat("-----BE", "GIN "),
  end: cat("-----E", "ND "),
};

// ------------------------------------------------------ secret registry ----
const SECRETS = []; // every planted positive value, verified after rendering
function sec(v, kind) {
  SECRETS.push({ value: v, kind });
  return v;
}

// ------------------------------------------------------------ helpers -----
const WORDS = [
  "harbor", "falcon", "granite", "velvet", "orchid", "copper", "maple", "thunder",
  "quartz", "saffron", "meadow", "lantern", "cobalt", "juniper", "walrus", "pepper",
  "glacier", "marble", "sparrow", "tundra", "bramble", "cinder", "willow", "nimbus",
];
const LEET = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" };
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const leet = (w) => w.split("").map((c) => (LEET[c] && rand() < 0.5 ? LEET[c] : c)).join("");

// Human-chosen style passwords ("Tr0ub4dor&3x"-like). urlSafe restricts the
// symbols to ones that can sit unescaped in URL userinfo / query strings.
function pwRaw({ urlSafe = false } = {}) {
  const sym = (urlSafe ? "-_.~!" : "!#&*-_.+^~").split("");
  for (;;) {
    const style = int(0, 2);
    let p;
    if (style === 0) p = cap(leet(pick(WORDS))) + pick(sym) + int(1, 9) + chars(LO, 2);
    else if (style === 1) p = cap(pick(WORDS)) + cap(pick(WORDS)) + int(10, 99) + pick(sym);
    else p = chars(UP, 1) + chars(LO, 3) + pick(sym) + leet(pick(WORDS)) + int(100, 999);
    if (/[0-9]/.test(p) && /[A-Z]/.test(p) && /[a-z]/.test(p)) return p;
  }
}

function wrap(s, n) {
  const out = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}
function pemBlock(label, body, width = 64) {
  return [P.begin + label + "-----", ...wrap(body, width), P.end + label + "-----"].join("\n");
}
function b64url(s) {
  return Buffer.from(s).toString("base64").replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}
function uuid4() {
  const h = chars(HEX, 32).split("");
  h[12] = "4";
  h[16] = "89ab"[int(0, 3)];
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ------------------------------------------------ positive generators -----
const T = {
  pw: (o) => sec(pwRaw(o), "password"),
  // full connection string / URL; the callback receives a fresh password
  conn: (fn, o = { urlSafe: true }) => sec(fn(pwRaw(o)), "connection-string"),
  generic: (alpha, n) => sec(mixed(alpha, n), "generic"),
  hex: (n) => sec(chars(HEX, n), "hex"),
  awsKeyId: () => sec(P.akia + mixed(B32, 16), "aws"),
  awsSecret: () => sec(mixed(B64, 40), "aws"),
  ghp: () => sec(P.ghp + mixed(AL, 36), "github"),
  gho: () => sec(P.gho + mixed(AL, 36), "github"),
  githubPat: () => sec(P.ghpat + mixed(AL, 22) + "_" + mixed(AL, 59), "github"),
  glpat: () => sec(P.glpat + mixed(AL + "-_", 20), "gitlab"),
  slackBot: () => sec(P.xoxb + digits(11) + "-" + digits(13) + "-" + mixed(AL, 24), "slack"),
  slackUser: () => sec(P.xoxp + digits(11) + "-" + digits(12) + "-" + digits(13) + "-" + chars(HEX, 32), "slack"),
  slackWebhook: () => sec(P.slackHook + "T" + mixed(UP + DIG, 8) + "/B" + mixed(UP + DIG, 10) + "/" + mixed(AL, 24), "slack"),
  stripeSecret: () => sec(P.skLive + "51" + mixed(AL, 97), "stripe"),
  stripeRestricted: () => sec(P.rkLive + mixed(AL, 24), "stripe"),
  whsec: () => sec(P.whsec + mixed(AL, 32), "stripe"),
  twilioPair: () => sec("AC" + chars(HEX, 32), "twilio") + '", "' + sec(chars(HEX, 32), "twilio"),
  twilioApiKey: () => ({ sid: sec("SK" + chars(HEX, 32), "twilio"), secret: sec(mixed(AL, 32), "twilio"), account: sec("AC" + chars(HEX, 32), "twilio") }),
  sendgrid: () => sec(P.sg + mixed(B64U, 22) + "." + mixed(B64U, 43), "sendgrid"),
  mailgun: () => sec(P.mgKey + chars(HEX, 32), "mailgun"),
  openai: () => sec(P.oaProj + mixed(B64U, 74) + P.oaMark + mixed(B64U, 74), "openai"),
  anthropic: () => sec(P.ant + mixed(B64U, 93) + "AA", "anthropic"),
  hf: () => sec(P.hf + mixed(UP + LO, 34), "huggingface"),
  npm: () => sec(P.npm + mixed(AL, 36), "npm"),
  pypi: () => sec(P.pypi + P.pypiMac + "CJ" + mixed(B64U, 40) + "AAIqWzMsImJ" + mixed(B64U, 88), "pypi"),
  shpat: () => sec(P.shpat + chars(HEX, 32), "shopify"),
  shpss: () => sec(P.shpss + chars(HEX, 32), "shopify"),
  digitalocean: () => sec(P.dop + chars(HEX, 64), "digitalocean"),
  datadog: () => sec(chars(HEX, 32), "datadog"),
  sentryLegacy: () => sec(`https://${chars(HEX, 32)}:${chars(HEX, 32)}@o${digits(6)}.ingest.sentry.io/${digits(7)}`, "sentry"),
  discord: () => sec(Buffer.from(digits(19)).toString("base64").replace(/=+$/, "") + "." + mixed(B64U, 6) + "." + mixed(B64U, 38), "discord"),
  telegram: () => sec(digits(10) + ":AA" + mixed(B64U, 33), "telegram"),
  googleKey: () => sec(P.aiza + "Sy" + mixed(B64U, 33), "google-api-key"),
  azureStorage: (account) =>
    sec(`DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${mixed(B64, 86)}==;EndpointSuffix=core.windows.net`, "azure-storage"),
  azureClientSecret: () => sec(mixed(AL, 3) + int(1, 9) + "Q~" + mixed(AL + "_~.-", 34), "azure"),
  doppler: () => sec(P.dpst + "prd." + mixed(AL, 43), "doppler"),
  linear: () => sec(P.lin + mixed(AL, 40), "linear"),
  postman: () => sec(P.pmak + chars(HEX, 24) + "-" + chars(HEX, 34), "postman"),
  atlassian: () => sec(P.atatt + mixed(B64U, 171) + "=" + chars("0123456789ABCDEF", 8), "atlassian"),
  nrak: () => sec(P.nrak + mixed(UP + DIG, 27), "newrelic"),
  nrLicense: () => sec(chars(HEX, 36) + "NRAL", "newrelic"),
  djangoKey: () => sec(mixed("abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)", 50), "generic"),
  jwt: (payload) => {
    const key = mixed(AL, 32); // signing key is not written anywhere
    const h = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
    const p = b64url(JSON.stringify(payload));
    const s = crypto.createHmac("sha256", key).update(h + "." + p).digest("base64url");
    return sec(`${h}.${p}.${s}`, "jwt");
  },
  rsaPem: () => pemBlock("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA" + mixed(B64, 1572)),
  rsaPemEscaped: () => sec(T.rsaPem().split("\n").join("\\n") + "\\n", "private-key"),
  ecPem: () => sec(pemBlock("EC PRIVATE KEY", "MHcCAQEEI" + mixed(B64, 44) + "oAoGCCqGSM49AwEHoUQDQgAE" + mixed(B64, 85) + "=="), "private-key"),
  opensshKey: () =>
    sec(
      pemBlock(
        "OPENSSH PRIVATE KEY",
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" +
          "QyNTUxOQAAACA" + mixed(B64, 43) + "AAAAJg" + mixed(B64, 190) + "==",
        70
      ),
      "private-key"
    ),
};

// base64 of 32 random bytes (e.g. an AES-256 key pasted from openssl rand -base64 32)
const mixedB64Key = () => sec(mixed(B64, 43) + "=", "generic");

// ------------------------------------------------ negative generators -----
const NG = {
  stripePk: () => P.pkLive + "51" + mixed(AL, 97),
  stripeX: () => P.skLive + "x".repeat(24),
  ghpX: () => P.ghp + "X".repeat(36),
  shpatX: () => P.shpat + "x".repeat(32),
  awsExampleId: () => P.akia + "IOSFODNN7" + "EXAMPLE",
  awsExampleSecret: () => "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY",
  firebaseKey: () => P.aiza + "Sy" + mixed(B64U, 33),
  uuid: uuid4,
  sha256: () => chars(HEX, 64),
  sha1: () => chars(HEX, 40),
  md5: () => chars(HEX, 32),
  bcrypt: () => "$2b$12$" + mixed("./" + AL, 53),
  pngDataUri: () => "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + mixed(B64, 132) + "AAAAAElFTkSuQmCC",
  rsaPublicPem: () => pemBlock("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + mixed(B64, 342) + "IDAQAB"),
  ecPublicPem: () => pemBlock("PUBLIC KEY", "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + mixed(B64, 88)),
  certLines: () => pemBlock("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIUR" + mixed(B64, 1099) + "sA==").split("\n"),
  sshEd25519Pub: () => "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + mixed(B64, 43),
};

// ------------------------------------------------------------- files ------
const FILES = [];
function file(p, lang, content) {
  FILES.push({ path: p, lang, content: content.replace(/^\n/, "") });
}

// 1 ─ Python: Stripe wrapper ------------------------------------------------
file("billing-svc/src/payments/stripe_client.py", "Python", R`
"""Thin wrapper around the Stripe SDK used by the billing service.

Usage:
    client = StripeClient()
    client.create_payment_intent(amount_cents=1999, currency="usd", customer_id="cus_123")

For local development export STRIPE_SECRET_KEY or put it in .env, e.g.
§N placeholder§    STRIPE_SECRET_KEY=${NG.stripeX()}
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from typing import Optional

import stripe
from stripe.error import CardError, SignatureVerificationError

log = logging.getLogger(__name__)

§S stripe env-fallback§STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "${T.stripeSecret()}")
§N publishable-key§STRIPE_PUBLISHABLE_KEY = "${NG.stripePk()}"  # rendered into checkout.html
§S stripe constant,webhook-secret§STRIPE_WEBHOOK_SECRET = "${T.whsec()}"
§N uuid§IDEMPOTENCY_NAMESPACE = uuid.UUID("${NG.uuid()}")

DEFAULT_CURRENCY = "usd"
MAX_RETRIES = 3


@dataclass
class PaymentResult:
    intent_id: str
    status: str
§N type-declaration§    client_secret: Optional[str] = None


class StripeClient:
    def __init__(self, api_key: str = STRIPE_SECRET_KEY, max_retries: int = MAX_RETRIES):
        stripe.api_key = api_key
        stripe.max_network_retries = max_retries
        self._log = log.getChild("StripeClient")

    def create_payment_intent(self, amount_cents: int, currency: str = DEFAULT_CURRENCY,
                              customer_id: Optional[str] = None) -> PaymentResult:
        idempotency_key = str(uuid.uuid5(IDEMPOTENCY_NAMESPACE, f"{customer_id}:{amount_cents}"))
        self._log.info("creating payment intent amount=%s currency=%s", amount_cents, currency)
        intent = stripe.PaymentIntent.create(
            amount=amount_cents,
            currency=currency,
            customer=customer_id,
            automatic_payment_methods={"enabled": True},
            idempotency_key=idempotency_key,
        )
        return PaymentResult(intent_id=intent.id, status=intent.status, client_secret=intent.client_secret)

    def refund(self, intent_id: str, amount_cents: Optional[int] = None) -> str:
        try:
            refund = stripe.Refund.create(payment_intent=intent_id, amount=amount_cents)
        except CardError as exc:
            self._log.warning("refund failed for %s: %s", intent_id, exc.user_message)
            raise
        return refund.id

    def parse_webhook(self, payload: bytes, sig_header: str) -> stripe.Event:
        try:
            return stripe.Webhook.construct_event(payload, sig_header, STRIPE_WEBHOOK_SECRET)
        except SignatureVerificationError:
§N error-message§            self._log.error("invalid webhook signature, rejecting event")
            raise
        except ValueError:
            self._log.error("malformed webhook payload")
            raise


def mask_key(key: str) -> str:
    """Return a log-safe version of an API key."""
    if len(key) < 12:
        return "***"
    return key[:8] + "..." + key[-4:]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = StripeClient()
    log.info("using key %s", mask_key(STRIPE_SECRET_KEY))
    print(client.create_payment_intent(500))
`);

// 2 ─ TypeScript (frontend): Firebase bootstrap ------------------------------
file("web-dashboard/src/lib/firebase.ts", "TypeScript", R`
// Firebase bootstrap for the dashboard SPA.
// The web config below is public by design: Firebase identifies the project
// with it, access is enforced by Security Rules and App Check.
import { initializeApp, type FirebaseApp } from "firebase/app";
import {
  getAuth,
  signInWithEmailAndPassword,
  createUserWithEmailAndPassword,
  type User,
} from "firebase/auth";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
§N public-client-key§  apiKey: "${NG.firebaseKey()}",
  authDomain: "acme-dashboard-prod.firebaseapp.com",
  projectId: "acme-dashboard-prod",
  storageBucket: "acme-dashboard-prod.appspot.com",
  messagingSenderId: "${digits(12)}",
§N public-identifier§  appId: "1:${digits(12)}:web:${chars(HEX, 22)}",
  measurementId: "G-${mixed(UP + DIG, 10)}",
};

§N name-only§export const PASSWORD_MIN_LENGTH = 12;

export interface SignUpForm {
  email: string;
§N type-declaration§  password: string;
§N type-declaration§  confirmPassword: string;
  displayName?: string;
}

export const loginStrings = {
  en: {
§N i18n§    passwordLabel: "Enter your password",
    submit: "Sign in",
  },
  fr: {
§N i18n§    passwordLabel: "Mot de passe",
    submit: "Se connecter",
  },
};

let app: FirebaseApp | undefined;

export function firebaseApp(): FirebaseApp {
  if (!app) {
    app = initializeApp(firebaseConfig);
  }
  return app;
}

export const auth = () => getAuth(firebaseApp());
export const db = () => getFirestore(firebaseApp());

export function validateSignUp(form: SignUpForm): string[] {
  const errors: string[] = [];
  if (form.password.length < PASSWORD_MIN_LENGTH) {
    errors.push(${BT}Password must be at least ${D}{PASSWORD_MIN_LENGTH} characters${BT});
  }
§N comparison§  if (form.password !== form.confirmPassword) {
    errors.push("Passwords do not match");
  }
  return errors;
}

§N param§export async function signIn(email: string, password: string): Promise<User> {
  const cred = await signInWithEmailAndPassword(auth(), email, password);
  return cred.user;
}

export async function signUp(form: SignUpForm): Promise<User> {
  const problems = validateSignUp(form);
  if (problems.length > 0) {
    throw new Error(problems.join("; "));
  }
  const cred = await createUserWithEmailAndPassword(auth(), form.email, form.password);
  return cred.user;
}
`);

// 3 ─ JavaScript: Express auth middleware ------------------------------------
file("api-gateway/src/middleware/auth.js", "JavaScript", R`
"use strict";

const jwt = require("jsonwebtoken");
const crypto = require("crypto");
const logger = require("../logger");

§N name-only§const TOKEN_HEADER = "X-Auth-Token";
§N regex§const BEARER_RE = /^Bearer\s+([A-Za-z0-9\-._~+/]+=*)$/;
§S generic env-fallback,jwt-signing-key§const JWT_SECRET = process.env.JWT_SECRET || "${T.generic(AL + "-_", 48)}";
const JWT_ISSUER = "api-gateway";
const CLOCK_TOLERANCE_S = 30;

// Long-lived token the gateway presents to the reporting service.
// TODO(sec-1142): move to the secrets manager before the next audit
§S jwt constant§const REPORTING_SERVICE_TOKEN = "${T.jwt({ sub: "svc:api-gateway", aud: "reporting-service", iss: "api-gateway", iat: 1717430400, exp: 2032790400, scope: "reports:read reports:export" })}";

function extractToken(req) {
  const header = req.get("authorization");
  if (header) {
    const m = BEARER_RE.exec(header);
    return m ? m[1] : null;
  }
  return req.get(TOKEN_HEADER) || null;
}

function requireAuth(options = {}) {
  const { roles = [] } = options;
  return (req, res, next) => {
    const token = extractToken(req);
    if (!token) {
      return res.status(401).json({ error: "missing credentials" });
    }
    try {
      const claims = jwt.verify(token, JWT_SECRET, {
        issuer: JWT_ISSUER,
        clockTolerance: CLOCK_TOLERANCE_S,
      });
      if (roles.length && !roles.some((r) => (claims.roles || []).includes(r))) {
        return res.status(403).json({ error: "forbidden" });
      }
      req.user = claims;
      return next();
    } catch (err) {
      logger.warn({ err: err.message, path: req.path }, "jwt verification failed");
§N error-message§      return res.status(401).json({ error: "invalid token" });
    }
  };
}

// Tokens for the legacy mobile app (v3.x) are still minted with the old key.
function issueLegacyToken(user) {
  const payload = { sub: String(user.id), email: user.email, legacy: true };
§S generic function-arg,jwt-signing-key§  return jwt.sign(payload, "${T.generic(AL, 40)}", { algorithm: "HS256", expiresIn: "1h" });
}

function issueToken(user, ttl = "15m") {
  return jwt.sign({ sub: String(user.id), roles: user.roles }, JWT_SECRET, {
    algorithm: "HS256",
    issuer: JWT_ISSUER,
    expiresIn: ttl,
  });
}

function reportingHeaders() {
  return {
    Authorization: ${BT}Bearer ${D}{REPORTING_SERVICE_TOKEN}${BT},
    "X-Request-Id": crypto.randomUUID(),
  };
}

module.exports = { requireAuth, issueToken, issueLegacyToken, reportingHeaders, TOKEN_HEADER };
`);

// 4 ─ Go: Postgres + Redis wiring -------------------------------------------
file("inventory-service/internal/db/postgres.go", "Go", R`
// Package db wires up the Postgres pool and the Redis cache used by the
// inventory service.
package db

import (
    "context"
    "fmt"
    "log/slog"
    "os"
    "time"

    "github.com/jackc/pgx/v5/pgxpool"
    "github.com/redis/go-redis/v9"
)

const (
    defaultMaxConns    = 20
    defaultConnTimeout = 5 * time.Second
)

// Fallbacks used when the DSN env vars are not set (ops asked to keep these
// working for the on-call runbook).
§S connection-string constant,postgres§const defaultDSN = "${T.conn((pw) => `postgres://inventory_app:${pw}@db-prod-01.internal.acme-corp.net:5432/inventory?sslmode=require`)}"
§S connection-string constant,redis§const defaultRedisURL = "${T.conn((pw) => `redis://default:${pw}@cache-inventory.internal.acme-corp.net:6379/0`)}"

// Config holds pool settings.
type Config struct {
    Host     string
    Port     int
    User     string
§N type-declaration§    Password string
    Database string
    MaxConns int32
}

// FromEnv builds a Config from the process environment.
func FromEnv() Config {
    return Config{
        Host:     getenv("DB_HOST", "localhost"),
        Port:     5432,
        User:     getenv("DB_USER", "inventory_app"),
§N env-ref§        Password: os.Getenv("DB_PASSWORD"),
        Database: getenv("DB_NAME", "inventory"),
        MaxConns: defaultMaxConns,
    }
}

func getenv(key, fallback string) string {
    if v, ok := os.LookupEnv(key); ok {
        return v
    }
    return fallback
}

// DSN renders the connection string for pgx.
func (c Config) DSN() string {
§N format-string§    return fmt.Sprintf("postgres://%s:%s@%s:%d/%s?sslmode=require", c.User, c.Password, c.Host, c.Port, c.Database)
}

// ConnectAs opens a pool with explicit credentials (used by the migration tool).
§N param§func ConnectAs(ctx context.Context, user, password string) (*pgxpool.Pool, error) {
    cfg := FromEnv()
    cfg.User = user
    cfg.Password = password
    return Connect(ctx, cfg)
}

// Connect opens a pool. If cfg has no password the compiled-in default DSN is used.
func Connect(ctx context.Context, cfg Config) (*pgxpool.Pool, error) {
    dsn := defaultDSN
    if cfg.Password != "" {
        dsn = cfg.DSN()
    }
    poolCfg, err := pgxpool.ParseConfig(dsn)
    if err != nil {
        return nil, fmt.Errorf("parse dsn: %w", err)
    }
    poolCfg.MaxConns = cfg.MaxConns
    poolCfg.ConnConfig.ConnectTimeout = defaultConnTimeout
    pool, err := pgxpool.NewWithConfig(ctx, poolCfg)
    if err != nil {
        return nil, fmt.Errorf("connect: %w", err)
    }
    slog.Info("postgres pool ready", "host", poolCfg.ConnConfig.Host, "max_conns", poolCfg.MaxConns)
    return pool, nil
}

// NewCache returns a redis client for the SKU cache.
func NewCache() (*redis.Client, error) {
    opts, err := redis.ParseURL(getenv("REDIS_URL", defaultRedisURL))
    if err != nil {
        return nil, fmt.Errorf("redis url: %w", err)
    }
    return redis.NewClient(opts), nil
}
`);

// 5 ─ Java: Slack notifier ---------------------------------------------------
file("notification-service/src/main/java/com/acme/notify/SlackNotifier.java", "Java", R`
package com.acme.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Posts deployment and incident notifications to Slack.
 */
@Component
public class SlackNotifier {

    private static final Logger log = LoggerFactory.getLogger(SlackNotifier.class);

§S slack constant§    private static final String BOT_TOKEN = "${T.slackBot()}";
§S slack-webhook constant§    private static final String INCIDENT_WEBHOOK_URL = "${T.slackWebhook()}";
§N name-only§    private static final String AUTH_HEADER = "Authorization";
    private static final String POST_MESSAGE_URL = "https://slack.com/api/chat.postMessage";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

§N config-ref§    @Value("${D}{slack.signing-secret}")
    private String signingSecret;

    @Value("${D}{slack.default-channel:#deploys}")
    private String defaultChannel;

    public void postMessage(String channel, String text) throws IOException, InterruptedException {
        String body = mapper.writeValueAsString(Map.of("channel", channel, "text", text));
        HttpRequest req = HttpRequest.newBuilder(URI.create(POST_MESSAGE_URL))
                .header(AUTH_HEADER, "Bearer " + BOT_TOKEN)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200 || !resp.body().contains("\"ok\":true")) {
            log.warn("slack postMessage failed: status={} body={}", resp.statusCode(), resp.body());
        }
    }

    public void postIncident(String service, String severity, String summary) throws IOException, InterruptedException {
        String text = String.format(":rotating_light: [%s] %s - %s", severity, service, summary);
        HttpRequest req = HttpRequest.newBuilder(URI.create(INCIDENT_WEBHOOK_URL))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(Map.of("text", text))))
                .build();
        http.send(req, HttpResponse.BodyHandlers.discarding());
        log.info("incident posted for {}", service);
    }

    /** Verifies the X-Slack-Signature header of an inbound interaction payload. */
    public boolean verifySignature(String timestamp, String body, String signature) {
        String base = "v0:" + timestamp + ":" + body;
        String expected = "v0=" + Hmac.sha256Hex(signingSecret, base);
        return MessageDigestUtil.constantTimeEquals(expected, signature);
    }

    public String getDefaultChannel() {
        return defaultChannel;
    }
}
`);

// 6 ─ Kotlin: SMS + geocoding ------------------------------------------------
file("mobile-backend/src/main/kotlin/com/acme/mobile/notify/SmsAndGeoService.kt", "Kotlin", R`
package com.acme.mobile.notify

import com.google.maps.GeoApiContext
import com.google.maps.GeocodingApi
import com.google.maps.model.LatLng
import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber
import org.slf4j.LoggerFactory
import java.util.concurrent.TimeUnit

data class SignupRequest(
    val email: String,
    val phone: String,
§N type-declaration§    val password: String,
    val confirmPassword: String,
)

/**
 * Sends OTP codes by SMS and resolves delivery addresses for the courier app.
 */
class SmsAndGeoService(private val fromNumber: String = "+15005550006") {
    private val log = LoggerFactory.getLogger(SmsAndGeoService::class.java)

    private val geo: GeoApiContext = GeoApiContext.Builder()
§S google-api-key builder§        .apiKey("${T.googleKey()}")
        .connectTimeout(2, TimeUnit.SECONDS)
        .readTimeout(5, TimeUnit.SECONDS)
        .maxRetries(2)
        .build()

    init {
§S twilio function-arg§        Twilio.init("${T.twilioPair()}")
    }

    fun sendOtp(to: String, code: String): String {
        val msg = Message.creator(PhoneNumber(to), PhoneNumber(fromNumber), "Your ACME code is $code").create()
        log.info("sent otp sid={} status={}", msg.sid, msg.status)
        return msg.sid
    }

    fun validateSignup(req: SignupRequest): List<String> {
        val errors = mutableListOf<String>()
        if (req.password.length < MIN_PASSWORD_LENGTH) errors += "password too short"
§N comparison§        if (req.password != req.confirmPassword) errors += "passwords do not match"
        if (!req.phone.startsWith("+")) errors += "phone must be E.164"
        return errors
    }

    fun reverseGeocode(lat: Double, lng: Double): String? {
        val results = GeocodingApi.reverseGeocode(geo, LatLng(lat, lng)).await()
        return results.firstOrNull()?.formattedAddress
    }

    fun verifyStatusCallback(token: String?): Boolean {
        val expected = statusCallbackToken ?: return false
        return token != null && java.security.MessageDigest.isEqual(expected.toByteArray(), token.toByteArray())
    }

    companion object {
§N name-only§        const val MIN_PASSWORD_LENGTH = 10
§N env-ref§        val statusCallbackToken: String? = System.getenv("TWILIO_STATUS_CALLBACK_TOKEN")
    }
}
`);

// 7 ─ C#: service registration -----------------------------------------------
file("Orders.Api/Infrastructure/ServiceRegistration.cs", "C#", R`
using System.ComponentModel.DataAnnotations;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Orders.Api.Data;

namespace Orders.Api.Infrastructure;

public static class ServiceRegistration
{
§S connection-string constant,sqlserver§    private const string FallbackSqlConnection = "${T.conn((pw) => `Server=tcp:sql-orders-prod.database.windows.net,1433;Initial Catalog=orders;User ID=orders_svc;Password=${pw};Encrypt=True;TrustServerCertificate=False;`, {})}";
§S azure-storage constant§    private const string InvoiceStorage = "${T.azureStorage("acmeinvoicesprod")}";

    public static IServiceCollection AddOrdersInfrastructure(this IServiceCollection services, IConfiguration config)
    {
§N config-ref§        var sqlConnection = config.GetConnectionString("OrdersDb") ?? FallbackSqlConnection;
        services.AddDbContext<OrdersDbContext>(opt => opt.UseSqlServer(sqlConnection, sql => sql.EnableRetryOnFailure(3)));
        services.AddSingleton(_ => new BlobServiceClient(InvoiceStorage));

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = "https://auth.acme-corp.net",
                    ValidateAudience = true,
                    ValidAudience = "orders-api",
§S generic function-arg,jwt-signing-key§                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${T.generic(AL, 64)}")),
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        services.AddScoped<UserService>();
        return services;
    }
}

public class RegisterUserRequest
{
    [Required, EmailAddress]
    public string Email { get; set; } = "";

§N name-only§    [Required, MinLength(12), Display(Name = "Password")]
§N type-declaration§    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The password and confirmation password do not match.")]
    public string ConfirmPassword { get; set; } = "";
}

public class UserService
{
    private readonly OrdersDbContext _db;
    private readonly ILogger<UserService> _logger;

    public UserService(OrdersDbContext db, ILogger<UserService> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<User> RegisterAsync(RegisterUserRequest request)
    {
        var user = new User { Email = request.Email.Trim().ToLowerInvariant() };
§N hash-call§        user.PasswordHash = BCrypt.Net.BCrypt.HashPassword(request.Password, workFactor: 12);
        _db.Users.Add(user);
        await _db.SaveChangesAsync();
        _logger.LogInformation("registered user {UserId}", user.Id);
        return user;
    }
}
`);

// 8 ─ Ruby: Shopify initializer ----------------------------------------------
file("storefront/config/initializers/shopify_app.rb", "Ruby", R`
# frozen_string_literal: true

require "shopify_api"
require "openssl"
require "base64"

# Shopify Admin API setup for the storefront sync jobs.
#
# Token format reminder (from the Shopify docs, never commit a real one):
§N placeholder§#   SHOPIFY_ADMIN_TOKEN=${NG.shpatX()}
module Storefront
  module ShopifySetup
    SHOP_DOMAIN = "acme-outdoor.myshopify.com"
    API_VERSION = "2024-07"
§S shopify constant§    ADMIN_ACCESS_TOKEN = "${T.shpat()}"

    def self.configure!
      ShopifyAPI::Context.setup(
§N env-ref§        api_key: ENV.fetch("SHOPIFY_API_KEY"),
§S shopify keyword-arg§        api_secret_key: "${T.shpss()}",
        host: "https://storefront.acme-outdoor.com",
        scope: "read_products,write_inventory,read_orders",
        is_embedded: false,
        api_version: API_VERSION,
        is_private: true,
        logger: Rails.logger,
      )
    end

    def self.session
      ShopifyAPI::Auth::Session.new(shop: SHOP_DOMAIN, access_token: ADMIN_ACCESS_TOKEN)
    end

    def self.webhook_secret
§N secret-store§      Rails.application.credentials.dig(:shopify, :webhook_secret)
    end

    def self.verify_webhook(data, hmac_header)
      digest = OpenSSL::HMAC.digest("sha256", webhook_secret, data)
      ActiveSupport::SecurityUtils.secure_compare(Base64.strict_encode64(digest), hmac_header.to_s)
    end
  end
end

class InventorySyncJob < ApplicationJob
  queue_as :shopify

  BATCH_SIZE = 250

  def perform(location_id)
    client = ShopifyAPI::Clients::Rest::Admin.new(session: Storefront::ShopifySetup.session)
    Product.where(sync_enabled: true).find_in_batches(batch_size: BATCH_SIZE) do |batch|
      batch.each do |product|
        client.post(
          path: "inventory_levels/set",
          body: { location_id: location_id, inventory_item_id: product.shopify_inventory_item_id, available: product.stock },
        )
      end
      Rails.logger.info("synced #{batch.size} products to location #{location_id}")
    end
  rescue ShopifyAPI::Errors::HttpResponseError => e
    Rails.logger.error("shopify sync failed: #{e.code} #{e.message}")
    raise
  end
end

Storefront::ShopifySetup.configure! unless Rails.env.test?
`);

// 9 ─ PHP: WordPress mail transport -------------------------------------------
const twk = T.twilioApiKey();
file("wp-plugin/acme-mailer/includes/class-mail-transport.php", "PHP", R`
<?php
/**
 * Mailgun + Twilio transport for ACME Mailer.
 *
 * @package AcmeMailer
 */

namespace AcmeMailer;

use Twilio\Rest\Client as TwilioClient;

defined( 'ABSPATH' ) || exit;

§S password constant,define§define( 'ACME_MAILER_DB_PASSWORD', '${T.pw()}' );
define( 'ACME_MAILER_DB_USER', 'acme_mailer' );

class Mail_Transport {

    const API_BASE = 'https://api.mailgun.net/v3';

§S mailgun property§    private $api_key = '${T.mailgun()}';
    private $domain  = 'mg.acme-corp.net';

    /** @var TwilioClient */
    private $sms;

    /** Partner CSV feed with suppressed addresses. */
§S basic-auth url§    private $suppression_feed = '${T.conn((pw) => `https://acme-sync:${pw}@feeds.listhygiene.io/export/suppressed.csv`)}';

    public function __construct() {
§N env-ref§        $override = getenv( 'MAILGUN_API_KEY' );
        if ( $override ) {
            $this->api_key = $override;
        }
§S twilio function-arg§        $this->sms = new TwilioClient( '${twk.sid}', '${twk.secret}', '${twk.account}' );
    }

    public function send( $to, $subject, $html ) {
        $response = wp_remote_post(
            self::API_BASE . '/' . $this->domain . '/messages',
            array(
                'headers' => array(
                    'Authorization' => 'Basic ' . base64_encode( 'api:' . $this->api_key ),
                ),
                'body'    => array(
                    'from'    => 'ACME <no-reply@' . $this->domain . '>',
                    'to'      => $to,
                    'subject' => $subject,
                    'html'    => $html,
                ),
                'timeout' => 15,
            )
        );
        if ( is_wp_error( $response ) ) {
            error_log( 'acme-mailer: send failed: ' . $response->get_error_message() );
            return false;
        }
        return 200 === wp_remote_retrieve_response_code( $response );
    }

    public function send_sms( $to, $body ) {
        return $this->sms->messages->create( $to, array( 'from' => '+14155550100', 'body' => $body ) );
    }

    public function fetch_suppressions() {
        $csv = wp_remote_retrieve_body( wp_remote_get( $this->suppression_feed, array( 'timeout' => 30 ) ) );
        return array_filter( array_map( 'trim', explode( "\n", $csv ) ) );
    }

    public function settings_fields() {
        return array(
§N i18n§            'password_label' => __( 'Password', 'acme-mailer' ),
§N masked§            'password_value' => '********',
            'help'           => __( 'Leave blank to keep the current value.', 'acme-mailer' ),
        );
    }

§N param§    public function register_local_user( $email, $password ) {
§N hash-call§        $hash = password_hash( $password, PASSWORD_BCRYPT );
        global $wpdb;
        $wpdb->insert( $wpdb->prefix . 'acme_mailer_users', array( 'email' => $email, 'pass_hash' => $hash ) );
        return $wpdb->insert_id;
    }
}
`);

// 10 ─ Rust: worker config --------------------------------------------------
file("ingest-worker/src/config.rs", "Rust", R`
//! Runtime configuration for the ingest worker.

use std::env;
use std::time::Duration;

use serde::Deserialize;
use tracing::{info, warn};

/// Datadog intake used for custom metrics.
§S datadog constant§const DATADOG_API_KEY: &str = "${T.datadog()}";
const DATADOG_SITE: &str = "datadoghq.eu";

/// Broker used when AMQP_URL is not provided.
§S connection-string constant,amqp§const DEFAULT_AMQP_URL: &str = "${T.conn((pw) => `amqp://ingest:${pw}@rabbitmq.prod.internal:5672/%2f`)}";

/// SHA-256 of the schema bundle we expect to load at startup.
§N hash§const SCHEMA_BUNDLE_SHA256: &str = "${NG.sha256()}";

#[derive(Debug, Clone, Deserialize)]
pub struct DbSettings {
    pub host: String,
    pub port: u16,
    pub user: String,
§N type-declaration§    pub password: Option<String>,
    pub database: String,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub amqp_url: String,
    pub prefetch: u16,
    pub dd_api_key: String,
    pub dd_app_key: Option<String>,
    pub flush_interval: Duration,
    pub db: DbSettings,
}

impl Settings {
    pub fn from_env() -> Self {
        let amqp_url = env::var("AMQP_URL").unwrap_or_else(|_| DEFAULT_AMQP_URL.to_string());
        let prefetch = env::var("PREFETCH").ok().and_then(|v| v.parse().ok()).unwrap_or(64);
§N env-ref§        let dd_app_key = env::var("DD_APP_KEY").ok();
        if dd_app_key.is_none() {
            warn!("DD_APP_KEY not set; dashboard sync disabled");
        }
        let db = DbSettings {
            host: env::var("PGHOST").unwrap_or_else(|_| "localhost".into()),
            port: 5432,
            user: env::var("PGUSER").unwrap_or_else(|_| "ingest".into()),
§N env-ref§            password: env::var("PGPASSWORD").ok(),
            database: "events".into(),
        };
        info!(prefetch, site = DATADOG_SITE, "loaded settings");
        Settings {
            amqp_url,
            prefetch,
            dd_api_key: DATADOG_API_KEY.to_string(),
            dd_app_key,
            flush_interval: Duration::from_secs(10),
            db,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_sane() {
        let s = Settings::from_env();
        assert!(s.prefetch > 0);
        assert_eq!(s.db.port, 5432);
    }

    #[test]
    fn schema_hash_is_hex() {
        assert_eq!(SCHEMA_BUNDLE_SHA256.len(), 64);
        assert!(SCHEMA_BUNDLE_SHA256.chars().all(|c| c.is_ascii_hexdigit()));
    }
}
`);

// 11 ─ Scala: Spark warehouse sink -------------------------------------------
file("analytics-pipeline/src/main/scala/com/acme/etl/WarehouseSink.scala", "Scala", R`
package com.acme.etl

import com.typesafe.config.ConfigFactory
import com.zaxxer.hikari.{HikariConfig, HikariDataSource}
import org.apache.spark.sql.{DataFrame, SaveMode, SparkSession}
import org.slf4j.LoggerFactory

import java.util.Properties

/** Writes curated tables to the Postgres warehouse and archives raw files to S3.
  *
  * For local runs configure ~/.aws/credentials, e.g. (AWS documentation sample values):
§N example§  *   aws_access_key_id     = ${NG.awsExampleId()}
§N example§  *   aws_secret_access_key = ${NG.awsExampleSecret()}
  */
object WarehouseSink {
  private val log = LoggerFactory.getLogger(getClass)
  private val conf = ConfigFactory.load()

§S connection-string constant,jdbc§  private val JdbcUrl = "${T.conn((pw) => `jdbc:postgresql://warehouse.internal.acme-corp.net:5432/analytics?user=etl_writer&password=${pw}&ssl=true`)}"
  private val ArchiveBucket = "s3a://acme-analytics-archive/raw"

  def spark(appName: String): SparkSession = {
    val session = SparkSession.builder().appName(appName).getOrCreate()
    val hc = session.sparkContext.hadoopConfiguration
§S aws function-arg§    hc.set("fs.s3a.access.key", "${T.awsKeyId()}")
§S aws function-arg§    hc.set("fs.s3a.secret.key", "${T.awsSecret()}")
    hc.set("fs.s3a.endpoint", "s3.eu-west-1.amazonaws.com")
    session
  }

  def jdbcProps(): Properties = {
    val props = new Properties()
    props.setProperty("driver", "org.postgresql.Driver")
§N env-ref§    props.setProperty("password", sys.env.getOrElse("WAREHOUSE_PASSWORD", ""))
    props.setProperty("batchsize", "5000")
    props
  }

  def replicaProps(): Properties = {
    val props = new Properties()
    props.setProperty("user", conf.getString("replica.user"))
§N config-ref§    props.setProperty("password", conf.getString("replica.password"))
    props
  }

  def auditDataSource(): HikariDataSource = {
    val hc = new HikariConfig()
    hc.setJdbcUrl("jdbc:postgresql://audit-db.internal.acme-corp.net:5432/audit")
    hc.setUsername("audit_writer")
§S password builder,setter§    hc.setPassword("${T.pw()}")
    hc.setMaximumPoolSize(4)
    new HikariDataSource(hc)
  }

  def writeTable(df: DataFrame, table: String, mode: SaveMode = SaveMode.Append): Unit = {
    log.info(s"writing ${D}{df.count()} rows to $table")
    df.write
      .mode(mode)
      .option("truncate", "true")
      .jdbc(JdbcUrl, table, jdbcProps())
  }

  def archive(df: DataFrame, dataset: String, day: String): Unit = {
    val target = s"$ArchiveBucket/$dataset/dt=$day"
    df.write.mode(SaveMode.Overwrite).parquet(target)
    log.info(s"archived $dataset to $target")
  }

  def main(args: Array[String]): Unit = {
    val Array(dataset, day) = args
    val session = spark(s"warehouse-sink-$dataset")
    val df = session.read.parquet(s"s3a://acme-analytics-landing/$dataset/dt=$day")
    writeTable(df, s"curated.$dataset")
    archive(df, dataset, day)
    session.stop()
  }
}
`);

// 12 ─ Swift: assistant client ------------------------------------------------
file("ios-app/Sources/Networking/AssistantClient.swift", "Swift", R`
import Foundation
import os.log

struct ChatMessage: Codable {
    let role: String
    let content: String
}

struct ChatRequest: Codable {
    let model: String
    let messages: [ChatMessage]
    let temperature: Double
}

/// Talks to the OpenAI API for the in-app writing assistant.
final class AssistantClient {
    static let shared = AssistantClient()

    private let session: URLSession
    private let baseURL = URL(string: "https://api.openai.com/v1")!
§S openai constant§    private let apiKey = "${T.openai()}"
§N config-ref§    private let environmentName = Bundle.main.object(forInfoDictionaryKey: "APP_ENVIRONMENT") as? String ?? "production"
    private let logger = Logger(subsystem: "com.acme.ios", category: "assistant")

    init(session: URLSession = .shared) {
        self.session = session
    }

    func complete(prompt: String) async throws -> String {
        var request = URLRequest(url: baseURL.appendingPathComponent("chat/completions"))
        request.httpMethod = "POST"
        request.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body = ChatRequest(model: "gpt-4o-mini", messages: [ChatMessage(role: "user", content: prompt)], temperature: 0.3)
        request.httpBody = try JSONEncoder().encode(body)

        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
            logger.error("assistant request failed in \(self.environmentName, privacy: .public)")
            throw URLError(.badServerResponse)
        }
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let choices = json?["choices"] as? [[String: Any]]
        let message = choices?.first?["message"] as? [String: Any]
        return message?["content"] as? String ?? ""
    }
}

/// Encrypts unsent drafts before they are written to the app container.
struct DraftCache {
§S generic constant,encryption-key§    private let encryptionKey = "${mixedB64Key()}"
    private let directory = FileManager.default.urls(for: .cachesDirectory, in: .userDomainMask)[0]

    func url(for draftID: UUID) -> URL {
        directory.appendingPathComponent("draft-\(draftID.uuidString).bin")
    }
}

/// Login screen strings
enum LoginStrings {
§N i18n§    static let passwordPlaceholder = NSLocalizedString("Enter your password", comment: "Password field placeholder")
    static let forgotPassword = NSLocalizedString("Forgot password?", comment: "Link below the login button")
}

final class SessionStore {
    func refreshToken() -> String? {
§N secret-store§        KeychainHelper.standard.read(service: "com.acme.ios.auth", account: "refreshToken")
    }

§N param§    func signIn(email: String, password: String) async throws {
        let creds = ["email": email, "password": password]
        _ = try JSONSerialization.data(withJSONObject: creds)
    }
}
`);

// 13 ─ Elixir: runtime config ------------------------------------------------
file("chat_service/config/runtime.exs", "Elixir", R`
import Config

# Runtime configuration, evaluated on boot in releases and in dev.
# Generate a new secret_key_base with mix phx.gen.secret, e.g.
§N placeholder§#   secret_key_base: "CHANGE_ME"

if System.get_env("PHX_SERVER") do
  config :chat, ChatWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
§N env-ref§    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      """

  config :chat, Chat.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),
    ssl: true

  host = System.get_env("PHX_HOST") || "chat.acme-corp.net"
  port = String.to_integer(System.get_env("PORT") || "4000")

  config :chat, ChatWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: port],
§S generic keyword-arg,secret-key-base§    secret_key_base: "${T.generic(B64, 64)}"

  config :chat, Chat.Bridges.Discord,
    guild_id: ${digits(18)},
§S discord keyword-arg§    bot_token: "${T.discord()}",
    announce_channel: "release-notes"

  config :chat, Chat.Mailer,
    adapter: Swoosh.Adapters.Postmark,
§N env-ref§    api_key: System.fetch_env!("POSTMARK_API_KEY")
end

if config_env() == :dev do
  config :chat, Chat.Repo,
    username: "postgres",
§N dev-default§    password: "postgres",
    hostname: "localhost",
    database: "chat_dev",
    show_sensitive_data_on_connection_error: true,
    pool_size: 10
end

if config_env() == :test do
  config :chat, Chat.Repo,
    username: "postgres",
§N test-fixture§    password: "postgres",
    database: "chat_test#{System.get_env("MIX_TEST_PARTITION")}",
    pool: Ecto.Adapters.SQL.Sandbox
end
`);

// 14 ─ C: OTA client ---------------------------------------------------------
const caLines = NG.certLines();
file("firmware-uploader/src/ota_client.c", "C", R`
/*
 * ota_client.c - downloads signed firmware images from GitHub releases and
 * reports progress over MQTT.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>
#include <mosquitto.h>

#include "ota_client.h"
#include "sha256.h"

#define OTA_RELEASES_URL "https://api.github.com/repos/acme-iot/sensor-firmware/releases/latest"
#define MQTT_HOST "mqtt.iot.acme-corp.net"
#define MQTT_PORT 8883
#define MQTT_USER "ota-uploader"
§S password define§#define MQTT_PASSWORD "${T.pw()}"
§N name-only§#define MQTT_PASSWORD_MAX_LEN 64

§S github constant§static const char *GITHUB_TOKEN = "${T.ghp()}";

/* expected digest of the bootloader stage, pinned at build time */
§N hash§static const char *BOOTLOADER_SHA256 = "${NG.sha256()}";

/* broker CA, pinned so that devices do not depend on the system store */
§NB public-cert§static const char *MQTT_CA_CERT =
${caLines.map((l) => `    "${l}\\n"`).join("\n")};§E§

struct buffer {
    char *data;
    size_t len;
};

static size_t write_cb(void *ptr, size_t size, size_t nmemb, void *userdata)
{
    struct buffer *buf = userdata;
    size_t n = size * nmemb;
    char *grown = realloc(buf->data, buf->len + n + 1);
    if (grown == NULL)
        return 0;
    buf->data = grown;
    memcpy(buf->data + buf->len, ptr, n);
    buf->len += n;
    buf->data[buf->len] = '\0';
    return n;
}

int ota_fetch_manifest(struct buffer *out)
{
    CURL *curl = curl_easy_init();
    struct curl_slist *headers = NULL;
    char auth[128];
    const char *token = GITHUB_TOKEN;
§N env-ref§    const char *override = getenv("OTA_GITHUB_TOKEN");
    CURLcode rc;

    if (override != NULL && override[0] != '\0')
        token = override;
§N format-string§    snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
    headers = curl_slist_append(headers, auth);
    headers = curl_slist_append(headers, "Accept: application/vnd.github+json");
    headers = curl_slist_append(headers, "User-Agent: acme-ota/1.4");

    curl_easy_setopt(curl, CURLOPT_URL, OTA_RELEASES_URL);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_cb);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    rc = curl_easy_perform(curl);

    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}

int ota_verify_bootloader(const unsigned char *image, size_t len)
{
    char hex[65];
    sha256_hex(image, len, hex);
    return strcmp(hex, BOOTLOADER_SHA256) == 0 ? 0 : -1;
}

int ota_mqtt_connect(struct mosquitto **out)
{
    struct mosquitto *m = mosquitto_new("ota-uploader", true, NULL);
    if (m == NULL)
        return -1;
    mosquitto_username_pw_set(m, MQTT_USER, MQTT_PASSWORD);
    mosquitto_tls_set(m, "/etc/acme/mqtt-ca.pem", NULL, NULL, NULL, NULL);
    if (mosquitto_connect(m, MQTT_HOST, MQTT_PORT, 30) != MOSQ_ERR_SUCCESS) {
        fprintf(stderr, "ota: mqtt connect failed\n");
        mosquitto_destroy(m);
        return -1;
    }
    *out = m;
    return 0;
}
`);

// 15 ─ Shell: release script -------------------------------------------------
file("ops/scripts/deploy_release.sh", "Shell", R`
#!/usr/bin/env bash
# Build, tag and publish a release of the web app.
#
# Usage: deploy_release.sh <version> [--dry-run]
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${D}{BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel)"
VERSION="${D}{1:?usage: deploy_release.sh <version>}"
DRY_RUN="${D}{2:-}"

§S gitlab constant,export§export GITLAB_TOKEN="${T.glpat()}"
GITLAB_API="https://gitlab.acme-corp.net/api/v4"
PROJECT_ID=412
§N commit-sha§PINNED_BASE_SHA="${NG.sha1()}"
§N hash§BASE_IMAGE="node:20-alpine@sha256:${NG.sha256()}"
§N env-ref§DB_PASSWORD="${D}{DB_PASSWORD:?DB_PASSWORD must be set}"
§N secret-store§REGISTRY_TOKEN="$(vault kv get -field=token secret/ci/registry)"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

configure_npm() {
  log "configuring npm registry auth"
§S npm config-file§  echo "//registry.npmjs.org/:_authToken=${T.npm()}" > "$HOME/.npmrc"
}

install_deploy_key() {
  mkdir -p ~/.ssh && chmod 700 ~/.ssh
  cat > ~/.ssh/id_ed25519 <<'EOF'
§SB private-key pem,heredoc§${T.opensshKey()}§E§
EOF
  chmod 600 ~/.ssh/id_ed25519
§N public-key§  echo "gitlab.acme-corp.net ${NG.sshEd25519Pub()}" >> ~/.ssh/known_hosts
}

build_image() {
  log "building image acme/web:$VERSION from $BASE_IMAGE"
  docker build --build-arg BASE_IMAGE="$BASE_IMAGE" -t "registry.acme-corp.net/acme/web:$VERSION" "$REPO_ROOT"
  echo "$REGISTRY_TOKEN" | docker login registry.acme-corp.net -u ci --password-stdin
  docker push "registry.acme-corp.net/acme/web:$VERSION"
}

run_migrations() {
  log "running migrations"
  PGPASSWORD="$DB_PASSWORD" psql -h db-prod-01.internal -U deploy -d app -f "$REPO_ROOT/db/migrate.sql"
}

create_release() {
  curl --fail -sS -X POST "$GITLAB_API/projects/$PROJECT_ID/releases" \
    -H "PRIVATE-TOKEN: $GITLAB_TOKEN" \
    -H "Content-Type: application/json" \
    -d "{\"tag_name\": \"v$VERSION\", \"ref\": \"$PINNED_BASE_SHA\", \"name\": \"v$VERSION\"}"
}

confirm() {
§N prompt§  read -r -s -p "Vault password for prod approval: " APPROVAL_PASSWORD
  echo
  [[ -n "$APPROVAL_PASSWORD" ]] || { echo "aborted"; exit 1; }
}

main() {
  confirm
  configure_npm
  install_deploy_key
  build_image
  if [[ "$DRY_RUN" == "--dry-run" ]]; then
    log "dry run: skipping migrations and release"
    exit 0
  fi
  run_migrations
  create_release
  log "released v$VERSION"
}

main "$@"
`);

// 16 ─ PowerShell: key rotation ----------------------------------------------
file("infra/scripts/Rotate-StorageKeys.ps1", "PowerShell", R`
<#
.SYNOPSIS
    Rotates storage account keys for the platform subscription and posts a
    summary to the #platform-ops Slack channel.
.PARAMETER SubscriptionId
    Target subscription.
.EXAMPLE
    ./Rotate-StorageKeys.ps1 -SubscriptionId 00000000-0000-0000-0000-000000000000
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)] [string] $SubscriptionId,
    [string] $ResourceGroup = "rg-platform-prod",
§N param§    [SecureString] $AdminPassword
)

$ErrorActionPreference = "Stop"
§N uuid§$tenantId = "${NG.uuid()}"
§N uuid§$appId = "${NG.uuid()}"
§S azure client-secret§$clientSecret = "${T.azureClientSecret()}"
§N env-ref§if ($env:AZURE_CLIENT_SECRET) { $clientSecret = $env:AZURE_CLIENT_SECRET }

$cred = New-Object System.Management.Automation.PSCredential($appId, (ConvertTo-SecureString $clientSecret -AsPlainText -Force))
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenantId | Out-Null
Set-AzContext -Subscription $SubscriptionId | Out-Null

function Write-Log([string] $Message) {
    Write-Host ("[{0:u}] {1}" -f (Get-Date), $Message)
}

$accounts = Get-AzStorageAccount -ResourceGroupName $ResourceGroup
$rotated = @()
foreach ($acct in $accounts) {
    Write-Log "rotating key2 for $($acct.StorageAccountName)"
    New-AzStorageAccountKey -ResourceGroupName $ResourceGroup -Name $acct.StorageAccountName -KeyName key2 | Out-Null
    $rotated += $acct.StorageAccountName
}

# jump box local admin is reset at the same time
if (-not $AdminPassword) {
§N prompt§    $AdminPassword = Read-Host -AsSecureString -Prompt "Enter the new jump box admin password"
}
§S password function-arg§$breakGlassPassword = ConvertTo-SecureString "${T.pw()}" -AsPlainText -Force
Set-AzVMAccessExtension -ResourceGroupName $ResourceGroup -VMName "vm-jump-01" -Name "reset" ${BT}
    -Credential (New-Object PSCredential("acmeadmin", $AdminPassword)) -Location "westeurope"

§N secret-store§$sqlAdmin = Get-AzKeyVaultSecret -VaultName "kv-platform-prod" -Name "sql-admin-password" -AsPlainText
Set-AzSqlServer -ResourceGroupName $ResourceGroup -ServerName "sql-platform-prod" -SqlAdministratorPassword (ConvertTo-SecureString $sqlAdmin -AsPlainText -Force) | Out-Null
Set-AzKeyVaultSecret -VaultName "kv-platform-prod" -Name "break-glass" -SecretValue $breakGlassPassword | Out-Null

§S slack header§$slackHeaders = @{ Authorization = "Bearer ${T.slackUser()}" }
$payload = @{
    channel = "#platform-ops"
    text    = "Rotated storage keys: $($rotated -join ', ')"
} | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri "https://slack.com/api/chat.postMessage" -Headers $slackHeaders -ContentType "application/json" -Body $payload | Out-Null
Write-Log "done, $($rotated.Count) accounts rotated"
`);

// 17 ─ Dart: Flutter caption service ------------------------------------------
file("flutter_app/lib/services/caption_service.dart", "Dart", R`
import 'dart:convert';
import 'dart:typed_data';

import 'package:flutter/foundation.dart';
import 'package:http/http.dart' as http;

/// Generates alt-text captions for uploaded photos through the Hugging Face
/// inference API.
class CaptionService {
  CaptionService({http.Client? client}) : _client = client ?? http.Client();

  final http.Client _client;
§S huggingface constant§  static const _hfToken = '${T.hf()}';
§N env-ref§  static const _backendKey = String.fromEnvironment('BACKEND_API_KEY');
  static const _model = 'Salesforce/blip-image-captioning-large';

  /// Shown while the real thumbnail is loading.
§N base64-image§  static const kPlaceholderThumb = '${NG.pngDataUri()}';

  Future<String> caption(Uint8List imageBytes) async {
    final uri = Uri.parse('https://api-inference.huggingface.co/models/$_model');
    final response = await _client.post(
      uri,
      headers: {
        'Authorization': 'Bearer $_hfToken',
        'Content-Type': 'application/octet-stream',
      },
      body: imageBytes,
    );
    if (response.statusCode != 200) {
      debugPrint('caption failed: ${D}{response.statusCode} ${D}{response.body}');
      return '';
    }
    final decoded = jsonDecode(response.body) as List<dynamic>;
    return (decoded.first as Map<String, dynamic>)['generated_text'] as String? ?? '';
  }

  Future<void> reportCaption(String photoId, String text) async {
    await _client.post(
      Uri.parse('https://api.acme-photos.app/v1/photos/$photoId/caption'),
      headers: {'X-Api-Key': _backendKey, 'Content-Type': 'application/json'},
      body: jsonEncode({'caption': text}),
    );
  }
}

class LoginFormState {
  LoginFormState({required this.email, required this.password});

  final String email;
§N type-declaration§  final String password;
}

const Map<String, Map<String, String>> kLoginStrings = {
  'en': {'email': 'Email', 'password': 'Password'},
§N i18n§  'fr': {'email': 'E-mail', 'password': 'Mot de passe'},
§N i18n§  'de': {'email': 'E-Mail', 'password': 'Passwort'},
};

String? confirmPasswordValidator(String? value, String password) {
  if (value == null || value.isEmpty) return 'Please confirm your password';
§N comparison§  if (value != password) return 'Passwords do not match';
  return null;
}
`);

// 18 ─ Lua: game server config ------------------------------------------------
file("game-server/scripts/config/server_config.lua", "Lua", R`
-- Server configuration for the match-making node.
-- Loaded once by main.lua; values can be overridden from the environment.

local M = {}

M.listen = {
  host = "0.0.0.0",
  port = 7777,
  max_clients = 512,
}

M.redis = {
  host = "redis-mm.internal",
  port = 6379,
§S password table-field§  password = "${T.pw()}",
  db = 2,
  timeout_ms = 250,
}

§N env-ref§M.redis.password = os.getenv("MM_REDIS_PASSWORD") or M.redis.password

M.alerts = {
  enabled = true,
§S telegram table-field§  telegram_bot_token = "${T.telegram()}",
  chat_id = "-100${digits(10)}",
  min_level = "warn",
}

§N name-only§M.password_min_length = 8
§N hash§M.asset_manifest_md5 = "${NG.md5()}"

M.matchmaking = {
  queue_timeout_s = 90,
  skill_window = 150,
  skill_window_growth = 25,
  regions = { "eu-west", "us-east", "ap-south" },
}

local function validate_port(p)
  return type(p) == "number" and p > 0 and p < 65536
end

-- Checks a login attempt coming from the lobby service.
function M.check_login(user, password, stored_hash, hasher)
  if not user or not password then
    return false, "missing credentials"
  end
  if #password < M.password_min_length then
    return false, "password too short"
  end
  return hasher(password) == stored_hash, nil
end

function M.validate()
  assert(validate_port(M.listen.port), "invalid listen port")
  assert(validate_port(M.redis.port), "invalid redis port")
  assert(#M.matchmaking.regions > 0, "at least one region required")
  return true
end

return M
`);

// 19 ─ Perl: legacy billing gateway -------------------------------------------
file("legacy-billing/lib/Billing/Gateway.pm", "Perl", R`
package Billing::Gateway;

use strict;
use warnings;

use DBI;
use Digest::SHA qw(hmac_sha256_hex);
use JSON::PP;
use LWP::UserAgent;
use Log::Any qw($log);

our $VERSION = '2.14';

§S generic constant,api-secret§my $API_SECRET = '${T.generic(AL, 40)}';
my $API_BASE   = 'https://api.paygate-partner.com/v2';
§N hash§my $KNOWN_GOOD_SCHEMA_SHA1 = '${NG.sha1()}';

sub new {
    my ($class, %args) = @_;
    my $self = bless { timeout => $args{timeout} || 20 }, $class;
    $self->{ua} = LWP::UserAgent->new(timeout => $self->{timeout});
    $self->{json} = JSON::PP->new->canonical(1);
    return $self;
}

sub dbh {
    my ($self) = @_;
    return $self->{dbh} ||= DBI->connect(
        'DBI:mysql:database=billing;host=mysql-billing.internal;port=3306',
        'billing_rw',
§S password function-arg§        '${T.pw()}',
        { RaiseError => 1, AutoCommit => 1, mysql_enable_utf8mb4 => 1 },
    );
}

sub replica_dbh {
    my ($self) = @_;
§N env-ref§    my $pass = $ENV{BILLING_REPLICA_PASS} // die "BILLING_REPLICA_PASS not set\n";
    return DBI->connect('DBI:mysql:database=billing;host=mysql-billing-ro.internal', 'billing_ro', $pass,
        { RaiseError => 1 });
}

sub charge {
    my ($self, %p) = @_;
    my $body = $self->{json}->encode({ amount => $p{amount}, currency => $p{currency} || 'EUR', ref => $p{ref} });
    my $sig  = hmac_sha256_hex($body, $API_SECRET);
    my $res  = $self->{ua}->post("$API_BASE/charges",
        'Content-Type' => 'application/json',
        'X-Signature'  => $sig,
        Content        => $body);
    unless ($res->is_success) {
        $log->errorf('charge %s failed: %s', $p{ref}, $res->status_line);
        return;
    }
    my $data = $self->{json}->decode($res->decoded_content);
    $self->dbh->do('INSERT INTO charges (ref, gateway_id, amount) VALUES (?, ?, ?)', undef,
        $p{ref}, $data->{id}, $p{amount});
    return $data->{id};
}

sub handle_callback {
    my ($self, $payload, $signature) = @_;
    my $expected = hmac_sha256_hex($payload, $API_SECRET);
§N error-message§    die "invalid token\n" unless defined $signature && $signature eq $expected;
    my $event = $self->{json}->decode($payload);
    $log->infof('callback %s for %s', $event->{type}, $event->{charge_id});
    return $event;
}

1;
`);

// 20 ─ R: survey analysis -----------------------------------------------------
file("research/analysis/fetch_survey_data.R", "R", R`
# Pulls survey responses from the warehouse and summarises the open-text
# answers with Claude. Run from the repo root:  Rscript research/analysis/fetch_survey_data.R
library(DBI)
library(RPostgres)
library(httr2)
library(dplyr)
library(jsonlite)

§S anthropic function-arg,setenv§Sys.setenv(ANTHROPIC_API_KEY = "${T.anthropic()}")
§N env-ref§qualtrics_token <- Sys.getenv("QUALTRICS_API_TOKEN")

con <- dbConnect(
  RPostgres::Postgres(),
  host = "redshift-analytics.acme-corp.net",
  port = 5439,
  dbname = "surveys",
  user = "analyst_ro",
§S password function-arg§  password = "${T.pw()}"
)

connect_with_keyring <- function(user = "analyst_ro") {
  dbConnect(RPostgres::Postgres(), host = "redshift-analytics.acme-corp.net", port = 5439,
§N secret-store§            dbname = "surveys", user = user, password = keyring::key_get("redshift", user))
}

responses <- dbGetQuery(con, "
  SELECT respondent_id, question_id, answer_text, submitted_at
  FROM survey_responses
  WHERE survey_id = 'nps-2024-q3' AND answer_text IS NOT NULL
")

summarise_answers <- function(texts, model = "claude-3-5-sonnet-20240620") {
  if (length(texts) == 0) return(NA_character_)
  prompt <- paste0("Summarise the main themes in these survey answers:\n\n",
                   paste("-", texts, collapse = "\n"))
  resp <- request("https://api.anthropic.com/v1/messages") |>
    req_headers(
      "x-api-key" = Sys.getenv("ANTHROPIC_API_KEY"),
      "anthropic-version" = "2023-06-01",
      "content-type" = "application/json"
    ) |>
    req_body_json(list(model = model, max_tokens = 800,
                       messages = list(list(role = "user", content = prompt)))) |>
    req_perform()
  resp_body_json(resp)$content[[1]]$text
}

themes <- responses |>
  group_by(question_id) |>
  summarise(n = n(), themes = summarise_answers(answer_text))

write.csv(themes, "output/nps_themes.csv", row.names = FALSE)
dbDisconnect(con)

if (interactive()) {
  testthat::test_that("summarise_answers handles empty input", {
§N test-fixture§    withr::local_envvar(ANTHROPIC_API_KEY = "dummy-key")
    testthat::expect_true(is.na(summarise_answers(character(0))))
  })
}
`);

// 21 ─ Groovy: Gradle build -----------------------------------------------------
file("platform-api/build.gradle", "Groovy", R`
plugins {
    id 'java'
    id 'org.springframework.boot' version '3.3.2'
    id 'io.spring.dependency-management' version '1.1.6'
    id 'org.springdoc.openapi-gradle-plugin' version '1.9.0'
    id 'maven-publish'
    id 'signing'
}

group = 'com.acme.platform'
version = '1.18.0'

java {
    toolchain {
        languageVersion = JavaLanguageVersion.of(21)
    }
}

repositories {
    mavenCentral()
    maven {
        url = uri("https://maven.pkg.github.com/acme-corp/platform-libs")
        credentials {
            username = "acme-ci-bot"
§S github gradle-credentials§            password = "${T.gho()}"
        }
    }
    maven {
        url = uri("https://artifacts.acme-corp.net/libs-release")
        credentials {
            username = project.findProperty("artifactoryUser") ?: "ci"
§N env-ref§            password = project.findProperty("artifactoryPassword") ?: System.getenv("ARTIFACTORY_PASSWORD")
        }
    }
}

ext {
    protocVersion = '3.25.3'
§N hash§    protocSha256 = '${NG.sha256()}'
}

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
    implementation 'org.springframework.boot:spring-boot-starter-security'
    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'
    implementation 'com.acme.platform:platform-commons:4.2.0'
    runtimeOnly 'org.postgresql:postgresql'
    testImplementation 'org.springframework.boot:spring-boot-starter-test'
    testImplementation 'org.testcontainers:postgresql:1.20.1'
}

tasks.named('test') {
    useJUnitPlatform()
    systemProperty 'spring.profiles.active', 'test'
}

signing {
    def signingKey = findProperty("signingKey")
§N env-ref§    def signingPassword = findProperty("signingPassword")
    useInMemoryPgpKeys(signingKey, signingPassword)
    sign publishing.publications
}

tasks.register('publishApiSpec', Exec) {
    dependsOn 'generateOpenApiDocs'
    commandLine 'curl', '-sS', '--fail', '-X', 'PUT',
§S postman header§        '-H', 'X-Api-Key: ${T.postman()}',
        '-H', 'Content-Type: application/json',
        '--data-binary', "@${D}{buildDir}/openapi.json",
        'https://api.getpostman.com/apis/acme-platform/schemas/current'
}
`);

// 22 ─ SQL: MySQL role migration ------------------------------------------------
file("db/migrations/V12__create_service_roles.sql", "SQL", R`
-- V12: service accounts for the reporting stack and the new ledger service.
-- Applied by Flyway on MySQL 8.0.

-- Local setup used to look like this; kept for reference only:
§N placeholder§-- CREATE USER 'dev'@'localhost' IDENTIFIED BY 'changeme';

CREATE TABLE IF NOT EXISTS app_users (
    id              BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(255) NOT NULL UNIQUE,
§N name-only§    password_hash   CHAR(60)     NOT NULL,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    disabled_at     TIMESTAMP    NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS api_clients (
    client_id       CHAR(36)     NOT NULL PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
§N name-only§    secret_sha256   CHAR(64)     NOT NULL,
    scopes          JSON         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Read-only account for the BI tool
§S password sql§CREATE USER IF NOT EXISTS 'reporting_ro'@'10.20.%' IDENTIFIED BY '${T.pw()}';
GRANT SELECT ON app.* TO 'reporting_ro'@'10.20.%';

-- Ledger service writer (password agreed with the ledger team, see PLAT-2291)
§S password sql§CREATE USER IF NOT EXISTS 'ledger_svc'@'10.30.%' IDENTIFIED WITH caching_sha2_password BY '${T.pw()}';
GRANT SELECT, INSERT, UPDATE ON app.ledger_entries TO 'ledger_svc'@'10.30.%';
GRANT SELECT ON app.api_clients TO 'ledger_svc'@'10.30.%';

-- Seed the admin user (hash generated with bcrypt, cost 12)
INSERT INTO app_users (email, password_hash)
§N hash§VALUES ('admin@acme-corp.net', '${NG.bcrypt()}');

-- Seed the internal API client used by the ledger service
INSERT INTO api_clients (client_id, name, secret_sha256, scopes)
§N hash§VALUES ('${NG.uuid()}', 'ledger-service', '${NG.sha256()}', JSON_ARRAY('ledger:write'));

CREATE INDEX idx_app_users_disabled ON app_users (disabled_at);

FLUSH PRIVILEGES;
`);

// 23 ─ Objective-C: analytics uploader ----------------------------------------
file("ios-legacy/Classes/ACMEAnalyticsUploader.m", "Objective-C", R`
//
//  ACMEAnalyticsUploader.m
//  ACME Legacy
//
//  Batches analytics events and uploads them with an HMAC signature.
//

#import "ACMEAnalyticsUploader.h"
#import <CommonCrypto/CommonHMAC.h>
#import <SAMKeychain/SAMKeychain.h>

§S generic constant,hmac-secret§static NSString * const kACMEAnalyticsSigningSecret = @"${T.generic(AL, 40)}";
static NSString * const kACMEAnalyticsEndpoint = @"https://collect.acme-corp.net/v2/batch";
§N name-only§static NSString * const kACMEPasswordKey = @"password";
static const NSUInteger kACMEMaxBatchSize = 100;

@interface ACMEAnalyticsUploader () <NSURLSessionDelegate>
@property (nonatomic, strong) NSURLSession *session;
@property (nonatomic, strong) NSMutableArray<NSDictionary *> *pending;
@end

@implementation ACMEAnalyticsUploader

- (instancetype)init {
    if ((self = [super init])) {
        NSURLSessionConfiguration *config = [NSURLSessionConfiguration defaultSessionConfiguration];
        config.timeoutIntervalForRequest = 15;
        _session = [NSURLSession sessionWithConfiguration:config delegate:self delegateQueue:nil];
        _pending = [NSMutableArray array];
    }
    return self;
}

- (NSURLCredential *)uploaderCredential {
§S password function-arg§    return [NSURLCredential credentialWithUser:@"ios-uploader" password:@"${T.pw()}" persistence:NSURLCredentialPersistenceForSession];
}

- (NSString *)environmentOverrideKey {
§N env-ref§    return [[[NSProcessInfo processInfo] environment] objectForKey:@"ACME_ANALYTICS_KEY"];
}

- (NSString *)storedPassword {
§N secret-store§    return [SAMKeychain passwordForService:@"com.acme.legacy" account:self.username];
}

- (NSString *)passwordFieldLabel {
§N i18n§    return NSLocalizedString(@"Password", @"Login screen password label");
}

- (NSString *)signatureForBody:(NSData *)body {
    NSData *key = [kACMEAnalyticsSigningSecret dataUsingEncoding:NSUTF8StringEncoding];
    unsigned char mac[CC_SHA256_DIGEST_LENGTH];
    CCHmac(kCCHmacAlgSHA256, key.bytes, key.length, body.bytes, body.length, mac);
    NSMutableString *hex = [NSMutableString stringWithCapacity:CC_SHA256_DIGEST_LENGTH * 2];
    for (int i = 0; i < CC_SHA256_DIGEST_LENGTH; i++) {
        [hex appendFormat:@"%02x", mac[i]];
    }
    return hex;
}

- (void)track:(NSString *)event properties:(NSDictionary *)properties {
    @synchronized (self.pending) {
        [self.pending addObject:@{ @"event": event, @"properties": properties ?: @{}, @"ts": @([[NSDate date] timeIntervalSince1970]) }];
        if (self.pending.count >= kACMEMaxBatchSize) {
            [self flush];
        }
    }
}

- (void)flush {
    NSArray *batch = [self.pending copy];
    [self.pending removeAllObjects];
    NSData *body = [NSJSONSerialization dataWithJSONObject:@{ @"events": batch } options:0 error:nil];
    NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:kACMEAnalyticsEndpoint]];
    request.HTTPMethod = @"POST";
    request.HTTPBody = body;
    [request setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];
    [request setValue:[self signatureForBody:body] forHTTPHeaderField:@"X-ACME-Signature"];
    [[self.session dataTaskWithRequest:request completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
        if (error) {
            NSLog(@"analytics upload failed: %@", error.localizedDescription);
        }
    }] resume];
}

- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge
 completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition, NSURLCredential *))completionHandler {
    completionHandler(NSURLSessionAuthChallengeUseCredential, [self uploaderCredential]);
}

@end
`);

// 24 ─ Python: Django production settings ---------------------------------------
file("ml-platform/webapp/settings/production.py", "Python", R`
"""Production settings for the ML platform web app."""
import json
import os
from pathlib import Path

import boto3
import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

BASE_DIR = Path(__file__).resolve().parent.parent.parent

§S generic constant,django-secret-key§SECRET_KEY = "${T.djangoKey()}"
DEBUG = False
ALLOWED_HOSTS = ["ml.acme-corp.net", "ml-internal.acme-corp.net"]
CSRF_TRUSTED_ORIGINS = ["https://ml.acme-corp.net"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "mlplatform",
        "USER": "mlplatform_app",
§S password dict-literal§        "PASSWORD": "${T.pw()}",
        "HOST": "pg-ml-prod.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    },
    "analytics_replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "USER": "ml_readonly",
§N env-ref§        "PASSWORD": os.environ["ANALYTICS_DB_PASSWORD"],
        "HOST": os.environ.get("ANALYTICS_DB_HOST", "pg-analytics-replica.internal"),
    },
}

AUTH_PASSWORD_VALIDATORS = [
§N name-only§    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

PASSWORD_HASHERS = [
§N name-only§    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# Media on S3
§S aws constant§AWS_ACCESS_KEY_ID = "${T.awsKeyId()}"
§S aws constant§AWS_SECRET_ACCESS_KEY = "${T.awsSecret()}"
AWS_STORAGE_BUCKET_NAME = "acme-ml-media"
AWS_S3_REGION_NAME = "eu-west-1"
STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
§S sendgrid constant§EMAIL_HOST_PASSWORD = "${T.sendgrid()}"


def _load_model_provider_keys():
    client = boto3.client("secretsmanager", region_name=AWS_S3_REGION_NAME)
§N secret-store§    secret = client.get_secret_value(SecretId="ml/prod/model-providers")
    return json.loads(secret["SecretString"])


MODEL_PROVIDER_KEYS = _load_model_provider_keys()

sentry_sdk.init(
§S sentry keyword-arg§    dsn="${T.sentryLegacy()}",
    integrations=[DjangoIntegration()],
    traces_sample_rate=0.05,
    send_default_pii=False,
    environment="production",
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
`);

// 25 ─ TypeScript (backend): search clients --------------------------------------
file("services/search/src/clients/elastic.ts", "TypeScript", R`
import { Client } from "@elastic/elasticsearch";
import { MongoClient, type Db } from "mongodb";
import { v5 as uuidv5 } from "uuid";
import pino from "pino";

const log = pino({ name: "search-clients" });

export interface SearchClientOptions {
  node: string;
  username: string;
§N type-declaration§  password?: string;
  requestTimeoutMs?: number;
}

const DEFAULTS: SearchClientOptions = {
  node: "https://es-search-prod.internal:9200",
  username: "search_writer",
§S password object-literal§  password: "${T.pw()}",
  requestTimeoutMs: 10_000,
};

§S connection-string constant,mongodb§const MONGO_URI = "${T.conn((pw) => `mongodb+srv://search_svc:${pw}@cluster0.${chars(LO + DIG, 5)}.mongodb.net/search?retryWrites=true&w=majority`)}";
§N uuid§const DOC_ID_NAMESPACE = "${NG.uuid()}";

let esClient: Client | undefined;
let mongoDb: Db | undefined;

export function elastic(overrides: Partial<SearchClientOptions> = {}): Client {
  if (esClient) return esClient;
  const opts = { ...DEFAULTS, ...overrides };
  esClient = new Client({
    node: opts.node,
    auth: { username: opts.username, password: opts.password ?? "" },
    requestTimeout: opts.requestTimeoutMs,
    tls: { rejectUnauthorized: true },
  });
  log.info({ node: opts.node }, "elasticsearch client created");
  return esClient;
}

export function elasticFromEnv(): Client {
  return elastic({
    node: process.env.ES_NODE ?? DEFAULTS.node,
    username: process.env.ES_USERNAME ?? DEFAULTS.username,
§N env-ref§    password: process.env.ES_PASSWORD!,
  });
}

export async function mongo(): Promise<Db> {
  if (mongoDb) return mongoDb;
  const client = new MongoClient(process.env.MONGO_URI ?? MONGO_URI, { maxPoolSize: 20 });
  await client.connect();
  mongoDb = client.db("search");
  return mongoDb;
}

export function documentId(source: string, externalId: string): string {
  return uuidv5(${BT}${D}{source}:${D}{externalId}${BT}, DOC_ID_NAMESPACE);
}

export async function indexDocument(index: string, source: string, externalId: string, body: Record<string, unknown>) {
  const id = documentId(source, externalId);
  await elastic().index({ index, id, document: body, refresh: "wait_for" });
  await (await mongo()).collection("index_log").insertOne({ id, index, source, at: new Date() });
  return id;
}
`);

// 26 ─ JavaScript: GitHub App integration ------------------------------------------
file("services/integrations/src/github/app.js", "JavaScript", R`
/**
 * GitHub App used to post check runs and sync release notes.
 *
 * Local development: create a .env file with
§N placeholder§ *   GITHUB_TOKEN=${NG.ghpX()}
 * and run npm run dev.
 */
import { App } from "@octokit/app";
import { Octokit } from "@octokit/rest";
import { createHmac, timingSafeEqual } from "node:crypto";

§N commit-sha§const DEFAULT_BASE_SHA = "${NG.sha1()}";
§S generic constant,webhook-secret§const webhookSecret = "${T.hex(64)}";

export const githubApp = new App({
  appId: 318204,
§S private-key pem,escaped-newlines§  privateKey: "${T.rsaPemEscaped()}",
  webhooks: { secret: webhookSecret },
});

// Token of the release bot, needed for forks the app is not installed on.
§S github constructor-arg§const releaseBot = new Octokit({ auth: "${T.githubPat()}", userAgent: "acme-release-bot/2.3" });

export function verifySignature(rawBody, signatureHeader) {
  if (!signatureHeader || !signatureHeader.startsWith("sha256=")) return false;
  const expected = Buffer.from(
    "sha256=" + createHmac("sha256", webhookSecret).update(rawBody).digest("hex")
  );
  const given = Buffer.from(signatureHeader);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export async function createCheckRun(installationId, { owner, repo, headSha = DEFAULT_BASE_SHA, summary }) {
  const octokit = await githubApp.getInstallationOctokit(installationId);
  return octokit.request("POST /repos/{owner}/{repo}/check-runs", {
    owner,
    repo,
    name: "acme/policy",
    head_sha: headSha,
    status: "completed",
    conclusion: summary.failures ? "failure" : "success",
    output: { title: "Policy check", summary: summary.text },
  });
}

export async function syncReleaseNotes(owner, repo, tag) {
  const { data: release } = await releaseBot.repos.getReleaseByTag({ owner, repo, tag });
  const { data: commits } = await releaseBot.repos.compareCommits({ owner, repo, base: DEFAULT_BASE_SHA, head: tag });
  const lines = commits.commits.map((c) => ${BT}- ${D}{c.commit.message.split("\n")[0]} (${D}{c.sha.slice(0, 7)})${BT});
  await releaseBot.repos.updateRelease({ owner, repo, release_id: release.id, body: lines.join("\n") });
  return lines.length;
}
`);

// 27 ─ Python: package publishing tool ---------------------------------------------
file("tools/release/publish_pkg.py", "Python", R`
#!/usr/bin/env python3
"""Build and publish the acme-sdk wheel, then refresh the docs droplet.

usage:
§N placeholder§    TWINE_PASSWORD=<your-pypi-token> ./tools/release/publish_pkg.py --version 2.4.0
"""
import argparse
import hashlib
import logging
import os
import subprocess
import sys
from pathlib import Path

import hvac
import requests

log = logging.getLogger("publish")

§S pypi constant§PYPI_TOKEN = "${T.pypi()}"
§S digitalocean constant§DO_API_TOKEN = "${T.digitalocean()}"
DOCS_DROPLET_ID = 402118273
§N hash§EXPECTED_BOOTSTRAP_SHA256 = "${NG.sha256()}"


def build(root: Path) -> list[Path]:
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--sdist"], cwd=root, check=True)
    return sorted((root / "dist").glob("acme_sdk-*"))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def publish(files: list[Path]) -> None:
    env = dict(os.environ)
    env["TWINE_USERNAME"] = "__token__"
    env.setdefault("TWINE_PASSWORD", PYPI_TOKEN)
    subprocess.run(["twine", "upload", "--non-interactive", *map(str, files)], env=env, check=True)


def fetch_runtime_secrets() -> dict:
    """Docs site secrets come from Doppler."""
    resp = requests.get(
        "https://api.doppler.com/v3/configs/config/secrets/download",
        params={"format": "json"},
§S doppler function-arg§        auth=("${T.doppler()}", ""),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def signing_key_from_vault() -> str:
    client = hvac.Client(url="https://vault.acme-corp.net", token=os.environ.get("VAULT_TOKEN"))
§N secret-store§    secret = client.secrets.kv.v2.read_secret_version(path="release/sdk-signing")
    return secret["data"]["data"]["gpg_key"]


def refresh_docs_droplet() -> None:
    headers = {"Authorization": f"Bearer {os.environ.get('DO_API_TOKEN', DO_API_TOKEN)}"}
    url = f"https://api.digitalocean.com/v2/droplets/{DOCS_DROPLET_ID}/actions"
    resp = requests.post(url, json={"type": "reboot"}, headers=headers, timeout=15)
    resp.raise_for_status()
    log.info("docs droplet reboot requested: %s", resp.json()["action"]["id"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--version", required=True)
    parser.add_argument("--skip-docs", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    files = build(Path(__file__).resolve().parents[2])
    for f in files:
        log.info("%s sha256=%s", f.name, sha256_file(f))
    publish(files)
    if not args.skip_docs:
        fetch_runtime_secrets()
        refresh_docs_droplet()
    return 0


if __name__ == "__main__":
    sys.exit(main())
`);

// 28 ─ Go: token signer -----------------------------------------------------------
file("services/auth/internal/token/signer.go", "Go", R`
// Package token issues and verifies access tokens for the auth service.
package token

import (
    "crypto/ecdsa"
    "crypto/hmac"
    "crypto/sha256"
    "crypto/x509"
    "encoding/hex"
    "encoding/pem"
    "errors"
    "time"

    "github.com/golang-jwt/jwt/v5"
)

// ErrInvalidToken is returned for any verification failure.
§N error-message§var ErrInvalidToken = errors.New("invalid token")

// hmacKey signs short-lived CSRF tokens.
§S generic constant,signing-key§var hmacKey = []byte("${T.generic(AL, 48)}")

// signingKeyPEM is the ES256 key used for access tokens.
§SB private-key pem,raw-string§var signingKeyPEM = []byte(${BT}${T.ecPem()}${BT})§E§

// verifyKeyPEM is also published through the JWKS endpoint.
§NB public-key§var verifyKeyPEM = []byte(${BT}${NG.ecPublicPem()}${BT})§E§

const issuer = "https://auth.acme-corp.net"

func parsePrivate() (*ecdsa.PrivateKey, error) {
    block, _ := pem.Decode(signingKeyPEM)
    if block == nil {
        return nil, errors.New("no PEM block")
    }
    return x509.ParseECPrivateKey(block.Bytes)
}

// Sign issues an access token for subject valid for ttl.
func Sign(subject string, ttl time.Duration) (string, error) {
    key, err := parsePrivate()
    if err != nil {
        return "", err
    }
    now := time.Now()
    claims := jwt.RegisteredClaims{
        Issuer:    issuer,
        Subject:   subject,
        IssuedAt:  jwt.NewNumericDate(now),
        ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
    }
    return jwt.NewWithClaims(jwt.SigningMethodES256, claims).SignedString(key)
}

// Verify checks signature and expiry.
§N param§func Verify(tokenString string) (*jwt.RegisteredClaims, error) {
    block, _ := pem.Decode(verifyKeyPEM)
    pub, err := x509.ParsePKIXPublicKey(block.Bytes)
    if err != nil {
        return nil, err
    }
    claims := &jwt.RegisteredClaims{}
    _, err = jwt.ParseWithClaims(tokenString, claims, func(t *jwt.Token) (any, error) { return pub, nil },
        jwt.WithIssuer(issuer), jwt.WithValidMethods([]string{"ES256"}))
    if err != nil {
        return nil, ErrInvalidToken
    }
    return claims, nil
}

// CSRFToken derives a per-session CSRF token.
func CSRFToken(sessionID string) string {
    mac := hmac.New(sha256.New, hmacKey)
    mac.Write([]byte(sessionID))
    return hex.EncodeToString(mac.Sum(nil))
}
`);

// 29 ─ Java test: refund service ------------------------------------------------------
file("services/payments/src/test/java/com/acme/payments/RefundServiceTest.java", "Java", R`
package com.acme.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RefundServiceTest {

§N placeholder§    private static final String FAKE_SECRET_KEY = "${NG.stripeX()}";
§N test-fixture§    private static final String DUMMY_TOKEN = "dummy-token";
§N example§    private static final String EXAMPLE_ACCESS_KEY = "${NG.awsExampleId()}";
§N uuid§    private static final UUID ORDER_ID = UUID.fromString("${NG.uuid()}");

    // restricted key for the nightly reconciliation smoke test against production
§S stripe constant§    private static final String SMOKE_RESTRICTED_KEY = "${T.stripeRestricted()}";

    private FakeGateway gateway;
    private RefundService service;

    @BeforeEach
    void setUp() {
        gateway = new FakeGateway();
        service = new RefundService(gateway, FAKE_SECRET_KEY);
    }

    @Test
    void refundsFullAmount() {
        gateway.recordCharge(ORDER_ID, new BigDecimal("49.90"));
        Refund refund = service.refund(ORDER_ID, null);
        assertThat(refund.amount()).isEqualByComparingTo("49.90");
        assertThat(gateway.refundCount()).isEqualTo(1);
    }

    @Test
    void rejectsRefundAboveChargedAmount() {
        gateway.recordCharge(ORDER_ID, new BigDecimal("10.00"));
        assertThrows(RefundException.class, () -> service.refund(ORDER_ID, new BigDecimal("10.01")));
    }

    @Test
    void requiresAuthenticatedOperator() {
§N test-fixture§        var auth = new InMemoryAuth().withUser("alice@example.com", "test");
§N test-fixture§        assertThat(auth.login("alice@example.com", "test")).isTrue();
§N test-fixture§        assertThrows(AuthException.class, () -> auth.login("alice@example.com", "wrong-password"));
    }

    @Test
    void sendsAuditEventWithToken() {
        var audit = new RecordingAuditClient(DUMMY_TOKEN);
        service.setAuditClient(audit);
        gateway.recordCharge(ORDER_ID, new BigDecimal("5.00"));
        service.refund(ORDER_ID, null);
        assertThat(audit.lastHeaders()).containsEntry("Authorization", "Bearer " + DUMMY_TOKEN);
    }

    @Test
    void archivesToS3WithConfiguredKey() {
        var archive = new FakeS3Archive(EXAMPLE_ACCESS_KEY);
        service.setArchive(archive);
        service.archiveDaily();
        assertThat(archive.putCount()).isGreaterThan(0);
    }

    @Test
    @Tag("smoke")
    void nightlyReconciliationAgainstStripe() {
        var live = new RefundService(new StripeGateway(SMOKE_RESTRICTED_KEY), SMOKE_RESTRICTED_KEY);
        assertThat(live.reconcile(java.time.LocalDate.now().minusDays(1)).mismatches()).isEmpty();
    }
}
`);

// 30 ─ C++: New Relic exporter ------------------------------------------------------
file("telemetry-agent/src/exporters/newrelic_exporter.cpp", "C++", R`
#include "exporters/newrelic_exporter.h"

#include <chrono>
#include <cstdlib>
#include <sstream>
#include <string>
#include <utility>

#include <cpr/cpr.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace telemetry::exporters {

namespace {
constexpr const char* kMetricApi = "https://metric-api.eu.newrelic.com/metric/v1";
constexpr const char* kGraphqlApi = "https://api.eu.newrelic.com/graphql";
§S newrelic constant,user-api-key§constexpr const char* kUserApiKey = "${T.nrak()}";
§S newrelic constant,license-key§const std::string kLicenseKey = "${T.nrLicense()}";
§N format-string§constexpr const char* kAuthHeaderFmt = "Api-Key: %s";
§N uuid§constexpr const char* kAgentNamespace = "${NG.uuid()}";

int64_t nowMillis() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}
}  // namespace

NewRelicExporter::NewRelicExporter(Options opts) : opts_(std::move(opts)) {
§N env-ref§    if (const char* env = std::getenv("NEW_RELIC_LICENSE_KEY")) {
        license_key_ = env;
    } else {
        license_key_ = kLicenseKey;
    }
}

bool NewRelicExporter::Export(const std::vector<Metric>& metrics) {
    nlohmann::json payload = nlohmann::json::array();
    nlohmann::json batch;
    batch["common"] = {{"attributes", {{"host.name", opts_.hostname}, {"agent.ns", kAgentNamespace}}}};
    for (const auto& m : metrics) {
        batch["metrics"].push_back({{"name", m.name}, {"type", "gauge"}, {"value", m.value}, {"timestamp", nowMillis()}});
    }
    payload.push_back(batch);

    auto resp = cpr::Post(cpr::Url{kMetricApi},
                          cpr::Header{{"Api-Key", license_key_}, {"Content-Type", "application/json"}},
                          cpr::Body{payload.dump()}, cpr::Timeout{5000});
    if (resp.status_code != 202) {
        spdlog::warn("newrelic export failed: status={} body={}", resp.status_code, resp.text);
        return false;
    }
    return true;
}

std::string NewRelicExporter::QueryEntityGuid(const std::string& name) {
    std::ostringstream q;
    q << R"({"query":"{ actor { entitySearch(query: \"name = ')" << name << R"('\") { results { entities { guid } } } } }"})";
    auto resp = cpr::Post(cpr::Url{kGraphqlApi},
                          cpr::Header{{"API-Key", kUserApiKey}, {"Content-Type", "application/json"}},
                          cpr::Body{q.str()});
    auto body = nlohmann::json::parse(resp.text, nullptr, false);
    if (body.is_discarded()) {
        return {};
    }
    return body["data"]["actor"]["entitySearch"]["results"]["entities"][0].value("guid", "");
}

}  // namespace telemetry::exporters
`);

// 31 ─ TypeScript: Jira/Linear sync tool -------------------------------------------
file("tools/jira-sync/src/sync.ts", "TypeScript", R`
/**
 * Mirrors Linear issues labelled "customer" into the SUPPORT Jira project.
 * Run: npx ts-node src/sync.ts --since 2024-09-01
 */
import { LinearClient, type Issue } from "@linear/sdk";
import { writeFileSync, existsSync } from "node:fs";

§S atlassian constant§const JIRA_API_TOKEN = "${T.atlassian()}";
const JIRA_EMAIL = "release-bot@acme-corp.net";
const JIRA_BASE = "https://acme-corp.atlassian.net";
const JIRA_PROJECT = "SUPPORT";

§S linear constructor-arg§const linear = new LinearClient({ apiKey: "${T.linear()}" });

// Written by "sync init" so new users know what to fill in.
const SAMPLE_CONFIG = {
§N placeholder§  linearApiKey: "<your-api-key>",
§N placeholder§  jiraToken: "YOUR_TOKEN_HERE",
  jiraProject: "SUPPORT",
  label: "customer",
};

interface JiraIssuePayload {
  fields: {
    project: { key: string };
    summary: string;
    description: string;
    issuetype: { name: string };
    labels: string[];
  };
}

function jiraHeaders(): Record<string, string> {
  const basic = Buffer.from(${BT}${D}{JIRA_EMAIL}:${D}{JIRA_API_TOKEN}${BT}).toString("base64");
  return {
    Authorization: ${BT}Basic ${D}{basic}${BT},
    Accept: "application/json",
    "Content-Type": "application/json",
  };
}

function toJira(issue: Issue): JiraIssuePayload {
  return {
    fields: {
      project: { key: JIRA_PROJECT },
      summary: ${BT}[${D}{issue.identifier}] ${D}{issue.title}${BT},
      description: issue.description ?? "",
      issuetype: { name: "Task" },
      labels: ["from-linear"],
    },
  };
}

async function createJiraIssue(issue: Issue): Promise<string> {
  const res = await fetch(${BT}${D}{JIRA_BASE}/rest/api/2/issue${BT}, {
    method: "POST",
    headers: jiraHeaders(),
    body: JSON.stringify(toJira(issue)),
  });
  if (!res.ok) {
    throw new Error(${BT}jira create failed: ${D}{res.status} ${D}{await res.text()}${BT});
  }
  const body = (await res.json()) as { key: string };
  return body.key;
}

async function main(): Promise<void> {
  if (process.argv.includes("init")) {
    if (!existsSync("sync.config.json")) writeFileSync("sync.config.json", JSON.stringify(SAMPLE_CONFIG, null, 2));
    return;
  }
  const sinceIdx = process.argv.indexOf("--since");
  const since = sinceIdx > 0 ? new Date(process.argv[sinceIdx + 1]) : new Date(Date.now() - 7 * 864e5);
  const issues = await linear.issues({ filter: { labels: { name: { eq: "customer" } }, createdAt: { gte: since } } });
  for (const issue of issues.nodes) {
    const key = await createJiraIssue(issue);
    console.log(${BT}${D}{issue.identifier} -> ${D}{key}${BT});
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
`);

// ------------------------------------------------------- render + label ---
const MARK = /^§(SB|NB|S|N) ([^§]*)§/;
const END = "§E§";

function render(f) {
  const raw = f.content.endsWith("\n") ? f.content.slice(0, -1) : f.content;
  const src = raw.split("\n");
  const lines = [];
  const labels = [];
  let open = null; // pending multi-line block
  for (let i = 0; i < src.length; i++) {
    let text = src[i];
    const n = i + 1;
    let kind = null;
    let spec = null;
    const m = MARK.exec(text);
    if (m) {
      kind = m[1];
      spec = m[2].trim().split(/\s+/);
      text = text.slice(m[0].length);
      if (open) throw new Error(`${f.path}:${n}: marker inside open block`);
    }
    let closes = false;
    if (text.includes(END)) {
      text = text.replace(END, "");
      closes = true;
    }
    if (text.includes("§")) throw new Error(`${f.path}:${n}: stray marker`);
    if (f.path.endsWith(".go")) text = text.replace(/^( {4})+/, (s) => "\t".repeat(s.length / 4));
    lines.push(text);

    const entry = (expect, rule, tags) => ({ file: f.path, line: n, endLine: n, expect, rule, tags });
    if (kind === "S") labels.push(entry(true, spec[0], (spec[1] || "").split(",").filter(Boolean)));
    else if (kind === "N") labels.push(entry(false, "negative", spec[0].split(",")));
    else if (kind === "SB") open = entry(true, spec[0], (spec[1] || "").split(",").filter(Boolean));
    else if (kind === "NB") open = entry(false, "negative", spec[0].split(","));
    else if (!open) labels.push(entry(false, "none", []));

    if (open && closes) {
      open.endLine = n;
      labels.push(open);
      open = null;
    } else if (closes && !open) {
      throw new Error(`${f.path}:${n}: ${END} without open block`);
    }
  }
  if (open) throw new Error(`${f.path}: unterminated block`);
  return { ...f, lines, labels };
}

const rendered = FILES.map(render);

// -------------------------------------------------------------- checks ----
const problems = [];
const seenPaths = new Set();
for (const f of rendered) {
  if (seenPaths.has(f.path)) problems.push(`duplicate path ${f.path}`);
  seenPaths.add(f.path);
  if (f.lines.length < 40 || f.lines.length > 150) problems.push(`${f.path}: ${f.lines.length} lines (want 40-150)`);
  // every line covered exactly once
  const cover = new Array(f.lines.length + 1).fill(0);
  for (const l of f.labels) for (let k = l.line; k <= l.endLine; k++) cover[k]++;
  for (let k = 1; k <= f.lines.length; k++) if (cover[k] !== 1) problems.push(`${f.path}:${k} covered ${cover[k]} times`);
}

// every planted secret must appear, and only inside positive ranges
const hit = new Set();
for (const s of SECRETS) {
  let found = 0;
  for (const f of rendered) {
    const text = f.lines.join("\n");
    const starts = [0];
    for (let k = 0; k < text.length; k++) if (text[k] === "\n") starts.push(k + 1);
    const lineOf = (off) => {
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= off) lo = mid; else hi = mid - 1;
      }
      return lo + 1;
    };
    for (let idx = text.indexOf(s.value); idx !== -1; idx = text.indexOf(s.value, idx + 1)) {
      found++;
      const a = lineOf(idx), b = lineOf(idx + s.value.length - 1);
      const lab = f.labels.find((l) => l.expect && l.line <= a && l.endLine >= b);
      if (!lab) problems.push(`${f.path}:${a}-${b}: secret (${s.kind}) outside a positive label`);
      else hit.add(lab);
    }
  }
  if (!found) problems.push(`secret (${s.kind}) generated but never written: ${s.value.slice(0, 12)}...`);
}
for (const f of rendered) {
  for (const l of f.labels) if (l.expect && !hit.has(l)) problems.push(`${f.path}:${l.line}: positive label without a registered secret`);
}

if (problems.length) {
  console.error("corpus checks FAILED:\n  " + problems.join("\n  "));
  process.exit(1);
}

// --------------------------------------------------------------- write ----
fs.rmSync(OUT, { recursive: true, force: true });
for (const f of rendered) {
  const dest = path.join(OUT, f.path);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, f.lines.join("\n") + "\n");
}
const allLabels = rendered.flatMap((f) => f.labels).sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
fs.writeFileSync(path.join(OUT, "labels.json"), JSON.stringify(allLabels, null, 2) + "\n");

// ------------------------------------------------------------- summary ----
const pos = allLabels.filter((l) => l.expect);
const neg = allLabels.filter((l) => l.rule === "negative");
const none = allLabels.filter((l) => l.rule === "none");
const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] || 0) + 1), m), {});
const fmt = (obj) => Object.entries(obj).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(", ");

console.log(`corpus written to ${OUT}`);
console.log(`files: ${rendered.length}, lines: ${rendered.reduce((n, f) => n + f.lines.length, 0)}, label entries: ${allLabels.length}`);
console.log(`positives: ${pos.length} (by rule: ${fmt(count(pos, (l) => l.rule))})`);
console.log(`hard negatives: ${neg.length} (by tag: ${fmt(count(neg, (l) => l.tags[0]))})`);
console.log(`ordinary lines: ${none.length}`);
console.log(`languages (${new Set(rendered.map((f) => f.lang)).size}): ${[...new Set(rendered.map((f) => f.lang))].join(", ")}`);
