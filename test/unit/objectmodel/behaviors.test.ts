import { describe, expect, it } from "vitest";
import { http, HttpResponse, delay } from "msw";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { BatchException, RequestTimeoutError } from "../../../src/http/errors.js";
import { ExponentialRetry } from "../../../src/http/index.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import {
  AddTaskResultStatus,
  type AddTaskResult,
  type AddableTask,
} from "../../../src/objectmodel/add-task/index.js";
import {
  AddTaskCollectionResultHandler,
  BatchClientBehavior,
  BatchRequestTimeout,
  ClientRequestIdProvider,
  RequestInterceptor,
  RetryPolicyProvider,
  inheritBehaviors,
  resolveAddTaskResultHandler,
  resolveRequestOptions,
  type CallOptions,
} from "../../../src/objectmodel/behaviors.js";
import { AddTaskCollectionTerminatedException } from "../../../src/objectmodel/errors.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";
import { RecordingPolicy } from "../../support/recording-policy.js";

const server = useMswServer();
const KEY = Buffer.from("behavior-test-key-behavior-test!").toString("base64");
const protocol = new ProtocolClient(
  TEST_BATCH_URL,
  new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY),
);
const POOL_URL = `${TEST_BATCH_URL}/pools/p1`;

interface Attempt {
  at: number;
  headers: Headers;
  url: URL;
}

/** Serves `statuses` in order (the last repeats); records each attempt. */
function serve(statuses: number[], wait = 0): Attempt[] {
  const attempts: Attempt[] = [];
  server.use(
    http.get(POOL_URL, async ({ request }) => {
      attempts.push({ at: Date.now(), headers: request.headers, url: new URL(request.url) });
      if (wait) await delay(wait);
      const status = statuses[Math.min(attempts.length - 1, statuses.length - 1)];
      if (status === 200) return HttpResponse.json({ id: "p1" });
      return HttpResponse.json({ code: "ServerBusy", message: { value: "busy" } }, { status });
    }),
  );
  return attempts;
}

/** Gets pool p1 the way an operations object does: behaviors turned into request options. */
function getPool(behaviors: BatchClientBehavior[], call?: CallOptions): Promise<unknown> {
  return protocol.pool.get({ poolId: "p1", requestOptions: resolveRequestOptions(behaviors, call) });
}

const gaps = (attempts: Attempt[]): number[] => attempts.slice(1).map((a, i) => a.at - attempts[i].at);

describe("RetryPolicyProvider", () => {
  it("exponential: waits delta, 2×delta, … and stops after maxRetries", async () => {
    const attempts = serve([503]);
    const error = await getPool([RetryPolicyProvider.exponentialRetryProvider(40, 2)]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BatchException);
    expect(attempts).toHaveLength(3);
    const [first, second] = gaps(attempts);
    expect(first).toBeGreaterThanOrEqual(38);
    expect(second).toBeGreaterThanOrEqual(78);
  });

  it("exponential: maxBackoff caps the delay", async () => {
    const attempts = serve([503, 503, 503, 200]);
    // The decisions are recorded rather than timed: a loaded machine stretches every gap.
    const policy = new RecordingPolicy(new ExponentialRetry(30, 5, 35));
    await getPool([new RetryPolicyProvider(policy)]);
    expect(attempts).toHaveLength(4);
    expect(policy.delays).toEqual([30, 35, 35]);
  });

  it("linear: the same delay before every retry", async () => {
    const attempts = serve([500, 500, 200]);
    await getPool([RetryPolicyProvider.linearRetryProvider(30, 3)]);
    expect(attempts).toHaveLength(3);
    for (const gap of gaps(attempts)) expect(gap).toBeGreaterThanOrEqual(28);
  });

  it("none: a single attempt", async () => {
    const attempts = serve([503]);
    await expect(getPool([RetryPolicyProvider.noRetryProvider()])).rejects.toBeInstanceOf(BatchException);
    expect(attempts).toHaveLength(1);
  });

  it("does not retry a client error", async () => {
    const attempts = serve([409]);
    await expect(getPool([RetryPolicyProvider.linearRetryProvider(1, 3)])).rejects.toBeInstanceOf(
      BatchException,
    );
    expect(attempts).toHaveLength(1);
  });

  it("the last provider wins, and a call's additional behaviors come last", async () => {
    const attempts = serve([503]);
    const client = [
      RetryPolicyProvider.linearRetryProvider(1, 4),
      RetryPolicyProvider.linearRetryProvider(1, 1),
    ];
    await expect(getPool(client)).rejects.toBeInstanceOf(BatchException);
    expect(attempts).toHaveLength(2);
    await expect(
      getPool(client, { additionalBehaviors: [RetryPolicyProvider.noRetryProvider()] }),
    ).rejects.toBeInstanceOf(BatchException);
    expect(attempts).toHaveLength(3);
  });

  it("rejects bad arguments", () => {
    expect(() => RetryPolicyProvider.exponentialRetryProvider(-1, 3)).toThrow(RangeError);
    expect(() => RetryPolicyProvider.linearRetryProvider(10, 1.5)).toThrow(RangeError);
    expect(() => new RetryPolicyProvider({} as never)).toThrow(TypeError);
  });
});

