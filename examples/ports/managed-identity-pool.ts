/**
 * A pool with a user-assigned managed identity (`CloudPool.identity`), whose start task downloads a
 * container with that identity and whose job's task uploads its output with it: `identityReference`
 * in place of SAS tokens. The program reads the pool and the task back and prints what the service
 * stored. The pool has no nodes, so nothing tries to reach storage.
 *
 * On a real account, IDENTITY_RESOURCE_ID and STORAGE_CONTAINER_URL must name an identity and a
 * container of yours; the local service stores any well-formed value.
 *
 *     npx tsx examples/ports/managed-identity-pool.ts
 * @module
 */
import {
  BatchPoolIdentity,
  CloudTask,
  ComputeNodeIdentityReference,
  OutputFile,
  OutputFileBlobContainerDestination,
  OutputFileDestination,
  OutputFileUploadCondition,
  OutputFileUploadOptions,
  PoolIdentityType,
  PoolInformation,
  ResourceFile,
  StartTask,
  UserAssignedIdentity,
  type BatchClient,
} from "../../src/index.js";
import { UBUNTU_22_04, VM_SIZE } from "../support/pool-defaults.js";
import { deletePoolAndWait } from "../support/pools.js";
import { runExample, type ExampleContext } from "../support/run.js";

const POOL_ID = "ports-identity-pool";
const JOB_ID = "ports-identity-job";
const IDENTITY_RESOURCE_ID =
  process.env.IDENTITY_RESOURCE_ID ??
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ports/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ports-identity";
const STORAGE_CONTAINER_URL =
  process.env.STORAGE_CONTAINER_URL ?? "https://portsstorage.blob.core.windows.net/ports-data";

async function main({ batchClient }: ExampleContext): Promise<void> {
  const identityReference = new ComputeNodeIdentityReference({ resourceId: IDENTITY_RESOURCE_ID });

  console.log(`Creating pool [${POOL_ID}] with a user-assigned identity...`);
  const pool = batchClient.poolOperations.createPool({
    poolId: POOL_ID,
    virtualMachineSize: VM_SIZE,
    virtualMachineConfiguration: UBUNTU_22_04,
    targetDedicatedComputeNodes: 0,
  });
  pool.identity = new BatchPoolIdentity({
    type: PoolIdentityType.UserAssigned,
    userAssignedIdentities: [new UserAssignedIdentity({ resourceId: IDENTITY_RESOURCE_ID })],
  });
  pool.startTask = new StartTask({
    commandLine: "/bin/sh -c 'ls'",
    resourceFiles: [ResourceFile.fromStorageContainerUrl(STORAGE_CONTAINER_URL, { identityReference })],
  });
  await pool.commit();
  try {
    await printPool(batchClient);
    await addTaskWithOutput(batchClient, identityReference);
  } finally {
    await deletePoolAndWait(batchClient, POOL_ID);
  }
}

async function printPool(batchClient: BatchClient): Promise<void> {
  const pool = await batchClient.poolOperations.getPool(POOL_ID);
  console.log(`Pool [${pool.id}] identity: ${pool.identity?.type}`);
  for (const identity of pool.identity?.userAssignedIdentities ?? []) {
    console.log(`  user-assigned identity ${identity.resourceId}`);
  }
  const resourceFile = pool.startTask?.resourceFiles?.[0];
  console.log(
    `Start task resource file: ${resourceFile?.storageContainerUrl} with identity ${resourceFile?.identityReference?.resourceId}`,
  );
}

async function addTaskWithOutput(
  batchClient: BatchClient,
  identityReference: ComputeNodeIdentityReference,
): Promise<void> {
  const job = batchClient.jobOperations.createJob(JOB_ID, new PoolInformation({ poolId: POOL_ID }));
  await job.commit();
  try {
    const task = new CloudTask("report", "/bin/sh -c 'echo result > result.txt'");
    task.outputFiles = [
      new OutputFile(
        "result.txt",
        new OutputFileDestination(
          new OutputFileBlobContainerDestination(
            STORAGE_CONTAINER_URL,
            identityReference,
            "reports/result.txt",
          ),
        ),
        new OutputFileUploadOptions(OutputFileUploadCondition.TaskSuccess),
      ),
    ];
    await batchClient.jobOperations.addTask(JOB_ID, task);

    const stored = await batchClient.jobOperations.getTask(JOB_ID, "report");
    for (const outputFile of stored.outputFiles ?? []) {
      const container = outputFile.destination.container;
      console.log(
        `Task [${stored.id}] uploads ${outputFile.filePattern} to ${container?.containerUrl} as ${container?.path}` +
          ` with identity ${container?.identityReference?.resourceId}`,
      );
    }
  } finally {
    await batchClient.jobOperations.deleteJob(JOB_ID);
    console.log(`Job [${JOB_ID}] deleted.`);
  }
}

await runExample({
  description: "A pool with a user-assigned managed identity, used by a resource file and an output file.",
  main,
});
