import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CloudTask } from "../../../src/protocol/models.generated.js";
import { withLocalService } from "../../support/local-service.js";
import {
  addJob,
  addPool,
  pollUntil,
  waitForIdleNodes,
  type PoolProperties,
} from "../../support/service-client.js";

const local = withLocalService();

function waitForTasks(jobId: string, count: number, timeoutMs = 20_000): Promise<CloudTask[]> {
  let tasks: CloudTask[] = [];
  return pollUntil(
    () => `tasks of ${jobId} to complete: ${tasks.map((t) => `${t.id}=${t.state}`).join(", ")}`,
    async () => {
      tasks = [];
      for await (const t of local.client.task.list({ jobId })) tasks.push(t);
      return tasks.length === count && tasks.every((t) => t.state === "completed") ? tasks : undefined;
    },
    timeoutMs,
  );
}

/** Adds a pool and waits until its nodes are idle. */
async function addReadyPool(id: string, nodes: number, extra: PoolProperties = {}): Promise<void> {
  await addPool(local.client, id, nodes, extra);
  await waitForIdleNodes(local.client, id, nodes);
}

describe("TaskScheduler with the local Batch service", () => {
  it("runs tasks on the pool's nodes with the AZ_BATCH_* environment and records their outcome", async () => {
    await addReadyPool("pool-run", 2, { taskSlotsPerNode: 2 });
    await addJob(local.client, "job-run", "pool-run", {
      commonEnvironmentSettings: [{ name: "GREETING", value: "hello" }],
    });
    await local.client.task.addCollection({
      jobId: "job-run",
      taskCollection: {
        value: [
          { id: "ok", commandLine: "/bin/sh -c 'echo $GREETING $AZ_BATCH_TASK_ID $AZ_BATCH_JOB_ID'" },
          { id: "fails", commandLine: "/bin/sh -c 'exit 4'" },
          { id: "retried", commandLine: "/bin/sh -c 'exit 1'", constraints: { maxTaskRetryCount: 2 } },
        ],
      },
    });
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
    const dir = local.service.service.store.taskDirectory(
      local.service.service.store.jobs.get("job-run"),
      local.service.service.store.jobs.get("job-run").tasks.get("ok"),
    );
    expect(nodeId).toBeDefined();
    expect(await readFile(path.join(dir as string, "stdout.txt"), "utf8")).toBe("hello ok job-run\n");
  });

  it("honours maxParallelTasks and task dependencies", async () => {
    await addReadyPool("pool-order", 1, { taskSlotsPerNode: 4 });
    await addJob(local.client, "job-order", "pool-order", {
      usesTaskDependencies: true,
      maxParallelTasks: 1,
    });
    const stamp = (name: string): string =>
      `/bin/sh -c 'echo ${name} >> $AZ_BATCH_NODE_SHARED_DIR/order.txt; sleep 0.2; echo ${name}-end >> $AZ_BATCH_NODE_SHARED_DIR/order.txt'`;
    await local.client.task.addCollection({
      jobId: "job-order",
      taskCollection: {
        value: [
          { id: "c", commandLine: stamp("c"), dependsOn: { taskIds: ["a", "b"] } },
          { id: "a", commandLine: stamp("a") },
          { id: "b", commandLine: stamp("b") },
        ],
      },
    });
    const tasks = await waitForTasks("job-order", 3);
    expect(tasks.every((t) => t.executionInfo?.result === "success")).toBe(true);
    const pool = local.service.service.store.pools.get("pool-order");
    const node = pool.nodes.list()[0];
    const order = (
      await readFile(
        path.join(
          local.service.service.store.nodeDirectory("pool-order", String(node.data.id)),
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
    await addReadyPool("pool-kill", 1);
    await addJob(local.client, "job-kill", "pool-kill");
    await local.client.task.add({ jobId: "job-kill", task: { id: "sleeper", commandLine: "sleep 60" } });
    await pollUntil("the task to run", async () => {
      const { body } = await local.client.task.get({ jobId: "job-kill", taskId: "sleeper" });
      return body.state === "running" ? true : undefined;
    });
    await local.client.task.terminate({ jobId: "job-kill", taskId: "sleeper" });
    const [task] = await waitForTasks("job-kill", 1);
    expect(task.executionInfo).toMatchObject({ result: "failure", failureInfo: { code: "TaskEnded" } });
    await expect.poll(() => local.service.service.scheduler?.runningCount).toBe(0);
  });
});

describe("placement and job preparation", () => {
  it("spreads tasks over nodes by default and packs them when asked", async () => {
    await addReadyPool("pool-spread", 2, { taskSlotsPerNode: 2 });
    await addReadyPool("pool-pack", 2, {
      taskSlotsPerNode: 2,
      taskSchedulingPolicy: { nodeFillType: "pack" },
    });
    for (const poolId of ["pool-spread", "pool-pack"]) {
      await addJob(local.client, `job-${poolId}`, poolId);
      await local.client.task.addCollection({
        jobId: `job-${poolId}`,
        taskCollection: {
          value: [
            { id: "t1", commandLine: "sleep 0.3" },
            { id: "t2", commandLine: "sleep 0.3" },
          ],
        },
      });
    }
    const spread = await waitForTasks("job-pool-spread", 2);
    const pack = await waitForTasks("job-pool-pack", 2);
    expect(new Set(spread.map((t) => t.nodeInfo?.nodeId)).size).toBe(2);
    expect(new Set(pack.map((t) => t.nodeInfo?.nodeId)).size).toBe(1);
  });

  it("runs the job preparation task once per node before the job's tasks", async () => {
    await addReadyPool("pool-prep", 1, { taskSlotsPerNode: 2 });
    await addJob(local.client, "job-prep", "pool-prep", {
      jobPreparationTask: {
        commandLine: "/bin/sh -c 'echo prepared >> $AZ_BATCH_NODE_SHARED_DIR/prep.txt'",
      },
    });
    await local.client.task.addCollection({
      jobId: "job-prep",
      taskCollection: {
        value: ["a", "b", "c"].map((id) => ({
          id,
          commandLine: "/bin/sh -c 'cat $AZ_BATCH_NODE_SHARED_DIR/prep.txt; echo $AZ_BATCH_JOB_PREP_DIR'",
        })),
      },
    });
    const tasks = await waitForTasks("job-prep", 3);
    expect(tasks.every((t) => t.executionInfo?.result === "success")).toBe(true);
    const store = local.service.service.store;
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
