import { scanText } from "../server/src/engine/scan";
const b = (s: string) => Buffer.from(s).toString("base64");
const v = "aB3dE5fG7hJ9kL1mN3pQ5rS7";
for (const [t, p] of [[`kind: Secret\ndata:\n  password: ${b("changeme")}\n`, "secret.yaml"], [`kind: ConfigMap\ndata:\n  password_hint: ${b(v)}\n`, "cm.yaml"], [`//npm.acme.dev/:_authToken=\${NPM_TOKEN}\n`, ".npmrc"], [`{"auths": {"x": { "auth": "${b("user:password")}" }}}`, ".docker/config.json"]])
  console.log(p, scanText(t, { path: p }).findings.map((f) => [f.ruleId, f.title, f.name]));
