import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { BatchClient, BatchException, BatchSharedKeyCredentials, CloudTask } from "../../../src/index.js";
import { poolBody, signedRequest } from "../emulator/support.js";

// At time scale 0.001 a sample period (30 s) takes 30 ms and the shortest evaluation interval (5 min) 300 ms.
const FIVE_MINUTES = 5 * 60_000;
let service: LocalBatchService;
let client: BatchClient;

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0.001, runTasks: false });
  client = BatchClient.open(
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
});

afterAll(async () => {
  await service.close();
});

async function createPool(id: string, extra: Record<string, unknown> = {}): Promise<void> {
  const answer = await signedRequest(service, "POST", "/pools", { body: poolBody(id, extra) });
  expect(answer.status).toBe(201);
}

async function createJob(id: string, poolId: string): Promise<void> {
  const answer = await signedRequest(service, "POST", "/jobs", { body: { id, poolInfo: { poolId } } });
  expect(answer.status).toBe(201);
}

async function waitForNodes(poolId: string, count: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pool = await client.poolOperations.getPool(poolId);
    if (
      pool.currentDedicatedComputeNodes === count &&
      pool.targetDedicatedComputeNodes === count &&
      pool.allocationState === "steady"
    )
      return;
    if (Date.now() > deadline)
      throw new Error(
        `pool ${poolId} has ${pool.currentDedicatedComputeNodes} nodes (target ${pool.targetDedicatedComputeNodes}), not ${count}`,
      );
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function errorCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BatchException) return error.requestInformation.batchError?.code;
    throw error;
  }
  throw new Error("expected the request to fail");
}

