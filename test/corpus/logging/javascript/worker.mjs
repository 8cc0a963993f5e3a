import bunyan from "bunyan";
import { createHash } from "node:crypto";

const log = bunyan.createLogger({ name: "worker" });

export async function syncAccount(account, opts = {}) {
  const { apiToken, region } = account;
  log.info({ region }, "syncing account");
  log.debug({ account }, "account loaded");
  log.debug("using token %s", apiToken);
  const headers = { Authorization: `Bearer ${apiToken}`, "Content-Type": "application/json" };
  log.trace({ headers }, "request headers");
  log.trace({ contentType: headers["Content-Type"] }, "content type");
  const fingerprint = createHash("sha256").update(apiToken).digest("hex").slice(0, 8);
  log.info({ fingerprint }, "token fingerprint");
  try {
    await fetchAll(apiToken);
  } catch (err) {
    log.error({ err }, "sync failed");
    console.error(`sync failed for token ${apiToken}: ${err.message}`);
  }
  if (opts.verbose) {
    console.dir(opts, { depth: 3 });
  }
}

export function parseAuth(header) {
  const [scheme, credentials] = header.split(" ");
  console.log("auth scheme", scheme);
  const decoded = Buffer.from(credentials, "base64").toString("utf8");
  const [user, pass] = decoded.split(":");
  console.log("basic auth user", user);
  console.log("basic auth", user, pass);
  return { user, pass };
}

export class TokenStore {
  constructor(logger) {
    this.logger = logger;
    this.tokens = new Map();
  }
  put(id, refreshToken) {
    this.tokens.set(id, refreshToken);
    this.logger.info(`stored refresh token for ${id}`);
    this.logger.debug(`stored ${refreshToken}`);
  }
  size() {
    this.logger.info("tokens stored:", this.tokens.size);
  }
}

const sessionSecret = process.env.SESSION_SECRET ?? "dev-only";
console.info("session secret configured:", sessionSecret !== "dev-only");
console.info("session secret:", sessionSecret);
const privateKeyPath = process.env.PRIVATE_KEY_PATH;
console.info("private key at", privateKeyPath);
const privateKey = readFileSync(privateKeyPath, "utf8");
console.info(privateKey);
