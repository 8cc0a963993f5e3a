@@file js: «root»/middleware/auth.ts
import type { Request, Response, NextFunction } from "express";
import jwt from "jsonwebtoken";
import debugFactory from "debug";

const debug = debugFactory("«svc»:auth");
const JWT_SECRET = process.env.JWT_SECRET ?? "";

export interface AuthedRequest extends Request {
  userId?: string;
  scopes?: string[];
}

function extractBearer(header: string | undefined): string | null {
  if (!header) return null;
  const [scheme, value] = header.split(" ");
  if (scheme?.toLowerCase() !== "bearer" || !value) return null;
  return value;
}

if (!JWT_SECRET) {
  console.warn("JWT_SECRET is not set; all bearer tokens will be rejected"); ⟦S:env-name⟧
}

export function requireAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  const token = extractBearer(req.headers.authorization);
  if (!token) {
    console.warn("missing bearer token on %s %s", req.method, req.path); ⟦S:no-value⟧
    return res.status(401).json({ error: "unauthorized" });
  }
  debug("verifying token %s", token); ⟦L:debug,format⟧
  debug("token present=%s len=%d", Boolean(token), token.length); ⟦S:length,bool⟧
  try {
    const claims = jwt.verify(token, JWT_SECRET) as jwt.JwtPayload;
    req.userId = String(claims.sub);
    req.scopes = String(claims.scope ?? "").split(" ");
    console.info(`authenticated user=${req.userId} scopes=${req.scopes.join(",")}`); ⟦S:userid,scopes⟧
    next();
  } catch (err) {
    console.error(`jwt verification failed for token ${token}: ${(err as Error).message}`); ⟦L:interp,exception⟧
    res.status(401).json({ error: "invalid_token" });
  }
}

export function requireApiKey(req: Request, res: Response, next: NextFunction) {
  const apiKey = req.header("x-api-key");
  const expected = process.env.«SVC»_API_KEY;
  if (!apiKey || apiKey !== expected) { ⟦S:comparison⟧
    console.log("rejected api key", apiKey, "expected", expected); ⟦L:console-args⟧
    return res.sendStatus(403);
  }
  console.log("api key accepted, prefix=%s***", apiKey.slice(0, 4)); ⟦S:masked-prefix⟧
  next();
}

export function requireScope(scope: string) {
  return (req: AuthedRequest, res: Response, next: NextFunction) => {
    if (!req.scopes?.includes(scope)) {
      console.warn(`user ${req.userId} lacks scope ${scope}`); ⟦S:userid,scopes⟧
      return res.status(403).json({ error: "insufficient_scope" });
    }
    debug("scope %s granted for %s", scope, req.userId); ⟦S:debug,scopes⟧
    next();
  };
}
@@file js: «root»/services/«vendor»Client.js
import axios from "axios";
import winston from "winston";

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || "info",
  format: winston.format.json(),
  transports: [new winston.transports.Console()],
});

logger.debug("log level configured", { level: process.env.LOG_LEVEL || "info" }); ⟦S:log-level⟧

function mask(value) {
  if (!value) return "<unset>";
  return value.slice(0, 3) + "…" + "*".repeat(6);
}

export class «Vendor»Client {
  constructor({ baseUrl, apiKey, clientSecret, timeoutMs = 5000 }) {
    this.config = { baseUrl, apiKey, clientSecret, timeoutMs };
    this.http = axios.create({
      baseURL: baseUrl,
      timeout: timeoutMs,
      headers: { Authorization: `Bearer ${apiKey}`, "X-Client": "«svc»" },
    });
    logger.info("«vendor» client created", this.config); ⟦L:whole-config,winston⟧
  }

  describe() {
    const { baseUrl, timeoutMs } = this.config;
    logger.info("«vendor» client settings", { baseUrl, timeoutMs, hasApiKey: Boolean(this.config.apiKey) }); ⟦S:omit-secret,bool⟧
    logger.info(`«vendor» api key ${mask(this.config.apiKey)}`); ⟦S:masked⟧
  }

