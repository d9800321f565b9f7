/**
 * The retry loop: asks the policy after every failed attempt and waits (abortably) as it says.
 * @module
 */
import { abortableSleep } from "./abort.js";
import { BatchException, NetworkError, RequestTimeoutError } from "./errors.js";
import type { RetryPolicy } from "./types.js";

/** Called before sleeping, for logging. */
export type RetryListener = (attempt: number, delayMs: number, error: Error) => void;

/**
 * Runs `attempt(1)`, `attempt(2)`, … until one succeeds, the policy declines, or the signal aborts
 * (then it rejects at once with the signal's reason, even mid-backoff). Only HTTP failures, network
 * failures and client timeouts are offered to the policy; any other error ends the loop.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
  onRetry?: RetryListener,
): Promise<T> {
  for (let n = 1; ; n++) {
    if (signal?.aborted) throw signal.reason;
    try {
      return await attempt(n);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (!isRetryCandidate(error)) throw error;
      const info = error instanceof BatchException ? error.requestInformation : undefined;
      const delay = policy.shouldRetry({
        attempt: n,
        error,
        statusCode: info?.httpStatusCode,
        retryAfterMs: info?.retryAfter,
      });
      if (delay === undefined) throw error;
      onRetry?.(n, delay, error);
      await abortableSleep(delay, signal);
    }
  }
}

function isRetryCandidate(error: unknown): error is Error {
  return (
    error instanceof BatchException || error instanceof NetworkError || error instanceof RequestTimeoutError
  );
}
