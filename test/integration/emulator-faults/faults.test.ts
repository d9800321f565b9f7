import { afterEach, describe, expect, it } from "vitest";
import {
  startLocalBatchService,
  type LocalBatchService,
  type LocalBatchServiceOptions,
} from "../../../src/emulator/index.js";
import {
  BatchClient,
  BatchSharedKeyCredentials,
  CloudTask,
  RetryPolicyProvider,
} from "../../../src/index.js";
import { isBatchError, poolBody, signedRequest } from "../emulator/support.js";

const started: LocalBatchService[] = [];

async function start(options: LocalBatchServiceOptions): Promise<LocalBatchService> {
  const service = await startLocalBatchService({ timeScale: 0, runTasks: false, ...options });
  started.push(service);
  return service;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

async function poolWithJob(service: LocalBatchService, poolId = "pool1", jobId = "job1"): Promise<void> {
  const pool = await signedRequest(service, "POST", "/pools", { body: poolBody(poolId) });
  expect(pool.status).toBe(201);
  const job = await signedRequest(service, "POST", "/jobs", { body: { id: jobId, poolInfo: { poolId } } });
  expect(job.status).toBe(201);
}

async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("request faults", () => {
  it("answers a failed request with a BatchError and Retry-After, without processing it", async () => {
    const service = await start({
      faults: { failRequestFraction: 1, failStatuses: [503], retryAfterSeconds: 2, operations: ["Pool_Add"] },
    });
    const answer = await signedRequest(service, "POST", "/pools", { body: poolBody("p1") });
    expect(answer.status).toBe(503);
    expect(answer.headers["retry-after"]).toBe("2");
    expect(isBatchError(answer.body) && answer.body.code).toBe("ServerBusy");
    expect(answer.headers["request-id"]).toBeTruthy();
    const get = await signedRequest(service, "GET", "/pools/p1");
    expect(get.status).toBe(404);
    expect(service.faults.stats.failedRequests).toBe(1);
  });

  it("drops the connection before processing: nothing changes", async () => {
    const service = await start({ faults: { dropConnectionFraction: 1, operations: ["Pool_Add"] } });
    await expect(signedRequest(service, "POST", "/pools", { body: poolBody("p1") })).rejects.toThrow();
    expect(service.service.store.pools.find("p1")).toBeUndefined();
    expect((await signedRequest(service, "GET", "/pools")).status).toBe(200);
    expect(service.faults.stats.droppedConnections).toBe(1);
  });

  it("loses the response after processing: the change stands and a resubmission conflicts", async () => {
    const service = await start({ faults: { loseResponseFraction: 1, operations: ["Pool_Add"] } });
    await expect(signedRequest(service, "POST", "/pools", { body: poolBody("p1") })).rejects.toThrow();
    expect(service.service.store.pools.find("p1")).toBeDefined();
    expect(service.faults.stats.lostResponses).toBe(1);
    service.faults.configure({ loseResponseFraction: 0 });
    const again = await signedRequest(service, "POST", "/pools", { body: poolBody("p1") });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("PoolExists");
  });

  it("injects the same faults for the same seed", async () => {
    const statuses = async (seed: number): Promise<number[]> => {
      const service = await start({ faults: { seed, failRequestFraction: 0.5 } });
      const seen: number[] = [];
      for (let i = 0; i < 24; i++) seen.push((await signedRequest(service, "GET", "/pools")).status);
      return seen;
    };
    const first = await statuses(7);
    expect(new Set(first)).toEqual(new Set([200, 500, 503]));
    expect(await statuses(7)).toEqual(first);
    expect(await statuses(8)).not.toEqual(first);
  });

  it("can be turned on and off while the service runs", async () => {
    const service = await start({});
    expect((await signedRequest(service, "GET", "/pools")).status).toBe(200);
    service.faults.configure({ failRequestFraction: 1, failStatuses: [500] });
    const failed = await signedRequest(service, "GET", "/pools");
    expect(failed.status).toBe(500);
    expect(failed.body.code).toBe("InternalError");
    service.faults.configure({ failRequestFraction: 0 });
    expect((await signedRequest(service, "GET", "/pools")).status).toBe(200);
    expect(() => service.faults.configure({ dropConnectionFraction: 2 })).toThrow(RangeError);
  });

  it("refuses bad options before starting", async () => {
    await expect(startLocalBatchService({ faults: { failRequestFraction: -1 } })).rejects.toThrow(RangeError);
  });
});

describe("servererror results in add-collection", () => {
  it("reports the chosen tasks as servererror and does not add them", async () => {
    const service = await start({ faults: { seed: 3, taskServerErrorFraction: 0.3 } });
    await poolWithJob(service);
    const value = Array.from({ length: 100 }, (_, i) => ({ id: `t${i}`, commandLine: "/bin/true" }));
    const answer = await signedRequest(service, "POST", "/jobs/job1/addtaskcollection", { body: { value } });
    expect(answer.status).toBe(200);
    const results = answer.body.value as { status: string; taskId: string; error?: { code: string } }[];
    expect(results.map((r) => r.taskId)).toEqual(value.map((t) => t.id));
    const failed = results.filter((r) => r.status === "servererror");
    expect(failed.length).toBeGreaterThan(15);
    expect(failed.length).toBeLessThan(45);
    expect(failed.every((r) => r.error?.code === "ServerBusy")).toBe(true);
    expect(results.filter((r) => r.status === "success")).toHaveLength(100 - failed.length);
    const job = service.service.store.jobs.get("job1");
    expect(job.tasks.size).toBe(100 - failed.length);
    for (const r of failed) expect(job.tasks.find(r.taskId)).toBeUndefined();
    expect(service.faults.stats.taskServerErrors).toBe(failed.length);
  });

  it("still refuses a collection for an unknown job as a whole", async () => {
    const service = await start({ faults: { taskServerErrorFraction: 1 } });
    const answer = await signedRequest(service, "POST", "/jobs/nojob/addtaskcollection", {
      body: { value: [{ id: "a", commandLine: "/bin/true" }] },
    });
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe("JobNotFound");
    expect(service.faults.stats.taskServerErrors).toBe(0);
  });

  it("loses no task and duplicates none when the add-task workflow meets every fault kind", async () => {
    const service = await start({
      faults: {
        seed: 11,
        failRequestFraction: 0.1,
        dropConnectionFraction: 0.03,
        loseResponseFraction: 0.03,
        taskServerErrorFraction: 0.05,
        retryAfterSeconds: 0,
        operations: ["Task_AddCollection"],
      },
    });
    await poolWithJob(service);
    const client = BatchClient.open(
      new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
      {
        customBehaviors: [RetryPolicyProvider.linearRetryProvider(5, 20)],
      },
    );
    const tasks = Array.from({ length: 1000 }, (_, i) => new CloudTask(`task-${i}`, "/bin/true"));
    const summary = await client.jobOperations.addTask("job1", tasks, {
      parallelOptions: { maxDegreeOfParallelism: 4 },
    });
    const ids = service.service.store.jobs
      .get("job1")
      .tasks.list()
      .map((t) => String(t.data.id));
    expect(ids).toHaveLength(1000);
    expect(new Set(ids)).toEqual(new Set(tasks.map((t) => t.id)));
    const stats = service.faults.stats;
    expect(stats.failedRequests + stats.droppedConnections + stats.lostResponses).toBeGreaterThan(0);
    expect(stats.taskServerErrors).toBeGreaterThan(0);
    expect(summary.added).toBe(1000);
    // servererror results inside a lost response are never seen by the client, so the two need not match.
    expect(summary.resubmissions).toBeGreaterThan(0);
  });
});

describe("node faults", () => {
  const startTask = { commandLine: "/bin/true", waitForSuccess: true, maxTaskRetryCount: 2 };

  it("fails the start task on the next nodes of a pool", async () => {
    const service = await start({});
    service.faults.failStartTask("pool1", 1);
    const answer = await signedRequest(service, "POST", "/pools", {
      body: poolBody("pool1", { targetDedicatedNodes: 3, startTask }),
    });
    expect(answer.status).toBe(201);
    const pool = service.service.store.pools.get("pool1");
    const nodes = await waitFor(() => (pool.nodes.size === 3 ? pool.nodes.list() : undefined), "3 nodes");
    await new Promise((r) => setImmediate(r));
    const failed = nodes.filter((n) => n.data.state === "starttaskfailed");
    expect(failed).toHaveLength(1);
    expect(failed[0].data.startTaskInfo).toMatchObject({
      state: "completed",
      result: "failure",
      exitCode: 1,
      retryCount: 2,
      failureInfo: { category: "usererror", code: "FailureExitCode" },
    });
    expect(nodes.filter((n) => n.data.state === "idle")).toHaveLength(2);
    const listed = await signedRequest(service, "GET", `/pools/pool1/nodes/${String(failed[0].data.id)}`);
    expect(listed.body.state).toBe("starttaskfailed");
    expect(service.faults.stats.startTaskFailures).toBe(1);
  });

  it("fails start tasks by fraction, deterministically, and only where a start task exists", async () => {
    const outcome = async (): Promise<string[]> => {
      const service = await start({ faults: { seed: 21, startTaskFailureFraction: 0.5 } });
      await signedRequest(service, "POST", "/pools", { body: poolBody("bare", { targetDedicatedNodes: 2 }) });
      await signedRequest(service, "POST", "/pools", {
        body: poolBody("pool1", { targetDedicatedNodes: 8, startTask }),
      });
      const bare = service.service.store.pools.get("bare");
      const pool = service.service.store.pools.get("pool1");
      await waitFor(() => (pool.nodes.size === 8 && bare.nodes.size === 2 ? true : undefined), "nodes");
      // A node joining idle counts its start task as run once the current turn ends.
      await new Promise((r) => setImmediate(r));
      expect(bare.nodes.list().every((n) => n.data.state === "idle")).toBe(true);
      return pool.nodes.list().map((n) => String(n.data.state));
    };
    const first = await outcome();
    expect(first).toContain("starttaskfailed");
    expect(first).toContain("idle");
    expect(await outcome()).toEqual(first);
  });

  it("kills a node: unusable, with an error, and counted", async () => {
    const service = await start({});
    await signedRequest(service, "POST", "/pools", { body: poolBody("pool1", { targetDedicatedNodes: 2 }) });
    const pool = service.service.store.pools.get("pool1");
    const [node] = await waitFor(() => (pool.nodes.size === 2 ? pool.nodes.list() : undefined), "nodes");
    service.faults.killNode("POOL1", String(node.data.id));
    const answer = await signedRequest(service, "GET", `/pools/pool1/nodes/${String(node.data.id)}`);
    expect(answer.body.state).toBe("unusable");
    expect(answer.body.errors[0].code).toBe("NodeUnresponsive");
    expect(service.faults.stats.killedNodes).toBe(1);
    expect(() => service.faults.killNode("pool1", "nonode")).toThrow(RangeError);
    expect(() => service.faults.failStartTask("pool1", 0)).toThrow(RangeError);
  });
});

describe("node faults with tasks running", () => {
  async function twoNodePool(service: LocalBatchService, extra: Record<string, unknown> = {}) {
    await signedRequest(service, "POST", "/pools", {
      body: poolBody("pool1", { targetDedicatedNodes: 2, ...extra }),
    });
    const pool = service.service.store.pools.get("pool1");
    await waitFor(
      () =>
        pool.nodes.size === 2 &&
        pool.nodes
          .list()
          .every(
            (n) =>
              n.data.state !== "creating" &&
              n.data.state !== "starting" &&
              n.data.state !== "waitingforstarttask",
          )
          ? true
          : undefined,
      "2 settled nodes",
    );
    return pool;
  }

  async function runTasks(service: LocalBatchService, count: number): Promise<string[]> {
    await signedRequest(service, "POST", "/jobs", { body: { id: "job1", poolInfo: { poolId: "pool1" } } });
    const value = Array.from({ length: count }, (_, i) => ({ id: `t${i}`, commandLine: "/bin/true" }));
    await signedRequest(service, "POST", "/jobs/job1/addtaskcollection", { body: { value } });
    const job = service.service.store.jobs.get("job1");
    const tasks = await waitFor(
      () => (job.tasks.list().every((t) => t.data.state === "completed") ? job.tasks.list() : undefined),
      "completed tasks",
    );
    return tasks.map((t) => String((t.data.nodeInfo as { nodeId: string }).nodeId));
  }

  it("requeues the tasks running on a node when it is killed, and runs them elsewhere", async () => {
    const service = await start({ runTasks: true });
    const pool = await twoNodePool(service);
    await signedRequest(service, "POST", "/jobs", { body: { id: "job1", poolInfo: { poolId: "pool1" } } });
    const value = ["a", "b"].map((id) => ({ id, commandLine: "sleep 0.4" }));
    await signedRequest(service, "POST", "/jobs/job1/addtaskcollection", { body: { value } });
    const job = service.service.store.jobs.get("job1");
    await waitFor(
      () => (job.tasks.list().every((t) => t.data.state === "running") ? true : undefined),
      "both tasks running",
    );
    const victim = job.tasks.get("a");
    const killed = String((victim.data.nodeInfo as { nodeId: string }).nodeId);
    const survivor = String(pool.nodes.list().find((n) => String(n.data.id) !== killed)!.data.id);
    service.faults.killNode("pool1", killed);
    await waitFor(() => (victim.data.state === "active" ? true : undefined), "the task back in the queue");
    expect(victim.data.executionInfo).toMatchObject({ requeueCount: 1 });
    await waitFor(
      () => (job.tasks.list().every((t) => t.data.state === "completed") ? true : undefined),
      "both tasks completed",
    );
    expect(victim.data.nodeInfo).toMatchObject({ nodeId: survivor });
    expect(victim.data.executionInfo).toMatchObject({ result: "success", exitCode: 0 });
    expect(pool.nodes.get(killed).data).toMatchObject({ state: "unusable", runningTasksCount: 0 });
  });

  it("fails a start task the scheduler runs, and keeps tasks off that node", async () => {
    const service = await start({ runTasks: true });
    service.faults.failStartTask("pool1", 1);
    const pool = await twoNodePool(service, {
      startTask: { commandLine: "/bin/true", waitForSuccess: true },
    });
    const states = pool.nodes.list().map((n) => String(n.data.state));
    expect(states.sort()).toEqual(["idle", "starttaskfailed"]);
    const failed = pool.nodes.list().find((n) => n.data.state === "starttaskfailed")!;
    expect(failed.data.startTaskInfo).toMatchObject({ result: "failure", exitCode: 1 });
    const used = await runTasks(service, 4);
    expect(used).not.toContain(String(failed.data.id));
    expect(service.faults.stats.startTaskFailures).toBe(1);
  });

  it("places no task on a killed node", async () => {
    const service = await start({ runTasks: true });
    const pool = await twoNodePool(service);
    const killed = String(pool.nodes.list()[0].data.id);
    service.faults.killNode("pool1", killed);
    const used = await runTasks(service, 4);
    expect(used).toHaveLength(4);
    expect(used).not.toContain(killed);
  });
});
