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
  SequentialFileStagingArtifact,
  type FileStagingArtifacts,
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
    const artifacts: FileStagingArtifacts[] = [];
    await batchClient.jobOperations.addTask(JOB_ID, tasks, { fileStagingArtifacts: artifacts });
    await batchClient.utilities.createTaskStateMonitor().whenAll(tasks, TaskState.Completed, 60_000);

    for (let i = 0; i < 3; i++) {
      const task = await batchClient.jobOperations.getTask(JOB_ID, `task-${i}`);
      expect(task.executionInformation?.exitCode).toBe(0);
      const blob = blobService.getContainerClient("output").getBlobClient(`task-${i}/result.txt`);
      expect(String(await blob.downloadToBuffer())).toBe("shared content\nuploaded content\n");
    }
    // The shared file was uploaded once for the three tasks.
    const staged: string[] = [];
    expect(artifacts).toHaveLength(1);
    const artifact = artifacts[0].get(FileToStage) as SequentialFileStagingArtifact;
    const container = await staging.getContainerClient(artifact.blobContainerCreated!);
    for await (const b of container.listBlobsFlat()) staged.push(b.name);
    expect(staged).toHaveLength(1);
    expect(staged[0]).toMatch(/^[0-9a-f]{16}\/shared words\.txt$/);
  }, 120_000);

  it("stages for a second addTask in the same process after the first call's container was deleted", async () => {
    const input = join(work, "run input.txt");
    await writeFile(input, "same input\n");
    const staging = new StagingStorageAccount({
      storageAccount: azurite.accountName,
      storageAccountKey: azurite.accountKey,
      blobEndpoint: azurite.blobEndpoint,
    });
    const job = await batchClient.jobOperations.getJob(JOB_ID);
    const runOnce = async (taskId: string): Promise<string> => {
      const task = new CloudTask(taskId, `/bin/sh -c 'cat "run input.txt"'`);
      task.filesToStage = [new FileToStage(input, staging)];
      const artifacts: FileStagingArtifacts = new Map();
      await job.addTask(task, { fileStagingArtifacts: artifacts });
      await batchClient.utilities.createTaskStateMonitor().whenAll([task], TaskState.Completed, 60_000);
      const done = await batchClient.jobOperations.getTask(JOB_ID, taskId);
      expect(done.executionInformation?.exitCode).toBe(0);
      expect(await done.getNodeFile("stdout.txt").then((f) => f.readAsString())).toBe("same input\n");
      // Clean up as the .NET samples do: delete exactly the container the call reports.
      const created = (artifacts.get(FileToStage) as SequentialFileStagingArtifact).blobContainerCreated!;
      await (await staging.getContainerClient(created)).delete();
      return created;
    };
    const before = (await azurite.requests()).length;
    const first = await runOnce("rerun-1");
    const second = await runOnce("rerun-2");
    expect(second).not.toBe(first);
    // The unchanged file was uploaded by each call.
    const uploads = (await azurite.requests())
      .slice(before)
      .filter((r) => r.method === "PUT" && r.url.includes("run%20input.txt"));
    expect(uploads.map((r) => r.url.split("/")[2])).toEqual([first, second]);
  }, 120_000);
});
