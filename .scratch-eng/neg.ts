import { builtinRules } from "../server/src/engine/rules/index";
for (const id of ["settlemint-application-access-token","telegram-bot-token","vault-legacy-token","rubygems-api-key","tailscale-webhook-secret","sidekiq-enterprise-credentials"]) { const r = builtinRules.find(r=>r.id===id)!; console.log(id, r.secret.source, r.context?.name.source, r.sample, JSON.stringify(r.negatives)); }
