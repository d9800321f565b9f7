/**
 * A job manager task that uses azbatch on the node: the job's first task is a Node program (see
 * `job-manager-task.ts`, bundled with azbatch into one file and delivered as a resource file) that
 * adds the job's worker tasks itself and waits for them; when it ends, the job ends.
 *
 *     npx tsx examples/ports/job-manager.ts
 * @module
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Constants,
  createContainerIfNotExists,
  deleteContainerIfExists,
  EnvironmentSetting,
  JobManagerTask,
  JobState,
  ODATADetailLevel,
  PoolInformation,
  uploadFileToContainer,
  type BatchClient,
  type ResourceFile,
} from "../../src/index.js";
import { bundleForNode } from "../support/bundle.js";
import { createPoolAndWait, deletePoolAndWait } from "../support/pools.js";
import { runExample, type ExampleContext } from "../support/run.js";
import { waitUntil } from "../support/wait.js";

const POOL_ID = "ports-job-manager-pool";
const JOB_ID = "ports-job-manager-job";
const MANAGER_ID = "job-manager";
const APP_CONTAINER = "ports-job-manager-app";
const MANAGER_FILE = "job-manager-task";
const TIMEOUT_MS = 5 * 60_000;

/** Creates the job; its job manager task gets the bundled program and the account key. */
async function createJob(
  batchClient: BatchClient,
  managerFile: ResourceFile,
  accountKey: string,
): Promise<void> {
  console.log(`Creating job [${JOB_ID}] with job manager task [${MANAGER_ID}]...`);
  const job = batchClient.jobOperations.createJob();
  job.id = JOB_ID;
  job.poolInformation = new PoolInformation({ poolId: POOL_ID });
  job.jobManagerTask = new JobManagerTask(MANAGER_ID, `node ${MANAGER_FILE}.js`, {
    resourceFiles: [managerFile],
    // The node sets the account URL and name; the key travels as a setting of this task. (A real account
    // can give the job manager a job-scoped token instead, through authenticationTokenSettings.)
    environmentSettings: [new EnvironmentSetting("BATCH_ACCOUNT_KEY", accountKey)],
    killJobOnCompletion: true,
  });
  await job.commit();
}

/** Prints the stdout of every task of the job, the job manager first. */
async function printTaskOutputs(batchClient: BatchClient): Promise<void> {
  const manager = await batchClient.jobOperations.getTask(JOB_ID, MANAGER_ID);
  const managerOut = await (await manager.getNodeFile(Constants.standardOutFileName)).readAsString();
  console.log(`Job manager exited with ${manager.executionInformation?.exitCode}; its stdout:`);
  for (const line of managerOut.trim().split("\n")) console.log(`  ${line}`);

  const detail = new ODATADetailLevel({
    filterClause: `id ne '${MANAGER_ID}'`,
    selectClause: "id,executionInfo",
  });
  const workers = await batchClient.jobOperations.listTasks(JOB_ID, detail).toList();
  workers.sort((a, b) => a.id!.localeCompare(b.id!));
  console.log(`The job manager's ${workers.length} tasks:`);
  for (const worker of workers) {
    const stdout = await (await worker.getNodeFile(Constants.standardOutFileName)).readAsString();
    console.log(
      `  ${worker.id}: exit code ${worker.executionInformation?.exitCode}, printed "${stdout.trim()}"`,
    );
  }
}

async function main({ batchClient, environment }: ExampleContext): Promise<void> {
  const container = environment.blobService!.getContainerClient(APP_CONTAINER);
  const scratch = await mkdtemp(join(tmpdir(), "ports-job-manager-"));
  try {
    const entry = fileURLToPath(new URL(`./${MANAGER_FILE}.ts`, import.meta.url));
    const bundle = await bundleForNode(entry, scratch, MANAGER_FILE);
    await createContainerIfNotExists(container);
    // A resource file with a read SAS URL of the uploaded program.
    const managerFile = await uploadFileToContainer(container, bundle);
    console.log(`Job manager program bundled and uploaded to container [${APP_CONTAINER}].`);

    await createPoolAndWait(batchClient, POOL_ID, 2);
    await createJob(batchClient, managerFile, environment.batch.accountKey);
    const state = new ODATADetailLevel({ selectClause: "id,state,executionInfo" });
    const job = await waitUntil(
      `job '${JOB_ID}' to complete`,
      async () => {
        const current = await batchClient.jobOperations.getJob(JOB_ID, state);
        return current.state === JobState.Completed ? current : undefined;
      },
      { timeoutMs: TIMEOUT_MS },
    );
    console.log(`Job [${JOB_ID}] completed; terminate reason: ${job.executionInformation?.terminateReason}`);
    await printTaskOutputs(batchClient);
    await batchClient.jobOperations.deleteJob(JOB_ID);
  } finally {
    await deleteContainerIfExists(container);
    await deletePoolAndWait(batchClient, POOL_ID);
    await rm(scratch, { recursive: true, force: true });
  }
}

await runExample({
  description:
    "Runs a job whose job manager task, a Node program using azbatch on the node, adds the job's tasks\n" +
    "and waits for them; prints what the job manager and its tasks printed.",
  storage: true,
  main,
});
