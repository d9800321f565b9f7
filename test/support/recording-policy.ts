/** A retry policy that records every decision it is asked for, so tests check delays without a clock. */
import {
  BatchException,
  type IRetryPolicy,
  type OperationContext,
  type RetryDecision,
} from "../../src/http/index.js";

/** What one call of `shouldRetry` was given, flattened for assertions. */
export interface RecordedRetryQuestion {
  /** Attempts made so far (`requestResults.length`). */
  readonly attempt: number;
  readonly error: Error;
  readonly statusCode?: number;
  readonly retryAfterMs?: number;
}

/** Delegates to a real policy and keeps what it was asked and what it answered. */
export class RecordingPolicy implements IRetryPolicy {
  readonly contexts: RecordedRetryQuestion[] = [];
  readonly delays: (number | undefined)[] = [];
  constructor(private readonly inner: IRetryPolicy) {}
  async shouldRetry(error: Error, operationContext: OperationContext): Promise<RetryDecision> {
    const info = error instanceof BatchException ? error.requestInformation : undefined;
    this.contexts.push({
      attempt: operationContext.requestResults.length,
      error,
      statusCode: info?.httpStatusCode,
      retryAfterMs: info?.retryAfter,
    });
    const decision = await this.inner.shouldRetry(error, operationContext);
    this.delays.push(decision.retryDelay);
    return decision;
  }
}
