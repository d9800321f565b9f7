import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { http as mswHttp, HttpResponse, delay } from "msw";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import {
  BatchException,
  ExponentialRetry,
  HttpPipeline,
  LinearRetry,
  NetworkError,
  NoRetry,
  RequestTimeoutError,
  RetryDecision,
  type IRetryPolicy,
} from "../../../src/http/index.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";
import { RecordingPolicy } from "../../support/recording-policy.js";

const KEY = Buffer.from("retry-test-key-retry-test-key-32").toString("base64");
const server = useMswServer();

function pipeline(retryPolicy: IRetryPolicy = new ExponentialRetry(1, 3)): HttpPipeline {
  return new HttpPipeline({
    signer: new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY),
    retryPolicy,
  });
}

/** Serves `statuses` in order (the last one repeats) and records the client-request-id of each attempt. */
function serveStatuses(statuses: number[], headers: Record<string, string> = {}): string[] {
  const ids: string[] = [];
  server.use(
    mswHttp.get(`${TEST_BATCH_URL}/pools/p1`, ({ request }) => {
      ids.push(request.headers.get("client-request-id") ?? "");
      const status = statuses[Math.min(ids.length - 1, statuses.length - 1)];
      if (status === 200) return HttpResponse.json({ id: "p1" });
      return HttpResponse.json(
        { code: `Code${status}`, message: { value: `status ${status}` } },
        { status, headers },
      );
    }),
  );
  return ids;
}

const getPool = { method: "GET", url: `${TEST_BATCH_URL}/pools/p1`, responseKind: "json" } as const;

