/**
 * The retry loop: asks the policy after every failed attempt and waits (abortably) as it says.
 * @module
 */
import { abortableSleep } from "./abort.js";
import { BatchException, NetworkError, RequestTimeoutError } from "./errors.js";
import { OperationContext, RequestResult, type IRetryPolicy } from "./retry-decision.js";

/** Called before sleeping, for logging. */
export type RetryListener = (attempt: number, delayMs: number, error: Error) => void;

/**
 * Runs `attempt(1)`, `attempt(2)`, … until one succeeds, the policy declines, or the signal aborts
 * (then it rejects at once with the signal's reason, even mid-backoff). Only HTTP failures, network
 * failures and client timeouts are offered to the policy, together with an {@link OperationContext}
 * holding one {@link RequestResult} per failed attempt; any other error ends the loop.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  policy: IRetryPolicy,
  signal?: AbortSignal,
  onRetry?: RetryListener,
): Promise<T> {
  const operationContext = new OperationContext();
  for (let n = 1; ; n++) {
    if (signal?.aborted) throw signal.reason;
    try {
      return await attempt(n);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (!isRetryCandidate(error)) throw error;
      const info = error instanceof BatchException ? error.requestInformation : undefined;
      operationContext.requestResults.push(new RequestResult(info, error));
      const decision = await policy.shouldRetry(error, operationContext);
      if (decision === null || typeof decision !== "object" || typeof decision.shouldRetry !== "boolean") {
        throw new TypeError("a retry policy's shouldRetry must resolve to a RetryDecision");
      }
      if (!decision.shouldRetry) throw error;
      const delay = decision.retryDelay ?? 0;
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
