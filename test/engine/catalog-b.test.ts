// Catalog B (Gitter … PyPI): behaviour the generic fixture runner cannot show — checksums, names that give an
// ambiguous value its meaning, public-by-design keys, and documented non-secret call sites. Every value is built at
// run time; failure messages show values only masked.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../server/src/engine/scan";
import { base62, crc32 } from "../../server/src/engine/validators";
import { BASE62, HEX, SEED, base64Encode, fakeJwt, makeRandom, randomToken } from "./support";

const rnd = makeRandom(SEED);
const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

function findingsOf(text: string, path = "src/config.ts") {
  return scanText(text, { path }).findings;
}

function onlyRule(text: string, path?: string): string[] {
  return findingsOf(text, path).map((f) => f.ruleId);
}

test(`npm tokens: a valid CRC32 suffix is reported as verified (seed ${SEED})`, () => {
  const body = randomToken(rnd, 30);
  const token = "npm_" + body + base62(crc32(body), 6);
  const [finding, ...rest] = findingsOf(`//registry.npmjs.org/:_authToken=${token}\n`, ".npmrc");
  assert.equal(rest.length, 0);
  assert.equal(finding?.ruleId, "npm-access-token");
  assert.equal(finding?.checksumValid, true);
  assert.equal(finding?.confidence, "high");
  assert.ok(!finding?.masked.includes(body.slice(0, 8)), "the value must be masked");
});

test(`npm tokens: a failing checksum is still reported, with lower confidence (seed ${SEED})`, () => {
  const body = randomToken(rnd, 30);
  const good = base62(crc32(body), 6);
  const bad = good.slice(0, 5) + (good.endsWith("A") ? "B" : "A");
  const [finding] = findingsOf(`NPM_TOKEN=npm_${body}${bad}\n`, "ci/.env");
  assert.equal(finding?.ruleId, "npm-access-token");
  assert.equal(finding?.checksumValid, false);
  assert.equal(finding?.downranked, "checksum failed");
});

test(`context rules: an unprefixed value counts only next to the provider's name (seed ${SEED})`, () => {
  const value = rnd.string(40, LOWER_ALNUM + "_-");
  assert.deepEqual(onlyRule(`GITTER_TOKEN = "${value}"\n`), ["gitter-access-token"]);
  assert.deepEqual(onlyRule(`gitter_token: ${value}\n`, "deploy/values.yaml"), ["gitter-access-token"]);
  assert.equal(onlyRule(`COMMIT = "${value}"\n`).includes("gitter-access-token"), false);

  const uuid = [8, 4, 4, 4, 12].map((n) => rnd.string(n, HEX)).join("-");
  assert.deepEqual(onlyRule(`HEROKU_API_KEY=${uuid}\n`, ".env"), ["heroku-api-key"]);
  assert.deepEqual(onlyRule(`kucoin_api_secret: "${uuid}"\n`, "config.yml"), ["kucoin-secret-key"]);
  assert.equal(onlyRule(`REQUEST_ID=${uuid}\n`, ".env").length, 0, "a UUID alone is not a credential");
});

test(`Okta: the name test is case-aware, so "rookTable" is not "okta" (seed ${SEED})`, () => {
  const token = "00" + randomToken(rnd, 40, BASE62 + "-_");
  assert.deepEqual(onlyRule(`const oktaApiToken = "${token}";\n`), ["okta-access-token"]);
  assert.equal(onlyRule(`rookTable = ${token}\n`).includes("okta-access-token"), false);
});

test(`Mailchimp: an API key is reported, the Mobile SDK key passed to initialize(token:) is not (seed ${SEED})`, () => {
  const key = rnd.string(32, HEX) + "-us" + rnd.int(1, 21);
  assert.deepEqual(onlyRule(`MAILCHIMP_API_KEY=${key}\n`, ".env"), ["mailchimp-api-key"]);
  assert.deepEqual(onlyRule(`MailchimpSDK.initialize(token: ${key})\n`, "App/AppDelegate.swift"), []);
});

test(`Infracost: "ico-" keys are reported, cache-busted favicon names are not (seed ${SEED})`, () => {
  const key = "ico-" + randomToken(rnd, 32);
  assert.deepEqual(onlyRule(`INFRACOST_API_KEY=${key}\n`, ".env"), ["infracost-api-token"]);
  assert.deepEqual(onlyRule(`<link rel="icon" href="/static/favicon.ico-${rnd.string(32, HEX)}.png">\n`, "index.html"), []);
});

test(`public-by-design keys are reported at information level only (seed ${SEED})`, () => {
  const mapboxPublic = "pk." + randomToken(rnd, 60, BASE62 + "_-") + "." + randomToken(rnd, 22);
  const lobPublishable = "live_pub_" + rnd.string(31, HEX);
  for (const [text, id] of [
    [`mapboxgl.accessToken = "${mapboxPublic}";\n`, "mapbox-api-token"],
    [`const lob = Lob("${lobPublishable}");\n`, "lob-pub-api-key"],
  ] as const) {
    const [finding] = findingsOf(text, "web/map.js");
    assert.equal(finding?.ruleId, id);
    assert.equal(finding?.severity, "info");
  }
  const mapboxSecret = "sk." + randomToken(rnd, 60, BASE62 + "_-") + "." + randomToken(rnd, 22);
  const [secret] = findingsOf(`MAPBOX_TOKEN=${mapboxSecret}\n`, ".env");
  assert.equal(secret?.ruleId, "mapbox-secret-token");
  assert.equal(secret?.severity, "error");
});

test(`a JWT stored base64-encoded (Kubernetes Secret data) is found over the encoded value (seed ${SEED})`, () => {
  const encoded = base64Encode(fakeJwt(rnd, { sub: `system:serviceaccount:ci:deployer-${rnd.int(1, 999)}` }));
  const text = `apiVersion: v1\nkind: Secret\ndata:\n  token: ${encoded}\n`;
  const finding = findingsOf(text, "k8s/secret.yaml").find((f) => f.ruleId === "jwt-base64");
  assert.ok(finding, "expected a jwt-base64 finding");
  assert.equal(text.slice(finding.start, finding.end), encoded);
});

test(`Teams webhook URLs are reported whole; the bare host is not (seed ${SEED})`, () => {
  const guid = () => [8, 4, 4, 4, 12].map((n) => rnd.string(n, HEX)).join("-");
  const url = `https://acme.webhook.office.com/webhookb2/${guid()}@${guid()}/IncomingWebhook/${rnd.string(32, HEX)}/${guid()}`;
  const text = `TEAMS_WEBHOOK_URL="${url}"\n`;
  const [finding] = findingsOf(text, ".env");
  assert.equal(finding?.ruleId, "microsoft-teams-webhook");
  assert.equal(text.slice(finding?.start, finding?.end), url);
  assert.deepEqual(onlyRule(`see https://acme.webhook.office.com/webhookb2/ for setup\n`, "README.md"), []);
});
