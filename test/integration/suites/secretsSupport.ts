// Shared by the secrets*.test.ts suites (each suite is bundled on its own, so shared state lives on globalThis).
// Starts a private D-Bus session bus and an unlocked gnome-keyring Secret Service for the extension host (the
// extension's keytar connects to the bus named in DBUS_SESSION_BUS_ADDRESS on first use), scripts the
// extension's prompts, and remembers every value written so the leak scan can look for them.

import * as assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";

export interface ScriptedAnswer {
  id: string;
  answer: string | string[] | boolean | undefined;
}

export interface RecordedPrompt {
  id: string;
  kind: string;
  texts: string[];
  answered: boolean;
}

// The tree snapshot's shape is the extension's own test-state contract.
import type { TreeSnapshotItem } from "../../../client/src/secrets/index";
export type { TreeSnapshotItem };

export interface SecretsState {
  auditLogPath: string;
  logLines: string[];
  prompts: RecordedPrompt[];
  tree: TreeSnapshotItem[];
  activeEnvironment: string;
  workspaceId: string;
  /** Name of the active workspace folder (the active editor's); every folder with its keychain workspace id. */
  activeFolder?: string;
  folders: Array<{ name: string; workspaceId: string }>;
  stores: Array<{ environment: string; stores: Array<{ kind: string; label: string }> }>;
}

interface Shared {
  values: Set<string>;
  keyring?: PrivateKeyring;
}

function shared(): Shared {
  const holder = globalThis as typeof globalThis & { __hushSecretsTests?: Shared };
  holder.__hushSecretsTests ??= { values: new Set() };
  return holder.__hushSecretsTests;
}

/** A fake credential made now; remembered for the leak scan. */
export function newValue(prefix = "tok_"): string {
  const value = prefix + randomBytes(18).toString("base64url");
  remember(value);
  return value;
}

export function remember(value: string): void {
  shared().values.add(value);
}

export function writtenValues(): string[] {
  return [...shared().values];
}

export async function state(): Promise<SecretsState> {
  return (await vscode.commands.executeCommand("hush._test.state")) as SecretsState;
}

/** Queues answers for the next prompts; `done()` stops scripting and fails when answers were left over. */
export async function script(...answers: ScriptedAnswer[]): Promise<void> {
  await vscode.commands.executeCommand("hush._test.prompts", { script: answers });
}

export async function done(): Promise<RecordedPrompt[]> {
  const result = (await vscode.commands.executeCommand("hush._test.prompts", { stop: true })) as { recorded: RecordedPrompt[]; leftover: ScriptedAnswer[] };
  assert.deepEqual(result.leftover, [], "every scripted answer was used by a prompt");
  return result.recorded;
}

/** Runs a command with scripted answers and returns the prompts it showed. */
export async function run(command: string, args: unknown[], ...answers: ScriptedAnswer[]): Promise<{ result: unknown; prompts: RecordedPrompt[] }> {
  const before = (await state()).prompts.length;
  await script(...answers);
  let result: unknown;
  try {
    result = await vscode.commands.executeCommand(command, ...args);
  } finally {
    await done();
  }
  const prompts = (await state()).prompts.slice(before);
  return { result, prompts };
}

export async function secretValue(name: string, environment: string, store?: string): Promise<string | undefined> {
  const answers: ScriptedAnswer[] = environment === "production" ? [{ id: "launch.confirm", answer: true }] : [];
  const { result } = await run("hush.secretValue", [{ name, environment, ...(store ? { store } : {}) }], ...answers);
  return result as string | undefined;
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "no workspace folder");
  return folder.uri.fsPath;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitUntil(what: string, probe: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export function treeLabels(snapshot: TreeSnapshotItem[]): string[] {
  return snapshot.map((item) => "  ".repeat(item.depth) + item.label);
}

// --- a private Secret Service -----------------------------------------------------------------------------------

export interface PrivateKeyring {
  address: string;
  /** Stops gnome-keyring-daemon only: the bus stays, the Secret Service is gone (and is not auto-started). */
  stopSecretService(): Promise<void>;
  stop(): Promise<void>;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function secretServiceOnBus(address: string): boolean {
  const result = spawnSync("dbus-send", ["--bus=" + address, "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets"], { encoding: "utf8" });
  return /boolean true/.test(result.stdout ?? "");
}

/**
 * A session bus without service activation (so a stopped Secret Service stays stopped) and a gnome-keyring
 * daemon on it with an unlocked login keyring in a temporary folder.
 */
export async function startPrivateKeyring(): Promise<PrivateKeyring> {
  const existing = shared().keyring;
  if (existing) return existing;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hush-it-keyring-"));
  fs.mkdirSync(path.join(dir, "data"));
  fs.mkdirSync(path.join(dir, "run"), { mode: 0o700 });
  const socket = path.join(dir, "bus");
  fs.writeFileSync(
    path.join(dir, "bus.conf"),
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`,
  );
  const bus = spawn("dbus-daemon", [`--config-file=${path.join(dir, "bus.conf")}`, "--nofork", "--nopidfile"], { stdio: "ignore" });
  const address = `unix:path=${socket}`;
  await waitUntil("the private D-Bus socket", () => fs.existsSync(socket), 10_000);
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: address, XDG_DATA_HOME: path.join(dir, "data"), XDG_RUNTIME_DIR: path.join(dir, "run") };
  const keyringDaemon = spawn("gnome-keyring-daemon", ["--foreground", "--unlock", "--components=secrets"], { env, stdio: ["pipe", "ignore", "ignore"] });
  keyringDaemon.stdin?.end("hush-integration-keyring");
  await waitUntil("org.freedesktop.secrets on the private bus", () => secretServiceOnBus(address), 15_000);
  process.env["DBUS_SESSION_BUS_ADDRESS"] = address;
  const keyring: PrivateKeyring = {
    address,
    async stopSecretService() {
      keyringDaemon.kill("SIGTERM");
      await waitForExit(keyringDaemon, 5_000);
      await waitUntil("the Secret Service to leave the bus", () => !secretServiceOnBus(address), 10_000);
    },
    async stop() {
      keyringDaemon.kill("SIGTERM");
      await waitForExit(keyringDaemon, 5_000);
      bus.kill("SIGTERM");
      await waitForExit(bus, 5_000);
      fs.rmSync(dir, { recursive: true, force: true });
      delete shared().keyring;
    },
  };
  shared().keyring = keyring;
  return keyring;
}

export function privateKeyring(): PrivateKeyring | undefined {
  return shared().keyring;
}

/** Every file under `dir` (skipping node_modules and .git), for the leak scan. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === ".git") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Closes every editor, discarding unsaved changes (untitled scratch documents would otherwise ask to be saved). */
export async function closeEditorsDiscardingChanges(): Promise<void> {
  for (let attempt = 0; attempt < 100 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); attempt++) {
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  }
}

/** Saves the dirty file-backed documents (never untitled ones, which would open a Save As dialog). */
export async function saveFileDocuments(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && document.uri.scheme === "file") await document.save();
  }
}

/** The audit log's lines as records (appends are queued, so wait a moment first). */
export async function auditRecords(): Promise<Array<Record<string, string>>> {
  const file = (await state()).auditLogPath;
  await sleep(200);
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, string>);
}
