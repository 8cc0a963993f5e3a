// JavaScript / TypeScript sources: URL query strings, header objects,
// createClient arguments, node-config objects, default parameters.
import { FileBuilder, S } from './builder.mjs';
import { T, N, P } from './tokens.mjs';

export function integrationsTs() {
  const b = new FileBuilder('web/server/integrations.ts');
  const gk = T.gcpApiKey(), fg = T.figma(), hook = T.slackWebhook();
  b.text(`
// Server-side helpers for third-party integrations. This module is only
// imported from API routes; nothing here is bundled for the browser.
import { z } from "zod";

const GeocodeResult = z.object({
  results: z.array(
    z.object({
      formatted_address: z.string(),
      geometry: z.object({ location: z.object({ lat: z.number(), lng: z.number() }) }),
    }),
  ),
  status: z.string(),
});

export async function geocode(address: string) {
  const q = encodeURIComponent(address);
`);
  b.pos(S('gcp-api-key', 'gcp', 'url-query-string', gk),
    `  const url = \`https://maps.googleapis.com/maps/api/geocode/json?address=\${q}&key=${gk}\`;`);
  b.text(`
  const res = await fetch(url, { cache: "no-store" });
  if (!res.ok) throw new Error(\`geocode failed: \${res.status}\`);
  return GeocodeResult.parse(await res.json());
}

export async function geocodeFromEnv(address: string) {
`);
  b.neg('env-read', `  const key = process.env.GOOGLE_MAPS_SERVER_KEY ?? "";`);
  b.text(`
  const url = new URL("https://maps.googleapis.com/maps/api/geocode/json");
  url.searchParams.set("address", address);
  url.searchParams.set("key", key);
  return GeocodeResult.parse(await (await fetch(url)).json());
}

`);
  b.neg('placeholder', `// e.g. GOOGLE_MAPS_SERVER_KEY=${N.fill(P.aiza, 35)}`);
  b.text(`

const FIGMA_FILE = "k3M2Lw0rd5FileKey";

const figmaHeaders = {
`);
  b.pos(S('figma-pat', 'figma', 'headers-object', fg), `  "X-Figma-Token": "${fg}",`);
  b.text(`
  Accept: "application/json",
};

export async function exportFrames(nodeIds: string[]) {
  const ids = nodeIds.join(",");
  const res = await fetch(\`https://api.figma.com/v1/images/\${FIGMA_FILE}?ids=\${ids}&format=svg\`, {
    headers: figmaHeaders,
  });
  return (await res.json()) as { images: Record<string, string> };
}

`);
  b.neg('truncated', `// Token rotated in INC-2211 (old one began ${N.elide(P.figma, 5)})`);
  b.text(`

`);
  b.pos(S('slack-webhook-url', 'slack', 'url-constant', hook), `const DEPLOY_WEBHOOK = "${hook}";`);
  b.neg('docs-example', `// Slack's documented sample: ${P.slackHook}T00000000/B00000000/${'X'.repeat(24)}`);
  b.neg('env-read', `const ALERTS_WEBHOOK = process.env.SLACK_ALERTS_WEBHOOK_URL;`);
  b.text(`

export async function notifyDeploy(sha: string, env: string) {
  await fetch(DEPLOY_WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: \`Deployed \${sha.slice(0, 7)} to \${env}\` }),
  });
}

export async function notifyAlert(text: string) {
  if (!ALERTS_WEBHOOK) return;
  await fetch(ALERTS_WEBHOOK, { method: "POST", body: JSON.stringify({ text }) });
}
`);
  return b;
}

