/**
 * Job preparation and release tasks: the preparation task leaves a file on each node that the job's
 * tasks read, the release task cleans up when the job ends. Afterwards the program reads each node's
 * preparation / release status and the files those tasks left in the job's directory on the node,
 * each read by its `NodeFile.path`.
 *
 *     npx tsx examples/ports/job-prep-release.ts
 * @module
 */
import {
  CloudTask,
  Constants,
  JobPreparationTask,
  JobReleaseTask,
  JobState,
  ODATADetailLevel,
  PoolInformation,
  TaskState,
  type BatchClient,
  type JobPreparationAndReleaseTaskExecutionInformation,
} from "../../src/index.js";
import { createPoolAndWait, deletePoolAndWait } from "../support/pools.js";
import { runExample, type ExampleContext } from "../support/run.js";
import { waitUntil } from "../support/wait.js";

const POOL_ID = "ports-prep-release-pool";
const JOB_ID = "ports-prep-release-job";
const NODE_COUNT = 2;
const TASK_COUNT = 4;
const TIMEOUT_MS = 5 * 60_000;

async function main({ batchClient }: ExampleContext): Promise<void> {
  await createPoolAndWait(batchClient, POOL_ID, NODE_COUNT);
  try {
    await runJob(batchClient);
  } finally {
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

async function runJob(batchClient: BatchClient): Promise<void> {
  const job = batchClient.jobOperations.createJob(JOB_ID, new PoolInformation({ poolId: POOL_ID }));
  // Runs once on each node before the job's first task there; the tasks find its working directory
  // in AZ_BATCH_JOB_PREP_WORKING_DIR.
  job.jobPreparationTask = new JobPreparationTask(
    "/bin/sh -c 'echo input prepared on $AZ_BATCH_NODE_ID > input.txt; echo preparation done'",
  );
  job.jobPreparationTask.waitForSuccess = true;
  job.jobPreparationTask.rerunOnComputeNodeRebootAfterSuccess = true;
  // Runs on every node that ran the preparation, once the job is terminated.
  job.jobReleaseTask = new JobReleaseTask(
    "/bin/sh -c 'rm $AZ_BATCH_JOB_PREP_WORKING_DIR/input.txt; echo release removed input.txt'",
  );
  await job.commit();
  console.log(`Job [${JOB_ID}] created with a preparation and a release task.`);

  const tasks = Array.from(
    { length: TASK_COUNT },
    (_, index) =>
      new CloudTask(`reader-${index + 1}`, "/bin/sh -c 'cat $AZ_BATCH_JOB_PREP_WORKING_DIR/input.txt'"),
  );
  await batchClient.jobOperations.addTask(JOB_ID, tasks);
  await batchClient.utilities
    .createTaskStateMonitor()
    .whenAll(batchClient.jobOperations.listTasks(JOB_ID), TaskState.Completed, TIMEOUT_MS);
  for await (const task of batchClient.jobOperations.listTasks(JOB_ID)) {
    const stdout = await (await task.getNodeFile(Constants.standardOutFileName)).readAsString();
    console.log(`  ${task.id} read: ${stdout.trim()}`);
  }

  console.log(`Terminating job [${JOB_ID}]; the release task runs on each node...`);
  await batchClient.jobOperations.terminateJob(JOB_ID);
  await waitUntil(`job '${JOB_ID}' to complete`, async () => {
    const state = (
      await batchClient.jobOperations.getJob(JOB_ID, new ODATADetailLevel({ selectClause: "state" }))
    ).state;
    return state === JobState.Completed ? true : undefined;
  });

  const statuses = await batchClient.jobOperations.listJobPreparationAndReleaseTaskStatus(JOB_ID).toList();
  for (const status of statuses) await printNodeStatus(batchClient, status);

  await batchClient.jobOperations.deleteJob(JOB_ID);
  console.log(`Job [${JOB_ID}] deleted.`);
}

/** Prints a node's preparation and release results and what those tasks wrote there. */
async function printNodeStatus(
  batchClient: BatchClient,
  status: JobPreparationAndReleaseTaskExecutionInformation,
): Promise<void> {
  const nodeId = status.computeNodeId!;
  const preparation = status.jobPreparationTaskExecutionInformation;
  const release = status.jobReleaseTaskExecutionInformation;
  console.log(
    `Node ${nodeId}: preparation ${preparation?.state} (exit code ${preparation?.exitCode}), ` +
      `release ${release?.state} (exit code ${release?.exitCode})`,
  );
  // The preparation and release tasks keep their files in the job's directory on the node.
  const taskDirectories = [preparation?.taskRootDirectory, release?.taskRootDirectory]
    .filter((directory): directory is string => directory !== undefined)
    .map((directory) => `${directory}/`);
  const node = await batchClient.poolOperations.getComputeNode(POOL_ID, nodeId);
  for await (const file of node.listNodeFiles({ recursive: true })) {
    const path = file.path!;
    const inTaskDirectory = taskDirectories.some((directory) => path.startsWith(directory));
    if (!inTaskDirectory || file.isDirectory || !path.endsWith(Constants.standardOutFileName)) continue;
    const text = await (await node.getNodeFile(path)).readAsString();
    console.log(`  ${path}: ${text.trim()}`);
  }
}

await runExample({
  description: "Job preparation and release tasks, their status per node and their files read by path.",
  main,
});
