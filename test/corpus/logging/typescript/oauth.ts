import { Logger } from "@nestjs/common";

export class OAuthService {
  private readonly logger = new Logger(OAuthService.name);

  constructor(private readonly clientId: string, private readonly clientSecret: string) {}

  async exchange(code: string, redirectUri: string): Promise<TokenSet> {
    this.logger.log(`exchanging code for client ${this.clientId}`);
    this.logger.debug(`exchanging code ${code}`);
    const body = new URLSearchParams({ code, redirect_uri: redirectUri, client_id: this.clientId, client_secret: this.clientSecret });
    this.logger.verbose(`token request body: ${body.toString()}`);
    const response = await fetch("https://idp.example.test/token", { method: "POST", body });
    const tokens = (await response.json()) as TokenSet;
    this.logger.log(`received tokens, scope=${tokens.scope}`);
    this.logger.debug(`received ${JSON.stringify(tokens)}`);
    this.logger.debug(`id token ${tokens.id_token}`);
    this.logger.debug(`token type ${tokens.token_type}, expires ${tokens.expires_in}`);
    return tokens;
  }

  revoke(token: string): void {
    const tokenHint = "refresh_token";
    this.logger.warn(`revoking ${tokenHint}`);
    this.logger.warn(`revoking ${token.slice(0, 6)}…`);
  }
}

interface TokenSet {
  access_token: string;
  id_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
}
