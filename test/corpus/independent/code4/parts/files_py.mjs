import { P, N, src } from './builder.mjs';
import { t, PFX } from './tokens.mjs';

export default function pyFiles() {
  const F = [];
  const add = (path, text) => F.push([path, text]);

  // ---------------------------------------------------------------- Django settings
  add('portal/config/settings/production.py', src`
"""Production settings for acme_portal.

Anything sensitive should come from the environment (see deploy/portal.env.example).
"""
import os

import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.django import DjangoIntegration

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portal.acme.io", ".acme-internal.net"]
CSRF_TRUSTED_ORIGINS = ["https://portal.acme.io"]

SECRET_KEY = "${P('django-secret-key', t.djangoKey())}"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "portal"),
        "USER": os.environ.get("POSTGRES_USER", "portal"),
        "PASSWORD": ${N('os.environ["POSTGRES_PASSWORD"]', ['env-read'])},
        "HOST": os.environ.get("POSTGRES_HOST", "db"),
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": ${N('os.environ.get("REDIS_URL", "redis://localhost:6379/1")', ['env-read'])},
    }
}

# --- email (SendGrid SMTP relay) ---------------------------------------------
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "${P('sendgrid-api-key', t.sendgrid())}"
DEFAULT_FROM_EMAIL = "Acme Portal <no-reply@acme.io>"

# --- media on S3 (django-storages) ---------------------------------------------
STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = "acme-portal-media"
AWS_S3_REGION_NAME = "eu-west-1"
AWS_ACCESS_KEY_ID = "${P('aws-access-key-id', t.akid())}"
AWS_SECRET_ACCESS_KEY = "${P('aws-secret-access-key', t.awsSecret())}"
AWS_QUERYSTRING_EXPIRE = 300

# --- auth ----------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": ${N('"django.contrib.auth.password_validation.UserAttributeSimilarityValidator"', ['config-name'])}},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": ${N('"django.contrib.auth.password_validation.CommonPasswordValidator"', ['config-name'])}},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    ${N('"django.contrib.auth.hashers.Argon2PasswordHasher"', ['config-name'])},
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
PASSWORD_RESET_TIMEOUT = ${N('60 * 60 * 24', ['constant'])}
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 60 * 60 * 12
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_NAME = ${N('"portal_csrftoken"', ['constant'])}
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- third parties -------------------------------------------------------------------
STRIPE_SECRET_KEY = ${N('os.environ["STRIPE_SECRET_KEY"]', ['env-read'])}
MAILGUN_WEBHOOK_SIGNING_KEY = os.environ.get("MAILGUN_WEBHOOK_SIGNING_KEY", "")

sentry_sdk.init(
    dsn=${N('os.environ.get("SENTRY_DSN")', ['env-read'])},
    integrations=[DjangoIntegration(), CeleryIntegration()],
    traces_sample_rate=0.05,
    send_default_pii=False,
    environment="production",
)
`);

  // ---------------------------------------------------------------- Django views
  add('portal/billing/views.py', src`
import hashlib
import hmac
import logging
import time

import requests
import stripe
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .forms import ChangePasswordForm
from .models import Invoice

logger = logging.getLogger(__name__)

stripe.api_key = ${N('settings.STRIPE_SECRET_KEY', ['config-read'])}

MAILGUN_DOMAIN = "mg.acme.io"
# Sending key for the invoices subdomain (the account-level key is in 1Password).
MAILGUN_API_KEY = "${P('mailgun-api-key', t.mailgun())}"

PASSWORD_CHANGED = ${N('_("Your password has been updated.")', ['i18n'])}
PASSWORD_MISMATCH = ${N('_("The two password fields didn’t match.")', ['i18n'])}
INVALID_CURRENT_PASSWORD = _("Your current password was entered incorrectly.")


def _send_invoice_email(invoice: Invoice) -> None:
    resp = requests.post(
        f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_API_KEY),
        data={
            "from": settings.DEFAULT_FROM_EMAIL,
            "to": invoice.organization.billing_email,
            "subject": f"Invoice {invoice.number}",
            "template": "invoice-issued",
            "h:X-Mailgun-Variables": invoice.as_mail_variables_json(),
        },
        timeout=10,
    )
    resp.raise_for_status()


@login_required
def invoice_detail(request, number):
    invoice = get_object_or_404(Invoice, number=number, organization=request.user.organization)
    return render(request, "billing/invoice_detail.html", {"invoice": invoice})


@login_required
@require_POST
def resend_invoice(request, number):
    invoice = get_object_or_404(Invoice, number=number, organization=request.user.organization)
    _send_invoice_email(invoice)
    messages.success(request, _("Invoice sent."))
    return redirect("billing:invoice-detail", number=number)


@login_required
def change_password(request):
    form = ChangePasswordForm(request.user, request.POST or None)
    if request.method == "POST":
        new_password = ${N('request.POST.get("new_password1", "")', ['request-read'])}
        if new_password != request.POST.get("new_password2"):
            messages.error(request, PASSWORD_MISMATCH)
        elif form.is_valid():
            user = form.save()
            update_session_auth_hash(request, user)
            messages.success(request, PASSWORD_CHANGED)
            return redirect("account:settings")
    return render(request, "account/change_password.html", {"form": form})


def _verify_mailgun(token: str, timestamp: str, signature: str) -> bool:
    if abs(time.time() - int(timestamp)) > 300:
        return False
    digest = hmac.new(
        key=settings.MAILGUN_WEBHOOK_SIGNING_KEY.encode(),
        msg=f"{timestamp}{token}".encode(),
        digestmod=hashlib.sha256,
    ).hexdigest()
    return hmac.compare_digest(digest, signature)


@csrf_exempt
@require_POST
def mailgun_events(request):
    sig = request.POST
    if not _verify_mailgun(sig.get("token", ""), sig.get("timestamp", "0"), sig.get("signature", "")):
        return HttpResponseForbidden("bad signature")
    logger.info("mailgun event %s for %s", sig.get("event"), sig.get("recipient"))
    return HttpResponse(status=204)


@csrf_exempt
@require_POST
def stripe_webhook(request):
    try:
        event = stripe.Webhook.construct_event(
            request.body, request.headers.get(${N('"Stripe-Signature"', ['header-name'])}, ""), settings.STRIPE_WEBHOOK_SECRET
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)
    if event["type"] == "invoice.paid":
        Invoice.objects.filter(stripe_id=event["data"]["object"]["id"]).update(status="paid")
    return JsonResponse({"received": True})
`);

  // ---------------------------------------------------------------- Flask app factory
  const flaskDbPw = t.urlpw();
  add('reports/app/__init__.py', src`
"""Application factory for the reports service."""
import logging
import os
from datetime import timedelta

from authlib.integrations.flask_client import OAuth
from flask import Flask, jsonify
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
login_manager = LoginManager()
oauth = OAuth()

log = logging.getLogger(__name__)


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", ${N('"dev"', ['placeholder'])})
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_recycle": 1800}
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
    SESSION_COOKIE_SAMESITE = "Lax"
    # OAuth app "Acme Reports" (org-owned). The client id is not secret.
    GITHUB_CLIENT_ID = ${N(`"${t.ghOauthClientId()}"`, ['public-client-id'])}
    GITHUB_CLIENT_SECRET = ${N('os.environ.get("GITHUB_CLIENT_SECRET")', ['env-read'])}


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///reports-dev.db")


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True
    SQLALCHEMY_DATABASE_URI = "${P('database-uri', `postgresql+psycopg2://reports:${flaskDbPw}@reports-db.internal.acme.io:5432/reports`)}"
    GITHUB_CLIENT_SECRET = "${P('github-oauth-client-secret', t.hex(40))}"


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = ${N('"test"', ['placeholder'])}
    SQLALCHEMY_DATABASE_URI = ${N('"sqlite:///:memory:"', ['no-credentials'])}
    WTF_CSRF_ENABLED = False


CONFIGS = {
    "development": DevelopmentConfig,
    "production": ProductionConfig,
    "testing": TestingConfig,
}


def create_app(env: str | None = None) -> Flask:
    env = env or os.environ.get("FLASK_ENV", "development")
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env])
    app.config.from_prefixed_env("REPORTS")

    db.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    oauth.init_app(app)
    oauth.register(
        name="github",
        client_id=app.config["GITHUB_CLIENT_ID"],
        client_secret=app.config["GITHUB_CLIENT_SECRET"],
        access_token_url="https://github.com/login/oauth/access_token",
        authorize_url="https://github.com/login/oauth/authorize",
        api_base_url="https://api.github.com/",
        client_kwargs={"scope": "read:org user:email"},
    )

    from .auth import bp as auth_bp
    from .reports import bp as reports_bp

    app.register_blueprint(auth_bp, url_prefix="/auth")
    app.register_blueprint(reports_bp, url_prefix="/reports")

    @app.errorhandler(401)
    def unauthorized(_err):
        return jsonify(error="unauthorized", message=${N('"Invalid or expired session token"', ['error-message'])}), 401

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    log.info("reports app created (env=%s)", env)
    return app
