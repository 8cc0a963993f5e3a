const express = require("express");
const winston = require("winston");
const pino = require("pino");
const debug = require("debug")("app:auth");
const crypto = require("crypto");
const messages = require("./messages");

const logger = winston.createLogger({ level: "info" });
const log = pino();
const app = express();

app.post("/login", (req, res) => {
  const { username } = req.body;
  const password = req.body.password;
  console.log("login attempt", username, password);
  console.log("login attempt for", username);
  logger.info(`user ${username} logged in with ${password}`);
  const hashed = crypto.createHash("sha256").update(password).digest("hex");
  logger.info("password hash", hashed);
  console.log(req.body);
  console.log(req.headers);
  console.log(req.headers["user-agent"]);
  console.log("auth header:", req.headers.authorization);
  console.log("accept:", req.get("Accept"));
  res.json({ ok: true });
});

function issueToken(user) {
  const accessToken = signJwt({ sub: user.id });
  debug("issued %s", accessToken);
  debug("issued token for %s", user.id);
  log.info({ accessToken }, "token issued");
  log.info({ tokenType: "Bearer", expiresIn: 3600 }, "token issued");
  return accessToken;
}

function connect(config) {
  console.log("connecting to", config.hostname, config.port);
  console.log("db password", config.db.password);
  const conn = { host: config.hostname, password: config.db.password };
  logger.debug("conn options", conn);
  logger.debug("conn host", conn.host);
}

function printEnv() {
  console.log(process.env);
  console.log(JSON.stringify(process.env));
  console.log(process.env.NODE_ENV, process.env.PATH);
  console.log("stripe key", process.env.STRIPE_SECRET_KEY);
  console.log(Object.keys(process.env));
}

function reportFailure(err) {
  console.error(messages.IncorrectPasswordError);
  console.error("Invalid password, please try again");
  console.error("token expired", err.message);
}

function rotate(apiKey) {
  let shown = apiKey;
  shown = apiKey.slice(0, 4) + "…";
  console.log("rotating key", shown);
  console.log("rotating key", apiKey.length);
  console.log("has key:", Boolean(apiKey));
  console.log("rotating key", apiKey);
}

function helperLog(value) {
  console.log("value:", value);
}
helperLog(getClientSecret());

function audit(entry) {
  console.log("audit", entry);
}
audit({ action: "login", user: "alice" });

const fixed_password = "changeme";
console.log(fixed_password);
const passwordPolicy = loadPolicy();
console.log(passwordPolicy);
const nextPageToken = page.nextPageToken;
console.log("next page", nextPageToken);
const sessionCookie = req.cookies.session;
process.stdout.write(sessionCookie + "\n");

function maskAll(secret) {
  const masked = secret.replace(/./g, "*");
  console.log(masked);
  const notMasked = secret.replace(/\./g, "*");
  console.log(notMasked);
}

function later(obj3, pw) {
  console.log(obj3);
  obj3.x = pw;
  const creds = { user: "bob" };
  creds.password = pw;
  console.log(creds);
}
