/**
 * The contract between the protocol layer and the request pipeline.
 * @module
 */
import type { Readable } from "node:stream";
import type { IRetryPolicy } from "./retry-decision.js";

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
  /**
   * Per-attempt client timeout in milliseconds (default: the pipeline's `defaultTimeoutMs`, 60 s unless
   * set; for {@link PipelineRequest.longOperation} requests at least 180 s).
   */
  timeoutMs?: number;
  /** Replaces the pipeline's retry policy for this request. */
  retryPolicy?: IRetryPolicy;
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
  /** True for operations that move file content or one possibly large task: they get a longer default timeout. */
  readonly longOperation?: boolean;
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
