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

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
}

function checkDuration(name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number of milliseconds >= 0`);
  }
}

/**
 * Retries transient failures up to `maxRetries` times, waiting `2^n × deltaBackoffMs` before the
 * retry numbered n (0 for the first retry: delta, 2×delta, 4×delta…), at most `maxBackoffMs`.
 * When the service sends `Retry-After`, its value is used instead, as Batch .NET does.
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
    if (context.retryAfterMs !== undefined) return context.retryAfterMs;
    const delay = 2 ** (context.attempt - 1) * this.deltaBackoffMs;
    return this.maxBackoffMs === undefined ? delay : Math.min(delay, this.maxBackoffMs);
  }
}

/** Retries transient failures up to `maxRetries` times, waiting `intervalMs` (or the service's `Retry-After`). */
export class LinearRetry implements RetryPolicy {
  /** Delay between attempts in milliseconds. */
  readonly intervalMs: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;

  /** @throws RangeError on a negative or non-finite interval or a non-integer count. */
  constructor(intervalMs: number, maxRetries: number) {
    checkDuration("intervalMs", intervalMs);
    checkCount("maxRetries", maxRetries);
    this.intervalMs = intervalMs;
    this.maxRetries = maxRetries;
  }

  /** See the class description. */
  shouldRetry(context: RetryContext): number | undefined {
    if (context.attempt > this.maxRetries || !isTransientFailure(context)) return undefined;
    return context.retryAfterMs ?? this.intervalMs;
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
