/**
 * A job from creation to deletion: a job preparation and release task, task dependencies, 1,000 tasks
 * added in parallel, a progress bar while they run, the stdout of the tasks that failed, then terminate
 * and delete.
 *
 *     npx tsx examples/job-lifecycle.ts
 * @module
 */
import {
  CloudTask,
  JobPreparationTask,
  JobReleaseTask,
  ODATADetailLevel,
  PoolInformation,
  TaskDependencies,
  TaskState,
  type BatchClient,
} from "../src/index.js";
import { attachProgressBar } from "./support/progress.js";
import { createPoolAndWait, deletePoolAndWait } from "./support/pools.js";
import { runExample, type ExampleContext } from "./support/run.js";

const POOL_ID = "job-lifecycle-pool";
const JOB_ID = "job-lifecycle";
const BULK_TASKS = 1000;
/** Every 250th bulk task fails on purpose, so that there is something to collect. */
const FAIL_EVERY = 250;
const TIMEOUT_MS = 20 * 60_000;

/** Creates the job with its preparation and release tasks; its tasks may depend on each other. */
async function createJob(batchClient: BatchClient): Promise<void> {
  console.log(`Creating job [${JOB_ID}]...`);
  const job = batchClient.jobOperations.createJob();
  job.id = JOB_ID;
  job.poolInformation = new PoolInformation({ poolId: POOL_ID });
  // Runs on each node before the job's first task there, and once more when the job ends.
  job.jobPreparationTask = new JobPreparationTask({
    commandLine: "/bin/sh -c 'echo preparing $AZ_BATCH_JOB_ID on $AZ_BATCH_NODE_ID'",
  });
  job.jobReleaseTask = new JobReleaseTask({ commandLine: "/bin/sh -c 'echo releasing $AZ_BATCH_JOB_ID'" });
  job.usesTaskDependencies = true;
  await job.commit();
}

/** A three-step chain: `fetch`, then `sort` and `count` side by side, then `report` after both. */
const CHAIN: readonly (readonly [id: string, dependsOn: readonly string[]])[] = [
  ["fetch", []],
  ["sort", ["fetch"]],
  ["count", ["fetch"]],
  ["report", ["sort", "count"]],
];

/** The tasks of {@link CHAIN}, each depending on the tasks listed beside it. */
function dependentTasks(): CloudTask[] {
  return CHAIN.map(([id, dependsOn]) => {
    const task = new CloudTask(id, `/bin/sh -c 'echo step ${id}'`);
    if (dependsOn.length > 0) task.dependsOn = TaskDependencies.onIds(...dependsOn);
    return task;
  });
}

/** The bulk tasks: each prints a line; every {@link FAIL_EVERY}th also exits with code 3. */
function bulkTasks(): CloudTask[] {
  return Array.from({ length: BULK_TASKS }, (_, index) => {
    const id = `bulk-${String(index).padStart(4, "0")}`;
    const exit = index % FAIL_EVERY === FAIL_EVERY - 1 ? "; exit 3" : "";
    return new CloudTask(id, `/bin/sh -c 'echo task ${id} on $AZ_BATCH_NODE_ID${exit}'`);
  });
}

/** Prints when each step of the chain ran, showing that no step started before its dependencies ended. */
async function reportDependencies(batchClient: BatchClient): Promise<void> {
  const chain = CHAIN.map(([id]) => id);
  const detail = new ODATADetailLevel({
    filterClause: chain.map((id) => `id eq '${id}'`).join(" or "),
    selectClause: "id,dependsOn,executionInfo",
  });
  const steps = await batchClient.jobOperations.listTasks(JOB_ID, detail).toList();
  steps.sort((a, b) => chain.indexOf(a.id!) - chain.indexOf(b.id!));
  const endOf = new Map(
    steps.map((step) => [step.id, step.executionInformation?.endTime?.getTime() ?? Infinity]),
  );
  for (const step of steps) {
    const dependencies = step.dependsOn?.taskIds ?? [];
    const start = step.executionInformation?.startTime?.getTime() ?? -Infinity;
    const held = dependencies.every((id) => (endOf.get(id) ?? Infinity) <= start);
    const after = dependencies.length > 0 ? ` after ${dependencies.join(" and ")}` : "";
    console.log(`  ${step.id} ran${after}${held ? "" : " — but started too early!"}`);
  }
}

/** Prints the id, exit code and stdout of every task that failed. */
async function reportFailedTasks(batchClient: BatchClient): Promise<void> {
  const failed = new ODATADetailLevel({
    filterClause: "executionInfo/result eq 'failure'",
    selectClause: "id,executionInfo",
  });
  const tasks = await batchClient.jobOperations.listTasks(JOB_ID, failed).toList();
  tasks.sort((a, b) => a.id!.localeCompare(b.id!));
  for (const task of tasks) {
    const stdout = await (await task.getNodeFile("stdout.txt")).readAsString();
    console.log(`  ${task.id} exited with ${task.executionInformation?.exitCode}; stdout: ${stdout.trim()}`);
  }
  console.log(`${tasks.length} tasks failed.`);
}

async function main({ batchClient }: ExampleContext): Promise<void> {
  try {
    await createPoolAndWait(batchClient, POOL_ID, 2);
    await createJob(batchClient);

    const tasks = [...dependentTasks(), ...bulkTasks()];
    console.log(`Adding ${tasks.length} tasks to job [${JOB_ID}]...`);
    // Chunks of up to 100 tasks go out on up to 8 requests at a time.
    await batchClient.jobOperations.addTask(JOB_ID, tasks, {
      parallelOptions: { maxDegreeOfParallelism: 8 },
    });

    console.log("Waiting for the tasks to complete...");
    const monitor = batchClient.utilities.createTaskStateMonitor();
    const detach = attachProgressBar(monitor, tasks.length);
    try {
      await monitor.whenAll(tasks, TaskState.Completed, TIMEOUT_MS);
    } finally {
      detach();
    }
    const { taskCounts } = await batchClient.jobOperations.getJobTaskCounts(JOB_ID);
    console.log(`All tasks completed: ${taskCounts?.succeeded} succeeded, ${taskCounts?.failed} failed.`);
    await reportDependencies(batchClient);
    await reportFailedTasks(batchClient);

    console.log(`Terminating job [${JOB_ID}]...`);
    await batchClient.jobOperations.terminateJob(JOB_ID, "All tasks completed.");
    for await (const status of batchClient.jobOperations.listJobPreparationAndReleaseTaskStatus(JOB_ID)) {
      const preparation = status.jobPreparationTaskExecutionInformation;
      console.log(
        `  node ${status.computeNodeId}: job preparation ${preparation?.state} (exit code ${preparation?.exitCode})`,
      );
    }
    console.log(`Deleting job [${JOB_ID}]...`);
    await batchClient.jobOperations.deleteJob(JOB_ID);
  } finally {
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

await runExample({
  description:
    "Runs a job with preparation and release tasks, task dependencies and 1,000 tasks added in parallel,\n" +
    "reports the stdout of the failed tasks, then terminates and deletes the job.",
  main,
});
