/**
 * Efficient list queries: ask the service for only the entities and properties a step needs, with
 * `ODATADetailLevel` filter, select and expand clauses, and see that the unselected properties stay
 * empty on the returned objects.
 *
 *     npx tsx examples/ports/efficient-list-queries.ts
 * @module
 */
import {
  CloudTask,
  ODATADetailLevel,
  PoolInformation,
  TaskState,
  type BatchClient,
} from "../../src/index.js";
import { createPoolAndWait, deletePoolAndWait } from "../support/pools.js";
import { runExample, type ExampleContext } from "../support/run.js";

const POOL_ID = "ports-queries-pool";
const JOB_ID = "ports-queries-job";
const TASK_COUNT = 30;
/** Every 10th task exits with code 2. */
const FAIL_EVERY = 10;
const TIMEOUT_MS = 5 * 60_000;

/** Adds the job's tasks and waits until all of them completed. */
async function runTasks(batchClient: BatchClient): Promise<void> {
  const tasks = Array.from({ length: TASK_COUNT }, (_, index) => {
    const exit = (index + 1) % FAIL_EVERY === 0 ? "; exit 2" : "";
    return new CloudTask(
      `task-${String(index + 1).padStart(2, "0")}`,
      `/bin/sh -c 'echo ${index + 1}${exit}'`,
    );
  });
  console.log(`Adding ${tasks.length} tasks to job [${JOB_ID}]...`);
  await batchClient.jobOperations.addTask(JOB_ID, tasks);
  await batchClient.utilities.createTaskStateMonitor().whenAll(tasks, TaskState.Completed, TIMEOUT_MS);
}

/** Lists the completed tasks with only `id` and `state`: nothing else comes back. */
async function completedTaskIds(batchClient: BatchClient): Promise<void> {
  const detail = new ODATADetailLevel({ filterClause: "state eq 'completed'", selectClause: "id,state" });
  const tasks = await batchClient.jobOperations.listTasks(JOB_ID, detail).toList();
  const withCommandLine = tasks.filter((task) => task.commandLine !== undefined).length;
  const withExecutionInfo = tasks.filter((task) => task.executionInformation !== undefined).length;
  console.log(
    `Completed tasks (select id,state): ${tasks.length}; with a command line: ${withCommandLine}; ` +
      `with execution information: ${withExecutionInfo}`,
  );
}

/** Lists only the failed tasks, with the one property that explains the failure. */
async function failedTasks(batchClient: BatchClient): Promise<void> {
  const detail = new ODATADetailLevel({
    filterClause: "executionInfo/result eq 'failure'",
    selectClause: "id,executionInfo",
  });
  const tasks = await batchClient.jobOperations.listTasks(JOB_ID, detail).toList();
  const described = tasks
    .map((task) => `${task.id} (exit code ${task.executionInformation?.exitCode})`)
    .sort()
    .join(", ");
  console.log(`Failed tasks: ${tasks.length}: ${described}`);
}

/** Lists the job with its statistics expanded, selecting nothing but its id and the statistics. */
async function jobStatistics(batchClient: BatchClient): Promise<void> {
  const detail = new ODATADetailLevel({
    filterClause: `id eq '${JOB_ID}'`,
    selectClause: "id,stats",
    expandClause: "stats",
  });
  const jobs = await batchClient.jobOperations.listJobs(detail).toList();
  for (const job of jobs) {
    const stats = job.statistics;
    console.log(
      `Job ${job.id} (expand stats): ${stats?.succeededTaskCount} succeeded, ${stats?.failedTaskCount} failed; ` +
        `pool information selected: ${job.poolInformation !== undefined}`,
    );
  }
}

/** Lists the pool by id with only `id` and `state`. */
async function poolState(batchClient: BatchClient): Promise<void> {
  const detail = new ODATADetailLevel({ filterClause: `id eq '${POOL_ID}'`, selectClause: "id,state" });
  const pools = await batchClient.poolOperations.listPools(detail).toList();
  for (const pool of pools) {
    console.log(
      `Pool ${pool.id} (select id,state): ${pool.state}; VM size selected: ${pool.virtualMachineSize !== undefined}`,
    );
  }
  console.log(`Pools matching the filter: ${pools.length}`);
}

async function main({ batchClient }: ExampleContext): Promise<void> {
  try {
    await createPoolAndWait(batchClient, POOL_ID, 1);
    const job = batchClient.jobOperations.createJob();
    job.id = JOB_ID;
    job.poolInformation = new PoolInformation({ poolId: POOL_ID });
    await job.commit();
    await runTasks(batchClient);

    await completedTaskIds(batchClient);
    await failedTasks(batchClient);
    await jobStatistics(batchClient);
    await poolState(batchClient);
    await batchClient.jobOperations.deleteJob(JOB_ID);
  } finally {
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

await runExample({
  description:
    "Runs a few tasks, then lists tasks, jobs and pools with ODATADetailLevel filter, select and\n" +
    "expand clauses, printing counts and which properties came back.",
  main,
});
