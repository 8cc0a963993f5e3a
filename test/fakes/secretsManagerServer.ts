// A wire-level stand-in for AWS Secrets Manager (no emulator can be installed here), written from the public
// API reference (docs.aws.amazon.com/secretsmanager/latest/apireference) and the Signature Version 4 signing
// documentation. It speaks the JSON 1.1 protocol: POST /, `X-Amz-Target: secretsmanager.<Operation>`,
// `Content-Type: application/x-amz-json-1.1`, errors as HTTP 400 with `{"__type": "...", "message": "..."}`.
// Every request's SigV4 signature is recomputed here, independently of the SDK's signer, from the known test
// credentials; a mismatch is refused with InvalidSignatureException as AWS does.
// Started by tests on 127.0.0.1 with a random port.

import http from "node:http";
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { AddressInfo } from "node:net";

export const FAKE_ACCOUNT = "123456789012";

export interface FakeCredential {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** Epoch ms after which requests signed with it fail with ExpiredTokenException. */
  expiresAt?: number;
  /** Actions ("GetSecretValue") this principal may not call, optionally only on names with this prefix. */
  denied?: { action: string; namePrefix?: string }[];
  user?: string;
}

interface Version {
  id: string;
  secretString?: string;
  secretBinary?: string;
  stages: Set<string>;
  created: number;
  clientRequestToken: string;
}

interface Secret {
  arn: string;
  name: string;
  description?: string;
  created: number;
  lastChanged: number;
  deletedDate?: number;
  versions: Map<string, Version>;
  tags: { Key: string; Value: string }[];
  rotationLambdaArn?: string;
  rotationEnabled: boolean;
  lastRotated?: number;
}

export interface RecordedAwsRequest {
  operation: string;
  accessKeyId?: string;
  status: number;
  errorType?: string;
}

/** A rotation function stand-in: returns the next value from the current one. */
export type RotationFunction = (current: string | undefined) => string;

class AwsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export class FakeSecretsManagerServer {
  readonly requests: RecordedAwsRequest[] = [];
  private readonly server: http.Server;
  private readonly credentials = new Map<string, FakeCredential>();
  private readonly secrets = new Map<string, Secret>();
  private readonly rotationFunctions = new Map<string, RotationFunction>();
  private readonly failures: { type: string; message: string; remaining: number; operation?: string; status: number }[] = [];
  private port = 0;

