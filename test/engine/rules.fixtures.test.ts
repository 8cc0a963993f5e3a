// One runner over every built-in rule: true positives are generated from the rule's own `secret` pattern at test
// time, placed in a matrix of file contexts, and must be reported by that rule over exactly the secret's range;
// each rule's `negatives` must produce no finding from any rule. Failures name the rule and the context, and show
// a value only masked.
import assert from "node:assert/strict";
import { test } from "node:test";
import { builtinRules, GENERIC_RULE_IDS } from "../../server/src/engine/rules/index";
import { fileNameFindings, scanText } from "../../server/src/engine/scan";
import type { RuleSpec } from "../../server/src/engine/types";
import {
  BASE62,
  base64Encode,
  CONTEXTS,
  SEED,
  describe,
  expectedRangeInSample,
  fakeJwt,
  fakePem,
  generateFromRule,
  HEX,
  leakedFields,
  makeRandom,
  randomToken,
  type PlacementContext,
} from "./support";

const SAMPLES_PER_RULE = 2;
const rnd = makeRandom(SEED);

interface Case {
  context: string;
  path: string;
  text: string;
  value: string;
  start: number;
  end: number;
}

/** Checks one placed sample; returns a problem description (no value in it) or undefined. */
function check(rule: RuleSpec, c: Case): string | undefined {
  const { findings } = scanText(c.text, { path: c.path });
  const exact = findings.find((f) => f.ruleId === rule.id && f.start === c.start && f.end === c.end);
  if (!exact) {
    const near = findings.filter((f) => f.start < c.end && c.start < f.end).map((f) => `${f.ruleId}[${f.start - c.start},${f.end - c.end}]`);
    return `${c.context} (${c.path}): expected ${rule.id} over the value ${describe(c.value)}, got ${near.join(", ") || "no finding"}`;
  }
  const leaks = leakedFields(exact, c.value);
  if (leaks.length) return `${c.context}: value leaked in field(s) ${leaks.join(", ")}`;
  const others = findings.filter((f) => f !== exact && f.start < c.end && c.start < f.end);
  if (others.length) return `${c.context}: extra overlapping findings ${others.map((f) => f.ruleId).join(", ")}`;
  return undefined;
}

/** Single-line values: every context that can hold the value verbatim. */
function placeEverywhere(rule: RuleSpec, name: string, value: string, offsetInValue: { start: number; end: number }): Case[] {
  const cases: Case[] = [];
  for (const ctx of CONTEXTS) {
    const text = ctx.render(name, value);
    if (text === undefined) continue;
    const at = text.indexOf(value);
    cases.push({ context: ctx.id, path: ctx.path, text, value, start: at + offsetInValue.start, end: at + offsetInValue.end });
  }
  return cases;
}

/** Multi-line PEM blocks, in each place they are found in practice. */
const PEM_CONTEXTS: PlacementContext[] = [
  { id: "pem-file", path: "certs/server.key", render: (_n, v) => v + "\n" },
  { id: "dotenv-multiline", path: ".env", render: (n, v) => `${n}="${v}"\nPORT=8080\n` },
  {
    id: "json-escaped (GCP service account)",
    path: "gcp/service-account.json",
    render: (_n, v) =>
      `{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "${rnd.string(40, "0123456789abcdef")}",\n  "private_key": "${v.replace(/\n/g, "\\n")}\\n",\n  "client_email": "svc@acme-prod.iam.gserviceaccount.com"\n}\n`,
  },
  { id: "yaml-block", path: "k8s/values.yaml", render: (_n, v) => `tls:\n  key: |\n    ${v.replace(/\n/g, "\n    ")}\n  enabled: true\n` },
  { id: "python-triple-quoted", path: "app/keys.py", render: (n, v) => `${n} = """${v}"""\n` },
  { id: "js-template", path: "src/keys.ts", render: (n, v) => `export const ${n} = \`${v}\`;\n` },
  { id: "go-raw-string", path: "keys.go", render: (n, v) => `package keys\n\nconst ${n} = \`${v}\`\n` },
  { id: "java-text-block", path: "src/Keys.java", render: (n, v) => `class Keys {\n  static final String ${n} = """\n${v}\n""";\n}\n` },
  { id: "shell-quoted", path: "deploy.sh", render: (n, v) => `#!/bin/bash\n${n}='${v}'\necho done\n` },
  { id: "log-escaped", path: "logs/app.log", render: (n, v) => `2024-05-01T12:00:00Z DEBUG loaded ${n}="${v.replace(/\n/g, "\\n")}"\n` },
];

