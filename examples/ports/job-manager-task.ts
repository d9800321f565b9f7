/**
 * The job manager of `job-manager.ts`, run on a compute node as `node job-manager-task.js`: it opens a
 * `BatchClient` from the environment the node gives it, adds worker tasks to its own job and waits
 * until they completed. Ending then ends the job (the job manager kills the job on completion).
 * Bundled into one self-contained file, azbatch included, so the node needs nothing but Node.
 * @module
 */
import { BatchClient, BatchSharedKeyCredentials, CloudTask, TaskState } from "../../src/index.js";
import { redactText } from "../../src/http/redact.js";

const WORKERS = 3;
const TIMEOUT_MS = 5 * 60_000;

/** The value of an environment variable the node must set. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`The environment variable ${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  // AZ_BATCH_* come from the node; the key is one of the job manager task's environment settings.
  const credentials = new BatchSharedKeyCredentials(
    required("AZ_BATCH_ACCOUNT_URL"),
    required("AZ_BATCH_ACCOUNT_NAME"),
    required("BATCH_ACCOUNT_KEY"),
  );
  const jobId = required("AZ_BATCH_JOB_ID");
  const batchClient = BatchClient.open(credentials);
  try {
    const job = await batchClient.jobOperations.getJob(jobId);
    const workers = Array.from(
      { length: WORKERS },
      (_, index) =>
        new CloudTask(`worker-${index + 1}`, `/bin/sh -c 'echo worker ${index + 1} of $AZ_BATCH_JOB_ID'`),
    );
    await job.addTask(workers);
    console.log(`Job manager ${required("AZ_BATCH_TASK_ID")} added ${workers.length} tasks to job ${jobId}.`);

    const monitor = batchClient.utilities.createTaskStateMonitor();
    await monitor.whenAll(workers, TaskState.Completed, TIMEOUT_MS);
    console.log(`All ${workers.length} tasks of job ${jobId} completed.`);
  } finally {
    batchClient.close();
  }
}

main().catch((error: unknown) => {
  // Errors may quote request headers; keep the key off the task's stderr.
  console.error(redactText(error instanceof Error ? error.message : String(error)));
  process.exitCode = 1;
});
