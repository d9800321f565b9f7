import { BatchClient, BatchSharedKeyCredentials, CloudTask, PoolInformation } from "../../src/index.js";
import { startLocalBatchService } from "../../src/emulator/index.js";

// One request in ten fails with 500 or 503, one in fifty loses its connection before it is processed,
// and one task in twenty of an add-collection comes back as a server error.
const batch = await startLocalBatchService({
  faults: { seed: 42, failRequestFraction: 0.1, dropConnectionFraction: 0.02, taskServerErrorFraction: 0.05 },
});
const batchClient = BatchClient.open(
  new BatchSharedKeyCredentials(batch.url, batch.accountName, batch.accountKey),
);

const job = batchClient.jobOperations.createJob();
job.id = "resilient";
job.poolInformation = new PoolInformation({ poolId: "later" });
await job.commit();

// The retry policy and the add-task workflow absorb every injected fault.
const tasks = Array.from({ length: 1000 }, (_, i) => new CloudTask(`task-${i}`, "/bin/true"));
await batchClient.jobOperations.addTask("resilient", tasks, {
  parallelOptions: { maxDegreeOfParallelism: 4 },
});

const { taskCounts } = await batchClient.jobOperations.getJobTaskCounts("resilient");
console.log(`${taskCounts?.active} tasks added; faults injected:`, batch.faults.stats);

batchClient.close();
await batch.close();
