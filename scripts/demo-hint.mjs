// Printed after `npm start`: how to see the same findings in an editor.
const lines = [
  "",
  "Open the demo in VS Code with Hush loaded:",
  "  npm run demo                     # code-server in your browser, extension preloaded (prints a 127.0.0.1 URL)",
  "  code --extensionDevelopmentPath=$PWD demo   # or your own VS Code",
  "Package the extension:  npm run package   (dist/hush.vsix)",
  "Pre-commit hook:        node dist/cli.js scan --staged",
];
console.log(lines.join("\n"));
