/**
 * What a BatchClient's settings do to object-model requests: protocolOptions (retry policy, default
 * timeout), assignable customBehaviors, and user-written IRetryPolicy classes. msw answers at the HTTP boundary.
 */
import { describe, expect, it } from "vitest";
import { http, HttpResponse, delay } from "msw";
import {
  BatchClient,
  BatchClientBehavior,
  BatchException,
  BatchSharedKeyCredentials,
  LinearRetry,
  NoRetry,
  OperationContext,
  RequestInterceptor,
  RequestTimeoutError,
  RetryDecision,
  RetryPolicyProvider,
  type BatchClientOptions,
  type IRetryPolicy,
} from "../../../src/index.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const server = useMswServer();
const KEY = Buffer.from("client-settings-test-key-0123456").toString("base64");
const POOL_URL = `${TEST_BATCH_URL}/pools/p1`;

function open(options?: BatchClientOptions): BatchClient {
  return BatchClient.open(new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY), options);
}

/** Serves GET /pools/p1 with `statuses` in order (the last repeats); counts the attempts. */
function servePool(statuses: number[], wait = 0): { attempts: number } {
  const seen = { attempts: 0 };
  server.use(
    http.get(POOL_URL, async () => {
      seen.attempts++;
      if (wait) await delay(wait);
      const status = statuses[Math.min(seen.attempts - 1, statuses.length - 1)];
      if (status === 200) return HttpResponse.json({ id: "p1" });
      return HttpResponse.json({ code: "ServerBusy", message: { value: "busy" } }, { status });
    }),
  );
  return seen;
}

/** Records the per-attempt timeout each request starts with. */
function timeoutRecorder(): { behavior: RequestInterceptor; timeouts: number[] } {
  const timeouts: number[] = [];
  return { timeouts, behavior: new RequestInterceptor((request) => void timeouts.push(request.timeoutMs)) };
}

describe("BatchClient.open protocolOptions govern object-model requests", () => {
  it("retryPolicy: its attempts, not the default policy's", async () => {
    const seen = servePool([503]);
    const client = open({ protocolOptions: { retryPolicy: new LinearRetry(1, 2) } });
    await expect(client.poolOperations.getPool("p1")).rejects.toBeInstanceOf(BatchException);
    expect(seen.attempts).toBe(3);
    const providers = client.customBehaviors.filter((b) => b instanceof RetryPolicyProvider);
    expect(providers).toHaveLength(1);
    expect((providers[0] as RetryPolicyProvider).policy).toBeInstanceOf(LinearRetry);
  });

  it("retryPolicy NoRetry: one attempt", async () => {
    const seen = servePool([500]);
    const client = open({ protocolOptions: { retryPolicy: new NoRetry() } });
    await expect(client.poolOperations.getPool("p1")).rejects.toBeInstanceOf(BatchException);
    expect(seen.attempts).toBe(1);
  });

  it("defaultTimeoutMs: an attempt that takes longer ends in RequestTimeoutError", async () => {
    const seen = servePool([200], 2_000);
    const client = open({ protocolOptions: { defaultTimeoutMs: 50, retryPolicy: new NoRetry() } });
    await expect(client.poolOperations.getPool("p1")).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(seen.attempts).toBe(1);
  });

  it("defaultTimeoutMs is every request's timeout; downloads keep at least 180 s", async () => {
    servePool([200]);
    server.use(
      http.get(`${TEST_BATCH_URL}/jobs/j1/tasks/t1/files/stdout.txt`, () => HttpResponse.text("hello")),
    );
    for (const [defaultTimeoutMs, expected] of [
      [undefined, [60_000, 180_000]],
      [5_000, [5_000, 180_000]],
      [300_000, [300_000, 300_000]],
    ] as const) {
      const recorder = timeoutRecorder();
      const client = open({ protocolOptions: { defaultTimeoutMs } });
      client.customBehaviors.push(recorder.behavior);
      await client.poolOperations.getPool("p1");
      const text = await client.jobOperations.copyNodeFileContentToString({
        jobId: "j1",
        taskId: "t1",
        filePath: "stdout.txt",
      });
      expect(text).toBe("hello");
      expect(recorder.timeouts).toEqual(expected);
    }
  });
});

