// E2E scenarios of the Secrets view (issue 7), appended to test/e2e/run.mjs's list: the view as a user sees it,
// with names shown and values hidden, and Reveal showing at most a 4-character prefix for a few seconds.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { screenshotPath } from "../setup/code-server.mjs";
import { pageText, runCommand, waitUntil } from "./workbench.mjs";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const random = (n) => Array.from(randomBytes(n), (b) => ALNUM[b % ALNUM.length]).join("");

/** Fails when the text holds a value, or any 8-character piece of one beyond its 4-character prefix. */
function leakedIn(text, values) {
  for (const value of values) {
    if (text.includes(value)) return "a full value";
    for (let start = 1; start + 8 <= value.length; start++) if (text.includes(value.slice(start, start + 8))) return "part of a value beyond its prefix";
  }
  return undefined;
}

function fail(message, expected, actual) {
  return Object.assign(new Error(message), { expected, actual });
}

export const secretsScenarios = [
  {
    name: "Secrets view shows environments, stores and names with every value hidden",
    async run({ page, workspace }) {
      const values = { API_KEY: "sk_" + "test_" + random(32), DB_PASSWORD: random(24), STAGING_TOKEN: random(32) };
      // VS Code's secret storage for the keychain store: this browser session has no Secret Service.
      fs.mkdirSync(path.join(workspace, ".vscode"), { recursive: true });
      const settingsFile = path.join(workspace, ".vscode", "settings.json");
      const settings = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, "utf8")) : {};
      fs.writeFileSync(settingsFile, JSON.stringify({ ...settings, "hush.keychain.backend": "secretStorage", "hush.revealSeconds": 20 }, null, 2));
      fs.writeFileSync(path.join(workspace, ".env"), `# local development\nAPI_KEY=${values.API_KEY}\nDB_PASSWORD=${values.DB_PASSWORD}\n`, { mode: 0o600 });
      fs.writeFileSync(path.join(workspace, ".env.staging"), `STAGING_TOKEN=${values.STAGING_TOKEN}\n`, { mode: 0o600 });
      globalThis.__hushSecretsE2eValues = Object.values(values);

      await runCommand(page, "Hush: Focus on Secrets View");
      await runCommand(page, "Hush: Refresh Secrets");
      const text = await waitUntil(
        "the Secrets view to list development > .env > API_KEY, DB_PASSWORD",
        async () => {
          const t = await pageText(page);
          return ["development", "staging", "production", ".env", "API_KEY", "DB_PASSWORD"].every((word) => t.includes(word)) ? t : undefined;
        },
        async () => (await pageText(page)).slice(0, 400).replace(/[A-Za-z0-9]{12,}/g, "<long>"),
        60_000,
      );
      const leak = leakedIn(text, Object.values(values));
      if (leak) throw fail("the page must not show secret values", "names only", `${leak} in the page text`);
      await page.screenshot({ path: screenshotPath("e2e-secrets-view") });
    },
  },
  {
    name: "Reveal shows at most a 4-character prefix in the Secrets view",
    async run({ page }) {
      const values = globalThis.__hushSecretsE2eValues ?? [];
      const apiKey = values[0] ?? "";
      await runCommand(page, "Hush: Reveal Secret Prefix");
      const input = page.locator(".quick-input-widget input");
      await input.waitFor({ state: "visible", timeout: 10_000 });
      await input.fill("API_KEY");
      await page.locator(".quick-input-list .monaco-list-row", { hasText: "API_KEY" }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press("Enter");
      const prefix = apiKey.slice(0, 4) + "…";
      const text = await waitUntil(`the masked prefix ${prefix} beside API_KEY`, async () => {
        const t = await pageText(page);
        return t.includes(prefix) ? t : undefined;
      });
      const leak = leakedIn(text, values);
      if (leak) throw fail("Reveal shows at most 4 characters", prefix, `${leak} in the page text`);
      await page.screenshot({ path: screenshotPath("e2e-secrets-reveal") });
    },
  },
];
