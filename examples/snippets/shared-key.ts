import { BatchClient, BatchSharedKeyCredentials } from "../../src/index.js";

// The account URL, name and one of its two access keys, from the Azure portal's "Keys" page.
const credentials = new BatchSharedKeyCredentials(
  "https://myaccount.westeurope.batch.azure.com",
  "myaccount",
  process.env.BATCH_ACCOUNT_KEY!,
);
const batchClient = BatchClient.open(credentials);

for await (const pool of batchClient.poolOperations.listPools()) console.log(pool.id);
batchClient.close();
