import { t, build } from './builder.mjs';

const twilio = build('app/webhooks/twilio_receiver.py', 'python', t`
"""Inbound SMS and status webhooks from Twilio."""
import base64
import hashlib
import hmac
import logging
import os

import requests
from flask import Blueprint, abort, current_app, jsonify, request

from app.models import InboundMessage, db
from app.tasks import route_inbound_sms

logger = logging.getLogger(__name__)
bp = Blueprint("twilio_webhooks", __name__, url_prefix="/webhooks/twilio")


def _auth_token() -> str:
    token = current_app.config.get("TWILIO_AUTH_TOKEN") or os.environ["TWILIO_AUTH_TOKEN"]
    return token


def _expected_signature(auth_token: str, url: str, params: dict) -> str:
    payload = url + "".join(f"{k}{params[k]}" for k in sorted(params))
    mac = hmac.new(auth_token.encode(), payload.encode(), hashlib.sha1)
    return base64.b64encode(mac.digest()).decode()


def validate_request(url: str, params: dict, signature: str) -> bool:
    auth_token = _auth_token()
    expected = _expected_signature(auth_token, url, params)
    valid = hmac.compare_digest(expected, signature or "")
    if not valid:
@@L:fstring,via-variable|        logger.warning(f"twilio signature mismatch for {url} (auth token {auth_token})")
@@S:bool|        logger.info("signature check: valid=%s has_header=%s", valid, bool(signature))
    return valid


@bp.route("/sms", methods=["POST"])
def inbound_sms():
    signature = request.headers.get("X-Twilio-Signature", "")
    params = request.form.to_dict()
    if not validate_request(request.url, params, signature):
        abort(403)

    account_sid = params.get("AccountSid")
@@S:key-id|    logger.info("inbound sms for account %s from %s", account_sid, params.get("From"))
    message = InboundMessage(
        sid=params.get("MessageSid"),
        from_number=params.get("From"),
        to_number=params.get("To"),
        body=params.get("Body", ""),
    )
    db.session.add(message)
    db.session.commit()
    route_inbound_sms.delay(message.id)
    return ("", 204)


@bp.route("/status", methods=["POST"])
def status_callback():
    params = request.form.to_dict()
    if not validate_request(request.url, params, request.headers.get("X-Twilio-Signature", "")):
        abort(403)
    logger.debug("status callback %s -> %s", params.get("MessageSid"), params.get("MessageStatus"))
    return jsonify(ok=True)


def fetch_message_media(account_sid: str, message_sid: str) -> list:
    auth_token = _auth_token()
    url = (
        f"https://{account_sid}:{auth_token}@api.twilio.com/2010-04-01"
        f"/Accounts/{account_sid}/Messages/{message_sid}/Media.json"
    )
@@L:url-userinfo,percent-format|    logger.debug("GET %s" % url)
    try:
        resp = requests.get(url, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
@@S:non-secret-fields|        logger.error("media fetch failed for %s: %s", message_sid, type(exc).__name__)
        return []
    media = resp.json().get("media_list", [])
@@S:count-field,secret-key-bool-value|    logger.info("fetched media", extra={"message_sid": message_sid, "media_count": len(media), "secret_loaded": True})
    return media
`);

const bootstrapDb = build('scripts/bootstrap_db.py', 'python', t`
#!/usr/bin/env python3
"""Bootstrap the reporting database: create role, schema and grants."""
import argparse
import hashlib
import logging
import os
import sys
import time

import psycopg2
from psycopg2 import sql

log = logging.getLogger("bootstrap_db")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")


def redact(value: str) -> str:
    return "***" if value else "<empty>"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--host", default=os.environ.get("PGHOST", "localhost"))
    p.add_argument("--port", type=int, default=int(os.environ.get("PGPORT", "5432")))
    p.add_argument("--admin-user", default=os.environ.get("PGUSER", "postgres"))
    p.add_argument("--database", default="reporting")
    p.add_argument("--role", default="reporting_app")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args()


def connect(host, port, user, password, dbname, retries=5):
    dsn = f"host={host} port={port} user={user} password={password} dbname={dbname} connect_timeout=5"
    for attempt in range(1, retries + 1):
        try:
@@S:non-log-use|            return psycopg2.connect(dsn)
        except psycopg2.OperationalError as exc:
@@L:format-args,via-variable,dsn|            log.warning("connect attempt %d failed (dsn=%s): %s", attempt, dsn, exc)
            time.sleep(min(2 ** attempt, 20))
@@S:mentions-word-only|    log.error("giving up connecting to %s:%s as %s after %d attempts (check PGPASSWORD)", host, port, user, retries)
    sys.exit(2)


def main():
    args = parse_args()
    admin_password = os.environ.get("PGPASSWORD", "")
    app_password = os.environ["REPORTING_APP_PASSWORD"]
@@S:redacted|    log.info("bootstrapping %s on %s (admin password: %s)", args.database, args.host, redact(admin_password))
    if args.verbose:
@@L:print,direct|        print("using app password:", app_password)
@@S:length|        print(f"app password length: {len(app_password)}")

    conn = connect(args.host, args.port, args.admin_user, admin_password, "postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (args.database,))
        if not cur.fetchone():
            cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(args.database)))
            log.info("created database %s", args.database)
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (args.role,))
        exists = cur.fetchone() is not None
        verb = "ALTER" if exists else "CREATE"
        stmt = sql.SQL(verb + " ROLE {} WITH LOGIN PASSWORD %s").format(sql.Identifier(args.role))
@@S:non-log-use|        cur.execute(stmt, (app_password,))
@@S:hashed|        log.info("role %s ready, password sha256=%s", args.role, hashlib.sha256(app_password.encode()).hexdigest()[:12])
    conn.close()

    conn = connect(args.host, args.port, args.admin_user, admin_password, args.database)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(
            sql.SQL("CREATE SCHEMA IF NOT EXISTS {} AUTHORIZATION {}").format(
                sql.Identifier("reports"), sql.Identifier(args.role)
            )
        )
        cur.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(args.database), sql.Identifier(args.role)
            )
        )
    conn.close()

    app_url = f"postgresql://{args.role}:{app_password}@{args.host}:{args.port}/{args.database}"
@@L:url-userinfo,print,stderr,fstring|    print(f"Done. Set DATABASE_URL={app_url}", file=sys.stderr)
@@S:mentions-word-only|    log.info("bootstrap complete; role=%s database=%s, password stored in env only", args.role, args.database)


if __name__ == "__main__":
    main()
`);

