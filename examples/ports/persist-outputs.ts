/**
 * Output files: each task names the files the node uploads to a blob container when it ends, and
 * when (on success, on failure, always). The program then lists the container and reads the
 * results back.
 *
 *     npx tsx examples/ports/persist-outputs.ts
 * @module
 */
import type { ContainerClient } from "@azure/storage-blob";
import {
  CloudTask,
  createContainerIfNotExists,
  deleteContainerIfExists,
  getContainerSasUrl,
  OutputFile,
  OutputFileBlobContainerDestination,
  OutputFileDestination,
  OutputFileUploadCondition,
  OutputFileUploadOptions,
  PoolInformation,
  TaskState,
  type BatchClient,
} from "../../src/index.js";
import { createPoolAndWait, deletePoolAndWait } from "../support/pools.js";
import { runExample, type ExampleContext } from "../support/run.js";

const POOL_ID = "ports-outputs-pool";
const JOB_ID = "ports-outputs-job";
const OUTPUT_CONTAINER = "ports-outputs";
const TIMEOUT_MS = 5 * 60_000;

/** An output file uploaded into `<taskId>/<folder>` of the container when `condition` holds. */
function outputFile(
  containerSasUrl: string,
  filePattern: string,
  path: string,
  condition: OutputFileUploadCondition,
): OutputFile {
  return new OutputFile(
    filePattern,
    new OutputFileDestination(new OutputFileBlobContainerDestination(containerSasUrl, path)),
    new OutputFileUploadOptions(condition),
  );
}

/** A task that writes a result and a log, exits with `exitCode`, and persists what its outcome calls for. */
function reportingTask(taskId: string, exitCode: number, containerSasUrl: string): CloudTask {
  const task = new CloudTask(
    taskId,
    `/bin/sh -c 'echo result of ${taskId} > result.txt; echo log of ${taskId} > error.log; ` +
      `echo ${taskId} done; exit ${exitCode}'`,
  );
  task.outputFiles = [
    outputFile(containerSasUrl, "result.txt", `${taskId}/result.txt`, OutputFileUploadCondition.TaskSuccess),
    outputFile(containerSasUrl, "error.log", `${taskId}/error.log`, OutputFileUploadCondition.TaskFailure),
    outputFile(containerSasUrl, "../std*.txt", `${taskId}/logs`, OutputFileUploadCondition.TaskCompletion),
  ];
  return task;
}

/** Prints every blob of the container with its content. */
async function printContainer(container: ContainerClient): Promise<void> {
  const names: string[] = [];
  for await (const blob of container.listBlobsFlat()) names.push(blob.name);
  console.log(`Container [${OUTPUT_CONTAINER}] holds ${names.length} blobs:`);
  for (const name of names.sort()) {
    const content = (await container.getBlobClient(name).downloadToBuffer()).toString("utf8");
    console.log(`  ${name}: ${JSON.stringify(content)}`);
  }
}

async function main({ batchClient, environment }: ExampleContext): Promise<void> {
  const container = environment.blobService!.getContainerClient(OUTPUT_CONTAINER);
  try {
    await createContainerIfNotExists(container);
    // Write permission is all a node needs to upload; the tasks can neither list nor read the container.
    const containerSasUrl = await getContainerSasUrl(container, {
      permissions: "w",
      lifetimeMs: 60 * 60_000,
    });
    await createPoolAndWait(batchClient, POOL_ID, 1);
    const job = batchClient.jobOperations.createJob();
    job.id = JOB_ID;
    job.poolInformation = new PoolInformation({ poolId: POOL_ID });
    await job.commit();

    const tasks = [reportingTask("succeeds", 0, containerSasUrl), reportingTask("fails", 4, containerSasUrl)];
    await addAndWait(batchClient, tasks);
    await printContainer(container);
    await batchClient.jobOperations.deleteJob(JOB_ID);
  } finally {
    await deleteContainerIfExists(container);
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

/** Adds the tasks, waits until they completed and prints their exit codes. */
async function addAndWait(batchClient: BatchClient, tasks: CloudTask[]): Promise<void> {
  await batchClient.jobOperations.addTask(JOB_ID, tasks);
  await batchClient.utilities.createTaskStateMonitor().whenAll(tasks, TaskState.Completed, TIMEOUT_MS);
  for (const task of tasks) {
    await task.refresh();
    console.log(`Task [${task.id}] completed with exit code ${task.executionInformation?.exitCode}.`);
  }
}

await runExample({
  description:
    "Runs a task that succeeds and one that fails, each uploading output files to a blob container\n" +
    "by upload condition, then lists the container and reads the files back.",
  storage: true,
  main,
});
