// Every question and message the secrets UI shows goes through here. In normal use these are plain vscode.window
// calls. Integration tests (extension mode Development/Test only) can script answers through the internal command
// `hush._test.prompts`, because modal dialogs cannot be clicked from inside the extension host; every prompt and
// message is also recorded so tests can check that none of them shows a value.

import * as vscode from "vscode";

export interface ScriptedAnswer {
  /** The prompt id this answer is for (checked, so a test fails loudly when the flow changes). */
  id: string;
  /** pick: the label(s) to choose; input: the text; confirm: true to accept; undefined: cancel. */
  answer: string | string[] | boolean | undefined;
}

export interface RecordedPrompt {
  id: string;
  kind: "pick" | "input" | "confirm" | "info" | "warning" | "error";
  /** Titles, placeholders, prompts, messages and item labels/descriptions: everything shown as text. */
  texts: string[];
  answered: boolean;
}

class Ui {
  private scripted: ScriptedAnswer[] | undefined;
  readonly recorded: RecordedPrompt[] = [];

  enableScripting(answers: ScriptedAnswer[]): void {
    this.scripted = [...(this.scripted ?? []), ...answers];
  }

  get scripting(): boolean {
    return this.scripted !== undefined;
  }

  /** Ends scripting and returns what was not consumed (a test fails when answers are left over). */
  stopScripting(): ScriptedAnswer[] {
    const left = this.scripted ?? [];
    this.scripted = undefined;
    return left;
  }

  private record(prompt: RecordedPrompt): void {
    this.recorded.push(prompt);
    if (this.recorded.length > 500) this.recorded.splice(0, this.recorded.length - 500);
  }

  private next(id: string): ScriptedAnswer | undefined {
    const answer = this.scripted?.[0];
    if (!answer) return undefined;
    if (answer.id !== id) throw new Error(`scripted answer for "${answer.id}" but the prompt is "${id}"`);
    this.scripted?.shift();
    return answer;
  }

  async pick<T extends vscode.QuickPickItem>(id: string, items: readonly T[], options: vscode.QuickPickOptions & { canPickMany: true }): Promise<T[] | undefined>;
  async pick<T extends vscode.QuickPickItem>(id: string, items: readonly T[], options?: vscode.QuickPickOptions & { canPickMany?: false }): Promise<T | undefined>;
  async pick<T extends vscode.QuickPickItem>(id: string, items: readonly T[], options: vscode.QuickPickOptions = {}): Promise<T | T[] | undefined> {
    const texts = [options.title, options.placeHolder, ...items.flatMap((item) => [item.label, item.description, item.detail])].filter((text): text is string => typeof text === "string");
    if (this.scripted) {
      const scripted = this.next(id);
      this.record({ id, kind: "pick", texts, answered: scripted !== undefined });
      if (!scripted || scripted.answer === undefined) return undefined;
      // An answer names an item by its label, or by "label — description" when labels repeat.
      const labels = Array.isArray(scripted.answer) ? scripted.answer : [String(scripted.answer)];
      const chosen = labels.map((label) => items.find((item) => item.label === label || `${item.label} — ${item.description ?? ""}` === label));
      if (chosen.some((item) => item === undefined)) throw new Error(`scripted pick for "${id}": no item ${labels.join(", ")} among ${items.map((item) => `${item.label} — ${item.description ?? ""}`).join(", ")}`);
      return options.canPickMany ? (chosen as T[]) : chosen[0];
    }
    this.record({ id, kind: "pick", texts, answered: true });
    return vscode.window.showQuickPick(items, { ...options, ignoreFocusOut: true }) as Promise<T | T[] | undefined>;
  }

  async input(id: string, options: vscode.InputBoxOptions): Promise<string | undefined> {
    // A password box's prefilled value is never recorded (and the callers never prefill a secret).
    const texts = [options.title, options.prompt, options.placeHolder, options.password ? undefined : options.value].filter((text): text is string => typeof text === "string");
    if (this.scripted) {
      const scripted = this.next(id);
      this.record({ id, kind: "input", texts, answered: scripted !== undefined });
      if (!scripted || scripted.answer === undefined) return undefined;
      const text = String(scripted.answer);
      const problem = await options.validateInput?.(text);
      if (problem) throw new Error(`scripted input for "${id}" was rejected by validation: ${typeof problem === "string" ? problem : problem.message}`);
      return text;
    }
    this.record({ id, kind: "input", texts, answered: true });
    return vscode.window.showInputBox({ ...options, ignoreFocusOut: true });
  }

  /** A modal question; true only when the user chose `action`. */
  async confirm(id: string, message: string, detail: string, action: string): Promise<boolean> {
    const texts = [message, detail, action];
    if (this.scripted) {
      const scripted = this.next(id);
      this.record({ id, kind: "confirm", texts, answered: scripted !== undefined });
      return scripted?.answer === true;
    }
    this.record({ id, kind: "confirm", texts, answered: true });
    return (await vscode.window.showWarningMessage(message, { modal: true, detail }, action)) === action;
  }

  /** Non-modal messages are shown and not awaited, so a flow never hangs on a notification. */
  info(message: string): void {
    this.record({ id: "info", kind: "info", texts: [message], answered: true });
    void vscode.window.showInformationMessage(message);
  }

  warn(message: string): void {
    this.record({ id: "warning", kind: "warning", texts: [message], answered: true });
    void vscode.window.showWarningMessage(message);
  }

  /** A warning with buttons; resolves when the user picks one (callers do not await it inside a flow). */
  warnWithActions(message: string, ...actions: string[]): Thenable<string | undefined> {
    this.record({ id: "warning", kind: "warning", texts: [message, ...actions], answered: true });
    return vscode.window.showWarningMessage(message, ...actions);
  }

  error(message: string): void {
    this.record({ id: "error", kind: "error", texts: [message], answered: true });
    void vscode.window.showErrorMessage(message);
  }
}

export const ui = new Ui();

/** The "Hush Secrets" output channel, whose lines are also kept (bounded) for the leak-scan test. */
export class SecretsLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel("Hush Secrets", { log: true });
  readonly lines: string[] = [];

  info(message: string): void {
    this.keep(message);
    this.channel.info(message);
  }

  warn(message: string): void {
    this.keep(message);
    this.channel.warn(message);
  }

  private keep(message: string): void {
    this.lines.push(message);
    if (this.lines.length > 1000) this.lines.splice(0, this.lines.length - 1000);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
