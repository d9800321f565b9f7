import { DefaultAzureCredential } from "@azure/identity";
import { BatchClient, BatchTokenCredentials } from "../../src/index.js";

// Any TokenCredential works; tokens are requested for the Batch scope and cached until shortly before expiry.
const credentials = new BatchTokenCredentials(
  "https://myaccount.westeurope.batch.azure.com",
  new DefaultAzureCredential(),
);
const batchClient = BatchClient.open(credentials);

for await (const job of batchClient.jobOperations.listJobs()) console.log(job.id, job.state);
batchClient.close();
