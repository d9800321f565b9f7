/**
 * Files on compute nodes: a task writes stdout and a file of its own; the example lists the task's files,
 * reads stdout whole, reads a byte range, streams a file to disk, and lists files on the node itself.
 *
 *     npx tsx examples/files-and-logs.ts
 * @module
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CloudTask, PoolInformation, TaskState, type BatchClient } from "../src/index.js";
import { createPoolAndWait, deletePoolAndWait } from "./support/pools.js";
import { runExample, type ExampleContext } from "./support/run.js";

const POOL_ID = "files-and-logs-pool";
const JOB_ID = "files-and-logs";
const TASK_ID = "writer";
/** Prints 100 numbered lines on stdout and writes `wd/result.csv`. */
const COMMAND_LINE =
  "/bin/sh -c 'for i in $(seq 1 100); do echo line $i; done; printf \"n,square\\n2,4\\n3,9\\n\" > result.csv'";

async function runWriterTask(batchClient: BatchClient): Promise<CloudTask> {
  const job = batchClient.jobOperations.createJob();
  job.id = JOB_ID;
  job.poolInformation = new PoolInformation({ poolId: POOL_ID });
  await job.commit();
  await batchClient.jobOperations.addTask(JOB_ID, new CloudTask(TASK_ID, COMMAND_LINE));
  const task = await batchClient.jobOperations.getTask(JOB_ID, TASK_ID);
  await batchClient.utilities.createTaskStateMonitor().whenAll([task], TaskState.Completed, 5 * 60_000);
  await task.refresh();
  console.log(`Task [${TASK_ID}] completed with exit code ${task.executionInformation?.exitCode}.`);
  return task;
}

async function main({ batchClient }: ExampleContext): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), "files-and-logs-"));
  try {
    await createPoolAndWait(batchClient, POOL_ID, 1);
    const task = await runWriterTask(batchClient);

    console.log("Files of the task:");
    for await (const file of task.listNodeFiles({ recursive: true })) {
      const size = file.isDirectory ? "directory" : `${file.properties?.contentLength} bytes`;
      console.log(`  ${file.path} (${size})`);
    }

    const stdout = await task.getNodeFile("stdout.txt");
    const text = await stdout.readAsString();
    console.log(
      `stdout.txt has ${text.split("\n").filter(Boolean).length} lines; the last: ${text.trim().split("\n").pop()}`,
    );

    // Only the bytes asked for travel: `ocp-range: bytes=0-15`.
    const head = await stdout.readAsString({ byteRange: { start: 0, end: 15 } });
    console.log(`The first 16 bytes: ${JSON.stringify(head)}`);

    // Streamed to disk chunk by chunk, never held in memory whole.
    const localCopy = join(scratch, "result.csv");
    await (await task.getNodeFile("wd/result.csv")).copyToStream(createWriteStream(localCopy));
    console.log(`wd/result.csv streamed to disk: ${JSON.stringify(await readFile(localCopy, "utf8"))}`);

    const nodeId = task.computeNodeInformation?.computeNodeId;
    if (nodeId) {
      console.log(`Top-level files on node [${nodeId}]:`);
      for await (const file of batchClient.poolOperations.listNodeFiles(POOL_ID, nodeId)) {
        console.log(`  ${file.path}${file.isDirectory ? "/" : ""}`);
      }
    }

    await batchClient.jobOperations.deleteJob(JOB_ID);
    console.log(`Job [${JOB_ID}] deleted.`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

await runExample({
  description:
    "Runs a task that writes files, then lists them, reads stdout whole and by byte range, streams a file to\n" +
    "disk and lists the files of the node.",
  main,
});
