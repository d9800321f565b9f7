import {
  BatchClient,
  BatchRequestTimeout,
  BatchSharedKeyCredentials,
  RetryPolicyProvider,
} from "../../src/index.js";

declare const credentials: BatchSharedKeyCredentials;

// Every client starts with exponential retries (1 s, 6 retries). Replace it for all requests of this client:
const batchClient = BatchClient.open(credentials);
batchClient.customBehaviors.push(RetryPolicyProvider.linearRetryProvider(2_000, 3));

// Or for one call only: no retries, and a 10 s limit per attempt.
await batchClient.poolOperations.getPool("render", undefined, {
  additionalBehaviors: [RetryPolicyProvider.noRetryProvider(), new BatchRequestTimeout(undefined, 10_000)],
});
