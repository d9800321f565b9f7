/**
 * The request pipeline: ordered policies, then attempts with retry, timeout and cancellation.
 * @module
 */
import { Readable } from "node:stream";
import axios from "axios";
import { raceAbort } from "./abort.js";
import { RequestTimeoutError } from "./errors.js";
import { logger } from "./logger.js";
import type { OutgoingRequest, PolicyContext, RequestPolicy } from "./outgoing.js";
import { applyAccept } from "./policies/accept.js";
import { applyContent } from "./policies/content.js";
import { applyInterceptors } from "./policies/interceptors.js";
import { requestUrl } from "./policies/query.js";
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
import { createTransport, toNetworkError, type Transport } from "./transport.js";
import { buildUserAgent } from "./version.js";
import type {
  HttpSender,
  PipelineRequest,
  PipelineResponse,
  RequestOptions,
  RequestSigner,
} from "./types.js";

/** Once per logical request, in this order (the query string is part of the URL the pipeline builds). */
const REQUEST_POLICIES: readonly RequestPolicy[] = [
  applyUserAgent,
  applyAccept,
  applyContent,
  applyInterceptors,
];

/** Before every attempt, in this order; signing comes last so it sees the final headers. */
const ATTEMPT_POLICIES: readonly RequestPolicy[] = [applyClientRequestId, applyOcpDate, applySignature];

/**
 * Runs `policies` in order from `from`; only a policy that returns a promise is waited for, so a
 * request whose policies are all synchronous costs no extra promise turns.
 */
function runPolicies(
  policies: readonly RequestPolicy[],
  request: OutgoingRequest,
  context: PolicyContext,
  from = 0,
): Promise<void> | undefined {
  for (let i = from; i < policies.length; i++) {
    const pending = policies[i](request, context);
    if (pending !== undefined) return pending.then(() => runPolicies(policies, request, context, i + 1));
  }
  return undefined;
}

const NO_OPTIONS: RequestOptions = Object.freeze({});

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
  readonly #transport: Transport;

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
    this.#transport = createTransport();
  }

  /** Sends a request; resolves with a 2xx response or rejects (see the module's error classes). */
  async send(request: PipelineRequest): Promise<PipelineResponse> {
    const options = request.options ?? NO_OPTIONS;
    checkTimeout(options.timeoutMs, "timeoutMs");
    const signal = options.signal;
    if (signal?.aborted) throw signal.reason;
    const context: PolicyContext = { request, options, signer: this.#signer, userAgent: this.#userAgent };
    const prepared: OutgoingRequest = {
      method: request.method,
      url: requestUrl(request.url, request.query),
      headers: wireHeaders(request.headers),
      timeoutMs: options.timeoutMs ?? this.#defaultTimeout(request),
      responseKind: request.responseKind,
    };
    const pending = runPolicies(REQUEST_POLICIES, prepared, context);
    if (pending !== undefined) await (signal ? raceAbort(pending, signal) : pending);
    return withRetries(
      // Each attempt sets its own id, date and signature on a copy of the prepared headers.
      (attempt) => this.#attempt({ ...prepared, headers: { ...prepared.headers } }, context, attempt),
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

  async #attempt(
    request: OutgoingRequest,
    context: PolicyContext,
    attempt: number,
  ): Promise<PipelineResponse> {
    const started = Date.now();
    const cancel = axios.CancelToken.source();
    // Set once, by the attempt's timeout or the caller's signal; the attempt then ends with it.
    const ended: { abort?: { reason: unknown } } = {};
    let body: Readable | undefined;
    const abort = (reason: unknown): void => {
      if (ended.abort) return;
      ended.abort = { reason };
      cancel.cancel();
      // An abort or timeout before the body is read must free the connection, not leave it to
      // linger; reading a destroyed body rejects, which ends the attempt with the reason below.
      body?.destroy();
    };
    const throwIfEnded = (): void => {
      if (ended.abort) throw ended.abort.reason;
    };
    const timer = setTimeout(() => abort(new RequestTimeoutError(request.timeoutMs)), request.timeoutMs);
    const userSignal = context.options.signal;
    const onUserAbort = (): void => abort(userSignal!.reason);
    userSignal?.addEventListener("abort", onUserAbort, { once: true });
    let outcome = "failed";
    try {
      const signing = runPolicies(ATTEMPT_POLICIES, request, context);
      if (signing !== undefined) await signing;
      throwIfEnded();
      const raw = await this.#transport(request, cancel.token);
      outcome = String(raw.status);
      body = raw.body;
      throwIfEnded();
      const response = await interpretResponse(raw, request);
      throwIfEnded();
      if (!(response.body instanceof Readable)) return response;
      return { ...response, body: guardDownload(response.body, request.timeoutMs, userSignal) };
    } catch (error) {
      if (ended.abort) {
        body?.destroy();
        outcome = ended.abort.reason instanceof RequestTimeoutError ? "timed out" : "aborted";
        throw ended.abort.reason;
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

/** The caller's headers with lower-cased names, `undefined` values left out. */
function wireHeaders(headers: PipelineRequest["headers"]): Record<string, string> {
  const result: Record<string, string> = {};
  if (headers === undefined) return result;
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value !== undefined) result[name.toLowerCase()] = value;
  }
  return result;
}

function checkTimeout(value: number | undefined, name: string): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive number of milliseconds`);
  }
}
