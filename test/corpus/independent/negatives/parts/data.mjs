// Data fixtures full of identifiers that look random but are not secrets.
import { FileBuilder } from "./builder.mjs";
import { ALPHA } from "./rng.mjs";

export function dataFixtures(r) {
  const out = [];
  const ts = () => r.int(1714000000, 1730000000);

  // ---------- Stripe webhook fixtures ----------
  {
    const b = new FileBuilder("services/billing/tests/fixtures/stripe_events.json");
    b.l("[");
    const n = 3;
    for (let i = 0; i < n; i++) {
      const cus = r.stripeId("cus", 14), pi = r.stripeId("pi", 24), ch = r.stripeId("ch", 24), pm = r.stripeId("pm", 24);
      b.l("  {");
      b.n(`    "id": "${r.stripeId("evt", 24)}",`, "stripe-object-id");
      b.l(`    "object": "event",`, `    "api_version": "2024-06-20",`, `    "created": ${ts()},`, `    "type": "payment_intent.succeeded",`, `    "livemode": false,`);
      b.n(`    "request": { "id": "${r.stripeId("req", 14)}", "idempotency_key": "${r.uuid()}" },`, "stripe-request-id");
      b.l(`    "data": {`, `      "object": {`);
      b.n(`        "id": "${pi}",`, "stripe-object-id");
      b.l(`        "object": "payment_intent",`, `        "amount": ${r.int(5, 500) * 100},`, `        "currency": "usd",`);
      // PaymentIntent client_secret: meant for the browser but still not to be logged; left unlabelled
      b.skip(`        "client_secret": "${pi}_secret_${r.alnum(25)}",`);
      b.n(`        "customer": "${cus}",`, "stripe-object-id");
      b.n(`        "latest_charge": "${ch}",`, "stripe-object-id");
      b.n(`        "payment_method": "${pm}",`, "stripe-object-id");
      b.n(`        "invoice": "${r.stripeId("in", 24)}",`, "stripe-object-id");
      b.l(`        "metadata": { "order_id": "ord_${r.int(100000, 999999)}" },`);
      b.l(`        "status": "succeeded"`, `      }`, `    }`);
      b.l(`  }${i < n - 1 ? "," : ""}`);
    }
    b.l("]");
    out.push(b);
  }

  // ---------- Slack export ----------
  {
    const b = new FileBuilder("tools/slack-digest/testdata/channels.json");
    const team = "T0" + r.upperAlnum(8);
    b.l("{");
    b.n(`  "team_id": "${team}",`, "slack-id");
    b.l(`  "channels": [`);
    const chans = ["eng-alerts", "deploys", "security", "random", "incident-2024-05-14"];
    chans.forEach((c, i) => {
      b.l("    {");
      b.n(`      "id": "${r.slackId("C")}",`, "slack-id");
      b.l(`      "name": "${c}",`, `      "created": ${ts()},`);
      b.n(`      "creator": "${r.slackId("U")}",`, "slack-id");
      b.n(`      "members": ["${r.slackId("U")}", "${r.slackId("U")}", "${r.slackId("W")}"],`, "slack-id");
      b.n(`      "pins": [{ "id": "${r.digits(10)}.${r.digits(6)}", "user": "${r.slackId("U")}" }],`, "slack-id");
      b.n(`      "topic": { "value": "on-call: <@${r.slackId("U")}>", "last_set": ${ts()} }`, "slack-id");
      b.l(`    }${i < chans.length - 1 ? "," : ""}`);
    });
    b.l(`  ],`, `  "users": [`);
    for (let i = 0; i < 3; i++) {
      b.n(`    { "id": "${r.slackId("U")}", "name": "${r.pick(["amara", "jonas", "li.wei", "sofia", "tomasz"])}", "avatar_hash": "${r.hex(12)}", "is_bot": false },`, "slack-id");
    }
    b.n(`    { "id": "${r.slackId("U")}", "name": "deploy-bot", "bot_id": "${r.slackId("B")}", "app_id": "A0${r.upperAlnum(9)}", "is_bot": true }`, "slack-id");
    b.l(`  ]`, "}");
    out.push(b);
  }

  // ---------- release ledger ----------
  {
    const b = new FileBuilder("ops/releases/2024-06.yaml");
    b.block(`
# Release ledger. One entry per production deploy; written by the deploy pipeline.
# Digests pin the exact images; commit = merge commit on main.
releases:`);
    const svcs = ["api", "worker", "billing", "gateway", "web"];
    for (let i = 0; i < 6; i++) {
      const svc = svcs[i % svcs.length];
      b.l(`  - service: ${svc}`, `    version: 2024.6.${i + 3}`, `    deployed_at: "${r.isoTime(Date.UTC(2024, 5, 1))}"`);
      b.n(`    commit: ${r.sha1()}`, "git-sha");
      b.n(`    image: ghcr.io/acme/${svc}@sha256:${r.sha256()}`, "docker-digest");
      b.n(`    artifact_etag: "\\"${r.hex(32)}-${r.int(2, 40)}\\""`, "s3-etag");
      b.n(`    pipeline_run: ${r.uuid()}`, "uuid");
    }
    b.block(`
rollbacks:
  - service: billing`);
    b.n(`    from: ${r.sha1().slice(0, 12)}`, "git-sha");
    b.n(`    to: ${r.sha1().slice(0, 12)}`, "git-sha");
    b.l(`    reason: "p95 latency regression on /v1/invoices"`);
    out.push(b);
  }

  // ---------- audit log page (ids + pagination cursors) ----------
  {
    const b = new FileBuilder("services/api/tests/fixtures/audit_events_page.json");
    const actions = ["user.login", "user.password_changed", "api_key.created", "api_key.revoked", "oauth.token_refreshed", "user.logout", "session.expired", "mfa.enrolled"];
    const cursor = (o) => Buffer.from(JSON.stringify(o)).toString("base64");
    b.l("{", `  "object": "list",`, `  "data": [`);
    const n = 30;
    let last;
    for (let i = 0; i < n; i++) {
      const trace = r.hex(32), span = r.hex(16);
      const ev = {
        id: r.ulid(), ts: r.isoTime(), action: r.pick(actions), actor_id: r.objectId(), org_id: r.ksuid(),
        request_id: r.uuid(), traceparent: `00-${trace}-${span}-01`, ip: r.ip(),
      };
      if (ev.action.startsWith("api_key")) ev.api_key_id = "key_" + r.ulid().toLowerCase();
      last = ev;
      b.n(`    ${JSON.stringify(ev)}${i < n - 1 ? "," : ""}`, "request-ids");
    }
    b.l(`  ],`, `  "has_more": true,`);
    b.n(`  "next_cursor": "${cursor({ ts: last.ts, id: last.id, dir: "next", v: 2 })}",`, "pagination-cursor");
    b.n(`  "prev_cursor": "${cursor({ ts: r.isoTime(), id: r.ulid(), dir: "prev", v: 2 })}",`, "pagination-cursor");
    b.n(`  "etag": "W/\\"${r.b64(18)}\\""`, "http-etag");
    b.l("}");
    out.push(b);
  }

  // ---------- email verification template ----------
  {
    const b = new FileBuilder("services/api/templates/email/verify_email.html");
    b.block(`
{% extends "email/base.html" %}
{% block preheader %}Confirm your email address to finish setting up Acme.{% endblock %}
{% block content %}
<table role="presentation" width="100%" cellspacing="0" cellpadding="0">
  <tr>
    <td style="padding: 24px 32px; font-family: Inter, Arial, sans-serif; color: #0F172A;">
      <h1 style="font-size: 20px; margin: 0 0 16px;">Hi {{ user.first_name | default("there") }},</h1>
      <p>Thanks for signing up. Please confirm that <strong>{{ user.email }}</strong> is your email address.</p>
      <p style="margin: 24px 0;">`);
    b.n(`        <a href="{{ base_url }}/verify-email?token={{ verification_token | urlencode }}&uid={{ user.id }}"`, "template-placeholder");
    b.block(`
           style="background: #4F46E5; color: #fff; padding: 12px 20px; border-radius: 8px; text-decoration: none;">
          Verify email
        </a>
      </p>
      <p>Or paste this link into your browser:</p>`);
    b.n(`      <p style="word-break: break-all; color: #475569;">{{ base_url }}/verify-email?token={{ verification_token }}</p>`, "template-placeholder");
    b.n(`      <p>This link expires in {{ token_ttl_hours }} hours. If you did not create an account, you can ignore this email.</p>`, "template-placeholder");
    b.block(`
      <p style="font-size: 12px; color: #94A3B8;">
        Never share this link. Acme staff will never ask for your password or verification code.
      </p>
    </td>
  </tr>
</table>
{% endblock %}
{% block footer %}`);
    b.n(`<img src="{{ tracking_base }}/open.gif?m={{ message_id }}&sig={{ open_signature }}" width="1" height="1" alt="">`, "template-placeholder");
    b.block(`
&copy; {{ now().year }} Acme Corp &middot; <a href="{{ base_url }}/settings/notifications">Email preferences</a>
{% endblock %}`);
    out.push(b);
  }
  return out;
}
