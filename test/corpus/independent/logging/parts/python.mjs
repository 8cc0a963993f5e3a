import { source } from './builder.mjs';

const paymentGateway = source('checkout/app/services/payment_gateway.py', 'python', String.raw`
"""Client for the Paylane card payment gateway."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass

import requests

logger = logging.getLogger(__name__)


class PaymentGatewayError(Exception):
    """Raised when the gateway rejects a request."""


@dataclass
class GatewayConfig:
    base_url: str
    merchant_id: str
    secret: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ.get("PAYLANE_URL", "https://api.paylane.example"),
            merchant_id=os.environ["PAYLANE_MERCHANT_ID"],
            secret=os.environ["PAYLANE_SECRET"],
            timeout=float(os.environ.get("PAYLANE_TIMEOUT", "10")),
        )


class PaymentGateway:
    def __init__(self, config: GatewayConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.secret = config.secret
        self.session = session or requests.Session()
        logger.info("payment gateway ready merchant=%s url=%s", config.merchant_id, config.base_url)
        logger.debug("gateway secret configured: %s", bool(self.secret))

    def _sign(self, body: bytes) -> str:
        return hmac.new(self.secret.encode(), body, hashlib.sha256).hexdigest()

    def _check(self, resp: requests.Response) -> None:
        if resp.status_code >= 400:
            raise PaymentGatewayError(
                f"gateway error {resp.status_code} for merchant {self.config.merchant_id} using secret {self.secret}"
            )

    def _post(self, path: str, payload: dict) -> requests.Response:
        body = json.dumps(payload, separators=(",", ":")).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Merchant": self.config.merchant_id,
            "X-Signature": self._sign(body),
        }
        logger.debug( ⟦L:printf,field⟧
            "signing %s for merchant %s with secret %s", ⟦+⟧
            path, ⟦+⟧
            self.config.merchant_id, ⟦+⟧
            self.secret, ⟦+⟧
        ) ⟦+⟧
        return self.session.post(self.config.base_url + path, data=body, headers=headers, timeout=self.config.timeout)

    def charge(self, order_id: str, amount_cents: int, currency: str, card_token: str) -> dict:
        started = time.monotonic()
        resp = self._post(
            "/v1/charges",
            {"order": order_id, "amount": amount_cents, "currency": currency, "card": card_token},
        )
        elapsed_ms = (time.monotonic() - started) * 1000
        logger.info("charge order=%s status=%s elapsed_ms=%.1f", order_id, resp.status_code, elapsed_ms)
        if resp.status_code == 401:
            logger.error("gateway rejected credentials for merchant %s", self.config.merchant_id) ⟦S:event⟧
            raise PaymentGatewayError("authentication failed")
        self._check(resp)
        data = resp.json()
        logger.info("charge accepted order=%s card=%s", order_id, "****" + card_token[-4:]) ⟦S:truncated⟧
        return data

    def refund(self, charge_id: str, amount_cents: int | None = None) -> bool:
        payload = {"charge": charge_id}
        if amount_cents is not None:
            payload["amount"] = amount_cents
        resp = self._post("/v1/refunds", payload)
        try:
            self._check(resp)
        except PaymentGatewayError as exc:
            logger.error("refund %s failed: %s", charge_id, exc) ⟦L:exception⟧
            return False
        logger.info("refund issued charge=%s amount=%s", charge_id, amount_cents)
        return True

    def verify_callback(self, payload: bytes, signature: str) -> bool:
        expected = self._sign(payload)
        valid = hmac.compare_digest(expected, signature)
        logger.debug("callback signature valid=%s", valid) ⟦S:boolean⟧
        return valid


def build_gateway() -> PaymentGateway:
    config = GatewayConfig.from_env()
    logger.info("building gateway for merchant %s (timeout %.0fs)", config.merchant_id, config.timeout)
    return PaymentGateway(config)
`);

