import { BatchClient, BatchSharedKeyCredentials } from "../../src/index.js";
import { startLocalBatchService } from "../../src/emulator/index.js";

// On 127.0.0.1 and a free port, with the development account; state lives in memory.
const batch = await startLocalBatchService();
const batchClient = BatchClient.open(
  new BatchSharedKeyCredentials(batch.url, batch.accountName, batch.accountKey),
);

for await (const pool of batchClient.poolOperations.listPools()) console.log(pool.id);

batchClient.close();
await batch.close();