describe("retry matrix", () => {
  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries ${status} and succeeds on the next attempt`, async () => {
      const ids = serveStatuses([status, 200]);
      const response = await pipeline().send(getPool);
      expect(response.body).toEqual({ id: "p1" });
      expect(ids).toHaveLength(2);
    });
  }

  for (const status of [400, 401, 403, 404, 409, 412, 501, 505]) {
    it(`does not retry ${status}`, async () => {
      const ids = serveStatuses([status, 200]);
      const error = await pipeline()
        .send(getPool)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BatchException);
      expect((error as BatchException).requestInformation.httpStatusCode).toBe(status);
      expect(ids).toHaveLength(1);
    });
  }

  it("gives up after maxRetries and rejects with the last failure", async () => {
    const ids = serveStatuses([503]);
    const error = await pipeline(new ExponentialRetry(1, 2))
      .send(getPool)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchException);
    expect((error as BatchException).requestInformation.batchError?.code).toBe("Code503");
    expect(ids).toHaveLength(3);
  });

  it("sends a fresh client-request-id on every attempt", async () => {
    const ids = serveStatuses([500, 500, 200]);
    await pipeline().send(getPool);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("uses the caller's client-request-id provider for each attempt", async () => {
    const ids = serveStatuses([500, 200]);
    let n = 0;
    await pipeline().send({ ...getPool, options: { clientRequestIdProvider: () => `id-${++n}` } });
    expect(ids).toEqual(["id-1", "id-2"]);
  });

  it("passes Retry-After in seconds to the policy", async () => {
    serveStatuses([429, 200], { "Retry-After": "0" });
    const policy = new RecordingPolicy(new ExponentialRetry(1, 3));
    await pipeline(policy).send(getPool);
    expect(policy.contexts[0]).toMatchObject({ attempt: 1, statusCode: 429, retryAfterMs: 0 });
    // Never below the policy's own minimum.
    expect(policy.delays).toEqual([1]);
  });

  it("passes Retry-After as an HTTP date to the policy", async () => {
    const soon = new Date(Date.now() + 1000).toUTCString();
    serveStatuses([503, 200], { "Retry-After": soon });
    const policy = new RecordingPolicy(new LinearRetry(1, 1));
    await pipeline(policy).send(getPool);
    const wait = policy.contexts[0].retryAfterMs!;
    expect(wait).toBeGreaterThanOrEqual(0);
    expect(wait).toBeLessThanOrEqual(1000);
    expect(policy.delays[0]).toBe(Math.max(wait, 1));
  });

  describe("keeps Retry-After within the policy's minimum and maximum", () => {
    const dayAhead = (): string => new Date(Date.now() + 86_400_000).toUTCString();
    it.each([
      ["negative", "-5", [5, 10]],
      ["garbage", "soon-ish", [5, 10]],
      ["fractional overflow", "1e400", [5, 10]],
      ["overflowing", "99999999999999999999999", [10, 10]],
      ["zero", "0", [5, 5]],
      ["a day long", "86400", [10, 10]],
    ])("exponential, %s (%s)", async (_, header, expected) => {
      serveStatuses([503, 503, 200], { "Retry-After": header });
      const policy = new RecordingPolicy(new ExponentialRetry(5, 2));
      await pipeline(policy).send(getPool);
      expect(policy.delays).toEqual(expected);
    });

    it("exponential, an HTTP date a day ahead waits at most maxBackoff", async () => {
      serveStatuses([503, 503, 200], { "Retry-After": dayAhead() });
      const policy = new RecordingPolicy(new ExponentialRetry(5, 6, 20));
      await pipeline(policy).send(getPool);
      expect(policy.delays).toEqual([20, 20]);
    });

    it("linear, a day-long value waits at most maxBackoff; a negative one the interval", async () => {
      serveStatuses([503, 503, 200], { "Retry-After": "86400" });
      const capped = new RecordingPolicy(new LinearRetry(5, 2, 15));
      await pipeline(capped).send(getPool);
      expect(capped.delays).toEqual([15, 15]);

      serveStatuses([503, 503, 200], { "Retry-After": "-1" });
      const negative = new RecordingPolicy(new LinearRetry(5, 2));
      await pipeline(negative).send(getPool);
      expect(negative.delays).toEqual([5, 5]);
    });
  });

  it("waits the exponential delays 1×, 2×, 4× delta between attempts", async () => {
    serveStatuses([500, 500, 500, 200]);
    const policy = new RecordingPolicy(new ExponentialRetry(20, 5));
    const started = Date.now();
    await pipeline(policy).send(getPool);
    expect(policy.delays).toEqual([20, 40, 80]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(135);
  });

  it("waits the linear interval between attempts", async () => {
    serveStatuses([500, 500, 200]);
    const policy = new RecordingPolicy(new LinearRetry(30, 5));
    const started = Date.now();
    await pipeline(policy).send(getPool);
    expect(policy.delays).toEqual([30, 30]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("a request's own retry policy replaces the pipeline's", async () => {
    const ids = serveStatuses([500, 200]);
    const error = await pipeline()
      .send({ ...getPool, options: { retryPolicy: new NoRetry() } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchException);
    expect(ids).toHaveLength(1);
  });

  it("retries a per-attempt client timeout, then fails with RequestTimeoutError", async () => {
    let attempts = 0;
    server.use(
      // Never answers: only the client's own timeout can end an attempt.
      mswHttp.get(`${TEST_BATCH_URL}/pools/p1`, async () => {
        attempts++;
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const error = await pipeline(new LinearRetry(1, 2))
      .send({ ...getPool, options: { timeoutMs: 50 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).timeoutMs).toBe(50);
    expect(attempts).toBe(3);
  });

  it("recovers from a timed-out attempt", async () => {
    let attempts = 0;
    server.use(
      mswHttp.get(`${TEST_BATCH_URL}/pools/p1`, async () => {
        if (++attempts === 1) await delay(2000);
        return HttpResponse.json({ id: "p1" });
      }),
    );
    const response = await pipeline().send({ ...getPool, options: { timeoutMs: 50 } });
    expect(response.body).toEqual({ id: "p1" });
    expect(attempts).toBe(2);
  });
});

describe("cancellation", () => {
  it("rejects at once with the signal's reason while a request is in flight", async () => {
    const controller = new AbortController();
    const reason = new Error("stop now");
    let received = 0;
    server.use(
      // Aborts once the request has arrived and never answers: only the signal can end the wait.
      mswHttp.get(`${TEST_BATCH_URL}/pools/p1`, async () => {
        received++;
        controller.abort(reason);
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const error = await pipeline()
      .send({ ...getPool, options: { signal: controller.signal } })
      .catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(received).toBe(1);
  });

  it("rejects at once with the signal's reason during backoff", async () => {
    const ids = serveStatuses([503]);
    const controller = new AbortController();
    // A backoff far longer than the test may run: only the signal can end it.
    const policy = new RecordingPolicy(new LinearRetry(3_600_000, 3, 3_600_000));
    const pending = pipeline(policy)
      .send({ ...getPool, options: { signal: controller.signal } })
      .catch((e: unknown) => e);
    await vi.waitFor(() => expect(policy.delays).toEqual([3_600_000]), { timeout: 10_000 });
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect(ids).toHaveLength(1);
  });

  it("rejects with a reason that is not an Error exactly as given", async () => {
    server.use(
      mswHttp.get(`${TEST_BATCH_URL}/pools/p1`, async () => {
        controller.abort("user gave up");
        await delay("infinite");
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const error = await pipeline()
      .send({ ...getPool, options: { signal: controller.signal } })
      .catch((e: unknown) => e);
    expect(error).toBe("user gave up");
  });

  it("a subclass of a built-in policy decides the number of retries itself", async () => {
    const ids = serveStatuses([503, 503, 503, 200]);
    class Persistent extends LinearRetry {
      override shouldRetry(): Promise<RetryDecision> {
        return Promise.resolve(RetryDecision.retryWithDelay(1));
      }
    }
    const response = await pipeline(new Persistent(1, 1)).send(getPool);
    expect(response.body).toEqual({ id: "p1" });
    expect(ids).toHaveLength(4);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const ids = serveStatuses([200]);
    const reason = new Error("too late");
    const error = await pipeline()
      .send({ ...getPool, options: { signal: AbortSignal.abort(reason) } })
      .catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(ids).toHaveLength(0);
  });
});

describe("network failures (real local server)", () => {
  let socketServer: http.Server;
  let base: string;
  let connections = 0;

  beforeAll(async () => {
    // Resets the first two connections, then answers normally.
    socketServer = http.createServer((req, res) => {
      if (++connections <= 2) {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "p1" }));
    });
    await new Promise<void>((resolve) => socketServer.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(socketServer.address() as AddressInfo).port}`;
    server.close(); // let requests reach the real socket
  });
  afterAll(async () => {
    await new Promise((resolve) => socketServer.close(resolve));
  });

  it("retries connection resets and keeps the system error as the cause", async () => {
    const policy = new RecordingPolicy(new ExponentialRetry(1, 3));
    const p = new HttpPipeline({
      signer: new BatchSharedKeyCredentials(base, "testaccount", KEY),
      retryPolicy: policy,
    });
    const response = await p.send({ method: "GET", url: `${base}/pools/p1`, responseKind: "json" });
    expect(response.body).toEqual({ id: "p1" });
    expect(policy.contexts).toHaveLength(2);
    const first = policy.contexts[0].error;
    expect(first).toBeInstanceOf(NetworkError);
    expect((first as NetworkError).code).toBe("ECONNRESET");
    expect(first.cause).toBeInstanceOf(Error);
    expect(policy.contexts[0].statusCode).toBeUndefined();
  });

  it("fails with NetworkError when the connection is refused and retries are exhausted", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const url = `http://127.0.0.1:${port}`;
    const p = new HttpPipeline({
      signer: new BatchSharedKeyCredentials(url, "testaccount", KEY),
      retryPolicy: new LinearRetry(1, 1),
    });
    const error = await p
      .send({ method: "GET", url: `${url}/pools`, responseKind: "json" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe("ECONNREFUSED");
  });
});
