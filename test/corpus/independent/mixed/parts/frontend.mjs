// Frontend: HTML / JS / TS / Vue / React
import { file, POS, NEG } from './builder.mjs';
import { tok, neg, PREFIX } from './tokens.mjs';
import { hex, int, str, DIGITS, LOWER } from './rng.mjs';

export function frontend() {
  const sentryDsn = neg.sentryDsn();
  // ---------------------------------------------------------------- index.html
  {
    const f = file('web/public/index.html', 'html');
    f.t(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Acme Billing</title>
    <script src="https://js.stripe.com/v3/"></script>
    <script src="https://browser.sentry-cdn.com/7.112.2/bundle.min.js" crossorigin="anonymous"></script>
    <script>`);
    f.l(`      Sentry.init({ dsn: "${sentryDsn}", tracesSampleRate: 0.1 });`, NEG('public-by-design'));
    f.t(`    </script>
  </head>
  <body>
    <div id="app"></div>
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <form id="login" class="hidden" method="post" action="/auth/login">
      <label for="email">Email</label>
      <input id="email" name="email" type="email" autocomplete="username" />
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" />
      <a href="/auth/password/forgot">Forgot your password?</a>
      <button type="submit">Sign in</button>
    </form>
    <script>`);
    f.l(`      window.__STRIPE_PK__ = "${tok.stripePublishable(99)}";`, NEG('public-by-design'));
    f.t(`      window.stripe = Stripe(window.__STRIPE_PK__);
    </script>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`);
  }

  // ---------------------------------------------------------------- firebase.ts
  {
    const f = file('web/src/lib/firebase.ts', 'ts');
    const project = 'acme-billing-prod';
    const sender = str(DIGITS, 12);
    f.t(`import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getAnalytics } from "firebase/analytics";

// Firebase web config. These values identify the project and are safe to ship
// to the browser; access is controlled by security rules and App Check.
const firebaseConfig = {`);
    f.l(`  apiKey: "${tok.googleApiKey()}",`, NEG('public-by-design'));
    f.l(`  authDomain: "${project}.firebaseapp.com",`);
    f.l(`  projectId: "${project}",`);
    f.l(`  storageBucket: "${project}.appspot.com",`);
    f.l(`  messagingSenderId: "${sender}",`, NEG('id'));
    f.l(`  appId: "1:${sender}:web:${hex(22)}",`, NEG('id'));
    f.l(`  measurementId: "G-${str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}",`, NEG('id'));
    f.t(`};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const analytics = typeof window !== "undefined" ? getAnalytics(app) : undefined;
`);
  }

  // ---------------------------------------------------------------- CheckoutForm.vue
  {
    const f = file('web/src/components/CheckoutForm.vue', 'vue');
    f.t(`<template>
  <form class="checkout" @submit.prevent="pay">
    <div ref="cardEl" class="card-element" />
    <p v-if="error" class="error">{{ error }}</p>
    <button :disabled="busy">{{ $t("checkout.pay") }}</button>
  </form>
</template>

<script setup lang="ts">
import { ref, onMounted } from "vue";
import { loadStripe, type Stripe } from "@stripe/stripe-js";
`);
    f.l(`const STRIPE_PK = import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY`, NEG('reference'));
    f.l(`  ?? "${tok.stripePublishable(99)}"; // live publishable key, public by design`, NEG('public-by-design'));
    f.t(`
const props = defineProps<{ clientSecretUrl: string }>();
const cardEl = ref<HTMLElement | null>(null);
const error = ref("");
const busy = ref(false);
let stripe: Stripe | null = null;

onMounted(async () => {
  stripe = await loadStripe(STRIPE_PK);
});

async function pay() {
  busy.value = true;
  // The PaymentIntent client secret is fetched per checkout from our API.
  const { clientSecret } = await fetch(props.clientSecretUrl, { credentials: "include" }).then((r) => r.json());
  const res = await stripe!.confirmCardPayment(clientSecret);
  if (res.error) error.value = res.error.message ?? "Payment failed";
  busy.value = false;
}
</script>
`);
  }

  // ---------------------------------------------------------------- adminClient.js (positive)
  {
    const f = file('web/src/api/adminClient.js', 'js');
    f.t(`// Admin dashboard helpers. Bundled into the SPA (see vite.config.js).
import axios from "axios";

const api = axios.create({ baseURL: "/api/v1", withCredentials: true });

// TODO(billing): move refunds behind our API; calling Stripe directly for now
// so support can issue refunds while the backend endpoint is being built.`);
    f.l(`const STRIPE_SECRET_KEY = "${tok.stripeSecret(int(60, 99))}";`, POS('stripe-secret'));
    f.t(`
const stripe = axios.create({
  baseURL: "https://api.stripe.com/v1",
  headers: { Authorization: \`Bearer \${STRIPE_SECRET_KEY}\` },
});

export async function refund(chargeId, amount) {
  const body = new URLSearchParams({ charge: chargeId, amount: String(amount) });
  const { data } = await stripe.post("/refunds", body);
  return data;
}

export async function listInvoices(page = 1) {
  const { data } = await api.get("/invoices", { params: { page } });
  return data;
}
`);
  }

  // ---------------------------------------------------------------- ContactSupport.tsx (React, positive)
  {
    const f = file('web/src/pages/ContactSupport.tsx', 'tsx');
    f.t(`import { useState } from "react";
import * as Sentry from "@sentry/react";
import { useTranslation } from "react-i18next";
`);
    f.l(`Sentry.init({ dsn: "${sentryDsn}" });`, NEG('public-by-design'));
    f.l('');
    f.l(`// quick fix so the contact form works without the mail service`);
    f.l(`const SENDGRID_API_KEY = "${tok.sendgrid()}";`, POS('sendgrid-key'));
    f.t(`
export default function ContactSupport() {
  const { t } = useTranslation();
  const [message, setMessage] = useState("");
  const [sent, setSent] = useState(false);

  async function submit() {
    await fetch("https://api.sendgrid.com/v3/mail/send", {
      method: "POST",
      headers: { Authorization: \`Bearer \${SENDGRID_API_KEY}\`, "Content-Type": "application/json" },
      body: JSON.stringify({
        personalizations: [{ to: [{ email: "support@acme.dev" }] }],
        from: { email: "noreply@acme.dev" },
        subject: "Contact form",
        content: [{ type: "text/plain", value: message }],
      }),
    });
    setSent(true);
  }

  return (
    <section>
      <h1>{t("support.title")}</h1>
      <textarea value={message} onChange={(e) => setMessage(e.target.value)} />
      <button onClick={submit}>{sent ? t("support.sent") : t("support.send")}</button>
    </section>
  );
}
`);
  }

  // ---------------------------------------------------------------- TokenSettings.tsx (negatives)
  {
    const f = file('web/src/pages/settings/TokenSettings.tsx', 'tsx');
    f.t(`import { useState } from "react";
import { useTranslation } from "react-i18next";

type Props = { onSave: (token: string) => Promise<void> };

export function TokenSettings({ onSave }: Props) {
  const { t } = useTranslation();
  const [token, setToken] = useState("");
  const [showToken, setShowToken] = useState(false);

  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave(token); }}>
      <label htmlFor="gh-token">{t("settings.githubToken.label")}</label>
      <input
        id="gh-token"
        type={showToken ? "text" : "password"}
        value={token}`);
    f.l(`        placeholder="${PREFIX.ghp}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`, NEG('placeholder'));
    f.t(`        onChange={(e) => setToken(e.target.value)}
      />
      <button type="button" onClick={() => setShowToken(!showToken)}>
        {showToken ? t("settings.hide") : t("settings.show")}
      </button>
      <p className="hint">{t("settings.githubToken.hint")}</p>
      <button type="submit">{t("settings.save")}</button>
    </form>
  );
}
`);
  }
}