  async request(method, path, body) {
    const started = Date.now();
    try {
      const res = await this.http.request({ method, url: path, data: body });
      logger.info("«vendor» call ok", { method, path, status: res.status, ms: Date.now() - started }); ⟦S:status⟧
      return res.data;
    } catch (err) {
      logger.error("«vendor» call failed", { ⟦L5:request-headers,winston⟧
        method,
        path,
        headers: err.config?.headers,
      });
      const status = err.response?.status;
      logger.warn(`«vendor» call failed with status ${status} after ${Date.now() - started}ms`); ⟦S:status⟧
      throw err;
    }
  }

  async refreshAppToken() {
    const res = await axios.post(`${this.config.baseUrl}/oauth/token`, {
      grant_type: "client_credentials",
      client_secret: this.config.clientSecret,
    });
    const appToken = res.data.access_token;
    logger.debug(`got app token ${appToken} (expires in ${res.data.expires_in}s)`); ⟦L:interp,access-token⟧
    logger.info("app token refreshed", { expiresIn: res.data.expires_in, tokenType: res.data.token_type }); ⟦S:metadata⟧
    this.http.defaults.headers.Authorization = `Bearer ${appToken}`;
    return appToken;
  }

  rotate(newKey) {
    const previous = this.config.apiKey;
    this.config.apiKey = newKey;
    this.http.defaults.headers.Authorization = `Bearer ${newKey}`;
    logger.info("rotated «vendor» api key", { from: previous, to: newKey }); ⟦L:structured-field⟧
    logger.info("rotated «vendor» api key", { keyLength: newKey.length, rotatedAt: new Date().toISOString() }); ⟦S:length⟧
  }
}
@@file js: «root»/routes/oauth.js
import express from "express";
import pino from "pino";

const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  redact: {
    paths: ["tokens.access_token", "tokens.refresh_token", "tokens.id_token", "headers.authorization"],
    censor: "[REDACTED]",
  },
});

const CLIENT_ID = process.env.OAUTH_CLIENT_ID;
const CLIENT_SECRET = process.env.OAUTH_CLIENT_SECRET;
const REDIRECT_URI = process.env.OAUTH_REDIRECT_URI;
const TOKEN_URL = "https://«vendor».example.com/oauth/token";

log.info({ clientId: CLIENT_ID, redirectUri: REDIRECT_URI }, "oauth configured"); ⟦S:client-id⟧
log.info("client secret loaded from OAUTH_CLIENT_SECRET: %s", CLIENT_SECRET ? "yes" : "no"); ⟦S:env-name,bool⟧

export const router = express.Router();

router.get("/oauth/callback", async (req, res) => {
  const { code, state } = req.query;
  if (state !== req.session.oauthState) {
    log.warn({ sessionId: req.session.id }, "oauth state mismatch"); ⟦S:session-id⟧
    return res.status(400).send("bad state");
  }
  const body = new URLSearchParams({
    grant_type: "authorization_code",
    code,
    redirect_uri: REDIRECT_URI,
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
  });
  log.debug(`exchanging code with client_secret=${CLIENT_SECRET}`); ⟦L:interp,client-secret⟧
  const resp = await fetch(TOKEN_URL, { method: "POST", body });
  const tokens = await resp.json();
  if (!resp.ok) {
    log.error({ status: resp.status, error: tokens.error }, "token exchange failed"); ⟦S:error-code⟧
    return res.status(502).send("token exchange failed");
  }
  log.info({ tokens }, "token exchange succeeded"); ⟦S:pino-redact⟧
  console.log("access_token:", tokens.access_token); ⟦L:console,access-token⟧
  console.log("refresh token received:", tokens.refresh_token ? "yes" : "no"); ⟦S:bool⟧
  log.info({ expiresIn: tokens.expires_in, scope: tokens.scope, tokenType: tokens.token_type }, "token metadata"); ⟦S:metadata⟧
  req.session.accessToken = tokens.access_token;
  req.session.refreshToken = tokens.refresh_token;
  const idToken = tokens.id_token;
  log.debug("id_token=" + idToken); ⟦L:concat,id-token⟧
  res.redirect("/");
});