`);

  // ---------------------------------------------------------------- Celery worker
  const amqpPw = t.urlpw();
  add('worker/celery_app.py', src`
"""Celery application for background jobs (embeddings, digests, exports)."""
import logging
import os

import sentry_sdk
from celery import Celery
from celery.schedules import crontab
from huggingface_hub import snapshot_download
from sentry_sdk.integrations.celery import CeleryIntegration

log = logging.getLogger(__name__)

BROKER_URL = os.getenv(
    "CELERY_BROKER_URL",
    "${P('amqp-uri', `amqps://acme_worker:${amqpPw}@rattlesnake.rmq.cloudamqp.com/acme_worker`)}",
)
RESULT_BACKEND = ${N('os.getenv("CELERY_RESULT_BACKEND", "redis://localhost:6379/2")', ['env-read'])}

# Gated model; token belongs to the ml-bot service account (read scope).
HF_TOKEN = "${P('huggingface-token', t.hf())}"
EMBEDDING_MODEL = "acme/e5-large-finetuned"

# DSNs are public by design (they only allow event ingestion).
sentry_sdk.init(dsn="${N(t.sentryDsn(), ['public-dsn'])}", integrations=[CeleryIntegration()])

app = Celery("acme", broker=BROKER_URL, backend=RESULT_BACKEND)
app.conf.update(
    task_serializer="json",
    accept_content=["json"],
    result_expires=3600,
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    broker_connection_retry_on_startup=True,
    timezone="UTC",
)

