// AWS Secrets Manager behind the SecretStore interface, through the official SDK v3 client and its default
// credential chain (environment, shared config/credentials files and `profile`, SSO, web identity, roles).
//
// Names, relative to the configured name prefix:
//   "API_KEY"           the secret `${namePrefix}API_KEY` (its whole SecretString)
//   "app/config#DB_URL" key DB_URL of the JSON secret `${namePrefix}app/config`; JSON keys are its children
// Versions are Secrets Manager versions with their staging labels; rollback moves AWSCURRENT back to a version
// (Secrets Manager then labels the version it left AWSPREVIOUS). Deletion is always scheduled with a recovery
// window, so `restore` can undo it.

import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  type DescribeSecretCommandOutput,
  GetSecretValueCommand,
  type GetSecretValueCommandInput,
  ListSecretVersionIdsCommand,
  type ListSecretVersionIdsCommandOutput,
  ListSecretsCommand,
  type ListSecretsCommandOutput,
  PutSecretValueCommand,
  RestoreSecretCommand,
  RotateSecretCommand,
  SecretsManagerClient,
  type SecretsManagerClientConfig,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";
import { ConfiguredRetryStrategy } from "@smithy/core/retry";

import type { SecretEntry, SecretStore, SecretVersion, StoreCapabilities } from "../types";
import { NotFoundError, StoreError } from "../types";
import { ChangeEmitter, SerialQueue } from "../changeEmitter";
import {
  type AuditSink,
  type Clock,
  type RetryPolicy,
  ValueCache,
  backoffDelay,
  defaultRetryPolicy,
  splitKeyName,
  systemClock,
} from "../remote/common";
import type { AwsConfig } from "./config";
import { mapAwsError } from "./errors";

export interface AwsStoreDeps {
  audit?: AuditSink;
  /** Explicit credentials (tests); absent means the SDK's default provider chain. */
  credentials?: SecretsManagerClientConfig["credentials"];
  clock?: Clock;
  /** Backoff between attempts; the number of attempts comes from the settings (maxAttempts). */
  retry?: RetryPolicy;
  /** Called with each backoff delay the SDK is about to wait (tests assert the schedule). */
  onRetryDelay?: (ms: number) => void;
  /** The SDK's HTTP transport (default: node http/https); the wire fakes are reached through `endpoint` instead. */
  requestHandler?: SecretsManagerClientConfig["requestHandler"];
}

const CURRENT = "AWSCURRENT";
const PREVIOUS = "AWSPREVIOUS";
/** Secrets Manager version ids are UUIDs (32-64 characters); anything else is taken as a staging label. */
const VERSION_ID = /^[A-Za-z0-9-]{32,64}$/;
const JSON_MERGE_ATTEMPTS = 3;

export class AwsSecretsManagerStore implements SecretStore {
  readonly kind = "aws";
  readonly label: string;
  readonly environment: string;
  readonly capabilities: StoreCapabilities = { write: true, delete: true, versions: true, rollback: true, hierarchical: true };
  readonly client: SecretsManagerClient;
  private readonly cache: ValueCache;
  private readonly changes = new ChangeEmitter();
  private readonly writes = new SerialQueue();
  private readonly audit: AuditSink;

  constructor(
    readonly config: AwsConfig,
    deps: AwsStoreDeps = {},
  ) {
    this.environment = config.environment;
    this.audit = deps.audit ?? (() => undefined);
    this.cache = new ValueCache(config.cacheTtlMs, deps.clock ?? systemClock);
    const policy = deps.retry ?? defaultRetryPolicy;
    this.client = new SecretsManagerClient({
      region: config.region,
      endpoint: config.endpoint,
      profile: config.profile,
      credentials: deps.credentials,
      requestHandler: deps.requestHandler,
      // Standard retry (throttling, 5xx, transient network errors) with our bounded exponential backoff.
      retryStrategy: new ConfiguredRetryStrategy(config.maxAttempts, (attempt) => {
        const delay = backoffDelay(policy, Math.max(1, attempt - 1));
        deps.onRetryDelay?.(delay);
        return delay;
      }),
    });
    this.label = `AWS Secrets Manager ${config.region}${config.namePrefix ? ` ${config.namePrefix}` : ""}`;
  }

  onDidChange(listener: () => void): { dispose(): void } {
    return this.changes.event(listener);
  }

  dispose(): void {
    this.cache.clear();
    this.changes.dispose();
    this.client.destroy();
  }

