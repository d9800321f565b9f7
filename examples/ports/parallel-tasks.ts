/**
 * Parallel tasks: a pool whose nodes have four task slots each, tasks that take one or two of them
 * (`requiredSlots`), and afterwards each node's `recentTasks`, to count how many tasks ran where.
 *
 *     npx tsx examples/ports/parallel-tasks.ts
 * @module
 */
import {
  CloudTask,
  ComputeNodeFillType,
  PoolInformation,
  TaskSchedulingPolicy,
  TaskState,
  type BatchClient,
} from "../../src/index.js";
import { createPoolAndWait, deletePoolAndWait } from "../support/pools.js";
import { runExample, type ExampleContext } from "../support/run.js";

const POOL_ID = "ports-parallel-pool";
const JOB_ID = "ports-parallel-job";
const NODE_COUNT = 2;
const SLOTS_PER_NODE = 4;
/** Fewer than the ten tasks a node lists in `recentTasks`, so every task shows there. */
const TASK_COUNT = 8;
const TIMEOUT_MS = 5 * 60_000;

async function main({ batchClient }: ExampleContext): Promise<void> {
  await createPoolAndWait(batchClient, POOL_ID, NODE_COUNT, (pool) => {
    pool.taskSlotsPerNode = SLOTS_PER_NODE;
    pool.taskSchedulingPolicy = new TaskSchedulingPolicy({ computeNodeFillType: ComputeNodeFillType.Spread });
  });
  const { taskSlotsPerNode } = await batchClient.poolOperations.getPool(POOL_ID);
  console.log(`Each node has ${taskSlotsPerNode} task slots.`);
  try {
    await runTasks(batchClient);
  } finally {
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

async function runTasks(batchClient: BatchClient): Promise<void> {
  const job = batchClient.jobOperations.createJob(JOB_ID, new PoolInformation({ poolId: POOL_ID }));
  await job.commit();
  try {
    // Every other task is heavier and takes two slots.
    const tasks = Array.from({ length: TASK_COUNT }, (_, index) => {
      const task = new CloudTask(`task-${index + 1}`, "/bin/sh -c 'sleep 1; echo done on $AZ_BATCH_NODE_ID'");
      task.requiredSlots = index % 2 === 0 ? 1 : 2;
      return task;
    });
    await batchClient.jobOperations.addTask(JOB_ID, tasks);
    console.log(`Added ${TASK_COUNT} tasks to job [${JOB_ID}].`);
    await batchClient.utilities
      .createTaskStateMonitor()
      .whenAll(batchClient.jobOperations.listTasks(JOB_ID), TaskState.Completed, TIMEOUT_MS);

    // Where each task says it ran, to compare with what the nodes report.
    const nodeOfTask = new Map<string, string | undefined>();
    for await (const task of batchClient.jobOperations.listTasks(JOB_ID)) {
      nodeOfTask.set(task.id!, task.computeNodeInformation?.computeNodeId);
      console.log(
        `  ${task.id} (${task.requiredSlots} slots): ${task.state} on ${task.computeNodeInformation?.computeNodeId}`,
      );
    }

    let counted = 0;
    let agreeing = 0;
    for await (const node of batchClient.poolOperations.listComputeNodes(POOL_ID)) {
      const recent = (node.recentTasks ?? []).filter((info) => info.jobId === JOB_ID);
      const ids = recent.map((info) => info.taskId).sort();
      console.log(`Node ${node.id} ran ${recent.length} tasks: ${ids.join(", ")}`);
      counted += recent.length;
      agreeing += recent.filter((info) => nodeOfTask.get(info.taskId!) === node.id).length;
    }
    console.log(
      `${counted} of ${TASK_COUNT} tasks in the nodes' recentTasks; ${agreeing} agree with the tasks' own node.`,
    );
  } finally {
    await batchClient.jobOperations.deleteJob(JOB_ID);
    console.log(`Job [${JOB_ID}] deleted.`);
  }
}

await runExample({
  description: "Tasks sharing nodes' task slots (requiredSlots), counted per node from recentTasks.",
  main,
});
