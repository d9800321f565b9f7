import { describe, expect, it } from "vitest";
import {
  BatchException,
  ExponentialRetry,
  LinearRetry,
  NetworkError,
  NoRetry,
  RequestTimeoutError,
  defaultRetryPolicy,
  isRetryableStatus,
  type RetryContext,
} from "../../../src/http/index.js";

const httpFailure = (status: number, retryAfterMs?: number): Omit<RetryContext, "attempt"> => ({
  error: new BatchException("failed", {
    httpStatusCode: status,
    httpStatusMessage: "x",
    retryAfter: retryAfterMs,
  }),
  statusCode: status,
  retryAfterMs,
});

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
  it("waits 2^n × delta for the n-th retry and stops after maxRetries", () => {
    const policy = new ExponentialRetry(100, 4);
    const delays = [1, 2, 3, 4, 5].map((attempt) => policy.shouldRetry({ attempt, ...httpFailure(500) }));
    expect(delays).toEqual([100, 200, 400, 800, undefined]);
  });

  it("caps the computed delay at maxBackoff", () => {
    const policy = new ExponentialRetry(1000, 10, 3000);
    expect([1, 2, 3, 4].map((attempt) => policy.shouldRetry({ attempt, ...httpFailure(503) }))).toEqual([
      1000, 2000, 3000, 3000,
    ]);
  });

  it("uses the service's Retry-After when present, within [delta, maximum]", () => {
    expect(new ExponentialRetry(100, 3, 10_000).shouldRetry({ attempt: 1, ...httpFailure(429, 5000) })).toBe(
      5000,
    );
    // Without maxBackoffMs the ceiling is the longest computed delay, 2^2 × 100.
    expect(new ExponentialRetry(100, 3).shouldRetry({ attempt: 1, ...httpFailure(429, 5000) })).toBe(400);
    expect(new ExponentialRetry(100, 3).shouldRetry({ attempt: 1, ...httpFailure(429, 0) })).toBe(100);
  });

  it("retries network failures and client timeouts but not other errors or 4xx", () => {
    const policy = new ExponentialRetry(10, 3);
    expect(policy.shouldRetry({ attempt: 1, error: new NetworkError("reset", "ECONNRESET") })).toBe(10);
    expect(policy.shouldRetry({ attempt: 1, error: new RequestTimeoutError(5) })).toBe(10);
    expect(policy.shouldRetry({ attempt: 1, error: new TypeError("bad") })).toBeUndefined();
    expect(policy.shouldRetry({ attempt: 1, ...httpFailure(404) })).toBeUndefined();
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
    expect([policy.deltaBackoffMs, policy.maxRetries, policy.maxBackoffMs]).toEqual([1000, 6, undefined]);
  });
});

describe("LinearRetry and NoRetry", () => {
  it("LinearRetry waits the same interval up to maxRetries, or Retry-After", () => {
    const policy = new LinearRetry(250, 2);
    expect([1, 2, 3].map((attempt) => policy.shouldRetry({ attempt, ...httpFailure(502) }))).toEqual([
      250,
      250,
      undefined,
    ]);
    expect(policy.shouldRetry({ attempt: 1, ...httpFailure(503, 400) })).toBe(400);
    // Retry-After never shortens the interval.
    expect(policy.shouldRetry({ attempt: 1, ...httpFailure(503, 40) })).toBe(250);
    expect(() => new LinearRetry(-1, 1)).toThrow(RangeError);
  });

  it("NoRetry never retries", () => {
    expect(new NoRetry().shouldRetry()).toBeUndefined();
  });
});
