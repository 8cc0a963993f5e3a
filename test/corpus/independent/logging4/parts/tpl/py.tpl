@@file py: «root»/auth/views.py
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, jsonify, request, session

from .models import User, db
from .passwords import check_password

logger = logging.getLogger(__name__)
bp = Blueprint("auth", __name__, url_prefix="/auth")

MAX_ATTEMPTS = 5
SESSION_TTL = timedelta(hours=8)


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    username = payload.get("username", "")
    password = payload.get("password", "")
    logger.debug("login attempt user=%s password=%s", username, password) ⟦L:format,password⟧
    logger.info("login attempt for %s from %s", username, request.remote_addr) ⟦S:username⟧

    user = User.query.filter_by(username=username).first()
    if user is None:
        logger.warning("login failed: unknown user %s", username) ⟦S:username⟧
        return jsonify(error="invalid credentials"), 401

    if user.failed_attempts >= MAX_ATTEMPTS:
        logger.warning("account %s locked after %d password_attempts", user.id, user.failed_attempts) ⟦S:counter⟧
        return jsonify(error="locked"), 423

    if not check_password(password, user.password_hash): ⟦S:comparison⟧
        user.failed_attempts += 1
        db.session.commit()
        logger.warning("invalid password for user %s (attempt %d)", username, user.failed_attempts) ⟦S:no-value⟧
        return jsonify(error="invalid credentials"), 401

    token = secrets.token_urlsafe(32)
    session["token"] = token
    user.failed_attempts = 0
    user.last_login = datetime.now(timezone.utc)
    db.session.commit()
    print(f"issued session token {token} for {username}") ⟦L:print,fstring⟧
    logger.info("issued session token fp=%s for %s", _fingerprint(token), username) ⟦S:hash⟧
    return jsonify(token=token, expires_in=int(SESSION_TTL.total_seconds()))


@bp.post("/logout")
def logout():
    token = session.pop("token", None)
    logger.info("logout, had_token=%s", token is not None) ⟦S:bool⟧
    return "", 204


@bp.post("/change-password")
def change_password():
    payload = request.get_json(force=True)
    old_password = payload["old_password"]
    new_password = payload["new_password"]
    user = User.query.get(session.get("user_id"))
    if len(new_password) < 12:
        logger.info("rejected new password of length %d for user %s", len(new_password), user.id) ⟦S:length⟧
        return jsonify(error="too short"), 400
    logger.debug(f"changing password for {user.username}: {old_password} -> {new_password}") ⟦L:fstring,password⟧
    user.set_password(new_password)
    db.session.commit()
    logger.info("password changed for user %s", user.id) ⟦S:userid⟧
    return "", 204
