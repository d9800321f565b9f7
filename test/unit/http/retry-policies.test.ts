import { describe, expect, it } from "vitest";
import {
  BatchException,
  ExponentialRetry,
  LinearRetry,
  NetworkError,
  NoRetry,
  RequestTimeoutError,
  OperationContext,
  RequestResult,
  RetryDecision,
  defaultRetryPolicy,
  isRetryableStatus,
  type IRetryPolicy,
} from "../../../src/http/index.js";

const httpFailure = (status: number, retryAfterMs?: number): { error: Error } => ({
  error: new BatchException("failed", {
    httpStatusCode: status,
    httpStatusMessage: "x",
    retryAfter: retryAfterMs,
  }),
});

/** The delay `policy` decides on after `attempt` failed attempts ending with `error`, `undefined` for no retry. */
async function ask(policy: IRetryPolicy, { attempt, error }: { attempt: number; error: Error }) {
  const context = new OperationContext();
  for (let i = 0; i < attempt; i++) context.requestResults.push(new RequestResult(undefined, error));
  const decision = await policy.shouldRetry(error, context);
  expect(decision).toBeInstanceOf(RetryDecision);
  return decision.shouldRetry ? decision.retryDelay : undefined;
}

describe("isRetryableStatus", () => {
  it("accepts exactly 408, 429 and 5xx except 501 and 505", () => {
    const retryable = Array.from({ length: 600 }, (_, s) => s).filter(isRetryableStatus);
    const expected = [
      408,
      429,
      ...Array.from({ length: 100 }, (_, i) => 500 + i).filter((s) => s !== 501 && s !== 505),
    ];
    expect(retryable).toEqual(expected);
  });
});

describe("ExponentialRetry", () => {
  it("waits 2^n × delta for the n-th retry and stops after maxRetries", async () => {
    const policy = new ExponentialRetry(100, 4);
    const delays = await Promise.all(
      [1, 2, 3, 4, 5].map((attempt) => ask(policy, { attempt, ...httpFailure(500) })),
    );
    expect(delays).toEqual([100, 200, 400, 800, undefined]);
  });

  it("caps the computed delay at maxBackoff", async () => {
    const policy = new ExponentialRetry(1000, 10, 3000);
    expect(
      await Promise.all([1, 2, 3, 4].map((attempt) => ask(policy, { attempt, ...httpFailure(503) }))),
    ).toEqual([1000, 2000, 3000, 3000]);
  });

  it("uses the service's Retry-After when present, within [delta, maximum]", async () => {
    expect(await ask(new ExponentialRetry(100, 3, 10_000), { attempt: 1, ...httpFailure(429, 5000) })).toBe(
      5000,
    );
    // Without maxBackoff the ceiling is the longest computed delay, 2^2 × 100.
    expect(await ask(new ExponentialRetry(100, 3), { attempt: 1, ...httpFailure(429, 5000) })).toBe(400);
    expect(await ask(new ExponentialRetry(100, 3), { attempt: 1, ...httpFailure(429, 0) })).toBe(100);
  });

  it("retries network failures and client timeouts but not other errors or 4xx", async () => {
    const policy = new ExponentialRetry(10, 3);
    expect(await ask(policy, { attempt: 1, error: new NetworkError("reset", "ECONNRESET") })).toBe(10);
    expect(await ask(policy, { attempt: 1, error: new RequestTimeoutError(5) })).toBe(10);
    expect(await ask(policy, { attempt: 1, error: new TypeError("bad") })).toBeUndefined();
    expect(await ask(policy, { attempt: 1, ...httpFailure(404) })).toBeUndefined();
  });

  it.each([
    [-1, 3, undefined],
    [Number.NaN, 3, undefined],
    [10, 1.5, undefined],
    [10, -1, undefined],
    [10, 3, -5],
  ])("rejects delta %s, retries %s, max %s with a RangeError", (delta, retries, max) => {
    expect(() => new ExponentialRetry(delta, retries, max)).toThrow(RangeError);
  });

  it("is the default: 1 s delta, 6 retries", () => {
    const policy = defaultRetryPolicy() as ExponentialRetry;
    expect(policy).toBeInstanceOf(ExponentialRetry);
    expect([policy.deltaBackoff, policy.maximumRetries, policy.maxBackoff]).toEqual([1000, 6, undefined]);
  });
});

describe("LinearRetry and NoRetry", () => {
  it("LinearRetry waits the same interval up to maxRetries, or Retry-After", async () => {
    const policy = new LinearRetry(250, 2);
    expect(
      await Promise.all([1, 2, 3].map((attempt) => ask(policy, { attempt, ...httpFailure(502) }))),
    ).toEqual([250, 250, undefined]);
    expect(await ask(policy, { attempt: 1, ...httpFailure(503, 400) })).toBe(400);
    // Retry-After never shortens the interval.
    expect(await ask(policy, { attempt: 1, ...httpFailure(503, 40) })).toBe(250);
    expect(() => new LinearRetry(-1, 1)).toThrow(RangeError);
  });

  it("NoRetry never retries", async () => {
    expect(await new NoRetry().shouldRetry()).toBe(RetryDecision.noRetry);
  });
});

describe("RetryDecision", () => {
  it("noRetry does not retry; retryWithDelay retries after the delay and refuses a bad one", () => {
    expect([RetryDecision.noRetry.shouldRetry, RetryDecision.noRetry.retryDelay]).toEqual([false, undefined]);
    const decision = RetryDecision.retryWithDelay(250);
    expect([decision.shouldRetry, decision.retryDelay]).toEqual([true, 250]);
    expect(() => RetryDecision.retryWithDelay(-1)).toThrow(RangeError);
    expect(() => RetryDecision.retryWithDelay(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("the built-in policies refuse a missing OperationContext", async () => {
    await expect(
      new ExponentialRetry(1, 1).shouldRetry(new Error("x"), undefined as unknown as OperationContext),
    ).rejects.toBeInstanceOf(TypeError);
  });
});
