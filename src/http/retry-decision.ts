/**
 * The retry contract (Batch .NET `IRetryPolicy`, `RetryDecision`, `OperationContext`, `RequestResult`):
 * after every failed attempt, the pipeline asks the policy whether and when to try again.
 * @module
 */
import type { RequestInformation } from "./errors.js";

/** What one attempt (one physical request) of an operation ended with. */
export class RequestResult {
  /** Status, request ids and error body of the attempt; `undefined` when no response arrived. */
  readonly requestInformation: RequestInformation | undefined;
  /** The error the attempt ended with, if it failed. */
  readonly exception: Error | undefined;

  /** Records one attempt. */
  constructor(requestInformation: RequestInformation | undefined, exception: Error | undefined) {
    this.requestInformation = requestInformation;
    this.exception = exception;
  }
}

/** The attempts of one operation so far, one {@link RequestResult} each, oldest first. */
export class OperationContext {
  /** One entry per request sent for the operation (more than one after retries). */
  readonly requestResults: RequestResult[] = [];
}

/** A retry policy's answer: stop, or try again after a delay. */
export class RetryDecision {
  /** The decision not to retry. */
  static readonly noRetry: RetryDecision = new RetryDecision(false, undefined);

  /** Whether the operation is tried again. */
  readonly shouldRetry: boolean;
  /** Milliseconds to wait before the next attempt (`undefined` when not retrying). */
  readonly retryDelay: number | undefined;

  private constructor(shouldRetry: boolean, retryDelay: number | undefined) {
    this.shouldRetry = shouldRetry;
    this.retryDelay = retryDelay;
  }

  /**
   * The decision to retry after `retryDelay` milliseconds.
   * @throws RangeError on a negative or non-finite delay.
   */
  static retryWithDelay(retryDelay: number): RetryDecision {
    if (typeof retryDelay !== "number" || !Number.isFinite(retryDelay) || retryDelay < 0) {
      throw new RangeError("retryDelay must be a finite number of milliseconds >= 0");
    }
    return new RetryDecision(true, retryDelay);
  }
}

/**
 * Decides whether a failed attempt is tried again (Batch .NET `IRetryPolicy`). Implement it to write
 * your own policy and wrap it in a `RetryPolicyProvider`.
 */
export interface IRetryPolicy {
  /**
   * Called after each failed attempt with the error it ended with and the operation's attempts so far
   * (`operationContext.requestResults.length` is the number of attempts made).
   */
  shouldRetry(exception: Error, operationContext: OperationContext): Promise<RetryDecision>;
}
