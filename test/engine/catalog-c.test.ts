// Catalog C (RapidAPI … Zendesk, Figma, Groq, Tailscale, Vercel): behaviour the generic fixture runner cannot show —
// one name given values of different shapes, boundaries of prefixed tokens, near misses that must stay silent.
// Every value is built at run time; failure messages show values only masked.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../server/src/engine/scan";
import { BASE62, DIGITS, HEX, SEED, makeRandom, randomToken } from "./support";

const rnd = makeRandom(SEED);
const LOWER_HEX = HEX;
const URL_SAFE = BASE62 + "_-";

function rulesOf(text: string, path = "src/config.ts"): string[] {
  return scanText(text, { path }).findings.map((f) => f.ruleId);
}

function uuid(): string {
  return [8, 4, 4, 4, 12].map((n) => rnd.string(n, LOWER_HEX)).join("-");
}

test(`Twitter: under one name, the value's shape tells key, secret, access token and access secret apart (seed ${SEED})`, () => {
  assert.deepEqual(rulesOf(`TWITTER_KEY = "${randomToken(rnd, 25)}"\n`), ["twitter-api-key"]);
  assert.deepEqual(rulesOf(`TWITTER_KEY = "${randomToken(rnd, 50)}"\n`), ["twitter-api-secret"]);
  assert.deepEqual(rulesOf(`TWITTER_KEY = "${randomToken(rnd, 45)}"\n`), ["twitter-access-secret"]);
  const accessToken = "1" + rnd.string(17, DIGITS) + "-" + randomToken(rnd, 30);
  assert.deepEqual(rulesOf(`twitter_token: ${accessToken}\n`, "config/app.yaml"), ["twitter-access-token"]);
});

test(`UUID-shaped credentials count only next to their provider's name (seed ${SEED})`, () => {
  const value = uuid();
  assert.deepEqual(rulesOf(`SNYK_TOKEN=${value}\n`, ".env"), ["snyk-api-token"]);
  assert.deepEqual(rulesOf(`squarespace_api_key: "${value}"\n`, "config.yml"), ["squarespace-api-key"]);
  assert.deepEqual(rulesOf(`SENDBIRD_APP_ID=${value}\n`, ".env"), ["sendbird-app-id"]);
  assert.equal(rulesOf(`REQUEST_ID=${value}\n`, ".env").length, 0, "a UUID alone is not a credential");
  assert.equal(rulesOf(`SNYK_ORG=${value}\n`, ".env").includes("snyk-api-token"), false, "an organization ID is not a token");
});

test(`Sendbird: the application ID (UUID) and the API token (40 hex) get their own rules (seed ${SEED})`, () => {
  const token = rnd.string(40, LOWER_HEX);
  assert.deepEqual(rulesOf(`const sendbirdToken = "${token}";\n`), ["sendbird-api-token"]);
  const [finding] = scanText(`SENDBIRD_APP_ID=${uuid()}\n`, { path: ".env" }).findings;
  assert.equal(finding?.severity, "warning", "an application ID is an identifier, not a live credential");
});

test(`Slack: workspace, configuration and legacy tokens the common rule leaves out are reported (seed ${SEED})`, () => {
  const workspace = `xoxa-2-${rnd.string(9, DIGITS)}-${rnd.string(11, DIGITS)}-${rnd.string(13, DIGITS)}-${rnd.string(32, LOWER_HEX)}`;
  assert.deepEqual(rulesOf(`"access_token": "${workspace}"\n`, "slack.json"), ["slack-workspace-token"]);
  const config = `xoxe.xoxp-1-${randomToken(rnd, 160)}`;
  assert.deepEqual(rulesOf(`SLACK_CONFIG_TOKEN=${config}\n`, ".env"), ["slack-config-access-token"]);
  const refresh = `xoxe-1-${randomToken(rnd, 146)}`;
  assert.deepEqual(rulesOf(`SLACK_CONFIG_REFRESH_TOKEN=${refresh}\n`, ".env"), ["slack-config-refresh-token"]);
  const legacy = `xoxo-${rnd.string(6, DIGITS)}-${rnd.string(6, DIGITS)}-${rnd.string(6, DIGITS)}-${rnd.string(18, LOWER_HEX)}`;
  assert.deepEqual(rulesOf(`legacy = "${legacy}"\n`, "app.py"), ["slack-legacy-token"]);
});