/** Rules whose pattern spans lines (besides PEM private keys): their samples keep their line breaks. */
const BLOCK_RULE_IDS = new Set(["openvpn-static-key"]);

/** Other multi-line blocks (OpenVPN static keys): drawn from the rule's own pattern, placed where PEM blocks go. */
const BLOCK_CONTEXTS: PlacementContext[] = [
  ...PEM_CONTEXTS.filter((c) => !/escaped/.test(c.id)),
  { id: "ovpn-inline", path: "clients/laptop.ovpn", render: (_n, v) => `client\ndev tun\nremote vpn.example.org 1194\nkey-direction 1\n<tls-auth>\n${v}\n</tls-auth>\n` },
];

function blockCases(rule: RuleSpec): Case[] | string {
  const cases: Case[] = [];
  for (let i = 0; i < SAMPLES_PER_RULE; i++) {
    const block = generateFromRule(rule, rnd, 300, { lines: true });
    if (block === undefined) return `could not generate a sample from the rule's own pattern (seed ${SEED})`;
    for (const ctx of BLOCK_CONTEXTS) {
      const text = ctx.render(rule.envName, block);
      if (text === undefined) continue;
      // Indented contexts (a YAML block scalar) indent the block's lines: the finding spans BEGIN to END as placed.
      const start = text.indexOf("-----BEGIN");
      const end = text.indexOf("-----", text.indexOf("-----END") + 5) + 5;
      cases.push({ context: ctx.id, path: ctx.path, text, value: text.slice(start, end), start, end });
    }
  }
  return cases;
}

/**
 * Rules judged by a structured handler rather than a pattern: their true positives, built from what the handler
 * looks for. A new rule of this kind must add its cases here.
 */
const STRUCTURED_CASES: Record<string, () => Case[]> = {
  "secret-key-file": () => {
    const whole = (context: string, path: string, value: string, text = value + "\n"): Case => ({ context, path, text, value, start: text.indexOf(value), end: text.indexOf(value) + value.length });
    const base64Lines = Array.from({ length: 12 }, () => randomToken(rnd, 64, BASE62 + "+/")).join("\n");
    return [
      (() => {
        const key = rnd.string(32, HEX);
        return whole("Rails master.key (no final newline)", "config/master.key", key, key);
      })(),
      whole("Rails master.key with a newline", "config/master.key", rnd.string(32, HEX)),
      whole("MongoDB keyfile", "mongodb/keyfile", base64Lines),
      whole("MongoDB keyfile (CRLF)", "deploy/mongo-keyfile", randomToken(rnd, 756, BASE62 + "+/"), "\r\n" + "$VALUE" + "\r\n"),
      whole("Zabbix PSK", "zabbix/zabbix_agentd.psk", rnd.string(64, HEX)),
      whole("Artifactory master.key", "artifactory/etc/security/master.key", rnd.string(64, HEX)),
    ].map((c) => (c.text.includes("$VALUE") ? { ...c, text: c.text.replace("$VALUE", c.value), start: 2, end: 2 + c.value.length } : c));
  },
};

function pemCases(rule: RuleSpec): Case[] {
  const cases: Case[] = [];
  for (const label of ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]) {
    const pem = fakePem(rnd, label);
    for (const ctx of PEM_CONTEXTS) {
      const text = ctx.render(rule.envName, pem);
      if (text === undefined) continue;
      const start = text.indexOf("-----BEGIN");
      const endMarker = text.indexOf("-----END");
      const end = text.indexOf("-----", endMarker + 5) + 5;
      cases.push({ context: `${ctx.id} / ${label}`, path: ctx.path, text, value: text.slice(start, end), start, end });
    }
  }
  return cases;
}

/** The generic rules match nothing by pattern; their positives are hand-written shapes with generated values. */
function genericCases(rule: RuleSpec): Case[] {
  const cases: Case[] = [];
  const names = rule.id === "hardcoded-password" ? ["DB_PASSWORD", "smtp_passwd", "adminPwd"] : ["API_KEY", "client_secret", "authToken"];
  for (const name of names) {
    const value =
      rule.id === "hardcoded-password"
        ? randomToken(rnd, 10, BASE62) + rnd.pick(["!", "%", "_", "-", "@"]) + randomToken(rnd, 5)
        : randomToken(rnd, 32 + rnd.int(0, 8));
    cases.push(...placeEverywhere(rule, name, value, { start: 0, end: value.length }));
  }
  return cases;
}

