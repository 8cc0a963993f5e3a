// Maps AWS SDK errors (service exceptions by name, credential-chain failures, socket errors) to the typed
// StoreErrors the UI shows. Messages name the action (secretsmanager:<Action>), the secret and the region,
// never a value: Secrets Manager's own messages hold ARNs and names only, and request bodies are not echoed.

import { StoreError } from "../types";
import { describeNetworkFailure } from "../remote/common";

export interface AwsErrorContext {
  action: string;
  secret: string;
  region: string;
  endpoint?: string;
}

export function mapAwsError(error: unknown, context: AwsErrorContext): StoreError {
  if (error instanceof StoreError) return error;
  const name = errorName(error);
  const serviceMessage = errorMessage(error).slice(0, 300);
  const where = `"${context.secret}" (${context.region})`;
  const action = `secretsmanager:${context.action}`;
  switch (name) {
    case "ResourceNotFoundException":
      return new StoreError("NotFound", `AWS Secrets Manager has no secret ${where}${/value for|staging label|VersionId/i.test(serviceMessage) ? `: ${serviceMessage}` : ""}`);
    case "AccessDeniedException":
    case "AccessDenied":
      return new StoreError("PermissionDenied", `AWS denied ${action} on ${where}; grant "${action}" in the IAM policy. ${serviceMessage}`.trim());
    case "DecryptionFailure":
      return new StoreError("PermissionDenied", `AWS could not decrypt ${where} with its KMS key; grant kms:Decrypt on that key`);
    case "ThrottlingException":
    case "Throttling":
    case "TooManyRequestsException":
    case "RequestLimitExceeded":
      return new StoreError("Unavailable", `AWS Secrets Manager is throttling ${action} (retried with backoff); try again shortly`);
    case "ExpiredTokenException":
    case "ExpiredToken":
    case "RequestExpired":
      return new StoreError("Expired", `AWS credentials for ${context.region} have expired; re-authenticate (for SSO: aws sso login) and retry`);
    case "UnrecognizedClientException":
    case "InvalidClientTokenId":
    case "InvalidSignatureException":
    case "SignatureDoesNotMatch":
    case "IncompleteSignature":
    case "MissingAuthenticationToken":
      return new StoreError("Expired", `AWS rejected the credentials for ${action} (${name}); check the profile or re-authenticate`);
    case "CredentialsProviderError":
    case "TokenProviderError":
      return new StoreError(
        "Expired",
        `No usable AWS credentials (environment, profile, SSO, role): ${serviceMessage}. Re-authenticate (aws sso login / aws configure) and retry`,
      );
    case "ResourceExistsException":
      return new StoreError("Conflict", `AWS secret ${where} already exists`);
    case "InvalidRequestException":
      if (/marked for deletion|scheduled for deletion/i.test(serviceMessage)) {
        return new StoreError("NotFound", `AWS secret ${where} is scheduled for deletion; restore it first`);
      }
      return new StoreError("Invalid", `AWS refused ${action} on ${where}: ${serviceMessage}`);
    case "InvalidParameterException":
    case "ValidationException":
    case "LimitExceededException":
    case "MalformedPolicyDocumentException":
    case "PreconditionNotMetException":
      return new StoreError("Invalid", `AWS refused ${action} on ${where} (${name}): ${serviceMessage}`);
    case "InternalServiceError":
    case "InternalFailure":
    case "ServiceUnavailable":
      return new StoreError("Unavailable", `AWS Secrets Manager failed ${action} (${name}); retried, try again later`);
  }
  const target = context.endpoint ?? `secretsmanager.${context.region}.amazonaws.com`;
  const network = describeNetworkFailure("AWS Secrets Manager", target, error);
  if (network) return network;
  return new StoreError("Unavailable", `AWS Secrets Manager ${action} on ${where} failed (${name || "unknown error"})`, error);
}

function errorName(error: unknown): string {
  if (error && typeof error === "object") {
    const name = (error as { name?: unknown }).name;
    if (typeof name === "string" && name !== "Error") return name;
    const code = (error as { Code?: unknown; code?: unknown }).Code ?? (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : "";
}
