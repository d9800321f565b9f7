/**
 * The storage helpers with a Batch service: staged files and uploaded inputs reach the task on the
 * node, and the node uploads output files through a write-only container SAS.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BlobServiceClient } from "@azure/storage-blob";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPoolAndWait } from "../../../examples/support/pools.js";
import { TaskScheduler } from "../../../src/emulator/agent/scheduler.js";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import {
  BatchClient,
  BatchSharedKeyCredentials,
  CloudTask,
  createContainerIfNotExists,
  FileToStage,
  getContainerSasUrl,
  OutputFileUploadCondition,
  outputFileToContainer,
  PoolInformation,
  StagingStorageAccount,
  TaskState,
  uploadFileToContainer,
} from "../../../src/index.js";
import { startAzurite, type AzuriteInstance } from "../../support/azurite.js";

const POOL_ID = "storage-pool";
const JOB_ID = "storage-job";

let azurite: AzuriteInstance;
let service: LocalBatchService;
let scheduler: TaskScheduler;
let batchClient: BatchClient;
let blobService: BlobServiceClient;
let work: string;

beforeAll(async () => {
  azurite = await startAzurite();
  blobService = BlobServiceClient.fromConnectionString(azurite.connectionString);
  service = await startLocalBatchService({ timeScale: 0 });
  scheduler = new TaskScheduler({
    store: service.service.store,
    accountName: service.accountName,
    accountUrl: service.url,
  });
  batchClient = BatchClient.open(
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
  work = await mkdtemp(join(tmpdir(), "azbatch-batch-storage-"));
  await createPoolAndWait(batchClient, POOL_ID, 1);
  const job = batchClient.jobOperations.createJob();
  job.id = JOB_ID;
  job.poolInformation = new PoolInformation({ poolId: POOL_ID });
  await job.commit();
}, 120_000);

afterAll(async () => {
  batchClient?.close();
  await scheduler?.close();
  await service?.close();
  await azurite?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("storage helpers with the local Batch service", () => {
  it("stages and uploads inputs for tasks and collects their outputs", async () => {
    const shared = join(work, "shared words.txt");
    await writeFile(shared, "shared content\n");
    const input = join(work, "ïnput.txt");
    await writeFile(input, "uploaded content\n");
    await createContainerIfNotExists(blobService.getContainerClient("input"));
    await createContainerIfNotExists(blobService.getContainerClient("output"));
    const uploaded = await uploadFileToContainer(blobService.getContainerClient("input"), input, {
      filePath: "in/ïnput.txt",
    });
    const outputSas = await getContainerSasUrl(blobService.getContainerClient("output"), {
      permissions: "w",
    });

    const staging = new StagingStorageAccount(blobService);
    const tasks = Array.from({ length: 3 }, (_, i) => {
      const task = new CloudTask(
        `task-${i}`,
        `/bin/sh -c 'cat "shared words.txt" in/ïnput.txt > result.txt'`,
      );
      task.resourceFiles = [uploaded];
      task.filesToStage = [new FileToStage(shared, staging)];
      task.outputFiles = [
        outputFileToContainer("result.txt", outputSas, {
          path: `task-${i}/result.txt`,
          uploadCondition: OutputFileUploadCondition.TaskSuccess,
        }),
      ];
      return task;
    });
    await batchClient.jobOperations.addTask(JOB_ID, tasks);
    await batchClient.utilities.createTaskStateMonitor().whenAll(tasks, TaskState.Completed, 60_000);

    for (let i = 0; i < 3; i++) {
      const task = await batchClient.jobOperations.getTask(JOB_ID, `task-${i}`);
      expect(task.executionInformation?.exitCode).toBe(0);
      const blob = blobService.getContainerClient("output").getBlobClient(`task-${i}/result.txt`);
      expect(String(await blob.downloadToBuffer())).toBe("shared content\nuploaded content\n");
    }
    // The shared file was uploaded once for the three tasks.
    const staged: string[] = [];
    for await (const b of (await staging.getContainerClient()).listBlobsFlat()) staged.push(b.name);
    expect(staged).toHaveLength(1);
    expect(staged[0]).toMatch(/^[0-9a-f]{16}\/shared words\.txt$/);
  }, 120_000);
});
