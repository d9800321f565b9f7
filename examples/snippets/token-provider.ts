import { BatchClient, BatchTokenCredentials } from "../../src/index.js";

/** However your application obtains tokens for https://batch.core.windows.net/. */
declare function acquireBatchToken(): Promise<string>;

// The function is called for every request, so it should cache tokens itself.
const batchClient = BatchClient.open(
  new BatchTokenCredentials("https://myaccount.westeurope.batch.azure.com", acquireBatchToken),
);
batchClient.close();