test(`Telegram: a bot token is found anywhere, but not inside a longer run or with an implausible bot id (seed ${SEED})`, () => {
  const secret = "A" + rnd.string(34, URL_SAFE);
  const botId = "1" + rnd.string(8, DIGITS);
  assert.deepEqual(rulesOf(`bot = Bot("${botId}:${secret}")\n`, "bot.py"), ["telegram-bot-token"]);
  const [inUrl] = scanText(`curl https://api.telegram.org/bot${botId}:${secret}/getMe\n`, { path: "run.sh" }).findings;
  assert.equal(inUrl?.ruleId, "telegram-bot-token", "a Bot API URL holds the token right after /bot");
  assert.equal(inUrl?.masked.startsWith(botId.slice(0, 4)), true, "the reported range starts at the bot id");
  assert.equal(rulesOf(`robot${botId}:${secret}\n`, "notes.txt").includes("telegram-bot-token"), false);
  assert.equal(rulesOf(`log("${botId}:${secret}-more-text")\n`).includes("telegram-bot-token"), false);
  assert.equal(rulesOf(`log("${"1" + rnd.string(16, DIGITS)}:${secret}")\n`).includes("telegram-bot-token"), false);
});

test(`Sidekiq: Bundler credentials for the contribsys gem servers are reported under their variable name (seed ${SEED})`, () => {
  const pair = `${rnd.string(8, LOWER_HEX)}:${rnd.string(8, LOWER_HEX)}`;
  assert.deepEqual(rulesOf(`export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${pair}\n`, "ci/setup.sh"), ["sidekiq-enterprise-credentials"]);
  assert.equal(rulesOf(`export BUILD_PAIR=${pair}\n`, "ci/setup.sh").includes("sidekiq-enterprise-credentials"), false);
});

test(`Tailscale: keys need a non-letter before them; every documented kind has its rule (seed ${SEED})`, () => {
  const tail = `${randomToken(rnd, 12)}-${randomToken(rnd, 24)}`;
  assert.deepEqual(rulesOf(`TS_AUTHKEY=tskey-auth-${tail}\n`, ".env"), ["tailscale-auth-key"]);
  assert.deepEqual(rulesOf(`key: MY_tskey-api-${tail}\n`, "a.yaml"), ["tailscale-api-token"]);
  assert.deepEqual(rulesOf(`secret = "tskey-client-${tail}"\n`, "a.py"), ["tailscale-oauth-secret"]);
  assert.deepEqual(rulesOf(`k = "tskey-future-${tail}"\n`, "a.py"), ["tailscale-key"]);
  assert.equal(rulesOf(`k = "xtskey-api-${tail}"\n`, "a.py").some((id) => id.startsWith("tailscale")), false);
  assert.deepEqual(rulesOf(`k = 0tskey-api-${tail}\n`, "a.txt"), ["tailscale-api-token"], "a digit before is no letter");
});

test(`Vercel, Groq, Figma: prefixed tokens are found bare, and a longer run is not cut into one (seed ${SEED})`, () => {
  for (const prefix of ["vcp", "vci", "vca", "vcr", "vck"]) {
    assert.equal(rulesOf(`${prefix}_${randomToken(rnd, 56)}\n`, "notes.txt").length, 1, prefix);
  }
  assert.deepEqual(rulesOf(`gsk_${randomToken(rnd, 52)}\n`, "notes.txt"), ["groq-api-key"]);
  assert.deepEqual(rulesOf(`gsk_${randomToken(rnd, 56)}\n`, "notes.txt"), [], "a 56-character body is not a Groq key");
  assert.deepEqual(rulesOf(`FIGMA_TOKEN=figd_${randomToken(rnd, 40, URL_SAFE)}\n`, ".env"), ["figma-pat"]);
});

test(`Near misses stay silent (seed ${SEED})`, () => {
  assert.deepEqual(rulesOf(`image: amazon/aws-cli@sha256:eaaa${rnd.string(60, LOWER_HEX)}\n`, "ci.yml"), []);
  assert.equal(rulesOf(`sumObj = su${randomToken(rnd, 12)}\n`, "a.m").includes("sumologic-access-id"), false);
  assert.deepEqual(rulesOf(`sntryu_${"a".repeat(64)}\n`, "notes.txt"), [], "a run of one character is no token");
  assert.deepEqual(rulesOf(`settlemint = "sm_pat_${randomToken(rnd, 10)}"\n`, "a.py").includes("settlemint-personal-access-token"), false);
  const sonar = "sqp_" + rnd.string(40, LOWER_HEX);
  assert.deepEqual(rulesOf(`sonar.token=${sonar}\n`, "sonar-project.properties"), ["sonarqube-token"], "the prefixed rule wins over the context one");
});
