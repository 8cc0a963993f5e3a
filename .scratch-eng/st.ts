import { scanText } from "../server/src/engine/scan";
const r = (n: number) => { let s = ""; const a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"; for (let i = 0; i < n; i++) s += a[Math.floor(Math.random() * 62)]; return s; };
const b64 = (s: string) => Buffer.from(s).toString("base64");
const cases: [string, string][] = [
  [".npmrc", `//registry.npmjs.org/:_authToken=${r(36)}\n`],
  ["project/.npmrc", `registry=https://npm.acme.dev/\n//npm.acme.dev/:_auth=${b64("deploy:" + r(16))}\nalways-auth=true\n`],
  [".npmrc", `//npm.acme.dev/:_password=${b64(r(16))}\n//npm.acme.dev/:username=deploy\n`],
  [".docker/config.json", `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${b64("me:" + r(20))}"\n    }\n  }\n}\n`],
  [".pypirc", `[pypi]\nusername = __token__\npassword = pypi-${r(60)}\n\n[testpypi]\nusername = bob\npassword = ${r(14)}\n`],
  [".git-credentials", `https://bob:${r(20)}@github.com\n`],
  [".netrc", `machine api.heroku.com\n  login me@acme.dev\n  password ${r(32)}\nmachine example.com login bob password ${r(12)}\n`],
  ["src/Db.cs", `var cs = "Server=db.acme.dev;Database=app;User Id=sa;Password=${r(14)}!;";\n`],
  ["src/Db.java", `String url = "jdbc:sqlserver://db.acme.dev:1433;databaseName=app;user=sa;password=${r(14)};";\n`],
  ["app.properties", `spring.datasource.url=jdbc:postgresql://db:5432/app?user=app&password=${r(14)}\n`],
  ["k8s/secret.yaml", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  password: ${b64(r(18))}\n  api-key: ${b64("sk_" + "live_" + r(30))}\nstringData:\n  token: ${r(30)}\n`],
];
for (const [p, t] of cases) console.log(p, JSON.stringify(scanText(t, { path: p }).findings.map((f) => [f.ruleId, f.title, f.name, t.slice(f.start, f.end).length])));
