// Small, tolerant helpers for driving the VS Code workbench (code-server 4.100 / Code 1.100) with playwright-core.
// Selectors are the workbench's own class names; each helper waits generously because a 2-core machine is slow.

export const TIMEOUT_MS = 30_000;

/** Runs a command through the command palette (F1), by its label as shown there, e.g. "Hush: Scan Workspace". */
export async function runCommand(page, label, { attempts = 3 } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press("Escape");
      await page.keyboard.press("F1");
      const input = page.locator(".quick-input-widget input");
      await input.waitFor({ state: "visible", timeout: 10_000 });
      await input.fill(`>${label}`);
      const row = page.locator(".quick-input-list .monaco-list-row", { hasText: label }).first();
      await row.waitFor({ state: "visible", timeout: 10_000 });
      await row.click();
      await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: 10_000 }).catch(() => {});
      return;
    } catch (error) {
      if (attempt >= attempts) throw new Error(`command palette: could not run "${label}": ${String(error).split("\n")[0]}`);
      await page.waitForTimeout(1000);
    }
  }
}

/** Opens a workspace file through Quick Open (F1, then the file name without the ">" prefix). */
export async function openFile(page, relativePath) {
  await page.keyboard.press("Escape");
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill(relativePath);
  const fileName = relativePath.split("/").at(-1);
  const row = page.locator(".quick-input-list .monaco-list-row", { hasText: fileName }).first();
  await row.waitFor({ state: "visible", timeout: TIMEOUT_MS });
  await page.keyboard.press("Enter");
  await page.locator(`.tabs-container .tab[aria-label*="${fileName}"]`).first().waitFor({ timeout: TIMEOUT_MS });
  await page.locator(".monaco-editor .view-lines").first().waitFor({ timeout: TIMEOUT_MS });
}

/** Moves the cursor with "Go to Line/Column" (1-based line and column). */
export async function goToPosition(page, line, column) {
  await runCommand(page, "Go to Line/Column");
  const input = page.locator(".quick-input-widget input");
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: 10_000 }).catch(() => {});
}

/** The visible text of the active editor (monaco renders spaces as U+00A0). */
export async function activeEditorText(page) {
  const text = await page.locator(".editor-group-container.active .monaco-editor .view-lines").first().innerText();
  return text.replace(/\u00a0/g, " ");
}

export async function pageText(page) {
  return page.evaluate(() => document.body.innerText);
}

/** Text of the Hush status bar item (id hush.status), or undefined when absent. */
export async function hushStatusText(page) {
  const byId = page.locator('.statusbar-item[id$="hush.status"]');
  if ((await byId.count()) > 0) return (await byId.first().innerText()).trim();
  const byText = page.locator(".statusbar-item", { hasText: "Hush" });
  if ((await byText.count()) > 0) return (await byText.first().innerText()).trim();
  return undefined;
}

/** Rows of the Problems panel (resource rows and marker rows), as text. */
export async function problemRows(page) {
  return page.locator(".markers-panel .monaco-list-row").allInnerTexts();
}

/** Polls `probe` until it returns a truthy value; throws with `describe()` appended after the timeout. */
export async function waitUntil(what, probe, describe = async () => "", timeoutMs = TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) {
      const seen = await describe().catch(() => "");
      const error = new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
      error.expected = what;
      error.actual = seen || "nothing";
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
