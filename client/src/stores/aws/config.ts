// AWS Secrets Manager settings for one environment (the `hush.aws.environments` setting), resolved with
// defaults. Credentials never appear here: the SDK's default chain (environment, shared config/credentials
// files with `profile`, SSO, web identity, container/instance roles) supplies them.

export interface AwsFilterSetting {
  key: "name" | "description" | "tag-key" | "tag-value" | "primary-region" | "owning-service" | "all";
  values: string[];
}

export interface AwsSettings {
  region?: string;
  /** A named profile from ~/.aws/config (SSO profiles included); empty for the default chain. */
  profile?: string;
  /** For LocalStack-style endpoints and tests; empty for the real service. */
  endpoint?: string;
  /** Names ("API_KEY") map to `${namePrefix}API_KEY`; list shows only secrets under it. */
  namePrefix?: string;
  /** Extra ListSecrets filters (documented keys; values may start with "!" to negate). */
  filters?: AwsFilterSetting[];
  /** Days (7-30) a deleted secret can be restored; deletion is always scheduled, never forced. */
  recoveryWindowDays?: number;
  cacheTtlSeconds?: number;
  /** Attempts including the first, for throttling and transient errors (SDK standard retry). */
  maxAttempts?: number;
}

export interface AwsConfig {
  environment: string;
  region: string;
  profile?: string;
  endpoint?: string;
  namePrefix: string;
  filters: AwsFilterSetting[];
  recoveryWindowDays: number;
  cacheTtlMs: number;
  maxAttempts: number;
}

export function resolveAwsConfig(environment: string, settings: AwsSettings): AwsConfig {
  const region = (settings.region ?? "").trim();
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new Error(`hush.aws: environment "${environment}" needs a region such as eu-west-1`);
  }
  const endpoint = settings.endpoint?.trim() || undefined;
  if (endpoint && !/^https?:\/\/[^/]+/.test(endpoint)) throw new Error(`hush.aws: endpoint "${endpoint}" is not an http(s) URL`);
  const recovery = settings.recoveryWindowDays ?? 30;
  if (!Number.isInteger(recovery) || recovery < 7 || recovery > 30) {
    throw new Error(`hush.aws: recoveryWindowDays must be a whole number from 7 to 30 (got ${recovery})`);
  }
  return {
    environment,
    region,
    profile: settings.profile?.trim() || undefined,
    endpoint,
    namePrefix: settings.namePrefix ?? "",
    filters: settings.filters ?? [],
    recoveryWindowDays: recovery,
    cacheTtlMs: Math.max(0, settings.cacheTtlSeconds ?? 30) * 1000,
    maxAttempts: Math.min(10, Math.max(1, settings.maxAttempts ?? 4)),
  };
}
