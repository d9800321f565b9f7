/**
 * Multi-instance tasks on the local Batch service, through azbatch's object model: the primary and
 * its subtasks take distinct nodes, run the coordination command with the multi-instance
 * variables, the primary then runs the application command, and `listSubtasks` reports the rest.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloudTask, MultiInstanceSettings } from "../../../src/index.js";
import {
  createJob,
  createReadyPool,
  openService,
  taskFile,
  waitFor,
  waitForCompletedTasks,
  type NodeTestContext,
} from "./support.js";

let ctx: NodeTestContext;

beforeAll(async () => {
  ctx = await openService();
  await createReadyPool(ctx.client, "mpi", 3, (pool) => (pool.taskSlotsPerNode = 2));
});

afterAll(async () => {
  await ctx?.close();
});

/** A shell line that appends the multi-instance variables to a file in the node's shared directory. */
const COORDINATION =
  `/bin/sh -c 'echo "$AZ_BATCH_TASK_ID $AZ_BATCH_IS_CURRENT_NODE_MASTER $AZ_BATCH_MASTER_NODE ` +
  `$AZ_BATCH_HOST_LIST" >> "$AZ_BATCH_NODE_SHARED_DIR/coordination.txt"; test -d "$AZ_BATCH_TASK_SHARED_DIR"'`;

async function sharedFile(nodeId: string): Promise<string> {
  return ctx.client.poolOperations.copyNodeFileContentToString({
    poolId: "mpi",
    computeNodeId: nodeId,
    filePath: "shared/coordination.txt",
  });
}

describe("multi-instance tasks", () => {
  it("runs coordination on three distinct nodes, the application on the primary, and lists the subtasks", async () => {
    await createJob(ctx.client, "mi", "mpi");
    const task = new CloudTask("mi-task", `/bin/sh -c 'echo "app $AZ_BATCH_NODE_LIST"'`);
    task.multiInstanceSettings = new MultiInstanceSettings(COORDINATION, 3);
    await ctx.client.jobOperations.addTask("mi", task);
    const [done] = await waitForCompletedTasks(ctx.client, "mi", 1);
    expect(done.executionInformation?.exitCode).toBe(0);
    expect(done.executionInformation?.result).toBe("success");

    const nodes = await ctx.client.poolOperations.listComputeNodes("mpi").toList();
    const ips = new Map(nodes.map((n) => [n.id as string, n.ipAddress as string]));
    const primaryNode = done.computeNodeInformation?.computeNodeId as string;
    const subtasks = await ctx.client.jobOperations.listSubtasks("mi", "mi-task").toList();
    expect(subtasks.map((s) => s.id)).toEqual([1, 2]);
    const subtaskNodes = subtasks.map((s) => s.computeNodeInformation?.computeNodeId as string);
    expect(new Set([primaryNode, ...subtaskNodes]).size).toBe(3);
    for (const s of subtasks) {
      expect(s.state).toBe("completed");
      expect(s.exitCode).toBe(0);
      expect(s.computeNodeInformation?.poolId).toBe("mpi");
    }

    // Every instance saw the same host list, master first, and knew whether it was the master.
    const hostList = [primaryNode, ...subtaskNodes].map((id) => ips.get(id)).join(",");
    const master = `${ips.get(primaryNode)}:6000`;
    expect((await sharedFile(primaryNode)).trim()).toBe(`mi-task true ${master} ${hostList}`);
    for (const id of subtaskNodes)
      expect((await sharedFile(id)).trim()).toBe(`mi-task false ${master} ${hostList}`);
    expect((await taskFile(ctx.client, "mi", "mi-task")).trim()).toBe(`app ${hostList.replaceAll(",", ";")}`);
  });

  it("waits for enough free nodes, and fails the task when a subtask's coordination fails", async () => {
    await createJob(ctx.client, "mi-fail", "mpi");
    const task = new CloudTask("needs-four", "/bin/true");
    task.multiInstanceSettings = new MultiInstanceSettings("/bin/true", 4);
    const failing = new CloudTask("fails", "/bin/true");
    failing.multiInstanceSettings = new MultiInstanceSettings(
      `/bin/sh -c 'test "$AZ_BATCH_IS_CURRENT_NODE_MASTER" = true || exit 3'`,
      2,
    );
    await ctx.client.jobOperations.addTask("mi-fail", [task, failing]);
    const tasks = await waitFor(
      "the failing task completed",
      () => ctx.client.jobOperations.listTasks("mi-fail").toList(),
      (list) => list.some((t) => t.id === "fails" && t.state === "completed"),
    );
    const byId = new Map(tasks.map((t) => [t.id as string, t]));
    // Three nodes cannot take four instances: that task stays in the queue.
    expect(byId.get("needs-four")?.state).toBe("active");
    expect(byId.get("needs-four")?.computeNodeInformation).toBeUndefined();
    expect(byId.get("fails")?.state).toBe("completed");
    expect(byId.get("fails")?.executionInformation?.exitCode).toBe(3);
    expect(byId.get("fails")?.executionInformation?.result).toBe("failure");
    const [subtask] = await ctx.client.jobOperations.listSubtasks("mi-fail", "fails").toList();
    expect(subtask.exitCode).toBe(3);
  });
});
