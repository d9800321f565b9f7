/**
 * The request pipeline: ordered policies, then attempts with retry, timeout and cancellation.
 * @module
 */
import { Readable } from "node:stream";
import type { AxiosInstance } from "axios";
import { raceAbort } from "./abort.js";
import { RequestTimeoutError } from "./errors.js";
import { logger } from "./logger.js";
import { cloneOutgoing, type OutgoingRequest, type PolicyContext, type RequestPolicy } from "./outgoing.js";
import { applyContent } from "./policies/content.js";
import { applyInterceptors } from "./policies/interceptors.js";
import { applyQuery } from "./policies/query.js";
import { applyClientRequestId, applyOcpDate } from "./policies/request-id.js";
import { applySignature } from "./policies/sign.js";
import { applyUserAgent } from "./policies/user-agent.js";
import { guardDownload } from "./download-guard.js";
import { redactUrl } from "./redact.js";
import { interpretResponse } from "./response.js";
import { withRetries } from "./retry.js";
import { DEFAULT_TIMEOUT_MS, LONG_OPERATION_TIMEOUT_MS } from "./defaults.js";
import type { IRetryPolicy } from "./retry-decision.js";
import { defaultRetryPolicy } from "./retry-policies.js";
import { createAxios, sendRaw, toNetworkError } from "./transport.js";
import { buildUserAgent } from "./version.js";
import type { HttpSender, PipelineRequest, PipelineResponse, RequestSigner } from "./types.js";

/** Once per logical request, in this order. */
const REQUEST_POLICIES: readonly RequestPolicy[] = [
  applyQuery,
  applyUserAgent,
  applyContent,
  applyInterceptors,
];

/** Before every attempt, in this order; signing comes last so it sees the final headers. */
const ATTEMPT_POLICIES: readonly RequestPolicy[] = [applyClientRequestId, applyOcpDate, applySignature];

/** How to build an {@link HttpPipeline}. */
export interface HttpPipelineOptions {
  /** Credentials that sign every attempt. */
  signer: RequestSigner;
  /** Default retry policy (exponential, 1 s, 6 retries when omitted); a request's own policy wins. */
  retryPolicy?: IRetryPolicy;
  /** Appended to the `User-Agent` header. */
  userAgentSuffix?: string;
  /**
   * Default per-attempt client timeout in milliseconds (60 000 when omitted). Long operations (file
   * downloads, single task add) get 180 000 or this value, whichever is longer.
   */
  defaultTimeoutMs?: number;
}

/** Sends Batch REST requests: headers, signing, retries, timeouts, cancellation, error mapping, parsing. */
export class HttpPipeline implements HttpSender {
  readonly #signer: RequestSigner;
  readonly #retryPolicy: IRetryPolicy;
  readonly #userAgent: string;
  readonly #defaultTimeoutMs: number;
  readonly #axios: AxiosInstance;

  /** @throws TypeError without a signer; RangeError on a bad default timeout. */
  constructor(options: HttpPipelineOptions) {
    if (!options?.signer || typeof options.signer.signRequest !== "function") {
      throw new TypeError("HttpPipeline needs a signer (BatchSharedKeyCredentials or BatchTokenCredentials)");
    }
    checkTimeout(options.defaultTimeoutMs, "defaultTimeoutMs");
    this.#signer = options.signer;
    this.#retryPolicy = options.retryPolicy ?? defaultRetryPolicy();
    this.#userAgent = buildUserAgent(options.userAgentSuffix);
    this.#defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#axios = createAxios();
  }

  /** Sends a request; resolves with a 2xx response or rejects (see the module's error classes). */
  async send(request: PipelineRequest): Promise<PipelineResponse> {
    const options = request.options ?? {};
    checkTimeout(options.timeoutMs, "timeoutMs");
    const signal = options.signal;
    if (signal?.aborted) throw signal.reason;
    const context: PolicyContext = { request, options, signer: this.#signer, userAgent: this.#userAgent };
    const prepared = await raceSignal(this.#prepare(request, context), signal);
    return withRetries(
      (attempt) => this.#attempt(cloneOutgoing(prepared), context, attempt),
      options.retryPolicy ?? this.#retryPolicy,
      signal,
      (attempt, delay, error) =>
        logger.warning(
          `${prepared.method} ${redactUrl(prepared.url)} attempt ${attempt} failed (${error.name}); retrying in ${delay} ms`,
        ),
    );
  }

  #defaultTimeout(request: PipelineRequest): number {
    return request.longOperation
      ? Math.max(LONG_OPERATION_TIMEOUT_MS, this.#defaultTimeoutMs)
      : this.#defaultTimeoutMs;
  }

  async #prepare(request: PipelineRequest, context: PolicyContext): Promise<OutgoingRequest> {
    const outgoing: OutgoingRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: {},
      timeoutMs: context.options.timeoutMs ?? this.#defaultTimeout(request),
      responseKind: request.responseKind,
    };
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (value !== undefined) outgoing.headers[name.toLowerCase()] = value;
    }
    for (const policy of REQUEST_POLICIES) await policy(outgoing, context);
    return outgoing;
  }

  async #attempt(
    request: OutgoingRequest,
    context: PolicyContext,
    attempt: number,
  ): Promise<PipelineResponse> {
    const started = Date.now();
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new RequestTimeoutError(request.timeoutMs)),
      request.timeoutMs,
    );
    const userSignal = context.options.signal;
    const onUserAbort = (): void => controller.abort(userSignal!.reason);
    userSignal?.addEventListener("abort", onUserAbort, { once: true });
    let outcome = "failed";
    try {
      for (const policy of ATTEMPT_POLICIES) await policy(request, context);
      const raw = await raceAbort(sendRaw(this.#axios, request, controller.signal), controller.signal);
      outcome = String(raw.status);
      // An abort or timeout before the body is read must free the connection, not leave it to linger.
      controller.signal.addEventListener("abort", () => raw.body.destroy(), { once: true });
      const response = await raceAbort(interpretResponse(raw, request), controller.signal);
      if (!(response.body instanceof Readable)) return response;
      return { ...response, body: guardDownload(response.body, request.timeoutMs, userSignal) };
    } catch (error) {
      if (controller.signal.aborted) {
        outcome = controller.signal.reason instanceof RequestTimeoutError ? "timed out" : "aborted";
        throw controller.signal.reason;
      }
      const mapped = toNetworkError(error);
      if (outcome === "failed") outcome = mapped.name;
      throw mapped;
    } finally {
      clearTimeout(timer);
      userSignal?.removeEventListener("abort", onUserAbort);
      // Redacting and formatting cost more than the rest of the bookkeeping; skip them when nobody listens.
      if (logger.info.enabled) {
        logger.info(
          `${request.method} ${redactUrl(request.url)} -> ${outcome} in ${Date.now() - started} ms (attempt ${attempt})`,
        );
      }
    }
  }
}

function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  return signal ? raceAbort(promise, signal) : promise;
}

function checkTimeout(value: number | undefined, name: string): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive number of milliseconds`);
  }
}