describe("customBehaviors is assignable, as in Batch .NET", () => {
  it("filtering out the retry policy provider leaves requests unretried", async () => {
    const seen = servePool([503]);
    const client = open();
    client.customBehaviors = client.customBehaviors.filter((b) => !(b instanceof RetryPolicyProvider));
    expect(client.customBehaviors).toEqual([]);
    await expect(client.poolOperations.getPool("p1")).rejects.toBeInstanceOf(BatchException);
    expect(seen.attempts).toBe(1);
  });

  it("an operations object and an entity take a new list; the parent keeps its own", async () => {
    const seen = servePool([503, 200]);
    const client = open({ customBehaviors: [RetryPolicyProvider.noRetryProvider()] });
    const poolOperations = client.poolOperations;
    poolOperations.customBehaviors = [RetryPolicyProvider.linearRetryProvider(1, 1)];
    const pool = await poolOperations.getPool("p1");
    expect(seen.attempts).toBe(2);
    expect(pool.customBehaviors[0]).toBe(poolOperations.customBehaviors[0]);

    pool.customBehaviors = [RetryPolicyProvider.noRetryProvider()];
    servePool([503]);
    await expect(pool.refresh()).rejects.toBeInstanceOf(BatchException);
    // The client's list was never touched.
    expect(client.customBehaviors).toHaveLength(1);
    expect((client.customBehaviors[0] as RetryPolicyProvider).policy).toBeInstanceOf(NoRetry);
  });

  it("the assigned array is the list: a later push takes effect", async () => {
    const seen = servePool([503, 200]);
    const client = open();
    const behaviors: BatchClientBehavior[] = [];
    client.customBehaviors = behaviors;
    behaviors.push(RetryPolicyProvider.linearRetryProvider(1, 1));
    await client.poolOperations.getPool("p1");
    expect(seen.attempts).toBe(2);
  });

  it("refuses anything but an array of behaviors", () => {
    const client = open();
    const operations = client.jobOperations;
    expect(() => (client.customBehaviors = null as unknown as BatchClientBehavior[])).toThrow(TypeError);
    expect(() => (operations.customBehaviors = [{}] as unknown as BatchClientBehavior[])).toThrow(TypeError);
  });
});

describe("a user class implementing IRetryPolicy drives retries", () => {
  /** Retries twice after 1 ms, asynchronously, and records what it was shown. */
  class TwiceThenGiveUp implements IRetryPolicy {
    readonly seen: { results: number; status: number | undefined; isBatchException: boolean }[] = [];
    async shouldRetry(exception: Error, operationContext: OperationContext): Promise<RetryDecision> {
      await delay(1);
      const last = operationContext.requestResults.at(-1);
      this.seen.push({
        results: operationContext.requestResults.length,
        status: last?.requestInformation?.httpStatusCode,
        isBatchException: last?.exception === exception && exception instanceof BatchException,
      });
      return operationContext.requestResults.length <= 2
        ? RetryDecision.retryWithDelay(1)
        : RetryDecision.noRetry;
    }
  }

  it("through a RetryPolicyProvider in customBehaviors", async () => {
    const seen = servePool([500, 503, 502, 200]);
    const policy = new TwiceThenGiveUp();
    const client = open({ customBehaviors: [new RetryPolicyProvider(policy)] });
    const error = await client.poolOperations.getPool("p1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchException);
    expect((error as BatchException).requestInformation.httpStatusCode).toBe(502);
    expect(seen.attempts).toBe(3);
    expect(policy.seen).toEqual([
      { results: 1, status: 500, isBatchException: true },
      { results: 2, status: 503, isBatchException: true },
      { results: 3, status: 502, isBatchException: true },
    ]);
  });

  it("through protocolOptions, and a policy that answers nonsense is reported", async () => {
    servePool([500, 200]);
    const client = open({ protocolOptions: { retryPolicy: new TwiceThenGiveUp() } });
    await expect(client.poolOperations.getPool("p1")).resolves.toMatchObject({ id: "p1" });

    const broken = { shouldRetry: () => Promise.resolve(5) } as unknown as IRetryPolicy;
    servePool([500]);
    await expect(
      open({ customBehaviors: [new RetryPolicyProvider(broken)] }).poolOperations.getPool("p1"),
    ).rejects.toThrow(/RetryDecision/);
  });
});