describe("timeouts and cancellation", () => {
  it("BatchRequestTimeout's client timeout ends a slow attempt with RequestTimeoutError", async () => {
    const attempts = serve([200], 400);
    const error = await getPool([
      RetryPolicyProvider.noRetryProvider(),
      new BatchRequestTimeout(undefined, 50),
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).timeoutMs).toBe(50);
    expect(attempts).toHaveLength(1);
  });

  it("a timed-out attempt is retried, a cancelled call is not", async () => {
    const attempts = serve([200], 300);
    await expect(
      getPool([RetryPolicyProvider.linearRetryProvider(1, 1), new BatchRequestTimeout(undefined, 40)]),
    ).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(attempts).toHaveLength(2);

    const controller = new AbortController();
    const reason = new Error("cancelled by the user");
    setTimeout(() => controller.abort(reason), 40);
    // The server answers 200 after 300 ms: rejecting with the reason means the abort ended the wait.
    await expect(
      getPool([RetryPolicyProvider.linearRetryProvider(1, 5)], { signal: controller.signal }),
    ).rejects.toBe(reason);
    expect(attempts).toHaveLength(3);
  });

  it("BatchRequestTimeout's server timeout is sent as whole seconds", async () => {
    const attempts = serve([200]);
    await getPool([new BatchRequestTimeout(30_500)]);
    expect(attempts[0].url.searchParams.get("timeout")).toBe("30");
  });

  it("refuses a client timeout below 1 ms", () => {
    expect(() => new BatchRequestTimeout(undefined, 0)).toThrow(RangeError);
  });
});

describe("RequestInterceptor and ClientRequestIdProvider", () => {
  it("interceptors run in order and can change headers and the query", async () => {
    const attempts = serve([200]);
    const first = new RequestInterceptor((request) => {
      request.headers["x-trace"] = "one";
    });
    const second = new RequestInterceptor((request) => {
      request.headers["x-trace"] += ",two";
      request.url.searchParams.set("extra", "1");
    });
    const third = new RequestInterceptor(async (request) => {
      await delay(1);
      request.headers["x-trace"] += ",three";
    });
    await getPool([first, second], { additionalBehaviors: [third] });
    expect(attempts[0].headers.get("x-trace")).toBe("one,two,three");
    expect(attempts[0].url.searchParams.get("extra")).toBe("1");
  });

  it("a later change to an interceptor's handler takes effect", async () => {
    const attempts = serve([200]);
    const interceptor = new RequestInterceptor(() => undefined);
    const behaviors = [interceptor];
    interceptor.modificationInterceptHandler = (request) => {
      request.headers["x-late"] = "yes";
    };
    await getPool(behaviors);
    expect(attempts[0].headers.get("x-late")).toBe("yes");
  });

  it("the client-request-id provider is asked for every attempt; the last provider wins", async () => {
    const attempts = serve([503, 200]);
    let n = 0;
    const ids = ["00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"];
    await getPool([
      new ClientRequestIdProvider(() => "11111111-1111-1111-1111-111111111111"),
      new ClientRequestIdProvider(() => ids[n++]),
      RetryPolicyProvider.linearRetryProvider(1, 2),
    ]);
    expect(attempts.map((a) => a.headers.get("client-request-id"))).toEqual(ids);
  });

  it("rejects things that are not behaviors", () => {
    expect(() => new RequestInterceptor(undefined as never)).toThrow(TypeError);
    expect(() => new ClientRequestIdProvider("id" as never)).toThrow(TypeError);
    expect(() => resolveRequestOptions([{} as BatchClientBehavior])).toThrow(/behaviors\[0\]/);
    expect(() => resolveRequestOptions([], { additionalBehaviors: [null as never] })).toThrow(
      /additionalBehaviors\[0\]/,
    );
  });
});

describe("behavior inheritance", () => {
  it("a child gets a copy: changes on either side stay there", () => {
    const retry = RetryPolicyProvider.noRetryProvider();
    const parent: BatchClientBehavior[] = [retry];
    const child = inheritBehaviors(parent);
    expect(child).toEqual([retry]);
    child.push(new BatchRequestTimeout(1_000));
    parent.push(new ClientRequestIdProvider(() => "x"));
    expect(child).toHaveLength(2);
    expect(parent).toHaveLength(2);
    expect(child[1]).toBeInstanceOf(BatchRequestTimeout);
    expect(parent[1]).toBeInstanceOf(ClientRequestIdProvider);
  });
});

describe("AddTaskCollectionResultHandler", () => {
  const task = { id: "t1" } as AddableTask;
  const result = (partial: Partial<AddTaskResult>): AddTaskResult => ({
    task,
    taskId: "t1",
    retryCount: 0,
    status: "success",
    ...partial,
  });
  const standard = AddTaskCollectionResultHandler.defaultAddTaskCollectionResultHandler;

  it("default: success, retry server errors, TaskExists only after a resubmission", () => {
    expect(standard(result({}))).toBe(AddTaskResultStatus.Success);
    expect(standard(result({ status: "servererror", error: { code: "ServerBusy" } }))).toBe(
      AddTaskResultStatus.Retry,
    );
    const exists = { status: "clienterror" as const, error: { code: "TaskExists" } };
    expect(standard(result({ ...exists, retryCount: 1 }))).toBe(AddTaskResultStatus.Success);
    expect(() => standard(result(exists))).toThrow(AddTaskCollectionTerminatedException);
    expect(() =>
      standard(result({ status: "clienterror", error: { code: "InvalidPropertyValue" } })),
    ).toThrow(/'t1'.*InvalidPropertyValue/);
  });

  it("the last handler in the list is the one used", () => {
    const always = new AddTaskCollectionResultHandler(() => AddTaskResultStatus.Retry);
    expect(resolveAddTaskResultHandler([])).toBe(standard);
    expect(resolveAddTaskResultHandler([new AddTaskCollectionResultHandler(() => "success"), always])).toBe(
      always.resultHandler,
    );
    expect(() => new AddTaskCollectionResultHandler(null as never)).toThrow(TypeError);
  });
});
