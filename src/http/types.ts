/**
 * The contract between the protocol layer and the request pipeline.
 * @module
 */
import type { Readable } from "node:stream";

/** HTTP methods the Batch REST API uses. */
export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What the pipeline should do with a success body. */
export type ResponseKind = "json" | "stream" | "none";

/** Signs an outgoing request in place (sets `Authorization`). Implemented by the credentials classes. */
export interface RequestSigner {
  /** Adds authentication headers. `url` carries the final query string; `headers` are exactly what goes on the wire. */
  signRequest(request: SignableRequest): Promise<void>;
}

/** A request as the signer sees it: final URL and final wire headers (mutable so the signer can add its own). */
export interface SignableRequest {
  /** HTTP method. */
  readonly method: HttpMethod;
  /** The final URL, query string included. */
  readonly url: URL;
  /** The wire headers; the signer adds `Authorization` here. */
  readonly headers: Record<string, string>;
}

/** Context handed to a retry policy after a failed attempt. */
export interface RetryContext {
  /** 1 for the first retry decision (after the first attempt failed), 2 for the next, … */
  readonly attempt: number;
  /** The error the attempt ended with (a `BatchException` for HTTP failures, the network error otherwise). */
  readonly error: Error;
  /** HTTP status of the failed attempt, when a response arrived. */
  readonly statusCode?: number;
  /** Delay the service asked for with `Retry-After`, in milliseconds. */
  readonly retryAfterMs?: number;
}

/** Decides whether and when a failed attempt is tried again. */
export interface RetryPolicy {
  /** Milliseconds to wait before the next attempt, or `undefined` to stop retrying. */
  shouldRetry(context: RetryContext): number | undefined;
}

/** A mutable view of a request that interceptors may change before it is sent. */
export interface InterceptedRequest {
  /** HTTP method. */
  method: HttpMethod;
  /** The URL, query string included; change `searchParams` to add or replace query parameters. */
  url: URL;
  /** The request headers (signing and per-attempt headers are added later). */
  headers: Record<string, string>;
  /** Per-attempt client timeout in milliseconds. */
  timeoutMs: number;
}

/** Called before each request is sent (once per logical request, before the first attempt). */
export type RequestInterceptor = (request: InterceptedRequest) => void | Promise<void>;

/** Per-request knobs that the object model's behaviors translate into. */
export interface RequestOptions {
  /** Cancels the whole operation, retries and backoff included. */
  signal?: AbortSignal;
  /** Per-attempt client timeout in milliseconds (defaults: 60 s; 180 s for file downloads and single task add). */
  timeoutMs?: number;
  /** Replaces the pipeline's retry policy for this request. */
  retryPolicy?: RetryPolicy;
  /** Run in order before the request is sent. */
  interceptors?: readonly RequestInterceptor[];
  /** Supplies the `client-request-id` for each attempt (default: a fresh UUID). */
  clientRequestIdProvider?: () => string;
}

/** A request ready for the pipeline. */
export interface PipelineRequest {
  /** HTTP method. */
  readonly method: HttpMethod;
  /** Absolute URL including path; query parameters go in {@link PipelineRequest.query}. */
  readonly url: string;
  /** Query parameters by wire name; `undefined` values are left out. */
  readonly query?: Readonly<Record<string, string | undefined>>;
  /** Request headers by wire name; `undefined` values are left out. */
  readonly headers?: Readonly<Record<string, string | undefined>>;
  /** JSON-serializable body, if any. */
  readonly body?: unknown;
  /** How the success body is to be read. */
  readonly responseKind: ResponseKind;
  /** Per-request settings. */
  readonly options?: RequestOptions;
}

/** A successful response. */
export interface PipelineResponse {
  /** HTTP status code. */
  readonly status: number;
  /** Response headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON (`json`), a Readable (`stream`), or `undefined` (`none` / empty body). */
  readonly body: unknown;
}

/** Anything that can send a {@link PipelineRequest}. */
export interface HttpSender {
  /** Sends the request (with retries, when the sender retries) and resolves to the success response. */
  send(request: PipelineRequest): Promise<PipelineResponse>;
}

export type { Readable };
