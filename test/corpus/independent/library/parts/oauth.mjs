// OAuth2 client library (Python): client, test suite, README.
export default function oauth({ t, S, R, sha256hex, b64url }) {
  const ghp = S.ghp();
  const oauthSecret = S.ghOauthSecret();
  const appClientId = 'Iv1.' + R.rs('0123456789abcdef', 16);
  const rfcBasic = Buffer.from('s6BhdRkqt3:gX1fBat3bV').toString('base64');
  const pkceVerifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
  const pkceChallenge = b64url(Buffer.from(sha256hex(pkceVerifier), 'hex'));
  const files = [];

  files.push({ path: 'oauth2-lite/oauth2lite/client.py', text: t`
"""Minimal OAuth 2.0 client for confidential and public clients (RFC 6749, RFC 7636)."""
from __future__ import annotations

import base64
import hashlib
import os
import secrets
import time
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlencode

import requests

@@N:env-var-name|CLIENT_SECRET_ENV = "OAUTH2_CLIENT_SECRET"
@@N:env-var-name|CLIENT_ID_ENV = "OAUTH2_CLIENT_ID"
@@N:header-name|AUTHORIZATION_HEADER = "Authorization"
@@N:enum-value|GRANT_CLIENT_CREDENTIALS = "client_credentials"
@@N:enum-value|GRANT_REFRESH_TOKEN = "refresh_token"
DEFAULT_TIMEOUT = 10.0


class OAuth2Error(Exception):
    def __init__(self, error: str, description: Optional[str] = None):
        super().__init__(f"{error}: {description or ''}")
        self.error = error
        self.description = description


@dataclass
class Token:
@@N:type-definition|    access_token: str
@@N:type-definition|    refresh_token: Optional[str] = None
    token_type: str = "Bearer"
    expires_at: Optional[float] = None
    scope: list[str] = field(default_factory=list)

    @property
    def expired(self) -> bool:
        return self.expires_at is not None and time.time() >= self.expires_at - 30


class OAuth2Client:
    def __init__(self, token_url: str, client_id: str, client_secret: Optional[str] = None,
                 session: Optional[requests.Session] = None, timeout: float = DEFAULT_TIMEOUT):
        self.token_url = token_url
        self.client_id = client_id
@@N:variable-assignment|        self.client_secret = client_secret
        self.session = session or requests.Session()
        self.timeout = timeout
        self._token: Optional[Token] = None

    @classmethod
    def from_env(cls, token_url: str) -> "OAuth2Client":
@@N:env-read|        secret = os.environ.get(CLIENT_SECRET_ENV)
        return cls(token_url, os.environ[CLIENT_ID_ENV], secret)

    def _basic_auth(self) -> str:
        raw = f"{self.client_id}:{self.client_secret}".encode()
        return "Basic " + base64.b64encode(raw).decode()

    @staticmethod
    def pkce_pair() -> tuple[str, str]:
        verifier = secrets.token_urlsafe(64)[:96]
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        return verifier, challenge

    def authorization_url(self, authorize_url: str, redirect_uri: str, scope: list[str],
                          state: Optional[str] = None, code_challenge: Optional[str] = None) -> str:
        params = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": redirect_uri,
            "scope": " ".join(scope),
            "state": state or secrets.token_urlsafe(16),
        }
        if code_challenge:
            params["code_challenge"] = code_challenge
            params["code_challenge_method"] = "S256"
        return f"{authorize_url}?{urlencode(params)}"

    def _request_token(self, data: dict) -> Token:
        headers = {"Accept": "application/json"}
        if self.client_secret:
            headers[AUTHORIZATION_HEADER] = self._basic_auth()
        else:
            data = {**data, "client_id": self.client_id}
        resp = self.session.post(self.token_url, data=data, headers=headers, timeout=self.timeout)
        body = resp.json()
        if resp.status_code >= 400 or "error" in body:
@@N:error-string|            raise OAuth2Error(body.get("error", "invalid_client"), "client_secret was rejected by the token endpoint")
        expires_in = body.get("expires_in")
        self._token = Token(
@@N:variable-assignment|            access_token=body["access_token"],
            refresh_token=body.get("refresh_token"),
            token_type=body.get("token_type", "Bearer"),
            expires_at=time.time() + expires_in if expires_in else None,
            scope=body.get("scope", "").split(),
        )
        return self._token

    def fetch_client_credentials(self, scope: Optional[list[str]] = None) -> Token:
        return self._request_token({"grant_type": GRANT_CLIENT_CREDENTIALS, "scope": " ".join(scope or [])})

    def exchange_code(self, code: str, redirect_uri: str, code_verifier: Optional[str] = None) -> Token:
        data = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
        if code_verifier:
            data["code_verifier"] = code_verifier
        return self._request_token(data)

    def refresh(self) -> Token:
        if not self._token or not self._token.refresh_token:
@@N:error-string|            raise OAuth2Error("invalid_grant", "no refresh_token available; re-authenticate")
        return self._request_token({"grant_type": GRANT_REFRESH_TOKEN, "refresh_token": self._token.refresh_token})

    def bearer_header(self) -> dict:
        if self._token is None or self._token.expired:
            self.refresh() if self._token else self.fetch_client_credentials()
        return {AUTHORIZATION_HEADER: f"Bearer {self._token.access_token}"}
` });

  files.push({ path: 'oauth2-lite/tests/test_client.py', text: t`
import os
import time

import pytest
import responses

from oauth2lite.client import OAuth2Client, OAuth2Error

TOKEN_URL = "https://auth.example.com/oauth/token"

# Values below are the examples printed in RFC 6749 sections 2.3.1, 4.1 and 5.1.
@@N:rfc-test-vector|RFC_CLIENT_ID = "s6BhdRkqt3"
@@N:rfc-test-vector|RFC_CLIENT_SECRET = "gX1fBat3bV"
@@N:rfc-test-vector|RFC_BASIC_HEADER = "Basic ${rfcBasic}"
@@N:rfc-test-vector|RFC_ACCESS_TOKEN = "2YotnFZFEjr1zCsicMWpAA"
@@N:rfc-test-vector|RFC_REFRESH_TOKEN = "tGzv3JOkF0XG5Qx2TlKWIA"
@@N:rfc-test-vector|RFC_AUTH_CODE = "SplxlOBeZQQYbYS6WxSbIA"

# RFC 7636 Appendix B example verifier/challenge pair.
@@N:rfc-test-vector|PKCE_VERIFIER = "${pkceVerifier}"
@@N:rfc-test-vector|PKCE_CHALLENGE = "${pkceChallenge}"


@pytest.fixture
def client():
    return OAuth2Client(TOKEN_URL, RFC_CLIENT_ID, RFC_CLIENT_SECRET)


@responses.activate
def test_client_credentials_sends_basic_auth(client):
    responses.post(TOKEN_URL, json={
@@N:mock-response|        "access_token": RFC_ACCESS_TOKEN,
        "token_type": "example",
        "expires_in": 3600,
@@N:mock-response|        "refresh_token": RFC_REFRESH_TOKEN,
    })
    token = client.fetch_client_credentials(["read"])
    assert token.access_token == RFC_ACCESS_TOKEN
    assert responses.calls[0].request.headers["Authorization"] == RFC_BASIC_HEADER


@responses.activate
def test_error_response_raises(client):
    responses.post(TOKEN_URL, status=401, json={"error": "invalid_client"})
    with pytest.raises(OAuth2Error) as exc:
        client.fetch_client_credentials()
    assert exc.value.error == "invalid_client"


@responses.activate
def test_refresh_uses_refresh_token(client):
@@N:mock-response|    responses.post(TOKEN_URL, json={"access_token": "mock-access-1", "refresh_token": "mock-refresh-1", "expires_in": 1})
@@N:mock-response|    responses.post(TOKEN_URL, json={"access_token": "mock-access-2", "expires_in": 3600})
    client.fetch_client_credentials()
    time.sleep(1.1)
    assert client.bearer_header()["Authorization"] == "Bearer mock-access-2"


def test_pkce_pair_shape():
    verifier, challenge = OAuth2Client.pkce_pair()
    assert 43 <= len(verifier) <= 128
    assert "=" not in challenge


def test_public_client_sends_client_id(client):
    public = OAuth2Client(TOKEN_URL, RFC_CLIENT_ID)
    assert public.client_secret is None


# ---------------------------------------------------------------------------
# Live tests: run with \`pytest -m live\`. They talk to the real GitHub endpoints.
# ---------------------------------------------------------------------------

@@N:public-identifier|GITHUB_APP_CLIENT_ID = "${appClientId}"
@@S:github-oauth-secret|GITHUB_APP_CLIENT_SECRET = "${oauthSecret}"


@pytest.mark.live
def test_github_user_endpoint_with_pat():
    import requests
@@S:github-pat|    token = os.environ.get("GH_TOKEN", "${ghp}")
    resp = requests.get("https://api.github.com/user", headers={"Authorization": f"token {token}"}, timeout=10)
    assert resp.status_code == 200
    assert "login" in resp.json()


@pytest.mark.live
def test_github_device_flow_start():
    import requests
    resp = requests.post(
        "https://github.com/login/device/code",
        data={"client_id": GITHUB_APP_CLIENT_ID, "scope": "read:user"},
        headers={"Accept": "application/json"},
        timeout=10,
    )
    assert "device_code" in resp.json()


@pytest.mark.live
def test_github_code_exchange_rejects_bad_code():
    c = OAuth2Client("https://github.com/login/oauth/access_token", GITHUB_APP_CLIENT_ID, GITHUB_APP_CLIENT_SECRET)
    with pytest.raises(OAuth2Error):
        c.exchange_code("not-a-real-code", "http://localhost:8080/callback", code_verifier=PKCE_VERIFIER)
` });

  files.push({ path: 'oauth2-lite/README.md', text: t`
# oauth2-lite

A small, dependency-light OAuth 2.0 client for Python 3.9+. Supports the
authorization code grant (with PKCE), client credentials and refresh tokens.

[![PyPI](https://img.shields.io/pypi/v/oauth2-lite.svg)](https://pypi.org/project/oauth2-lite/)

## Installation

\`\`\`bash
pip install oauth2-lite
\`\`\`

## Quick start

\`\`\`python
import os
from oauth2lite import OAuth2Client

client = OAuth2Client(
    token_url="https://auth.example.com/oauth/token",
    client_id=os.environ["OAUTH2_CLIENT_ID"],
@@N:env-read|    client_secret=os.environ["OAUTH2_CLIENT_SECRET"],
)
token = client.fetch_client_credentials(scope=["read", "write"])
print(token.expires_at)
\`\`\`

Or let the client read both values from the environment:

\`\`\`python
client = OAuth2Client.from_env("https://auth.example.com/oauth/token")
\`\`\`

## Configuration

| Environment variable     | Description                                  |
|--------------------------|----------------------------------------------|
| \`OAUTH2_CLIENT_ID\`       | Public identifier of your registered client  |
@@N:env-var-name|| \`OAUTH2_CLIENT_SECRET\`   | Confidential client secret (never commit it) |

Never hard-code the secret. If you must pass it explicitly, load it from your
secret manager:

\`\`\`python
@@N:placeholder|client = OAuth2Client(TOKEN_URL, "my-client-id", client_secret="<YOUR_CLIENT_SECRET>")
\`\`\`

## Authorization code + PKCE

\`\`\`python
verifier, challenge = OAuth2Client.pkce_pair()
url = client.authorization_url(
    "https://auth.example.com/authorize",
    redirect_uri="http://localhost:8080/callback",
    scope=["openid", "profile"],
    code_challenge=challenge,
)
# ... user is redirected back with ?code=...
token = client.exchange_code(code, "http://localhost:8080/callback", code_verifier=verifier)
\`\`\`

A token response looks like this (example from RFC 6749 section 5.1):

\`\`\`json
{
@@N:rfc-test-vector|  "access_token": "2YotnFZFEjr1zCsicMWpAA",
  "token_type": "example",
  "expires_in": 3600,
@@N:rfc-test-vector|  "refresh_token": "tGzv3JOkF0XG5Qx2TlKWIA"
}
\`\`\`

## Running the tests

\`\`\`bash
pip install -e ".[test]"
pytest                 # offline tests only
@@N:placeholder|GH_TOKEN=<personal-access-token> pytest -m live
\`\`\`

## License

MIT
` });
  return files;
}