const authViews = source('backend/api/views/auth.py', 'python', String.raw`
"""Authentication endpoints for the public API."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

import structlog
from flask import Blueprint, current_app, jsonify, request

from ..extensions import db
from ..models import ApiToken, User
from ..security import hash_password, verify_password

log = structlog.get_logger(__name__)
bp = Blueprint("auth", __name__, url_prefix="/api/auth")

TOKEN_TTL = timedelta(hours=12)


def _token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@bp.post("/register")
def register():
    payload = request.get_json(force=True) or {}
    email = payload.get("email", "").strip().lower()
    password = payload.get("password", "")
    log.info("register.attempt", email=email, has_password=bool(password))
    if len(password) < 12:
        log.warning("register.weak_password", email=email, length=len(password))
        return jsonify(error="weak_password"), 422
    if User.query.filter_by(email=email).first():
        log.info("register.duplicate", email=email)
        return jsonify(error="email_taken"), 409
    user = User(email=email, password_hash=hash_password(password))
    db.session.add(user)
    db.session.commit()
    log.info("register.success", user_id=user.id)
    return jsonify(id=user.id), 201


@bp.post("/login")
def login():
    data = request.get_json(force=True) or {}
    email = data.get("email", "")
    user = User.query.filter_by(email=email).first()
    if user is None or not verify_password(user.password_hash, data.get("password", "")):
        log.warning("login.invalid_password", email=email)
        return jsonify(error="invalid_credentials"), 401
    raw = secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=user.id,
        token_hash=_token_hash(raw),
        expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
    )
    db.session.add(token)
    db.session.commit()
    log.info("login.success", user_id=user.id, token_id=token.id, token_type="bearer") ⟦S:token-type⟧
    log.debug("login.issued_token", user_id=user.id, access_token=raw) ⟦L:structured⟧
    return jsonify(access_token=raw, token_type="bearer", expires_in=int(TOKEN_TTL.total_seconds()))


@bp.post("/tokens/revoke")
def revoke():
    raw = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    bound = log.bind(request_id=request.headers.get("X-Request-Id"), path=request.path)
    token = ApiToken.query.filter_by(token_hash=_token_hash(raw)).first()
    if token is None:
        bound.warning("revoke.unknown_token", token_hash=_token_hash(raw)[:12]) ⟦S:hashed⟧
        return jsonify(error="not_found"), 404
    token.revoked_at = datetime.now(timezone.utc)
    db.session.commit()
    bound.info("revoke.success", token_id=token.id, user_id=token.user_id)
    return "", 204


@bp.get("/debug/headers")
def debug_headers():
    if not current_app.debug:
        return jsonify(error="not_found"), 404
    log.debug("debug.headers", headers=dict(request.headers)) ⟦L:object⟧
    safe = {k: v for k, v in request.headers.items() if k.lower() not in ("authorization", "cookie")}
    log.debug("debug.headers_sanitized", headers=safe) ⟦S:redacted-headers⟧
    return jsonify(headers=safe)
`);

const rotateKeys = source('ops-scripts/scripts/rotate_keys.py', 'python', String.raw`
#!/usr/bin/env python3
"""Rotate service API keys stored in Vault.

Usage: rotate_keys.py [--dry-run] [-v] SERVICE [SERVICE ...]
"""
import argparse
import json
import os
import secrets
import sys
import time
import urllib.error
import urllib.request

VAULT_ADDR = os.environ.get("VAULT_ADDR", "http://127.0.0.1:8200")


def mask(value: str, keep: int = 4) -> str:
    if not value:
        return "<empty>"
    return value[:keep] + "*" * max(len(value) - keep, 0)


def vault_request(method: str, path: str, token: str, body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        f"{VAULT_ADDR}/v1/{path}",
        data=data,
        method=method,
        headers={"X-Vault-Token": token, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        raw = resp.read()
    return json.loads(raw) if raw else {}


def rotate(service: str, vault_token: str, dry_run: bool, verbose: bool) -> str:
    path = f"secret/data/services/{service}"
    current = vault_request("GET", path, vault_token)["data"]["data"]
    old_key = current.get("api_key", "")
    print(f"[{service}] current key: {mask(old_key)}") ⟦S:masked⟧
    new_key = secrets.token_hex(24)
    if verbose:
        print(f"[{service}] generated new key {new_key}") ⟦L:template⟧
    if dry_run:
        print(f"[{service}] dry run, not writing (new key length {len(new_key)})") ⟦S:length⟧
        return new_key
    updated = {**current, "api_key": new_key, "rotated_at": int(time.time())}
    vault_request("POST", path, vault_token, {"data": updated})
    print(f"[{service}] rotated; key id {current.get('key_id', 'n/a')}") ⟦S:key-id⟧
    return new_key


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Rotate service API keys in Vault")
    parser.add_argument("services", nargs="+", help="service names, e.g. billing search")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--vault-token", default=os.environ.get("VAULT_TOKEN"))
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    if not args.vault_token:
        print("error: VAULT_TOKEN is not set", file=sys.stderr)
        return 2
    if args.verbose:
        print("arguments:", vars(args)) ⟦L:object⟧
    started = time.monotonic()
    rotated, failures = [], 0
    for service in args.services:
        try:
            rotate(service, args.vault_token, args.dry_run, args.verbose)
            rotated.append(service)
        except urllib.error.HTTPError as exc:
            failures += 1
            print(f"[{service}] vault returned HTTP {exc.code}", file=sys.stderr)
        except KeyError:
            failures += 1
            print(f"[{service}] no secret found at secret/data/services/{service}", file=sys.stderr)
    print(f"rotated {len(rotated)} services, {failures} failures in {time.monotonic() - started:.1f}s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
`);

