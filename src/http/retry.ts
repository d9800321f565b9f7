/**
 * The retry loop: p-retry runs the attempts; the {@link IRetryPolicy} decides after every failed
 * attempt whether and when to try again.
 * @module
 */
import pRetry, { AbortError } from "p-retry";
import { abortableSleep } from "./abort.js";
import { BatchException, NetworkError, RequestTimeoutError } from "./errors.js";
import { OperationContext, RequestResult, type IRetryPolicy } from "./retry-decision.js";
import { retryLimitOf } from "./retry-policies.js";

/** Called before sleeping, for logging. */
export type RetryListener = (attempt: number, delayMs: number, error: Error) => void;

/**
 * Runs `attempt(1)`, `attempt(2)`, … until one succeeds, the policy declines, or the signal aborts
 * (then it rejects at once with the signal's reason, even mid-backoff). Only HTTP failures, network
 * failures and client timeouts are offered to the policy, together with an {@link OperationContext}
 * holding one {@link RequestResult} per failed attempt; any other error ends the loop as it was thrown.
 *
 * p-retry counts the attempts (`retries` is the policy's own limit when it has one), watches the
 * signal, records each failure (`onFailedAttempt`) and asks whether to go on (`shouldRetry`). Its own
 * backoff formula (`minTimeout × factor^n`) is fixed when the loop starts, so it cannot express a
 * delay that depends on the failure (the service's `Retry-After`) or on a user-written policy: its
 * backoff is turned off (`minTimeout: 0`) and `shouldRetry` waits the delay the policy decided.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  policy: IRetryPolicy,
  signal?: AbortSignal,
  onRetry?: RetryListener,
): Promise<T> {
  const operationContext = new OperationContext();
  // p-retry turns anything that is not an Error into a TypeError and offers every Error to the
  // policy; a failure that ends the loop is therefore parked here and rethrown exactly as it was.
  let final: { error: unknown } | undefined;
  try {
    return await pRetry(
      async (n) => {
        try {
          return await attempt(n);
        } catch (error) {
          if (isRetryCandidate(error) && !signal?.aborted) throw error;
          final = { error: signal?.aborted ? signal.reason : error };
          throw new AbortError("not retried");
        }
      },
      {
        // Every option is given, even where p-retry's default is the same: filling in missing
        // options on its copy of this object costs V8 more than a whole request's bookkeeping.
        retries: retryLimitOf(policy),
        factor: 1,
        minTimeout: 0,
        maxTimeout: Number.POSITIVE_INFINITY,
        maxRetryTime: Number.POSITIVE_INFINITY,
        randomize: false,
        signal,
        shouldConsumeRetry: () => true,
        onFailedAttempt: ({ error }) => {
          if (!isRetryCandidate(error)) return;
          const info = error instanceof BatchException ? error.requestInformation : undefined;
          operationContext.requestResults.push(new RequestResult(info, error));
        },
        shouldRetry: async ({ error, attemptNumber }) => {
          if (signal?.aborted || !isRetryCandidate(error)) return false;
          const decision = await policy.shouldRetry(error, operationContext);
          if (
            decision === null ||
            typeof decision !== "object" ||
            typeof decision.shouldRetry !== "boolean"
          ) {
            throw new TypeError("a retry policy's shouldRetry must resolve to a RetryDecision");
          }
          if (!decision.shouldRetry) return false;
          const delay = decision.retryDelay ?? 0;
          onRetry?.(attemptNumber, delay, error);
          await abortableSleep(delay, signal);
          return true;
        },
      },
    );
  } catch (error) {
    if (final) throw final.error;
    throw signal?.aborted ? signal.reason : error;
  }
}

function isRetryCandidate(error: unknown): error is Error {
  return (
    error instanceof BatchException || error instanceof NetworkError || error instanceof RequestTimeoutError
  );
}
