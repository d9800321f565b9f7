/**
 * Types shared by every protocol operation: the options each call accepts and the response it resolves to.
 * @module
 */
import type { RequestOptions } from "../http/types.js";

/** Options every protocol operation accepts besides its REST parameters. */
export interface OperationOptions {
  /** Cancels the call, retries and backoff included; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Per-request pipeline settings (timeout, retry policy, interceptors, client-request-id provider). */
  requestOptions?: RequestOptions;
}

/** The response headers of a Batch operation, parsed; `raw` keeps every header (names lower-cased). */
export interface ResponseHeaders {
  /** `ETag`: the entity tag of the resource, as sent (the service sends it unquoted). */
  eTag?: string;
  /** `Last-Modified`. */
  lastModified?: Date;
  /** `request-id`: the service's id for this request. */
  requestId?: string;
  /** `client-request-id`, echoed when `returnClientRequestId` was set. */
  clientRequestId?: string;
  /** `DataServiceId`: the OData id of a created or changed resource. */
  dataServiceId?: string;
  /** `Location` of a created resource. */
  location?: string;
  /** `Retry-After` in milliseconds. */
  retryAfter?: number;
  /** `Content-Length` of file content. */
  contentLength?: number;
  /** `ocp-creation-time` of a node or task file. */
  ocpCreationTime?: Date;
  /** `ocp-batch-file-isdirectory`. */
  ocpBatchFileIsdirectory?: boolean;
  /** `ocp-batch-file-url`. */
  ocpBatchFileUrl?: string;
  /** `ocp-batch-file-mode`: the Linux file mode, e.g. `0o100644`. */
  ocpBatchFileMode?: string;
  /** Every header of the response, names lower-cased. */
  raw: Readonly<Record<string, string>>;
}

/** What a non-list protocol operation resolves to. */
export interface OperationResponse<T> {
  /** HTTP status code (for `exists` operations, 404 means "does not exist" and is not an error). */
  status: number;
  /** Parsed JSON body, a stream of file content, or `undefined`. */
  body: T;
  /** Parsed response headers. */
  headers: ResponseHeaders;
}