app.conf.beat_schedule = {
    "weekly-digest": {"task": "worker.celery_app.send_weekly_digest", "schedule": crontab(hour=7, minute=0, day_of_week=1)},
    "refresh-embeddings": {"task": "worker.celery_app.refresh_embeddings", "schedule": crontab(minute=15)},
}


@app.task(bind=True, max_retries=3, default_retry_delay=60)
def download_model(self, revision: str = "main") -> str:
    try:
        path = snapshot_download(EMBEDDING_MODEL, revision=revision, token=HF_TOKEN)
    except Exception as exc:  # noqa: BLE001
        log.warning("model download failed: %s", exc)
        raise self.retry(exc=exc)
    log.info("model cached at %s", path)
    return path


@app.task
def refresh_embeddings(batch_size: int = 256) -> int:
    from .embeddings import pending_documents, embed_and_store

    docs = pending_documents(limit=batch_size)
    if docs:
        embed_and_store(docs, model_path=download_model())
    return len(docs)


@app.task(rate_limit="10/m")
def send_weekly_digest() -> None:
    from .digest import build_digest, recipients

    api_key = ${N('os.environ["SENDGRID_API_KEY"]', ['env-read'])}
    for user in recipients():
        build_digest(user).send(api_key=api_key)


@app.task
def export_report(report_id: int, requested_by: str) -> str:
    from .exports import render_csv, upload

    url = upload(render_csv(report_id), key=f"exports/{report_id}.csv")
    log.info("export %s ready for %s", report_id, requested_by)
    return url
`);

  // ---------------------------------------------------------------- pytest with fixtures
  const hunterSha = t.sha256Of('hunter2');
  add('portal/tests/test_security.py', src`
"""Tests for acme_portal.security (password policy, hashing, redaction)."""
import hashlib

import pytest

from acme_portal.security import (
    PasswordPolicy,
    hash_password,
    is_bcrypt_hash,
    redact_secrets,
    verify_password,
)

POLICY = PasswordPolicy(min_length=12, require_symbol=True)

# Known-bad passwords: the policy must reject every one of these.
@pytest.mark.parametrize(
    "candidate",
    [
        ${N('"password123"', ['weak-password-test'])},
        ${N('"changeme"', ['weak-password-test'])},
        ${N('"Summer2024!"', ['weak-password-test'])},
        "aaaaaaaaaaaa",
        "",
    ],
)
def test_policy_rejects_weak_passwords(candidate):
    assert not POLICY.is_acceptable(candidate)


def test_policy_accepts_passphrase():
    assert POLICY.is_acceptable(${N('"correct horse battery staple!"', ['fixture'])})


def test_argon2_roundtrip():
    hashed = hash_password("s3cret-for-tests")
    assert hashed.startswith("$argon2id$")
    assert verify_password("s3cret-for-tests", hashed)
    assert not verify_password("wrong", hashed)


# Legacy rows imported from the old PHP app still carry bcrypt hashes.
LEGACY_HASH = "${N(t.bcrypt(10), ['hash'])}"


def test_detects_legacy_bcrypt():
    assert is_bcrypt_hash(LEGACY_HASH)
    assert not is_bcrypt_hash("${N(t.argon2(), ['hash'])}")


def test_sha256_helper_matches_stdlib():
    # sha256("hunter2"), used by the breached-password bloom filter
    expected = "${N(hunterSha, ['hash'])}"
    assert hashlib.sha256(b"hunter2").hexdigest() == expected


@pytest.fixture
def fake_env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", ${N('"sk-test-dummy"', ['fixture'])})
    monkeypatch.setenv("STRIPE_SECRET_KEY", ${N(`"${PFX.skTest}${'0'.repeat(24)}"`, ['placeholder'])})
    yield


@pytest.mark.parametrize(
    "text,expected",
    [
        ("token=${N(PFX.ghp + 'a'.repeat(36), ['placeholder'])}", "token=[REDACTED]"),
        ("Authorization: Bearer <token>", "Authorization: Bearer <token>"),
        ("password=${N('YOUR_PASSWORD_HERE', ['placeholder'])}", "password=YOUR_PASSWORD_HERE"),
    ],
)
def test_redact_secrets(text, expected, fake_env):
    assert redact_secrets(text) == expected


def test_redact_leaves_request_ids_alone():
    request_id = "${N(t.uuid(), ['uuid'])}"
    assert redact_secrets(f"request_id={request_id}") == f"request_id={request_id}"
`);

  return F;
}
