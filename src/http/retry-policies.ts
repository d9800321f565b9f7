/**
 * Retry policies: exponential (the default), linear and none.
 * @module
 */
import { DEFAULT_LINEAR_MAX_BACKOFF, DEFAULT_MAX_RETRIES, DEFAULT_RETRY_DELTA_BACKOFF } from "./defaults.js";
import { BatchException, NetworkError, RequestTimeoutError } from "./errors.js";
import { RetryDecision, type IRetryPolicy, type OperationContext } from "./retry-decision.js";

/** Statuses that may succeed when tried again: 408, 429 and 5xx except 501 and 505. */
export function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 429) return true;
  return status >= 500 && status < 600 && status !== 501 && status !== 505;
}

/** True for failures worth another attempt: a retryable status, a network failure or a client timeout. */
export function isTransientFailure(exception: Error): boolean {
  if (exception instanceof BatchException)
    return isRetryableStatus(exception.requestInformation.httpStatusCode);
  return exception instanceof NetworkError || exception instanceof RequestTimeoutError;
}

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
}

function checkDuration(name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of milliseconds >= 0`);
  }
}

/**
 * The retry number the next attempt would be (1 for the first retry), or `undefined` when the
 * failure is not transient or `maximumRetries` retries were made already.
 */
function nextRetry(
  exception: Error,
  operationContext: OperationContext,
  maximumRetries: number,
): number | undefined {
  if (!operationContext || !Array.isArray(operationContext.requestResults)) {
    throw new TypeError("shouldRetry needs an OperationContext");
  }
  const retry = operationContext.requestResults.length;
  return retry > maximumRetries || !isTransientFailure(exception) ? undefined : retry;
}

/** The service's `Retry-After` of the failure, in milliseconds, if it sent one. */
function retryAfterOf(exception: Error): number | undefined {
  return exception instanceof BatchException ? exception.requestInformation.retryAfter : undefined;
}

/**
 * The service's `Retry-After`, kept within `[min, max]`: a hostile or broken value can neither
 * remove the backoff nor stall the client for a day (and never overflows `setTimeout`).
 */
function clampRetryAfter(retryAfter: number, min: number, max: number): number {
  if (Number.isNaN(retryAfter)) return min;
  return Math.min(Math.max(retryAfter, min), Math.max(min, max));
}

/** Runs a synchronous decision as a promise: a thrown argument error becomes a rejection. */
function settle(decide: () => RetryDecision): Promise<RetryDecision> {
  try {
    return Promise.resolve(decide());
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

/**
 * Retries transient failures up to `maxRetries` times, waiting `2^n × deltaBackoff` milliseconds
 * before the retry numbered n (0 for the first retry: delta, 2×delta, 4×delta…), at most `maxBackoff`.
 * When the service sends `Retry-After`, its value is used instead, as Batch .NET does, clamped to
 * `[deltaBackoff, maxBackoff]` (without `maxBackoff`, to the longest delay the policy computes itself).
 */
export class ExponentialRetry implements IRetryPolicy {
  /** Base delay in milliseconds. */
  readonly deltaBackoff: number;
  /** Retries after the first attempt. */
  readonly maximumRetries: number;
  /** Upper bound of a computed delay, in milliseconds (unbounded when not given). */
  readonly maxBackoff: number | undefined;

  /** @throws RangeError on a negative or non-finite delay or a non-integer count. */
  constructor(deltaBackoff: number, maxRetries: number, maxBackoff?: number) {
    checkDuration("deltaBackoff", deltaBackoff);
    checkCount("maxRetries", maxRetries);
    if (maxBackoff !== undefined) checkDuration("maxBackoff", maxBackoff);
    this.deltaBackoff = deltaBackoff;
    this.maximumRetries = maxRetries;
    this.maxBackoff = maxBackoff;
  }

  /** See the class description. */
  shouldRetry(exception: Error, operationContext: OperationContext): Promise<RetryDecision> {
    return settle(() => this.#decide(exception, operationContext));
  }

  #decide(exception: Error, operationContext: OperationContext): RetryDecision {
    const retry = nextRetry(exception, operationContext, this.maximumRetries);
    if (retry === undefined) return RetryDecision.noRetry;
    const retryAfter = retryAfterOf(exception);
    const delay =
      retryAfter === undefined
        ? this.#backoff(retry)
        : clampRetryAfter(
            retryAfter,
            this.deltaBackoff,
            this.maxBackoff ?? this.#backoff(this.maximumRetries),
          );
    return RetryDecision.retryWithDelay(delay);
  }

  #backoff(retry: number): number {
    const delay = 2 ** (retry - 1) * this.deltaBackoff;
    return this.maxBackoff === undefined ? delay : Math.min(delay, this.maxBackoff);
  }
}

/**
 * Retries transient failures up to `maxRetries` times, waiting `deltaBackoff` milliseconds, or the
 * service's `Retry-After` clamped to `[deltaBackoff, maxBackoff]` (`maxBackoff` defaults to one minute).
 */
export class LinearRetry implements IRetryPolicy {
  /** Delay between attempts in milliseconds. */
  readonly deltaBackoff: number;
  /** Retries after the first attempt. */
  readonly maximumRetries: number;
  /** Longest wait a `Retry-After` may ask for, in milliseconds (never below `deltaBackoff`). */
  readonly maxBackoff: number;

  /** @throws RangeError on a negative or non-finite delay or a non-integer count. */
  constructor(deltaBackoff: number, maxRetries: number, maxBackoff = DEFAULT_LINEAR_MAX_BACKOFF) {
    checkDuration("deltaBackoff", deltaBackoff);
    checkCount("maxRetries", maxRetries);
    checkDuration("maxBackoff", maxBackoff);
    this.deltaBackoff = deltaBackoff;
    this.maximumRetries = maxRetries;
    this.maxBackoff = maxBackoff;
  }

  /** See the class description. */
  shouldRetry(exception: Error, operationContext: OperationContext): Promise<RetryDecision> {
    return settle(() => {
      if (nextRetry(exception, operationContext, this.maximumRetries) === undefined)
        return RetryDecision.noRetry;
      const retryAfter = retryAfterOf(exception);
      const delay =
        retryAfter === undefined
          ? this.deltaBackoff
          : clampRetryAfter(retryAfter, this.deltaBackoff, this.maxBackoff);
      return RetryDecision.retryWithDelay(delay);
    });
  }
}

/** Never retries. */
export class NoRetry implements IRetryPolicy {
  /** Always {@link RetryDecision.noRetry}. */
  shouldRetry(): Promise<RetryDecision> {
    return Promise.resolve(RetryDecision.noRetry);
  }
}

/**
 * How many retries the loop may make at most under `policy`: the built-in policies' own limit, and
 * no limit for any other policy, subclasses included (it decides alone when to stop).
 */
export function retryLimitOf(policy: IRetryPolicy): number {
  const type = Object.getPrototypeOf(policy) as unknown;
  if (type === NoRetry.prototype) return 0;
  if (type === ExponentialRetry.prototype || type === LinearRetry.prototype)
    return (policy as ExponentialRetry | LinearRetry).maximumRetries;
  return Number.POSITIVE_INFINITY;
}

/** The default policy of every client: exponential, 1 s delta, 6 retries. */
export function defaultRetryPolicy(): ExponentialRetry {
  return new ExponentialRetry(DEFAULT_RETRY_DELTA_BACKOFF, DEFAULT_MAX_RETRIES);
}