for (const rule of builtinRules) {
  if (rule.fileName) {
    // Rules on the file name alone (binary keystores): any content, an empty file included, is reported by name.
    test(`rule ${rule.id}: fires on matching file names only`, () => {
      const hits = (path: string) => fileNameFindings({ path }).filter((f) => f.ruleId === rule.id).length;
      assert.equal(hits("certs/client.p12"), 1);
      assert.equal(hits("certs/CLIENT.PFX"), 1);
      assert.equal(hits("certs/client.p126"), 0);
      assert.equal(hits("docs/p12.md"), 0);
      assert.equal(fileNameFindings({ path: "a.p12", rules: { [rule.id]: "off" } }).length, 0);
    });
    continue;
  }
  test(`rule ${rule.id}: generated true positives in every context`, () => {
    const problems: string[] = [];
    let cases: Case[] = [];
    const structured = STRUCTURED_CASES[rule.id];
    if (GENERIC_RULE_IDS.has(rule.id)) {
      cases = genericCases(rule);
    } else if (structured) {
      cases = structured();
    } else if (rule.secret.source === "(?!)") {
      problems.push("a rule without a pattern needs its cases in STRUCTURED_CASES");
    } else if (BLOCK_RULE_IDS.has(rule.id)) {
      const block = blockCases(rule);
      if (typeof block === "string") problems.push(block);
      else cases = block;
    } else if (rule.validator === "pem-private-key") {
      cases = pemCases(rule);
    } else if (rule.validator === "base64-pem-private-key") {
      // A random blob never decodes to a key: encode a generated PEM block, as kubeconfig and CI variables hold it.
      for (const label of ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]) {
        const value = base64Encode(fakePem(rnd, label));
        cases.push(...placeEverywhere(rule, rule.envName, value, { start: 0, end: value.length }));
      }
    } else {
      const name = rule.context ? rule.sample?.name : rule.envName;
      if (!name) {
        assert.fail(`${rule.id}: a context rule needs sample.name (a name that satisfies context.name) for test generation`);
      }
      for (let i = 0; i < SAMPLES_PER_RULE; i++) {
        const value = rule.validator === "jwt" ? fakeJwt(rnd, { sub: `user-${rnd.int(1, 9999)}`, iat: 1700000000 + i }) : generateFromRule(rule, rnd);
        if (value === undefined) {
          problems.push(`could not generate a sample from the rule's own pattern (seed ${SEED})`);
          break;
        }
        cases.push(...placeEverywhere(rule, name, value, expectedRangeInSample(rule, value)));
      }
    }
    if (problems.length === 0 && cases.length < 5) problems.push(`only ${cases.length} contexts could hold the samples`);
    for (const c of cases) {
      const problem = check(rule, c);
      if (problem) problems.push(problem);
    }
    assert.deepEqual(problems, [], `${rule.id} (seed ${SEED}):\n  ${problems.join("\n  ")}`);
  });

  if (rule.negatives?.length) {
    test(`rule ${rule.id}: negatives produce no finding`, () => {
      const problems: string[] = [];
      for (const [i, line] of rule.negatives?.entries() ?? []) {
        for (const path of ["src/app.py", "config/app.conf"]) {
          const { findings } = scanText(line + "\n", { path });
          if (findings.length) problems.push(`negative #${i} in ${path}: ${findings.map((f) => f.ruleId).join(", ")}`);
        }
      }
      assert.deepEqual(problems, [], `${rule.id}:\n  ${problems.join("\n  ")}`);
    });
  }
}

test("every rule has an id, title, keywords in lowercase and a doc summary", () => {
  const ids = new Set<string>();
  for (const rule of builtinRules) {
    assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, rule.id);
    assert.ok(!ids.has(rule.id), `duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    assert.ok(rule.title.length > 0 && rule.doc.summary.length > 0, rule.id);
    for (const k of rule.keywords) assert.equal(k, k.toLowerCase(), `${rule.id}: keyword ${k} must be lowercase`);
  }
});
