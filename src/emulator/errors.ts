/**
 * The service's error vocabulary: every failure the local Batch service reports is a
 * {@link BatchServiceError}, turned into a `BatchError` body by the HTTP layer.
 * @module
 */
import type { BatchErrorCodeString } from "../objectmodel/batch-error-code-strings.js";

/**
 * Codes the local service sends that Batch .NET's `BatchErrorCodeStrings` does not list (states and
 * checks .NET gives no constant for). Every other code it sends is one of `BatchErrorCodeStrings`;
 * the type makes a new code either a .NET one or a deliberate addition here.
 */
export type CodeBeyondDotNet =
  | "AutoScaleNotEnabled"
  | "AutoScalingEnabled"
  | "AutoScalingFormulaEvaluationError"
  | "CertificateInUse"
  | "DirectoryNotEmpty"
  | "JobNotDisabled"
  | "Md5Mismatch"
  | "NodeBeingDeallocated"
  | "NodeBeingRemoved"
  | "NodeDeallocated"
  | "NodeNotDeallocated"
  | "NotModified"
  | "PoolNotResizing"
  | "TaskNotCompleted"
  | "TaskSucceeded";

/** A `BatchError.code` the local service may send. */
export type ServiceErrorCode = BatchErrorCodeString | CodeBeyondDotNet;

/** One `{ key, value }` detail attached to an error body. */
export interface ErrorDetail {
  /** Name of the detail, e.g. `Reason`. */
  readonly key: string;
  /** Its text. */
  readonly value: string;
}

/**
 * The service's own wording for codes whose message is known, in one place. Clients such as the
 * Azure CLI print only this text, so it must read as the service's. The first entries are what
 * recorded service answers carry; the others follow the recorded `JobNotFound` wording for the
 * other resource kinds.
 */
export const SERVICE_MESSAGES: Readonly<Record<string, string>> = {
  // Recorded answers of the service.
  JobNotFound: "The specified job does not exist.",
  InvalidQueryParameterValue:
    "Value for one of the query parameters specified in the request URI is invalid.",
  // The same wording for the other resource kinds.
  PoolNotFound: "The specified pool does not exist.",
  TaskNotFound: "The specified task does not exist.",
  NodeNotFound: "The specified node does not exist.",
  FileNotFound: "The specified file does not exist.",
  JobScheduleNotFound: "The specified job schedule does not exist.",
  CertificateNotFound: "The specified certificate does not exist.",
  ApplicationNotFound: "The specified application does not exist.",
  NodeUserNotFound: "The specified node user does not exist.",
  ResourceNotFound: "The specified resource does not exist.",
  PoolExists: "The specified pool already exists.",
  JobExists: "The specified job already exists.",
  TaskExists: "The specified task already exists.",
  JobScheduleExists: "The specified job schedule already exists.",
  CertificateExists: "The specified certificate already exists.",
  NodeUserExists: "The specified node user already exists.",
};

/**
 * A failure with the HTTP status, `BatchError` code, message and detail values the service answers
 * with. A code listed in the service-message table always carries the service's wording; `message`
 * words the others.
 */
export class BatchServiceError extends Error {
  /** HTTP status code of the response. */
  readonly status: number;
  /** `BatchError.code`, e.g. `PoolNotFound`. */
  readonly code: ServiceErrorCode;
  /** `BatchError.values`, naming the culprit. */
  readonly values: readonly ErrorDetail[];
  /** Extra response headers (e.g. `Retry-After`). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: ServiceErrorCode,
    message: string,
    values: readonly ErrorDetail[] = [],
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(SERVICE_MESSAGES[code] ?? message);
    this.name = "BatchServiceError";
    this.status = status;
    this.code = code;
    this.values = values;
    this.headers = headers;
  }
}

/** The kinds of resource whose absence has a dedicated error code. */
export type ResourceKind =
  | "Pool"
  | "Job"
  | "Task"
  | "Node"
  | "File"
  | "JobSchedule"
  | "Certificate"
  | "Application"
  | "NodeUser"
  | "NodeExtension";

const notFoundCodes: Record<ResourceKind, BatchErrorCodeString> = {
  Pool: "PoolNotFound",
  Job: "JobNotFound",
  Task: "TaskNotFound",
  Node: "NodeNotFound",
  File: "FileNotFound",
  JobSchedule: "JobScheduleNotFound",
  Certificate: "CertificateNotFound",
  Application: "ApplicationNotFound",
  NodeUser: "NodeUserNotFound",
  NodeExtension: "ResourceNotFound",
};

/** 404 for a resource that does not exist. */
export function notFound(kind: ResourceKind): BatchServiceError {
  return new BatchServiceError(404, notFoundCodes[kind], "The specified resource does not exist.");
}

/** 409 for a create whose id is already taken (case-insensitively). */
export function alreadyExists(
  kind: "Pool" | "Job" | "Task" | "JobSchedule" | "Certificate" | "NodeUser",
): BatchServiceError {
  const code = kind === "NodeUser" ? "NodeUserExists" : (`${kind}Exists` as const);
  return new BatchServiceError(409, code, "The specified resource already exists.");
}

/** 409 for an operation the resource's current state does not allow. */
export function conflict(
  code: ServiceErrorCode,
  message: string,
  values: readonly ErrorDetail[] = [],
): BatchServiceError {
  return new BatchServiceError(409, code, message, values);
}

/** 400 for a body property with a bad value. */
export function invalidProperty(property: string, reason: string): BatchServiceError {
  return new BatchServiceError(
    400,
    "InvalidPropertyValue",
    "A property in the request body has an invalid value.",
    [
      { key: "PropertyName", value: property },
      { key: "Reason", value: reason },
    ],
  );
}

/** 400 for a required body property that is missing. */
export function missingProperty(property: string): BatchServiceError {
  return new BatchServiceError(
    400,
    "MissingRequiredProperty",
    "A required property is missing from the request body.",
    [{ key: "PropertyName", value: property }],
  );
}

/** 400 for a query parameter with a bad value. */
export function invalidQueryParameter(name: string, value: string, reason: string): BatchServiceError {
  return new BatchServiceError(
    400,
    "InvalidQueryParameterValue",
    "A query parameter in the request URI has an invalid value.",
    [
      { key: "QueryParameterName", value: name },
      { key: "QueryParameterValue", value },
      { key: "Reason", value: reason },
    ],
  );
}