  constructor(
    readonly region = "eu-west-1",
    private readonly now: () => number = () => Date.now(),
  ) {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => sendError(res, new AwsError("InternalServiceError", String(error), 500)));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this.endpoint;
  }
  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // --- test set-up -------------------------------------------------------------------------------------------

  /** Registers a principal; returns the credentials the SDK should sign with. */
  addCredential(credential: Omit<FakeCredential, "accessKeyId" | "secretAccessKey"> & Partial<FakeCredential> = {}): FakeCredential {
    const full: FakeCredential = {
      accessKeyId: credential.accessKeyId ?? "AKIA" + randomBytes(8).toString("hex").toUpperCase(),
      secretAccessKey: credential.secretAccessKey ?? randomBytes(30).toString("base64"),
      ...credential,
    };
    this.credentials.set(full.accessKeyId, full);
    return full;
  }
  /** The next `count` requests (optionally of one operation) fail with this AWS error type. */
  failNext(count: number, type: string, message: string, operation?: string, status = 400): void {
    this.failures.push({ type, message, remaining: count, operation, status });
  }
  resetFailures(): void {
    this.failures.length = 0;
  }
  registerRotationFunction(arn: string, rotate: RotationFunction): void {
    this.rotationFunctions.set(arn, rotate);
  }
  /** Configures rotation on a secret directly (the fake has no RotateSecret-with-rules set-up path needed). */
  enableRotation(name: string, lambdaArn: string): void {
    const secret = this.secrets.get(name);
    if (!secret) throw new Error(`no secret ${name}`);
    secret.rotationLambdaArn = lambdaArn;
    secret.rotationEnabled = true;
  }
  stagesOf(name: string): Record<string, string[]> {
    const secret = this.secrets.get(name);
    const result: Record<string, string[]> = {};
    for (const version of secret?.versions.values() ?? []) result[version.id] = [...version.stages].sort();
    return result;
  }
  /** The SecretString holding `stage` (assertions only; the store under test never sees this path). */
  valueOf(name: string, stage = "AWSCURRENT"): string | undefined {
    const secret = this.secrets.get(name);
    return [...(secret?.versions.values() ?? [])].find((version) => version.stages.has(stage))?.secretString;
  }
  isScheduledForDeletion(name: string): boolean {
    return this.secrets.get(name)?.deletedDate !== undefined;
  }
  /** Seeds a secret without going through the API. */
  seed(name: string, secretString: string): void {
    this.createSecret({ Name: name, SecretString: secretString, ClientRequestToken: randomUUID() });
  }

  // --- HTTP + SigV4 ------------------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const target = header(req, "x-amz-target") ?? "";
    const operation = target.startsWith("secretsmanager.") ? target.slice("secretsmanager.".length) : "";
    const record: RecordedAwsRequest = { operation, status: 200 };
    this.requests.push(record);
    try {
      if (req.method !== "POST" || (req.url ?? "/") !== "/") throw new AwsError("UnknownOperationException", "", 404);
      if (!operation) throw new AwsError("UnknownOperationException", "");
      const contentType = header(req, "content-type") ?? "";
      if (!contentType.startsWith("application/x-amz-json-1.1")) throw new AwsError("SerializationException", "Start of structure or map found where not expected.");
      const credential = this.verifySignature(req, rawBody);
      record.accessKeyId = credential.accessKeyId;
      const failure = this.failures.find((candidate) => candidate.remaining > 0 && (!candidate.operation || candidate.operation === operation));
      if (failure) {
        failure.remaining--;
        throw new AwsError(failure.type, failure.message, failure.status);
      }
      let input: Record<string, unknown>;
      try {
        input = rawBody ? (JSON.parse(rawBody) as Record<string, unknown>) : {};
      } catch {
        throw new AwsError("SerializationException", "Invalid JSON in request body.");
      }
      this.authorize(credential, operation, input);
      const output = this.dispatch(operation, input);
      const text = JSON.stringify(output);
      res.writeHead(200, { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": randomUUID(), "content-length": Buffer.byteLength(text) });
      res.end(text);
    } catch (error) {
      const typed = error instanceof AwsError ? error : new AwsError("InternalServiceError", "An error occurred on the server side.", 500);
      record.status = typed.status;
      record.errorType = typed.type;
      sendError(res, typed);
    }
  }

  /** Recomputes the AWS Signature Version 4 of the request (docs: "Create a signed AWS API request"). */
  private verifySignature(req: http.IncomingMessage, body: string): FakeCredential {
    const authorization = header(req, "authorization");
    if (!authorization) throw new AwsError("MissingAuthenticationTokenException", "Missing Authentication Token");
    const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!match) throw new AwsError("IncompleteSignatureException", `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.`);
    const [, accessKeyId = "", date = "", region = "", service = "", signedHeaderList = "", signature = ""] = match;
    const credential = this.credentials.get(accessKeyId);
    if (!credential) throw new AwsError("UnrecognizedClientException", "The security token included in the request is invalid.");
    const amzDate = header(req, "x-amz-date") ?? "";
    if (!/^\d{8}T\d{6}Z$/.test(amzDate) || amzDate.slice(0, 8) !== date) {
      throw new AwsError("IncompleteSignatureException", "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.");
    }
    if (service !== "secretsmanager" || region !== this.region) {
      throw new AwsError("InvalidSignatureException", `Credential should be scoped to a valid region and service 'secretsmanager', not '${region}'/'${service}'.`);
    }
    const signedHeaders = signedHeaderList.split(";");
    if (!signedHeaders.includes("host") || !signedHeaders.includes("x-amz-date")) {
      throw new AwsError("IncompleteSignatureException", "'Host' or 'x-amz-date' must be a signed header.");
    }
    const requestTime = Date.UTC(+amzDate.slice(0, 4), +amzDate.slice(4, 6) - 1, +amzDate.slice(6, 8), +amzDate.slice(9, 11), +amzDate.slice(11, 13), +amzDate.slice(13, 15));
    if (Math.abs(requestTime - this.now()) > 5 * 60_000) {
      throw new AwsError("InvalidSignatureException", `Signature expired: ${amzDate} is now earlier or later than the server time (5 minutes allowed).`);
    }
    const canonicalHeaders = signedHeaders.map((name) => `${name}:${canonicalHeaderValue(req, name)}\n`).join("");
    const payloadHash = header(req, "x-amz-content-sha256") ?? sha256Hex(body);
    const url = new URL(req.url ?? "/", "http://host");
    const canonicalRequest = [req.method ?? "POST", canonicalUri(url.pathname), canonicalQuery(url.searchParams), canonicalHeaders, signedHeaderList, payloadHash].join("\n");
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
    let key = hmac("AWS4" + credential.secretAccessKey, date);
    for (const part of [region, service, "aws4_request"]) key = hmac(key, part);
    const expected = createHmac("sha256", key).update(stringToSign, "utf8").digest();
    const given = Buffer.from(signature, "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AwsError(
        "InvalidSignatureException",
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
      );
    }
    if (credential.sessionToken !== undefined && header(req, "x-amz-security-token") !== credential.sessionToken) {
      throw new AwsError("UnrecognizedClientException", "The security token included in the request is invalid.");
    }
    if (credential.expiresAt !== undefined && credential.expiresAt <= this.now()) {
      throw new AwsError("ExpiredTokenException", "The security token included in the request is expired");
    }
    return credential;
  }

  private authorize(credential: FakeCredential, operation: string, input: Record<string, unknown>): void {
    const id = String(input.SecretId ?? input.Name ?? "");
    const name = this.secretFor(id, false)?.name ?? id;
    for (const rule of credential.denied ?? []) {
      if (rule.action !== operation && rule.action !== "*") continue;
      if (rule.namePrefix !== undefined && !name.startsWith(rule.namePrefix)) continue;
      const resource = this.secretFor(id, false)?.arn ?? `arn:aws:secretsmanager:${this.region}:${FAKE_ACCOUNT}:secret:${name}`;
      throw new AwsError(
        "AccessDeniedException",
        `User: arn:aws:iam::${FAKE_ACCOUNT}:user/${credential.user ?? "hush-test"} is not authorized to perform: secretsmanager:${operation} on resource: ${id ? resource : "*"} because no identity-based policy allows the secretsmanager:${operation} action`,
      );
    }
  }

  // --- operations --------------------------------------------------------------------------------------------

  private dispatch(operation: string, input: Record<string, unknown>): unknown {
    switch (operation) {
      case "CreateSecret":
        return this.createSecret(input);
      case "GetSecretValue":
        return this.getSecretValue(input);
      case "PutSecretValue":
        return this.putSecretValue(input);
      case "DescribeSecret":
        return this.describeSecret(input);
      case "ListSecrets":
        return this.listSecrets(input);
      case "ListSecretVersionIds":
        return this.listSecretVersionIds(input);
      case "UpdateSecretVersionStage":
        return this.updateSecretVersionStage(input);
      case "DeleteSecret":
        return this.deleteSecret(input);
      case "RestoreSecret":
        return this.restoreSecret(input);
      case "RotateSecret":
        return this.rotateSecret(input);
      default:
        throw new AwsError("UnknownOperationException", "");
    }
  }

  private createSecret(input: Record<string, unknown>): unknown {
    const name = requireString(input, "Name");
    if (!/^[A-Za-z0-9/_+=.@-]{1,512}$/.test(name)) {
      throw new AwsError("ValidationException", "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!");
    }
    const existing = this.secrets.get(name);
    if (existing?.deletedDate !== undefined) {
      throw new AwsError("InvalidRequestException", "You can't create this secret because a secret with this name is already scheduled for deletion.");
    }
    if (existing) throw new AwsError("ResourceExistsException", `The operation failed because the secret ${name} already exists.`);
    if (input.SecretString !== undefined && input.SecretBinary !== undefined) {
      throw new AwsError("InvalidParameterException", "You can't specify both a binary secret value and a string secret value in the same secret.");
    }
    const now = this.now();
    const secret: Secret = {
      arn: `arn:aws:secretsmanager:${this.region}:${FAKE_ACCOUNT}:secret:${name}-${randomBytes(3).toString("hex").slice(0, 6)}`,
      name,
      description: typeof input.Description === "string" ? input.Description : undefined,
      created: now,
      lastChanged: now,
      versions: new Map(),
      tags: Array.isArray(input.Tags) ? (input.Tags as { Key: string; Value: string }[]) : [],
      rotationEnabled: false,
    };
    this.secrets.set(name, secret);
    let versionId: string | undefined;
    if (input.SecretString !== undefined || input.SecretBinary !== undefined) {
      versionId = this.addVersion(secret, input, ["AWSCURRENT"]).id;
    }
    return { ARN: secret.arn, Name: name, VersionId: versionId };
  }

  private getSecretValue(input: Record<string, unknown>): unknown {
    const secret = this.liveSecret(input);
    const versionId = optionalString(input, "VersionId");
    const stage = optionalString(input, "VersionStage");
    let version: Version | undefined;
    if (versionId) {
      version = secret.versions.get(versionId);
      if (!version) throw new AwsError("ResourceNotFoundException", `Secrets Manager can't find the specified secret value for VersionId: ${versionId}`);
      if (stage && !version.stages.has(stage)) throw new AwsError("InvalidParameterException", "You provided a VersionStage that is not associated to the provided VersionId.");
    } else {
      const wanted = stage ?? "AWSCURRENT";
      version = [...secret.versions.values()].find((candidate) => candidate.stages.has(wanted));
      if (!version) throw new AwsError("ResourceNotFoundException", `Secrets Manager can't find the specified secret value for staging label: ${wanted}`);
    }
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: version.id,
      SecretString: version.secretString,
      SecretBinary: version.secretBinary,
      VersionStages: [...version.stages],
      CreatedDate: version.created / 1000,
    };
  }

  private putSecretValue(input: Record<string, unknown>): unknown {
    const secret = this.liveSecret(input);
    if (input.SecretString === undefined && input.SecretBinary === undefined) {
      throw new AwsError("InvalidRequestException", "You must provide either SecretString or SecretBinary.");
    }
    const token = optionalString(input, "ClientRequestToken");
    const existing = token ? secret.versions.get(token) : undefined;
    if (existing) {
      // Idempotent retry: same token and same value succeed without a new version.
      if (existing.secretString === input.SecretString && existing.secretBinary === input.SecretBinary) {
        return { ARN: secret.arn, Name: secret.name, VersionId: existing.id, VersionStages: [...existing.stages] };
      }
      throw new AwsError("ResourceExistsException", "You can't modify an existing version, you can only create a new version.");
    }
    const stages = Array.isArray(input.VersionStages) ? (input.VersionStages as string[]) : ["AWSCURRENT"];
    const version = this.addVersion(secret, input, stages);
    return { ARN: secret.arn, Name: secret.name, VersionId: version.id, VersionStages: [...version.stages] };
  }

  private describeSecret(input: Record<string, unknown>): unknown {
    const secret = this.secretFor(requireString(input, "SecretId"));
    return {
      ARN: secret.arn,
      Name: secret.name,
      Description: secret.description,
      RotationEnabled: secret.rotationEnabled,
      RotationLambdaARN: secret.rotationLambdaArn,
      LastRotatedDate: secret.lastRotated === undefined ? undefined : secret.lastRotated / 1000,
      LastChangedDate: secret.lastChanged / 1000,
      DeletedDate: secret.deletedDate === undefined ? undefined : secret.deletedDate / 1000,
      CreatedDate: secret.created / 1000,
      Tags: secret.tags,
      VersionIdsToStages: this.versionIdsToStages(secret),
    };
  }

  private listSecrets(input: Record<string, unknown>): unknown {
    const maxResults = typeof input.MaxResults === "number" ? input.MaxResults : 100;
    if (maxResults < 1 || maxResults > 100) throw new AwsError("InvalidParameterException", "MaxResults must be between 1 and 100.");
    const filters = Array.isArray(input.Filters) ? (input.Filters as { Key?: string; Values?: string[] }[]) : [];
    const includeDeleted = input.IncludePlannedDeletion === true;
    let secrets = [...this.secrets.values()].filter((secret) => includeDeleted || secret.deletedDate === undefined);
    for (const filter of filters) {
      const values = filter.Values ?? [];
      if (!filter.Key || values.length === 0) throw new AwsError("InvalidParameterException", "Invalid filter: Key and Values are required.");
      secrets = secrets.filter((secret) => values.some((value) => filterMatches(secret, filter.Key ?? "", value)));
    }
    secrets.sort((a, b) => (input.SortOrder === "desc" ? b.created - a.created : a.created - b.created));
    const start = typeof input.NextToken === "string" ? Number(Buffer.from(input.NextToken, "base64").toString("utf8")) : 0;
    if (!Number.isInteger(start) || start < 0) throw new AwsError("InvalidNextTokenException", "The NextToken value is invalid.");
    const page = secrets.slice(start, start + maxResults);
    const next = start + maxResults < secrets.length ? Buffer.from(String(start + maxResults)).toString("base64") : undefined;
    return {
      SecretList: page.map((secret) => ({
        ARN: secret.arn,
        Name: secret.name,
        Description: secret.description,
        RotationEnabled: secret.rotationEnabled,
        LastChangedDate: secret.lastChanged / 1000,
        CreatedDate: secret.created / 1000,
        DeletedDate: secret.deletedDate === undefined ? undefined : secret.deletedDate / 1000,
        Tags: secret.tags,
        SecretVersionsToStages: this.versionIdsToStages(secret),
      })),
      NextToken: next,
    };
  }

  private listSecretVersionIds(input: Record<string, unknown>): unknown {
    const secret = this.secretFor(requireString(input, "SecretId"));
    const includeDeprecated = input.IncludeDeprecated === true;
    const versions = [...secret.versions.values()].filter((version) => includeDeprecated || version.stages.size > 0);
    return {
      ARN: secret.arn,
      Name: secret.name,
      Versions: versions.map((version) => ({ VersionId: version.id, VersionStages: [...version.stages], CreatedDate: version.created / 1000 })),
    };
  }

  /** Documented semantics: a label is on one version at a time; moving AWSCURRENT moves AWSPREVIOUS along. */
  private updateSecretVersionStage(input: Record<string, unknown>): unknown {
    const secret = this.liveSecret(input);
    const stage = requireString(input, "VersionStage");
    const moveTo = optionalString(input, "MoveToVersionId");
    const removeFrom = optionalString(input, "RemoveFromVersionId");
    const holder = [...secret.versions.values()].find((version) => version.stages.has(stage));
    if (moveTo && !secret.versions.has(moveTo)) throw new AwsError("ResourceNotFoundException", `Secrets Manager can't find the specified secret value for VersionId: ${moveTo}`);
    if (holder && moveTo && holder.id !== moveTo && holder.id !== removeFrom) {
      throw new AwsError(
        "InvalidParameterException",
        `The staging label ${stage} is currently attached to version ${holder.id}, so you must explicitly reference that version in RemoveFromVersionId.`,
      );
    }
    if (removeFrom && (!holder || holder.id !== removeFrom)) {
      throw new AwsError("InvalidParameterException", `The staging label ${stage} isn't attached to version ${removeFrom}.`);
    }
    if (holder && moveTo === holder.id) return { ARN: secret.arn, Name: secret.name };
    if (!moveTo && stage === "AWSCURRENT") {
      throw new AwsError("InvalidParameterException", "You can't remove the AWSCURRENT staging label from a version without attaching it to another version.");
    }
    holder?.stages.delete(stage);
    if (moveTo) {
      const target = secret.versions.get(moveTo);
      target?.stages.add(stage);
      if (stage === "AWSCURRENT" && holder) this.moveLabel(secret, "AWSPREVIOUS", holder);
    }
    this.dropUnlabelled(secret);
    secret.lastChanged = this.now();
    return { ARN: secret.arn, Name: secret.name };
  }

  private deleteSecret(input: Record<string, unknown>): unknown {
    const secret = this.secretFor(requireString(input, "SecretId"));
    const window = input.RecoveryWindowInDays;
    const force = input.ForceDeleteWithoutRecovery === true;
    if (force && window !== undefined) {
      throw new AwsError("InvalidParameterException", "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
    }
    if (window !== undefined && (typeof window !== "number" || window < 7 || window > 30)) {
      throw new AwsError("InvalidParameterException", "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).");
    }
    if (secret.deletedDate !== undefined) throw new AwsError("InvalidRequestException", "You can't perform this operation on the secret because it was marked for deletion.");
    const deletionDate = force ? this.now() : this.now() + (typeof window === "number" ? window : 30) * 86_400_000;
    if (force) this.secrets.delete(secret.name);
    else secret.deletedDate = deletionDate;
    return { ARN: secret.arn, Name: secret.name, DeletionDate: deletionDate / 1000 };
  }

  private restoreSecret(input: Record<string, unknown>): unknown {
    const secret = this.secretFor(requireString(input, "SecretId"));
    secret.deletedDate = undefined;
    return { ARN: secret.arn, Name: secret.name };
  }

  /** Runs the registered rotation function synchronously: AWSPENDING version, then AWSCURRENT moves to it. */
  private rotateSecret(input: Record<string, unknown>): unknown {
    const secret = this.liveSecret(input);
    const lambda = optionalString(input, "RotationLambdaARN") ?? secret.rotationLambdaArn;
    if (!lambda) throw new AwsError("InvalidRequestException", "No Lambda rotation function ARN is associated with this secret.");
    const rotate = this.rotationFunctions.get(lambda);
    if (!rotate) throw new AwsError("InvalidRequestException", `Secrets Manager cannot invoke the specified Lambda function. Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.`);
    secret.rotationLambdaArn = lambda;
    secret.rotationEnabled = true;
    const current = [...secret.versions.values()].find((version) => version.stages.has("AWSCURRENT"));
    const token = optionalString(input, "ClientRequestToken") ?? randomUUID();
    const pending = this.addVersion(secret, { ClientRequestToken: token, SecretString: rotate(current?.secretString) }, ["AWSPENDING"]);
    // finishSecret step of a rotation function:
    pending.stages.delete("AWSPENDING");
    pending.stages.add("AWSCURRENT");
    if (current) {
      current.stages.delete("AWSCURRENT");
      this.moveLabel(secret, "AWSPREVIOUS", current);
    }
    this.dropUnlabelled(secret);
    secret.lastRotated = this.now();
    return { ARN: secret.arn, Name: secret.name, VersionId: pending.id };
  }

  // --- helpers -----------------------------------------------------------------------------------------------

  private addVersion(secret: Secret, input: Record<string, unknown>, stages: string[]): Version {
    const id = optionalString(input, "ClientRequestToken") ?? randomUUID();
    if (id.length < 32 || id.length > 64) throw new AwsError("InvalidParameterException", "ClientRequestToken must be between 32 and 64 characters.");
    const version: Version = {
      id,
      secretString: typeof input.SecretString === "string" ? input.SecretString : undefined,
      secretBinary: typeof input.SecretBinary === "string" ? input.SecretBinary : undefined,
      stages: new Set(),
      created: this.now(),
      clientRequestToken: id,
    };
    if (version.secretString !== undefined && version.secretString.length > 65_536) {
      throw new AwsError("InvalidParameterException", "SecretString exceeds the maximum length of 65536.");
    }
    secret.versions.set(id, version);
    for (const stage of stages) {
      const holder = [...secret.versions.values()].find((candidate) => candidate !== version && candidate.stages.has(stage));
      holder?.stages.delete(stage);
      version.stages.add(stage);
      if (stage === "AWSCURRENT" && holder) this.moveLabel(secret, "AWSPREVIOUS", holder);
    }
    this.dropUnlabelled(secret);
    secret.lastChanged = this.now();
    return version;
  }

  private moveLabel(secret: Secret, stage: string, to: Version): void {
    for (const version of secret.versions.values()) version.stages.delete(stage);
    to.stages.add(stage);
  }

  /** Versions without any label are deprecated; Secrets Manager keeps at most 100 of them. */
  private dropUnlabelled(secret: Secret): void {
    const deprecated = [...secret.versions.values()].filter((version) => version.stages.size === 0);
    for (const version of deprecated.slice(0, Math.max(0, deprecated.length - 100))) secret.versions.delete(version.id);
  }

  private versionIdsToStages(secret: Secret): Record<string, string[]> {
    const result: Record<string, string[]> = {};
    for (const version of secret.versions.values()) if (version.stages.size > 0) result[version.id] = [...version.stages];
    return result;
  }

  /** A secret by name or ARN, including ones scheduled for deletion. */
  private secretFor(id: string, required = true): Secret {
    const secret = this.secrets.get(id) ?? [...this.secrets.values()].find((candidate) => candidate.arn === id);
    if (!secret && required) throw new AwsError("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
    return secret as Secret;
  }

  /** A secret that is not scheduled for deletion (reads and writes refuse those). */
  private liveSecret(input: Record<string, unknown>): Secret {
    const secret = this.secretFor(requireString(input, "SecretId"));
    if (secret.deletedDate !== undefined) {
      throw new AwsError("InvalidRequestException", "You can't perform this operation on the secret because it was marked for deletion.");
    }
    return secret;
  }
}

function filterMatches(secret: Secret, key: string, rawValue: string): boolean {
  const negate = rawValue.startsWith("!");
  const value = negate ? rawValue.slice(1) : rawValue;
  let matched: boolean;
  switch (key) {
    case "name":
      matched = secret.name.startsWith(value);
      break;
    case "description":
      matched = (secret.description ?? "").toLowerCase().startsWith(value.toLowerCase());
      break;
    case "tag-key":
      matched = secret.tags.some((tag) => tag.Key.startsWith(value));
      break;
    case "tag-value":
      matched = secret.tags.some((tag) => tag.Value.startsWith(value));
      break;
    case "all": {
      const words = value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
      const haystack = [secret.name, secret.description ?? "", ...secret.tags.flatMap((tag) => [tag.Key, tag.Value])].join(" ").toLowerCase();
      matched = words.every((word) => haystack.includes(word));
      break;
    }
    case "primary-region":
    case "owning-service":
      matched = false;
      break;
    default:
      throw new AwsError("InvalidParameterException", `Invalid filter key: ${key}`);
  }
  return negate ? !matched : matched;
}

function canonicalHeaderValue(req: http.IncomingMessage, name: string): string {
  const values: string[] = [];
  for (let index = 0; index < req.rawHeaders.length; index += 2) {
    if (req.rawHeaders[index]?.toLowerCase() === name) values.push((req.rawHeaders[index + 1] ?? "").trim().replace(/\s+/g, " "));
  }
  return values.join(",");
}

/** Non-S3 services: each path segment URI-encoded twice; "/" for the empty path. */
function canonicalUri(pathname: string): string {
  if (!pathname || pathname === "/") return "/";
  return pathname
    .split("/")
    .map((segment) => encodeRfc3986(encodeRfc3986(decodeURIComponent(segment))))
    .join("/");
}

function canonicalQuery(params: URLSearchParams): string {
  return [...params.entries()]
    .map(([key, value]) => [encodeRfc3986(key), encodeRfc3986(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
}

function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => "%" + char.charCodeAt(0).toString(16).toUpperCase());
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

function requireString(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== "string" || value === "") throw new AwsError("InvalidParameterException", `${field} is required.`);
  return value;
}

function optionalString(input: Record<string, unknown>, field: string): string | undefined {
  const value = input[field];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function sendError(res: http.ServerResponse, error: AwsError): void {
  if (res.headersSent) return;
  const text = JSON.stringify({ __type: error.type, message: error.message });
  res.writeHead(error.status, {
    "content-type": "application/x-amz-json-1.1",
    "x-amzn-errortype": error.type,
    "x-amzn-requestid": randomUUID(),
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
