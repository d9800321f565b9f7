/** Many short tasks on a few multi-slot nodes: every one runs exactly once and the counts add up. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloudTask } from "../../../src/index.js";
import { createJob, createReadyPool, openService, waitFor, type NodeTestContext } from "./support.js";

const TASKS = 1_000;

let ctx: NodeTestContext;

beforeAll(async () => {
  ctx = await openService();
});

afterAll(async () => {
  await ctx?.close();
});

describe("1,000 short tasks on 4 nodes with 4 slots each", () => {
  it("completes them all with correct task and slot counts", async () => {
    const nodes = await createReadyPool(ctx.client, "many", 4, (pool) => (pool.taskSlotsPerNode = 4));
    await createJob(ctx.client, "many-job", "many");
    const tasks = Array.from({ length: TASKS }, (_, i) => new CloudTask(`t${i}`, "/bin/true"));
    const summary = await ctx.client.jobOperations.addTask("many-job", tasks, {
      parallelOptions: { maxDegreeOfParallelism: 4 },
    });
    expect(summary).toBeDefined();
    const result = await waitFor(
      "every task to complete",
      () => ctx.client.jobOperations.getJobTaskCounts("many-job"),
      (r) => r.taskCounts?.completed === TASKS,
      50_000,
    );
    expect(result.taskCounts).toMatchObject({
      active: 0,
      running: 0,
      completed: TASKS,
      succeeded: TASKS,
      failed: 0,
    });
    expect(result.taskSlotCounts).toMatchObject({ completed: TASKS, succeeded: TASKS });

    const settled = await waitFor(
      "the nodes to be idle",
      () => ctx.client.poolOperations.listComputeNodes("many").toList(),
      (list) => list.every((n) => n.state === "idle"),
    );
    expect(settled.reduce((sum, n) => sum + (n.totalTasksRun ?? 0), 0)).toBe(TASKS);
    expect(settled.reduce((sum, n) => sum + (n.totalTasksSucceeded ?? 0), 0)).toBe(TASKS);
    // Spread placement uses every node.
    expect(settled.filter((n) => (n.totalTasksRun ?? 0) > 0)).toHaveLength(nodes.length);
    const retried = await ctx.client.jobOperations
      .listTasks("many-job")
      .toList()
      .then((list) => list.filter((t) => (t.executionInformation?.retryCount ?? 0) > 0));
    expect(retried).toEqual([]);
  }, 60_000);
});
