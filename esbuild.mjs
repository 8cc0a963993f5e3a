// One script, three bundles: the extension (vscode external), the language server and the CLI.
// `--production` minifies without sourcemaps (the .vsix) and leaves the rules' test-only data (near-miss
// `negatives`) out of the shipped bundles; the default keeps sourcemaps for debugging.
import * as esbuild from "esbuild";
import fs from "node:fs";
import ts from "typescript";

const production = process.argv.includes("--production");

/** Blanks `negatives: [...]` in rule files: fixtures for the tests, not something to ship. */
const stripRuleFixtures = {
  name: "strip-rule-fixtures",
  setup(build) {
    build.onLoad({ filter: /server[\\/]src[\\/]engine[\\/]rules[\\/].*\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, "utf8");
      const file = ts.createSourceFile(args.path, source, ts.ScriptTarget.Latest, true);
      const cuts = [];
      const visit = (node) => {
        if (ts.isPropertyAssignment(node) && node.name.getText(file) === "negatives") {
          cuts.push([node.initializer.getStart(file), node.initializer.getEnd()]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = source;
      for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + "[]" + out.slice(end);
      return { contents: out, loader: "ts" };
    });
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: production ? false : "linked",
  minify: production,
  logLevel: "warning",
  // keytar is a native addon; web-tree-sitter loads its .wasm next to itself at run time.
  external: ["vscode", "keytar"],
  plugins: production ? [stripRuleFixtures] : [],
};

fs.mkdirSync("dist", { recursive: true });
await Promise.all([
  esbuild.build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js" }),
  esbuild.build({ ...common, entryPoints: ["server/src/server.ts"], outfile: "dist/server.js" }),
  esbuild.build({
    ...common,
    entryPoints: ["server/src/cli/cli.ts"],
    outfile: "dist/cli.js",
    banner: { js: "#!/usr/bin/env node" },
  }),
]);
fs.chmodSync("dist/cli.js", 0o755);

// keytar (the OS keychain) is a native addon: ship its runtime files beside the bundles, where `require("keytar")`
// from dist/extension.js finds them first. Missing keytar is fine: the extension falls back to SecretStorage.
const keytar = "node_modules/keytar";
if (fs.existsSync(`${keytar}/build/Release/keytar.node`)) {
  const target = "dist/node_modules/keytar";
  fs.rmSync(target, { recursive: true, force: true });
  for (const f of ["package.json", "lib", "build/Release/keytar.node"]) {
    fs.cpSync(`${keytar}/${f}`, `${target}/${f}`, { recursive: true });
  }
}

// The logged-credential analysis parses with web-tree-sitter: its runtime and every grammar (.wasm files in the
// tree-sitter packages this project depends on) ship in dist/wasm, where server/src/parsing.ts looks first, so an
// installed .vsix (which carries no node_modules) parses as the development checkout does.
const { dependencies } = JSON.parse(fs.readFileSync("package.json", "utf8"));
fs.rmSync("dist/wasm", { recursive: true, force: true });
fs.mkdirSync("dist/wasm", { recursive: true });
for (const name of Object.keys(dependencies).filter((d) => /tree-sitter/.test(d))) {
  const dir = `node_modules/${name}`;
  if (!fs.existsSync(dir)) continue;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".wasm"))) fs.copyFileSync(`${dir}/${file}`, `dist/wasm/${file}`);
}