  list(prefix?: string): Promise<SecretEntry[]> {
    return this.audited(prefix ?? "", "list", "ListSecrets", async () => {
      if (prefix && !prefix.endsWith("/")) {
        const { secret } = splitKeyName(prefix);
        const value = await this.readValue(secret);
        const object = parseJsonObject(value);
        return object ? Object.keys(object).sort().map((key) => ({ name: `${secret}#${key}` })) : [];
      }
      return this.listSecrets(prefix ?? "");
    });
  }

  get(name: string, version?: string): Promise<string> {
    return this.audited(name, "get", "GetSecretValue", async () => {
      const { secret, key } = this.resolve(name);
      const value = await this.readValue(secret, version);
      if (key === undefined) return value;
      const object = parseJsonObject(value);
      if (!object) throw new StoreError("Invalid", `AWS secret "${this.fullName(secret)}" is not a JSON object, so it has no key "${key}"`);
      if (!(key in object)) throw new NotFoundError(`AWS secret "${this.fullName(secret)}" has no key "${key}"`);
      const field = object[key];
      return typeof field === "string" ? field : JSON.stringify(field);
    });
  }

  set(name: string, value: string): Promise<void> {
    return this.audited(name, "set", "PutSecretValue", () =>
      this.writes.run(async () => {
        const { secret, key } = this.resolve(name);
        try {
          if (key === undefined) await this.putValue(secret, value);
          else await this.mergeJson(secret, (object) => ({ ...object, [key]: value }));
        } finally {
          this.cache.invalidate(secret);
          this.changes.fire();
        }
      }),
    );
  }

  delete(name: string): Promise<void> {
    return this.audited(name, "delete", "DeleteSecret", () =>
      this.writes.run(async () => {
        const { secret, key } = this.resolve(name);
        try {
          if (key !== undefined) {
            const object = parseJsonObject(await this.readValue(secret));
            if (!object || !(key in object)) throw new NotFoundError(`AWS secret "${this.fullName(secret)}" has no key "${key}"`);
            // Removing the last key schedules the secret's deletion instead of leaving "{}" behind.
            if (Object.keys(object).length > 1) {
              await this.mergeJson(secret, (current) => {
                const { [key]: _removed, ...rest } = current;
                return rest;
              });
              return;
            }
          }
          await this.send("DeleteSecret", secret, new DeleteSecretCommand({ SecretId: this.fullName(secret), RecoveryWindowInDays: this.config.recoveryWindowDays }));
        } finally {
          this.cache.invalidate(secret);
          this.changes.fire();
        }
      }),
    );
  }

  /** Cancels a scheduled deletion. */
  restore(name: string): Promise<void> {
    return this.audited(name, "restore", "RestoreSecret", async () => {
      const { secret } = this.resolve(name);
      await this.send("RestoreSecret", secret, new RestoreSecretCommand({ SecretId: this.fullName(secret) }));
      this.cache.invalidate(secret);
      this.changes.fire();
    });
  }

