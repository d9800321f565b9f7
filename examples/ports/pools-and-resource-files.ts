/**
 * A pool whose start task fetches a whole blob container onto every node, and file staging run twice
 * in one process: each add-task call stages its local file into a container of its own, reports that
 * container through the `fileStagingArtifacts` map, and the program deletes exactly that container
 * before the next round.
 *
 *     npx tsx examples/ports/pools-and-resource-files.ts
 * @module
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BlobServiceClient } from "@azure/storage-blob";
import {
  Constants,
  CloudTask,
  createContainerIfNotExists,
  deleteContainerIfExists,
  FileToStage,
  getContainerSasUrl,
  PoolInformation,
  ResourceFile,
  StagingStorageAccount,
  StartTask,
  TaskState,
  VirtualMachineConfiguration,
  type BatchClient,
  type FileStagingArtifacts,
  type SequentialFileStagingArtifact,
} from "../../src/index.js";
import { UBUNTU_22_04, VM_SIZE } from "../support/pool-defaults.js";
import { deletePoolAndWait, waitForIdleNodes } from "../support/pools.js";
import { runExample, type ExampleContext } from "../support/run.js";

const POOL_ID = "ports-resource-files-pool";
const JOB_ID = "ports-resource-files-job";
const POOL_FILES_CONTAINER = "ports-pool-files";
const ROUNDS = 2;
const TIMEOUT_MS = 5 * 60_000;

/** Uploads the file every node gets through its start task and returns a read + list SAS of its container. */
async function preparePoolFiles(blobService: BlobServiceClient): Promise<string> {
  const container = blobService.getContainerClient(POOL_FILES_CONTAINER);
  await createContainerIfNotExists(container);
  const greeting = "greeting from the pool's container";
  await container.getBlockBlobClient("greeting.txt").upload(greeting, Buffer.byteLength(greeting));
  return getContainerSasUrl(container, { permissions: "rl", lifetimeMs: 60 * 60_000 });
}

/** Creates the pool: its start task downloads the container and copies it into the shared directory. */
async function createPool(batchClient: BatchClient, containerSasUrl: string): Promise<void> {
  console.log(`Creating pool [${POOL_ID}] with a start task...`);
  const pool = batchClient.poolOperations.createPool({
    poolId: POOL_ID,
    virtualMachineSize: VM_SIZE,
    virtualMachineConfiguration: new VirtualMachineConfiguration(UBUNTU_22_04),
    targetDedicatedComputeNodes: 1,
  });
  pool.startTask = new StartTask({
    commandLine: "/bin/sh -c 'cp -r $AZ_BATCH_TASK_WORKING_DIR/pool-files $AZ_BATCH_NODE_SHARED_DIR'",
    resourceFiles: [ResourceFile.fromStorageContainerUrl(containerSasUrl, { filePath: "pool-files" })],
    waitForSuccess: true,
  });
  await pool.commit();
  await waitForIdleNodes(batchClient, POOL_ID, 1);
  console.log(`Pool [${POOL_ID}] is ready; its start task succeeded.`);
}

/**
 * One round: a task with a staged local file, added with its own artifacts map; waits for it, prints
 * its stdout, then deletes the staging container the call reports.
 */
async function runRound(
  batchClient: BatchClient,
  stagingAccount: StagingStorageAccount,
  blobService: BlobServiceClient,
  scratch: string,
  round: number,
): Promise<void> {
  const localFile = join(scratch, `round-${round}.txt`);
  await writeFile(localFile, `staged for round ${round}`);
  const task = new CloudTask(
    `round-${round}`,
    `/bin/sh -c 'cat $AZ_BATCH_NODE_SHARED_DIR/pool-files/greeting.txt; echo; cat round-${round}.txt'`,
  );
  task.filesToStage = [new FileToStage(localFile, stagingAccount)];

  const fileStagingArtifacts: FileStagingArtifacts = new Map();
  await batchClient.jobOperations.addTask(JOB_ID, task, { fileStagingArtifacts });
  const artifact = fileStagingArtifacts.get(FileToStage) as SequentialFileStagingArtifact | undefined;
  const containerName = artifact?.blobContainerCreated;
  if (containerName === undefined) throw new Error(`Round ${round}: no staging container was reported`);
  console.log(`Round ${round}: staged into container [${containerName}].`);

  const monitor = batchClient.utilities.createTaskStateMonitor();
  await monitor.whenAll([task], TaskState.Completed, TIMEOUT_MS);
  const added = await batchClient.jobOperations.getTask(JOB_ID, task.id);
  const stdout = await (await added.getNodeFile(Constants.standardOutFileName)).readAsString();
  console.log(
    `Round ${round}: task exited with ${added.executionInformation?.exitCode}; stdout: ${stdout.trim().split("\n").join(" | ")}`,
  );

  const container = await stagingAccount.getContainerClient(containerName);
  await deleteContainerIfExists(container);
  const stillThere = await blobService.getContainerClient(containerName).exists();
  console.log(
    `Round ${round}: container [${containerName}] deleted${stillThere ? " — but it still exists!" : "."}`,
  );
}

async function main({ batchClient, environment }: ExampleContext): Promise<void> {
  const blobService = environment.blobService!;
  const scratch = await mkdtemp(join(tmpdir(), "ports-resource-files-"));
  try {
    await createPool(batchClient, await preparePoolFiles(blobService));
    const job = batchClient.jobOperations.createJob();
    job.id = JOB_ID;
    job.poolInformation = new PoolInformation({ poolId: POOL_ID });
    await job.commit();

    // A StagingStorageAccount over the same storage account the pool's files came from.
    const stagingAccount = new StagingStorageAccount(blobService);
    for (let round = 1; round <= ROUNDS; round++) {
      await runRound(batchClient, stagingAccount, blobService, scratch, round);
    }
    await batchClient.jobOperations.deleteJob(JOB_ID);
    console.log(`Job [${JOB_ID}] deleted.`);
  } finally {
    await deleteContainerIfExists(blobService.getContainerClient(POOL_FILES_CONTAINER));
    await deletePoolAndWait(batchClient, POOL_ID);
    await rm(scratch, { recursive: true, force: true });
  }
}

await runExample({
  description:
    "Creates a pool whose start task downloads a blob container, then twice adds a task with a staged\n" +
    "file and deletes the staging container the add-task call reports.",
  storage: true,
  main,
});