const syncCrm = source('crm-worker/worker/tasks/sync_crm.py', 'python', String.raw`
"""Celery tasks that mirror HubSpot contacts into the local CRM tables."""
from __future__ import annotations

import time

import httpx
from loguru import logger

from worker.celery_app import app as celery_app
from worker.db import session_scope
from worker.models import AccountSettings, Contact


class CrmAuthError(Exception):
    pass


class HubspotClient:
    def __init__(self, access_token: str, base_url: str = "https://api.hubapi.com") -> None:
        self.base_url = base_url
        self.session = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {access_token}"},
            timeout=15.0,
        )
        logger.debug("hubspot client created token_prefix={}", access_token[:6] + "...") ⟦S:truncated⟧

    def list_contacts(self, after: str | None = None) -> dict:
        params = {"limit": 100, "properties": "email,firstname,lastname"}
        if after:
            params["after"] = after
        started = time.perf_counter()
        resp = self.session.get("/crm/v3/objects/contacts", params=params)
        logger.debug("contacts page status={} elapsed={:.0f}ms", resp.status_code, (time.perf_counter() - started) * 1000)
        if resp.status_code == 401:
            raise CrmAuthError("hubspot rejected access token")
        resp.raise_for_status()
        return resp.json()


def refresh_access_token(refresh_token: str, client_id: str, client_secret: str) -> str:
    resp = httpx.post(
        "https://api.hubapi.com/oauth/v1/token",
        data={
            "grant_type": "refresh_token",
            "client_id": client_id,
            "client_secret": client_secret,
            "refresh_token": refresh_token,
        },
        timeout=15.0,
    )
    resp.raise_for_status()
    body = resp.json()
    logger.info( ⟦S:token-type⟧
        "hubspot token refreshed, expires_in={} token_type={}", ⟦+⟧
        body.get("expires_in"), ⟦+⟧
        body.get("token_type", "bearer"), ⟦+⟧
    ) ⟦+⟧
    return body["access_token"]


def _upsert(session, account_id: int, item: dict) -> bool:
    props = item.get("properties", {})
    if not props.get("email"):
        return False
    contact = session.query(Contact).filter_by(account_id=account_id, external_id=item["id"]).one_or_none()
    if contact is None:
        contact = Contact(account_id=account_id, external_id=item["id"])
        session.add(contact)
    contact.email = props["email"]
    contact.first_name = props.get("firstname")
    contact.last_name = props.get("lastname")
    return True


@celery_app.task(bind=True, max_retries=3, default_retry_delay=60)
def sync_crm_contacts(self, account_id: int) -> dict:
    with session_scope() as session:
        settings = session.get(AccountSettings, account_id)
        creds = {
            "portal_id": settings.hubspot_portal_id,
            "access_token": settings.hubspot_access_token,
            "refresh_token": settings.hubspot_refresh_token,
        }
    logger.info("starting crm sync account={} portal={}", account_id, creds["portal_id"])
    logger.debug("crm credentials: {}", creds) ⟦L:object⟧

    synced = skipped = 0
    with logger.contextualize(account_id=account_id, task_id=self.request.id):
        client = HubspotClient(creds["access_token"])
        after = None
        try:
            while True:
                page = client.list_contacts(after)
                with session_scope() as session:
                    for item in page.get("results", []):
                        if _upsert(session, account_id, item):
                            synced += 1
                        else:
                            skipped += 1
                after = page.get("paging", {}).get("next", {}).get("after")
                if not after:
                    break
        except CrmAuthError:
            logger.warning("token expired for account {}, refreshing", account_id) ⟦S:event⟧
            new_token = refresh_access_token(
                creds["refresh_token"], settings.hubspot_client_id, settings.hubspot_client_secret
            )
            logger.info(f"refreshed hubspot token for account {account_id}: {new_token}") ⟦L:template⟧
            with session_scope() as session:
                session.get(AccountSettings, account_id).hubspot_access_token = new_token
            raise self.retry()
        logger.info("synced {} contacts, {} skipped", synced, skipped)
    return {"synced": synced, "skipped": skipped}
`);

export default [paymentGateway, authViews, rotateKeys, syncCrm];