export function supabaseAdminTs() {
  const b = new FileBuilder('web/src/lib/supabase/admin.ts');
  const ref = T.supabaseRef();
  const anon = T.supabaseJwt(ref, 'anon');
  const svc = T.supabaseJwt(ref, 'service_role');
  const sec = T.sbSecret();
  b.text(`
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import type { Database } from "@/types/database";

`);
  b.line(`export const SUPABASE_URL = "https://${ref}.supabase.co";`);
  b.text(`

// The anon key ships in the browser bundle; row level security protects data.
`);
  b.line('export const SUPABASE_ANON_KEY =');
  b.neg('publishable', `  "${anon}";`);
  b.neg('publishable', `export const SUPABASE_PUBLISHABLE_KEY = "${T.sbPublishable()}";`);
  b.text(`

export const browserClient = (): SupabaseClient<Database> =>
  createClient<Database>(SUPABASE_URL, SUPABASE_ANON_KEY, {
    auth: { persistSession: true, autoRefreshToken: true },
  });

/**
 * Admin client for cron jobs and webhooks. Bypasses row level security.
 * TODO(sec-412): move this key into the secret store.
 */
export const adminClient = (): SupabaseClient<Database> =>
  createClient<Database>(
    SUPABASE_URL,
`);
  b.pos(S('supabase-service-role-key', 'supabase', 'function-argument', svc), `    "${svc}",`);
  b.text(`
    { auth: { persistSession: false } },
  );

// New-style secret key used by the edge function that rebuilds search indexes.
`);
  b.pos(S('supabase-secret-key', 'supabase', 'exported-constant', sec), `export const SEARCH_INDEXER_KEY = "${sec}";`);
  b.text(`

export function adminClientFromEnv(): SupabaseClient<Database> {
`);
  b.neg('env-read', `  const key = process.env.SUPABASE_SERVICE_ROLE_KEY!;`);
  b.text(`
  return createClient<Database>(SUPABASE_URL, key, { auth: { persistSession: false } });
}

`);
  b.neg('name-only', `export type AdminOptions = { serviceRoleKey: string; schema?: string };`);
  b.text(`

export async function deleteUser(userId: string) {
  const { error } = await adminClient().auth.admin.deleteUser(userId);
  if (error) throw error;
}

export async function listStaleUploads(days = 30) {
  const cutoff = new Date(Date.now() - days * 86_400_000).toISOString();
  const { data, error } = await adminClient()
    .from("uploads")
    .select("id, path, created_at")
    .lt("created_at", cutoff)
    .limit(500);
  if (error) throw error;
  return data;
}
`);
  return b;
}

export function defaultConfigJs() {
  const b = new FileBuilder('api/config/default.js');
  const hs1 = T.hubspot(), hs2 = T.hubspot();
  b.text(`
'use strict';

// node-config defaults; overridden by config/production.js and by the
// custom-environment-variables.json mapping.
const path = require('path');

`);
  b.text(`
module.exports = {
  server: {
    port: 8080,
    trustProxy: true,
    bodyLimit: '2mb',
  },
  logging: {
    level: 'info',
    file: path.join(__dirname, '..', 'logs', 'api.log'),
  },
  hubspot: {
    portalId: 24518833,
`);
  b.pos(S('hubspot-private-app-token', 'hubspot', 'object-literal', hs1), `    accessToken: '${hs1}',`);
  b.neg('id-same-shape', `    pipelineId: '${T.uuid()}',`);
  b.text(`
    syncIntervalMinutes: 15,
  },
  hubspotSandbox: {
`);
  b.neg('placeholder', `    accessToken: '${P.hubspot}xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',`);
  b.text(`
  },
  redis: {
    url: 'redis://127.0.0.1:6379/2',
  },
};

`);
  b.pos(S('hubspot-private-app-token', 'hubspot', 'default-parameter', hs2),
    `function createHubspotClient(accessToken = '${hs2}', opts = {}) {`);
  b.text(`
  const { Client } = require('@hubspot/api-client');
  return new Client({ accessToken, numberOfApiCallRetries: opts.retries ?? 3 });
}

function hubspotFromEnv() {
`);
  b.neg('env-read', `  return createHubspotClient(process.env.HUBSPOT_ACCESS_TOKEN);`);
  b.text(`
}

`);
  b.neg('id-same-shape', `const REQUEST_ID_EXAMPLE = '${T.uuid()}';`);
  b.text(`

module.exports.createHubspotClient = createHubspotClient;
module.exports.hubspotFromEnv = hubspotFromEnv;
module.exports.REQUEST_ID_EXAMPLE = REQUEST_ID_EXAMPLE;
`);
  return b;
}
