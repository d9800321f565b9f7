import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import type { CloudTask } from "../../../src/protocol/models.generated.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";

let service: LocalBatchService;
let client: ProtocolClient;

async function waitForTasks(jobId: string, count: number, timeoutMs = 20_000): Promise<CloudTask[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tasks: CloudTask[] = [];
    for await (const t of client.task.list({ jobId })) tasks.push(t);
    if (tasks.length === count && tasks.every((t) => t.state === "completed")) return tasks;
    if (Date.now() > deadline)
      throw new Error(
        `tasks of ${jobId} did not complete: ${tasks.map((t) => `${t.id}=${t.state}`).join(", ")}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function addPool(id: string, nodes: number, extra: Record<string, unknown> = {}): Promise<void> {
  await client.pool.add({
    pool: {
      id,
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
      targetDedicatedNodes: nodes,
      ...extra,
    },
  } as never);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const list = [];
    for await (const n of client.computeNode.list({ poolId: id })) list.push(n);
    if (list.length === nodes && list.every((n) => n.state === "idle")) return;
    if (Date.now() > deadline) throw new Error(`pool ${id} has no idle nodes`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0 });
  client = new ProtocolClient(
    service.url,
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
});

afterAll(async () => {
  await service?.close();
});

describe("TaskScheduler with the local Batch service", () => {
  it("runs tasks on the pool's nodes with the AZ_BATCH_* environment and records their outcome", async () => {
    await addPool("pool-run", 2, { taskSlotsPerNode: 2 });
    await client.job.add({
      job: {
        id: "job-run",
        poolInfo: { poolId: "pool-run" },
        commonEnvironmentSettings: [{ name: "GREETING", value: "hello" }],
      },
    } as never);
    await client.task.addCollection({
      jobId: "job-run",
      taskCollection: {
        value: [
          { id: "ok", commandLine: "/bin/sh -c 'echo $GREETING $AZ_BATCH_TASK_ID $AZ_BATCH_JOB_ID'" },
          { id: "fails", commandLine: "/bin/sh -c 'exit 4'" },
          { id: "retried", commandLine: "/bin/sh -c 'exit 1'", constraints: { maxTaskRetryCount: 2 } },
        ],
      },
    } as never);
    const tasks = await waitForTasks("job-run", 3);
    const byId = Object.fromEntries(tasks.map((t) => [t.id, t]));
    expect(byId.ok.executionInfo).toMatchObject({ result: "success", exitCode: 0, retryCount: 0 });
    expect(byId.fails.executionInfo).toMatchObject({
      result: "failure",
      exitCode: 4,
      failureInfo: { code: "FailureExitCode" },
    });
    expect(byId.retried.executionInfo).toMatchObject({ result: "failure", exitCode: 1, retryCount: 2 });

    const { nodeId } = byId.ok.nodeInfo ?? {};
    const dir = service.service.store.taskDirectory(
      service.service.store.jobs.get("job-run"),
      service.service.store.jobs.get("job-run").tasks.get("ok"),
    );
    expect(nodeId).toBeDefined();
    expect(await readFile(path.join(dir as string, "stdout.txt"), "utf8")).toBe("hello ok job-run\n");
  });

  it("honours maxParallelTasks and task dependencies", async () => {
    await addPool("pool-order", 1, { taskSlotsPerNode: 4 });
    await client.job.add({
      job: {
        id: "job-order",
        poolInfo: { poolId: "pool-order" },
        usesTaskDependencies: true,
        maxParallelTasks: 1,
      },
    } as never);
    const stamp = (name: string): string =>
      `/bin/sh -c 'echo ${name} >> $AZ_BATCH_NODE_SHARED_DIR/order.txt; sleep 0.2; echo ${name}-end >> $AZ_BATCH_NODE_SHARED_DIR/order.txt'`;
    await client.task.addCollection({
      jobId: "job-order",
      taskCollection: {
        value: [
          { id: "c", commandLine: stamp("c"), dependsOn: { taskIds: ["a", "b"] } },
          { id: "a", commandLine: stamp("a") },
          { id: "b", commandLine: stamp("b") },
        ],
      },
    } as never);
    const tasks = await waitForTasks("job-order", 3);
    expect(tasks.every((t) => t.executionInfo?.result === "success")).toBe(true);
    const pool = service.service.store.pools.get("pool-order");
    const node = pool.nodes.list()[0];
    const order = (
      await readFile(
        path.join(
          service.service.store.nodeDirectory("pool-order", String(node.data.id)),
          "shared",
          "order.txt",
        ),
        "utf8",
      )
    )
      .trim()
      .split("\n");
    // One at a time (maxParallelTasks 1): every start is followed by its own end; c comes last.
    expect(order).toHaveLength(6);
    for (let i = 0; i < 6; i += 2) expect(order[i + 1]).toBe(`${order[i]}-end`);
    expect(order[4]).toBe("c");
  });

  it("kills a running task on terminate and reports TaskEnded", async () => {
    await addPool("pool-kill", 1);
    await client.job.add({ job: { id: "job-kill", poolInfo: { poolId: "pool-kill" } } } as never);
    await client.task.add({ jobId: "job-kill", task: { id: "sleeper", commandLine: "sleep 60" } } as never);
    const deadline = Date.now() + 10_000;
    while ((await client.task.get({ jobId: "job-kill", taskId: "sleeper" })).body.state !== "running") {
      if (Date.now() > deadline) throw new Error("the task never ran");
      await new Promise((r) => setTimeout(r, 20));
    }
    await client.task.terminate({ jobId: "job-kill", taskId: "sleeper" });
    const [task] = await waitForTasks("job-kill", 1);
    expect(task.executionInfo).toMatchObject({ result: "failure", failureInfo: { code: "TaskEnded" } });
    await expect.poll(() => service.service.scheduler?.runningCount).toBe(0);
  });
});

describe("placement and job preparation", () => {
  it("spreads tasks over nodes by default and packs them when asked", async () => {
    await addPool("pool-spread", 2, { taskSlotsPerNode: 2 });
    await addPool("pool-pack", 2, { taskSlotsPerNode: 2, taskSchedulingPolicy: { nodeFillType: "pack" } });
    for (const poolId of ["pool-spread", "pool-pack"]) {
      await client.job.add({ job: { id: `job-${poolId}`, poolInfo: { poolId } } } as never);
      await client.task.addCollection({
        jobId: `job-${poolId}`,
        taskCollection: {
          value: [
            { id: "t1", commandLine: "sleep 0.3" },
            { id: "t2", commandLine: "sleep 0.3" },
          ],
        },
      } as never);
    }
    const spread = await waitForTasks("job-pool-spread", 2);
    const pack = await waitForTasks("job-pool-pack", 2);
    expect(new Set(spread.map((t) => t.nodeInfo?.nodeId)).size).toBe(2);
    expect(new Set(pack.map((t) => t.nodeInfo?.nodeId)).size).toBe(1);
  });

  it("runs the job preparation task once per node before the job's tasks", async () => {
    await addPool("pool-prep", 1, { taskSlotsPerNode: 2 });
    await client.job.add({
      job: {
        id: "job-prep",
        poolInfo: { poolId: "pool-prep" },
        jobPreparationTask: {
          commandLine: "/bin/sh -c 'echo prepared >> $AZ_BATCH_NODE_SHARED_DIR/prep.txt'",
        },
      },
    } as never);
    await client.task.addCollection({
      jobId: "job-prep",
      taskCollection: {
        value: ["a", "b", "c"].map((id) => ({
          id,
          commandLine: "/bin/sh -c 'cat $AZ_BATCH_NODE_SHARED_DIR/prep.txt; echo $AZ_BATCH_JOB_PREP_DIR'",
        })),
      },
    } as never);
    const tasks = await waitForTasks("job-prep", 3);
    expect(tasks.every((t) => t.executionInfo?.result === "success")).toBe(true);
    const store = service.service.store;
    const job = store.jobs.get("job-prep");
    const stdout = await readFile(
      path.join(store.taskDirectory(job, job.tasks.get("a")) as string, "stdout.txt"),
      "utf8",
    );
    const nodeId = String(store.pools.get("pool-prep").nodes.list()[0].data.id);
    expect(stdout).toBe(
      `prepared\n${path.join(store.nodeDirectory("pool-prep", nodeId), "workitems", "job-prep", "job-1", "jobpreparation")}\n`,
    );
    expect(job.prepReleaseStatus).toHaveLength(1);
    expect(job.prepReleaseStatus[0]).toMatchObject({
      nodeId,
      jobPreparationTaskExecutionInfo: { state: "completed", result: "success", exitCode: 0 },
    });
  });
});