  versions(name: string): Promise<SecretVersion[]> {
    return this.audited(name, "versions", "ListSecretVersionIds", async () => {
      const { secret } = this.resolve(name);
      const versions: SecretVersion[] = [];
      let nextToken: string | undefined;
      do {
        const page: ListSecretVersionIdsCommandOutput = await this.send(
          "ListSecretVersionIds",
          secret,
          new ListSecretVersionIdsCommand({ SecretId: this.fullName(secret), NextToken: nextToken, MaxResults: 100 }),
        );
        for (const version of page.Versions ?? []) {
          if (!version.VersionId) continue;
          versions.push({ id: version.VersionId, createdAt: version.CreatedDate?.toISOString(), labels: stageLabels(version.VersionStages ?? []) });
        }
        nextToken = page.NextToken;
      } while (nextToken);
      return versions.sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? ""));
    });
  }

  /** Moves AWSCURRENT to `versionId`; Secrets Manager labels the version it leaves AWSPREVIOUS. */
  rollback(name: string, versionId: string): Promise<void> {
    return this.audited(name, "rollback", "UpdateSecretVersionStage", () =>
      this.writes.run(async () => {
        const { secret } = this.resolve(name);
        const described = await this.describe(secret);
        const current = currentVersionId(described);
        if (current === versionId) return;
        if (!described.VersionIdsToStages?.[versionId]) {
          throw new NotFoundError(`AWS secret "${this.fullName(secret)}" has no version ${versionId} (versions without a staging label are removed by Secrets Manager)`);
        }
        await this.send(
          "UpdateSecretVersionStage",
          secret,
          new UpdateSecretVersionStageCommand({ SecretId: this.fullName(secret), VersionStage: CURRENT, MoveToVersionId: versionId, RemoveFromVersionId: current }),
        );
        this.cache.invalidate(secret);
        this.changes.fire();
      }),
    );
  }

  /** Starts the configured rotation function; refuses with a clear message when none is configured. */
  rotate(name: string): Promise<string | undefined> {
    return this.audited(name, "rotate", "RotateSecret", async () => {
      const { secret } = this.resolve(name);
      const described = await this.describe(secret);
      if (!described.RotationLambdaARN) {
        throw new StoreError("Invalid", `AWS secret "${this.fullName(secret)}" has no rotation function configured; configure rotation in Secrets Manager first`);
      }
      const output = await this.send<{ VersionId?: string }>("RotateSecret", secret, new RotateSecretCommand({ SecretId: this.fullName(secret), RotateImmediately: true }));
      this.cache.invalidate(secret);
      this.changes.fire();
      return output.VersionId;
    });
  }

  /** Safe-to-show facts: dates, rotation, stages. Never the value. */
  metadata(name: string): Promise<Record<string, string | number | boolean | undefined>> {
    return this.audited(name, "metadata", "DescribeSecret", async () => {
      const described = await this.describe(this.resolve(name).secret);
      return {
        arn: described.ARN,
        createdAt: described.CreatedDate?.toISOString(),
        lastChangedAt: described.LastChangedDate?.toISOString(),
        lastRotatedAt: described.LastRotatedDate?.toISOString(),
        rotationEnabled: described.RotationEnabled ?? false,
        deletionDate: described.DeletedDate?.toISOString(),
        currentVersion: currentVersionId(described),
      };
    });
  }

  // --- internals ---------------------------------------------------------------------------------------------

  private async audited<T>(name: string, operation: string, action: string, run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      this.audit({ store: this.kind, environment: this.environment, name, operation, result: "ok" });
      return result;
    } catch (error) {
      const typed = error instanceof StoreError ? error : mapAwsError(error, { action, secret: name, region: this.config.region, endpoint: this.config.endpoint });
      this.audit({ store: this.kind, environment: this.environment, name, operation, result: typed.code });
      throw typed;
    }
  }

  /** Sends one command, turning SDK errors into typed StoreErrors that name the action and the secret. */
  private async send<Output>(action: string, secret: string, command: { input: object }): Promise<Output> {
    try {
      return (await this.client.send(command as never)) as Output;
    } catch (error) {
      throw mapAwsError(error, { action, secret: this.fullName(secret), region: this.config.region, endpoint: this.config.endpoint });
    }
  }

  private resolve(name: string): { secret: string; key?: string } {
    const trimmed = name.trim();
    const { secret, key } = splitKeyName(trimmed);
    if (!secret) throw new StoreError("Invalid", "An AWS secret name cannot be empty");
    const full = this.fullName(secret);
    if (!/^[A-Za-z0-9/_+=.@-]{1,512}$/.test(full)) {
      throw new StoreError("Invalid", `"${full.slice(0, 80)}" is not a valid Secrets Manager name: use letters, digits and / _ + = . @ -`);
    }
    return { secret, key: key === "" ? undefined : key };
  }

  private fullName(secret: string): string {
    return this.config.namePrefix + secret;
  }

  private async listSecrets(folder: string): Promise<SecretEntry[]> {
    const prefix = this.config.namePrefix + folder;
    const filters = this.config.filters.map((filter) => ({ Key: filter.key, Values: filter.values }));
    if (prefix) filters.push({ Key: "name", Values: [prefix] });
    const entries: SecretEntry[] = [];
    let nextToken: string | undefined;
    do {
      const page: ListSecretsCommandOutput = await this.send(
        "ListSecrets",
        folder,
        new ListSecretsCommand({ Filters: filters.length ? filters : undefined, NextToken: nextToken, MaxResults: 100, SortOrder: "asc" }),
      );
      for (const secret of page.SecretList ?? []) {
        if (!secret.Name?.startsWith(prefix) || secret.DeletedDate) continue;
        entries.push({
          name: secret.Name.slice(this.config.namePrefix.length),
          // Every secret is a value (flat operations copy and insert it whole). A JSON secret also has its keys as
          // children, but which secrets hold JSON is known only after reading one: list(name) returns its keys.
          isFolder: false,
          mayHaveChildren: true,
          meta: {
            kind: "secret",
            keysViaList: true,
            lastChangedAt: secret.LastChangedDate?.toISOString(),
            rotationEnabled: secret.RotationEnabled ?? false,
          },
        });
      }
      nextToken = page.NextToken;
    } while (nextToken);
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  private async readValue(secret: string, version?: string): Promise<string> {
    const cacheKey = `${secret}@${version ?? CURRENT}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const input: GetSecretValueCommandInput = { SecretId: this.fullName(secret) };
    if (version && VERSION_ID.test(version)) input.VersionId = version;
    else if (version) input.VersionStage = version === "current" ? CURRENT : version === "previous" ? PREVIOUS : version;
    const output = await this.send<{ SecretString?: string; SecretBinary?: Uint8Array }>("GetSecretValue", secret, new GetSecretValueCommand(input));
    const value = output.SecretString ?? (output.SecretBinary ? Buffer.from(output.SecretBinary).toString("base64") : "");
    this.cache.set(cacheKey, value);
    return value;
  }

  private async describe(secret: string): Promise<DescribeSecretCommandOutput> {
    return this.send("DescribeSecret", secret, new DescribeSecretCommand({ SecretId: this.fullName(secret) }));
  }

  /** PutSecretValue, creating the secret when absent and restoring it when it is scheduled for deletion. */
  private async putValue(secret: string, value: string): Promise<void> {
    const full = this.fullName(secret);
    try {
      await this.send("PutSecretValue", secret, new PutSecretValueCommand({ SecretId: full, SecretString: value }));
      return;
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      if (error.code === "NotFound" && /scheduled for deletion/.test(error.message)) {
        await this.send("RestoreSecret", secret, new RestoreSecretCommand({ SecretId: full }));
        await this.send("PutSecretValue", secret, new PutSecretValueCommand({ SecretId: full, SecretString: value }));
        return;
      }
      if (error.code !== "NotFound") throw error;
    }
    try {
      await this.send("CreateSecret", secret, new CreateSecretCommand({ Name: full, SecretString: value, Description: "Created by Hush" }));
    } catch (error) {
      // Someone created it between our two calls: write a new version instead.
      if (error instanceof StoreError && error.code === "Conflict") {
        await this.send("PutSecretValue", secret, new PutSecretValueCommand({ SecretId: full, SecretString: value }));
        return;
      }
      throw error;
    }
  }

  /**
   * Read-modify-write of one key of a JSON secret. Secrets Manager has no check-and-set, so the current version
   * id is checked again just before writing; if another writer moved AWSCURRENT meanwhile, merge again.
   */
  private async mergeJson(secret: string, change: (object: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      this.cache.invalidate(secret);
      let readVersion: string | undefined;
      let object: Record<string, unknown> = {};
      try {
        const output = await this.send<{ SecretString?: string; VersionId?: string }>(
          "GetSecretValue",
          secret,
          new GetSecretValueCommand({ SecretId: this.fullName(secret) }),
        );
        readVersion = output.VersionId;
        const parsed = parseJsonObject(output.SecretString ?? "");
        if (!parsed) throw new StoreError("Invalid", `AWS secret "${this.fullName(secret)}" is not a JSON object; write it without "#KEY" to replace it`);
        object = parsed;
      } catch (error) {
        if (!(error instanceof StoreError) || error.code !== "NotFound" || /has no key/.test(error.message)) throw error;
      }
      const next = JSON.stringify(change(object));
      if (readVersion) {
        const current = currentVersionId(await this.describe(secret));
        if (current !== readVersion) {
          if (attempt < JSON_MERGE_ATTEMPTS) continue;
          throw new StoreError("Conflict", `AWS secret "${this.fullName(secret)}" kept changing while Hush wrote it; nothing was overwritten. Try again`);
        }
      }
      await this.putValue(secret, next);
      return;
    }
  }
}

/** Staging labels plus the generic "current"/"previous" the UI (and the contract suite) understands. */
function stageLabels(stages: string[]): string[] {
  const labels = [...stages];
  if (stages.includes(CURRENT)) labels.push("current");
  if (stages.includes(PREVIOUS)) labels.push("previous");
  return labels;
}

function currentVersionId(described: DescribeSecretCommandOutput): string | undefined {
  for (const [id, stages] of Object.entries(described.VersionIdsToStages ?? {})) if (stages.includes(CURRENT)) return id;
  return undefined;
}

function parseJsonObject(value: string): Record<string, unknown> | undefined {
  if (!value.trimStart().startsWith("{")) return undefined;
  try {
    const parsed = JSON.parse(value) as unknown;
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function createAwsStore(config: AwsConfig, deps: AwsStoreDeps = {}): AwsSecretsManagerStore {
  return new AwsSecretsManagerStore(config, deps);
}