@@file py: «root»/clients/«vendor»_client.py
"""Thin HTTP client for the «Vendor» partner API."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import requests
from loguru import logger

API_KEY_ENV = "«VENDOR»_API_KEY"


def redact(value: str | None, keep: int = 4) -> str:
    if not value:
        return "<none>"
    return value[:keep] + "***"


@dataclass
class «Vendor»Config:
    base_url: str
    api_key: str
    client_secret: str
    timeout: float = 10.0
    retries: int = 3
    extra_headers: dict = field(default_factory=dict)


class «Vendor»Client:
    def __init__(self, config: «Vendor»Config):
        self.config = config
        self.api_key = config.api_key
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {config.api_key}", **config.extra_headers})
        logger.info("«vendor» client for {} (timeout={}s, retries={})", config.base_url, config.timeout, config.retries) ⟦S:config-fields⟧
        logger.debug("api key configured: {}", bool(self.api_key)) ⟦S:bool⟧
        logger.debug("api key {}", redact(self.api_key)) ⟦S:masked⟧
        logger.debug("session headers: {}", self.session.headers) ⟦L:request-headers,loguru⟧

    @classmethod
    def from_env(cls) -> "«Vendor»Client":
        key = os.environ.get(API_KEY_ENV)
        if not key:
            logger.error("environment variable {} is not set", API_KEY_ENV) ⟦S:env-name⟧
            raise RuntimeError(f"{API_KEY_ENV} missing")
        secret = os.environ["«VENDOR»_CLIENT_SECRET"]
        cfg = «Vendor»Config(base_url=os.environ.get("«VENDOR»_URL", "https://api.«vendor».example.com"), api_key=key, client_secret=secret)
        logger.info("loaded «vendor» config: {}", cfg) ⟦L:whole-config,dataclass-repr⟧
        return cls(cfg)

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url}{path}"
        for attempt in range(1, self.config.retries + 1):
            logger.info("calling {} {} attempt={}", method, url, attempt) ⟦S:url⟧
            try:
                resp = self.session.request(method, url, timeout=self.config.timeout, **kwargs)
                resp.raise_for_status()
                return resp.json()
            except requests.HTTPError as exc:
                logger.warning("{} {} -> {} (attempt {})", method, url, exc.response.status_code, attempt) ⟦S:status⟧
                logger.debug(f"failed request headers: {exc.request.headers}") ⟦L:request-headers,fstring⟧
            except requests.RequestException as exc:
                logger.exception("transport error talking to «vendor»: {}", type(exc).__name__) ⟦S:exception-type⟧
            time.sleep(2 ** attempt)
        raise RuntimeError(f"{method} {path} failed after {self.config.retries} attempts")

    def exchange_client_credentials(self) -> str:
        data = {"grant_type": "client_credentials", "client_secret": self.config.client_secret}
        logger.debug("token request body: {}", data) ⟦L:dict-with-secret⟧
        body = self._request("POST", "/oauth/token", data=data)
        access_token = body["access_token"]
        logger.info("got access token, expires_in={} scope={}", body.get("expires_in"), body.get("scope")) ⟦S:metadata⟧
        self.session.headers["Authorization"] = f"Bearer {access_token}"
        return access_token
@@file py: «root»/config/settings.py
"""Application settings loaded from the environment at startup."""
import logging
import os
import sys

import structlog
from pydantic import BaseSettings, SecretStr

SENSITIVE_KEYS = {"password", "secret", "token", "api_key", "dsn"}


def drop_secrets(_, __, event_dict):
    for key in list(event_dict):
        if any(s in key.lower() for s in SENSITIVE_KEYS):
            event_dict[key] = "[redacted]"
    return event_dict


structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        drop_secrets,
        structlog.processors.TimeStamper(fmt="iso"),
        structlog.processors.JSONRenderer(),
    ],
)
log = structlog.get_logger("«svc».settings")
plain_log = logging.getLogger("«svc».bootstrap")


class Settings(BaseSettings):
    env: str = "development"
    log_level: str = "INFO"
    db_host: str = "localhost"
    db_port: int = 5432
    db_name: str = "«dbname»"
    db_user: str = "«svc»"
    db_password: str = ""
    secret_key: str = ""
    sentry_dsn: str = ""
    redis_url: str = "redis://localhost:6379/0"

    class Config:
        env_prefix = "«SVC»_"

    @property
    def database_url(self) -> str:
        return f"postgresql://{self.db_user}:{self.db_password}@{self.db_host}:{self.db_port}/{self.db_name}"


def load_settings() -> Settings:
    settings = Settings()
    logging.basicConfig(level=settings.log_level, stream=sys.stdout)
    plain_log.info("log level set to %s", settings.log_level) ⟦S:log-level⟧
    plain_log.info("settings loaded: %r", settings.dict()) ⟦L:whole-config,format⟧
    plain_log.info("settings loaded: %r", settings.dict(exclude={"db_password", "secret_key", "sentry_dsn"})) ⟦S:omit-secret⟧
    log.info("database configured", db_host=settings.db_host, db_name=settings.db_name, db_password=settings.db_password) ⟦S:structlog-processor⟧
    print("DATABASE_URL =", settings.database_url) ⟦L:print,dsn⟧
    print(f"connecting to {settings.db_host}:{settings.db_port}/{settings.db_name} as {settings.db_user}") ⟦S:host,username⟧
    if not settings.secret_key:
        plain_log.warning("%sSECRET_KEY is empty; sessions will not be signed", Settings.Config.env_prefix) ⟦S:env-name⟧
    else:
        plain_log.debug("secret key has %d characters", len(settings.secret_key)) ⟦S:length⟧
    plain_log.debug("secret_key=%s", settings.secret_key) ⟦L:format,secret-key⟧
    return settings


def describe(settings: Settings) -> None:
    log.info("runtime", env=settings.env, redis=settings.redis_url.split("@")[-1]) ⟦S:host⟧
    for name, value in settings.dict().items():
        if name in ("db_password", "secret_key", "sentry_dsn", "redis_url"):
            continue
        print(f"  {name:<12} {value}") ⟦S:filtered-loop⟧


if __name__ == "__main__":
    describe(load_settings())
@@file py: «root»/worker/webhooks.py
import hashlib
import hmac
import json
import logging
import os

from celery import shared_task
from fastapi import APIRouter, Header, HTTPException, Request

logger = logging.getLogger("«svc».webhooks")
router = APIRouter()

SIGNING_SECRET_ENV = "«VENDOR»_WEBHOOK_SECRET"
signing_secret = os.environ.get(SIGNING_SECRET_ENV, "")
logging.info("webhook signing secret loaded: %s", signing_secret) ⟦L:format,signing-secret⟧
logging.info("webhook signing secret configured via %s (set=%s)", SIGNING_SECRET_ENV, bool(signing_secret)) ⟦S:env-name,bool⟧


def compute_signature(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@router.post("/webhooks/«vendor»")
async def receive(request: Request, x_signature: str = Header(default="")):
    body = await request.body()
    expected = compute_signature(signing_secret, body)
    if not hmac.compare_digest(expected, x_signature): ⟦S:comparison⟧
        logger.warning("webhook signature mismatch, body_len=%d", len(body)) ⟦S:length⟧
        logger.debug("verification used secret %r", signing_secret) ⟦L:format,signing-secret⟧
        raise HTTPException(status_code=401, detail="bad signature")
    event = json.loads(body)
    logger.info("webhook verified event=%s id=%s", event.get("type"), event.get("id")) ⟦S:event-id⟧
    process_event.delay(event)
    return {"ok": True}


@shared_task(bind=True, max_retries=5)
def process_event(self, event: dict):
    account = event.get("account", {})
    access_token = account.get("access_token")
    refresh_token = account.get("refresh_token")
    logger.info("processing %s for account %s", event.get("type"), account.get("id")) ⟦S:account-id⟧
    try:
        sync_account(account["id"], access_token)
    except Exception as exc:
        logger.error("sync failed for account %s with token %s: %s", account.get("id"), access_token, exc) ⟦L:exception,access-token⟧
        logger.error("sync failed for account %s: %s", account.get("id"), exc) ⟦S:exception⟧
        raise self.retry(exc=exc, countdown=30)
    print("stored refresh token", refresh_token) ⟦L:print,refresh-token⟧
    print("refresh token present:", refresh_token is not None) ⟦S:bool⟧


def sync_account(account_id: str, token: str) -> None:
    import requests

    headers = {"Authorization": f"Bearer {token}"}
    resp = requests.get(f"https://api.«vendor».example.com/accounts/{account_id}", headers=headers, timeout=10)
    if resp.status_code == 401:
        logger.warning("token for account %s rejected (len=%d)", account_id, len(token)) ⟦S:length⟧
        logger.debug("request headers were %s", headers) ⟦L:request-headers⟧
    resp.raise_for_status()
    logger.info("account %s synced, %d records", account_id, len(resp.json().get("items", []))) ⟦S:counter⟧