const salesforce = build('worker/jobs/sync_salesforce.py', 'python', t`
"""Celery tasks that pull opportunities from Salesforce."""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

import requests
import structlog
from celery import shared_task

from worker.settings import settings
from worker.storage import save_opportunities
from worker.vault import read_secret

log = structlog.get_logger(__name__)

TOKEN_URL = "https://login.salesforce.com/services/oauth2/token"


@dataclass
class SalesforceSession:
    instance_url: str
    access_token: str
    issued_at: float

    def expired(self, ttl: int = 3300) -> bool:
        return time.time() - self.issued_at > ttl


_session: SalesforceSession | None = None


def _token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:10]


def authenticate() -> SalesforceSession:
    creds = read_secret("salesforce/integration-user")
    client_secret = creds["client_secret"]
    form = {
        "grant_type": "password",
        "client_id": creds["client_id"],
        "client_secret": client_secret,
        "username": creds["username"],
        "password": creds["password"] + creds["security_token"],
    }
@@S:key-id|    log.info("requesting salesforce token", client_id=creds["client_id"], username=creds["username"])
    resp = requests.post(TOKEN_URL, data=form, timeout=20)
    if resp.status_code != 200:
@@L:structured-field,object-with-secret|        log.error(
@@+|            "salesforce auth failed",
@@+|            status=resp.status_code,
@@+|            form=form,
@@+|        )
        resp.raise_for_status()
    payload = resp.json()
    session = SalesforceSession(payload["instance_url"], payload["access_token"], time.time())
@@S:hashed|    log.info("salesforce session established", instance=session.instance_url, token_sha=_token_fingerprint(session.access_token))
@@S:token-type|    log.debug("token metadata", token_type=payload.get("token_type"), scope=payload.get("scope"), signature_present="signature" in payload)
    return session


def get_session() -> SalesforceSession:
    global _session
    if _session is None or _session.expired():
        _session = authenticate()
    return _session


def _query(session: SalesforceSession, soql: str, attempts: int = 3) -> list[dict]:
    url = f"{session.instance_url}/services/data/v59.0/query"
    headers = {"Authorization": f"Bearer {session.access_token}"}
    records: list[dict] = []
    for attempt in range(attempts):
        try:
@@S:non-log-use|            resp = requests.get(url, headers=headers, params={"q": soql}, timeout=30)
            resp.raise_for_status()
            body = resp.json()
            records.extend(body.get("records", []))
            while body.get("nextRecordsUrl"):
                resp = requests.get(session.instance_url + body["nextRecordsUrl"], headers=headers, timeout=30)
                body = resp.json()
                records.extend(body.get("records", []))
            return records
        except requests.HTTPError as exc:
@@L:structured-field,request-config|            log.warning("salesforce query failed", attempt=attempt, status=exc.response.status_code, headers=headers)
            time.sleep(2 ** attempt)
@@S:count-field|    log.error("salesforce query exhausted retries", attempts=attempts, records_so_far=len(records), token_refreshes=0)
    return records


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def sync_opportunities(self, since: str) -> int:
    session = get_session()
    soql = f"SELECT Id, Name, Amount, StageName, CloseDate FROM Opportunity WHERE LastModifiedDate > {since}"
    started = time.monotonic()
    rows = _query(session, soql)
    save_opportunities(rows)
    log.info("synced opportunities", count=len(rows), seconds=round(time.monotonic() - started, 2))
    if settings.DEBUG_SALESFORCE:
@@L:print,via-variable|        print("salesforce session:", session.instance_url, session.access_token)
@@S:mentions-word-only|    log.info("sync finished; access token will be reused until expiry", since=since)
    return len(rows)
`);

export default [twilio, bootstrapDb, salesforce];