router.post("/oauth/refresh", async (req, res) => {
  const refreshToken = req.session.refreshToken;
  if (!refreshToken) {
    log.warn({ sessionId: req.session.id }, "no refresh token in session"); ⟦S:session-id⟧
    return res.sendStatus(401);
  }
  const resp = await fetch(TOKEN_URL, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: CLIENT_ID }),
  });
  if (!resp.ok) {
    log.error({ refreshToken, status: resp.status }, "refresh failed"); ⟦L:structured-shorthand,refresh-token⟧
    return res.sendStatus(502);
  }
  const tokens = await resp.json();
  req.session.accessToken = tokens.access_token;
  log.info({ headers: req.headers, path: req.path }, "session refreshed"); ⟦S:pino-redact⟧
  res.json({ expires_in: tokens.expires_in });
});
@@file js: «root»/jobs/passwordReset.ts
import bunyan from "bunyan";
import crypto from "node:crypto";
import { Pool } from "pg";
import { sendMail } from "../mail";

const log = bunyan.createLogger({ name: "«svc»-reset", level: "info" });

const dbUrl = `postgres://${process.env.DB_USER}:${process.env.DB_PASSWORD}@${process.env.DB_HOST}:5432/«dbname»`;
const pool = new Pool({ connectionString: dbUrl });
log.info({ dbUrl }, "connected to postgres"); ⟦L:dsn,structured-shorthand⟧
log.info({ host: process.env.DB_HOST, database: "«dbname»" }, "postgres pool created"); ⟦S:host⟧

const TOKEN_TTL_MINUTES = 30;

function hashToken(raw: string): string {
  return crypto.createHash("sha256").update(raw).digest("hex");
}

export async function requestPasswordReset(email: string): Promise<void> {
  const { rows } = await pool.query("SELECT id FROM users WHERE email = $1", [email]);
  if (rows.length === 0) {
    log.info({ email }, "password reset requested for unknown email"); ⟦S:email⟧
    return;
  }
  const userId = rows[0].id;
  const resetToken = crypto.randomBytes(32).toString("hex");
  const tokenHash = hashToken(resetToken);
  await pool.query(
    "INSERT INTO password_resets (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 minutes')",
    [userId, tokenHash],
  );
  log.info(`password reset requested for user ${userId}`); ⟦S:userid⟧
  log.debug({ userId, resetToken }, "generated reset token"); ⟦L:structured-shorthand,reset-token⟧
  log.debug({ userId, tokenHash }, "stored reset token hash"); ⟦S:hash⟧
  const link = `https://«svc».example.com/reset?token=${resetToken}`;
  console.log(`reset link for ${email}: ${link}`); ⟦L:url-with-token⟧
  await sendMail(email, "Reset your password", `Use this link within ${TOKEN_TTL_MINUTES} minutes: ${link}`);
  log.info({ email, ttlMinutes: TOKEN_TTL_MINUTES }, "reset email sent"); ⟦S:email,expiry⟧
}

export async function verifyOtp(userId: string, otp: string): Promise<boolean> {
  const { rows } = await pool.query("SELECT otp_hash, attempts FROM otp_codes WHERE user_id = $1", [userId]);
  const record = rows[0];
  if (!record) {
    log.warn({ userId }, "no OTP on file"); ⟦S:userid⟧
    return false;
  }
  const ok = crypto.timingSafeEqual(Buffer.from(hashToken(otp)), Buffer.from(record.otp_hash));
  if (!ok) {
    log.warn(`invalid OTP ${otp} for user ${userId} (attempt ${record.attempts + 1})`); ⟦L:otp,interp⟧
    log.warn({ userId, otpAttempts: record.attempts + 1 }, "invalid OTP"); ⟦S:counter⟧
    await pool.query("UPDATE otp_codes SET attempts = attempts + 1 WHERE user_id = $1", [userId]);
  }
  return ok;
}

export async function completeReset(token: string, newPassword: string): Promise<boolean> {
  const tokenHash = hashToken(token);
  const { rows } = await pool.query("SELECT user_id FROM password_resets WHERE token_hash = $1 AND expires_at > now()", [tokenHash]);
  if (rows.length === 0) {
    log.warn("reset token not found or expired"); ⟦S:no-value⟧
    return false;
  }
  if (newPassword.length < 12) {
    log.info({ passwordLength: newPassword.length }, "rejected weak password"); ⟦S:length⟧
    return false;
  }
  log.trace({ token, newPassword }, "completing reset"); ⟦L:structured-shorthand,password⟧
  await pool.query("UPDATE users SET password_hash = crypt($1, gen_salt('bf')) WHERE id = $2", [newPassword, rows[0].user_id]);
  log.info({ userId: rows[0].user_id }, "password updated"); ⟦S:userid⟧
  return true;
}
