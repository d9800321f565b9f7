import {
  BatchClient,
  BatchSharedKeyCredentials,
  CloudTask,
  PoolInformation,
  TaskState,
} from "../../src/index.js";
import { startLocalBatchService } from "../../src/emulator/index.js";

// A local Batch service on a free port; with a real account, use its URL, name and key instead.
const service = await startLocalBatchService();
const batchClient = BatchClient.open(
  new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
);

const pool = batchClient.poolOperations.createPool({
  poolId: "quick-start",
  virtualMachineSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSkuId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedComputeNodes: 1,
});
await pool.commit();

const job = batchClient.jobOperations.createJob();
job.id = "hello";
job.poolInformation = new PoolInformation({ poolId: "quick-start" });
await job.commit();

const task = new CloudTask("greet", "/bin/sh -c 'echo hello from $AZ_BATCH_NODE_ID'");
await batchClient.jobOperations.addTask("hello", [task]);
await batchClient.utilities.createTaskStateMonitor().whenAll([task], TaskState.Completed, 5 * 60_000);

const stdout = await (
  await batchClient.jobOperations.getNodeFile("hello", "greet", "stdout.txt")
).readAsString();
console.log(stdout);

batchClient.close();
await service.close();
