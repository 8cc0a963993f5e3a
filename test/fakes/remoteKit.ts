// Helpers the remote-store tests share: a controllable clock, an in-memory credential provider, an audit
// recorder and runtime-generated fake secret values (never committed as literals).

import { randomBytes } from "node:crypto";
import type { AuditEvent, Clock, CredentialProvider } from "../../client/src/stores/remote/common";

export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public time = Date.UTC(2026, 0, 1)) {}
  now = (): number => this.time;
  sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.time += ms;
  };
  advance(ms: number): void {
    this.time += ms;
  }
}

export class MemoryCredentials implements CredentialProvider {
  readonly values = new Map<string, string>();
  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }
  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }
  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }
}

export class AuditRecorder {
  readonly events: AuditEvent[] = [];
  sink = (event: AuditEvent): void => {
    this.events.push(event);
  };
}

/** A value shaped like a live API key, built at run time so no credential-looking literal is committed. */
export function fakeSecret(prefix = "sk_" + "live_"): string {
  return prefix + randomBytes(18).toString("base64url");
}

/** Asserts no recorded text contains any of the values (or their tails beyond 4 characters). */
export function leakedValues(texts: string[], values: string[]): string[] {
  const leaks: string[] = [];
  for (const value of values) {
    const tail = value.slice(4);
    for (const text of texts) if (text.includes(value) || (tail.length >= 8 && text.includes(tail))) leaks.push(text);
  }
  return leaks;
}

/** A port nothing listens on: bind, read the port, close. */
export async function closedPort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * An HTTPS server with a throw-away self-signed certificate (made by the openssl CLI at test time), to check that
 * TLS failures are reported as such. Undefined when openssl is missing.
 */
export async function selfSignedHttpsServer(): Promise<{ url: string; close(): Promise<void> } | undefined> {
  const { execFileSync } = await import("node:child_process");
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const https = await import("node:https");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hush-tls-"));
  try {
    try {
      execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-days", "1", "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")], { stdio: "ignore" });
    } catch {
      return undefined;
    }
    const server = https.createServer({ key: fs.readFileSync(path.join(dir, "key.pem")), cert: fs.readFileSync(path.join(dir, "cert.pem")) }, (_req, res) => res.end("{}"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    return {
      url: `https://127.0.0.1:${port}`,
      close: async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
