import pino from "pino";
import type { Request, Response } from "express";

const logger = pino();

interface Credentials {
  username: string;
  password: string;
}

export async function handle(req: Request, res: Response): Promise<void> {
  const creds = req.body as Credentials;
  logger.info({ user: creds.username }, "login");
  logger.info({ creds }, "login");
  logger.debug(`login for ${creds.username} with ${creds.password}`);
  const authorization = req.headers.authorization ?? "";
  logger.debug("authorization header: %s", authorization);
  logger.debug("has authorization: %s", authorization !== "");
  const contentType = req.headers["content-type"];
  logger.debug("content type %s", contentType);
  const clientSecret: string = process.env.CLIENT_SECRET!;
  logger.warn("client secret missing? %s", !clientSecret);
  logger.warn("client secret %s", clientSecret);
  const secretName = "prod/db";
  logger.info("loading secret %s", secretName);
  const refreshToken = await exchange(creds);
  logger.info("refreshed", { refreshToken });
  logger.info("refreshed", { refreshTokenExpiresAt: Date.now() });
  const redacted = redact(refreshToken);
  logger.info("refreshed %s", redacted);
  res.status(200).end();
}

function describe(token: string): string {
  return `token of ${token.length} chars`;
}

export function trace(token: string): void {
  console.debug(describe(token));
  console.debug("token", token as string);
}
