/** A retry policy that records every decision it is asked for, so tests check delays without a clock. */
import type { RetryContext, RetryPolicy } from "../../src/http/index.js";

/** Delegates to a real policy and keeps what it was asked and what it answered. */
export class RecordingPolicy implements RetryPolicy {
  readonly contexts: RetryContext[] = [];
  readonly delays: (number | undefined)[] = [];
  constructor(private readonly inner: RetryPolicy) {}
  shouldRetry(context: RetryContext): number | undefined {
    this.contexts.push(context);
    const delayMs = this.inner.shouldRetry(context);
    this.delays.push(delayMs);
    return delayMs;
  }
}
