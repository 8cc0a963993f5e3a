// One script, three bundles: the extension (vscode external), the language server and the CLI.
// `--production` minifies without sourcemaps (the .vsix); the default keeps sourcemaps for debugging.
import * as esbuild from "esbuild";
import fs from "node:fs";

const production = process.argv.includes("--production");
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
