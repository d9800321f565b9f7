/**
 * Errors the request pipeline produces.
 * @module
 */
// Type-only: the generated wire models import nothing, so this adds no module dependency.
import type * as Wire from "../protocol/models.generated.js";
import { redactText } from "./redact.js";
import { httpStatusName } from "./status-names.js";

/** One key/value detail of a Batch error: the wire definition as it is. */
export type BatchErrorDetail = Wire.BatchErrorDetail;

/** The human-readable part of a Batch error (Batch .NET `ErrorMessage`; wire `lang` is `language`). */
export interface ErrorMessage extends Omit<Wire.ErrorMessage, "lang"> {
  /** Language of the text, e.g. `en-US`. */
  language?: string;
}

/**
 * The error body the Batch service sends with a failed request: the wire `BatchError` with its
 * message in the Batch .NET form. Compare `code` with `BatchErrorCodeStrings`.
 */
export interface BatchError extends Omit<Wire.BatchError, "message"> {
  /** The human-readable message. */
  message?: ErrorMessage;
}

/** What is known about a failed request. */
export interface RequestInformation {
  /** The parsed error body, when the service sent one. */
  batchError?: BatchError;
  /** The HTTP status code of the failed attempt. */
  httpStatusCode: number;
  /** The reason phrase, or the status name when the response had none. */
  httpStatusMessage: string;
  /** The `client-request-id` of the failed attempt. */
  clientRequestId?: string;
  /** The service's `request-id`. */
  serviceRequestId?: string;
  /** How long the service asked the client to wait (`Retry-After`), in milliseconds. */
  retryAfter?: number;
}

/** The service answered with a status that is not a success. */
export class BatchException extends Error {
  /** Status, reason, request ids and the parsed error body. */
  readonly requestInformation: RequestInformation;

  /**
   * True when this is a `*Exists` conflict met by a retried create whose earlier attempt may have
   * created the entity (its response was lost), and the entity found differs from what was sent.
   * False for every other failure.
   */
  mayHaveReachedService = false;

  /** @param message Already free of secrets. */
  constructor(message: string, requestInformation: RequestInformation, options?: ErrorOptions) {
    super(message, options);
    this.name = "BatchException";
    this.requestInformation = requestInformation;
  }
}

/** An attempt got no answer within its client-side timeout. */
export class RequestTimeoutError extends Error {
  /** The per-attempt timeout that elapsed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`The request did not complete within ${timeoutMs} ms`);
    this.name = "RequestTimeoutError";
    this.timeoutMs = timeoutMs;
  }
}

/** The request could not be sent or its response not received (connection refused or reset, DNS…). */
export class NetworkError extends Error {
  /** The system error code, e.g. `ECONNRESET`, when there is one. */
  readonly code?: string;

  constructor(message: string, code: string | undefined, options?: ErrorOptions) {
    super(redactText(message), options);
    this.name = "NetworkError";
    this.code = code;
  }
}

/**
 * A success response whose body could not be understood: not JSON, or JSON of the wrong type for the
 * operation (an array, string, number or `null` where an object is expected). Not retried.
 */
export class InvalidResponseError extends Error {
  /** HTTP status of the response. */
  readonly statusCode: number;

  constructor(message: string, statusCode: number, options?: ErrorOptions) {
    super(message, options);
    this.name = "InvalidResponseError";
    this.statusCode = statusCode;
  }
}

/** The failed response as the pipeline hands it over for mapping. */
export interface FailedResponse {
  /** HTTP status code. */
  status: number;
  /** HTTP reason phrase, when the server sent one. */
  statusText?: string;
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string>>;
  /** The response body as text (may be empty or not JSON). */
  bodyText: string;
  /** The `client-request-id` that was sent. */
  clientRequestId?: string;
}

const EXCERPT_LENGTH = 200;

/** Turns a non-success response into a {@link BatchException}. */
export function createBatchException(response: FailedResponse, now = Date.now()): BatchException {
  const batchError = parseBatchError(response.bodyText);
  const statusName = httpStatusName(response.status);
  const info: RequestInformation = {
    batchError,
    httpStatusCode: response.status,
    httpStatusMessage: response.statusText || statusName,
    clientRequestId: response.headers["client-request-id"] ?? response.clientRequestId,
    serviceRequestId: response.headers["request-id"],
    retryAfter: parseRetryAfter(response.headers["retry-after"], now),
  };
  let message = `Operation returned an invalid status code '${statusName}' (${response.status})`;
  if (batchError?.code || batchError?.message?.value) {
    const firstLine = batchError.message?.value?.split("\n")[0];
    message += `: ${[batchError.code, firstLine].filter(Boolean).join(": ")}`;
  } else if (response.bodyText.trim() !== "") {
    message += `: ${excerpt(response.bodyText)}`;
  }
  return new BatchException(redactText(message), info);
}

/** The three HTTP-date forms (RFC 9110 §5.6.7) all start with a day name; `Date.parse` alone accepts "-5" or "1". */
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i;

/**
 * Reads a `Retry-After` value, in delta-seconds or as an HTTP date, into milliseconds from `now`.
 * Returns `undefined` when absent or unreadable (negative, garbage); a date in the past gives 0.
 * The value may be huge: retry policies clamp it.
 */
export function parseRetryAfter(value: string | undefined, now?: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(Number(text) * 1000, Number.MAX_SAFE_INTEGER);
  if (!HTTP_DATE.test(text)) return undefined;
  const date = Date.parse(text);
  // The clock is read only here: most responses carry no Retry-After.
  return Number.isNaN(date) ? undefined : Math.max(0, date - (now ?? Date.now()));
}

function parseBatchError(bodyText: string): BatchError | undefined {
  if (bodyText.trim() === "") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== "object") return undefined;
  const body = parsed as Record<string, unknown>;
  const error: BatchError = {};
  if (typeof body.code === "string") error.code = body.code;
  if (body.message && typeof body.message === "object") {
    const m = body.message as Record<string, unknown>;
    error.message = {
      language: typeof m.lang === "string" ? m.lang : undefined,
      value: typeof m.value === "string" ? m.value : undefined,
    };
  } else if (typeof body.message === "string") {
    error.message = { value: body.message };
  }
  if (Array.isArray(body.values)) {
    error.values = body.values
      .filter((v): v is Record<string, unknown> => v !== null && typeof v === "object")
      .map((v) => ({
        key: typeof v.key === "string" ? v.key : undefined,
        value: typeof v.value === "string" ? v.value : undefined,
      }));
  }
  return error.code || error.message || error.values ? error : undefined;
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > EXCERPT_LENGTH ? `${oneLine.slice(0, EXCERPT_LENGTH)}…` : oneLine;
}
