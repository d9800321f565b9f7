/**
 * Retry policies: exponential (the default), linear and none.
 * @module
 */
import { NetworkError, RequestTimeoutError } from "./errors.js";
import type { RetryContext, RetryPolicy } from "./types.js";

/** Statuses that may succeed when tried again: 408, 429 and 5xx except 501 and 505. */
export function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 429) return true;
  return status >= 500 && status < 600 && status !== 501 && status !== 505;
}

/** True for failures worth another attempt: a retryable status, a network failure or a client timeout. */
export function isTransientFailure(context: RetryContext): boolean {
  if (context.statusCode !== undefined) return isRetryableStatus(context.statusCode);
  return context.error instanceof NetworkError || context.error instanceof RequestTimeoutError;
}

/** Default ceiling of a `Retry-After` wait under {@link LinearRetry}: one minute. */
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
}

function checkDuration(name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of milliseconds >= 0`);
  }
}

/**
 * The service's `Retry-After`, kept within `[minMs, maxMs]`: a hostile or broken value can neither
 * remove the backoff nor stall the client for a day (and never overflows `setTimeout`).
 */
function clampRetryAfter(retryAfterMs: number, minMs: number, maxMs: number): number {
  if (Number.isNaN(retryAfterMs)) return minMs;
  return Math.min(Math.max(retryAfterMs, minMs), Math.max(minMs, maxMs));
}

/**
 * Retries transient failures up to `maxRetries` times, waiting `2^n × deltaBackoffMs` before the
 * retry numbered n (0 for the first retry: delta, 2×delta, 4×delta…), at most `maxBackoffMs`.
 * When the service sends `Retry-After`, its value is used instead, as Batch .NET does, clamped to
 * `[deltaBackoffMs, maxBackoffMs]` (without `maxBackoffMs`, to the longest delay the policy computes itself).
 */
export class ExponentialRetry implements RetryPolicy {
  /** Base delay in milliseconds. */
  readonly deltaBackoffMs: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Upper bound of a computed delay, in milliseconds (unbounded when not given). */
  readonly maxBackoffMs: number | undefined;

  /** @throws RangeError on a negative or non-finite delay or a non-integer count. */
  constructor(deltaBackoffMs: number, maxRetries: number, maxBackoffMs?: number) {
    checkDuration("deltaBackoffMs", deltaBackoffMs);
    checkCount("maxRetries", maxRetries);
    if (maxBackoffMs !== undefined) checkDuration("maxBackoffMs", maxBackoffMs);
    this.deltaBackoffMs = deltaBackoffMs;
    this.maxRetries = maxRetries;
    this.maxBackoffMs = maxBackoffMs;
  }

  /** See the class description. */
  shouldRetry(context: RetryContext): number | undefined {
    if (context.attempt > this.maxRetries || !isTransientFailure(context)) return undefined;
    if (context.retryAfterMs !== undefined) {
      return clampRetryAfter(
        context.retryAfterMs,
        this.deltaBackoffMs,
        this.maxBackoffMs ?? this.#backoff(this.maxRetries),
      );
    }
    return this.#backoff(context.attempt);
  }

  #backoff(attempt: number): number {
    const delay = 2 ** (attempt - 1) * this.deltaBackoffMs;
    return this.maxBackoffMs === undefined ? delay : Math.min(delay, this.maxBackoffMs);
  }
}

/**
 * Retries transient failures up to `maxRetries` times, waiting `intervalMs`, or the service's
 * `Retry-After` clamped to `[intervalMs, maxBackoffMs]` (`maxBackoffMs` defaults to one minute).
 */
export class LinearRetry implements RetryPolicy {
  /** Delay between attempts in milliseconds. */
  readonly intervalMs: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;

  /** Longest wait a `Retry-After` may ask for, in milliseconds (never below `intervalMs`). */
  readonly maxBackoffMs: number;

  /** @throws RangeError on a negative or non-finite delay or a non-integer count. */
  constructor(intervalMs: number, maxRetries: number, maxBackoffMs = DEFAULT_MAX_RETRY_AFTER_MS) {
    checkDuration("intervalMs", intervalMs);
    checkCount("maxRetries", maxRetries);
    checkDuration("maxBackoffMs", maxBackoffMs);
    this.intervalMs = intervalMs;
    this.maxRetries = maxRetries;
    this.maxBackoffMs = maxBackoffMs;
  }

  /** See the class description. */
  shouldRetry(context: RetryContext): number | undefined {
    if (context.attempt > this.maxRetries || !isTransientFailure(context)) return undefined;
    if (context.retryAfterMs === undefined) return this.intervalMs;
    return clampRetryAfter(context.retryAfterMs, this.intervalMs, this.maxBackoffMs);
  }
}

/** Never retries. */
export class NoRetry implements RetryPolicy {
  /** Always `undefined`. */
  shouldRetry(): number | undefined {
    return undefined;
  }
}

/** The pipeline's default: exponential, 1 s delta, 6 retries. */
export function defaultRetryPolicy(): RetryPolicy {
  return new ExponentialRetry(1000, 6);
}