describe("autoscale", () => {
  it("follows pending tasks: the pool grows with tasks and shrinks without them", async () => {
    await createPool("follow");
    await createJob("follow-job", "follow");
    const removing: string[] = [];
    service.service.store.events.on("nodeRemoving", (e) => {
      if (e.poolId === "follow") removing.push(e.deallocationOption);
    });
    await client.poolOperations.enableAutoScale("follow", {
      autoscaleFormula:
        "pending = $PendingTasks.GetSample(1); $TargetDedicatedNodes = min(6, pending); $NodeDeallocationOption = taskcompletion;",
      autoscaleEvaluationInterval: FIVE_MINUTES,
    });
    await waitForNodes("follow", 0);
    await client.jobOperations.addTask(
      "follow-job",
      Array.from({ length: 4 }, (_, i) => new CloudTask(`t${i}`, "/bin/true")),
    );
    await waitForNodes("follow", 4);
    const grown = await client.poolOperations.getPool("follow");
    expect(grown.autoScaleRun?.results).toBe(
      "$TargetDedicatedNodes=4;$TargetLowPriorityNodes=0;$NodeDeallocationOption=taskcompletion;pending=[4]",
    );
    expect(grown.autoScaleRun?.error).toBeUndefined();
    for (let i = 0; i < 4; i++) await client.jobOperations.deleteTask("follow-job", `t${i}`);
    await waitForNodes("follow", 0);
    expect(removing).toEqual(Array.from({ length: 4 }, () => "taskcompletion"));
  });

  it("evaluates at once when autoscale is enabled, and on pool creation", async () => {
    await createPool("enable", { targetDedicatedNodes: 1 });
    // A pool still resizing refuses to enable autoscale (PoolBeingResized); on a busy machine the
    // first allocation can outlast the create call.
    await waitForNodes("enable", 1);
    const before = Date.now();
    await client.poolOperations.enableAutoScale("enable", { autoscaleFormula: "$TargetDedicatedNodes = 2" });
    const pool = await client.poolOperations.getPool("enable");
    expect(pool.autoScaleEnabled).toBe(true);
    expect(pool.targetDedicatedComputeNodes).toBe(2);
    expect(pool.autoScaleEvaluationInterval).toBe(15 * 60_000);
    expect(pool.autoScaleRun?.results).toBe(
      "$TargetDedicatedNodes=2;$TargetLowPriorityNodes=0;$NodeDeallocationOption=requeue",
    );
    expect(pool.autoScaleRun?.timestamp?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await waitForNodes("enable", 2);

    await createPool("born", {
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes = 3; $TargetLowPriorityNodes = 1",
      autoScaleEvaluationInterval: "PT5M",
    });
    const born = await client.poolOperations.getPool("born");
    expect(born.targetDedicatedComputeNodes).toBe(3);
    expect(born.targetLowPriorityComputeNodes).toBe(1);
    expect(born.autoScaleRun?.results).toBe(
      "$TargetDedicatedNodes=3;$TargetLowPriorityNodes=1;$NodeDeallocationOption=requeue",
    );
    await waitForNodes("born", 3);
  });

  it("evaluates a formula on request without resizing, reporting errors as the service does", async () => {
    await createPool("evaluate", {
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes = 2",
    });
    await waitForNodes("evaluate", 2);
    const run = await client.poolOperations.evaluateAutoScale("evaluate", "$TargetDedicatedNodes=3");
    expect(run.results).toBe(
      "$TargetDedicatedNodes=3;$TargetLowPriorityNodes=0;$NodeDeallocationOption=requeue",
    );
    expect(run.timestamp).toBeInstanceOf(Date);
    const failed = await client.poolOperations.evaluateAutoScale("evaluate", "$something_useless");
    expect(failed.results).toBe(
      "$TargetDedicatedNodes=2;$TargetLowPriorityNodes=0;$NodeDeallocationOption=requeue",
    );
    expect(failed.error?.code).toBe("AutoScalingFormulaEvaluationError");
    expect(failed.error?.message).toBe("The specified auto-scaling formula has evaluation error");
    expect(failed.error?.values?.map((v) => [v.name, v.value])).toEqual([
      ["Message", "Line 1, Col 1: Undefined symbol: $something_useless"],
    ]);
    const pool = await client.poolOperations.getPool("evaluate");
    expect(pool.targetDedicatedComputeNodes).toBe(2);
    expect(pool.autoScaleRun?.results).toBe(
      "$TargetDedicatedNodes=2;$TargetLowPriorityNodes=0;$NodeDeallocationOption=requeue",
    );
  });

  it("refuses formulas with syntax errors with 400, and records evaluation errors without resizing", async () => {
    await createPool("errors", { targetDedicatedNodes: 1 });
    await waitForNodes("errors", 1);
    expect(
      await errorCode(client.poolOperations.enableAutoScale("errors", { autoscaleFormula: "$a = (1 +" })),
    ).toBe("AutoScalingFormulaSyntaxError");
    const refused = await signedRequest(service, "POST", "/pools", {
      body: poolBody("errors2", { enableAutoScale: true, autoScaleFormula: "$TargetDedicatedNodes = = 1" }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe("AutoScalingFormulaSyntaxError");
    expect(refused.body.values[0].key).toBe("Message");
    expect(refused.body.values[0].value).toMatch(/^Line 1, Col \d+: /);

    await client.poolOperations.enableAutoScale("errors", {
      autoscaleFormula: "$TargetDedicatedNodes = $Missing + 1",
      autoscaleEvaluationInterval: FIVE_MINUTES,
    });
    const first = await client.poolOperations.getPool("errors");
    expect(first.autoScaleRun?.error?.code).toBe("AutoScalingFormulaEvaluationError");
    expect(first.autoScaleRun?.results).toBe(
      "$TargetDedicatedNodes=1;$TargetLowPriorityNodes=0;$NodeDeallocationOption=requeue",
    );
    // The next periodic run reports the error again and leaves the pool as it is.
    const deadline = Date.now() + 5000;
    let later = first;
    while (later.autoScaleRun?.timestamp?.getTime() === first.autoScaleRun?.timestamp?.getTime()) {
      if (Date.now() > deadline) throw new Error("no periodic autoscale run");
      await new Promise((r) => setTimeout(r, 50));
      later = await client.poolOperations.getPool("errors");
    }
    expect(later.autoScaleRun?.error?.code).toBe("AutoScalingFormulaEvaluationError");
    expect(later.targetDedicatedComputeNodes).toBe(1);
  });

  it("stops evaluating when autoscale is disabled", async () => {
    await createPool("off", {
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes = 1",
      autoScaleEvaluationInterval: "PT5M",
    });
    await waitForNodes("off", 1);
    await client.poolOperations.disableAutoScale("off");
    const pool = await client.poolOperations.getPool("off");
    expect(pool.autoScaleEnabled).toBe(false);
    expect(pool.autoScaleRun).toBeUndefined();
    await new Promise((r) => setTimeout(r, 700));
    expect((await client.poolOperations.getPool("off")).autoScaleRun).toBeUndefined();
  });
});

describe("autoscale with tasks running", () => {
  it("grows for the pending tasks, runs them, and shrinks back when they are done", async () => {
    const running = await startLocalBatchService({ timeScale: 0.001 });
    try {
      const runningClient = BatchClient.open(
        new BatchSharedKeyCredentials(running.url, running.accountName, running.accountKey),
      );
      const ask = (method: string, path: string, body?: unknown) =>
        signedRequest(running, method, path, body === undefined ? {} : { body });
      await ask(
        "POST",
        "/pools",
        poolBody("work", {
          enableAutoScale: true,
          autoScaleFormula: "$TargetDedicatedNodes = min(3, max($PendingTasks.GetSample(1)))",
          autoScaleEvaluationInterval: "PT5M",
        }),
      );
      await ask("POST", "/jobs", { id: "work-job", poolInfo: { poolId: "work" } });
      let peak = 0;
      running.service.store.events.on("nodeAdded", () => {
        peak = Math.max(peak, running.service.store.pools.get("work").nodes.size);
      });
      await runningClient.jobOperations.addTask(
        "work-job",
        Array.from({ length: 6 }, (_, i) => new CloudTask(`s${i}`, "/bin/sleep 0.2")),
      );
      const job = running.service.store.jobs.get("work-job");
      const pool = running.service.store.pools.get("work");
      const deadline = Date.now() + 15_000;
      while (!(job.tasks.list().every((t) => t.data.state === "completed") && pool.nodes.size === 0)) {
        if (Date.now() > deadline) throw new Error(`pool has ${pool.nodes.size} nodes, tasks not all done`);
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(peak).toBe(3);
      expect(
        job.tasks.list().every((t) => (t.data.executionInfo as { result?: string }).result === "success"),
      ).toBe(true);
      expect(pool.data.targetDedicatedNodes).toBe(0);
    } finally {
      await running.close();
    }
  });
});
